//! The reading aids as committed: what `make corpus` writes, Traditional conversions and readings
//! checked against reviewed lists, and a dictionary that holds exactly the paragraphs' words.

use renda_ingest::corpus_dir::build_all;
use renda_ingest::reading_aids;
use renda_model::aids::{word_ranges, Dictionary, TraditionalTable, WordDivisions};
use renda_model::{Corpus, DocumentId, TextId, Unit};
use std::collections::BTreeSet;
use std::path::Path;

fn dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The committed aids' files, by name.
fn committed_aids() -> Vec<String> {
    let folder = std::fs::read_dir(dir().join(reading_aids::FOLDER)).expect("the aids' folder is committed");
    folder.filter_map(Result::ok).map(|entry| entry.file_name().to_string_lossy().into_owned()).collect()
}

/// The committed aid of this stem (its name carries its contents' hash).
fn read<T: serde::de::DeserializeOwned>(stem: &str) -> T {
    let name =
        committed_aids().into_iter().find(|name| name.starts_with(&format!("{stem}."))).expect("the aid is committed");
    let text = std::fs::read_to_string(dir().join(reading_aids::FOLDER).join(name)).expect("the aid reads");
    serde_json::from_str(&text).expect("the aid parses")
}

fn corpus() -> Corpus {
    Corpus::from_json(include_str!("../corpus.json")).expect("the corpus loads")
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

#[test]
fn the_committed_aids_are_what_a_fresh_build_writes_and_nothing_else() {
    let mut built = Vec::new();
    for (path, contents) in build_all(dir()).expect("the corpus and its aids build") {
        let committed = std::fs::read_to_string(dir().join(&path)).unwrap_or_default();
        assert!(committed == contents, "corpus/{} is stale: run `make corpus`", path.display());
        built.extend(path.strip_prefix(reading_aids::FOLDER).ok().map(|name| name.to_string_lossy().into_owned()));
    }
    let mut committed = committed_aids();
    committed.sort();
    built.sort();
    assert_eq!(committed, built, "corpus/aids/ holds exactly the aids a fresh build writes: run `make corpus`");
}

#[test]
fn an_aid_file_is_named_by_its_stem_and_its_contents() {
    assert_eq!(reading_aids::file_name("words", ""), "words.e3b0c44298fc1c14.json", "SHA-256 of nothing");
    assert_ne!(reading_aids::file_name("words", "[]"), reading_aids::file_name("words", "{}"));
}

#[test]
fn reviewed_words_convert_to_traditional_and_no_text_changes_length() {
    let table: TraditionalTable = read("traditional");
    for (simplified, traditional) in [
        ("发展", "發展"),
        ("干部", "幹部"),
        ("制造", "製造"),
        ("人民代表大会", "人民代表大會"),
        ("衡阳市第十六届人民代表大会第三次会议", "衡陽市第十六屆人民代表大會第三次會議"),
        ("一府一委两院", "一府一委兩院"),
        ("只争朝夕", "只爭朝夕"),
        ("干出来的", "幹出來的"),
        // Taiwan's standard forms (OpenCC's s2tw), not s2t's 爲, 衆, 啓, 羣; and no s2twp vocabulary.
        ("作为", "作為"),
        ("以习近平同志为核心", "以習近平同志為核心"),
        ("众志成城", "眾志成城"),
        ("广大干部群众", "廣大幹部群眾"),
        ("承上启下", "承上啟下"),
        ("朝着", "朝著"),
        ("顺利通过", "順利通過"),
        // The reviewed corrections of OpenCC (reading-aids.toml).
        ("重塑大城衡阳历史荣光", "重塑大城衡陽歷史榮光"),
        ("讲话称以此系统解决", "講話稱以此系統解決"),
        ("在新征程上", "在新征程上"),
        ("“湘商回归”", "“湘商回歸”"),
        ("关键时期挑大梁", "關鍵時期挑大梁"),
    ] {
        assert_eq!(table.convert(simplified), traditional);
    }
    let corpus = corpus();
    let mut texts = 0;
    for session in &corpus.sessions {
        for document in &session.documents {
            for text in document.texts().into_iter().map(|text| text.chinese) {
                let converted = table.convert(text);
                assert_eq!(converted.chars().count(), text.chars().count(), "{text}");
                assert!(!converted.contains(['爲', '衆', '徵', '迴']), "s2t's forms, or a reviewed error: {converted}");
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
    let divisions = &words.texts
        [&TextId { document: DocumentId::of(session, document), unit: Unit::Paragraph(number) }.to_string()];
    word_ranges(text, divisions)
        .expect("the words cover the paragraph")
        .into_iter()
        .map(|(r, reading)| (&text[r], reading))
        .collect()
}

#[test]
fn polyphones_read_right_in_context() {
    let corpus = corpus();
    let words: WordDivisions = read("words");
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
    assert_eq!(read_as(&procuratorate, "检察长", 0), "jiǎncházhǎng", "检察长 whole, with the project's entry");
    assert_eq!(read_as(&procuratorate, "刘兴无", 0), "Liú Xīngwú", "a name is kept whole and written as a name");
    assert_eq!(read_as(&speech(16), "习近平", 0), "Xí Jìnpíng");
    // Erhua, and the apostrophe before a syllable that begins with a, o or e.
    let p4 = speech(4);
    assert_eq!(read_as(&p4, "家底儿", 0), "jiādǐr");
    assert_eq!(read_as(&p4, "更", 0), "gèng", "“钱袋子”更鼓: 更 | 鼓, not 更鼓 (the night watch's drum)");
    assert_eq!(read_as(&p4, "鼓", 0), "gǔ");
    assert_eq!(read_as(&speech(7), "乘势而上", 0), "chéngshì'érshàng");
    for (slug, word, reading) in
        [("closing-speech", "答案", "dá'àn"), ("budget", "草案", "cǎo'àn"), ("closing-speech", "议案", "yì'àn")]
    {
        let all: Vec<_> = corpus
            .document(slug)
            .expect("document")
            .1
            .paragraphs
            .iter()
            .flat_map(|p| readings(&corpus, &words, slug, p.number))
            .collect();
        assert_eq!(read_as(&all, word, 0), reading);
    }
    // Words kept whole, and the reviewed divisions.
    let division = |slug: &str, number: u32, phrase: &str| -> Vec<String> {
        let all = readings(&corpus, &words, slug, number);
        let text: String = all.iter().map(|(w, _)| *w).collect();
        let start = text.find(phrase).expect("the phrase is in the paragraph");
        let mut at = 0;
        all.iter()
            .filter_map(|(w, _)| {
                let range = at..at + w.len();
                at += w.len();
                (range.start < start + phrase.len() && range.end > start).then(|| w.to_string())
            })
            .collect()
    };
    for (number, phrase, expected) in [
        (3, "承上启下", vec!["承上启下"]),
        (8, "实实在在", vec!["实实在在"]),
        (7, "真抓实干", vec!["真抓实干"]),
        (1, "求真务实", vec!["求真务实"]),
        (7, "创先争优", vec!["创先争优"]),
        (3, "二十大", vec!["二十大"]),
        (2, "新冠", vec!["新冠"]),
        (2, "性侵", vec!["性侵"]),
        (2, "赋能", vec!["赋能"]),
        (2, "惠民生", vec!["惠", "民生"]),
        (8, "争先进位", vec!["争先", "进位"]),
        (4, "更鼓", vec!["更", "鼓"]),
    ] {
        assert_eq!(division("closing-speech", number, phrase), expected, "{phrase}");
    }
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
    let words: WordDivisions = read("words");
    let dictionary: Dictionary = read("dictionary");
    assert!(dictionary.attribution.contains("CC-CEDICT") && dictionary.attribution.contains("CC BY-SA 4.0"));
    let reviewed: toml::Table = toml::from_str(include_str!("../reading-aids.toml")).expect("reviewed file");
    let listed: BTreeSet<String> = reviewed["names"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    let mut expected = BTreeSet::new();
    let session = &corpus.sessions[0];
    for document in &session.documents {
        for text in document.texts() {
            let key = TextId { document: DocumentId::of(session, document), unit: text.unit }.to_string();
            let divisions = words.texts.get(&key).unwrap_or_else(|| panic!("{key} is divided into words"));
            let ranges = word_ranges(text.chinese, divisions).expect("the words cover the text");
            for word in ranges.into_iter().map(|(range, _)| &text.chinese[range]) {
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
    assert_eq!(held, expected, "the documents' words, and the characters of the words CC-CEDICT lacks");
    assert!(dictionary.entries["发展"]
        .iter()
        .any(|e| e.pinyin == "fā zhǎn" && e.senses.iter().any(|s| s.contains("develop"))));
}

#[test]
fn the_project_s_own_entries_are_marked_and_the_glossary_s_sense_of_two_yuan_comes_first() {
    let dictionary: Dictionary = read("dictionary");
    let two_yuan = &dictionary.entries["两院"];
    assert!(two_yuan[0].senses[0].starts_with(renda_ingest::reading_aids::GLOSSARY_MARK), "{two_yuan:?}");
    assert!(two_yuan[0].senses[0].contains("procuratorate"));
    assert!(two_yuan[1..].iter().any(|e| e.senses.iter().any(|s| s.contains("legislative"))), "CC-CEDICT's follows");
    for word in ["承上启下", "二十大", "检察长", "家底儿", "进位"] {
        let entries = &dictionary.entries[word];
        assert_eq!(entries.len(), 1, "{word}");
        assert!(entries[0].senses[0].starts_with(renda_ingest::reading_aids::OWN_MARK), "{word}");
    }
    assert_eq!(dictionary.entries["家底儿"][0].pinyin, "jiā dǐ r");
    // CC-CEDICT's own entries carry no mark.
    assert!(dictionary.entries["发展"].iter().all(|e| !e.senses[0].starts_with("(Renda Reader")));
    assert!(dictionary.attribution.contains("project's own"));
}

/// corpus/review/verdicts.toml: every disagreement of the peer tools (`make review`), judged; the
/// aids must still give the reviewed answer in as many places as the review found it.
#[test]
fn the_aids_hold_the_reviewed_answers_to_the_peer_tools() {
    #[derive(serde::Deserialize)]
    struct Verdict {
        #[serde(default)]
        word: Option<String>,
        ours: String,
        peer: String,
        count: usize,
        verdict: String,
        why: String,
        #[serde(default)]
        was: Option<String>,
    }
    #[derive(serde::Deserialize)]
    struct Verdicts {
        pypinyin: Vec<Verdict>,
        jieba: Vec<Verdict>,
        #[serde(rename = "opencc-s2tw")]
        s2tw: Vec<Verdict>,
        #[serde(rename = "opencc-s2hk")]
        s2hk: Vec<Verdict>,
    }
    let verdicts: Verdicts = toml::from_str(include_str!("../review/verdicts.toml")).expect("verdicts");
    let corpus = corpus();
    let words: WordDivisions = read("words");
    let table: TraditionalTable = read("traditional");
    // Every paragraph's words, with readings and Traditional forms.
    let mut paragraphs = Vec::new();
    for document in &corpus.sessions[0].documents {
        for paragraph in &document.paragraphs {
            let all = readings(&corpus, &words, &document.slug, paragraph.number);
            let converted: Vec<char> = table.convert(&paragraph.text).chars().collect();
            let mut at = 0;
            let with_traditional: Vec<(String, String, String)> = all
                .iter()
                .map(|(w, r)| {
                    let n = w.chars().count();
                    let t: String = converted[at..at + n].iter().collect();
                    at += n;
                    (w.to_string(), r.to_string(), t)
                })
                .collect();
            paragraphs.push(with_traditional);
        }
    }
    let all = || paragraphs.iter().flatten();
    for v in verdicts.pypinyin.iter().chain(&verdicts.jieba).chain(&verdicts.s2tw).chain(&verdicts.s2hk) {
        assert!(
            ["ours", "changed"].contains(&v.verdict.as_str()) && !v.why.is_empty() && v.ours != v.peer
                || v.was.is_some()
        );
    }
    for v in &verdicts.pypinyin {
        let word = v.word.as_deref().expect("word");
        let held = all().filter(|(w, r, _)| w == word && *r == v.ours).count();
        assert!(held >= v.count, "«{word}» reads {} in {held} places, reviewed {}", v.ours, v.count);
    }
    for v in &verdicts.jieba {
        let ours: Vec<&str> = v.ours.split(" | ").collect();
        let held: usize = paragraphs
            .iter()
            .map(|p| {
                p.windows(ours.len())
                    .filter(|run| run.iter().map(|(w, _, _)| w.as_str()).eq(ours.iter().copied()))
                    .count()
            })
            .sum();
        assert!(held >= v.count, "«{}» divided so in {held} places, reviewed {}", v.ours, v.count);
    }
    for v in verdicts.s2tw.iter().chain(&verdicts.s2hk) {
        let word = v.word.as_deref().expect("word");
        let held = all().filter(|(w, _, t)| w == word && *t == v.ours).count();
        assert!(held >= v.count, "«{word}» converts to {} in {held} places, reviewed {}", v.ours, v.count);
    }
    assert_eq!(verdicts.s2tw.iter().filter(|v| v.verdict == "changed").count(), 1);
}
