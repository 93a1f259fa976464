use crate::components::Link;
use crate::i18n::use_strings;
use crate::route::Route;
use crate::state::use_corpus;
use leptos::prelude::*;

/// The footer: where the texts come from.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let strings = use_strings();
    let corpus = use_corpus();
    let sources: Vec<String> = corpus.sessions.iter().map(|s| s.source.file.clone()).collect();
    view! {
        <footer class="site-footer">
            <p>
                {move || strings.get().source_heading} {move || strings.get().colon}
                <span class="source-files">{sources.join(" · ")}</span>
                " · "
                <Link to=Route::About>{move || strings.get().about}</Link>
            </p>
        </footer>
    }
}
