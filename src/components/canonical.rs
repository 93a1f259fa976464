use crate::route::{use_permalink, Route};
use leptos::prelude::*;
use leptos_meta::Link as HeadLink;

/// The page's canonical address, for search engines and archives that find it by several:
/// absolute in the browser; the prerendered page, built without knowing its host, carries the
/// path until the app has hydrated it.
#[component]
pub fn Canonical(route: Route) -> impl IntoView {
    let href = use_permalink(route);
    // leptos_meta's link takes a fixed address: a new one replaces it when the address changes.
    move || view! { <HeadLink rel="canonical" href=href.get()/> }
}
