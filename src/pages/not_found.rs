use crate::components::{Link, PageFrame};
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;

/// Any path the app does not know, including a document slug that does not exist.
#[component]
pub fn NotFound() -> impl IntoView {
    let strings = use_strings();
    view! {
        <PageFrame title=move || strings.get().not_found_title.to_string() class="not-found">
            <h1 id="page-title" tabindex="-1">{move || strings.get().not_found_title}</h1>
            <p>{move || strings.get().not_found_text}</p>
            <p><Link to=Route::Overview>{move || strings.get().back_home}</Link></p>
        </PageFrame>
    }
}
