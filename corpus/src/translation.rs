//! The reviewed English translation of a session: `translations/<apparatus name>.en.toml`, one
//! entry per unit a reader sees, keyed by document slug and paragraph number. The ingest carries
//! it into the corpus and refuses a translation that does not fit the texts: a unit left
//! untranslated or translated twice, an entry for a unit that does not exist, a formulation not
//! rendered as the glossary renders it, an institution not named as `institutions.toml` names it,
//! a person not named as `people.toml` names them.

use crate::apparatus::{line_at, parse_toml};
use crate::error::{ErrorKind, IngestError};
use crate::institutions::{unnamed, Institution};
use renda_model::{Document, DocumentEnglish, Formulation, ParagraphEnglish, Person, Session};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use toml::Spanned;

/// The only language a translation file may have, for now.
const ENGLISH: &str = "en";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFile {
    translation: Spanned<Header>,
    #[serde(default, rename = "document")]
    documents: Vec<Spanned<DocumentEntry>>,
}

/// `[translation]`: which session, into which language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    session: String,
    language: String,
    /// The session's title in English.
    title: String,
}

/// `[[document]]`: a document's header fields, and its paragraphs.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentEntry {
    slug: String,
    short_title: String,
    title: Vec<String>,
    speaker: Option<String>,
    date: Option<String>,
    salutation: Option<String>,
    adoption_note: Option<String>,
    #[serde(default)]
    signature: Vec<String>,
    signature_date: Option<String>,
    #[serde(default, rename = "paragraph")]
    paragraphs: Vec<Spanned<ParagraphEntry>>,
}

/// `[[document.paragraph]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParagraphEntry {
    number: u32,
    text: String,
    #[serde(default)]
    notes: Vec<String>,
    /// Formulations this paragraph does not render with their glossary words, each with why.
    #[serde(default)]
    rendering_exceptions: Vec<RenderingException>,
    /// Institutions this paragraph does not call by their English names, each with why.
    #[serde(default)]
    institution_exceptions: Vec<InstitutionException>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RenderingException {
    term: String,
    why: String,
}

/// An institution named in the Chinese (`name`: one of its forms in `institutions.toml`) that a
/// paragraph does not name with the table's English words, and why.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstitutionException {
    name: String,
    why: String,
}

/// Reads a session's translation into its documents, checked against the texts, the glossary's
/// renderings, the institutions' names and the people's names.
pub fn read_translation(
    file: &str,
    text: &str,
    session: &mut Session,
    glossary: &[Formulation],
    institutions: &[Institution],
    people: &[Person],
) -> Result<(), IngestError> {
    let parsed: TranslationFile = parse_toml(file, text)?;
    let error = |offset: usize, message: String| IngestError {
        file: file.to_string(),
        line: Some(line_at(text, offset)),
        kind: ErrorKind::Translation(message),
    };
    let header_at = parsed.translation.span().start;
    let header = parsed.translation.into_inner();
    if header.session != session.id {
        return Err(error(header_at, format!("expected session «{}», found «{}»", session.id, header.session)));
    }
    if header.language != ENGLISH {
        return Err(error(header_at, format!("expected language «{ENGLISH}», found «{}»", header.language)));
    }
    session.title_en = Some(one_line(&header.title).map_err(|m| error(header_at, format!("title: {m}")))?);
    let mut entries = BTreeMap::new();
    for entry in parsed.documents {
        let at = entry.span().start;
        let entry = entry.into_inner();
        if session.documents.iter().all(|d| d.slug != entry.slug) {
            return Err(error(at, format!("the session has no document «{}»", entry.slug)));
        }
        if entries.contains_key(&entry.slug) {
            return Err(error(at, format!("the document «{}» is translated twice", entry.slug)));
        }
        entries.insert(entry.slug.clone(), (at, entry));
    }
    for document in &mut session.documents {
        let (at, entry) = entries.remove(&document.slug).ok_or_else(|| {
            error(header_at, format!("the document «{}» has no translation: add a [[document]] for it", document.slug))
        })?;
        let english = header_english(
            document,
            entry.short_title,
            entry.title,
            [
                ("speaker", entry.speaker),
                ("date", entry.date),
                ("salutation", entry.salutation),
                ("adoption_note", entry.adoption_note),
                ("signature_date", entry.signature_date),
            ],
            entry.signature,
        )
        .map_err(|message| error(at, message))?;
        for (field, chinese, translated) in header_pairs(document, &english) {
            check_names(&chinese, &translated, people).map_err(|m| error(at, format!("{field}: {m}")))?;
            check_institutions(&chinese, &translated, institutions, Vec::new())
                .map_err(|m| error(at, format!("«{}» {field}: {m}", document.slug)))?;
        }
        document.english = Some(english);
        let mut seen = HashSet::new();
        for paragraph_entry in entry.paragraphs {
            let at = paragraph_entry.span().start;
            let ParagraphEntry { number, text, notes, rendering_exceptions, institution_exceptions } =
                paragraph_entry.into_inner();
            let place = format!("«{}» ¶{number}", document.slug);
            if !seen.insert(number) {
                return Err(error(at, format!("{place} is translated twice")));
            }
            let paragraph = document
                .paragraphs
                .iter_mut()
                .find(|p| p.number == number)
                .ok_or_else(|| error(at, format!("{place} does not exist")))?;
            let translated = one_paragraph(&text).map_err(|m| error(at, format!("{place}: {m}")))?;
            check_names(&paragraph.text, &translated, people).map_err(|m| error(at, format!("{place}: {m}")))?;
            let mut notes = notes;
            for (term, why) in check_renderings(&paragraph.text, &translated, glossary, rendering_exceptions)
                .map_err(|m| error(at, format!("{place}: {m}")))?
            {
                notes.push(format!("{term} is not translated here with the glossary's words: {why}"));
            }
            for (name, english, why) in
                check_institutions(&paragraph.text, &translated, institutions, institution_exceptions)
                    .map_err(|m| error(at, format!("{place}: {m}")))?
            {
                notes.push(format!("{name} is not called here by its English name, “{english}”: {why}"));
            }
            paragraph.english = Some(ParagraphEnglish { text: translated, notes });
        }
        if let Some(missing) = document.paragraphs.iter().find(|p| !seen.contains(&p.number)) {
            let line = missing.lines.first().copied().unwrap_or_default();
            let message = format!(
                "«{}» ¶{} (source line {line}) has no translation: add a [[document.paragraph]] with number = {}",
                document.slug, missing.number, missing.number
            );
            return Err(error(at, message));
        }
    }
    match entries.into_values().next() {
        Some((at, entry)) => Err(error(at, format!("the session has no document «{}»", entry.slug))),
        None => Ok(()),
    }
}

/// The header's translation, field for field: a field the document has must be translated, one
/// it lacks must not be.
fn header_english(
    document: &Document,
    short_title: String,
    title: Vec<String>,
    fields: [(&str, Option<String>); 5],
    signature: Vec<String>,
) -> Result<DocumentEnglish, String> {
    if title.len() != document.title.len() {
        return Err(format!(
            "«{}» has {} title line(s), the translation {}",
            document.slug,
            document.title.len(),
            title.len()
        ));
    }
    // The issuer line for line, or in one line: a name the Chinese breaks across lines (衡阳市第十六届
    // 人民代表大会 | 第三次会议主席团) reads as one name in English.
    let issuer_lines = document.signature.as_ref().map_or(0, |s| s.issuer.len());
    if signature.len() != issuer_lines && !(issuer_lines > 0 && signature.len() == 1) {
        return Err(format!(
            "«{}» has {issuer_lines} signature line(s), the translation {}: translate them line for line or in one line",
            document.slug,
            signature.len()
        ));
    }
    let has = |field: &str| match field {
        "speaker" => document.speaker.is_some(),
        "date" => document.date.is_some(),
        "salutation" => document.salutation.is_some(),
        "adoption_note" => document.adoption_note.is_some(),
        _ => document.signature.is_some(),
    };
    let [speaker, date, salutation, adoption_note, signature_date] =
        fields.map(|(field, value)| match (has(field), value) {
            (true, Some(value)) => one_line(&value).map(Some).map_err(|m| format!("{field}: {m}")),
            (true, None) => Err(format!("«{}» has a {field}: translate it", document.slug)),
            (false, Some(_)) => Err(format!("«{}» has no {field}, so it cannot be translated", document.slug)),
            (false, None) => Ok(None),
        });
    let lines = |lines: Vec<String>| lines.iter().map(|l| one_line(l)).collect::<Result<Vec<_>, _>>();
    Ok(DocumentEnglish {
        short_title: one_line(&short_title).map_err(|m| format!("short_title: {m}"))?,
        title: lines(title)?,
        speaker: speaker?,
        date: date?,
        salutation: salutation?,
        adoption_note: adoption_note?,
        signature: lines(signature)?,
        signature_date: signature_date?,
    })
}

/// Each header field's Chinese beside its translation, for the name checks; the signature's
/// issuer whole, its lines joined.
fn header_pairs(document: &Document, english: &DocumentEnglish) -> Vec<(&'static str, String, String)> {
    let mut pairs: Vec<(&'static str, String, String)> =
        document.title.iter().zip(&english.title).map(|(c, e)| ("title", c.text.clone(), e.clone())).collect();
    let mut pair = |field, chinese: Option<&str>, translated: &Option<String>| {
        if let (Some(chinese), Some(translated)) = (chinese, translated) {
            pairs.push((field, chinese.to_string(), translated.clone()));
        }
    };
    pair("speaker", document.speaker.as_ref().map(|s| s.text.as_str()), &english.speaker);
    pair("salutation", document.salutation.as_ref().map(|s| s.text.as_str()), &english.salutation);
    pair("adoption_note", document.adoption_note.as_ref().map(|s| s.text.as_str()), &english.adoption_note);
    if let Some(signature) = &document.signature {
        let chinese = signature.issuer.iter().map(|l| l.text.as_str()).collect();
        pairs.push(("signature", chinese, english.signature.join(" ")));
    }
    pairs
}

/// A translated line: trimmed, not empty, on one line.
fn one_line(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("the translation is empty".to_string());
    }
    if text.contains('\n') {
        return Err("expected one line, found a line break".to_string());
    }
    Ok(text.to_string())
}

/// A translated paragraph: trimmed, not empty, and one paragraph (line breaks inside it, as a
/// TOML multi-line string may have, become spaces; a blank line would be a second paragraph).
fn one_paragraph(text: &str) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("the translation is empty".to_string());
    }
    if text.contains("\n\n") {
        return Err("expected one paragraph, found a blank line inside it".to_string());
    }
    Ok(text.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
}

/// Every person the Chinese names must be named in the translation as `people.toml` writes them.
fn check_names(chinese: &str, translated: &str, people: &[Person]) -> Result<(), String> {
    match people.iter().find(|p| chinese.contains(&p.name) && !translated.contains(&p.name_en)) {
        Some(person) => Err(format!("{} is named but the translation lacks «{}»", person.name, person.name_en)),
        None => Ok(()),
    }
}

/// Every formulation the Chinese has must be rendered with its glossary words (in any case),
/// unless an exception says why not; an exception must name a formulation the paragraph has and
/// does not render. Returns the exceptions, to be shown as translator's notes.
fn check_renderings(
    chinese: &str,
    translated: &str,
    glossary: &[Formulation],
    exceptions: Vec<RenderingException>,
) -> Result<Vec<(String, String)>, String> {
    let folded = translated.to_lowercase();
    let rendered = |f: &Formulation| folded.contains(&f.english.to_lowercase());
    for exception in &exceptions {
        let formulation = glossary
            .iter()
            .find(|f| f.term == exception.term && chinese.contains(&f.term))
            .ok_or_else(|| format!("the exception names «{}», which the paragraph does not have", exception.term))?;
        if rendered(formulation) {
            return Err(format!("the exception for «{}» is not needed: its rendering is there", exception.term));
        }
        if exception.why.trim().is_empty() {
            return Err(format!("the exception for «{}» does not say why", exception.term));
        }
    }
    if let Some(missing) = glossary
        .iter()
        .find(|f| chinese.contains(&f.term) && !rendered(f) && exceptions.iter().all(|e| e.term != f.term))
    {
        return Err(format!(
            "«{}» is in the Chinese but its rendering «{}» is not in the translation (or give a rendering_exceptions entry)",
            missing.term, missing.english
        ));
    }
    Ok(exceptions.into_iter().map(|e| (e.term, e.why)).collect())
}

/// Every institution the Chinese names must be named in the translation with the words of
/// `institutions.toml`, in their case, unless an exception says why not; an exception must name
/// a form of an institution the Chinese has and the translation does not name. Returns the
/// exceptions (the form, the English name, why), to be shown as translator's notes.
fn check_institutions(
    chinese: &str,
    translated: &str,
    institutions: &[Institution],
    exceptions: Vec<InstitutionException>,
) -> Result<Vec<(String, String, String)>, String> {
    let missing = unnamed(chinese, translated, institutions);
    let mut excepted = Vec::with_capacity(exceptions.len());
    for exception in exceptions {
        let institution = institutions
            .iter()
            .find(|i| i.chinese.contains(&exception.name) && i.named_in(chinese).is_some())
            .ok_or_else(|| format!("the exception names «{}», which the paragraph does not name", exception.name))?;
        if missing.iter().all(|(i, _)| *i != institution) {
            return Err(format!("the exception for «{}» is not needed: its name is there", exception.name));
        }
        if exception.why.trim().is_empty() {
            return Err(format!("the exception for «{}» does not say why", exception.name));
        }
        excepted.push((institution, exception.name, exception.why));
    }
    if let Some((institution, form)) = missing.iter().find(|(i, _)| excepted.iter().all(|(e, _, _)| e != i)) {
        return Err(format!(
            "«{form}» is in the Chinese but its name «{}» is not in the translation (see institutions.toml; or give an institution_exceptions entry)",
            institution.english
        ));
    }
    Ok(excepted.into_iter().map(|(i, name, why)| (name, i.english.clone(), why)).collect())
}
