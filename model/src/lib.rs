//! The corpus as the app reads it: sessions, their documents, and every editorial decision
//! taken on the way from the raw source to the reading text.
//!
//! Every piece of reading text carries the source line numbers it came from, and every document
//! keeps its raw source lines, so a reader can always check the edited text against the source.

#[cfg(any(target_arch = "wasm32", test))]
mod mini_json;
pub mod translation;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

/// Bumped whenever a change to these types would make older JSON unreadable.
pub const SCHEMA_VERSION: u32 = 5;

/// All sessions the app knows about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    /// The [`SCHEMA_VERSION`] the JSON was written with.
    pub schema_version: u32,
    /// Sessions in the order the apparatus files are named.
    pub sessions: Vec<Session>,
    /// Fixed formulations (提法) the texts use, with glosses written for this project.
    pub glossary: Vec<Formulation>,
    /// People the texts name, with the role the text gives them.
    pub people: Vec<Person>,
    /// Traditional characters a search query may use, each with the Simplified character the
    /// texts have in its place: written by the ingest (a converter's full table, cut to the
    /// corpus's characters, would weigh on every first visit of the app).
    pub traditional: BTreeMap<char, char>,
}

/// A fixed formulation (提法), e.g. 三高四新.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
pub struct Formulation {
    /// The formulation as the texts write it.
    pub term: String,
    /// A short, neutral English gloss.
    pub gloss: String,
    /// The words the English translation uses for the formulation, wherever it occurs.
    pub english: String,
    /// A one-line explanation in Chinese.
    pub explanation: String,
}

/// A person the texts name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
pub struct Person {
    pub name: String,
    /// The name in pinyin, family name first, as the English translation writes it.
    pub name_en: String,
    /// The role the text itself gives, in its words.
    pub role: String,
    /// The role in English.
    pub role_en: String,
    /// Where the text gives the role.
    pub evidence: Evidence,
}

/// A quoted phrase and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
pub struct Evidence {
    /// The phrase, as the text has it.
    pub phrase: String,
    /// Session id.
    pub session: String,
    /// Document slug.
    pub document: String,
    /// The paragraph, when the phrase is in the body rather than a header field.
    pub paragraph: Option<u32>,
    /// The source line.
    pub line: u32,
}

/// A map of characters to characters as JSON gives it, a value being text (`name` is the map's,
/// for the error): each value must be one character.
fn char_map(map: BTreeMap<char, String>, name: &str) -> Result<BTreeMap<char, char>, String> {
    map.into_iter()
        .map(|(key, value)| {
            let mut chars = value.chars();
            match (chars.next(), chars.next()) {
                (Some(one), None) => Ok((key, one)),
                _ => Err(format!("{name}.{key}: expected one character, found {value:?}")),
            }
        })
        .collect()
}

/// Why an embedded corpus could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The JSON does not match the model (serde_json's reading, which names line and column;
    /// not in the app's wasm, which has no serde_json to carry).
    #[cfg(not(target_arch = "wasm32"))]
    Json(serde_json::Error),
    /// The JSON does not match the model (the app's smaller reader, `mini_json`).
    Shape(String),
    /// The JSON was written for another schema.
    Schema { found: u32 },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            #[cfg(not(target_arch = "wasm32"))]
            LoadError::Json(e) => write!(f, "the corpus JSON does not match the model: {e}"),
            LoadError::Shape(what) => write!(f, "the corpus JSON does not match the model: {what}"),
            LoadError::Schema { found } => {
                write!(f, "the corpus JSON has schema version {found}, this build reads version {SCHEMA_VERSION}")
            }
        }
    }
}

impl std::error::Error for LoadError {}

impl Corpus {
    /// Reads a corpus from JSON written by the ingest, refusing other schema versions. In the
    /// app's wasm with the smaller reader (`mini_json`), elsewhere with serde_json.
    pub fn from_json(json: &str) -> Result<Corpus, LoadError> {
        #[cfg(target_arch = "wasm32")]
        let corpus = mini_json::corpus(json)?;
        #[cfg(not(target_arch = "wasm32"))]
        let corpus: Corpus = serde_json::from_str(json).map_err(LoadError::Json)?;
        if corpus.schema_version != SCHEMA_VERSION {
            return Err(LoadError::Schema { found: corpus.schema_version });
        }
        Ok(corpus)
    }

    /// The JSON the ingest commits: pretty, so that reviews of a re-ingest read as diffs.
    pub fn to_json(&self) -> serde_json::Result<String> {
        serde_json::to_string_pretty(self).map(|json| json + "\n")
    }

    /// Looks a document up by slug across all sessions.
    pub fn document(&self, slug: &str) -> Option<(&Session, &Document)> {
        self.sessions.iter().find_map(|s| s.documents.iter().find(|d| d.slug == slug).map(|d| (s, d)))
    }

    /// Looks a document up by its identity.
    pub fn find(&self, id: DocumentId) -> Option<(&Session, &Document)> {
        let session = self.sessions.iter().find(|s| s.id == id.session)?;
        Some((session, session.documents.iter().find(|d| d.slug == id.slug)?))
    }
}

/// Which document: its session's id and its slug. Search hits and formulation counts carry it,
/// never a position in the corpus's vectors, so that they stay right whatever the corpus holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocumentId<'c> {
    pub session: &'c str,
    pub slug: &'c str,
}

impl<'c> DocumentId<'c> {
    /// The identity of `document` in `session`.
    pub fn of(session: &'c Session, document: &'c Document) -> DocumentId<'c> {
        DocumentId { session: &session.id, slug: &document.slug }
    }
}

/// One meeting of a people's congress and the documents it closed with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Stable identifier, e.g. `hengyang-16-3`.
    pub id: String,
    /// Full title, e.g. 衡阳市第十六届人民代表大会第三次会议.
    pub title: String,
    /// The title in the unofficial English translation, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// The congress that met, e.g. 衡阳市人民代表大会.
    pub body: String,
    /// Number of the congress (届).
    pub term: u32,
    /// Number of the meeting within the term (次).
    pub meeting: u32,
    /// Date of the closing meeting.
    pub closing_date: Date,
    /// The raw file this session was ingested from.
    pub source: Source,
    /// Documents in source order.
    pub documents: Vec<Document>,
}

/// A clause of a resolution, set against the other resolutions (by the ingest, with
/// `renda_study::compare`, whose diff library the app need not carry): its text up to and
/// including a 。 or ；, or to its paragraph's end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
pub struct Clause {
    /// Where the clause starts in its paragraph's text (a byte offset).
    pub start: usize,
    /// The formula clause this is a version of (numbered from 1 in reading order), or `None` for a
    /// clause specific to its resolution.
    pub formula: Option<u32>,
    /// The clause's text as runs, by their lengths in bytes, alternately shared and own, starting
    /// with a shared run (of length 0 where the clause opens with its own text). Shared text is
    /// what another resolution has too: the formula's wording (set against the formula's other
    /// versions) or, in a specific clause, a phrase found in another resolution.
    pub runs: Vec<u32>,
}

impl Clause {
    /// The clause's runs, in order: (whether another resolution shares it, byte range in the
    /// paragraph's text).
    pub fn runs(&self) -> Vec<(bool, Range<usize>)> {
        let mut at = self.start;
        let mut runs = Vec::new();
        for (i, &length) in self.runs.iter().enumerate() {
            let end = at + length as usize;
            if end > at {
                runs.push((i % 2 == 0, at..end));
            }
            at = end;
        }
        runs
    }

    /// Where the clause ends in the paragraph's text.
    pub fn end(&self) -> usize {
        self.start + self.runs.iter().map(|&n| n as usize).sum::<usize>()
    }

    /// How many characters of the clause are formula wording (none in a clause specific to its
    /// resolution, whose shared phrases are not formula), and how many it has.
    pub fn formula_chars(&self, paragraph: &str) -> (usize, usize) {
        let count = |range: Range<usize>| paragraph.get(range).map_or(0, |t| t.chars().count());
        let formula = match self.formula {
            Some(_) => self.runs().into_iter().filter(|(shared, _)| *shared).map(|(_, range)| count(range)).sum(),
            None => 0,
        };
        (formula, count(self.start..self.end()))
    }
}

/// How a run of a two-text comparison differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// In both texts.
    Shared,
    /// Only in the copy.
    Added,
    /// Only in the kept paragraph.
    Removed,
}

impl Change {
    const OPERATIONS: [(Change, char); 3] = [(Change::Shared, '='), (Change::Added, 'I'), (Change::Removed, 'D')];

    /// The CIGAR operation that stands for the change.
    pub fn operation(self) -> char {
        Change::OPERATIONS.iter().find(|(change, _)| *change == self).map_or('=', |&(_, operation)| operation)
    }

    /// Of the copy's and the kept paragraph's (texts, or anything about them), the one a run of
    /// this change is a range of ([`aligned_runs`]).
    pub fn side<T>(self, copy: T, kept: T) -> T {
        match self {
            Change::Shared | Change::Added => copy,
            Change::Removed => kept,
        }
    }

    /// The change a CIGAR operation stands for, if it is one of the three.
    pub fn of_operation(operation: char) -> Option<Change> {
        Change::OPERATIONS.iter().find(|&&(_, o)| o == operation).map(|&(change, _)| change)
    }
}

/// A repeated copy and the paragraph kept in its place as one sequence of runs in reading order,
/// by their alignment (see [`Note::Duplicate`]), each run with the byte range of the text it
/// stands for: in the copy, or in the kept paragraph for what only it has
/// ([`Change::side`]). `None` if the alignment does not fit the texts.
pub fn aligned_runs(alignment: &str, copy: &str, kept: &str) -> Option<Vec<(Change, Range<usize>)>> {
    // Takes `count` characters of `text` from byte `at` on: the range, or `None` past its end.
    let take = |text: &str, at: &mut usize, count: usize| -> Option<Range<usize>> {
        let rest = text.get(*at..)?;
        let length = rest.char_indices().nth(count).map_or(rest.len(), |(end, _)| end);
        (rest[..length].chars().count() == count).then(|| {
            let range = *at..*at + length;
            *at = range.end;
            range
        })
    };
    let (mut in_copy, mut in_kept) = (0, 0);
    let mut runs = Vec::new();
    let mut count = 0usize;
    for c in alignment.chars() {
        if let Some(digit) = c.to_digit(10) {
            count = count.checked_mul(10)?.checked_add(digit as usize)?;
            continue;
        }
        let change = Change::of_operation(c)?;
        let run = match change {
            Change::Shared => {
                let run = take(copy, &mut in_copy, count)?;
                let same = take(kept, &mut in_kept, count)?;
                (copy[run.clone()] == kept[same]).then_some(run)?
            }
            Change::Added => take(copy, &mut in_copy, count)?,
            Change::Removed => take(kept, &mut in_kept, count)?,
        };
        runs.push((change, run));
        count = 0;
    }
    (in_copy == copy.len() && in_kept == kept.len()).then_some(runs)
}

impl Session {
    /// Number of body paragraphs over all documents.
    pub fn paragraph_count(&self) -> usize {
        self.documents.iter().map(|d| d.paragraphs.len()).sum()
    }

    /// Documents in reading order: grouped by kind (speech, resolutions, notice), in source
    /// order within a kind. This is the one place that order is decided, and why it differs
    /// from the source: the scrape prints the by-election notice among the resolutions (4th of
    /// 8), as the news site happened to publish them, while a reader expects the order of the
    /// official record (the closing speech, the resolutions, then the notice). Everything a
    /// reader moves through or takes away follows it (contents, overview, previous/next, the
    /// formulations table, the editorial notes, the text and Markdown exports); `documents` (and
    /// so the corpus JSON) and the source view keep the source's order, so that nothing misstates
    /// what the source is.
    pub fn reading_order(&self) -> Vec<&Document> {
        let mut documents: Vec<&Document> = self.documents.iter().collect();
        documents.sort_by_key(|d| d.kind);
        documents
    }

    /// The documents before and after `slug` in reading order.
    pub fn neighbours(&self, slug: &str) -> (Option<&Document>, Option<&Document>) {
        let order = self.reading_order();
        match order.iter().position(|d| d.slug == slug) {
            Some(i) => (i.checked_sub(1).map(|p| order[p]), order.get(i + 1).copied()),
            None => (None, None),
        }
    }
}

/// Provenance of a session: which file, and exactly which bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
pub struct Source {
    /// Path of the raw file, relative to the corpus folder.
    pub file: String,
    /// SHA-256 of the raw file's bytes, lowercase hex.
    pub sha256: String,
}

/// The three shapes of document a session closes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, miniserde::Deserialize)]
pub enum DocumentKind {
    /// 讲话: title, speaker, date, salutation, body.
    #[serde(rename = "speech")]
    Speech,
    /// 决议: meeting line and subject line, adoption note, body.
    #[serde(rename = "resolution")]
    Resolution,
    /// 公告: title, body, signature block.
    #[serde(rename = "notice")]
    Notice,
}

impl DocumentKind {
    /// The word a title of this kind ends with.
    pub const fn title_suffix(self) -> &'static str {
        match self {
            DocumentKind::Speech => "讲话",
            DocumentKind::Resolution => "决议",
            DocumentKind::Notice => "公告",
        }
    }

    /// All kinds, in the order the overview groups them.
    pub const ALL: [DocumentKind; 3] = [DocumentKind::Speech, DocumentKind::Resolution, DocumentKind::Notice];
}

/// A piece of header text and the source line it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
pub struct Sourced {
    /// Reading text.
    pub text: String,
    /// 1-based line number in the raw source.
    pub line: u32,
}

/// A date line as printed, with the date it states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateLine {
    /// The date.
    pub date: Date,
    /// Reading text, e.g. （2023年12月27日）.
    pub text: String,
    /// 1-based line number in the raw source.
    pub line: u32,
}

/// One document of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Stable URL slug, assigned in the apparatus.
    pub slug: String,
    /// Speech, resolution or notice.
    pub kind: DocumentKind,
    /// Short title for lists and navigation, assigned in the apparatus.
    pub short_title: String,
    /// Title as displayed, one entry per line: a resolution has its meeting line and its subject
    /// line; the others have one line.
    pub title: Vec<Sourced>,
    /// The speaker of a speech.
    pub speaker: Option<Sourced>,
    /// The date under a speech's title.
    pub date: Option<DateLine>,
    /// A speech's opening address, e.g. 各位代表，同志们：
    pub salutation: Option<Sourced>,
    /// A resolution's adoption note, e.g. （市十六届人大三次会议通过）.
    pub adoption_note: Option<Sourced>,
    /// Body paragraphs in source order.
    pub paragraphs: Vec<Paragraph>,
    /// A notice's signature block.
    pub signature: Option<Signature>,
    /// Editorial notes on the header (title, date line, adoption note).
    pub notes: Vec<Note>,
    /// The document's non-blank raw source lines, exactly as in the source file.
    pub source: Vec<SourceLine>,
    /// The project's unofficial English translation of the header and signature, where the
    /// session has one (each paragraph carries its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub english: Option<DocumentEnglish>,
}

impl Document {
    /// The title as one line of reading text.
    pub fn full_title(&self) -> String {
        self.title.iter().map(|t| t.text.as_str()).collect()
    }

    /// The short title in the English translation, where there is one.
    pub fn short_title_en(&self) -> Option<&str> {
        self.english.as_ref().map(|english| english.short_title.as_str()).filter(|title| !title.is_empty())
    }

    /// The document's own title in the English translation (a resolution's subject line, not
    /// the meeting line above it), where there is one.
    pub fn title_en(&self) -> Option<&str> {
        self.english.as_ref().and_then(|english| english.title.last()).map(String::as_str)
    }

    /// Who speaks or issues the document: the speaker of a speech, the adopting meeting of a
    /// resolution, the signatory of a notice.
    pub fn issuer(&self) -> Option<String> {
        match self.kind {
            DocumentKind::Speech => self.speaker.as_ref().map(|s| s.text.clone()),
            DocumentKind::Resolution => self.title.first().map(|t| t.text.clone()),
            DocumentKind::Notice => self.signature.as_ref().map(|s| s.issuer.iter().map(|l| l.text.as_str()).collect()),
        }
    }

    /// The document's own date: the speech's date line or the notice's signature date.
    pub fn date(&self) -> Option<&Date> {
        self.date.as_ref().or(self.signature.as_ref().map(|s| &s.date)).map(|d| &d.date)
    }

    /// Every text of the document a reader sees, once, in reading order: title lines, speaker,
    /// date line, adoption note, salutation, paragraphs, signature lines and date. Search, the
    /// reading aids, the page and the ingest's checks are views of this one list.
    pub fn texts<'d>(&'d self) -> Vec<Text<'d>> {
        let english = self.english.as_ref();
        fn one_line<'d>(unit: Unit, chinese: &'d str, line: &'d u32, english: Option<&'d String>) -> Text<'d> {
            Text { unit, chinese, lines: std::slice::from_ref(line), english: english.map(String::as_str) }
        }
        let sourced = |unit, sourced: &'d Sourced, english| one_line(unit, &sourced.text, &sourced.line, english);
        let dated = |unit, date: &'d DateLine, english| one_line(unit, &date.text, &date.line, english);
        let mut texts: Vec<Text<'_>> = self
            .title
            .iter()
            .enumerate()
            .map(|(at, line)| sourced(Unit::Title(at), line, english.and_then(|e| e.title.get(at))))
            .collect();
        texts.extend(self.speaker.iter().map(|s| sourced(Unit::Speaker, s, english.and_then(|e| e.speaker.as_ref()))));
        texts.extend(self.date.iter().map(|d| dated(Unit::Date, d, english.and_then(|e| e.date.as_ref()))));
        texts.extend(
            self.adoption_note
                .iter()
                .map(|a| sourced(Unit::AdoptionNote, a, english.and_then(|e| e.adoption_note.as_ref()))),
        );
        texts.extend(
            self.salutation.iter().map(|s| sourced(Unit::Salutation, s, english.and_then(|e| e.salutation.as_ref()))),
        );
        texts.extend(self.paragraphs.iter().map(|p| Text {
            unit: Unit::Paragraph(p.number),
            chinese: p.text.as_str(),
            lines: &p.lines,
            english: p.english.as_ref().map(|e| e.text.as_str()),
        }));
        if let Some(signature) = &self.signature {
            texts.extend(
                signature
                    .issuer
                    .iter()
                    .enumerate()
                    .map(|(at, line)| sourced(Unit::Signature(at), line, english.and_then(|e| e.signature.get(at)))),
            );
            texts.push(dated(Unit::SignatureDate, &signature.date, english.and_then(|e| e.signature_date.as_ref())));
        }
        texts
    }

    /// The text `unit` names, if the document has it.
    pub fn text(&self, unit: Unit) -> Option<Text<'_>> {
        self.texts().into_iter().find(|text| text.unit == unit)
    }

    /// Characters of reading text in the body, counting each duplicate once.
    pub fn char_count(&self) -> usize {
        self.paragraphs.iter().filter(|p| p.duplicate_of().is_none()).map(|p| p.text.chars().count()).sum()
    }

    /// Whether the document has a translation and its paragraphs' English is in this corpus (the
    /// app's embedded corpus has the headers' English only: [`translation`](crate::translation)).
    pub fn translation_is_here(&self) -> bool {
        self.english.is_some() && self.paragraphs.iter().any(|paragraph| paragraph.english.is_some())
    }

    /// Paragraph by its stable number.
    pub fn paragraph(&self, number: u32) -> Option<&Paragraph> {
        self.paragraphs.iter().find(|p| p.number == number)
    }

    /// The paragraph a reader is shown for paragraph `number`: the paragraph itself, or the
    /// fullest version when `number` is a repetition the reading text shows only once.
    pub fn shown_paragraph(&self, number: u32) -> Option<&Paragraph> {
        let paragraph = self.paragraph(number)?;
        match paragraph.duplicate_of() {
            Some(of) => self.paragraph(of),
            None => Some(paragraph),
        }
    }

    /// The opening of the text, at most `max_chars` characters, for lists: the first
    /// paragraph that is part of the document, cut at a sentence end or with an ellipsis.
    pub fn lead(&self, max_chars: usize) -> String {
        let Some(first) = self.paragraphs.iter().find(|p| !p.is_interpolation() && p.duplicate_of().is_none()) else {
            return String::new();
        };
        let sentence_end = first
            .text
            .char_indices()
            .take(max_chars)
            .find(|(_, c)| matches!(c, '。' | '！' | '？'))
            .map(|(i, c)| i + c.len_utf8());
        match sentence_end {
            Some(end) => first.text[..end].to_string(),
            None if first.text.chars().count() <= max_chars => first.text.clone(),
            None => first.text.chars().take(max_chars).chain(std::iter::once('…')).collect(),
        }
    }

    /// The opening of the English translation, at most about `max_chars` characters: its first
    /// sentence, or its first words with an ellipsis, cut between words.
    pub fn english_lead(&self, max_chars: usize) -> Option<String> {
        let first = self.paragraphs.iter().find(|p| !p.is_interpolation() && p.duplicate_of().is_none())?;
        let text = first.english.as_ref()?.text.as_str();
        let within = text.char_indices().nth(max_chars).map_or(text.len(), |(at, _)| at);
        if let Some(end) = text[..within].find(". ").map(|at| at + 1) {
            return Some(text[..end].to_string());
        }
        if within == text.len() {
            return Some(text.to_string());
        }
        let cut = text[..within].rfind(' ').unwrap_or(within);
        Some(format!("{}…", text[..cut].trim_end_matches([',', ';', ':'])))
    }

    /// Paragraphs that repeat paragraph `number`.
    pub fn copies_of(&self, number: u32) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(move |p| p.duplicate_of() == Some(number))
    }

    /// Every source line number some text of the document was read from, in reading order. Title
    /// lines that share a source line (a resolution's meeting and subject) count it once.
    pub fn field_lines(&self) -> Vec<u32> {
        let mut lines: Vec<u32> = Vec::new();
        for text in self.texts() {
            for &line in text.lines {
                if !(matches!(text.unit, Unit::Title(_)) && lines.last() == Some(&line)) {
                    lines.push(line);
                }
            }
        }
        lines
    }
}

/// One text of a document a reader sees, named the same way everywhere: in the reading aids'
/// keys, the page's element ids and anchors (`#p3`), search's places and the popovers' names.
/// (The translation's files name a header field by its field and a paragraph by its number; the
/// ingest reads them into [`Document::texts`].) Units order as a page shows
/// them (the heading, the body, the signature), which is the order search numbers hits in. With the session and the document
/// ([`TextId`]) it names a text anywhere in the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// A title line, from 0.
    Title(usize),
    Speaker,
    /// The date line under a speech's title.
    Date,
    AdoptionNote,
    /// The address that opens a speech's body.
    Salutation,
    /// A body paragraph, by its stable number.
    Paragraph(u32),
    /// A signature's issuer line, from 0.
    Signature(usize),
    SignatureDate,
}

impl Unit {
    /// Whether search looks in the text. Date lines are left out, as is the salutation: search
    /// has never looked there, and adding it is a reader-visible change of its own.
    pub fn is_searched(self) -> bool {
        !matches!(self, Unit::Date | Unit::Salutation | Unit::SignatureDate)
    }

    /// The paragraph's number, for a paragraph.
    pub fn paragraph(self) -> Option<u32> {
        match self {
            Unit::Paragraph(number) => Some(number),
            _ => None,
        }
    }

    /// Whether the text stands after the body (the signature).
    pub fn is_signature(self) -> bool {
        matches!(self, Unit::Signature(_) | Unit::SignatureDate)
    }
}

/// The unit's one string form (`t0`, `speaker`, `date`, `salutation`, `adoption`, `p3`, `s0`,
/// `sdate`), which [`Unit::from_str`](std::str::FromStr) reads back.
impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Title(line) => write!(f, "t{line}"),
            Unit::Speaker => f.write_str("speaker"),
            Unit::Date => f.write_str("date"),
            Unit::Salutation => f.write_str("salutation"),
            Unit::AdoptionNote => f.write_str("adoption"),
            Unit::Paragraph(number) => write!(f, "p{number}"),
            Unit::Signature(line) => write!(f, "s{line}"),
            Unit::SignatureDate => f.write_str("sdate"),
        }
    }
}

/// A string that is no unit's string form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAUnit(pub String);

impl fmt::Display for NotAUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` names no text of a document (expected t0, speaker, date, salutation, adoption, p1, s0 or sdate)",
            self.0
        )
    }
}

impl std::error::Error for NotAUnit {}

impl std::str::FromStr for Unit {
    type Err = NotAUnit;

    fn from_str(text: &str) -> Result<Unit, NotAUnit> {
        // Digits only, without a leading zero, so that each unit has exactly one string form.
        fn index<N: std::str::FromStr>(text: &str, prefix: &str) -> Option<N> {
            let digits = text.strip_prefix(prefix)?;
            let canonical = digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'));
            canonical.then(|| digits.parse().ok()).flatten()
        }
        let unit = match text {
            "speaker" => Some(Unit::Speaker),
            "date" => Some(Unit::Date),
            "salutation" => Some(Unit::Salutation),
            "adoption" => Some(Unit::AdoptionNote),
            "sdate" => Some(Unit::SignatureDate),
            _ => index(text, "t")
                .map(Unit::Title)
                .or_else(|| index(text, "p").filter(|n| *n > 0).map(Unit::Paragraph))
                .or_else(|| index(text, "s").map(Unit::Signature)),
        };
        unit.ok_or_else(|| NotAUnit(text.to_string()))
    }
}

/// A text anywhere in the corpus: its session, document and unit. Its string form,
/// `session/slug/unit`, keys the reading aids' files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TextId<'c> {
    pub document: DocumentId<'c>,
    pub unit: Unit,
}

impl fmt::Display for TextId<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.document.session, self.document.slug, self.unit)
    }
}

/// One text of a document, as [`Document::texts`] lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text<'d> {
    pub unit: Unit,
    /// The reading text.
    pub chinese: &'d str,
    /// The source lines it was read from.
    pub lines: &'d [u32],
    /// Its unofficial English translation, where the document has one.
    pub english: Option<&'d str>,
}

/// A body paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Stable number within the document, from 1, in source order; permalinks use it.
    pub number: u32,
    /// Reading text.
    pub text: String,
    /// Source lines the text was read from (more than one where a page break was joined).
    pub lines: Vec<u32>,
    /// Editorial notes on this paragraph.
    pub notes: Vec<Note>,
    /// A resolution's paragraph as clauses set against the other resolutions; empty in the other
    /// documents (and left out of their JSON).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clauses: Vec<Clause>,
    /// The project's unofficial English translation, where the session has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub english: Option<ParagraphEnglish>,
}

/// A paragraph's unofficial English translation, with the translator's notes on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphEnglish {
    pub text: String,
    /// Where a choice needs explaining: each a sentence or two, quoting the Chinese.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// The unofficial English translation of a document's header and signature, field for field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentEnglish {
    /// One entry per title line.
    pub title: Vec<String>,
    /// The short title lists and links use, as [`Document::short_title`] in Chinese.
    #[serde(default)]
    pub short_title: String,
    pub speaker: Option<String>,
    pub date: Option<String>,
    pub salutation: Option<String>,
    pub adoption_note: Option<String>,
    /// One entry per issuer line of the signature.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signature: Vec<String>,
    pub signature_date: Option<String>,
}

impl Paragraph {
    /// A paragraph with its number and nothing else yet, which a reader of the source fills in.
    pub fn numbered(number: u32) -> Paragraph {
        Paragraph {
            number,
            text: String::new(),
            lines: Vec::new(),
            notes: Vec::new(),
            clauses: Vec::new(),
            english: None,
        }
    }

    /// The paragraph this one repeats, if the source repeats it.
    pub fn duplicate_of(&self) -> Option<u32> {
        self.notes.iter().find_map(|n| match n {
            Note::Duplicate { of, .. } => Some(*of),
            _ => None,
        })
    }

    /// Whether the paragraph is a news-report line rather than part of the document.
    pub fn is_interpolation(&self) -> bool {
        self.notes.iter().any(|n| matches!(n, Note::Interpolation { .. }))
    }

    /// Where text is missing at the paragraph's start or end.
    pub fn lacunae(&self) -> impl Iterator<Item = Edge> + '_ {
        self.notes.iter().filter_map(|n| match n {
            Note::Lacuna { at, .. } => Some(*at),
            _ => None,
        })
    }
}

/// A notice's signature: issuer lines and date, set right-aligned under the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// Issuer, one entry per printed line.
    pub issuer: Vec<Sourced>,
    /// The date line.
    pub date: DateLine,
}

/// One non-blank line of the raw source, byte for byte.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
pub struct SourceLine {
    /// 1-based line number in the raw source.
    pub line: u32,
    /// The line without its line terminator.
    pub text: String,
}

/// Start or end of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, miniserde::Deserialize)]
pub enum Edge {
    /// Before the first character.
    #[serde(rename = "start")]
    Start,
    /// After the last character.
    #[serde(rename = "end")]
    End,
}

/// How a news-report line announces itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
pub enum ReportForm {
    /// Reports what someone said: "X表示，…".
    #[serde(rename = "remarks")]
    Remarks,
    /// Reports who attended: "…列席会议。".
    #[serde(rename = "attendance")]
    Attendance,
}

/// A typographic change made to the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
pub enum Normalization {
    /// Half-width brackets ( ) became the full-width （ ） of Chinese typesetting.
    #[serde(rename = "full_width_brackets")]
    FullWidthBrackets,
    /// Spaces left by line wrapping inside a title were removed.
    #[serde(rename = "title_wrap_spaces")]
    TitleWrapSpaces,
    /// White space at the start or end of a line was removed.
    #[serde(rename = "edge_whitespace")]
    EdgeWhitespace,
}

/// An editorial decision, recorded wherever the reading text differs from the source or the
/// source is suspect. Decisions that needed judgement carry the reviewer's note from the
/// apparatus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// A sentence split across a page break was joined.
    Joined {
        /// The line that ended mid-sentence and the line it continues on.
        lines: [u32; 2],
    },
    /// Text is missing from the source here; nothing was joined across the gap. The reviewer's
    /// note is in English (`note`) and Chinese (`note_zh`), as are all notes from the apparatus.
    Lacuna { at: Edge, line: u32, note: String, note_zh: String },
    /// The paragraph repeats another paragraph of the same document.
    Duplicate {
        /// Number of the fullest version.
        of: u32,
        /// True for a copy to the letter, false for a shorter copy all of whose sentences occur
        /// in the fullest version.
        exact: bool,
        /// The copy aligned with the fullest version character by character (by the ingest, with
        /// `renda_study::compare::align`), as a CIGAR string, the SAM format's notation for
        /// alignments: runs of characters, each a count and an operation, `=` in both texts,
        /// `I` only in the copy, `D` only in the fullest version (`41=129D49=`).
        alignment: String,
    },
    /// A third-person news-report line, not part of the document itself.
    Interpolation { form: ReportForm, note: String, note_zh: String },
    /// A phrase the text has as printed although it is probably corrupt ("[sic]"): kept, and
    /// flagged with the reading the reviewer suspects.
    Sic { line: u32, phrase: String, note: String, note_zh: String },
    /// A typographic normalization.
    Normalized { what: Normalization, line: u32 },
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date, if it exists in the proleptic Gregorian calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&day).then_some(Date { year, month, day })
    }

    /// Parses a date written the Chinese way, `2023年12月27日`.
    pub fn parse_chinese(text: &str) -> Option<Date> {
        let (year, rest) = text.split_once('年')?;
        let (month, rest) = rest.split_once('月')?;
        let day = rest.strip_suffix('日')?;
        fn number<T: std::str::FromStr>(digits: &str) -> Option<T> {
            let ascii = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
            ascii.then(|| digits.parse().ok()).flatten()
        }
        Date::new(number(year)?, number(month)?, number(day)?)
    }

    /// The date as Chinese documents print it: 2023年12月27日.
    pub fn chinese(&self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }

    /// The month's English name.
    pub fn month_name(&self) -> &'static str {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        // `Date::new` admits months 1 to 12 only.
        MONTHS.get(usize::from(self.month).wrapping_sub(1)).copied().unwrap_or("")
    }

    /// The date as British and international English writes it: 27 December 2023.
    pub fn english(&self) -> String {
        format!("{} {} {}", self.day, self.month_name(), self.year)
    }
}

impl fmt::Display for Date {
    /// ISO 8601, as stored in the JSON.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

impl TryFrom<String> for Date {
    type Error = String;

    fn try_from(iso: String) -> Result<Date, String> {
        let mut parts = iso.splitn(3, '-').map(str::parse::<u16>);
        match (parts.next(), parts.next(), parts.next()) {
            (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) if iso.len() == 10 => {
                let (m, d) = (u8::try_from(m).ok(), u8::try_from(d).ok());
                m.zip(d).and_then(|(m, d)| Date::new(y, m, d))
            }
            _ => None,
        }
        .ok_or_else(|| format!("expected a date as YYYY-MM-DD, found {iso:?}"))
    }
}

/// The reading aids' data. Each is a file of its own beside `corpus.json`, fetched by the app the
/// first time a reader turns the aid on, so a first visit does not carry it. Texts are named by
/// their [`TextId`](crate::TextId): a document's session and slug, and a [`Unit`](crate::Unit) of it.
pub mod aids {
    use serde::{Deserialize, Serialize};
    use std::collections::BTreeMap;
    use std::ops::Range;

    /// An aid's file, as the app reads it: with miniserde, as the app reads the corpus (see
    /// `mini_json` for why), through types that mirror the JSON where the model's own cannot
    /// derive miniserde's reader (a tuple struct, a map to `char`).
    pub trait AidFile: Sized {
        fn from_json(json: &str) -> Result<Self, String>;
    }

    /// miniserde's errors say nothing: what the text was is told instead (a host's HTML page in
    /// place of the file, a file cut short, or another shape of JSON).
    pub(crate) fn read<T: miniserde::Deserialize>(json: &str, what: &str) -> Result<T, String> {
        miniserde::json::from_str(json).map_err(|_| {
            let html = if json.trim_start().starts_with('<') { ", which is HTML" } else { "" };
            format!("not valid JSON, or not the shape of the {what}: {} bytes{html}", json.len())
        })
    }

    #[derive(miniserde::Deserialize)]
    struct TraditionalJson {
        words: BTreeMap<String, String>,
        characters: BTreeMap<char, String>,
    }

    impl AidFile for TraditionalTable {
        fn from_json(json: &str) -> Result<Self, String> {
            let table: TraditionalJson = read(json, "Traditional table")?;
            Ok(TraditionalTable { words: table.words, characters: crate::char_map(table.characters, "characters")? })
        }
    }

    #[derive(miniserde::Deserialize)]
    struct WordDivisionsJson {
        texts: BTreeMap<String, Vec<(u32, String)>>,
    }

    impl AidFile for WordDivisions {
        fn from_json(json: &str) -> Result<Self, String> {
            let divisions: WordDivisionsJson = read(json, "word divisions")?;
            let texts = divisions.texts.into_iter();
            Ok(WordDivisions {
                texts: texts
                    .map(|(text, words)| (text, words.into_iter().map(|(n, pinyin)| Word(n, pinyin)).collect()))
                    .collect(),
            })
        }
    }

    impl AidFile for Dictionary {
        fn from_json(json: &str) -> Result<Self, String> {
            read(json, "dictionary")
        }
    }

    /// Traditional forms of the corpus's words of two characters or more, from OpenCC's
    /// phrase-aware conversion of each text, cut to the words the corpus has; and of single
    /// characters, each as the corpus most often has it.
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct TraditionalTable {
        pub words: BTreeMap<String, String>,
        pub characters: BTreeMap<char, char>,
    }

    /// The longest word the table may hold, in characters: the bound of the search at each
    /// position.
    const LONGEST_WORD: usize = 8;

    impl TraditionalTable {
        /// `text` in Traditional characters: at each position the longest word of the table that
        /// starts there, else the character's own Traditional form, else the character. One
        /// character always becomes one, so character offsets (a search hit's) hold in both.
        pub fn convert(&self, text: &str) -> String {
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let mut out = String::with_capacity(text.len());
            let mut at = 0;
            while at + 1 < starts.len() {
                let longest = (at + LONGEST_WORD).min(starts.len() - 1);
                let word = (at + 2..=longest)
                    .rev()
                    .find_map(|end| self.words.get(&text[starts[at]..starts[end]]).map(|w| (end, w)));
                match word {
                    Some((end, traditional)) if traditional.chars().count() == end - at => {
                        out.push_str(traditional);
                        at = end;
                    }
                    _ => {
                        let c = text[starts[at]..].chars().next().unwrap_or_default();
                        out.push(self.characters.get(&c).copied().unwrap_or(c));
                        at += 1;
                    }
                }
            }
            out
        }

        /// Whether [`convert`](Self::convert) looks as far as a word of this length.
        pub fn fits(word: &str) -> bool {
            (2..=LONGEST_WORD).contains(&word.chars().count())
        }
    }

    /// The byte range in `converted` (a one-for-one conversion of `original`) of the characters at
    /// `range` in `original`. `None` for a range that does not fall on `original`'s characters.
    pub fn aligned(original: &str, converted: &str, range: Range<usize>) -> Option<Range<usize>> {
        let start = original.get(..range.start)?.chars().count();
        let length = original.get(range)?.chars().count();
        let mut starts = converted.char_indices().map(|(i, _)| i).chain([converted.len()]).skip(start);
        let from = starts.next()?;
        let to = if length == 0 { from } else { starts.nth(length - 1)? };
        Some(from..to)
    }

    /// The words of a text as (byte range in the text, reading); `None` unless the words cover the
    /// text exactly (a division of another text, or a damaged file), so that no text is lost.
    pub fn word_ranges<'w>(text: &str, words: &'w [Word]) -> Option<Vec<(Range<usize>, &'w str)>> {
        let mut boundaries = text.char_indices().map(|(i, _)| i).chain([text.len()]);
        let mut start = boundaries.next()?;
        let mut ranges = Vec::with_capacity(words.len());
        for Word(length, reading) in words {
            let end = boundaries.nth(usize::try_from(*length).ok()?.checked_sub(1)?)?;
            ranges.push((start..end, reading.as_str()));
            start = end;
        }
        (start == text.len()).then_some(ranges)
    }

    /// The words of a paragraph in groups a line must not break inside. Set word by word (pinyin,
    /// look-up), a dash between two words could start a line (“—11月” of 1—11月), which Chinese
    /// typesetting avoids; so a dash goes with the words either side of it.
    pub fn unbreakable_groups<'t>(
        text: &str,
        words: Vec<(Range<usize>, &'t str)>,
    ) -> Vec<Vec<(Range<usize>, &'t str)>> {
        let dash = |range: &Range<usize>| {
            text.get(range.clone()).is_some_and(|w| matches!(w, "—" | "——" | "–" | "-" | "～" | "~"))
        };
        let count = words.len();
        let joins_next: Vec<bool> = (0..count)
            .map(|i| {
                let is_dash = |j: usize| words.get(j).is_some_and(|(range, _)| dash(range));
                // A word before a dash, or a dash with a word after it.
                (i + 1 < count && is_dash(i + 1) && i + 2 < count) || (is_dash(i) && i > 0 && i + 1 < count)
            })
            .collect();
        let mut groups: Vec<Vec<(Range<usize>, &'t str)>> = Vec::new();
        let mut glued = false;
        for (word, joins) in words.into_iter().zip(joins_next) {
            match groups.last_mut() {
                Some(group) if glued => group.push(word),
                _ => groups.push(vec![word]),
            }
            glued = joins;
        }
        groups
    }

    /// Every text of the corpus divided into words, each with its pinyin in tone marks (empty for
    /// what is not Chinese: punctuation, digits, Latin letters).
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct WordDivisions {
        pub texts: BTreeMap<String, Vec<Word>>,
    }

    /// A word: its length in characters and its reading.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Word(pub u32, pub String);

    /// CC-CEDICT's entries for the corpus's words, with its attribution.
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
    pub struct Dictionary {
        /// Where the entries come from, and their licence, as CC BY-SA requires.
        pub attribution: String,
        pub entries: BTreeMap<String, Vec<DictionaryEntry>>,
    }

    /// One CC-CEDICT entry.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, miniserde::Deserialize)]
    pub struct DictionaryEntry {
        pub traditional: String,
        /// In tone marks, a space between syllables.
        pub pinyin: String,
        pub senses: Vec<String>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_in_english() {
        let date = Date::new(2023, 12, 27).expect("date");
        assert_eq!((date.english().as_str(), date.month_name()), ("27 December 2023", "December"));
        assert_eq!(Date::new(2024, 1, 5).expect("date").english(), "5 January 2024");
    }

    #[test]
    fn chinese_dates_parse_and_reject_impossible_days() {
        assert_eq!(Date::parse_chinese("2023年12月27日"), Date::new(2023, 12, 27));
        assert_eq!(Date::parse_chinese("2024年2月29日"), Date::new(2024, 2, 29));
        assert_eq!(Date::parse_chinese("2023年2月29日"), None);
        assert_eq!(Date::parse_chinese("二〇二三年十二月二十七日"), None);
        assert_eq!(Date::parse_chinese("2023年12月"), None);
    }

    #[test]
    fn dates_round_trip_through_iso_strings() {
        let date = Date::new(2023, 12, 27).expect("valid date");
        assert_eq!(String::from(date), "2023-12-27");
        assert_eq!(Date::try_from("2023-12-27".to_string()), Ok(date));
        assert!(Date::try_from("2023-13-01".to_string()).is_err());
        assert!(Date::try_from("2023-1-1".to_string()).is_err());
    }

    fn paragraph(number: u32, text: &str, notes: Vec<Note>) -> Paragraph {
        Paragraph { number, text: text.to_string(), lines: vec![number], notes, clauses: Vec::new(), english: None }
    }

    fn document(slug: &str, kind: DocumentKind, paragraphs: Vec<Paragraph>) -> Document {
        Document {
            slug: slug.to_string(),
            kind,
            short_title: slug.to_string(),
            title: Vec::new(),
            speaker: None,
            date: None,
            salutation: None,
            adoption_note: None,
            paragraphs,
            signature: None,
            notes: Vec::new(),
            source: Vec::new(),
            english: None,
        }
    }

    #[test]
    fn the_lead_is_the_first_sentence_or_an_ellipsed_opening() {
        let report = Note::Interpolation { form: ReportForm::Remarks, note: String::new(), note_zh: String::new() };
        let doc = document(
            "d",
            DocumentKind::Speech,
            vec![paragraph(1, "某某表示，要奋斗。", vec![report]), paragraph(2, "第一句。第二句。", vec![])],
        );
        assert_eq!(doc.lead(40), "第一句。");
        assert_eq!(doc.lead(2), "第一…");
        assert_eq!(document("e", DocumentKind::Notice, vec![]).lead(10), "");
    }

    #[test]
    fn a_repeated_paragraph_is_shown_as_its_fullest_version() {
        let doc = document(
            "d",
            DocumentKind::Speech,
            vec![
                paragraph(1, "短的。", vec![Note::Duplicate { of: 2, exact: false, alignment: "3=4D".to_string() }]),
                paragraph(2, "短的。更长的。", vec![]),
            ],
        );
        assert_eq!(doc.shown_paragraph(1).map(|p| p.number), Some(2));
        assert_eq!(doc.shown_paragraph(2).map(|p| p.number), Some(2));
        assert_eq!(doc.shown_paragraph(3), None);
        assert_eq!(doc.copies_of(2).map(|p| p.number).collect::<Vec<_>>(), [1]);
    }

    #[test]
    fn a_dash_between_words_stays_on_their_line_and_nothing_is_lost() {
        let text = "1—11月，A类";
        let words = vec![(0..1, ""), (1..4, ""), (4..6, ""), (6..9, "yuè"), (9..12, ""), (12..13, ""), (13..16, "lèi")];
        let groups = aids::unbreakable_groups(text, words.clone());
        let spans: Vec<&str> = groups.iter().map(|g| &text[g[0].0.start..g[g.len() - 1].0.end]).collect();
        assert_eq!(spans, ["1—11", "月", "，", "A", "类"]);
        assert_eq!(groups.concat(), words, "every word, once, in order");
        assert_eq!(aids::unbreakable_groups("—", vec![(0..3, "")]).len(), 1, "a dash alone has nothing to join");
    }

    #[test]
    fn reading_order_groups_by_kind_and_neighbours_follow_it() {
        let session = Session {
            id: "s".to_string(),
            title: String::new(),
            title_en: None,
            body: String::new(),
            term: 1,
            meeting: 1,
            closing_date: Date::new(2023, 12, 27).expect("date"),
            source: Source { file: String::new(), sha256: String::new() },
            documents: vec![
                document("speech", DocumentKind::Speech, vec![]),
                document("r1", DocumentKind::Resolution, vec![]),
                document("notice", DocumentKind::Notice, vec![]),
                document("r2", DocumentKind::Resolution, vec![]),
            ],
        };
        let order: Vec<&str> = session.reading_order().iter().map(|d| d.slug.as_str()).collect();
        assert_eq!(order, ["speech", "r1", "r2", "notice"]);
        let slugs =
            |(a, b): (Option<&Document>, Option<&Document>)| (a.map(|d| d.slug.clone()), b.map(|d| d.slug.clone()));
        assert_eq!(slugs(session.neighbours("speech")), (None, Some("r1".to_string())));
        assert_eq!(slugs(session.neighbours("r2")), (Some("r1".to_string()), Some("notice".to_string())));
        assert_eq!(slugs(session.neighbours("missing")), (None, None));
    }

    #[test]
    fn a_corpus_of_another_schema_is_refused() {
        let json = r#"{"schema_version": 999, "sessions": [], "glossary": [], "people": [], "traditional": {}}"#;
        assert!(matches!(Corpus::from_json(json), Err(LoadError::Schema { found: 999 })));
        assert!(matches!(Corpus::from_json("{"), Err(LoadError::Json(_))));
    }

    #[test]
    fn traditional_conversion_takes_the_longest_word_and_keeps_every_offset() {
        let table = aids::TraditionalTable {
            words: [("头发", "頭髮"), ("发展", "發展")]
                .into_iter()
                .map(|(s, t)| (s.to_string(), t.to_string()))
                .collect(),
            characters: [('发', '發'), ('头', '頭')].into_iter().collect(),
        };
        assert_eq!(table.convert("头发发展"), "頭髮發展");
        assert_eq!(table.convert("发"), "發", "a word cut in two: its characters");
        assert_eq!(table.convert("A类，2023"), "A类，2023", "what the table lacks stays");
        assert_eq!(table.convert(""), "");
        // A table entry whose conversion is not one for one is not taken.
        let uneven = aids::TraditionalTable {
            words: [("头发".to_string(), "頭".to_string())].into_iter().collect(),
            characters: Default::default(),
        };
        assert_eq!(uneven.convert("头发").chars().count(), 2);
    }

    #[test]
    fn a_range_of_the_text_is_the_same_characters_in_its_conversion() {
        use aids::aligned;
        // 𠀋 is four bytes in UTF-8 where 丁 is three: byte offsets differ, characters do not.
        let (original, converted) = ("发丁展", "發𠀋展");
        assert_eq!(aligned(original, converted, 3..6).and_then(|r| converted.get(r)), Some("𠀋"));
        assert_eq!(aligned(original, converted, 6..9).and_then(|r| converted.get(r)), Some("展"));
        assert_eq!(aligned(original, converted, 0..9).and_then(|r| converted.get(r)), Some("發𠀋展"));
        assert_eq!(aligned(original, converted, 9..9), Some(converted.len()..converted.len()));
        assert_eq!(aligned("", "", 0..0), Some(0..0));
        assert_eq!(aligned(original, converted, 1..3), None, "not on a character boundary");
        assert_eq!(aligned(original, converted, 0..12), None, "past the end");
        assert_eq!(aligned(original, "發", 0..9), None, "a conversion that lost characters");
    }

    #[test]
    fn words_cover_their_text_exactly_or_not_at_all() {
        use aids::{word_ranges, Word};
        let words = [Word(2, "fāzhǎn".into()), Word(1, String::new()), Word(1, "le".into())];
        let ranges: Vec<_> = word_ranges("发展，了", &words)
            .expect("they cover it")
            .into_iter()
            .map(|(r, w)| (r, w.to_string()))
            .collect();
        assert_eq!(ranges, [(0..6, "fāzhǎn".to_string()), (6..9, String::new()), (9..12, "le".to_string())]);
        assert_eq!(word_ranges("发展", &[Word(5, "x".into())]), None, "words past the end");
        assert_eq!(word_ranges("发展，了", &[Word(2, "x".into())]), None, "words short of the end");
        assert_eq!(word_ranges("发展", &[Word(0, "x".into()), Word(2, "y".into())]), None, "an empty word");
        assert_eq!(word_ranges("", &[]), Some(Vec::new()));
    }

    #[test]
    fn each_unit_has_one_string_form_that_reads_back() {
        let units = [
            Unit::Title(0),
            Unit::Title(12),
            Unit::Speaker,
            Unit::Date,
            Unit::AdoptionNote,
            Unit::Salutation,
            Unit::Paragraph(1),
            Unit::Paragraph(307),
            Unit::Signature(0),
            Unit::Signature(3),
            Unit::SignatureDate,
        ];
        let forms: Vec<String> = units.iter().map(Unit::to_string).collect();
        assert_eq!(
            forms,
            ["t0", "t12", "speaker", "date", "adoption", "salutation", "p1", "p307", "s0", "s3", "sdate"]
        );
        for (unit, form) in units.iter().zip(&forms) {
            assert_eq!(form.parse::<Unit>().as_ref(), Ok(unit));
        }
        for other in ["", "p", "p0", "p01", "p+1", "p-1", "t", "t00", "s 1", "P1", "title", "p1x", "p99999999999"] {
            assert_eq!(other.parse::<Unit>(), Err(NotAUnit(other.to_string())), "{other:?}");
        }
    }

    #[test]
    fn a_text_anywhere_is_named_by_session_document_and_unit() {
        let id = TextId { document: DocumentId { session: "hengyang-16-3", slug: "plan" }, unit: Unit::Paragraph(4) };
        assert_eq!(id.to_string(), "hengyang-16-3/plan/p4");
    }
}
