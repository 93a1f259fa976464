use crate::components::{describe, describe_repeats, EditorialNote};
use crate::i18n::use_strings;
use leptos::prelude::*;
use leptos_router::components::A;
use renda_corpus::{Document, Edge, Note, Paragraph};

/// A body paragraph with its permalink anchor and editorial markers: lacunae as visible
/// markers, a news-report line set apart and labelled, and, on the fullest version of a
/// repeated passage, where the source repeats it.
#[component]
pub fn ParagraphView(document: &'static Document, paragraph: &'static Paragraph) -> impl IntoView {
    let strings = use_strings();
    let number = paragraph.number;
    let id = format!("p{number}");
    let href = format!("/d/{}#p{number}", document.slug);
    let lacuna_at = move |edge: Edge| paragraph.lacunae().any(|e| e == edge);
    let marker = move || view! { <span class="lacuna-marker">{move || strings.get().lacuna_marker}</span> };
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
            <p id=id class="para" tabindex="-1" lang="zh-Hans">
                {lacuna_at(Edge::Start).then(marker)}
                {paragraph.text.clone()}
                {lacuna_at(Edge::End).then(marker)}
                <A href=href attr:class="anchor" attr:aria-label=move || (strings.get().paragraph_link)(number)>
                    <span aria-hidden="true">"¶"</span>
                </A>
            </p>
            {notes}
        </div>
    }
}
