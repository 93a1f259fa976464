//! English search: words, not strings. A query in Latin letters matches the translation word by
//! word, each word compared by its Snowball English (Porter 2) stem, the stemmer tantivy uses
//! (`rust-stemmers`): `courts` finds *court*, `deliberate` finds *deliberated*. Hyphens, quotation
//! marks and other punctuation divide words, so `high quality development` finds
//! *high-quality development*, and case does not count. The query's last word may also be the
//! start of a word, so that a query being typed (`delib`) already finds *deliberated*.

use rust_stemmers::{Algorithm, Stemmer};
use std::ops::Range;

/// A word of a text: where it stands, and the forms it is compared by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// Lower case, typographic apostrophes as `'`.
    pub folded: String,
    /// The folded word's Snowball English stem.
    pub stem: String,
}

/// The words of `text`: runs of letters and digits, an apostrophe inside one included (*Party's*,
/// whose stem is *parti*, like *Party*).
pub fn words(text: &str) -> Vec<Word> {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut found = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let apostrophe = matches!(c, '\'' | '\u{2019}')
            && start.is_some()
            && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || apostrophe {
            start.get_or_insert(at);
            continue;
        }
        if let Some(begin) = start.take() {
            found.push(word(text, begin..at, &stemmer));
        }
    }
    if let Some(begin) = start {
        found.push(word(text, begin..text.len(), &stemmer));
    }
    found
}

fn word(text: &str, range: Range<usize>, stemmer: &Stemmer) -> Word {
    let folded: String = text[range.clone()]
        .chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    let stem = stemmer.stem(&folded).into_owned();
    Word { range, folded, stem }
}

/// Byte ranges of every place where the words of `query` stand in `text_words` one after another:
/// each by its stem, the last also as the start of a word.
pub fn find<'a>(text_words: &'a [Word], query: &'a [Word]) -> impl Iterator<Item = Range<usize>> + 'a {
    let length = query.len();
    let fits = move |at: usize| {
        query.iter().enumerate().all(|(i, asked)| {
            let Some(found) = text_words.get(at + i) else { return false };
            found.stem == asked.stem || (i + 1 == length && found.folded.starts_with(&asked.folded))
        })
    };
    let mut next = 0;
    (0..text_words.len()).filter_map(move |at| {
        if length == 0 || at < next || !fits(at) {
            return None;
        }
        next = at + length;
        Some(text_words[at].range.start..text_words[at + length - 1].range.end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches<'t>(text: &'t str, query: &str) -> Vec<&'t str> {
        let (text_words, query) = (words(text), words(query));
        find(&text_words, &query).map(|range| &text[range]).collect()
    }

    #[test]
    fn a_word_finds_its_other_forms_by_stem() {
        assert_eq!(matches("the Hengyang Intermediate People's Court", "courts"), ["Court"]);
        assert_eq!(matches("has heard and deliberated on", "deliberate"), ["deliberated"]);
        assert_eq!(matches("the Party's leadership", "party"), ["Party's"]);
    }

    #[test]
    fn hyphens_and_punctuation_divide_words() {
        assert_eq!(
            matches("promoting high-quality development of", "high quality development"),
            ["high-quality development"]
        );
        assert_eq!(matches("“one government, two yuan”", "government two"), ["government, two"]);
        assert_eq!(matches("Liu Yuegao", "liu yuegao"), ["Liu Yuegao"]);
    }

    #[test]
    fn the_last_word_may_be_the_start_of_a_word_as_a_query_is_typed() {
        assert_eq!(matches("has heard and deliberated on", "heard and delib"), ["heard and deliberated"]);
        assert_eq!(matches("action and practice", "act"), ["action"]);
    }

    #[test]
    fn a_match_starts_a_word_and_every_word_counts() {
        assert!(matches("the party's practice", "act").is_empty());
        assert!(matches("high standards of development", "high quality development").is_empty());
        assert!(matches("anything", "").is_empty());
    }

    #[test]
    fn ranges_are_bytes_of_the_text_and_do_not_overlap() {
        let text = "Court — court, courts";
        let found: Vec<_> = find(&words(text), &words("court")).collect();
        assert_eq!(found.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(), ["Court", "court", "courts"]);
        assert_eq!(found[1], 10..15);
    }
}
