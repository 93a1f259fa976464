use crate::components::RepeatDiff;
use crate::i18n::Strings;
use crate::settings::Language;
use leptos::prelude::*;
use renda_model::{aligned_runs, Change, Document, DocumentId, Note, Paragraph, Session, TextId, Unit};
use std::ops::Range;

/// What a reader is told about a note: a label, a sentence, the reviewer's own words (the
/// apparatus has them in both interface languages), if any, and comparisons to open: (what
/// opens one, its runs).
pub struct NoteText {
    pub class: &'static str,
    pub label: &'static str,
    pub text: String,
    pub reviewer: Option<String>,
    pub comparisons: Vec<(String, Comparison)>,
}

/// A repeated copy set against the paragraph kept in its place: the two texts, and the runs of
/// their alignment ([`aligned_runs`]).
pub struct Comparison {
    pub copy: (TextId<'static>, &'static str),
    pub kept: (TextId<'static>, &'static str),
    pub runs: Vec<(Change, Range<usize>)>,
}

/// Describes a note on `document` in the interface language.
pub fn describe(note: &Note, strings: &Strings) -> NoteText {
    let reviewer = |en: &String, zh: &String| {
        Some(match strings.interface {
            Language::Chinese => zh.clone(),
            Language::English => en.clone(),
        })
    };
    match note {
        Note::Joined { lines: [a, b] } => NoteText {
            class: "joined",
            label: strings.joined_label,
            text: (strings.joined_text)(*a, *b),
            reviewer: None,
            comparisons: Vec::new(),
        },
        Note::Lacuna { note, note_zh, .. } => NoteText {
            class: "lacuna",
            label: strings.lacuna_label,
            text: strings.lacuna_text.to_string(),
            reviewer: reviewer(note, note_zh),
            comparisons: Vec::new(),
        },
        Note::Duplicate { of, .. } => NoteText {
            class: "duplicate",
            label: strings.repeated_label,
            text: (strings.duplicate_text)(*of),
            reviewer: None,
            comparisons: Vec::new(),
        },
        Note::Interpolation { note, note_zh, .. } => NoteText {
            class: "interpolation",
            label: strings.interpolation_label,
            text: strings.interpolation_text.to_string(),
            reviewer: reviewer(note, note_zh),
            comparisons: Vec::new(),
        },
        Note::Sic { phrase, note, note_zh, .. } => NoteText {
            class: "sic",
            label: strings.sic_label,
            text: (strings.sic_text)(phrase),
            reviewer: reviewer(note, note_zh),
            comparisons: Vec::new(),
        },
        Note::Normalized { what, line } => NoteText {
            class: "normalized",
            label: strings.normalized_label,
            text: (strings.normalized_text)(*what, *line),
            reviewer: None,
            comparisons: Vec::new(),
        },
    }
}

/// The note on the fullest version of a passage the source repeats: how often and where, with
/// each copy set against it (aligned by the ingest) to open.
pub fn describe_repeats(
    session: &'static Session,
    document: &'static Document,
    number: u32,
    strings: &Strings,
) -> Option<NoteText> {
    let kept = document.paragraph(number)?;
    let text = |paragraph: &'static Paragraph| {
        let unit = Unit::Paragraph(paragraph.number);
        (TextId { document: DocumentId::of(session, document), unit }, paragraph.text.as_str())
    };
    let copies: Vec<&'static Paragraph> = document.copies_of(number).collect();
    let ranges: Vec<String> = copies.iter().map(|copy| line_range(&copy.lines)).collect();
    let comparisons = copies
        .iter()
        .zip(&ranges)
        .filter_map(|(copy, lines)| {
            let alignment = copy.notes.iter().find_map(|note| match note {
                Note::Duplicate { alignment, .. } => Some(alignment),
                _ => None,
            })?;
            let runs = aligned_runs(alignment, &copy.text, &kept.text)?;
            Some(((strings.compare_copy)(lines), Comparison { copy: text(copy), kept: text(kept), runs }))
        })
        .collect();
    (!copies.is_empty()).then(|| NoteText {
        class: "repeated",
        label: strings.repeated_label,
        text: (strings.repeated_text)(copies.len(), &ranges.join(strings.list_separator)),
        reviewer: None,
        comparisons,
    })
}

/// Source lines as a range, e.g. `31–33`.
pub fn line_range(lines: &[u32]) -> String {
    match (lines.first(), lines.last()) {
        (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
        (Some(first), _) => first.to_string(),
        _ => String::new(),
    }
}

/// An editorial note, set in small type under what it concerns.
#[component]
pub fn EditorialNote(text: NoteText) -> impl IntoView {
    let NoteText { class, label, text, reviewer, comparisons } = text;
    view! {
        <div class=format!("note note-{class}") role="note">
            <strong class="note-label">{label}</strong>
            " "
            <span>{text}</span>
            {reviewer.map(|words| view! { " " <span class="note-reviewer">{words}</span> })}
            {comparisons
                .into_iter()
                .map(|(label, comparison)| {
                    view! {
                        <details class="repeat-compare">
                            <summary>{label}</summary>
                            <RepeatDiff comparison/>
                        </details>
                    }
                })
                .collect_view()}
        </div>
    }
}
