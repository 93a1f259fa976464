//! From a raw session text and its reviewed apparatus to a [`Session`].
//!
//! The pipeline: decode the bytes into numbered lines; cut them into documents at the titles the
//! apparatus confirms; read each document's header by its kind ([`shape`]); assemble the body
//! into paragraphs, joining page breaks and marking lacunae ([`body`]); find repeated passages
//! and news-report lines ([`detect`]). Detection proposes every decision; the apparatus must
//! confirm or override each, and may not claim what the source contradicts.

mod body;
mod detect;
mod shape;
mod text;

use crate::apparatus::Apparatus;
use crate::error::{ErrorKind, IngestError};
use renda_model::{Document, DocumentKind, Note, Session, Source, SourceLine};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};

/// A non-blank line of the raw source.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// 1-based line number.
    number: u32,
    /// The line as in the file, without its `\n`.
    raw: &'a str,
}

impl Line<'_> {
    /// The line without surrounding white space, which is what the ingest reasons about.
    fn text(&self) -> &str {
        self.raw.trim()
    }
}

/// The raw source being read, for errors that point into it.
struct SourceFile<'a> {
    name: &'a str,
    lines: Vec<Line<'a>>,
}

impl SourceFile<'_> {
    fn error(&self, line: u32, kind: ErrorKind) -> IngestError {
        IngestError { file: self.name.to_string(), line: Some(line as usize), kind }
    }
}

/// Lowercase hex SHA-256 of the bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Ingests a raw source, after checking that it is the exact file the apparatus was reviewed
/// against.
pub fn ingest(source_name: &str, bytes: &[u8], apparatus: &Apparatus) -> Result<Session, IngestError> {
    let found = sha256_hex(bytes);
    if found != apparatus.session.sha256 {
        return Err(IngestError {
            file: source_name.to_string(),
            line: None,
            kind: ErrorKind::SourceChanged { expected: apparatus.session.sha256.clone(), found },
        });
    }
    read_session(source_name, bytes, apparatus)
}

/// Ingests a raw source under an apparatus without checking the source's hash; for sources that
/// are still being reviewed.
pub fn read_session(source_name: &str, bytes: &[u8], apparatus: &Apparatus) -> Result<Session, IngestError> {
    let source = SourceFile { name: source_name, lines: decode(source_name, bytes)? };
    let starts = document_starts(&source, apparatus)?;
    let breaks = body::Breaks::new(apparatus)?;
    let mut body_lines = HashSet::new();
    let mut documents = Vec::with_capacity(starts.len());
    for (index, (start, entry)) in starts.iter().enumerate() {
        let end = starts.get(index + 1).map_or(source.lines.len(), |next| next.0);
        let lines = &source.lines[*start..end];
        let header = shape::read_header(&source, lines, entry.kind)?;
        body_lines.extend(header.body.iter().map(|l| l.number));
        let paragraphs = breaks.paragraphs(&source, header.body)?;
        let paragraphs = detect::reconcile(&source, paragraphs, entry.kind, apparatus)?;
        documents.push(Document {
            slug: entry.slug.clone(),
            kind: entry.kind,
            short_title: entry.short_title.clone(),
            title: header.title,
            speaker: header.speaker,
            date: header.date,
            salutation: header.salutation,
            adoption_note: header.adoption_note,
            paragraphs,
            signature: header.signature,
            notes: header.notes,
            source: lines.iter().map(|l| SourceLine { line: l.number, text: l.raw.to_string() }).collect(),
            english: None,
        });
    }
    check_all_entries_used(apparatus, &body_lines, &documents)?;
    flag_suspected_corruptions(apparatus, &mut documents)?;
    let session = &apparatus.session;
    Ok(Session {
        id: session.id.clone(),
        title: session.title.clone(),
        title_en: None,
        body: session.body.clone(),
        term: session.term,
        meeting: session.meeting,
        closing_date: session.closing_date,
        source: Source { file: session.source.clone(), sha256: sha256_hex(bytes) },
        documents,
    })
}

/// Adds a [`Note::Sic`] to the paragraph each `[[sic]]` entry names by a line, refusing a
/// line no paragraph has or a phrase the paragraph does not have.
fn flag_suspected_corruptions(apparatus: &Apparatus, documents: &mut [Document]) -> Result<(), IngestError> {
    for entry in &apparatus.sics {
        let line = *entry.line.get_ref();
        let paragraph = documents
            .iter_mut()
            .flat_map(|d| d.paragraphs.iter_mut())
            .find(|p| p.lines.contains(&line))
            .ok_or_else(|| {
                apparatus
                    .error_at(&entry.line, ErrorKind::NoSuchLine { line, problem: "is not a line of any paragraph" })
            })?;
        if entry.phrase.is_empty() || !paragraph.text.contains(&entry.phrase) {
            let message = format!("the paragraph at line {line} does not have the phrase «{}»", entry.phrase);
            return Err(apparatus.error_at(&entry.line, ErrorKind::Contradiction(message)));
        }
        paragraph.notes.push(Note::Sic {
            line,
            phrase: entry.phrase.clone(),
            note: entry.note.clone(),
            note_zh: entry.note_zh.clone(),
        });
    }
    Ok(())
}

/// The non-blank lines of the source, numbered.
fn decode<'a>(name: &str, bytes: &'a [u8]) -> Result<Vec<Line<'a>>, IngestError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let byte = e.valid_up_to();
        let line = bytes[..byte].iter().filter(|&&b| b == b'\n').count() + 1;
        IngestError { file: name.to_string(), line: Some(line), kind: ErrorKind::InvalidUtf8 { byte } }
    })?;
    Ok(text
        .split('\n')
        .zip(1u32..)
        .map(|(raw, number)| Line { number, raw })
        .filter(|line| !line.text().is_empty())
        .collect())
}

/// What the apparatus says about a document start.
struct Start<'a> {
    kind: DocumentKind,
    slug: &'a String,
    short_title: &'a String,
}

/// The kind of document a line is the title of, judged by its shape alone.
fn title_kind(text: &str) -> Option<DocumentKind> {
    if !text::is_unpunctuated(text) || text.chars().count() > 100 {
        return None;
    }
    DocumentKind::ALL.into_iter().find(|kind| text.ends_with(kind.title_suffix()))
}

/// Indexes into the source's lines where documents start, each confirmed by the apparatus.
fn document_starts<'a>(
    source: &SourceFile<'_>,
    apparatus: &'a Apparatus,
) -> Result<Vec<(usize, Start<'a>)>, IngestError> {
    let by_line: HashMap<u32, usize> = source.lines.iter().enumerate().map(|(i, l)| (l.number, i)).collect();
    let Some(first) = source.lines.first() else {
        let found = "the end of the file".to_string();
        return Err(source.error(1, ErrorKind::NoTitle { found }));
    };
    if title_kind(first.text()).is_none() {
        return Err(source.error(first.number, ErrorKind::NoTitle { found: first.text().to_string() }));
    }
    let mut starts = Vec::new();
    let mut slugs = HashSet::new();
    let mut confirmed = HashSet::new();
    for entry in &apparatus.documents {
        let line = *entry.line.get_ref();
        let problem = "is blank or past the end of the source";
        let index = *by_line
            .get(&line)
            .ok_or_else(|| apparatus.error_at(&entry.line, ErrorKind::NoSuchLine { line, problem }))?;
        let text = source.lines[index].text();
        let kind = title_kind(text)
            .ok_or_else(|| apparatus.error_at(&entry.line, ErrorKind::UnknownShape { title: text.to_string() }))?;
        if !confirmed.insert(index) {
            return Err(apparatus.error_at(&entry.line, ErrorKind::Conflict { line }));
        }
        if !slugs.insert(entry.slug.as_str()) {
            let message = format!("the slug «{}» names two documents", entry.slug);
            return Err(apparatus.error_at(&entry.line, ErrorKind::Apparatus(message)));
        }
        starts.push((index, Start { kind, slug: &entry.slug, short_title: &entry.short_title }));
    }
    starts.sort_by_key(|(index, _)| *index);
    let unconfirmed = source
        .lines
        .iter()
        .enumerate()
        .find(|(index, line)| title_kind(line.text()).is_some() && !confirmed.contains(index));
    if let Some((_, line)) = unconfirmed {
        let what = format!("the title «{}»", line.text());
        let proposal = format!("[[document]]\nline = {}\nslug = \"…\"\nshort_title = \"…\"", line.number);
        return Err(source.error(line.number, ErrorKind::Unreviewed { what, proposal }));
    }
    Ok(starts)
}

/// Fails on any apparatus entry that no decision used: it names a line that is not where its
/// kind of decision can be taken.
fn check_all_entries_used(
    apparatus: &Apparatus,
    body_lines: &HashSet<u32>,
    documents: &[Document],
) -> Result<(), IngestError> {
    let paragraph_starts: HashSet<u32> =
        documents.iter().flat_map(|d| d.paragraphs.iter().filter_map(|p| p.lines.first().copied())).collect();
    let not_body = "is not a line of any document's body";
    for entry in apparatus.joins.iter().map(|e| &e.line).chain(apparatus.lacunae.iter().map(|e| &e.line)) {
        let line = *entry.get_ref();
        if !body_lines.contains(&line) {
            return Err(apparatus.error_at(entry, ErrorKind::NoSuchLine { line, problem: not_body }));
        }
    }
    let paragraph_entries =
        apparatus.duplicates.iter().map(|e| &e.line).chain(apparatus.interpolations.iter().map(|e| &e.line));
    for entry in paragraph_entries {
        let line = *entry.get_ref();
        if !paragraph_starts.contains(&line) {
            let problem = "does not start a paragraph";
            return Err(apparatus.error_at(entry, ErrorKind::NoSuchLine { line, problem }));
        }
    }
    Ok(())
}
