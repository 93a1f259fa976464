use crate::aids::{aligned, use_chinese_tag, use_shown};
use leptos::prelude::*;
use renda_study::search::kwic;
use std::ops::Range;

/// Characters of context either side of a match.
const CONTEXT_CHARS: usize = 24;

/// A keyword-in-context line: the match marked, with its context either side. A side with no
/// context (a match at the start or end of its text) is left out: rendered natively, an empty
/// text would come out as a space the browser's render does not have.
#[component]
pub fn KwicLine(
    text: &'static str,
    range: Range<usize>,
    /// The text's language: Chinese unless said.
    #[prop(default = "zh-Hans")]
    lang: &'static str,
) -> impl IntoView {
    // A Latin word is several characters: English gets as many words of context as Chinese.
    let english = lang == "en";
    let width = if english { CONTEXT_CHARS * 2 } else { CONTEXT_CHARS };
    let shown = use_shown();
    let chinese = use_chinese_tag();
    let line = move || {
        // Chinese in the reader's script; the translation as it is. (A conversion that did not
        // keep the text's characters shows the text as it is.)
        let converted = if english { text.to_string() } else { shown(text) };
        let (display, range) = match aligned(text, &converted, range.clone()) {
            Some(mapped) => (converted, mapped),
            None => (text.to_string(), range.clone()),
        };
        let line = kwic(&display, range, width);
        let before = (!line.before.is_empty()).then(|| view! { <span class="kwic-before">{line.before}</span> });
        let after = (!line.after.is_empty()).then(|| view! { <span class="kwic-after">{line.after}</span> });
        view! {
            {before}
            <mark>{line.hit}</mark>
            {after}
        }
    };
    view! { <span class="kwic" lang=move || if english { "en" } else { chinese.get() }>{line}</span> }
}
