//! The corpus folder on disk: `apparatus/*.toml`, one per session, each naming its raw source
//! under `raw/`, and its English translation under `translations/`; the curated `glossary.toml`,
//! `institutions.toml` and `people.toml`; and the `corpus.json` built from them.

use crate::apparatus::Apparatus;
use crate::curated::{read_glossary, read_people};
use crate::error::{ErrorKind, IngestError};
use crate::ingest::ingest;
use crate::institutions::read_institutions;
use crate::reading_aids;
use crate::traditional::traditional_table;
use crate::translation::read_translation;
use renda_model::{Corpus, SCHEMA_VERSION};
use renda_study::search::SearchIndex;
use std::path::Path;

/// Where the built corpus is committed, relative to the corpus folder.
pub const CORPUS_JSON: &str = "corpus.json";
/// The curated formulations, relative to the corpus folder.
pub const GLOSSARY: &str = "glossary.toml";
/// The institutions' English names, relative to the corpus folder.
pub const INSTITUTIONS: &str = "institutions.toml";
/// The curated people, relative to the corpus folder.
pub const PEOPLE: &str = "people.toml";
/// Where a session's English translation is, relative to the corpus folder: named as its
/// apparatus is, with `.en.toml` for `.toml`.
pub const TRANSLATIONS: &str = "translations";

/// The stem of the paragraphs' English file, beside the reading aids' files and named as they
/// are (`reading_aids::file_name`): the app fetches it as it fetches them
/// ([`Translation`](renda_model::translation::Translation) says why it is a file of its own).
pub const TRANSLATION_STEM: &str = "translation";

/// Every file `make corpus` writes, as (path relative to the corpus folder, contents): the
/// corpus JSON, the reading aids built from it, and its paragraphs' English.
pub fn build_all(dir: &Path) -> Result<Vec<(std::path::PathBuf, String)>, IngestError> {
    let json = build_corpus(dir)?;
    let mut corpus = Corpus::from_json(&json).map_err(|e| IngestError {
        file: dir.join(CORPUS_JSON).display().to_string(),
        line: None,
        kind: ErrorKind::Io(e.to_string()),
    })?;
    let reviewed = dir.join(reading_aids::REVIEWED);
    let text = std::fs::read_to_string(&reviewed).map_err(|e| IngestError {
        file: reviewed.display().to_string(),
        line: None,
        kind: ErrorKind::Io(e.to_string()),
    })?;
    let aids = reading_aids::build(&corpus, &reviewed.display().to_string(), &text)?;
    let files = aids.files().map_err(|e| IngestError {
        file: reading_aids::FOLDER.to_string(),
        line: None,
        kind: ErrorKind::Io(e.to_string()),
    })?;
    let translation = serde_json::to_string(&corpus.take_translation()).map_err(|e| IngestError {
        file: reading_aids::FOLDER.to_string(),
        line: None,
        kind: ErrorKind::Io(e.to_string()),
    })?;
    let translation = (reading_aids::file_name(TRANSLATION_STEM, &translation), translation);
    let mut all = vec![(CORPUS_JSON.into(), json)];
    all.extend(
        files
            .into_iter()
            .chain([translation])
            .map(|(name, contents)| (Path::new(reading_aids::FOLDER).join(name), contents)),
    );
    Ok(all)
}

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
    let mut translations = Vec::with_capacity(files.len());
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|e| io_error(&path, e))?;
        let apparatus = Apparatus::parse(&path.display().to_string(), &text)?;
        let source_path = dir.join(&apparatus.session.source);
        let bytes = std::fs::read(&source_path).map_err(|e| io_error(&source_path, e))?;
        sessions.push(ingest(&source_path.display().to_string(), &bytes, &apparatus)?);
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        translations.push(dir.join(TRANSLATIONS).join(format!("{stem}.en.toml")));
    }
    let read_curated = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).map(|text| (path.display().to_string(), text)).map_err(|e| io_error(&path, e))
    };
    let (file, text) = read_curated(GLOSSARY)?;
    let glossary = read_glossary(&file, &text, &sessions)?;
    let (file, text) = read_curated(INSTITUTIONS)?;
    let institutions = read_institutions(&file, &text, &sessions)?;
    let (file, text) = read_curated(PEOPLE)?;
    let people = read_people(&file, &text, &sessions, &institutions)?;
    for (session, path) in sessions.iter_mut().zip(&translations) {
        let text = std::fs::read_to_string(path).map_err(|e| io_error(path, e))?;
        read_translation(&path.display().to_string(), &text, session, &glossary, &institutions, &people)?;
        renda_study::compare::compare_resolutions(session, &people);
    }
    let mut corpus =
        Corpus { schema_version: SCHEMA_VERSION, sessions, glossary, people, traditional: Default::default() };
    corpus.traditional = traditional_table(SearchIndex::new(&corpus).characters());
    corpus.to_json().map_err(|e| IngestError {
        file: dir.join(CORPUS_JSON).display().to_string(),
        line: None,
        kind: ErrorKind::Io(e.to_string()),
    })
}
