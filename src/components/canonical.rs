use crate::route::{page_language, use_permalink_in, Route};
use crate::settings::Language;
use leptos::prelude::*;
use leptos_meta::Link as HeadLink;

/// The page's canonical address, for search engines and archives that find it by several, and
/// its twins in both interface languages (`hreflang`; the Chinese one is the default, the
/// language of the texts): absolute in the browser; the prerendered page, built without knowing
/// its host, carries the paths until the app has hydrated it.
#[component]
pub fn Canonical(route: Route) -> impl IntoView {
    let canonical = use_permalink_in(route.clone(), page_language());
    let chinese = use_permalink_in(route.clone(), Language::Chinese);
    let english = use_permalink_in(route, Language::English);
    // leptos_meta's link takes a fixed address: a new one replaces it when the address changes.
    move || {
        view! {
            <HeadLink rel="canonical" href=canonical.get()/>
            <HeadLink rel="alternate" hreflang=Language::Chinese.tag() href=chinese.get()/>
            <HeadLink rel="alternate" hreflang=Language::English.tag() href=english.get()/>
            <HeadLink rel="alternate" hreflang="x-default" href=chinese.get()/>
        }
    }
}
