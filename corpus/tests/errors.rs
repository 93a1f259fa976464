//! Bad input gets a typed error naming the file, the line and what was expected.

use renda_ingest::apparatus::Apparatus;
use renda_ingest::error::{ErrorKind, IngestError};
use renda_ingest::ingest::{ingest, read_session};
use renda_model::{DocumentKind, Session};

/// A small session of each document kind. Line numbers: speech title 1, speaker 3, date 5,
/// salutation 7, body 9; resolution title 11, adoption note 13, body 15; notice title 17,
/// body 19, signature 21–23.
const SOURCE: &str = "在某会议上的讲话\n\n张三\n\n(2023年12月27日)\n\n各位代表：\n\n第一段。\n\n\
某市第一届人民代表大会第一次会议 关于政府工作报告的决议\n\n（会议通过）\n\n会议同意这个报告。\n\n\
某市第一届人民代表大会第一次会议公告\n\n会议补选甲为委员。\n\n某市人民代表大会\n主席团\n2023年12月27日\n";

const SESSION: &str = r#"[session]
id = "fixture"
title = "某市第一届人民代表大会第一次会议"
body = "某市人民代表大会"
term = 1
meeting = 1
closing_date = "2023-12-27"
source = "raw/fixture.txt"
sha256 = "not checked by read_session"

[[document]]
line = 1
slug = "speech"
short_title = "讲话"

[[document]]
line = 11
slug = "resolution"
short_title = "决议"

[[document]]
line = 17
slug = "notice"
short_title = "公告"
"#;

/// The apparatus text: the fixture's session and documents, then `extra` entries. The first
/// extra line is line 26 of the apparatus.
fn apparatus(extra: &str) -> String {
    format!("{SESSION}\n{extra}")
}

fn read(source: &str, extra: &str) -> Result<Session, IngestError> {
    read_bytes(source.as_bytes(), extra)
}

fn read_bytes(source: &[u8], extra: &str) -> Result<Session, IngestError> {
    let apparatus = Apparatus::parse("fixture.toml", &apparatus(extra))?;
    read_session("fixture.txt", source, &apparatus)
}

fn refused(source: &str, extra: &str) -> IngestError {
    read(source, extra).expect_err("the input is bad")
}

#[test]
fn the_fixture_itself_ingests_with_one_document_of_each_kind() {
    let session = read(SOURCE, "").expect("the fixture is good");
    let kinds: Vec<DocumentKind> = session.documents.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [DocumentKind::Speech, DocumentKind::Resolution, DocumentKind::Notice]);
}

#[test]
fn invalid_utf8_names_its_line_and_byte() {
    let mut bytes = SOURCE.as_bytes().to_vec();
    let at = SOURCE.find("张三").expect("fixture has a speaker");
    bytes[at] = 0xff;
    let error = read_bytes(&bytes, "").expect_err("not UTF-8");
    assert_eq!((error.file.as_str(), error.line), ("fixture.txt", Some(3)));
    assert_eq!(error.kind, ErrorKind::InvalidUtf8 { byte: at });
    assert_eq!(error.to_string(), format!("fixture.txt:3: invalid UTF-8 at byte {at}: expected UTF-8 text"));
}

#[test]
fn text_before_the_first_title_is_a_document_with_no_title() {
    let error = refused(&format!("开头没有标题的一段话。\n{SOURCE}"), "");
    assert_eq!(error.line, Some(1));
    assert!(matches!(error.kind, ErrorKind::NoTitle { ref found } if found == "开头没有标题的一段话。"));
    let empty = refused("\n\n", "");
    assert!(matches!(empty.kind, ErrorKind::NoTitle { .. }));
}

#[test]
fn a_resolution_without_its_adoption_note_is_refused() {
    let error = refused(&SOURCE.replace("（会议通过）", "会议认为，报告很好。"), "");
    assert_eq!((error.file.as_str(), error.line), ("fixture.txt", Some(13)));
    let ErrorKind::MissingAdoptionNote { title, found } = error.kind else {
        panic!("expected a missing adoption note, got {error}")
    };
    assert_eq!(title, "某市第一届人民代表大会第一次会议关于政府工作报告的决议");
    assert_eq!(found, "会议认为，报告很好。");
}

#[test]
fn a_speech_without_its_speaker_or_date_says_what_was_expected() {
    let error = refused(&SOURCE.replace("(2023年12月27日)", "12月27日"), "");
    assert_eq!(error.line, Some(5));
    assert!(error.to_string().contains("expected the speech's date in brackets"));
    let error = refused(&SOURCE.replace("张三", "张三说，大家好。"), "");
    assert_eq!(error.line, Some(3));
    assert!(error.to_string().contains("expected the speaker's name"));
}

#[test]
fn a_document_entry_on_a_line_of_unknown_shape_is_refused() {
    let source = SOURCE.replace("某市第一届人民代表大会第一次会议公告", "某市第一届人民代表大会第一次会议决定");
    let error = refused(&source, "");
    assert_eq!((error.file.as_str(), error.line), ("fixture.toml", Some(22)));
    assert!(matches!(error.kind, ErrorKind::UnknownShape { ref title } if title.ends_with("决定")));
}

#[test]
fn an_unreviewed_title_is_refused_with_a_proposal() {
    let source = format!("{SOURCE}\n另一个会议公告\n\n正文。\n\n主席团\n2023年12月28日\n");
    let error = refused(&source, "");
    assert_eq!(error.line, Some(25));
    let ErrorKind::Unreviewed { proposal, .. } = error.kind else { panic!("expected unreviewed, got {error}") };
    assert!(proposal.starts_with("[[document]]\nline = 25"));
}

#[test]
fn a_notice_without_a_signature_block_is_refused() {
    let source = SOURCE.replace("某市人民代表大会\n主席团\n2023年12月27日\n", "");
    let error = refused(&source, "");
    assert_eq!(error.line, Some(19));
    assert!(error.to_string().contains("expected the notice's signature date"));
}

#[test]
fn a_line_stopping_mid_sentence_must_be_reviewed() {
    let source = SOURCE.replace("第一段。\n\n", "第一段的前\n半部分。\n");
    let error = refused(&source, "");
    assert_eq!((error.file.as_str(), error.line), ("fixture.txt", Some(9)));
    let ErrorKind::Unreviewed { what, proposal } = error.kind else { panic!("expected unreviewed, got {error}") };
    assert!(what.contains("«…第一段的前»") && what.contains("«半部分。…»"), "{what}");
    assert!(proposal.starts_with("[[join]]\nline = 9"));

    let joined = read(&source, "[[join]]\nline = 9\n").expect("the join is reviewed");
    assert_eq!(joined.documents[0].paragraphs[0].text, "第一段的前半部分。");
}

#[test]
fn an_entry_the_source_contradicts_is_refused_at_the_entry() {
    let error = refused(SOURCE, "[[join]]\nline = 9\n");
    assert_eq!((error.file.as_str(), error.line), ("fixture.toml", Some(27)));
    assert!(matches!(error.kind, ErrorKind::Contradiction(ref m) if m.contains("ends a sentence")));

    let error = refused(SOURCE, "[[duplicate]]\nline = 9\nof = 15\n");
    assert!(matches!(error.kind, ErrorKind::Contradiction(_)), "{error}");

    let error = refused(
        SOURCE,
        "[[interpolation]]\nline = 9\nform = \"remarks\"\nnote = \"x\"\nnote_zh = \"x\"\nreject = true\n",
    );
    assert!(matches!(error.kind, ErrorKind::Contradiction(ref m) if m.contains("nothing to reject")));
}

#[test]
fn an_entry_pointing_at_no_line_is_refused() {
    let error = refused(SOURCE, "[[join]]\nline = 400\n");
    assert_eq!(error.line, Some(27));
    assert!(matches!(error.kind, ErrorKind::NoSuchLine { line: 400, .. }));

    let error = refused(SOURCE, "[[join]]\nline = 3\n");
    assert!(matches!(error.kind, ErrorKind::NoSuchLine { line: 3, .. }), "a header line is not body: {error}");

    let error = refused(SOURCE, "[[duplicate]]\nline = 2\nof = 9\n");
    assert!(matches!(error.kind, ErrorKind::NoSuchLine { line: 2, .. }));
}

#[test]
fn two_decisions_on_one_line_conflict() {
    let source = SOURCE.replace("第一段。\n\n", "第一段的前\n半部分。\n");
    let error =
        refused(&source, "[[join]]\nline = 9\n\n[[lacuna]]\nline = 9\nat = \"end\"\nnote = \"x\"\nnote_zh = \"x\"\n");
    assert_eq!(error.line, Some(30));
    assert_eq!(error.kind, ErrorKind::Conflict { line: 9 });
}

#[test]
fn a_lacuna_at_the_start_of_a_joined_line_contradicts_the_join() {
    let source = SOURCE.replace("第一段。\n\n", "第一段的前\n半部分。\n");
    let error = refused(
        &source,
        "[[join]]\nline = 9\n\n[[lacuna]]\nline = 10\nat = \"start\"\nnote = \"x\"\nnote_zh = \"x\"\n",
    );
    assert!(matches!(error.kind, ErrorKind::Contradiction(ref m) if m.contains("continues line 9")), "{error}");
}

#[test]
fn a_changed_source_is_refused_until_the_apparatus_is_reviewed_again() {
    let apparatus = Apparatus::parse("fixture.toml", &apparatus("")).expect("parses");
    let error = ingest("fixture.txt", SOURCE.as_bytes(), &apparatus).expect_err("hash differs");
    assert_eq!((error.file.as_str(), error.line), ("fixture.txt", None));
    assert!(matches!(error.kind, ErrorKind::SourceChanged { .. }));
}

#[test]
fn a_suspected_corruption_is_flagged_only_where_its_phrase_stands() {
    let sic = |line: u32, phrase: &str| {
        format!("[[sic]]\nline = {line}\nphrase = \"{phrase}\"\nnote = \"So the source.\"\nnote_zh = \"原文如此。\"\n")
    };
    let session = read(SOURCE, &sic(15, "同意这个")).expect("the phrase stands in the paragraph");
    let paragraph = &session.documents[1].paragraphs[0];
    assert!(paragraph.notes.iter().any(|n| matches!(n, renda_model::Note::Sic { phrase, .. } if phrase == "同意这个")));

    let error = refused(SOURCE, &sic(15, "不同意"));
    assert_eq!((error.file.as_str(), error.line), ("fixture.toml", Some(27)));
    assert!(matches!(error.kind, ErrorKind::Contradiction(ref m) if m.contains("does not have the phrase «不同意»")));

    let error = refused(SOURCE, &sic(13, "会议"));
    assert!(matches!(error.kind, ErrorKind::NoSuchLine { line: 13, .. }), "{error}");
}
