use crate::components::app_path;
use leptos::prelude::*;
use leptos_meta::Link as HeadLink;

/// The page's canonical address, for search engines and archives that find it by several.
#[component]
pub fn Canonical(#[prop(into)] path: String) -> impl IntoView {
    view! { <HeadLink rel="canonical" href=app_path(&path)/> }
}
