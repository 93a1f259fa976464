use crate::aids::use_chinese_tag;
use crate::components::PageTexts;
use crate::navigation::{page_title, PAGE_TITLE_ID};
use crate::roving::move_within_group;
use leptos::prelude::*;
use renda_model::{Document, DocumentKind, Unit};

/// A document's title block, laid out by kind as Chinese official documents are: a speech with
/// its speaker and date; a resolution with its meeting line over its subject line and the
/// adoption note beneath; a notice with its title alone. Where the page shows the translation,
/// each line's English follows it (or, in English mode, stands alone).
#[component]
pub fn DocumentHeading(document: &'static Document, texts: PageTexts) -> impl IntoView {
    let zh_lang = use_chinese_tag();
    let all = document.texts();
    let title: Vec<_> = all.iter().filter(|text| matches!(text.unit, Unit::Title(_))).collect();
    let chinese_title = title
        .iter()
        .filter_map(|text| texts.chinese(text))
        .map(|line| view! { <span class="title-line" lang=zh_lang on:keydown=move_within_group>{line}</span> })
        .collect_view();
    let english_title = title
        .iter()
        .filter_map(|text| texts.english(text))
        .map(|line| view! { <span class="title-line title-en" lang="en">{line}</span> })
        .collect_view();
    let line = |unit: Unit, class: &'static str| {
        all.iter().find(|text| text.unit == unit).map(|text| texts.lines(text, class))
    };
    let kind = match document.kind {
        DocumentKind::Speech => "speech",
        DocumentKind::Resolution => "resolution",
        DocumentKind::Notice => "notice",
    };
    view! {
        <header class=format!("doc-heading doc-heading-{kind}")>
            <h1 id=PAGE_TITLE_ID tabindex="-1" node_ref=page_title()>{chinese_title} {english_title}</h1>
            {line(Unit::Speaker, "speaker")}
            {line(Unit::Date, "doc-date")}
            {line(Unit::AdoptionNote, "adoption-note")}
        </header>
    }
}
