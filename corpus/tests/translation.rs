//! The English translation: complete, keyed to units that exist, with the glossary's renderings
//! and the people's names, and refused with its file and line where it is not.

use renda_ingest::apparatus::Apparatus;
use renda_ingest::error::{ErrorKind, IngestError};
use renda_ingest::ingest::ingest;
use renda_ingest::translation::read_translation;
use renda_model::{Corpus, Session};

const RAW: &[u8] = include_bytes!("../raw/hengyang-16th-3rd-session.txt");
const APPARATUS: &str = include_str!("../apparatus/hengyang-16th-3rd-session.toml");
const TRANSLATION: &str = include_str!("../translations/hengyang-16th-3rd-session.en.toml");

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
    read_translation("en.toml", translation, &mut session(), &corpus.glossary, &corpus.people)
        .expect_err("the translation is refused")
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
        assert_eq!(english.speaker.is_some(), document.speaker.is_some(), "{}", document.slug);
        assert_eq!(english.date.is_some(), document.date.is_some(), "{}", document.slug);
        assert_eq!(english.salutation.is_some(), document.salutation.is_some(), "{}", document.slug);
        assert_eq!(english.adoption_note.is_some(), document.adoption_note.is_some(), "{}", document.slug);
        let issuer = document.signature.as_ref().map_or(0, |s| s.issuer.len());
        assert_eq!(english.signature.len(), issuer, "{}", document.slug);
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
