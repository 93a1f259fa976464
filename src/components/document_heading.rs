use crate::components::{HitText, TextHits};
use crate::route::ReadingMode;
use leptos::prelude::*;
use renda_model::{Document, DocumentKind};

/// A document's title block, laid out by kind as Chinese official documents are: a speech with
/// its speaker and date; a resolution with its meeting line over its subject line and the
/// adoption note beneath; a notice with its title alone. In a mode that shows the translation,
/// each line's English follows it (or, in English mode, stands alone). `hits` are the
/// highlighted query's hits in its Chinese header fields, in the order of
/// `renda_study::search::header_fields`; `english_hits` in its English ones, in the order of
/// `english_header_fields`.
#[component]
pub fn DocumentHeading(
    document: &'static Document,
    mode: ReadingMode,
    #[prop(optional)] hits: Vec<TextHits>,
    #[prop(optional)] english_hits: Vec<TextHits>,
) -> impl IntoView {
    let mut hits = hits.into_iter();
    let mut english_hits = english_hits.into_iter();
    let zh_lang = crate::aids::use_chinese_tag();
    let mut next = move || hits.next().unwrap_or_default();
    let mut next_english = move || english_hits.next().unwrap_or_default();
    let english = document.english.as_ref().filter(|_| mode.shows_english());
    let chinese = mode.shows_chinese() || english.is_none();
    let title_lines = document
        .title
        .iter()
        .map(|line| {
            let hits = next();
            chinese
                .then(|| view! { <span class="title-line" lang=zh_lang><HitText text=line.text.as_str() hits/></span> })
        })
        .collect_view();
    let english_title = english.map(|english| {
        english
            .title
            .iter()
            .map(|line| view! { <span class="title-line title-en" lang="en"><HitText text=line.as_str() hits=next_english()/></span> })
            .collect_view()
    });
    // A header line in Chinese (with its hits) and in English, as the mode shows them.
    let mut line = move |class: &'static str, text: Option<&'static str>, translated: Option<&'static String>| {
        let hits = text.map(|_| next());
        let chinese = text.filter(|_| chinese).map(|text| {
            view! { <p class=class lang=zh_lang><HitText text hits=hits.unwrap_or_default()/></p> }
        });
        let english = translated.map(|text| {
            view! { <p class=format!("{class} en") lang="en"><HitText text=text.as_str() hits=next_english()/></p> }
        });
        view! { {chinese} {english} }
    };
    let speaker =
        line("speaker", document.speaker.as_ref().map(|s| s.text.as_str()), english.and_then(|e| e.speaker.as_ref()));
    let adoption_note = line(
        "adoption-note",
        document.adoption_note.as_ref().map(|n| n.text.as_str()),
        english.and_then(|e| e.adoption_note.as_ref()),
    );
    let date = document
        .date
        .as_ref()
        .filter(|_| chinese)
        .map(|date| view! { <p class="doc-date" lang=zh_lang>{date.text.clone()}</p> });
    let english_date =
        english.and_then(|e| e.date.as_ref()).map(|date| view! { <p class="doc-date en" lang="en">{date.clone()}</p> });
    let kind = match document.kind {
        DocumentKind::Speech => "speech",
        DocumentKind::Resolution => "resolution",
        DocumentKind::Notice => "notice",
    };
    view! {
        <header class=format!("doc-heading doc-heading-{kind}")>
            <h1 id="page-title" tabindex="-1">{title_lines} {english_title}</h1>
            {speaker}
            {date}
            {english_date}
            {adoption_note}
        </header>
    }
}
