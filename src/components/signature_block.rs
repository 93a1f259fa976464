use crate::aids::use_chinese_tag;
use crate::components::PageTexts;
use crate::roving::move_within_group;
use leptos::prelude::*;
use renda_model::Document;

/// A notice's signature: issuer lines and date, right-aligned under the body, in Chinese and,
/// where the page shows it, in English (which may give the issuer in one line).
#[component]
pub fn SignatureBlock(document: &'static Document, texts: PageTexts) -> impl IntoView {
    let zh_lang = use_chinese_tag();
    let lines: Vec<_> = document.texts().into_iter().filter(|text| text.unit.is_signature()).collect();
    let chinese = texts.languages.chinese.then(|| {
        let lines = lines
            .iter()
            .filter_map(|text| texts.chinese(text))
            .map(|line| view! { <p on:keydown=move_within_group>{line}</p> });
        view! { <div class="signature" lang=zh_lang>{lines.collect_view()}</div> }
    });
    let english = texts.languages.english.then(|| {
        let lines = lines.iter().filter_map(|text| texts.english(text)).map(|line| view! { <p>{line}</p> });
        view! { <div class="signature signature-en" lang="en">{lines.collect_view()}</div> }
    });
    view! { {chinese} {english} }
}
