//! The reading aids as committed: what `make corpus` writes, Traditional conversions and readings
//! checked against reviewed lists, and a dictionary that holds exactly the paragraphs' words.

use renda_ingest::corpus_dir::build_all;
use renda_model::aids::{text_key, unit, word_ranges, Dictionary, TraditionalTable, WordDivisions};
use renda_model::Corpus;
use std::collections::BTreeSet;
use std::path::Path;

fn dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let text = std::fs::read_to_string(dir().join("aids").join(name)).expect("the aid is committed");
    serde_json::from_str(&text).expect("the aid parses")
}

fn corpus() -> Corpus {
    Corpus::from_json(include_str!("../corpus.json")).expect("the corpus loads")
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

#[test]
fn the_committed_aids_are_what_a_fresh_build_writes() {
    for (path, contents) in build_all(dir()).expect("the corpus and its aids build") {
        let committed = std::fs::read_to_string(dir().join(&path)).unwrap_or_default();
        assert!(committed == contents, "corpus/{} is stale: run `make corpus`", path.display());
    }
}

#[test]
fn reviewed_words_convert_to_traditional_and_no_text_changes_length() {
    let table: TraditionalTable = read("traditional.json");
    for (simplified, traditional) in [
        ("发展", "發展"),
        ("干部", "幹部"),
        ("制造", "製造"),
        ("人民代表大会", "人民代表大會"),
        ("衡阳市第十六届人民代表大会第三次会议", "衡陽市第十六屆人民代表大會第三次會議"),
        ("一府一委两院", "一府一委兩院"),
        ("只争朝夕", "只爭朝夕"),
        ("干出来的", "幹出來的"),
        // The reviewed corrections of OpenCC (reading-aids.toml).
        ("重塑大城衡阳历史荣光", "重塑大城衡陽歷史榮光"),
        ("讲话称以此系统解决", "講話稱以此系統解決"),
    ] {
        assert_eq!(table.convert(simplified), traditional);
    }
    let corpus = corpus();
    let mut texts = 0;
    for session in &corpus.sessions {
        for document in &session.documents {
            for (_, text) in document.units() {
                assert_eq!(table.convert(text).chars().count(), text.chars().count(), "{text}");
                texts += 1;
            }
        }
    }
    assert!(texts > 40);
}

/// The words of a paragraph with their readings.
fn readings<'t>(corpus: &'t Corpus, words: &'t WordDivisions, slug: &str, number: u32) -> Vec<(&'t str, &'t str)> {
    let (session, document) = corpus.document(slug).expect("document");
    let text = &document.paragraph(number).expect("paragraph").text;
    let divisions = &words.texts[&text_key(&session.id, slug, &unit::paragraph(number))];
    word_ranges(text, divisions)
        .expect("the words cover the paragraph")
        .into_iter()
        .map(|(r, reading)| (&text[r], reading))
        .collect()
}

#[test]
fn polyphones_read_right_in_context() {
    let corpus = corpus();
    let words: WordDivisions = read("words.json");
    let speech = |n| readings(&corpus, &words, "closing-speech", n);
    let read_as = |all: &[(&str, &str)], word: &str, occurrence: usize| -> String {
        all.iter().filter(|(w, _)| *w == word).nth(occurrence).map(|(_, r)| r.to_string()).unwrap_or_default()
    };
    let p2 = speech(2);
    assert_eq!(read_as(&p2, "长期", 0), "chángqī");
    assert_eq!(read_as(&p2, "干部", 0), "gànbù");
    assert_eq!(read_as(&p2, "行动", 0), "xíngdòng");
    assert_eq!(read_as(&p2, "为", 0), "wéi", "以习近平…思想为指导");
    let p6 = speech(6);
    assert_eq!(read_as(&p6, "重要", 0), "zhòngyào");
    let p5 = speech(5);
    assert_eq!(read_as(&p5, "重塑", 0), "chóngsù");
    assert_eq!(read_as(&p5, "大", 0), "dà", "大城 is divided: the great city, not Dacheng county");
    let p15 = speech(15);
    assert_eq!(read_as(&p15, "为", 0), "wèi", "为人大代表依法履职: for");
    let p1 = speech(1);
    assert_eq!(read_as(&p1, "得", 0), "de");
    let government = readings(&corpus, &words, "government-work-report", 1);
    assert_eq!(read_as(&government, "市长", 0), "shìzhǎng");
    let procuratorate = readings(&corpus, &words, "procuratorate-report", 1);
    assert_eq!(read_as(&procuratorate, "长", 0), "zhǎng", "检察长, divided as 检察 | 长 (CC-CEDICT lacks it)");
    assert_eq!(read_as(&procuratorate, "刘兴无", 0), "Liú Xīngwú", "a name is kept whole and written as a name");
    assert_eq!(read_as(&speech(16), "习近平", 0), "Xí Jìnpíng");
    // Every word with a Chinese character has a reading, and nothing else has one.
    for session in &corpus.sessions {
        for document in &session.documents {
            for paragraph in &document.paragraphs {
                for (word, reading) in readings(&corpus, &words, &document.slug, paragraph.number) {
                    assert_eq!(word.chars().any(is_han), !reading.is_empty(), "«{word}» [{reading}]");
                }
            }
        }
    }
}

#[test]
fn the_dictionary_holds_exactly_the_corpus_words_or_the_characters_of_those_it_lacks() {
    let corpus = corpus();
    let words: WordDivisions = read("words.json");
    let dictionary: Dictionary = read("dictionary.json");
    assert!(dictionary.attribution.contains("CC-CEDICT") && dictionary.attribution.contains("CC BY-SA 4.0"));
    let reviewed: toml::Table = toml::from_str(include_str!("../reading-aids.toml")).expect("reviewed file");
    let listed: BTreeSet<String> = ["names", "unknown"]
        .iter()
        .flat_map(|key| reviewed[*key].as_array().cloned().unwrap_or_default())
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    let mut expected = BTreeSet::new();
    for document in &corpus.sessions[0].documents {
        for paragraph in &document.paragraphs {
            for (word, _) in readings(&corpus, &words, &document.slug, paragraph.number) {
                if !word.chars().any(is_han) {
                    continue;
                }
                if listed.contains(word) {
                    expected.extend(word.chars().map(String::from).filter(|c| dictionary.entries.contains_key(c)));
                } else {
                    assert!(dictionary.entries.contains_key(word), "«{word}» has entries");
                    expected.insert(word.to_string());
                }
            }
        }
    }
    let held: BTreeSet<String> = dictionary.entries.keys().cloned().collect();
    assert_eq!(held, expected, "the paragraphs' words, and the characters of the words CC-CEDICT lacks");
    assert!(dictionary.entries["发展"]
        .iter()
        .any(|e| e.pinyin == "fā zhǎn" && e.senses.iter().any(|s| s.contains("develop"))));
}
