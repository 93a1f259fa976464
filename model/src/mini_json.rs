//! The corpus read with miniserde, for the app's wasm.
//!
//! Why not serde_json there: every model type's derived `Deserialize` is a visitor that
//! serde_json's parser is compiled into once per type, which cost the first visit about 5 kB gzip
//! more than this module (bench/history.md). miniserde reads through trait objects, so its parser
//! is compiled once. Its derive knows no serde attribute but `rename` and no enum variant that
//! carries data. The model's types that need neither derive it themselves; the others (those
//! with fields the ingest leaves out when empty, or that carry a `Date` or a `Note`) are read
//! through these types, which mirror the JSON's shape (a `Note` is an object with one key per
//! kind; a field left out when empty is an `Option`), and converted into the model's. A field
//! added to the model will not compile here until it is read, nor a kind of note until the tests
//! have one; `reads_the_corpus_as_serde_json_does` holds the two readers to the same corpus.
//! Natively the model keeps serde_json, whose errors give line and column.

use crate::{Clause, Formulation, LoadError, Person, Source, SourceLine, Sourced};
use miniserde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Corpus {
    schema_version: u32,
    sessions: Vec<Session>,
    glossary: Vec<Formulation>,
    people: Vec<Person>,
    traditional: BTreeMap<char, String>,
}

#[derive(Deserialize)]
struct Session {
    id: String,
    title: String,
    title_en: Option<String>,
    body: String,
    term: u32,
    meeting: u32,
    closing_date: String,
    source: Source,
    documents: Vec<Document>,
}

#[derive(Deserialize)]
struct Document {
    slug: String,
    kind: crate::DocumentKind,
    short_title: String,
    title: Vec<Sourced>,
    speaker: Option<Sourced>,
    date: Option<DateLine>,
    salutation: Option<Sourced>,
    adoption_note: Option<Sourced>,
    paragraphs: Vec<Paragraph>,
    signature: Option<Signature>,
    notes: Vec<Note>,
    source: Vec<SourceLine>,
    english: Option<DocumentEnglish>,
}

#[derive(Deserialize)]
struct DateLine {
    date: String,
    text: String,
    line: u32,
}

#[derive(Deserialize)]
struct Paragraph {
    number: u32,
    text: String,
    lines: Vec<u32>,
    notes: Vec<Note>,
    clauses: Option<Vec<Clause>>,
    english: Option<ParagraphEnglish>,
}

#[derive(Deserialize)]
struct ParagraphEnglish {
    text: String,
    notes: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct DocumentEnglish {
    title: Vec<String>,
    short_title: Option<String>,
    speaker: Option<String>,
    date: Option<String>,
    salutation: Option<String>,
    adoption_note: Option<String>,
    signature: Option<Vec<String>>,
    signature_date: Option<String>,
}

#[derive(Deserialize)]
struct Signature {
    issuer: Vec<Sourced>,
    date: DateLine,
}

/// serde's form of an enum with data: an object whose one key names the kind.
#[derive(Deserialize)]
struct Note {
    joined: Option<Joined>,
    lacuna: Option<Lacuna>,
    duplicate: Option<Duplicate>,
    interpolation: Option<Interpolation>,
    sic: Option<Sic>,
    normalized: Option<Normalized>,
}

#[derive(Deserialize)]
struct Joined {
    lines: [u32; 2],
}

#[derive(Deserialize)]
struct Lacuna {
    at: crate::Edge,
    line: u32,
    note: String,
    note_zh: String,
}

#[derive(Deserialize)]
struct Duplicate {
    of: u32,
    exact: bool,
    alignment: String,
}

#[derive(Deserialize)]
struct Interpolation {
    form: crate::ReportForm,
    note: String,
    note_zh: String,
}

#[derive(Deserialize)]
struct Sic {
    line: u32,
    phrase: String,
    note: String,
    note_zh: String,
}

#[derive(Deserialize)]
struct Normalized {
    what: crate::Normalization,
    line: u32,
}

/// What miniserde's error says: it names no place in the JSON, which serde_json's reading does.
const NO_PLACE: &str = "not valid JSON, or a value of the wrong type, or a field missing (for where, \
                        `cargo test -p renda-model` reads it with serde_json)";

/// Reads a corpus from the ingest's JSON.
pub(crate) fn corpus(json: &str) -> Result<crate::Corpus, LoadError> {
    let corpus: Corpus = miniserde::json::from_str(json).map_err(|_| LoadError::Shape(NO_PLACE.to_string()))?;
    Ok(crate::Corpus {
        schema_version: corpus.schema_version,
        sessions: corpus.sessions.into_iter().map(session).collect::<Result<_, _>>()?,
        glossary: corpus.glossary,
        people: corpus.people,
        traditional: crate::char_map(corpus.traditional, "traditional").map_err(LoadError::Shape)?,
    })
}

fn session(s: Session) -> Result<crate::Session, LoadError> {
    Ok(crate::Session {
        closing_date: date(s.closing_date)?,
        documents: s.documents.into_iter().map(document).collect::<Result<_, _>>()?,
        id: s.id,
        title: s.title,
        title_en: s.title_en,
        body: s.body,
        term: s.term,
        meeting: s.meeting,
        source: s.source,
    })
}

fn date(iso: String) -> Result<crate::Date, LoadError> {
    crate::Date::try_from(iso).map_err(LoadError::Shape)
}

fn date_line(d: DateLine) -> Result<crate::DateLine, LoadError> {
    Ok(crate::DateLine { date: date(d.date)?, text: d.text, line: d.line })
}

fn document(d: Document) -> Result<crate::Document, LoadError> {
    let signature =
        d.signature.map(|s| Ok::<_, LoadError>(crate::Signature { issuer: s.issuer, date: date_line(s.date)? }));
    Ok(crate::Document {
        kind: d.kind,
        title: d.title,
        speaker: d.speaker,
        date: d.date.map(date_line).transpose()?,
        salutation: d.salutation,
        adoption_note: d.adoption_note,
        paragraphs: d.paragraphs.into_iter().map(paragraph).collect::<Result<_, _>>()?,
        signature: signature.transpose()?,
        notes: notes(d.notes)?,
        source: d.source,
        english: d.english.map(|e| crate::DocumentEnglish {
            title: e.title,
            short_title: e.short_title.unwrap_or_default(),
            speaker: e.speaker,
            date: e.date,
            salutation: e.salutation,
            adoption_note: e.adoption_note,
            signature: e.signature.unwrap_or_default(),
            signature_date: e.signature_date,
        }),
        slug: d.slug,
        short_title: d.short_title,
    })
}

fn paragraph(p: Paragraph) -> Result<crate::Paragraph, LoadError> {
    Ok(crate::Paragraph {
        notes: notes(p.notes)?,
        clauses: p.clauses.unwrap_or_default(),
        english: p.english.map(|e| crate::ParagraphEnglish { text: e.text, notes: e.notes.unwrap_or_default() }),
        number: p.number,
        text: p.text,
        lines: p.lines,
    })
}

fn notes(notes: Vec<Note>) -> Result<Vec<crate::Note>, LoadError> {
    notes.into_iter().map(note).collect()
}

fn note(note: Note) -> Result<crate::Note, LoadError> {
    use crate::Note as N;
    let kinds = [
        note.joined.map(|j| Ok(N::Joined { lines: j.lines })),
        note.lacuna.map(|l| Ok(N::Lacuna { at: l.at, line: l.line, note: l.note, note_zh: l.note_zh })),
        note.duplicate.map(|d| Ok(N::Duplicate { of: d.of, exact: d.exact, alignment: d.alignment })),
        note.interpolation.map(|i| Ok(N::Interpolation { form: i.form, note: i.note, note_zh: i.note_zh })),
        note.sic.map(|s| Ok(N::Sic { line: s.line, phrase: s.phrase, note: s.note, note_zh: s.note_zh })),
        note.normalized.map(|n| Ok(N::Normalized { what: n.what, line: n.line })),
    ];
    let mut found = kinds.into_iter().flatten();
    match (found.next(), found.next()) {
        (Some(note), None) => note,
        _ => Err(LoadError::Shape("a note: expected exactly one of its kinds (joined, lacuna, …)".to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn committed_corpus() -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus/corpus.json");
        std::fs::read_to_string(path).expect("corpus/corpus.json")
    }

    #[test]
    fn reads_the_corpus_as_serde_json_does() {
        let json = committed_corpus();
        let by_serde: crate::Corpus = serde_json::from_str(&json).expect("serde_json reads the corpus");
        let by_miniserde = corpus(&json).expect("miniserde reads the corpus");
        assert_eq!(by_miniserde, by_serde);
    }

    #[test]
    fn reads_the_aids_files_as_serde_json_does() {
        use crate::aids::{AidFile, Dictionary, TraditionalTable, WordDivisions};
        fn same<T: AidFile + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(stem: &str) {
            let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus/aids");
            let entries = std::fs::read_dir(folder).expect("corpus/aids");
            let file = entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .find(|path| {
                    path.file_name().is_some_and(|name| name.to_string_lossy().starts_with(&format!("{stem}.")))
                })
                .expect("the aid's file");
            let json = std::fs::read_to_string(&file).expect("the aid's file reads");
            let by_serde: T = serde_json::from_str(&json).expect("serde_json reads the file");
            assert_eq!(T::from_json(&json).expect("miniserde reads the file"), by_serde, "{stem}");
        }
        same::<TraditionalTable>("traditional");
        same::<WordDivisions>("words");
        same::<Dictionary>("dictionary");
    }

    /// One note of every kind, with every value of the enums inside them. The matches fail to
    /// compile when the model gains a kind or a value, so that it is added here, and read.
    fn every_kind_of_note() -> Vec<crate::Note> {
        use crate::{Edge, Normalization as Nz, Note as N, ReportForm};
        let notes = |note: &str| (note.to_string(), format!("{note}（中文）"));
        let (note, note_zh) = notes("a note");
        let every = vec![
            N::Joined { lines: [3, 4] },
            N::Lacuna { at: Edge::Start, line: 5, note: note.clone(), note_zh: note_zh.clone() },
            N::Lacuna { at: Edge::End, line: 6, note: note.clone(), note_zh: note_zh.clone() },
            N::Duplicate { of: 2, exact: false, alignment: "41=129D49=".to_string() },
            N::Interpolation { form: ReportForm::Remarks, note: note.clone(), note_zh: note_zh.clone() },
            N::Interpolation { form: ReportForm::Attendance, note: note.clone(), note_zh: note_zh.clone() },
            N::Sic { line: 7, phrase: "词".to_string(), note, note_zh },
            N::Normalized { what: Nz::FullWidthBrackets, line: 8 },
            N::Normalized { what: Nz::TitleWrapSpaces, line: 9 },
            N::Normalized { what: Nz::EdgeWhitespace, line: 10 },
        ];
        for note in &every {
            match note {
                N::Joined { .. } | N::Duplicate { .. } | N::Sic { .. } => {}
                N::Lacuna { at: Edge::Start | Edge::End, .. } => {}
                N::Interpolation { form: ReportForm::Remarks | ReportForm::Attendance, .. } => {}
                N::Normalized { what: Nz::FullWidthBrackets | Nz::TitleWrapSpaces | Nz::EdgeWhitespace, .. } => {}
            }
        }
        every
    }

    #[test]
    fn reads_every_kind_of_note_as_serde_json_does() {
        let mut by_serde: crate::Corpus =
            serde_json::from_str(&committed_corpus()).expect("serde_json reads the corpus");
        by_serde.sessions[0].documents[0].notes = every_kind_of_note();
        let json = serde_json::to_string(&by_serde).expect("the corpus writes");
        assert_eq!(corpus(&json).expect("miniserde reads the corpus"), by_serde);
    }

    #[test]
    fn a_note_of_two_kinds_or_none_is_refused() {
        let json = committed_corpus();
        let two = json.replacen("\"sic\": {", "\"joined\": {\"lines\": [1, 2]}, \"sic\": {", 1);
        let none = json.replacen("\"sic\": {", "\"a kind of another version\": {", 1);
        assert_ne!(two, json, "the corpus has a sic note to double");
        for wrong in [two, none] {
            assert!(matches!(corpus(&wrong), Err(LoadError::Shape(what)) if what.contains("exactly one")));
        }
    }

    #[test]
    fn a_bad_date_is_named() {
        let json =
            committed_corpus().replacen("\"closing_date\": \"2023-12-27\"", "\"closing_date\": \"2023-13-27\"", 1);
        assert!(matches!(corpus(&json), Err(LoadError::Shape(what)) if what.contains("2023-13-27")));
    }
}
