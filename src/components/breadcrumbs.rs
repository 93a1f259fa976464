use crate::aids::Named;
use crate::components::Link;
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;

/// Where the page sits: home, then each level; the last one is the current page.
#[component]
pub fn Breadcrumbs(
    /// Levels below home: (label, its English where the translation gives one, link); the last
    /// is the current page and is not linked.
    trail: Vec<(&'static str, Option<&'static str>, Route)>,
) -> impl IntoView {
    let strings = use_strings();
    let last = trail.len().saturating_sub(1);
    view! {
        <nav class="breadcrumbs" aria-label=move || strings.get().breadcrumbs>
            <ol>
                <li><Link to=Route::Overview>{move || strings.get().home}</Link></li>
                {trail
                    .into_iter()
                    .enumerate()
                    .map(|(i, (zh, en, route))| {
                        if i == last {
                            view! { <li aria-current="page"><Named zh en/></li> }.into_any()
                        } else {
                            view! { <li><Link to=route><Named zh en/></Link></li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
