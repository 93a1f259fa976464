use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What the last press did, for the confirmation beside the button.
#[derive(Clone, Copy, PartialEq)]
enum Shared {
    Copied,
    CopyFailed,
}

/// Shares the address of a route: the system's share sheet where the browser has one (phones),
/// else (or where sharing is refused) the link copied to the clipboard, the copy confirmed or its
/// failure said beside the button. A share sheet the reader closes says nothing.
#[component]
pub fn ShareButton(
    route: Route,
    /// The title the share sheet offers with the link.
    title: String,
    /// The button's accessible name (“Share paragraph 5”).
    label: Signal<String>,
) -> impl IntoView {
    let strings = use_strings();
    let shared = RwSignal::new(None::<Shared>);
    let share = move |_| {
        let url = route.permalink();
        let title = title.clone();
        leptos::task::spawn_local(async move {
            let navigator = window().navigator();
            if js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false) {
                let data = web_sys::ShareData::new();
                data.set_title(&title);
                data.set_url(&url);
                match JsFuture::from(navigator.share_with_data(&data)).await {
                    Ok(_) => return,
                    // The reader closed the sheet: nothing to confirm.
                    Err(error)
                        if error.dyn_ref::<web_sys::DomException>().is_some_and(|e| e.name() == "AbortError") =>
                    {
                        return
                    }
                    // Sharing refused (a frame without the permission, say): the link is copied instead.
                    Err(_) => {}
                }
            }
            let copied = JsFuture::from(navigator.clipboard().write_text(&url)).await.is_ok();
            shared.set(Some(if copied { Shared::Copied } else { Shared::CopyFailed }));
        });
    };
    view! {
        <button class="share-button" aria-label=label on:click=share>
            {move || strings.get().share}
        </button>
        <span class="share-status" role="status">
            {move || {
                shared.get().map(|result| match result {
                    Shared::Copied => strings.get().link_copied,
                    Shared::CopyFailed => strings.get().copy_failed,
                })
            }}
        </span>
    }
}
