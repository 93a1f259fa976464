//! The English translation: complete, keyed to units that exist, with the glossary's renderings
//! and the people's names, and refused with its file and line where it is not.

use renda_ingest::apparatus::Apparatus;
use renda_ingest::curated::{read_glossary, read_people};
use renda_ingest::error::{ErrorKind, IngestError};
use renda_ingest::ingest::ingest;
use renda_ingest::institutions::{read_institutions, Institution};
use renda_ingest::translation::read_translation;
use renda_model::{Corpus, Note, Session};

const RAW: &[u8] = include_bytes!("../raw/hengyang-16th-3rd-session.txt");
const APPARATUS: &str = include_str!("../apparatus/hengyang-16th-3rd-session.toml");
const TRANSLATION: &str = include_str!("../translations/hengyang-16th-3rd-session.en.toml");
const INSTITUTIONS: &str = include_str!("../institutions.toml");
const GLOSSARY: &str = include_str!("../glossary.toml");
const PEOPLE: &str = include_str!("../people.toml");

fn corpus() -> Corpus {
    Corpus::from_json(include_str!("../corpus.json")).expect("the committed corpus loads")
}

fn session() -> Session {
    let apparatus = Apparatus::parse("apparatus.toml", APPARATUS).expect("the apparatus parses");
    ingest("raw.txt", RAW, &apparatus).expect("the real source ingests")
}

/// The error reading `translation` over the real session, which must fail.
fn refused(translation: &str) -> IngestError {
    let corpus = corpus();
    read_translation("en.toml", translation, &mut session(), &corpus.glossary, &institutions(), &corpus.people)
        .expect_err("the translation is refused")
}

/// The reviewed institutions, read over the real session.
fn institutions() -> Vec<Institution> {
    read_institutions("institutions.toml", INSTITUTIONS, &[session()]).expect("the institutions are read")
}

/// The 1-based line of the first occurrence of `needle` in the real translation.
fn line_of(needle: &str) -> usize {
    let offset = TRANSLATION.find(needle).expect("the needle is in the translation");
    TRANSLATION[..offset].matches('\n').count() + 1
}

fn message(error: &IngestError) -> String {
    match &error.kind {
        ErrorKind::Translation(message) => message.clone(),
        other => panic!("expected a translation error, got {other:?}"),
    }
}

#[test]
fn every_unit_a_reader_sees_has_exactly_one_translation() {
    let corpus = corpus();
    for document in &corpus.sessions[0].documents {
        let english = document.english.as_ref().unwrap_or_else(|| panic!("{} has no translation", document.slug));
        assert_eq!(english.title.len(), document.title.len(), "{}", document.slug);
        assert!(!english.short_title.is_empty(), "{} has an English short title", document.slug);
        assert_eq!(english.speaker.is_some(), document.speaker.is_some(), "{}", document.slug);
        assert_eq!(english.date.is_some(), document.date.is_some(), "{}", document.slug);
        assert_eq!(english.salutation.is_some(), document.salutation.is_some(), "{}", document.slug);
        assert_eq!(english.adoption_note.is_some(), document.adoption_note.is_some(), "{}", document.slug);
        // The issuer line for line, or one name the Chinese breaks across lines in one line.
        let issuer = document.signature.as_ref().map_or(0, |s| s.issuer.len());
        assert!(english.signature.len() == issuer || (issuer > 0 && english.signature.len() == 1), "{}", document.slug);
        for paragraph in &document.paragraphs {
            let text = &paragraph.english.as_ref().expect("every paragraph is translated").text;
            assert!(!text.trim().is_empty() && !text.contains('\n'), "{} ¶{}", document.slug, paragraph.number);
        }
    }
    let entries = TRANSLATION.matches("[[document.paragraph]]").count();
    let paragraphs: usize = corpus.sessions[0].documents.iter().map(|d| d.paragraphs.len()).sum();
    assert_eq!(entries, paragraphs, "one entry per paragraph, none twice");
}

#[test]
fn every_formulation_is_rendered_as_the_glossary_renders_it() {
    let corpus = corpus();
    let mut checked = 0;
    for paragraph in corpus.sessions[0].documents.iter().flat_map(|d| &d.paragraphs) {
        let english = paragraph.english.as_ref().expect("translated");
        for formulation in corpus.glossary.iter().filter(|f| paragraph.text.contains(&f.term)) {
            let rendered = english.text.to_lowercase().contains(&formulation.english.to_lowercase());
            let excepted = english.notes.iter().any(|n| n.starts_with(&formulation.term));
            assert!(rendered || excepted, "«{}» in ¶{}: «{}»", formulation.term, paragraph.number, formulation.english);
            checked += 1;
        }
    }
    assert!(checked >= 60, "the formulations occur {checked} times");
}

#[test]
fn names_are_the_pinyin_of_people_toml() {
    let corpus = corpus();
    let session = &corpus.sessions[0];
    for person in &corpus.people {
        let mut found = 0;
        for document in &session.documents {
            for paragraph in document.paragraphs.iter().filter(|p| p.text.contains(&person.name)) {
                let english = &paragraph.english.as_ref().expect("translated").text;
                assert!(
                    english.contains(&person.name_en),
                    "{} in {} ¶{}",
                    person.name_en,
                    document.slug,
                    paragraph.number
                );
                found += 1;
            }
            if document.speaker.as_ref().is_some_and(|s| s.text.contains(&person.name)) {
                let speaker = document.english.as_ref().and_then(|e| e.speaker.as_ref()).expect("speaker translated");
                assert_eq!(speaker, &person.name_en);
                found += 1;
            }
        }
        assert!(found > 0, "{} is named somewhere", person.name);
    }
}

#[test]
fn a_missing_paragraph_is_refused_at_its_document_with_its_source_line() {
    let start = TRANSLATION.find("[[document.paragraph]]\nnumber = 3\n").expect("¶3 of the speech");
    let end = start + TRANSLATION[start + 1..].find("[[document.paragraph]]").expect("¶4 follows") + 1;
    let translation = format!("{}{}", &TRANSLATION[..start], &TRANSLATION[end..]);
    let error = refused(&translation);
    assert_eq!(error.file, "en.toml");
    assert_eq!(error.line, Some(line_of("slug = \"closing-speech\"") - 1), "the [[document]] line");
    assert!(message(&error).contains("«closing-speech» ¶3 (source line 19) has no translation"), "{error}");
}

#[test]
fn an_orphaned_or_doubled_entry_is_refused_where_it_stands() {
    let orphan = TRANSLATION.replacen("number = 16\n", "number = 17\n", 1);
    let error = refused(&orphan);
    assert!(message(&error).contains("«closing-speech» ¶17 does not exist"), "{error}");
    assert_eq!(error.line, Some(line_of("number = 16\n") - 1), "the entry's [[document.paragraph]] line");

    let doubled = TRANSLATION.replacen("number = 16\n", "number = 15\n", 1);
    assert!(message(&refused(&doubled)).contains("¶15 is translated twice"));

    let unknown = TRANSLATION.replacen("slug = \"budget\"", "slug = \"budgets\"", 1);
    let error = refused(&unknown);
    assert!(message(&error).contains("no document «budgets»"), "{error}");
    assert_eq!(error.line, Some(line_of("slug = \"budget\"") - 1));
}

#[test]
fn a_header_field_must_match_the_document() {
    let error = refused(&TRANSLATION.replacen("speaker = ", "# speaker = ", 1));
    assert!(message(&error).contains("has a speaker: translate it"), "{error}");
    let error = refused(&TRANSLATION.replacen("slug = \"plan\"\n", "slug = \"plan\"\nspeaker = \"Nobody\"\n", 1));
    assert!(message(&error).contains("has no speaker"), "{error}");
}

#[test]
fn a_formulation_or_a_name_rendered_otherwise_is_refused() {
    let error = refused(&TRANSLATION.replace("Xi Jinping Thought on the Rule of Law", "Xi's legal thought"));
    assert!(message(&error).contains("«习近平法治思想» is in the Chinese"), "{error}");
    let error = refused(&TRANSLATION.replace("Zhu Jian", "Mayor Zhu"));
    assert!(message(&error).contains("朱健 is named"), "{error}");
}

#[test]
fn a_rendering_exception_must_be_needed_and_explained() {
    let exception = "rendering_exceptions = [{ term = \"四个机关\", why = \"a test\" }]\n";
    let at = TRANSLATION.find("slug = \"standing-committee-report\"").expect("the resolution");
    let paragraph = at + TRANSLATION[at..].find("number = 2\n").expect("its ¶2");
    let with = |exception: &str| format!("{}{exception}{}", &TRANSLATION[..paragraph], &TRANSLATION[paragraph..]);
    assert!(message(&refused(&with(exception))).contains("is not needed"));
    let unknown = exception.replace("四个机关", "两个确立");
    assert!(message(&refused(&with(&unknown))).contains("which the paragraph does not have"));
}

#[test]
fn the_translation_must_name_its_session_and_language() {
    let error = refused(&TRANSLATION.replacen("language = \"en\"", "language = \"fr\"", 1));
    assert!(message(&error).contains("expected language «en»"), "{error}");
    assert_eq!(error.line, Some(line_of("[translation]")));
}

/// The 1-based line of the first occurrence of `needle` in `text`.
fn line_in(text: &str, needle: &str) -> usize {
    let offset = text.find(needle).unwrap_or_else(|| panic!("«{needle}» is in the file"));
    text[..offset].matches('\n').count() + 1
}

/// The offset of the `number`th [[document.paragraph]] of document `slug` in the translation.
fn paragraph_at(translation: &str, slug: &str, number: u32) -> usize {
    let document = translation.find(&format!("slug = \"{slug}\"")).expect("the document");
    document + translation[document..].find(&format!("number = {number}\n")).expect("the paragraph")
}

#[test]
fn every_institution_is_called_by_its_one_english_name_in_every_unit() {
    let corpus = corpus();
    let institutions = institutions();
    let mut checked = 0;
    for document in &corpus.sessions[0].documents {
        let english = document.english.as_ref().expect("translated");
        let mut units: Vec<(String, String)> =
            document.title.iter().map(|t| t.text.clone()).zip(english.title.iter().cloned()).collect();
        if let (Some(chinese), Some(translated)) = (&document.adoption_note, &english.adoption_note) {
            units.push((chinese.text.clone(), translated.clone()));
        }
        if let Some(signature) = &document.signature {
            units.push((signature.issuer.iter().map(|l| l.text.as_str()).collect(), english.signature.join(" ")));
        }
        for paragraph in &document.paragraphs {
            units.push((paragraph.text.clone(), paragraph.english.as_ref().expect("translated").text.clone()));
        }
        for (chinese, translated) in &units {
            for institution in &institutions {
                if let Some(form) = institution.named_in(chinese) {
                    assert!(
                        institution.named_in_english(translated),
                        "«{form}» in {}: «{}» lacks «{}»",
                        document.slug,
                        translated,
                        institution.english
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 60, "the institutions are named {checked} times");
    // Each name is written once, as a name: no unit writes it in lower case.
    for paragraph in corpus.sessions[0].documents.iter().flat_map(|d| &d.paragraphs) {
        let text = &paragraph.english.as_ref().expect("translated").text;
        for lower in ["standing committee of the", "municipal people's", "intermediate people's court", "party central"]
        {
            assert!(!text.contains(lower), "¶{} has «{lower}»: {text}", paragraph.number);
        }
    }
    for person in &corpus.people {
        for institution in institutions.iter().filter(|i| i.named_in(&person.role).is_some()) {
            assert!(institution.named_in_english(&person.role_en), "{}: {}", person.name, person.role_en);
        }
    }
}

#[test]
fn an_institution_not_called_by_its_name_is_refused_at_its_paragraph_or_header() {
    let named = "The session requires the Hengyang Intermediate People's Court to";
    let error =
        refused(&TRANSLATION.replacen(named, "The session requires the municipal intermediate people's court to", 1));
    assert_eq!(error.file, "en.toml");
    let entry = paragraph_at(TRANSLATION, "intermediate-court-report", 2);
    assert_eq!(error.line, Some(TRANSLATION[..entry].matches('\n').count()), "the entry's [[document.paragraph]] line");
    assert!(
        message(&error).contains(
            "«intermediate-court-report» ¶2: «市中级人民法院» is in the Chinese but its name «Hengyang Intermediate People's Court» is not in the translation"
        ),
        "{error}"
    );
    // The name is matched as written: in lower case it is not the name.
    let error =
        refused(&TRANSLATION.replacen(named, "The session requires the hengyang intermediate people's court to", 1));
    assert!(message(&error).contains("«市中级人民法院»"), "{error}");

    // A header: the title line is refused at its [[document]].
    let title = "Resolution on the Work Report of the Hengyang Municipal People's Procuratorate";
    let error = refused(&TRANSLATION.replacen(
        title,
        "Resolution on the Work Report of the Hengyang People's Procuratorate",
        1,
    ));
    assert_eq!(error.line, Some(line_of("slug = \"procuratorate-report\"") - 1), "the [[document]] line");
    assert!(message(&error).contains("«procuratorate-report» title: «衡阳市人民检察院» is in the Chinese"), "{error}");

    // An abbreviation takes the full name, not a shorter English form.
    let required = "The session requires the Standing Committee of the Hengyang Municipal People's Congress, under";
    let error = refused(&TRANSLATION.replacen(
        required,
        "The session requires the Municipal People's Congress Standing Committee, under",
        1,
    ));
    assert!(
        message(&error).contains("«standing-committee-report» ¶2: «市人大常委会» is in the Chinese but its name «Standing Committee of the Hengyang Municipal People's Congress»"),
        "{error}"
    );
    // A term number is set aside: “of the 16th” congress, the committee is named.
    let corpus = corpus();
    let sixteenth = TRANSLATION.replacen(
        required,
        "The session requires the Standing Committee of the 16th Hengyang Municipal People's Congress, under",
        1,
    );
    read_translation("en.toml", &sixteenth, &mut session(), &corpus.glossary, &institutions(), &corpus.people)
        .expect("a term number is no other name");
}

#[test]
fn an_institution_exception_is_shown_as_a_note_and_must_be_needed_and_explained() {
    let named = "The session requires the Hengyang Intermediate People's Court to";
    let unnamed = TRANSLATION.replacen(named, "The session requires the court to", 1);
    let at = paragraph_at(&unnamed, "intermediate-court-report", 2);
    let with = |translation: &str, exception: &str| format!("{}{exception}{}", &translation[..at], &translation[at..]);
    let exception = "institution_exceptions = [{ name = \"市中级人民法院\", why = \"a test\" }]\n";
    let corpus = corpus();
    let mut session = session();
    read_translation(
        "en.toml",
        &with(&unnamed, exception),
        &mut session,
        &corpus.glossary,
        &institutions(),
        &corpus.people,
    )
    .expect("an explained exception is accepted");
    let (_, court) =
        session.documents.iter().enumerate().find(|(_, d)| d.slug == "intermediate-court-report").expect("court");
    let notes = &court.paragraph(2).and_then(|p| p.english.as_ref()).expect("translated").notes;
    assert!(
        notes.contains(
            &"市中级人民法院 is not called here by its English name, “Hengyang Intermediate People's Court”: a test"
                .to_string()
        ),
        "{notes:?}"
    );

    let at_named = paragraph_at(TRANSLATION, "intermediate-court-report", 2);
    let needless = format!("{}{exception}{}", &TRANSLATION[..at_named], &TRANSLATION[at_named..]);
    let error = refused(&needless);
    assert!(message(&error).contains("the exception for «市中级人民法院» is not needed"), "{error}");
    let unexplained = exception.replace("a test", " ");
    assert!(message(&refused(&with(&unnamed, &unexplained))).contains("does not say why"));
    let elsewhere = exception.replace("市中级人民法院", "市人民检察院");
    assert!(message(&refused(&with(&unnamed, &elsewhere))).contains("which the paragraph does not name"));
}

#[test]
fn the_institutions_table_is_refused_where_it_does_not_fit_the_texts() {
    let sessions = [session()];
    let refused = |text: &str| read_institutions("institutions.toml", text, &sessions).expect_err("refused");
    let court = "chinese = [\"衡阳市中级人民法院\", \"市中级人民法院\"]";
    let cases = [
        (
            INSTITUTIONS.replacen(court, "chinese = [\"衡阳市中级人民法院\", \"区中级人民法院\"]", 1),
            "«区中级人民法院» does not occur in the texts",
        ),
        (INSTITUTIONS.replacen(court, "chinese = [\"衡阳市中级人民法院\", \"市委\"]", 1), "«市委» is listed twice"),
        (INSTITUTIONS.replacen(court, "chinese = [\"衡阳市第十六届人民代表大会\"]", 1), "has a term number"),
        (
            INSTITUTIONS.replacen(
                "english = \"Hengyang Intermediate People's Court\"",
                "english = \"the Hengyang Intermediate People's Court\"",
                1,
            ),
            "is not a name",
        ),
    ];
    for (text, expected) in cases {
        let error = refused(&text);
        assert_eq!(error.line, Some(line_in(INSTITUTIONS, court) - 2), "the [[institution]] line: {error}");
        assert!(matches!(&error.kind, ErrorKind::Contradiction(m) if m.contains(expected)), "{error}");
    }
}

#[test]
fn a_role_naming_an_institution_must_name_it_in_english() {
    let sessions = [session()];
    let institutions = institutions();
    read_people("people.toml", PEOPLE, &sessions, &institutions).expect("the reviewed roles name their institutions");
    let role = "role_en = \"president of the Hengyang Intermediate People's Court; delivered its work report\"";
    let text = PEOPLE.replacen(
        role,
        "role_en = \"president of the intermediate people's court; delivered its work report\"",
        1,
    );
    let error = read_people("people.toml", &text, &sessions, &institutions).expect_err("refused");
    assert_eq!(error.line, Some(line_in(PEOPLE, "name = \"胡建福\"") - 1), "the [[person]] line");
    assert!(
        matches!(&error.kind, ErrorKind::Translation(m) if m.contains("the role of 胡建福 has «市中级人民法院» but role_en lacks its name")),
        "{error}"
    );
}

#[test]
fn the_glossary_follows_the_order_a_reader_first_meets_its_terms() {
    let sessions = [session()];
    read_glossary("glossary.toml", GLOSSARY, &sessions).expect("the reviewed glossary is in order");
    // 高质量发展 (¶2, before 保交楼) listed after 保交楼 is refused at 高质量发展's entry.
    let block = |term: &str| {
        let start = GLOSSARY.find(&format!("[[term]]\nterm = \"{term}\"")).expect("the term");
        let end = start + 1 + GLOSSARY[start + 1..].find("[[term]]").expect("a next term");
        (start, end)
    };
    let (quality, delivery) = (block("高质量发展"), block("保交楼"));
    assert_eq!(quality.1, delivery.0, "the two are neighbours");
    let swapped = format!(
        "{}{}{}{}",
        &GLOSSARY[..quality.0],
        &GLOSSARY[delivery.0..delivery.1],
        &GLOSSARY[quality.0..quality.1],
        &GLOSSARY[delivery.1..]
    );
    let error = read_glossary("glossary.toml", &swapped, &sessions).expect_err("out of order");
    assert_eq!(error.line, Some(line_in(&swapped, "term = \"高质量发展\"") - 1));
    assert!(
        matches!(&error.kind, ErrorKind::Contradiction(m) if m.contains("«高质量发展» (first in «closing-speech» ¶2) comes before «保交楼»")),
        "{error}"
    );
}

/// Words that hedge: a note may use them only after its “Conjecture:”.
const HEDGES: [&str; 14] = [
    "probabl",
    "possibl",
    "perhaps",
    "maybe",
    "may be",
    "might",
    "likely",
    "seem",
    "suggest",
    "conjectur",
    "refers to",
    "presumabl",
    "apparent",
    "guess",
];
const HEDGES_ZH: [&str; 6] = ["疑", "推测", "可能", "或许", "似乎", "大概"];

/// The part of a note before its conjecture, and whether the label stands as the fixed wording
/// says: at the start of a sentence.
fn before_conjecture<'a>(note: &'a str, label: &str) -> &'a str {
    match note.find(label) {
        Some(at) => {
            let before = note[..at].trim_end();
            assert!(
                before.is_empty() || before.ends_with(['.', '。', '；', ';', '）', ')']),
                "«{label}» starts a sentence: {note}"
            );
            before
        }
        None => note,
    }
}

#[test]
fn conjectures_are_labelled_alike_in_every_note() {
    let corpus = corpus();
    let mut english: Vec<String> = Vec::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    for paragraph in corpus.sessions[0].documents.iter().flat_map(|d| &d.paragraphs) {
        english.extend(paragraph.english.as_ref().expect("translated").notes.iter().cloned());
        for note in &paragraph.notes {
            match note {
                Note::Lacuna { note, note_zh, .. }
                | Note::Interpolation { note, note_zh, .. }
                | Note::Sic { note, note_zh, .. } => pairs.push((note.clone(), note_zh.clone())),
                _ => {}
            }
        }
    }
    pairs.extend(corpus.glossary.iter().map(|f| (f.gloss.clone(), f.explanation.clone())));
    english.extend(pairs.iter().map(|(note, _)| note.clone()));
    let mut labelled = 0;
    for note in &english {
        let known = before_conjecture(note, "Conjecture:").to_lowercase();
        if let Some(hedge) = HEDGES.iter().find(|h| known.contains(*h)) {
            panic!("«{hedge}» outside a “Conjecture:” sentence: {note}");
        }
        labelled += usize::from(note.contains("Conjecture:"));
    }
    for (note, note_zh) in &pairs {
        let known = before_conjecture(note_zh, "推测：");
        if let Some(hedge) = HEDGES_ZH.iter().find(|h| known.contains(*h)) {
            panic!("«{hedge}» outside a “推测：” sentence: {note_zh}");
        }
        assert_eq!(note.contains("Conjecture:"), note_zh.contains("推测："), "labelled in both languages: {note}");
    }
    assert!(labelled >= 15, "{labelled} notes hold a conjecture");
}

#[test]
fn the_resolutions_shared_formulas_are_rendered_alike_and_in_the_present() {
    let corpus = corpus();
    let formulas = [
        ("衡阳市第十六届人民代表大会第三次会议听取和审议了", "The Third Session of the 16th Hengyang Municipal People's Congress has heard and deliberated on the "),
        ("会议充分肯定", "The session fully affirms the work of the "),
        ("同意报告提出的2024年工作安排，决定批准这个报告。", "agrees with the arrangements for work in 2024 set out in the report, and decides to approve the report."),
        ("会议认为", "The session holds that "),
        ("会议指出", "The session points out that "),
        ("会议号召", "The session calls on "),
        ("会议要求", "The session requires the "),
        ("衡阳市第十六届人民代表大会第三次会议经过审查，同意市人民政府提出的", "After examination, the Third Session of the 16th Hengyang Municipal People's Congress agrees with the “Report on "),
        ("提出的《", "” submitted by the Hengyang Municipal People's Government, and approves the 2024 "),
    ];
    let mut found = 0;
    for document in corpus.sessions[0].documents.iter().filter(|d| d.adoption_note.is_some()) {
        for paragraph in &document.paragraphs {
            let english = &paragraph.english.as_ref().expect("translated").text;
            for (chinese, rendered) in formulas.iter().filter(|(c, _)| paragraph.text.contains(c)) {
                assert!(
                    english.contains(rendered),
                    "«{chinese}» in {} ¶{}: {english}",
                    document.slug,
                    paragraph.number
                );
                found += 1;
            }
            for past in [
                "held that",
                "pointed out that",
                "called on",
                "required the",
                "fully affirmed",
                "decided to",
                "agreed with",
                "approved the",
            ] {
                assert!(!english.contains(past), "{} ¶{}: «{past}»", document.slug, paragraph.number);
            }
        }
    }
    assert_eq!(found, 22, "four report resolutions, the plan and the budget");
}
