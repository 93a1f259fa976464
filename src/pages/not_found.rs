use crate::components::Link;
use crate::i18n::use_strings;
use leptos::prelude::*;
use leptos_meta::Title;

/// Any path the app does not know, including a document slug that does not exist.
#[component]
pub fn NotFound() -> impl IntoView {
    let strings = use_strings();
    view! {
        <Title text=move || format!("{} · {}", strings.get().not_found_title, strings.get().app_name)/>
        <main id="main" class="not-found">
            <h1 id="page-title" tabindex="-1">{move || strings.get().not_found_title}</h1>
            <p>{move || strings.get().not_found_text}</p>
            <p><Link href="/">{move || strings.get().back_home}</Link></p>
        </main>
    }
}
