//! The curated lists kept beside the sessions: `glossary.toml` (formulations with glosses) and
//! `people.toml` (people the texts name). Each entry is checked against the texts: a
//! formulation must occur, and a person's evidence phrase must stand in a document, naming them.

use crate::apparatus::{line_at, parse_toml};
use crate::error::{ErrorKind, IngestError};
use renda_model::{Evidence, Formulation, Person, Session};
use renda_study::search::header_fields;
use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(rename = "term")]
    terms: Vec<Spanned<Formulation>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    #[serde(rename = "person")]
    people: Vec<Spanned<PersonEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonEntry {
    name: String,
    name_en: String,
    role: String,
    role_en: String,
    /// A phrase of the texts that gives the person's role.
    evidence: String,
}

/// An error at a curated entry: the texts contradict it.
fn contradiction(file: &str, line: usize, message: String) -> IngestError {
    IngestError { file: file.to_string(), line: Some(line), kind: ErrorKind::Contradiction(message) }
}

/// Reads the glossary, refusing a formulation the texts never use or one listed twice.
pub fn read_glossary(file: &str, text: &str, sessions: &[Session]) -> Result<Vec<Formulation>, IngestError> {
    let parsed: GlossaryFile = parse_toml(file, text)?;
    let mut seen = std::collections::HashSet::new();
    let mut glossary = Vec::with_capacity(parsed.terms.len());
    for entry in parsed.terms {
        let at = line_at(text, entry.span().start);
        let formulation = entry.into_inner();
        let error = |message: String| contradiction(file, at, message);
        if !seen.insert(formulation.term.clone()) {
            return Err(error(format!("«{}» is listed twice", formulation.term)));
        }
        let used = sessions
            .iter()
            .flat_map(|s| &s.documents)
            .flat_map(|d| &d.paragraphs)
            .any(|p| p.text.contains(&formulation.term));
        if !used {
            return Err(error(format!("the formulation «{}» does not occur in any paragraph", formulation.term)));
        }
        glossary.push(formulation);
    }
    Ok(glossary)
}

/// Reads the people list, locating each person's evidence phrase in the texts.
pub fn read_people(file: &str, text: &str, sessions: &[Session]) -> Result<Vec<Person>, IngestError> {
    let parsed: PeopleFile = parse_toml(file, text)?;
    parsed
        .people
        .into_iter()
        .map(|entry| {
            let at = line_at(text, entry.span().start);
            let entry = entry.into_inner();
            let error = |message: String| contradiction(file, at, message);
            if !entry.evidence.contains(&entry.name) {
                return Err(error(format!("the evidence «{}» does not name {}", entry.evidence, entry.name)));
            }
            let evidence = locate(&entry.evidence, sessions)
                .ok_or_else(|| error(format!("the evidence «{}» does not occur in the texts", entry.evidence)))?;
            Ok(Person { name: entry.name, name_en: entry.name_en, role: entry.role, role_en: entry.role_en, evidence })
        })
        .collect()
}

/// The first header field or paragraph containing `phrase` exactly.
fn locate(phrase: &str, sessions: &[Session]) -> Option<Evidence> {
    sessions.iter().find_map(|session| {
        session.documents.iter().find_map(|document| {
            let evidence = |paragraph, line| Evidence {
                phrase: phrase.to_string(),
                session: session.id.clone(),
                document: document.slug.clone(),
                paragraph,
                line,
            };
            header_fields(document)
                .into_iter()
                .find(|(text, _)| text.contains(phrase))
                .map(|(_, line)| evidence(None, line))
                .or_else(|| {
                    document.paragraphs.iter().find(|p| p.text.contains(phrase)).map(|p| {
                        let line = p.lines.first().copied().unwrap_or_default();
                        evidence(Some(p.number), line)
                    })
                })
        })
    })
}
