//! The paragraphs' English apart from the corpus. It is most of what the corpus weighs beyond the
//! Chinese, and a reader of a Chinese page never reads it, so the app embeds the corpus without
//! it and fetches this file the first time a page shows English (its headers' English stays in
//! the corpus: lists, titles and the signature show it, and it is small).

use crate::{aids::AidFile, Corpus};
use serde::Serialize;
use std::fmt;

/// Every paragraph's English, by document and paragraph number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, miniserde::Deserialize)]
pub struct Translation {
    pub documents: Vec<TranslatedDocument>,
}

/// One document's paragraphs in English, in the document's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, miniserde::Deserialize)]
pub struct TranslatedDocument {
    pub slug: String,
    pub paragraphs: Vec<TranslatedParagraph>,
}

/// A paragraph's [`ParagraphEnglish`](crate::ParagraphEnglish) under its number. The notes are
/// written even when there are none: miniserde, which reads the file in the app, has no default
/// for a missing field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, miniserde::Deserialize)]
pub struct TranslatedParagraph {
    pub number: u32,
    pub text: String,
    pub notes: Vec<String>,
}

/// A translation that names a text the corpus does not have: the file is of another build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownText {
    pub slug: String,
    /// The paragraph, when the document is there but it is not.
    pub paragraph: Option<u32>,
}

impl fmt::Display for UnknownText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.paragraph {
            Some(number) => {
                write!(f, "the translation has paragraph {number} of {}, which the corpus does not", self.slug)
            }
            None => write!(f, "the translation has a document {}, which the corpus does not", self.slug),
        }
    }
}

impl std::error::Error for UnknownText {}

impl Corpus {
    /// Takes the paragraphs' English out of the corpus (the build embeds what is left).
    pub fn take_translation(&mut self) -> Translation {
        let documents = self.sessions.iter_mut().flat_map(|session| &mut session.documents);
        let documents = documents.filter_map(|document| {
            let paragraphs: Vec<TranslatedParagraph> = document
                .paragraphs
                .iter_mut()
                .filter_map(|paragraph| {
                    let english = paragraph.english.take()?;
                    Some(TranslatedParagraph { number: paragraph.number, text: english.text, notes: english.notes })
                })
                .collect();
            (!paragraphs.is_empty()).then(|| TranslatedDocument { slug: document.slug.clone(), paragraphs })
        });
        Translation { documents: documents.collect() }
    }

    /// The corpus with the paragraphs' English put back.
    pub fn with_translation(mut self, translation: Translation) -> Result<Corpus, UnknownText> {
        for translated in translation.documents {
            let document = self
                .sessions
                .iter_mut()
                .flat_map(|session| &mut session.documents)
                .find(|document| document.slug == translated.slug)
                .ok_or_else(|| UnknownText { slug: translated.slug.clone(), paragraph: None })?;
            for TranslatedParagraph { number, text, notes } in translated.paragraphs {
                let paragraph = document
                    .paragraphs
                    .iter_mut()
                    .find(|paragraph| paragraph.number == number)
                    .ok_or_else(|| UnknownText { slug: translated.slug.clone(), paragraph: Some(number) })?;
                paragraph.english = Some(crate::ParagraphEnglish { text, notes });
            }
        }
        Ok(self)
    }
}

impl AidFile for Translation {
    fn from_json(json: &str) -> Result<Self, String> {
        crate::aids::read(json, "translation")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn committed() -> Corpus {
        Corpus::from_json(include_str!("../../corpus/corpus.json")).expect("the committed corpus loads")
    }

    #[test]
    fn taking_the_translation_out_and_putting_it_back_gives_the_corpus_again() {
        let full = committed();
        let mut chinese = full.clone();
        let translation = chinese.take_translation();
        assert!(translation.documents.len() >= 8, "{} documents translated", translation.documents.len());
        let paragraphs = chinese.sessions.iter().flat_map(|s| &s.documents).flat_map(|d| &d.paragraphs);
        assert!(paragraphs.clone().all(|p| p.english.is_none()), "no paragraph keeps its English");
        assert!(chinese.sessions[0].documents.iter().all(|d| d.english.is_some()), "the headers keep theirs");
        assert_eq!(chinese.with_translation(translation).expect("it fits"), full);
    }

    #[test]
    fn the_file_reads_in_the_app_as_it_was_written() {
        let translation = committed().take_translation();
        let json = serde_json::to_string(&translation).expect("written");
        assert_eq!(Translation::from_json(&json).expect("read with miniserde"), translation);
        let error = Translation::from_json("<!doctype html><title>Sign in</title>").expect_err("a portal's page");
        assert!(error.contains("translation") && error.contains("HTML"), "{error}");
    }

    #[test]
    fn a_translation_of_another_build_is_refused_with_the_text_it_names() {
        let mut corpus = committed();
        let mut translation = corpus.take_translation();
        translation.documents[0].paragraphs[0].number = 999;
        let slug = translation.documents[0].slug.clone();
        let error = corpus.clone().with_translation(translation).expect_err("no paragraph 999");
        assert_eq!(error, UnknownText { slug: slug.clone(), paragraph: Some(999) });
        assert!(error.to_string().contains(&format!("paragraph 999 of {slug}")), "{error}");
        let stranger = TranslatedDocument { slug: "no-such-document".into(), paragraphs: Vec::new() };
        let error = corpus.with_translation(Translation { documents: vec![stranger] }).expect_err("no such document");
        assert_eq!(error.paragraph, None);
    }
}
