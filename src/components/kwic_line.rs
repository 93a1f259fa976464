use leptos::prelude::*;
use renda_corpus::search::kwic;
use std::ops::Range;

/// Characters of context either side of a match.
const CONTEXT_CHARS: usize = 24;

/// A keyword-in-context line: the match marked, with its context either side.
#[component]
pub fn KwicLine(text: &'static str, range: Range<usize>) -> impl IntoView {
    let line = kwic(text, range, CONTEXT_CHARS);
    view! {
        <span class="kwic" lang="zh-Hans">
            <span class="kwic-before">{line.before}</span>
            <mark>{line.hit}</mark>
            <span class="kwic-after">{line.after}</span>
        </span>
    }
}
