use leptos::prelude::*;
use renda_corpus::{Document, DocumentKind};

/// A document's title block, laid out by kind as Chinese official documents are: a speech with
/// its speaker and date; a resolution with its meeting line over its subject line and the
/// adoption note beneath; a notice with its title alone.
#[component]
pub fn DocumentHeading(document: &'static Document) -> impl IntoView {
    let title_lines =
        document.title.iter().map(|line| view! { <span class="title-line">{line.text.clone()}</span> }).collect_view();
    let kind = match document.kind {
        DocumentKind::Speech => "speech",
        DocumentKind::Resolution => "resolution",
        DocumentKind::Notice => "notice",
    };
    view! {
        <header class=format!("doc-heading doc-heading-{kind}") lang="zh-Hans">
            <h1 id="page-title" tabindex="-1">{title_lines}</h1>
            {document.speaker.as_ref().map(|speaker| view! { <p class="speaker">{speaker.text.clone()}</p> })}
            {document.date.as_ref().map(|date| view! { <p class="doc-date">{date.text.clone()}</p> })}
            {document.adoption_note.as_ref().map(|note| view! { <p class="adoption-note">{note.text.clone()}</p> })}
        </header>
    }
}
