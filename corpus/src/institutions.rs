//! The institutions the texts name, each by one English name: `institutions.toml`. Every form
//! the Chinese gives an institution (its full name, 衡阳市人民检察院, or an abbreviation,
//! 市人民检察院) takes the same English name, and the translation is checked against the table
//! as it is against the glossary: a unit whose Chinese names an institution must name it in
//! English with the table's words, capitalised as written.
//!
//! A term number is set aside on both sides before matching (第十六届, 十六届 in the Chinese,
//! "16th " in the English): the Standing Committee of the 16th Hengyang Municipal People's
//! Congress is the Standing Committee of the Hengyang Municipal People's Congress in its 16th
//! term, one institution with one name.

use crate::apparatus::{line_at, parse_toml};
use crate::error::{ErrorKind, IngestError};
use renda_model::{Document, Session};
use serde::Deserialize;
use std::collections::HashSet;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstitutionsFile {
    #[serde(rename = "institution")]
    institutions: Vec<Spanned<Institution>>,
}

/// `[[institution]]`: one institution, its English name and the Chinese forms that name it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    /// The English name, capitalised as a name, without a leading "the".
    pub english: String,
    /// The forms the texts give it (a full name, abbreviations), without a term number.
    pub chinese: Vec<String>,
}

impl Institution {
    /// The first of the institution's Chinese forms that `chinese` has, term numbers set aside.
    pub fn named_in(&self, chinese: &str) -> Option<&str> {
        let chinese = without_terms_zh(chinese);
        self.chinese.iter().find(|form| chinese.contains(form.as_str())).map(String::as_str)
    }

    /// Whether `english` names the institution with the table's words, in their case, term
    /// numbers set aside.
    pub fn named_in_english(&self, english: &str) -> bool {
        without_terms_en(english).contains(&self.english)
    }
}

/// Chinese numerals, as a term number writes them.
const NUMERALS: &str = "〇零一二三四五六七八九十百";

/// The Chinese with its term numbers (第十六届, 十六届) left out.
pub fn without_terms_zh(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if NUMERALS.contains(chars[i]) {
            let end = i + chars[i..].iter().take_while(|c| NUMERALS.contains(**c)).count();
            if chars.get(end) == Some(&'届') {
                if out.last() == Some(&'第') {
                    out.pop();
                }
                i = end + 1;
                continue;
            }
            out.extend(&chars[i..end]);
            i = end;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out.into_iter().collect()
}

/// The English with its ordinals and the space after them ("16th ") left out.
pub fn without_terms_en(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let word_start = rest[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let digits = rest[start..].chars().take_while(char::is_ascii_digit).count();
        let after = &rest[start + digits..];
        let ordinal = ["st ", "nd ", "rd ", "th "].iter().find(|suffix| after.starts_with(**suffix));
        match ordinal {
            Some(suffix) if word_start => {
                out.push_str(&rest[..start]);
                rest = &after[suffix.len()..];
            }
            _ => {
                out.push_str(&rest[..start + digits]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads the institutions, refusing an entry without forms or a name, a form listed twice or
/// written with a term number, and a form the texts never use.
pub fn read_institutions(file: &str, text: &str, sessions: &[Session]) -> Result<Vec<Institution>, IngestError> {
    let parsed: InstitutionsFile = parse_toml(file, text)?;
    let mut seen = HashSet::new();
    let units: Vec<String> =
        sessions.iter().flat_map(|s| &s.documents).flat_map(chinese_units).map(|u| without_terms_zh(&u)).collect();
    let mut institutions = Vec::with_capacity(parsed.institutions.len());
    for entry in parsed.institutions {
        let at = line_at(text, entry.span().start);
        let institution = entry.into_inner();
        let error = |message: String| IngestError {
            file: file.to_string(),
            line: Some(at),
            kind: ErrorKind::Contradiction(message),
        };
        let english = institution.english.trim();
        if english.is_empty() || english.starts_with("the ") || !english.starts_with(|c: char| c.is_uppercase()) {
            return Err(error(format!(
                "«{}» is not a name: give it capitalised, without a leading “the”",
                institution.english
            )));
        }
        if institution.chinese.is_empty() {
            return Err(error(format!("«{}» has no Chinese form", institution.english)));
        }
        for form in &institution.chinese {
            if !seen.insert(form.clone()) {
                return Err(error(format!("«{form}» is listed twice")));
            }
            if without_terms_zh(form) != *form {
                return Err(error(format!("«{form}» has a term number: list the form without it")));
            }
            if !units.iter().any(|unit| unit.contains(form.as_str())) {
                return Err(error(format!("«{form}» does not occur in the texts")));
            }
        }
        institutions.push(institution);
    }
    Ok(institutions)
}

/// Every text of a document a reader sees in Chinese, as the translation pairs them: each title
/// line, the speaker, the salutation, the adoption note, the signature's issuer (its lines
/// joined: a name it breaks across lines is one name) and each paragraph.
pub fn chinese_units(document: &Document) -> Vec<String> {
    let mut units: Vec<String> = document.title.iter().map(|t| t.text.clone()).collect();
    units.extend(
        [&document.speaker, &document.salutation, &document.adoption_note]
            .into_iter()
            .flatten()
            .map(|s| s.text.clone()),
    );
    if let Some(signature) = &document.signature {
        units.push(signature.issuer.iter().map(|l| l.text.as_str()).collect());
    }
    units.extend(document.paragraphs.iter().map(|p| p.text.clone()));
    units
}

/// The institutions `chinese` names that `english` does not name with the table's words: each
/// with the form the Chinese has.
pub fn unnamed<'a>(chinese: &str, english: &str, institutions: &'a [Institution]) -> Vec<(&'a Institution, &'a str)> {
    institutions
        .iter()
        .filter_map(|institution| institution.named_in(chinese).map(|form| (institution, form)))
        .filter(|(institution, _)| !institution.named_in_english(english))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_numbers_are_set_aside_on_both_sides() {
        assert_eq!(without_terms_zh("衡阳市第十六届人民代表大会常务委员会"), "衡阳市人民代表大会常务委员会");
        assert_eq!(without_terms_zh("市十六届人大三次会议"), "市人大三次会议");
        assert_eq!(without_terms_zh("第三次会议，十七项指标"), "第三次会议，十七项指标");
        assert_eq!(
            without_terms_en("the Standing Committee of the 16th Hengyang Municipal People's Congress"),
            "the Standing Committee of the Hengyang Municipal People's Congress"
        );
        assert_eq!(without_terms_en("17 indicators, 2024 and the A16th"), "17 indicators, 2024 and the A16th");
    }

    #[test]
    fn an_institution_is_named_by_any_of_its_forms_and_only_by_its_english_name_as_written() {
        let court = Institution {
            english: "Hengyang Intermediate People's Court".to_string(),
            chinese: vec!["衡阳市中级人民法院".to_string(), "市中级人民法院".to_string()],
        };
        assert_eq!(court.named_in("会议要求，市中级人民法院要"), Some("市中级人民法院"));
        assert_eq!(court.named_in("各级人大"), None);
        assert!(court.named_in_english("the Hengyang Intermediate People's Court"));
        assert!(!court.named_in_english("the municipal intermediate people's court"));
        let institutions = [court];
        assert_eq!(unnamed("市中级人民法院", "the court", &institutions).len(), 1);
        assert!(unnamed("市中级人民法院", "the Hengyang Intermediate People's Court", &institutions).is_empty());
    }
}
