//! The corpus folder on disk: `apparatus/*.toml`, one per session, each naming its raw source
//! under `raw/`; and the `corpus.json` built from them.

use crate::apparatus::Apparatus;
use crate::error::{ErrorKind, IngestError};
use crate::ingest::ingest;
use crate::model::{Corpus, SCHEMA_VERSION};
use std::path::Path;

/// Where the built corpus is committed, relative to the corpus folder.
pub const CORPUS_JSON: &str = "corpus.json";

/// Ingests every session of the corpus folder, in the order of the apparatus file names, and
/// returns the corpus JSON.
pub fn build_corpus(dir: &Path) -> Result<String, IngestError> {
    let apparatus_dir = dir.join("apparatus");
    let io_error = |path: &Path, error: std::io::Error| IngestError {
        file: path.display().to_string(),
        line: None,
        kind: ErrorKind::Io(error.to_string()),
    };
    let mut files: Vec<_> = std::fs::read_dir(&apparatus_dir)
        .map_err(|e| io_error(&apparatus_dir, e))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let mut sessions = Vec::with_capacity(files.len());
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|e| io_error(&path, e))?;
        let apparatus = Apparatus::parse(&path.display().to_string(), &text)?;
        let source_path = dir.join(&apparatus.session.source);
        let bytes = std::fs::read(&source_path).map_err(|e| io_error(&source_path, e))?;
        sessions.push(ingest(&source_path.display().to_string(), &bytes, &apparatus)?);
    }
    let corpus = Corpus { schema_version: SCHEMA_VERSION, sessions };
    corpus.to_json().map_err(|e| IngestError {
        file: dir.join(CORPUS_JSON).display().to_string(),
        line: None,
        kind: ErrorKind::Io(e.to_string()),
    })
}
