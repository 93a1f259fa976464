use leptos::prelude::*;
use leptos_router::components::A;

/// The path of an app route as the browser sees it, under the public URL the app is served
/// from (`/d/plan` is `/renda/d/plan` when hosted under `/renda/`). The router matches routes
/// under its base and its `navigate` adds the base, but it leaves absolute link `href`s as
/// written, so every internal link goes through here.
pub fn app_path(path: &str) -> String {
    format!("{}{path}", crate::base_path())
}

/// An internal link: the router's `<A>` (client-side navigation, `aria-current` on the current
/// page) with the public URL's path in front.
#[component]
pub fn Link(#[prop(into)] href: String, children: Children) -> impl IntoView {
    view! { <A href=app_path(&href)>{children()}</A> }
}
