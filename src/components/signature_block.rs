use crate::components::{HitText, TextHits};
use crate::route::ReadingMode;
use leptos::prelude::*;
use renda_model::{Document, Signature};

/// A notice's signature: issuer lines and date, right-aligned under the body, in Chinese and,
/// as the mode shows it, in English; `hits` are the highlighted query's hits in the Chinese
/// issuer lines, `english_hits` in the English ones.
#[component]
pub fn SignatureBlock(
    signature: &'static Signature,
    document: &'static Document,
    mode: ReadingMode,
    #[prop(optional)] hits: Vec<TextHits>,
    #[prop(optional)] english_hits: Vec<TextHits>,
) -> impl IntoView {
    let mut hits = hits.into_iter();
    let mut english_hits = english_hits.into_iter();
    let zh_lang = crate::aids::use_chinese_tag();
    let english = document.english.as_ref().filter(|_| mode.shows_english());
    let chinese = (mode.shows_chinese() || english.is_none()).then(|| {
        view! {
            <div class="signature" lang=zh_lang>
                {signature
                    .issuer
                    .iter()
                    .map(|line| view! { <p><HitText text=line.text.as_str() hits=hits.next().unwrap_or_default()/></p> })
                    .collect_view()}
                <p>{signature.date.text.clone()}</p>
            </div>
        }
    });
    let english = english.map(|english| {
        view! {
            <div class="signature signature-en" lang="en">
                {english
                    .signature
                    .iter()
                    .map(|line| view! { <p><HitText text=line.as_str() hits=english_hits.next().unwrap_or_default()/></p> })
                    .collect_view()}
                {english.signature_date.clone().map(|date| view! { <p>{date}</p> })}
            </div>
        }
    });
    view! { {chinese} {english} }
}
