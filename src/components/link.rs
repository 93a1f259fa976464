use crate::route::Route;
use leptos::prelude::*;
use leptos_router::components::A;

/// An internal link: the router's `<A>` (client-side navigation, `aria-current` on the current
/// page) to a route, under the public URL's path.
#[component]
pub fn Link(to: Route, children: Children) -> impl IntoView {
    view! { <A href=to.href()>{children()}</A> }
}
