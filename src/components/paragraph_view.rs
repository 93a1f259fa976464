use crate::components::{
    describe, describe_repeats, CitePanel, EditorialNote, Link, ShareButton, TermMark, ToggleButton,
};
use crate::i18n::use_strings;
use crate::route::Route;
use crate::settings::{use_language, use_mark_terms};
use crate::state::use_corpus;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use renda_model::{Document, Edge, Note, Paragraph, Session};
use renda_study::terms::{pieces, Span};
use std::ops::Range;

/// A body paragraph: its text with formulations marked (when the reader wants them) and search
/// hits highlighted; its number in the margin (a link to it), a share button and its citation; and its editorial markers — lacunae as
/// visible markers, a news-report line set apart and labelled, and, on the fullest version of
/// a repeated passage, where the source repeats it.
#[component]
pub fn ParagraphView(
    session: &'static Session,
    document: &'static Document,
    paragraph: &'static Paragraph,
    /// Byte ranges of search hits in the paragraph's text.
    #[prop(optional)]
    hits: Vec<Range<usize>>,
    /// The document-wide index of the first of `hits`, so that marks can be stepped through.
    #[prop(optional)]
    first_hit: usize,
) -> impl IntoView {
    let strings = use_strings();
    let mark_terms = use_mark_terms();
    let language = use_language();
    let glossary = &use_corpus().glossary;
    let number = paragraph.number;
    let anchor = Route::paragraph(&document.slug, number);
    let citing = RwSignal::new(false);
    let lacuna_at = move |edge: Edge| paragraph.lacunae().any(|e| e == edge);
    let marker = move || view! { <span class="lacuna-marker">{move || strings.get().lacuna_marker}</span> };
    let text = paragraph.text.as_str();
    let spans = move |spans: Vec<Span>| {
        spans
            .into_iter()
            .map(|span| {
                let piece = text[span.range].to_string();
                match span.hit {
                    Some(hit) => view! { <mark data-hit=first_hit + hit>{piece}</mark> }.into_any(),
                    None => piece.into_any(),
                }
            })
            .collect_view()
    };
    let body = move || {
        let terms: Vec<&str> =
            if mark_terms.get() { glossary.iter().map(|f| f.term.as_str()).collect() } else { Vec::new() };
        pieces(text, &terms, &hits)
            .into_iter()
            .map(|piece| match piece.term.and_then(|t| glossary.get(t)) {
                Some(formulation) => {
                    // Named by where it starts in the text, which highlights do not move.
                    let occurrence = format!("p{number}-{}", piece.spans.first().map_or(0, |span| span.range.start));
                    let inner = spans(piece.spans);
                    view! { <TermMark formulation occurrence>{inner}</TermMark> }.into_any()
                }
                None => spans(piece.spans).into_any(),
            })
            .collect_view()
    };
    let notes = move || {
        let strings = strings.get();
        let own = paragraph
            .notes
            .iter()
            .filter(|note| matches!(note, Note::Lacuna { .. } | Note::Interpolation { .. }))
            .map(|note| describe(note, strings));
        own.chain(describe_repeats(document, number, strings))
            .map(|text| view! { <EditorialNote text/> })
            .collect_view()
    };
    view! {
        <div class="paragraph" class:interpolation=paragraph.is_interpolation()>
            // The number a citation and a `#pN` link use, in the margin: a link to the paragraph
            // (beside it, so that the paragraph's text is the text alone).
            <Link to=anchor.clone() attr:class="para-number" attr:aria-label=move || (strings.get().paragraph_link)(number)>
                {number}
            </Link>
            <p id=format!("p{number}") class="para" tabindex="-1" lang="zh-Hans" {..custom_attribute("elementtiming", format!("p{number}"))}>
                {lacuna_at(Edge::Start).then(marker)}
                {body}
                {lacuna_at(Edge::End).then(marker)}
                // The tools speak the interface's language inside a Chinese paragraph.
                <span class="para-tools" lang=move || language.get().tag()>
                    <ShareButton
                        route=anchor
                        title=document.short_title.clone()
                        label=Signal::derive(move || (strings.get().share_paragraph)(number))
                    />
                    <ToggleButton open=citing class="cite-button" attr:aria-label=move || (strings.get().cite_paragraph)(number)>
                        {move || strings.get().cite}
                    </ToggleButton>
                </span>
            </p>
            <Show when=move || citing.get()>
                <CitePanel session document paragraph=Some(number)/>
            </Show>
            {notes}
        </div>
    }
}
