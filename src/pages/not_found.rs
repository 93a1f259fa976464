use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// Any path the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text="找不到页面 · Renda Reader"/>
        <main id="main" class="not-found">
            <h1>"找不到这个页面"</h1>
            <p lang="en">"Page not found."</p>
            <p><A href="/">"返回首页 · Back to the overview"</A></p>
        </main>
    }
}
