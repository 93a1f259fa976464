use crate::route::Route;
use crate::settings::use_reading_mode;
use leptos::prelude::*;
use leptos_router::components::A;

/// An internal link: the router's `<A>` (client-side navigation, `aria-current` on the current
/// page) to a route, under the public URL's path; a document in the mode the reader reads in,
/// unless the route names one.
#[component]
pub fn Link(to: Route, children: Children) -> impl IntoView {
    let mode = use_reading_mode();
    view! { <A href=move || to.clone().resolved(mode.get()).href()>{children()}</A> }
}
