use crate::components::MessagePage;
use leptos::prelude::*;

/// Any path the app does not know, including a document slug that does not exist.
#[component]
pub fn NotFound() -> impl IntoView {
    view! { <MessagePage title=|s| s.not_found_title text=|s| s.not_found_text/> }
}
