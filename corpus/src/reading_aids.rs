//! The reading aids, computed natively from the corpus by well-kept libraries and checked against
//! a reviewed file (`reading-aids.toml`):
//!
//! - Traditional script: OpenCC's phrase-aware Simplified-to-Traditional conversion with
//!   Taiwan's standard character forms (`ferrous-opencc`, the `s2tw` configuration: 為, 眾, 裡;
//!   not `s2twp`, which also swaps vocabulary) of every text a reader sees, cut to a table of the
//!   corpus's words (see [`TraditionalTable`]), with the reviewed corrections.
//! - Pinyin: each text divided into words by `jieba-rs`; a word's reading from CC-CEDICT (through
//!   `chinese_dictionary`) when the dictionary gives it one reading, else character by character
//!   from the `pinyin` crate; the reviewed overrides last. Syllables of one word are joined, with
//!   an apostrophe before one that begins with a, o or e (dá'àn).
//! - Dictionary: CC-CEDICT's entries for every word of the corpus; a word it lacks must be a
//!   listed name (it gets its characters' entries) or have an entry of the project's own in the
//!   reviewed file, marked as such in its first sense.
//!
//! Each is written to a file of its own beside `corpus.json` (`make corpus`) and drift-tested.

use crate::apparatus::{line_at, parse_toml};
use crate::error::{ErrorKind, IngestError};
use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;
use jieba_rs::Jieba;
use pinyin::ToPinyin;
use renda_model::aids::{Dictionary, DictionaryEntry, TraditionalTable, Word, WordDivisions};
use renda_model::{Corpus, DocumentId, TextId};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use toml::Spanned;

/// The reviewed file, relative to the corpus folder.
pub const REVIEWED: &str = "reading-aids.toml";
/// Where the generated files go, relative to the corpus folder (the app serves them from `aids/`).
pub const FOLDER: &str = "aids";
/// The generated files, by the stem of their names (`file_name`).
pub const STEMS: [&str; 3] = ["traditional", "words", "dictionary"];

/// A generated file's name: its stem and the first 16 hex digits of its contents' SHA-256
/// (`words.0123456789abcdef.json`). An address then names one version of the data for good: a
/// tab of an older build asks for its own build's file (and hears that it is gone, rather than
/// being given another build's data under its name), and the service worker keeps a response
/// only when its bytes are what the name says (scripts/sw.js).
pub fn file_name(stem: &str, contents: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(contents.as_bytes());
    let hex: String = digest.iter().take(8).map(|byte| format!("{byte:02x}")).collect();
    format!("{stem}.{hex}.json")
}

/// CC-CEDICT's licence asks for this wherever its entries are shown or shared.
pub const ATTRIBUTION: &str = "CC-CEDICT (https://cc-cedict.org), by MDBG and its contributors, licensed CC BY-SA 4.0 \
(https://creativecommons.org/licenses/by-sa/4.0/); the entries of the words this corpus uses, through the \
chinese_dictionary crate 2.1.8, unchanged. Entries whose first sense starts “(Renda Reader's …)” are the \
project's own (corpus/reading-aids.toml): for words CC-CEDICT lacks, and the glossary's sense of a word \
placed before CC-CEDICT's.";

/// `reading-aids.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviewed {
    /// Corrections to OpenCC's conversion, for this corpus.
    #[serde(default, rename = "traditional")]
    pub traditional: Vec<Spanned<TraditionalFix>>,
    /// Readings that the dictionary and the `pinyin` crate both get wrong here.
    #[serde(default, rename = "reading")]
    pub readings: Vec<Spanned<ReadingFix>>,
    /// Words of the corpus CC-CEDICT lacks that are names (of people, places, campaigns).
    #[serde(default)]
    pub names: Vec<String>,
    /// Words CC-CEDICT has that the segmenter cuts (性 | 侵): kept whole.
    #[serde(default)]
    pub whole: Vec<String>,
    /// Entries of the project's own: for words CC-CEDICT lacks (kept whole in the division), or,
    /// from the glossary, before CC-CEDICT's entries of a word whose sense here it lacks.
    #[serde(default, rename = "entry")]
    pub entries: Vec<Spanned<OwnEntry>>,
    /// Phrases divided otherwise than the segmenter divides them, wherever they occur.
    #[serde(default, rename = "division")]
    pub divisions: Vec<Spanned<DivisionFix>>,
    /// Words CC-CEDICT has only as something the text does not mean (a place's name, where the
    /// text has two words): divided into their characters.
    #[serde(default)]
    pub split: Vec<String>,
}

/// `[[traditional]]`: wherever `simplified` occurs, the Traditional text has `traditional`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TraditionalFix {
    pub simplified: String,
    pub traditional: String,
    pub why: String,
}

/// `[[entry]]`: the project's own dictionary entry for `word`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnEntry {
    pub word: String,
    pub traditional: String,
    /// In tone marks, a space between syllables (CC-CEDICT's form; erhua as a syllable `r`).
    pub pinyin: String,
    pub senses: Vec<String>,
    /// The glossary's term this sense comes from (`glossary.toml`), if it does.
    #[serde(default)]
    pub glossary: Option<String>,
    /// Where the sense comes from and why the entry is needed.
    pub why: String,
}

/// How an entry of the project's own is marked in the data: its first sense starts so.
pub const OWN_MARK: &str = "(Renda Reader's own entry, not CC-CEDICT)";
/// How an entry from the glossary is marked.
pub const GLOSSARY_MARK: &str = "(Renda Reader's glossary, not CC-CEDICT)";

/// `[[division]]`: wherever `phrase` occurs, it is divided into `words`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DivisionFix {
    pub phrase: String,
    pub words: Vec<String>,
    pub why: String,
}

/// `[[reading]]`: the word `word`, where it stands inside `context` (or anywhere), reads
/// `pinyin` (tone marks, no spaces).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingFix {
    pub word: String,
    #[serde(default)]
    pub context: Option<String>,
    pub pinyin: String,
    pub why: String,
}

/// The three generated files' contents.
#[derive(Debug)]
pub struct ReadingAids {
    pub traditional: TraditionalTable,
    pub words: WordDivisions,
    pub dictionary: Dictionary,
}

impl ReadingAids {
    /// The files to write, as (name, JSON), compact: they are fetched over the network.
    pub fn files(&self) -> serde_json::Result<Vec<(String, String)>> {
        let contents = [
            serde_json::to_string(&self.traditional)?,
            serde_json::to_string(&self.words)?,
            serde_json::to_string(&self.dictionary)?,
        ];
        Ok(STEMS.into_iter().zip(contents).map(|(stem, json)| (file_name(stem, &json), json)).collect())
    }
}

/// Every text of the corpus a reader sees in Chinese, by key: the documents' units, then the
/// other strings the interface shows (titles, formulations, names and roles), each under its
/// own text as key.
pub fn corpus_texts(corpus: &Corpus) -> Vec<(String, &str)> {
    let mut texts = Vec::new();
    for session in &corpus.sessions {
        texts.push((session.title.clone(), session.title.as_str()));
        texts.push((session.body.clone(), session.body.as_str()));
        for document in &session.documents {
            texts.push((document.short_title.clone(), document.short_title.as_str()));
            let id = DocumentId::of(session, document);
            texts.extend(
                document
                    .texts()
                    .into_iter()
                    .map(|text| (TextId { document: id, unit: text.unit }.to_string(), text.chinese)),
            );
        }
    }
    for formulation in &corpus.glossary {
        texts.push((formulation.term.clone(), formulation.term.as_str()));
        texts.push((formulation.explanation.clone(), formulation.explanation.as_str()));
    }
    for person in &corpus.people {
        texts.push((person.name.clone(), person.name.as_str()));
        texts.push((person.role.clone(), person.role.as_str()));
    }
    texts
}

/// Whether a character is a Chinese character (the CJK ideograph blocks).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// Builds the three aids for a corpus, under the reviewed file (`file` names it in errors).
pub fn build(corpus: &Corpus, file: &str, reviewed_text: &str) -> Result<ReadingAids, IngestError> {
    let reviewed: Reviewed = parse_toml(file, reviewed_text)?;
    let error = |offset: usize, message: String| IngestError {
        file: file.to_string(),
        line: Some(line_at(reviewed_text, offset)),
        kind: ErrorKind::ReadingAids(message),
    };
    let whole_file =
        |message: String| IngestError { file: file.to_string(), line: None, kind: ErrorKind::ReadingAids(message) };
    let texts = corpus_texts(corpus);
    // Every text of a document is set word by word (its heading and signature as its paragraphs);
    // the interface's other strings (titles in lists, formulations, names) are not.
    let unit_keys: BTreeSet<String> = corpus
        .sessions
        .iter()
        .flat_map(|s| s.documents.iter().map(move |d| (s, d)))
        .flat_map(|(s, d)| {
            d.texts()
                .into_iter()
                .map(move |text| TextId { document: DocumentId::of(s, d), unit: text.unit }.to_string())
        })
        .collect();
    // Words kept whole: people's names (the segmenter would cut 刘正兴 into 刘 | 正兴), words
    // CC-CEDICT has that the segmenter cuts, and the words of the project's own entries.
    let own: BTreeSet<&str> = reviewed.entries.iter().map(|e| e.get_ref().word.as_str()).collect();
    let kept: BTreeSet<&str> =
        reviewed.names.iter().chain(&reviewed.whole).map(String::as_str).chain(own.iter().copied()).collect();
    let mut jieba = Jieba::new();
    for word in &kept {
        jieba.add_word(word, None, None);
    }
    let mut divisions_used = vec![false; reviewed.divisions.len()];
    let mut divided: Vec<(String, &str, Vec<&str>)> = Vec::with_capacity(texts.len());
    for (key, text) in &texts {
        let words: Vec<&str> = jieba
            .cut(text, false)
            .into_iter()
            .flat_map(|t| {
                if kept.contains(t.word) {
                    vec![t.word]
                } else {
                    dictionary_words(t.word, &own, &reviewed.split)
                }
            })
            .collect();
        let words = redivided(text, words, &reviewed.divisions, &mut divisions_used, &error)?;
        divided.push((key.clone(), *text, words));
    }
    if let Some(unused) = divisions_used.iter().position(|u| !u) {
        let fix = &reviewed.divisions[unused];
        return Err(error(fix.span().start, format!("«{}» does not occur in the corpus", fix.get_ref().phrase)));
    }
    for word in &reviewed.whole {
        if !in_dictionary(word) {
            return Err(whole_file(format!(
                "«{word}» is listed as whole but CC-CEDICT lacks it: give it an [[entry]]"
            )));
        }
    }
    for entry in &reviewed.entries {
        let (at, entry) = (entry.span().start, entry.get_ref());
        match &entry.glossary {
            Some(term) if !corpus.glossary.iter().any(|f| f.term == *term) => {
                return Err(error(at, format!("«{term}» is not a term of the glossary")));
            }
            None if in_dictionary(&entry.word) => {
                return Err(error(
                    at,
                    format!("CC-CEDICT has «{}»: only a glossary's sense may stand first", entry.word),
                ));
            }
            _ => {}
        }
        if entry.traditional.chars().count() != entry.word.chars().count() || entry.senses.is_empty() {
            return Err(error(at, format!("the entry for «{}» needs its Traditional form and a sense", entry.word)));
        }
    }

    let traditional = traditional_table(&divided, &reviewed, &error, &whole_file)?;
    // Pinyin and look-up are for the documents' texts, where a reader reads. A listed word need
    // only stand somewhere in the corpus (a name may stand in a list's title alone).
    let everywhere: BTreeSet<&str> = divided.iter().flat_map(|(_, _, words)| words.iter().copied()).collect();
    let units: Vec<(String, &str, Vec<&str>)> =
        divided.into_iter().filter(|(key, _, _)| unit_keys.contains(key)).collect();
    let words = word_divisions(&units, &reviewed, &error)?;
    let dictionary = dictionary(&units, &everywhere, &reviewed, &whole_file)?;
    Ok(ReadingAids { traditional, words, dictionary })
}

/// OpenCC's conversion of each text, with the reviewed corrections, cut to a table.
fn traditional_table(
    divided: &[(String, &str, Vec<&str>)],
    reviewed: &Reviewed,
    error: &impl Fn(usize, String) -> IngestError,
    whole_file: &impl Fn(String) -> IngestError,
) -> Result<TraditionalTable, IngestError> {
    let opencc = OpenCC::from_config(BuiltinConfig::S2tw).map_err(|e| whole_file(format!("OpenCC s2tw: {e}")))?;
    let mut used = vec![false; reviewed.traditional.len()];
    let mut targets = Vec::with_capacity(divided.len());
    for (key, text, _) in divided {
        let mut converted: Vec<char> = opencc.convert(text).chars().collect();
        let original: Vec<char> = text.chars().collect();
        if converted.len() != original.len() {
            return Err(whole_file(format!("OpenCC changes the length of «{key}»: add a [[traditional]] correction")));
        }
        for (i, fix) in reviewed.traditional.iter().enumerate() {
            let fix_at = fix.span().start;
            let fix = fix.get_ref();
            let (from, to): (Vec<char>, Vec<char>) =
                (fix.simplified.chars().collect(), fix.traditional.chars().collect());
            if from.len() != to.len() || from.is_empty() {
                return Err(error(fix_at, format!("«{}» and «{}» differ in length", fix.simplified, fix.traditional)));
            }
            for start in 0..original.len().saturating_sub(from.len() - 1) {
                if original[start..start + from.len()] == from[..] {
                    converted[start..start + from.len()].copy_from_slice(&to);
                    used[i] = true;
                }
            }
        }
        targets.push((*text, converted.into_iter().collect::<String>()));
    }
    if let Some(unused) = used.iter().position(|u| !u) {
        let fix = &reviewed.traditional[unused];
        return Err(error(fix.span().start, format!("«{}» does not occur in the corpus", fix.get_ref().simplified)));
    }

    // Single characters as the corpus most often has them; words as each stands in its text.
    let mut counts: HashMap<char, BTreeMap<char, usize>> = HashMap::new();
    let mut table = TraditionalTable::default();
    for ((_, _, words), (text, target)) in divided.iter().zip(&targets) {
        for (s, t) in text.chars().zip(target.chars()) {
            *counts.entry(s).or_default().entry(t).or_default() += 1;
        }
        let target: Vec<char> = target.chars().collect();
        let mut at = 0;
        for word in words {
            let length = word.chars().count();
            let converted: String = target[at..at + length].iter().collect();
            if converted != *word && TraditionalTable::fits(word) {
                table.words.entry(word.to_string()).or_insert(converted);
            }
            at += length;
        }
    }
    table.characters = counts
        .into_iter()
        .filter_map(|(s, forms)| {
            let (&most, _) = forms.iter().max_by_key(|(form, count)| (**count, std::cmp::Reverse(**form)))?;
            (most != s).then_some((s, most))
        })
        .collect();

    // Where the table's reading of a text still differs (a word converting differently in two
    // texts, a character against its majority), the pair of characters around each difference
    // is added, until the table gives every text exactly; a pair that conflicts is an error.
    for _ in 0..4 {
        let mut added = false;
        for (text, target) in &targets {
            let got: Vec<char> = table.convert(text).chars().collect();
            let want: Vec<char> = target.chars().collect();
            let source: Vec<char> = text.chars().collect();
            for i in (0..source.len()).filter(|&i| got[i] != want[i]) {
                let (start, end) = if i + 1 < source.len() { (i, i + 2) } else { (i.saturating_sub(1), i + 1) };
                let pair: String = source[start..end].iter().collect();
                let converted: String = want[start..end].iter().collect();
                match table.words.get(&pair) {
                    Some(existing) if *existing != converted => {
                        return Err(whole_file(format!(
                            "«{pair}» converts to «{existing}» in one text and «{converted}» in another: add a [[traditional]] correction"
                        )))
                    }
                    Some(_) => {}
                    None => {
                        table.words.insert(pair, converted);
                        added = true;
                    }
                }
            }
        }
        if !added {
            break;
        }
    }
    if let Some((text, _)) = targets.iter().find(|(text, target)| table.convert(text) != *target) {
        return Err(whole_file(format!("the Traditional table does not reproduce OpenCC's conversion of «{text}»")));
    }
    Ok(table)
}

/// A text's words with the reviewed divisions applied: wherever a phrase occurs, the words that
/// overlap it are cut at its edges and it is divided as reviewed.
fn redivided<'t>(
    text: &'t str,
    words: Vec<&'t str>,
    fixes: &[Spanned<DivisionFix>],
    used: &mut [bool],
    error: &impl Fn(usize, String) -> IngestError,
) -> Result<Vec<&'t str>, IngestError> {
    let mut boundaries: BTreeSet<usize> = words
        .iter()
        .scan(0, |at, word| {
            *at += word.len();
            Some(*at)
        })
        .chain([0])
        .collect();
    for (i, fix) in fixes.iter().enumerate() {
        let (fix_at, fix) = (fix.span().start, fix.get_ref());
        if fix.words.concat() != fix.phrase || fix.words.iter().any(String::is_empty) {
            return Err(error(fix_at, format!("the words of «{}» do not make it up", fix.phrase)));
        }
        for (start, _) in text.match_indices(fix.phrase.as_str()) {
            used[i] = true;
            let end = start + fix.phrase.len();
            boundaries.retain(|b| *b <= start || *b >= end);
            let mut at = start;
            boundaries.insert(at);
            for word in &fix.words {
                at += word.len();
                boundaries.insert(at);
            }
        }
    }
    let boundaries: Vec<usize> = boundaries.into_iter().collect();
    Ok(boundaries.windows(2).map(|pair| &text[pair[0]..pair[1]]).collect())
}

/// Whether CC-CEDICT has the word.
fn in_dictionary(word: &str) -> bool {
    chinese_dictionary::query_by_simplified(word).iter().any(|entry| entry.simplified == word)
}

/// A segmenter's word as CC-CEDICT's words: itself if the dictionary has it, else cut from the
/// left into the longest words it has (the segmenter's compounds, 圆满完成, are not dictionary
/// words, but a learner looks up 圆满 and 完成). A character the dictionary lacks stands alone.
fn dictionary_words<'w>(word: &'w str, own: &BTreeSet<&str>, split: &[String]) -> Vec<&'w str> {
    let whole = |candidate: &str| {
        (own.contains(candidate) || in_dictionary(candidate)) && !split.iter().any(|s| s == candidate)
    };
    if !word.chars().any(is_han) || whole(word) {
        return vec![word];
    }
    let starts: Vec<usize> = word.char_indices().map(|(i, _)| i).chain([word.len()]).collect();
    let mut words = Vec::new();
    let mut at = 0;
    while at + 1 < starts.len() {
        let end = (at + 2..starts.len()).rev().find(|&end| whole(&word[starts[at]..starts[end]])).unwrap_or(at + 1);
        words.push(&word[starts[at]..starts[end]]);
        at = end;
    }
    words
}

/// Syllables as one word is written: joined, but a capitalized syllable (a name within a name,
/// 中华 | 人民 | 共和国) starts a word of its own: Zhōnghuá Rénmín Gònghéguó; and a syllable that
/// begins with a, o or e after another is set off by an apostrophe: dá'àn, cǎo'àn, yì'àn.
pub fn joined(syllables: &str) -> String {
    let mut word = String::new();
    for syllable in syllables.split_whitespace() {
        if !word.is_empty() && !word.ends_with(' ') {
            if syllable.starts_with(char::is_uppercase) {
                word.push(' ');
            } else if syllable.starts_with(begins_with_vowel) {
                word.push('\'');
            }
        }
        word.push_str(syllable);
    }
    word
}

/// Whether a syllable starting with this letter needs the apostrophe after another syllable: a,
/// o, e, with or without a tone mark.
fn begins_with_vowel(c: char) -> bool {
    "aāáǎàoōóǒòeēéěè".contains(c)
}

/// A word's reading from CC-CEDICT, when it gives one.
fn dictionary_reading(word: &str) -> Option<String> {
    let readings: BTreeSet<String> = chinese_dictionary::query_by_simplified(word)
        .into_iter()
        .filter(|entry| entry.simplified == word)
        .map(|entry| joined(&entry.pinyin_marks))
        .collect();
    // A name's capitalized reading beside a common word's: the common word's.
    let common: Vec<&String> = readings.iter().filter(|r| !r.starts_with(char::is_uppercase)).collect();
    match (readings.len(), common.as_slice()) {
        (1, _) => readings.into_iter().next(),
        (_, [one]) => Some((*one).clone()),
        _ => None,
    }
}

/// A word's reading character by character, from the `pinyin` crate's most frequent readings.
fn character_reading(word: &str) -> String {
    let syllables: Vec<String> =
        word.chars().map(|c| c.to_pinyin().map_or_else(|| c.to_string(), |p| p.with_tone().to_string())).collect();
    joined(&syllables.join(" "))
}

/// A Chinese name (family name of one character, then the given name) as pinyin writes it:
/// Liú Yuègāo.
fn name_reading(name: &str) -> String {
    let capitalized = |syllables: String| {
        let mut chars = syllables.chars();
        chars.next().map(|first| first.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
    };
    let mut chars = name.chars();
    let family: String = chars.next().map(|c| character_reading(&c.to_string())).unwrap_or_default();
    format!("{} {}", capitalized(family), capitalized(character_reading(chars.as_str())))
}

/// Each text divided into words, with their readings.
fn word_divisions(
    divided: &[(String, &str, Vec<&str>)],
    reviewed: &Reviewed,
    error: &impl Fn(usize, String) -> IngestError,
) -> Result<WordDivisions, IngestError> {
    let mut used = vec![false; reviewed.readings.len()];
    let mut readings: HashMap<&str, String> = HashMap::new();
    // A word's own entry gives its reading (the first, where it has several).
    let mut own: HashMap<&str, &str> = HashMap::new();
    for entry in reviewed.entries.iter().rev() {
        own.insert(entry.get_ref().word.as_str(), entry.get_ref().pinyin.as_str());
    }
    let mut texts = BTreeMap::new();
    for (key, text, words) in divided {
        let mut at = 0;
        let mut divisions = Vec::with_capacity(words.len());
        for word in words {
            let start = at;
            at += word.len();
            let reading = if word.chars().any(is_han) {
                let fix = reviewed.readings.iter().enumerate().find(|(_, fix)| {
                    let fix = fix.get_ref();
                    fix.word == *word && fix.context.as_deref().is_none_or(|context| within(text, start, word, context))
                });
                match fix {
                    Some((i, fix)) => {
                        used[i] = true;
                        fix.get_ref().pinyin.clone()
                    }
                    None if reviewed.names.iter().any(|n| n == word) => name_reading(word),
                    None if own.contains_key(word) => joined(own[word]),
                    None => readings
                        .entry(word)
                        .or_insert_with(|| dictionary_reading(word).unwrap_or_else(|| character_reading(word)))
                        .clone(),
                }
            } else {
                String::new()
            };
            divisions.push(Word(u32::try_from(word.chars().count()).unwrap_or(u32::MAX), reading));
        }
        texts.insert(key.clone(), divisions);
    }
    if let Some(unused) = used.iter().position(|u| !u) {
        let fix = &reviewed.readings[unused];
        let message = format!("no text has «{}» where the reading override says", fix.get_ref().word);
        return Err(error(fix.span().start, message));
    }
    Ok(WordDivisions { texts })
}

/// Whether the word at byte `start` of `text` lies inside an occurrence of `context`.
fn within(text: &str, start: usize, word: &str, context: &str) -> bool {
    text.match_indices(context).any(|(at, _)| at <= start && start + word.len() <= at + context.len())
}

/// CC-CEDICT's entries for every Chinese word of the corpus; for a word it lacks (which must be
/// listed as a name or unknown), its characters' entries.
fn dictionary(
    divided: &[(String, &str, Vec<&str>)],
    everywhere: &BTreeSet<&str>,
    reviewed: &Reviewed,
    whole_file: &impl Fn(String) -> IngestError,
) -> Result<Dictionary, IngestError> {
    let words: BTreeSet<&str> =
        divided.iter().flat_map(|(_, _, words)| words.iter().copied()).filter(|w| w.chars().any(is_han)).collect();
    let listed: BTreeSet<&str> = reviewed.names.iter().map(String::as_str).collect();
    // The project's own entries first (marked in their first sense), then CC-CEDICT's.
    let lookup = |word: &str| -> Vec<DictionaryEntry> {
        let own = reviewed.entries.iter().map(Spanned::get_ref).filter(|e| e.word == word).map(|e| {
            let mark = if e.glossary.is_some() { GLOSSARY_MARK } else { OWN_MARK };
            let mut senses = e.senses.clone();
            senses[0] = format!("{mark} {}", senses[0]);
            DictionaryEntry { traditional: e.traditional.clone(), pinyin: e.pinyin.clone(), senses }
        });
        own.chain(
            chinese_dictionary::query_by_simplified(word).into_iter().filter(|entry| entry.simplified == word).map(
                |entry| DictionaryEntry {
                    traditional: entry.traditional.clone(),
                    pinyin: entry.pinyin_marks.clone(),
                    senses: entry.english.clone(),
                },
            ),
        )
        .collect()
    };
    let mut entries = BTreeMap::new();
    let mut missing = Vec::new();
    for word in &words {
        let found = if listed.contains(word) { Vec::new() } else { lookup(word) };
        if found.is_empty() {
            if !listed.contains(word) {
                missing.push(*word);
            }
            for c in word.chars().filter(|c| is_han(*c)) {
                let character = c.to_string();
                let found = lookup(&character);
                if !found.is_empty() {
                    entries.insert(character, found);
                }
            }
        } else {
            entries.insert(word.to_string(), found);
        }
    }
    if !missing.is_empty() {
        return Err(whole_file(format!(
            "CC-CEDICT lacks these words of the corpus: list each under names, or give it an [[entry]]: {}",
            missing.iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(", ")
        )));
    }
    if let Some(stale) = reviewed.split.iter().find(|w| !in_dictionary(w)) {
        return Err(whole_file(format!("«{stale}» is listed to split, but CC-CEDICT does not have it")));
    }
    if let Some(stale) = listed.iter().find(|w| !everywhere.contains(*w)) {
        return Err(whole_file(format!("«{stale}» is listed but is not a word of the corpus")));
    }
    if let Some(name) = listed.iter().find(|w| in_dictionary(w)) {
        return Err(whole_file(format!("«{name}» is listed as missing from CC-CEDICT, which has it")));
    }
    let stale =
        reviewed.whole.iter().map(String::as_str).chain(reviewed.entries.iter().map(|e| e.get_ref().word.as_str()));
    if let Some(stale) = stale.into_iter().find(|w| !words.contains(w)) {
        return Err(whole_file(format!("«{stale}» is kept whole but is not a word of the paragraphs")));
    }
    Ok(Dictionary { attribution: ATTRIBUTION.to_string(), entries })
}
