use crate::hydration::use_hydrated;
use crate::i18n::use_strings;
use crate::route::{use_route, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::time::Duration;

/// How long typing must pause before the results follow.
const DEBOUNCE: Duration = Duration::from_millis(180);

/// The box's id, by which `/` focuses it.
pub const SEARCH_BOX_ID: &str = "search-box";

/// The search box in the banner. Results follow the typing (debounced) on `/search?q=…`, so
/// every search has a shareable address; `/` focuses the box from anywhere.
#[component]
pub fn SearchBox() -> impl IntoView {
    let strings = use_strings();
    let navigate = use_navigate();
    let route = use_route();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let search_path = Route::search("", false).href();
    // The box shows the query of the page it is on, including after back and forward.
    let value = move || match route.get() {
        Some(Route::Search { query, .. }) => query,
        _ => String::new(),
    };

    let go = move |text: String| {
        let on_search_page = route.with_untracked(|r| matches!(r, Some(Route::Search { .. })));
        let all = route.with_untracked(|r| matches!(r, Some(Route::Search { all: true, .. })));
        // The router puts the public URL's path in front of what it navigates to.
        navigate(
            &Route::search(&text, all).path(),
            NavigateOptions { replace: on_search_page, scroll: false, ..Default::default() },
        );
    };
    let go_later = go.clone();
    let go_composed = go.clone();
    // A reader may type into the prerendered box before the app runs; hydration sets the box to
    // the address's query, so what was typed is read first and searched once the app runs.
    let hydrated = use_hydrated();
    let typed_early = StoredValue::new((!hydrated.get_untracked()).then(typed_into_the_box).flatten());
    {
        let go = go.clone();
        Effect::new(move |_| {
            if let Some(text) = hydrated.get().then(|| typed_early.try_update_value(Option::take).flatten()).flatten() {
                go(text);
            }
        });
    }
    view! {
        <form class="search-box" role="search" action=search_path on:submit=move |event| {
            event.prevent_default();
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let input = event_target::<web_sys::HtmlFormElement>(&event).elements().named_item("q");
            let text = input.and_then(|i| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(i).ok()).map(|i| i.value());
            go(text.unwrap_or_default());
        }>
            <label class="visually-hidden" for=SEARCH_BOX_ID>{move || strings.get().search_label}</label>
            <input
                id=SEARCH_BOX_ID
                type="search"
                name="q"
                autocomplete="off"
                placeholder=move || strings.get().search_placeholder
                prop:value=value
                on:input=move |event| {
                    if let Some(handle) = pending.get_value() {
                        handle.clear();
                    }
                    // Pinyin being composed in an input method is not yet what the reader
                    // means: only the committed text is searched (its input event, or the
                    // composition's end where a browser sends that last).
                    let composing = wasm_bindgen::JsCast::dyn_ref::<web_sys::InputEvent>(&event).is_some_and(|e| e.is_composing());
                    if composing {
                        return;
                    }
                    let go = go_later.clone();
                    let text = event_target_value(&event);
                    pending.set_value(set_timeout_with_handle(move || go(text), DEBOUNCE).ok());
                }
                on:compositionend=move |event| {
                    if let Some(handle) = pending.get_value() {
                        handle.clear();
                    }
                    let go = go_composed.clone();
                    let text = event_target_value(&event);
                    pending.set_value(set_timeout_with_handle(move || go(text), DEBOUNCE).ok());
                }
            />
        </form>
    }
}

/// What the search box on the page holds, if anything (typed before the app ran).
fn typed_into_the_box() -> Option<String> {
    let input = document().get_element_by_id(SEARCH_BOX_ID)?;
    let text = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(input).ok()?.value();
    (!text.trim().is_empty()).then_some(text)
}
