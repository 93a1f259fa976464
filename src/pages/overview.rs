use crate::aids::Zh;
use crate::components::{DocumentList, PageFrame, TranslationStatus};
use crate::i18n::use_strings;
use crate::navigation::{page_title, PAGE_TITLE_ID};
use crate::route::Route;
use crate::settings::{use_language, Language};
use crate::state::use_corpus;
use leptos::prelude::*;

/// `/`: every session of the corpus with its title, body and date, counts, and its documents
/// grouped by kind.
#[component]
pub fn Overview() -> impl IntoView {
    let corpus = use_corpus();
    let strings = use_strings();
    let english = use_language().get_untracked() == Language::English;
    let description = corpus
        .sessions
        .iter()
        .map(|s| (strings.get_untracked().session_description)(s))
        .collect::<Vec<_>>()
        .join(strings.get_untracked().list_separator);
    view! {
        <PageFrame title=String::new() description=Signal::stored(description) canonical=Route::Overview class="overview">
            {corpus
                .sessions
                .iter()
                .enumerate()
                .map(|(index, session)| {
                    let (documents, paragraphs) = (session.documents.len(), session.paragraph_count());
                    // The list goes by kind; where the source's order differs, the reader is told.
                    let reordered = session.reading_order().iter().map(|d| &d.slug).ne(session.documents.iter().map(|d| &d.slug));
                    view! {
                        <section class="session">
                            <h1 id=(index == 0).then_some(PAGE_TITLE_ID) tabindex="-1" node_ref=page_title()>
                                <Zh text=session.title.as_str()/>
                            </h1>
                            <p class="session-meta">
                                <Zh text=session.body.as_str()/>
                                " · " {move || strings.get().closing_meeting} " "
                                <time datetime=session.closing_date.to_string()>{move || (strings.get().date)(&session.closing_date)}</time>
                            </p>
                            <p class="session-counts">{move || (strings.get().documents_count)(documents, paragraphs)}</p>
                            // In the English interface the lists lead with each document's
                            // English opening: drawn again if the translation comes late (after
                            // a failure at start, and the reader's "Try again").
                            {english.then(|| view! { <TranslationStatus/> })}
                            {move || use_corpus().sessions.get(index).map(|session| view! { <DocumentList session/> })}
                            {reordered.then(|| view! { <p class="reading-order">{move || strings.get().reading_order_note}</p> })}
                        </section>
                    }
                })
                .collect_view()}
        </PageFrame>
    }
}
