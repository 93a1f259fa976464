use crate::components::Link;
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Above a document opened from search results: how many matches it has, controls to step
/// through them, and a way to clear the highlights. Matches in repeated passages (which the
/// reading text shows once, elsewhere) cannot be highlighted, but are counted, so that the
/// count agrees with the search page's.
#[component]
pub fn HitBar(
    query: String,
    count: usize,
    /// Matches in repetitions the reading text does not show.
    #[prop(optional)]
    in_repeats: usize,
    clear: Route,
) -> impl IntoView {
    let strings = use_strings();
    let current = RwSignal::new(None::<usize>);
    let step = move |forward: bool| {
        if count == 0 {
            return;
        }
        let next = match (current.get_untracked(), forward) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(i), true) => (i + 1) % count,
            (Some(i), false) => (i + count - 1) % count,
        };
        current.set(Some(next));
        show_hit(next);
    };
    let summary = Signal::derive(move || {
        let shown = (strings.get().highlight_summary)(&query, count);
        match in_repeats {
            0 => shown,
            more => format!("{shown}{}", (strings.get().hits_in_repeats)(more)),
        }
    });
    view! {
        <div class="hit-bar" role="region" aria-label=summary>
            <span class="hit-summary">{summary}</span>
            <Link to=clear attr:class="hit-clear">{move || strings.get().clear_highlight}</Link>
            // The steps stay at hand at the window's foot while the reader moves through the
            // text, in one row, off the text column's top.
            <span class="hit-steps">
                <span class="hit-position" aria-live="polite">{move || current.get().map(|i| format!("{}/{count}", i + 1))}</span>
                <button class="icon-button" disabled=count == 0 on:click=move |_| step(false)>{move || strings.get().previous_hit}</button>
                <button class="icon-button" disabled=count == 0 on:click=move |_| step(true)>{move || strings.get().next_hit}</button>
            </span>
        </div>
    }
}

/// Scrolls to the first mark of hit `index` and makes it the current one.
fn show_hit(index: usize) {
    let document = document();
    if let Ok(Some(previous)) = document.query_selector("mark.current") {
        let _ = previous.class_list().remove_1("current");
    }
    let Ok(Some(mark)) = document.query_selector(&format!("mark[data-hit='{index}']")) else { return };
    let _ = mark.class_list().add_1("current");
    if let Ok(element) = mark.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
