use crate::components::{
    cite_panel, describe, describe_repeats, EditorialNote, Link, NoteText, OnDemand, ShareButton, ToggleButton,
    UnitText,
};
use crate::i18n::{use_strings, EN};
use crate::route::{ReadingMode, Route};
use crate::roving::{move_within_group, OUT_OF_TAB_ORDER};
use crate::settings::use_language;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use renda_model::{Document, DocumentId, Edge, Note, Paragraph, Session, TextId, Unit};
use renda_study::search::TextHits;

/// A body paragraph in a reading mode: its Chinese text with formulations marked (when the
/// reader wants them), its English translation, or both side by side, with search hits
/// highlighted; its number in the margin (a link to it), a share button and its citation; and
/// its editorial markers — lacunae as visible markers (in the English too), a news-report line
/// set apart and labelled, a suspected corruption flagged, on the fullest version of a repeated
/// passage where the source repeats it, and with the English the translator's notes. The
/// element a `#pN` link targets is the Chinese or English text, or in parallel the pair.
#[component]
pub fn ParagraphView(
    session: &'static Session,
    document: &'static Document,
    paragraph: &'static Paragraph,
    mode: ReadingMode,
    /// Search hits in the paragraph's text.
    #[prop(optional)]
    hits: TextHits,
    /// Search hits in the English translation.
    #[prop(optional)]
    english_hits: TextHits,
) -> impl IntoView {
    let strings = use_strings();
    let language = use_language();
    let number = paragraph.number;
    let anchor = Route::paragraph(&document.slug, number).in_mode(mode);
    let citing = RwSignal::new(false);
    let lacuna_at = move |edge: Edge| paragraph.lacunae().any(|e| e == edge);
    let marker = move || view! { <span class="lacuna-marker">{move || strings.get().lacuna_marker}</span> };
    let english_marker = || view! { <span class="lacuna-marker">{EN.lacuna_marker}</span> };
    let id = TextId { document: DocumentId::of(session, document), unit: Unit::Paragraph(number) };
    let chinese_tag = crate::aids::use_chinese_tag();
    let languages = mode.languages(document);
    let english = paragraph.english.as_ref().filter(|_| languages.english);
    let notes = move || {
        let strings = strings.get();
        let own = paragraph
            .notes
            .iter()
            .filter(|note| matches!(note, Note::Lacuna { .. } | Note::Interpolation { .. } | Note::Sic { .. }))
            .map(|note| describe(note, strings));
        let translator = english.into_iter().flat_map(|english| &english.notes).map(|note| NoteText {
            class: "translator",
            label: strings.translator_note_label,
            text: note.clone(),
            reviewer: None,
            comparisons: Vec::new(),
        });
        own.chain(describe_repeats(session, document, number, strings))
            .chain(translator)
            .map(|text| view! { <EditorialNote text/> })
            .collect_view()
    };
    let anchor_id = id.unit.to_string();
    let parallel = mode == ReadingMode::Parallel;
    // The paragraph's own element carries the anchor, unless the pair does.
    let own_anchor = move || (!parallel).then(|| anchor_id.clone());
    let tools = move || {
        let anchor = anchor.clone();
        view! {
            // The tools speak the interface's language inside a paragraph of either language.
            <span class="para-tools" lang=move || language.get().tag()>
                <ShareButton
                    route=anchor
                    title=document.short_title.clone()
                    label=Signal::derive(move || (strings.get().share_paragraph)(number))
                    attr:tabindex=OUT_OF_TAB_ORDER
                />
                <ToggleButton
                    open=citing
                    class="cite-button"
                    attr:aria-label=move || (strings.get().cite_paragraph)(number)
                    attr:tabindex=OUT_OF_TAB_ORDER
                >
                    {move || strings.get().cite}
                </ToggleButton>
            </span>
        }
    };
    let link = Route::paragraph(&document.slug, number).in_mode(mode);
    let chinese = languages.chinese.then(|| {
        view! {
            <p id=own_anchor() class="para" class:para-anchor=!parallel tabindex=(!parallel).then_some("-1") lang=move || chinese_tag.get() {..custom_attribute("elementtiming", id.unit.to_string())}>
                {lacuna_at(Edge::Start).then(marker)}
                <UnitText id text=paragraph.text.as_str() hits/>
                {lacuna_at(Edge::End).then(marker)}
                {english.is_none().then(tools.clone())}
            </p>
        }
    });
    let translation = english.map(|english| {
        view! {
            <p id=own_anchor() class="para para-en" class:para-anchor=!parallel tabindex=(!parallel).then_some("-1") lang="en">
                {lacuna_at(Edge::Start).then(english_marker)}
                <UnitText id text=english.text.as_str() english=true hits=english_hits/>
                {lacuna_at(Edge::End).then(english_marker)}
                {tools()}
            </p>
        }
    });
    view! {
        // One tab stop, the number; the arrow keys move on through the marks or words and tools.
        <div
            class="paragraph"
            on:keydown=move_within_group
            class:interpolation=paragraph.is_interpolation()
            class:pair=parallel
            class:para-anchor=parallel
            id=parallel.then(|| id.unit.to_string())
            tabindex=parallel.then_some("-1")
        >
            // The number a citation and a `#pN` link use, in the margin: a link to the paragraph
            // (beside it, so that the paragraph's text is the text alone).
            <Link to=link attr:class="para-number" attr:aria-label=move || (strings.get().paragraph_link)(number)>
                {number}
            </Link>
            {chinese}
            {translation}
            <Show when=move || citing.get()>
                <OnDemand piece=move || cite_panel(session, document, Some(number), mode)/>
            </Show>
            {notes}
        </div>
    }
}
