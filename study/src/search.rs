//! Exact search on characters, for Chinese: any substring matches, including one that crosses
//! a word boundary (there is no segmentation to miss it). Width variants are folded on both
//! sides and a query in Traditional characters is converted to Simplified, each by a
//! one-to-one character mapping, so that offsets in the folded text are offsets in the
//! original text too.
//!
//! A query in Latin letters (no Chinese character in it) searches the English translation
//! instead, its header lines and paragraphs, word by word ([`crate::english`]): `courts` finds
//! *court*, `high quality development` finds *high-quality development*.

use crate::english::{self, Word};
use renda_model::{Corpus, Document, DocumentId, Paragraph};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::OnceLock;

/// Where in a document a searchable text stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A body paragraph, by its number.
    Paragraph(u32),
    /// A header field (title line, speaker, adoption note, signature line…), by its index in
    /// [`header_fields`]. (Not by source line: a resolution's meeting and subject lines share
    /// one.)
    Header(usize),
    /// A body paragraph's English translation, by the paragraph's number.
    English(u32),
    /// A header field's English translation, by its index in [`english_header_fields`].
    EnglishHeader(usize),
}

impl Place {
    /// Whether the place is in the English translation.
    pub fn is_english(self) -> bool {
        matches!(self, Place::English(_) | Place::EnglishHeader(_))
    }
}

/// One searchable text: a paragraph or a header field.
#[derive(Debug, Clone)]
struct Entry<'c> {
    document: DocumentId<'c>,
    place: Place,
    /// Whether the reading text leaves it out or sets it apart (a repetition or a news report).
    set_aside: bool,
    /// Whether the text is English (a translation), which only a Latin query searches.
    english: bool,
    /// The text as the corpus has it.
    text: &'c str,
    /// The text, folded (Chinese texts).
    folded: String,
    /// The text's words (English texts), divided when an English query first comes: most readers
    /// never ask one.
    words: OnceLock<Vec<Word>>,
}

/// A match: which text, and the byte range of the match in that text as the corpus has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'c> {
    pub document: DocumentId<'c>,
    pub place: Place,
    pub range: Range<usize>,
}

/// The folded texts of a corpus, built once.
#[derive(Debug, Clone)]
pub struct SearchIndex<'c> {
    entries: Vec<Entry<'c>>,
    /// Every character of the folded texts.
    characters: BTreeSet<char>,
    /// The corpus's Traditional characters, each with its Simplified one.
    traditional: &'c BTreeMap<char, char>,
}

/// Folds a character for matching: full-width ASCII forms to ASCII, the ideographic space to a
/// space, half-width CJK punctuation to its usual form, ASCII letters to lower case. One
/// character always becomes one character.
pub fn fold_char(c: char) -> char {
    let folded = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{FF61}' => '。',
        '\u{FF62}' => '「',
        '\u{FF63}' => '」',
        '\u{FF64}' => '、',
        // Typographic apostrophes, as the translation writes them, match a typed one.
        '\u{2019}' | '\u{2018}' => '\'',
        _ => c,
    };
    folded.to_ascii_lowercase()
}

/// Folds a text character by character.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

impl<'c> SearchIndex<'c> {
    /// Indexes every header field and paragraph of the corpus.
    pub fn new(corpus: &'c Corpus) -> SearchIndex<'c> {
        let mut entries = Vec::new();
        for session in &corpus.sessions {
            for document in &session.documents {
                let id = DocumentId::of(session, document);
                let mut push = |place: Place, set_aside, text: &'c str| {
                    let english = place.is_english();
                    let folded = if english { String::new() } else { fold(text) };
                    entries.push(Entry {
                        document: id,
                        place,
                        set_aside,
                        english,
                        text,
                        folded,
                        words: OnceLock::new(),
                    })
                };
                for (i, (text, _)) in header_fields(document).into_iter().enumerate() {
                    push(Place::Header(i), false, text);
                }
                for (i, text) in english_header_fields(document).into_iter().enumerate() {
                    push(Place::EnglishHeader(i), false, text);
                }
                for paragraph in &document.paragraphs {
                    push(Place::Paragraph(paragraph.number), is_set_aside(paragraph), &paragraph.text);
                }
                for paragraph in &document.paragraphs {
                    if let Some(english) = &paragraph.english {
                        push(Place::English(paragraph.number), is_set_aside(paragraph), &english.text);
                    }
                }
            }
        }
        let characters = entries.iter().filter(|e| !e.english).flat_map(|e| e.folded.chars()).collect();
        SearchIndex { entries, characters, traditional: &corpus.traditional }
    }

    /// A query as it is matched: folded, surrounding white space dropped, and each character
    /// the texts do not have converted from Traditional to Simplified. A character the texts
    /// have is kept as it is (conversion tables also map some Simplified characters to variants,
    /// 捍 to 扞, which would make them unfindable).
    pub fn normalize_query(&self, query: &str) -> String {
        query
            .trim()
            .chars()
            .map(fold_char)
            .map(|c| if self.characters.contains(&c) { c } else { self.traditional.get(&c).copied().unwrap_or(c) })
            .collect()
    }

    /// Every character of the folded Chinese texts: what a Chinese query can match.
    pub fn characters(&self) -> &BTreeSet<char> {
        &self.characters
    }

    /// Every match of `query`, in corpus order. Texts the reading text sets aside (repeated
    /// passages, news-report lines) are searched only with `include_set_aside`.
    pub fn search(&self, query: &str, include_set_aside: bool) -> Vec<Hit<'c>> {
        self.search_where(query, include_set_aside, |_| true)
    }

    /// Every match of `query` in one document, in reading order of its texts.
    pub fn search_document(&self, query: &str, include_set_aside: bool, document: DocumentId) -> Vec<Hit<'c>> {
        self.search_where(query, include_set_aside, |entry| entry.document == document)
    }

    fn search_where(&self, query: &str, include_set_aside: bool, keep: impl Fn(&Entry) -> bool) -> Vec<Hit<'c>> {
        let needle = self.normalize_query(query);
        if needle.is_empty() {
            return Vec::new();
        }
        let english = searches_english(&needle);
        let query_words = if english { english::words(&needle) } else { Vec::new() };
        let mut hits = Vec::new();
        for entry in
            self.entries.iter().filter(|e| e.english == english && (include_set_aside || !e.set_aside) && keep(e))
        {
            let hit = |range| Hit { document: entry.document, place: entry.place, range };
            if english {
                let words = entry.words.get_or_init(|| english::words(entry.text));
                hits.extend(english::find(words, &query_words).map(hit));
            } else {
                hits.extend(find_all(entry.text, &entry.folded, &needle).map(hit));
            }
        }
        hits
    }

    /// Bytes the index holds on the heap (its entries and their folded texts), for reporting
    /// its memory; the corpus texts it points into are not counted.
    pub fn heap_bytes(&self) -> usize {
        let entries = self.entries.capacity() * std::mem::size_of::<Entry>();
        let characters = self.characters.len() * std::mem::size_of::<char>();
        let words = |e: &Entry| {
            e.words.get().map_or(0, |words| {
                words.capacity() * std::mem::size_of::<Word>()
                    + words.iter().map(|w| w.folded.capacity() + w.stem.capacity()).sum::<usize>()
            })
        };
        entries + characters + self.entries.iter().map(|e| e.folded.capacity() + words(e)).sum::<usize>()
    }

    /// Number of texts indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Whether a query searches the English translation: it has a Latin letter and no Chinese
/// character (a query mixing the two can match neither text, and is searched as Chinese).
pub fn searches_english(query: &str) -> bool {
    query.chars().any(|c| c.is_ascii_alphabetic()) && !query.chars().any(is_chinese)
}

/// Whether a character is a CJK ideograph (the unified blocks and their extensions).
fn is_chinese(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}')
}

/// Whether the reading text leaves a paragraph out (a repetition) or sets it apart (a report).
fn is_set_aside(paragraph: &Paragraph) -> bool {
    paragraph.duplicate_of().is_some() || paragraph.is_interpolation()
}

/// The document a hit is in and the text it is in.
pub fn hit_text<'c>(corpus: &'c Corpus, hit: &Hit) -> Option<(&'c Document, &'c str)> {
    let (_, document) = corpus.find(hit.document)?;
    let text = match hit.place {
        Place::Paragraph(n) => document.paragraph(n)?.text.as_str(),
        Place::English(n) => document.paragraph(n)?.english.as_ref()?.text.as_str(),
        Place::Header(index) => header_fields(document).get(index)?.0,
        Place::EnglishHeader(index) => english_header_fields(document).get(index).copied()?,
    };
    Some((document, text))
}

/// How many of [`header_fields`] stand in the document's heading (title lines, speaker,
/// adoption note); the rest are its signature's issuer lines, which follow the body.
pub fn heading_field_count(document: &Document) -> usize {
    document.title.len() + usize::from(document.speaker.is_some()) + usize::from(document.adoption_note.is_some())
}

/// A document's header fields with their source lines, in reading order.
pub fn header_fields(document: &Document) -> Vec<(&str, u32)> {
    let mut fields: Vec<(&str, u32)> = document.title.iter().map(|t| (t.text.as_str(), t.line)).collect();
    fields.extend(document.speaker.iter().map(|s| (s.text.as_str(), s.line)));
    fields.extend(document.adoption_note.iter().map(|a| (a.text.as_str(), a.line)));
    if let Some(signature) = &document.signature {
        fields.extend(signature.issuer.iter().map(|l| (l.text.as_str(), l.line)));
    }
    fields
}

/// A document's English header lines, in the order its heading and signature show them: the
/// title lines, the speaker, the adoption note, then the signature's issuer lines. (The date
/// lines are not searched, in English as in Chinese.)
pub fn english_header_fields(document: &Document) -> Vec<&str> {
    let Some(english) = &document.english else { return Vec::new() };
    let mut fields: Vec<&str> = english.title.iter().map(String::as_str).collect();
    fields.extend(english.speaker.as_deref());
    fields.extend(english.adoption_note.as_deref());
    fields.extend(english.signature.iter().map(String::as_str));
    fields
}

/// How many of [`english_header_fields`] stand in the document's heading; the rest are its
/// signature's.
pub fn english_heading_field_count(document: &Document) -> usize {
    document.english.as_ref().map_or(0, |english| {
        english.title.len() + usize::from(english.speaker.is_some()) + usize::from(english.adoption_note.is_some())
    })
}

/// Byte ranges in `text` of every non-overlapping occurrence of `needle` in `folded` (the
/// folded `text`). Folding maps characters one to one, so the n-th character of `folded` is the
/// n-th of `text`; one pass over both, in step, converts the folded offsets.
fn find_all<'a>(text: &'a str, folded: &'a str, needle: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut cursor = Cursor { text: text.char_indices(), folded_at: 0, text_at: 0 };
    folded.match_indices(needle).map(move |(start, found)| {
        let start_in_text = cursor.advance_to(folded, start);
        let end_in_text = cursor.advance_to(folded, start + found.len());
        start_in_text..end_in_text
    })
}

/// Walks a text and its folded form in step, one character at a time.
struct Cursor<'a> {
    text: std::str::CharIndices<'a>,
    folded_at: usize,
    text_at: usize,
}

impl Cursor<'_> {
    /// Moves to byte `target` of the folded text (a character boundary at or after the cursor)
    /// and returns the byte offset of the same character in the original text.
    fn advance_to(&mut self, folded: &str, target: usize) -> usize {
        for c in folded[self.folded_at..target].chars() {
            self.folded_at += c.len_utf8();
            self.text_at = match self.text.next() {
                Some((i, original)) => i + original.len_utf8(),
                None => self.text_at,
            };
        }
        self.text_at
    }
}

/// A keyword-in-context line: up to `width` characters either side of the match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kwic {
    pub before: String,
    pub hit: String,
    pub after: String,
}

/// The context of `range` in `text`, cut to `width` characters each side, with an ellipsis
/// where it is cut.
pub fn kwic(text: &str, range: Range<usize>, width: usize) -> Kwic {
    let (Some(before_all), Some(hit), Some(after_all)) =
        (text.get(..range.start), text.get(range.clone()), text.get(range.end..))
    else {
        return Kwic { before: String::new(), hit: String::new(), after: String::new() };
    };
    let skip = before_all.chars().count().saturating_sub(width);
    let mut before: String = before_all.chars().skip(skip).collect();
    if skip > 0 {
        before.insert(0, '…');
    }
    let mut after: String = after_all.chars().take(width).collect();
    if after_all.chars().count() > width {
        after.push('…');
    }
    Kwic { before, hit: hit.to_string(), after }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_of(text: &'static str) -> (Corpus, &'static str) {
        let json = format!(
            r#"{{"schema_version": {v}, "sessions": [{{"id": "s", "title": "t", "body": "b", "term": 1, "meeting": 1,
            "closing_date": "2023-12-27", "source": {{"file": "f", "sha256": "x"}}, "documents": [{{
            "slug": "d", "kind": "resolution", "short_title": "决议", "title": [{{"text": "关于政府工作报告的决议", "line": 1}}],
            "speaker": null, "date": null, "salutation": null, "adoption_note": null, "signature": null, "notes": [], "source": [],
            "paragraphs": [{{"number": 1, "text": {text:?}, "lines": [3], "notes": []}}]}}]}}], "glossary": [], "people": [],
            "traditional": {{"質": "质", "發": "发", "陽": "阳"}}}}"#,
            v = renda_model::SCHEMA_VERSION
        );
        (Corpus::from_json(&json).expect("fixture corpus"), text)
    }

    fn matches(text: &'static str, query: &str) -> Vec<&'static str> {
        let (corpus, text) = index_of(text);
        let index = SearchIndex::new(&corpus);
        index
            .search(query, false)
            .into_iter()
            .filter(|h| h.place == Place::Paragraph(1))
            .map(|h| &text[h.range])
            .collect()
    }

    #[test]
    fn any_substring_matches_even_across_word_boundaries() {
        let text = "大力实施“制造立市、文旅兴城”发展战略";
        assert_eq!(matches(text, "市、文旅"), ["市、文旅"]);
        assert_eq!(matches(text, "施“制"), ["施“制"]);
        assert_eq!(matches(text, "战略"), ["战略"]);
    }

    #[test]
    fn width_variants_fold_both_ways() {
        let text = "补选杨青青（女）、周海生为委员，1—11月，A类市州";
        assert_eq!(matches(text, "青青(女)"), ["青青（女）"]);
        assert_eq!(matches(text, "１—１１月"), ["1—11月"]);
        assert_eq!(matches(text, "a类"), ["A类"]);
        assert_eq!(matches(text, "委员,"), ["委员，"]);
    }

    /// (The fixture's table holds the three Traditional characters; the ingest writes the real one.)
    #[test]
    fn a_traditional_query_finds_the_simplified_text() {
        let text = "推动高质量发展，奋力谱写衡阳篇章";
        assert_eq!(matches(text, "高質量發展"), ["高质量发展"]);
        assert_eq!(matches(text, "衡陽"), ["衡阳"]);
    }

    #[test]
    fn there_are_no_false_hits() {
        let text = "一府一委两院和各单位";
        assert!(matches(text, "一府两院").is_empty());
        assert!(matches(text, "").is_empty());
        assert!(matches(text, "   ").is_empty());
        assert_eq!(matches(text, "院院").len(), 0);
    }

    #[test]
    fn every_occurrence_is_found_with_byte_offsets_of_the_original_text() {
        let (corpus, text) = index_of("（甲）乙，（甲）乙。ＡＢ甲");
        let index = SearchIndex::new(&corpus);
        let hits = index.search("(甲)", false);
        let ranges: Vec<_> = hits.iter().map(|h| h.range.clone()).collect();
        assert_eq!(ranges, [0..9, 15..24]);
        assert!(ranges.iter().all(|r| &text[r.clone()] == "（甲）"));
        let after_wide: Vec<_> = index.search("ab甲", false).into_iter().map(|h| &text[h.range]).collect();
        assert_eq!(after_wide, ["ＡＢ甲"]);
    }

    #[test]
    fn header_fields_are_searched_too() {
        let (corpus, _) = index_of("正文。");
        let hits = SearchIndex::new(&corpus).search("政府工作", false);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].place, Place::Header(0));
        let (document, text) = hit_text(&corpus, &hits[0]).expect("resolves");
        assert_eq!((document.slug.as_str(), &text[hits[0].range.clone()]), ("d", "政府工作"));
    }

    #[test]
    fn keyword_in_context_cuts_on_characters_with_ellipses() {
        let text = "一二三四五六七八九十";
        let start = text.find('五').expect("present");
        let line = kwic(text, start..start + '五'.len_utf8(), 2);
        assert_eq!(line, Kwic { before: "…三四".into(), hit: "五".into(), after: "六七…".into() });
        let whole = kwic(text, 0..3, 20);
        assert_eq!((whole.before.as_str(), whole.after.as_str()), ("", "二三四五六七八九十"));
        assert_eq!(kwic(text, 1..4, 2).hit, "", "a range off character boundaries gives nothing, not a panic");
    }
}
