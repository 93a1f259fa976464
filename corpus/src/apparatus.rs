//! The reviewed apparatus: one TOML file per session that confirms or overrides every
//! editorial decision the ingest detects, so that the output is deterministic and each decision
//! has a reviewer's word behind it.
//!
//! Line numbers in the apparatus are 1-based lines of the raw source; a paragraph is named by its
//! first line.

use crate::error::{ErrorKind, IngestError};
use renda_model::{Date, Edge, ReportForm};
use serde::Deserialize;
use toml::Spanned;

/// A parsed apparatus file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Apparatus {
    /// Metadata of the session and the source it was reviewed against.
    pub session: SessionEntry,
    /// Where each document starts, and its slug.
    #[serde(default, rename = "document")]
    pub documents: Vec<DocumentEntry>,
    /// Lines that end mid-sentence because of a page break and run on into the next line.
    #[serde(default, rename = "join")]
    pub joins: Vec<LineEntry>,
    /// Places where text is missing.
    #[serde(default, rename = "lacuna")]
    pub lacunae: Vec<LacunaEntry>,
    /// Paragraphs the source repeats.
    #[serde(default, rename = "duplicate")]
    pub duplicates: Vec<DuplicateEntry>,
    /// News-report lines that are not part of the document.
    #[serde(default, rename = "interpolation")]
    pub interpolations: Vec<InterpolationEntry>,
    /// Phrases kept as printed although probably corrupt.
    #[serde(default, rename = "sic")]
    pub sics: Vec<SicEntry>,
    /// The apparatus's own file name, for error messages.
    #[serde(skip)]
    pub file: String,
    /// The apparatus's text, to turn spans into line numbers.
    #[serde(skip)]
    text: String,
}

/// `[session]`: what the session is and which bytes it was reviewed against.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionEntry {
    pub id: String,
    pub title: String,
    pub body: String,
    pub term: u32,
    pub meeting: u32,
    pub closing_date: Date,
    /// The raw file, relative to the corpus folder.
    pub source: String,
    /// SHA-256 of the raw file the apparatus was reviewed against.
    pub sha256: String,
}

/// `[[document]]`: a document begins with the title at `line`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentEntry {
    pub line: Spanned<u32>,
    pub slug: String,
    pub short_title: String,
}

/// `[[join]]`: the line at `line` runs on into the next non-blank line.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineEntry {
    pub line: Spanned<u32>,
}

/// `[[lacuna]]`: text is missing at the start or end of the line at `line`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LacunaEntry {
    pub line: Spanned<u32>,
    pub at: Edge,
    pub note: String,
    /// The note in Chinese, for the Chinese interface.
    pub note_zh: String,
}

/// `[[duplicate]]`: the paragraph starting at `line` repeats the one starting at `of`; with
/// `reject = true`, the detected repetition is not one.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DuplicateEntry {
    pub line: Spanned<u32>,
    pub of: u32,
    #[serde(default)]
    pub reject: bool,
}

/// `[[interpolation]]`: the paragraph starting at `line` is a news-report line; with
/// `reject = true`, a detected one is part of the document after all.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterpolationEntry {
    pub line: Spanned<u32>,
    pub form: ReportForm,
    pub note: String,
    pub note_zh: String,
    #[serde(default)]
    pub reject: bool,
}

/// `[[sic]]`: the paragraph holding line `line` has `phrase` as printed, probably corrupt; the
/// text keeps it and the note gives the reading the reviewer suspects.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SicEntry {
    pub line: Spanned<u32>,
    pub phrase: String,
    pub note: String,
    pub note_zh: String,
}

impl Apparatus {
    /// Parses an apparatus file; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Apparatus, IngestError> {
        let mut apparatus: Apparatus = parse_toml(file, text)?;
        apparatus.file = file.to_string();
        apparatus.text = text.to_string();
        Ok(apparatus)
    }

    /// An error located at an entry of this apparatus.
    pub fn error_at(&self, entry: &Spanned<u32>, kind: ErrorKind) -> IngestError {
        IngestError { file: self.file.clone(), line: Some(line_at(&self.text, entry.span().start)), kind }
    }
}

/// Reads a reviewed TOML file (an apparatus, the glossary, the people list); a syntax or
/// schema error names the file and line.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, IngestError> {
    toml::from_str(text).map_err(|e| IngestError {
        file: file.to_string(),
        line: e.span().map(|span| line_at(text, span.start)),
        kind: ErrorKind::Apparatus(e.message().to_string()),
    })
}

/// The 1-based line of a byte offset in a text.
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
[session]
id = "x"
title = "t"
body = "b"
term = 1
meeting = 1
closing_date = "2023-12-27"
source = "raw/x.txt"
sha256 = "00"
"#;

    #[test]
    fn a_minimal_apparatus_parses_with_no_entries() {
        let apparatus = Apparatus::parse("a.toml", MINIMAL).expect("parses");
        assert_eq!(apparatus.session.closing_date.to_string(), "2023-12-27");
        assert!(apparatus.documents.is_empty() && apparatus.joins.is_empty());
    }

    #[test]
    fn entry_errors_name_the_apparatus_line() {
        let text = format!("{MINIMAL}\n[[join]]\nline = 15\n");
        let apparatus = Apparatus::parse("a.toml", &text).expect("parses");
        let error = apparatus.error_at(&apparatus.joins[0].line, ErrorKind::Conflict { line: 15 });
        assert_eq!(error.line, Some(13));
        assert!(error.to_string().starts_with("a.toml:13: "));
    }

    #[test]
    fn syntax_errors_and_unknown_fields_name_file_and_line() {
        let text = format!("{MINIMAL}\n[[join]]\nlien = 15\n");
        let error = Apparatus::parse("a.toml", &text).expect_err("unknown field");
        assert_eq!((error.file.as_str(), error.line), ("a.toml", Some(13)));
        assert!(matches!(error.kind, ErrorKind::Apparatus(_)));

        let bad_date = MINIMAL.replace("2023-12-27", "2023-02-30");
        let error = Apparatus::parse("a.toml", &bad_date).expect_err("impossible date");
        assert_eq!(error.line, Some(8));
    }
}
