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
    let width = if lang == "en" { CONTEXT_CHARS * 2 } else { CONTEXT_CHARS };
    let line = kwic(text, range, width);
    let before = (!line.before.is_empty()).then(|| view! { <span class="kwic-before">{line.before}</span> });
    let after = (!line.after.is_empty()).then(|| view! { <span class="kwic-after">{line.after}</span> });
    view! {
        <span class="kwic" lang=lang>
            {before}
            <mark>{line.hit}</mark>
            {after}
        </span>
    }
}
