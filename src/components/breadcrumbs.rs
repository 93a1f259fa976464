use crate::aids::{use_chinese_tag, use_shown};
use crate::components::Link;
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;

/// Where the page sits: home, then each level; the last one is the current page.
#[component]
pub fn Breadcrumbs(
    /// Levels below home: (label, link); the last is the current page and is not linked.
    trail: Vec<(String, Route)>,
) -> impl IntoView {
    let strings = use_strings();
    let last = trail.len().saturating_sub(1);
    let shown = use_shown();
    let lang = use_chinese_tag();
    view! {
        <nav class="breadcrumbs" aria-label=move || strings.get().breadcrumbs>
            <ol>
                <li><Link to=Route::Overview>{move || strings.get().home}</Link></li>
                {trail
                    .into_iter()
                    .enumerate()
                    .map(|(i, (label, route))| {
                        let label = move || shown(&label);
                        if i == last {
                            view! { <li aria-current="page" lang=lang>{label}</li> }.into_any()
                        } else {
                            view! { <li lang=lang><Link to=route>{label}</Link></li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
