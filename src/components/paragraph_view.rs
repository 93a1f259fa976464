use crate::aids::{aligned, unbreakable_groups, use_aids, use_shown, word_ranges, PINYIN};
use crate::components::{
    describe, describe_repeats, CitePanel, EditorialNote, HitText, Link, NoteText, ShareButton, TermMark, TextHits,
    ToggleButton, WordLookup,
};
use crate::i18n::{use_strings, EN};
use crate::route::{ReadingMode, Route};
use crate::roving::{move_within_group, OUT_OF_TAB_ORDER};
use crate::settings::{use_language, use_mark_terms, use_settings};
use crate::state::use_corpus;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use renda_model::aids::{text_key, unit};
use renda_model::{Document, Edge, Note, Paragraph, Session};
use renda_study::terms::{pieces, Span};
use std::ops::Range;

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
    /// Byte ranges of search hits in the paragraph's text.
    #[prop(optional)]
    hits: Vec<Range<usize>>,
    /// The document-wide index of the first of `hits`, so that marks can be stepped through.
    #[prop(optional)]
    first_hit: usize,
    /// Search hits in the English translation.
    #[prop(optional)]
    english_hits: TextHits,
) -> impl IntoView {
    let strings = use_strings();
    let mark_terms = use_mark_terms();
    let language = use_language();
    let glossary = &use_corpus().glossary;
    let number = paragraph.number;
    let anchor = Route::paragraph(&document.slug, number).in_mode(mode);
    let citing = RwSignal::new(false);
    let lacuna_at = move |edge: Edge| paragraph.lacunae().any(|e| e == edge);
    let marker = move || view! { <span class="lacuna-marker">{move || strings.get().lacuna_marker}</span> };
    let english_marker = || view! { <span class="lacuna-marker">{EN.lacuna_marker}</span> };
    let text = paragraph.text.as_str();
    let shown = use_shown();
    let aids = use_aids();
    let settings = use_settings();
    let chinese_tag = crate::aids::use_chinese_tag();
    // The reader's script, once its table is here: the shown text is a one-for-one conversion, so
    // every range of the text (a hit, a formulation) is the same characters in it.
    let display = Memo::new(move |_| shown(text));
    let slice = move |display: &str, range: Range<usize>| {
        aligned(text, display, range).and_then(|range| display.get(range)).unwrap_or_default().to_string()
    };
    let spans = move |spans: Vec<Span>| {
        let display = display.get();
        spans
            .into_iter()
            .map(|span| {
                let piece = slice(&display, span.range);
                match span.hit {
                    Some(hit) => view! { <mark data-hit=first_hit + hit>{piece}</mark> }.into_any(),
                    None => piece.into_any(),
                }
            })
            .collect_view()
    };
    let key = text_key(&session.id, &document.slug, &unit::paragraph(number));
    let hit_ranges = hits.clone();
    // With pinyin or look-up on (once the word divisions are here), the text is set word by
    // word: a word with its pinyin above it, or a button that looks it up. Formulations are not
    // marked then: a formulation and a word can overlap, and one popover at a time is clearer.
    // A paragraph with search hits keeps its plain setting, where each hit is one mark on exactly
    // its characters (a hit can start or end inside a word), for the hit bar to step through.
    let word_aids = Memo::new(move |_| settings.with(|s| (s.pinyin, s.look_up)));
    let by_words = move || {
        let (pinyin, look_up) = word_aids.get();
        if !(pinyin || look_up) || !hit_ranges.is_empty() {
            return None;
        }
        let words = aids.words.get().ready()?.texts.get(&key)?;
        let ranges = word_ranges(text, words)?;
        let display = display.get();
        let lang = chinese_tag.get();
        let word = |(range, reading): (Range<usize>, &str)| {
            let shown_word = slice(&display, range.clone());
            let ruby = pinyin && !reading.is_empty();
            let reading = reading.to_string();
            if look_up && !reading.is_empty() {
                let occurrence = format!("p{number}-{}", range.start);
                view! { <WordLookup word=&text[range] shown=shown_word reading ruby occurrence lang/> }.into_any()
            } else if ruby {
                view! { <ruby>{shown_word}<rt lang=PINYIN>{reading}</rt></ruby> }.into_any()
            } else {
                shown_word.into_any()
            }
        };
        let view = unbreakable_groups(text, ranges)
            .into_iter()
            .map(|group| match group.len() {
                1 => group.into_iter().map(word).collect_view().into_any(),
                _ => view! { <span class="nobr">{group.into_iter().map(word).collect_view()}</span> }.into_any(),
            })
            .collect_view();
        Some(view)
    };
    let body = move || {
        if let Some(words) = by_words() {
            return words.into_any();
        }
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
            .into_any()
    };
    let english = paragraph.english.as_ref().filter(|_| mode.shows_english());
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
        own.chain(describe_repeats(document, number, strings))
            .chain(translator)
            .map(|text| view! { <EditorialNote text/> })
            .collect_view()
    };
    let id = format!("p{number}");
    let parallel = mode == ReadingMode::Parallel;
    // The paragraph's own element carries the anchor, unless the pair does.
    let own_anchor = move || (!parallel).then(|| id.clone());
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
    let chinese = mode.shows_chinese().then(|| {
        view! {
            <p id=own_anchor() class="para" class:para-anchor=!parallel tabindex=(!parallel).then_some("-1") lang=move || chinese_tag.get() {..custom_attribute("elementtiming", format!("p{number}"))}>
                {lacuna_at(Edge::Start).then(marker)}
                {body}
                {lacuna_at(Edge::End).then(marker)}
                {english.is_none().then(tools.clone())}
            </p>
        }
    });
    let translation = english.map(|english| {
        view! {
            <p id=own_anchor() class="para para-en" class:para-anchor=!parallel tabindex=(!parallel).then_some("-1") lang="en">
                {lacuna_at(Edge::Start).then(english_marker)}
                <HitText text=english.text.as_str() hits=english_hits/>
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
            id=parallel.then(|| format!("p{number}"))
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
                <CitePanel session document paragraph=Some(number) mode/>
            </Show>
            {notes}
        </div>
    }
}
