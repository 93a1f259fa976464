use crate::aids::Named;
use crate::components::{KwicLine, Link};
use crate::i18n::use_strings;
use crate::route::Route;
use crate::settings::use_reading_mode;
use crate::state::use_corpus;
use leptos::prelude::*;
use renda_study::search::{hit_text, Hit};

/// One line of a result list or concordance: where the hit is, and the hit in its context,
/// linking to it; a hit in the translation opens the English, or the parallel text if the
/// reader reads in parallel.
#[component]
pub fn HitLink(
    hit: Hit<'static>,
    /// The query to highlight in the document the link opens.
    query: String,
    #[prop(optional)] all: bool,
    /// Whether to name the document (lists that span documents do).
    #[prop(optional)]
    show_document: bool,
) -> impl IntoView {
    let strings = use_strings();
    let Some((document, text)) = hit_text(use_corpus(), &hit) else { return ().into_any() };
    let place = hit.place;
    let (english, paragraph) = (place.english, place.paragraph());
    let label = move || match (paragraph, english) {
        (Some(n), false) => (strings.get().paragraph_label)(n),
        (Some(n), true) => (strings.get().english_place)(n),
        (None, _) => strings.get().header_place.to_string(),
    };
    let mode = use_reading_mode().get_untracked().showing(english);
    let route = Route::hit(&document.slug, &query, all, paragraph).in_mode(mode);
    let lang = if english { "en" } else { "zh-Hans" };
    view! {
        <li>
            <Link to=route>
                {show_document.then(|| view! { <Named zh=document.short_title.as_str() en=document.short_title_en() class="result-place"/> })}
                <span class="result-place">{label}</span>
                <KwicLine text range=hit.range lang/>
            </Link>
        </li>
    }
    .into_any()
}
