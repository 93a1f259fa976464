use crate::route::Route;
use leptos::prelude::*;
use leptos_meta::Link as HeadLink;

/// The page's canonical address, for search engines and archives that find it by several:
/// absolute in the browser; the prerendered page, built without knowing its host, carries the
/// path.
#[component]
pub fn Canonical(route: Route) -> impl IntoView {
    view! { <HeadLink rel="canonical" href=route.permalink()/> }
}
