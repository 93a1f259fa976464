//! The curated lists kept beside the sessions: `glossary.toml` (formulations with glosses) and
//! `people.toml` (people the texts name). Each entry is checked against the texts: a
//! formulation must occur, the glossary must list them in the order a reader first meets them,
//! and a person's evidence phrase must stand in a document, naming them; a person's English role
//! must name the institutions of their Chinese role as `institutions.toml` names them.

use crate::apparatus::{line_at, parse_toml};
use crate::error::{ErrorKind, IngestError};
use crate::institutions::{unnamed, Institution};
use renda_model::{Evidence, Formulation, Person, Session, Text, Unit};
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

/// Reads the glossary, refusing a formulation the texts never use, one listed twice, and one
/// listed before a formulation a reader meets first.
pub fn read_glossary(file: &str, text: &str, sessions: &[Session]) -> Result<Vec<Formulation>, IngestError> {
    let parsed: GlossaryFile = parse_toml(file, text)?;
    let mut seen = std::collections::HashSet::new();
    let mut glossary = Vec::with_capacity(parsed.terms.len());
    let mut previous: Option<(FirstUse, String)> = None;
    for entry in parsed.terms {
        let at = line_at(text, entry.span().start);
        let formulation = entry.into_inner();
        let error = |message: String| contradiction(file, at, message);
        if !seen.insert(formulation.term.clone()) {
            return Err(error(format!("«{}» is listed twice", formulation.term)));
        }
        let first = first_use(&formulation.term, sessions)
            .ok_or_else(|| error(format!("the formulation «{}» does not occur in any paragraph", formulation.term)))?;
        if let Some((before, term)) = &previous {
            if first < *before {
                return Err(error(format!(
                    "«{}» ({}) comes before «{term}» ({}) in the texts: list the glossary in the order a reader first meets its terms",
                    formulation.term, first.place, before.place
                )));
            }
        }
        previous = Some((first, formulation.term.clone()));
        glossary.push(formulation);
    }
    Ok(glossary)
}

/// Where a reader first meets a formulation: sessions in order, documents in reading order,
/// paragraphs in order, and the character it starts at; with the place written out for messages.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct FirstUse {
    order: (usize, usize, u32, usize),
    place: String,
}

fn first_use(term: &str, sessions: &[Session]) -> Option<FirstUse> {
    sessions.iter().enumerate().find_map(|(s, session)| {
        session.reading_order().into_iter().enumerate().find_map(|(d, document)| {
            document.paragraphs.iter().find_map(|p| {
                let at = p.text.find(term)?;
                Some(FirstUse {
                    order: (s, d, p.number, p.text[..at].chars().count()),
                    place: format!("first in «{}» ¶{}", document.slug, p.number),
                })
            })
        })
    })
}

/// Reads the people list, locating each person's evidence phrase in the texts and checking that
/// each English role names the institutions of the Chinese role as `institutions.toml` does.
pub fn read_people(
    file: &str,
    text: &str,
    sessions: &[Session],
    institutions: &[Institution],
) -> Result<Vec<Person>, IngestError> {
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
            if let Some((institution, form)) = unnamed(&entry.role, &entry.role_en, institutions).first() {
                return Err(IngestError {
                    file: file.to_string(),
                    line: Some(at),
                    kind: ErrorKind::Translation(format!(
                        "the role of {} has «{form}» but role_en lacks its name «{}» (see institutions.toml)",
                        entry.name, institution.english
                    )),
                });
            }
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
            // The heading and signature before the body: a name where a document names its speaker.
            let (body, fields): (Vec<Text>, Vec<Text>) = document
                .texts()
                .into_iter()
                .filter(|text| text.unit.is_searched())
                .partition(|text| matches!(text.unit, Unit::Paragraph(_)));
            fields.into_iter().chain(body).find(|text| text.chinese.contains(phrase)).map(|text| {
                let paragraph = match text.unit {
                    Unit::Paragraph(number) => Some(number),
                    _ => None,
                };
                evidence(paragraph, text.lines.first().copied().unwrap_or_default())
            })
        })
    })
}
