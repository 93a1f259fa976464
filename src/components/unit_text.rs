use crate::aids::{aligned, unbreakable_groups, use_aids, use_shown, use_word_aids, word_ranges, PINYIN};
use crate::components::{TermMark, WordLookup};
use crate::route::Languages;
use crate::roving::move_within_group;
use crate::settings::use_mark_terms;
use crate::state::use_corpus;
use leptos::prelude::*;
use renda_model::{DocumentId, Text, TextId};
use renda_study::search::{DocumentHits, Place, TextHits};
use renda_study::terms::{pieces, Span};
use std::ops::Range;

/// Any text of the corpus, or a part of one, drawn the same way wherever a page sets it (a title
/// line, the speaker, a paragraph, a signature line, a clause of `/compare`, a run of a repeat's
/// comparison): in the reader's script, with the query's hits marked, and with the reading aids
/// the reader has on: formulations marked, or, once the word divisions are here, pinyin over each
/// word or a look-up on it. An English text (`english`) is drawn as it is, with its hits.
///
/// Only the text: the element around it, which the layout chooses, carries the `lang`
/// (`use_chinese_tag`).
#[component]
pub fn UnitText(
    /// Which text: the key of its word divisions, and the name of its marks' popovers.
    id: TextId<'static>,
    /// The text as the corpus has it (the unit's Chinese, or its English).
    text: &'static str,
    /// Whether `text` is the unit's English.
    #[prop(optional)]
    english: bool,
    /// The part of `text` to draw (all of it if `None`), in bytes.
    #[prop(optional)]
    part: Option<Range<usize>>,
    /// The query's hits in `text`.
    #[prop(optional)]
    hits: TextHits,
    /// Tells this drawing apart from another of the same text on the page (a paragraph and the
    /// comparison of its repeat), so that popovers' ids stay unique.
    #[prop(optional)]
    context: String,
    /// Whether the text stands in no paragraph's group (a heading's line, the signature, a clause
    /// of /compare): its first mark is then a tab stop, from which the arrow keys go on through the
    /// others (the element around it handles them, `roving::move_within_group`).
    #[prop(optional)]
    own_tab_stop: bool,
) -> impl IntoView {
    // A part that does not fall on the text's characters (data of another version) draws nothing
    // rather than the whole text.
    let part = match part {
        Some(part) if text.get(part.clone()).is_none() => return ().into_any(),
        Some(part) => part,
        None => 0..text.len(),
    };
    let TextHits { ranges, first: first_hit } = hits;
    // The hits that fall in the part, measured from its start, each with its number in the text
    // (the hit bar's, which a part keeps).
    let (numbers, hits): (Vec<usize>, Vec<Range<usize>>) = ranges
        .into_iter()
        .enumerate()
        .filter(|(_, hit)| part.start <= hit.start && hit.end <= part.end)
        .map(|(number, hit)| (first_hit + number, hit.start - part.start..hit.end - part.start))
        .unzip();
    if english {
        return plain(&text[part], &hits, &numbers).into_any();
    }
    let shown = use_shown();
    let mark_terms = use_mark_terms();
    let word_aids = use_word_aids();
    let aids = use_aids();
    let glossary = &use_corpus().glossary;
    let chinese_tag = crate::aids::use_chinese_tag();
    let key = id.to_string();
    let occurrences = StoredValue::new(format!("{context}{}-{}", id.document.slug, id.unit));
    let occurrence = move |at: usize| occurrences.with_value(|name| format!("{name}-{at}"));
    // The reader's script, once its table is here: a one-for-one conversion of the whole text, so
    // every range of the text (the part, a hit, a formulation, a word) is the same characters in it.
    let display = Memo::new(move |_| shown(text));
    let slice = move |display: &str, range: Range<usize>| {
        aligned(text, display, range).and_then(|range| display.get(range)).unwrap_or_default().to_string()
    };
    let marked = move |spans: Vec<Span>| {
        let display = display.get();
        spans
            .into_iter()
            .map(|span| {
                let piece = slice(&display, span.range.start + part.start..span.range.end + part.start);
                match span.hit.and_then(|hit| numbers.get(hit)) {
                    Some(number) => view! { <mark data-hit=*number>{piece}</mark> }.into_any(),
                    None => piece.into_any(),
                }
            })
            .collect_view()
    };
    let has_hits = !hits.is_empty();
    // With pinyin or look-up on (once the word divisions are here), the text is set word by
    // word: a word with its pinyin above it, or a button that looks it up. Formulations are not
    // marked then: a formulation and a word can overlap, and one popover at a time is clearer.
    // A text with search hits keeps its plain setting, where each hit is one mark on exactly its
    // characters (a hit can start or end inside a word), for the hit bar to step through.
    let by_words = move || {
        let (pinyin, look_up) = word_aids.get();
        if !(pinyin || look_up) || has_hits {
            return None;
        }
        let words = aids.words.get().ready()?.texts.get(&key)?;
        let ranges = word_ranges(text, words)?;
        let display = display.get();
        let lang = chinese_tag.get();
        let mut tab_stop = own_tab_stop;
        let mut word = |(range, reading): (Range<usize>, &str)| {
            let shown_word = slice(&display, range.clone());
            let ruby = pinyin && !reading.is_empty();
            let reading = reading.to_string();
            if look_up && !reading.is_empty() {
                let occurrence = occurrence(range.start);
                let tab_stop = std::mem::take(&mut tab_stop);
                view! { <WordLookup word=&text[range] shown=shown_word reading ruby occurrence lang tab_stop/> }
                    .into_any()
            } else if ruby {
                view! { <ruby>{shown_word}<rt lang=PINYIN>{reading}</rt></ruby> }.into_any()
            } else {
                shown_word.into_any()
            }
        };
        // A word the part cuts (a repeat's run can end inside one) is set as plain characters.
        let words = ranges.into_iter().filter_map(|(range, reading)| {
            let within = range.start.max(part.start)..range.end.min(part.end);
            (!within.is_empty()).then(|| if within == range { (range, reading) } else { (within, "") })
        });
        let view = unbreakable_groups(text, words.collect())
            .into_iter()
            .map(|group| match group.len() {
                1 => group.into_iter().map(&mut word).collect_view().into_any(),
                _ => view! { <span class="nobr">{group.into_iter().map(&mut word).collect_view()}</span> }.into_any(),
            })
            .collect_view();
        Some(view)
    };
    let within = &text[part.clone()];
    (move || {
        if let Some(words) = by_words() {
            return words.into_any();
        }
        let terms: Vec<&str> =
            if mark_terms.get() { glossary.iter().map(|f| f.term.as_str()).collect() } else { Vec::new() };
        let mut tab_stop = own_tab_stop;
        pieces(within, &terms, &hits)
            .into_iter()
            .map(|piece| match piece.term.and_then(|t| glossary.get(t)) {
                Some(formulation) => {
                    // Named by where it starts in the text, which highlights do not move.
                    let start = piece.spans.first().map_or(0, |span| span.range.start) + part.start;
                    let inner = marked(piece.spans);
                    let tab_stop = std::mem::take(&mut tab_stop);
                    view! { <TermMark formulation occurrence=occurrence(start) tab_stop>{inner}</TermMark> }.into_any()
                }
                None => marked(piece.spans).into_any(),
            })
            .collect_view()
            .into_any()
    })
    .into_any()
}

/// An English text with its hits marked, each with its number. Ranges that do not fit the text
/// are left unmarked rather than panicking: they come from the index, built from the same corpus,
/// but a mark is not worth a crash.
fn plain(text: &'static str, hits: &[Range<usize>], numbers: &[usize]) -> impl IntoView {
    let mut pieces = Vec::new();
    let mut at = 0;
    for (range, number) in hits.iter().cloned().zip(numbers) {
        let (Some(before), Some(hit)) = (text.get(at..range.start), text.get(range.clone())) else { continue };
        if !before.is_empty() {
            pieces.push(before.into_any());
        }
        pieces.push(view! { <mark data-hit=*number>{hit}</mark> }.into_any());
        at = range.end;
    }
    if let Some(rest) = text.get(at..).filter(|rest| !rest.is_empty()) {
        pieces.push(rest.into_any());
    }
    pieces.collect_view()
}

/// A document's texts as its page draws them: which document, the languages the page shows
/// (its reading mode's choice, made once), and the highlighted query's hits. Each layout (the
/// heading, the body, the signature) asks it for a text in the languages shown.
#[derive(Debug, Clone)]
pub struct PageTexts {
    pub document: DocumentId<'static>,
    pub languages: Languages,
    pub hits: DocumentHits,
}

impl PageTexts {
    /// The text's Chinese, with its hits, where the page shows the Chinese. It stands in no
    /// paragraph's group: the element the layout sets it in handles the arrow keys
    /// (`roving::move_within_group`) from its first mark, its tab stop.
    pub fn chinese(&self, text: &Text<'static>) -> Option<impl IntoView + use<>> {
        let (id, hits) = (self.id(text), self.hits.of(Place::chinese(text.unit)));
        let chinese = text.chinese;
        self.languages.chinese.then(|| view! { <UnitText id text=chinese hits own_tab_stop=true/> })
    }

    /// The text's English, with its hits, where the page shows the English and the text has it.
    pub fn english(&self, text: &Text<'static>) -> Option<impl IntoView + use<>> {
        let (id, hits) = (self.id(text), self.hits.of(Place::english(text.unit)));
        let english = text.english.filter(|_| self.languages.english)?;
        Some(view! { <UnitText id text=english english=true hits/> })
    }

    /// A line that is one text (the speaker, the date line, the adoption note, the salutation): its
    /// Chinese, then its English (class `{class} en`), as the page shows them.
    pub fn lines(&self, text: &Text<'static>, class: &'static str) -> impl IntoView + use<> {
        let lang = crate::aids::use_chinese_tag();
        let chinese = self
            .chinese(text)
            .map(|chinese| view! { <p class=class lang=lang on:keydown=move_within_group>{chinese}</p> });
        let english =
            self.english(text).map(|english| view! { <p class=format!("{class} en") lang="en">{english}</p> });
        view! { {chinese} {english} }
    }

    fn id(&self, text: &Text) -> TextId<'static> {
        TextId { document: self.document, unit: text.unit }
    }
}
