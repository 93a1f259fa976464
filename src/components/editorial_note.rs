use crate::i18n::Strings;
use leptos::prelude::*;
use renda_model::{Document, Note};

/// What a reader is told about a note: a label, a sentence, and the reviewer's own words
/// (written in English in the apparatus), if any.
pub struct NoteText {
    pub class: &'static str,
    pub label: &'static str,
    pub text: String,
    pub reviewer: Option<String>,
}

/// Describes a note on `document` in the interface language.
pub fn describe(note: &Note, strings: &Strings) -> NoteText {
    match note {
        Note::Joined { lines: [a, b] } => NoteText {
            class: "joined",
            label: strings.joined_label,
            text: (strings.joined_text)(*a, *b),
            reviewer: None,
        },
        Note::Lacuna { note, .. } => NoteText {
            class: "lacuna",
            label: strings.lacuna_label,
            text: strings.lacuna_text.to_string(),
            reviewer: Some(note.clone()),
        },
        Note::Duplicate { of, .. } => NoteText {
            class: "duplicate",
            label: strings.repeated_label,
            text: (strings.duplicate_text)(*of),
            reviewer: None,
        },
        Note::Interpolation { note, .. } => NoteText {
            class: "interpolation",
            label: strings.interpolation_label,
            text: strings.interpolation_text.to_string(),
            reviewer: Some(note.clone()),
        },
        Note::Normalized { what, line } => NoteText {
            class: "normalized",
            label: strings.normalized_label,
            text: (strings.normalized_text)(*what, *line),
            reviewer: None,
        },
    }
}

/// The note on the fullest version of a passage the source repeats: how often and where.
pub fn describe_repeats(document: &Document, number: u32, strings: &Strings) -> Option<NoteText> {
    let ranges: Vec<String> = document.copies_of(number).map(|p| line_range(&p.lines)).collect();
    (!ranges.is_empty()).then(|| NoteText {
        class: "repeated",
        label: strings.repeated_label,
        text: (strings.repeated_text)(ranges.len(), &ranges.join(strings.list_separator)),
        reviewer: None,
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
    let NoteText { class, label, text, reviewer } = text;
    view! {
        <div class=format!("note note-{class}") role="note">
            <strong class="note-label">{label}</strong>
            " "
            <span>{text}</span>
            {reviewer.map(|words| view! { " " <span class="note-reviewer" lang="en">{words}</span> })}
        </div>
    }
}
