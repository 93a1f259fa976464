use crate::aids::{aligned, use_shown};
use leptos::prelude::*;
use std::ops::Range;

/// The search hits in one text: their byte ranges, and the document-wide number of the first, so
/// that the hit bar steps through a document's hits in reading order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextHits {
    pub ranges: Vec<Range<usize>>,
    pub first: usize,
}

/// A text with its search hits marked. Ranges that do not fit the text are left unmarked rather
/// than panicking: they come from the index, which is built from the same corpus, but a mark is
/// not worth a crash.
/// The text is shown in the reader's script, the hits marked on the same characters.
#[component]
pub fn HitText(text: &'static str, #[prop(optional)] hits: TextHits) -> impl IntoView {
    let shown = use_shown();
    move || {
        let display = shown(text);
        let mut pieces = Vec::new();
        let mut at = 0;
        for (i, range) in hits.ranges.iter().cloned().enumerate() {
            let Some(range) = aligned(text, &display, range) else { continue };
            let (Some(before), Some(hit)) = (display.get(at..range.start), display.get(range.clone())) else {
                continue;
            };
            if !before.is_empty() {
                pieces.push(before.to_string().into_any());
            }
            pieces.push(view! { <mark data-hit=hits.first + i>{hit.to_string()}</mark> }.into_any());
            at = range.end;
        }
        if let Some(rest) = display.get(at..).filter(|rest| !rest.is_empty()) {
            pieces.push(rest.to_string().into_any());
        }
        pieces.collect_view()
    }
}
