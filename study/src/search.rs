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
use renda_model::{Corpus, Document, DocumentId, Paragraph, Unit};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::OnceLock;

/// Where in a document a searchable text stands: which text, and whether the hit is in its
/// English translation. Places order by unit, as the page shows them, and the Chinese of a unit
/// before its English. (A parallel page shows a heading's Chinese lines before their English;
/// numbering by this order holds because one query's hits are all in one language.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    pub unit: Unit,
    pub english: bool,
}

impl Place {
    pub fn chinese(unit: Unit) -> Place {
        Place { unit, english: false }
    }

    pub fn english(unit: Unit) -> Place {
        Place { unit, english: true }
    }

    /// The paragraph the place is in, if it is in one.
    pub fn paragraph(self) -> Option<u32> {
        self.unit.paragraph()
    }
}

/// One searchable text: a paragraph or a header field.
#[derive(Debug, Clone)]
struct Entry<'c> {
    document: DocumentId<'c>,
    place: Place,
    /// Whether the reading text leaves it out or sets it apart (a repetition or a news report).
    set_aside: bool,
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

/// A query's matches, set-aside passages included, and how many of them are in those.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mentions<'c> {
    pub hits: Vec<Hit<'c>>,
    pub set_aside: usize,
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
                let set_aside = |unit| match unit {
                    Unit::Paragraph(number) => document.paragraph(number).is_some_and(is_set_aside),
                    _ => false,
                };
                let texts: Vec<_> = document.texts().into_iter().filter(|text| text.unit.is_searched()).collect();
                let chinese = texts.iter().map(|text| (Place::chinese(text.unit), text.chinese));
                let english = texts.iter().filter_map(|text| Some((Place::english(text.unit), text.english?)));
                entries.extend(chinese.chain(english).map(|(place, text)| Entry {
                    document: id,
                    place,
                    set_aside: set_aside(place.unit),
                    text,
                    folded: if place.english { String::new() } else { fold(text) },
                    words: OnceLock::new(),
                }));
            }
        }
        let characters = entries.iter().filter(|e| !e.place.english).flat_map(|e| e.folded.chars()).collect();
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
        let found = self.matches(query, |entry| (include_set_aside || !entry.set_aside) && keep(entry));
        found.into_iter().map(|(hit, _)| hit).collect()
    }

    /// Every match of `query`, set-aside passages included, and how many of them are in set-aside
    /// passages (which a default search leaves out): as the search page counts them, in one pass.
    pub fn mentions(&self, query: &str) -> Mentions<'c> {
        let found = self.matches(query, |_| true);
        let set_aside = found.iter().filter(|(_, set_aside)| *set_aside).count();
        Mentions { hits: found.into_iter().map(|(hit, _)| hit).collect(), set_aside }
    }

    /// The matches of `query` in the texts `keep` keeps, each with whether its text is set aside.
    fn matches(&self, query: &str, keep: impl Fn(&Entry) -> bool) -> Vec<(Hit<'c>, bool)> {
        let needle = self.normalize_query(query);
        if needle.is_empty() {
            return Vec::new();
        }
        let english = searches_english(&needle);
        let query_words = if english { english::words(&needle) } else { Vec::new() };
        let mut hits = Vec::new();
        for entry in self.entries.iter().filter(|e| e.place.english == english && keep(e)) {
            let hit = |range| (Hit { document: entry.document, place: entry.place, range }, entry.set_aside);
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
    let text = document.text(hit.place.unit)?;
    Some((document, if hit.place.english { text.english? } else { text.chinese }))
}

/// The search hits in one text: their byte ranges, and the document-wide number of the first, so
/// that a page steps through a document's hits in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextHits {
    pub ranges: Vec<Range<usize>>,
    pub first: usize,
}

/// A query's hits in one document as its page marks them: by text and language, numbered in the
/// order the page shows them; and how many are in repetitions the reading text leaves out.
/// Together they are what the search page counts for the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentHits {
    texts: BTreeMap<Place, TextHits>,
    pub count: usize,
    /// Hits in repetitions the reading text leaves out (searched with set-aside passages only).
    pub in_repeats: usize,
}

impl DocumentHits {
    /// `hits` are a query's hits in `document`; a page that does not show a language (the
    /// reading mode's choice) leaves its hits unmarked and uncounted, as the hit bar could not
    /// step to them.
    pub fn mark(document: &Document, hits: Vec<Hit>, shows_chinese: bool, shows_english: bool) -> DocumentHits {
        let mut marked = DocumentHits::default();
        let repeated = |place: Place| {
            place.paragraph().is_some_and(|n| document.paragraph(n).is_some_and(|p| p.duplicate_of().is_some()))
        };
        let mut ranges: BTreeMap<Place, Vec<Range<usize>>> = BTreeMap::new();
        debug_assert!(hits.windows(2).all(|pair| pair[0].place.english == pair[1].place.english), "one language");
        for hit in hits {
            let shown = if hit.place.english { shows_english } else { shows_chinese };
            if !shown {
                continue;
            }
            if repeated(hit.place) {
                marked.in_repeats += 1;
            } else {
                ranges.entry(hit.place).or_default().push(hit.range);
            }
        }
        for (place, ranges) in ranges {
            let first = marked.count;
            marked.count += ranges.len();
            marked.texts.insert(place, TextHits { ranges, first });
        }
        marked
    }

    /// The hits in one text (none, where it has none).
    pub fn of(&self, place: Place) -> TextHits {
        self.texts.get(&place).cloned().unwrap_or_default()
    }
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
            .filter(|h| h.place == Place::chinese(Unit::Paragraph(1)))
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
        assert_eq!(hits[0].place, Place::chinese(Unit::Title(0)));
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
