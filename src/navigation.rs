//! What every page change does, wherever the reader goes: focus to the new page's heading, and
//! what one page opened closed.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Moves focus to the new page's main heading after every route change, so that screen readers
/// announce the page; a `#pN` target takes focus instead (the document page handles it).
#[component]
pub fn FocusOnNavigation() -> impl IntoView {
    let location = use_location();
    on_navigation(move || {
        if !location.hash.get_untracked().is_empty() {
            return;
        }
        request_animation_frame(|| {
            if let Some(heading) = document().get_element_by_id("page-title") {
                if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
                    let _ = heading.focus();
                }
            }
        });
    });
}

/// Runs `then` after every change of the page's path (not the first render, nor a change of
/// query or fragment alone): so what was opened on one page (a gloss, the settings, the contents
/// drawer) does not stay open over the next.
pub fn on_navigation(then: impl Fn() + 'static) {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            then();
        }
        path
    });
}
