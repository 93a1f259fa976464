use crate::components::{HitText, TextHits};
use leptos::prelude::*;
use renda_model::{Document, DocumentKind};

/// A document's title block, laid out by kind as Chinese official documents are: a speech with
/// its speaker and date; a resolution with its meeting line over its subject line and the
/// adoption note beneath; a notice with its title alone. `hits` are the highlighted query's hits
/// in its header fields, in the order of `renda_study::search::header_fields`.
#[component]
pub fn DocumentHeading(document: &'static Document, #[prop(optional)] hits: Vec<TextHits>) -> impl IntoView {
    let mut hits = hits.into_iter();
    let mut next = move || hits.next().unwrap_or_default();
    let title_lines = document
        .title
        .iter()
        .map(|line| view! { <span class="title-line"><HitText text=line.text.as_str() hits=next()/></span> })
        .collect_view();
    let speaker = document
        .speaker
        .as_ref()
        .map(|speaker| view! { <p class="speaker"><HitText text=speaker.text.as_str() hits=next()/></p> });
    let adoption_note = document
        .adoption_note
        .as_ref()
        .map(|note| view! { <p class="adoption-note"><HitText text=note.text.as_str() hits=next()/></p> });
    let kind = match document.kind {
        DocumentKind::Speech => "speech",
        DocumentKind::Resolution => "resolution",
        DocumentKind::Notice => "notice",
    };
    view! {
        <header class=format!("doc-heading doc-heading-{kind}") lang="zh-Hans">
            <h1 id="page-title" tabindex="-1">{title_lines}</h1>
            {speaker}
            {document.date.as_ref().map(|date| view! { <p class="doc-date">{date.text.clone()}</p> })}
            {adoption_note}
        </header>
    }
}
