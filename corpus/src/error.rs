//! Errors of the ingest: each names the file, the line and what was expected there.

use std::fmt;

/// An ingest failure at a place in a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {kind}", Place { file, line: *line })]
pub struct IngestError {
    /// The file at fault: the raw source or the apparatus.
    pub file: String,
    /// 1-based line in that file, where one can be named.
    pub line: Option<usize>,
    /// What went wrong.
    pub kind: ErrorKind,
}

struct Place<'a> {
    file: &'a str,
    line: Option<usize>,
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.file),
            None => write!(f, "{}", self.file),
        }
    }
}

/// What went wrong, and what was expected instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error("cannot read the file: {0}")]
    Io(String),
    #[error("invalid UTF-8 at byte {byte}: expected UTF-8 text")]
    InvalidUtf8 { byte: usize },
    #[error("the apparatus is not valid: {0}")]
    Apparatus(String),
    #[error("the source's SHA-256 is {found} but the apparatus was reviewed against {expected}: review the apparatus against the new source, then update its sha256")]
    SourceChanged { expected: String, found: String },
    #[error("expected a document title (a line ending in 讲话, 决议 or 公告), found «{found}»")]
    NoTitle { found: String },
    #[error("unknown document shape: «{title}» does not end in 讲话, 决议 or 公告")]
    UnknownShape { title: String },
    #[error("expected {expected}, found «{found}»")]
    Expected { expected: &'static str, found: String },
    #[error("the resolution «{title}» has no adoption note: expected a bracketed line ending in 通过 under the title, found «{found}»")]
    MissingAdoptionNote { title: String, found: String },
    #[error("the apparatus entry points at line {line}, which {problem}")]
    NoSuchLine { line: u32, problem: &'static str },
    #[error("the apparatus contradicts the source: {0}")]
    Contradiction(String),
    #[error("the reading aids need a review: {0}")]
    ReadingAids(String),
    #[error("the translation does not fit the texts: {0}")]
    Translation(String),
    #[error("two apparatus entries decide line {line}: keep one")]
    Conflict { line: u32 },
    #[error("{what} has not been reviewed; add to the apparatus:\n{proposal}")]
    Unreviewed { what: String, proposal: String },
}
