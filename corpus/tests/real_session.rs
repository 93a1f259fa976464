//! The real session, ingested from `corpus/raw/` under `corpus/apparatus/`: what a reader must
//! find in it, and that nothing of the source is lost.

use renda_ingest::apparatus::Apparatus;
use renda_ingest::corpus_dir::{build_corpus, CORPUS_JSON};
use renda_ingest::ingest::{ingest, sha256_hex};
use renda_model::{Corpus, Date, Document, DocumentKind, Edge, Normalization, Note, ReportForm, Session};
use std::path::Path;

const RAW: &[u8] = include_bytes!("../raw/hengyang-16th-3rd-session.txt");
const APPARATUS: &str = include_str!("../apparatus/hengyang-16th-3rd-session.toml");

fn session() -> Session {
    let apparatus = Apparatus::parse("apparatus.toml", APPARATUS).expect("the apparatus parses");
    ingest("raw.txt", RAW, &apparatus).expect("the real source ingests")
}

fn document<'s>(session: &'s Session, slug: &str) -> &'s Document {
    session.documents.iter().find(|d| d.slug == slug).expect("document exists")
}

fn title_lines(document: &Document) -> Vec<&str> {
    document.title.iter().map(|t| t.text.as_str()).collect()
}

const MEETING: &str = "衡阳市第十六届人民代表大会第三次会议";
const ADOPTION: &str = "（市十六届人大三次会议通过）";

#[test]
fn the_source_is_the_reviewed_file() {
    assert_eq!(sha256_hex(RAW), "3861146a58d5d8e7e8184f35a12c81082f22f887d9b6a9de0483a97057c5986b");
    assert_eq!(RAW.len(), 17_735);
}

#[test]
fn the_session_has_its_metadata_and_eight_documents_in_source_order() {
    let session = session();
    assert_eq!(session.id, "hengyang-16-3");
    assert_eq!(session.title, MEETING);
    assert_eq!((session.term, session.meeting), (16, 3));
    assert_eq!(session.closing_date, Date::new(2023, 12, 27).expect("date"));
    assert_eq!(session.source.sha256, sha256_hex(RAW));
    let order: Vec<(&str, DocumentKind)> = session.documents.iter().map(|d| (d.slug.as_str(), d.kind)).collect();
    assert_eq!(
        order,
        [
            ("closing-speech", DocumentKind::Speech),
            ("government-work-report", DocumentKind::Resolution),
            ("standing-committee-report", DocumentKind::Resolution),
            ("by-election-notice", DocumentKind::Notice),
            ("plan", DocumentKind::Resolution),
            ("budget", DocumentKind::Resolution),
            ("intermediate-court-report", DocumentKind::Resolution),
            ("procuratorate-report", DocumentKind::Resolution),
        ]
    );
}

#[test]
fn the_speech_has_title_speaker_date_and_salutation() {
    let session = session();
    let speech = document(&session, "closing-speech");
    assert_eq!(title_lines(speech), ["在市十六届人大三次会议闭幕会上的讲话"]);
    assert_eq!(speech.speaker.as_ref().map(|s| s.text.as_str()), Some("刘越高"));
    assert_eq!(speech.issuer().as_deref(), Some("刘越高"));
    let date = speech.date.as_ref().expect("dated");
    assert_eq!((date.date.to_string(), date.text.as_str()), ("2023-12-27".to_string(), "（2023年12月27日）"));
    assert_eq!(speech.salutation.as_ref().map(|s| s.text.as_str()), Some("各位代表，同志们："));
    assert_eq!(speech.paragraphs.len(), 16);
    assert!(speech.paragraphs[0].text.starts_with("经过全体代表和与会同志的共同努力"));
    assert!(speech.paragraphs[15].text.ends_with("贡献更大力量！"));
    assert!(speech.adoption_note.is_none() && speech.signature.is_none());
}

#[test]
fn each_resolution_has_a_meeting_line_a_subject_line_and_its_adoption_note() {
    let session = session();
    let expected = [
        ("government-work-report", "关于政府工作报告的决议", 4),
        ("standing-committee-report", "关于衡阳市人民代表大会常务委员会工作报告的决议", 2),
        ("plan", "关于衡阳市2023年国民经济和社会发展计划执行情况与2024年计划的决议", 1),
        ("budget", "关于衡阳市2023年预算执行情况与2024年预算的决议", 1),
        ("intermediate-court-report", "关于衡阳市中级人民法院工作报告的决议", 2),
        ("procuratorate-report", "关于衡阳市人民检察院工作报告的决议", 2),
    ];
    for (slug, subject, paragraphs) in expected {
        let resolution = document(&session, slug);
        assert_eq!(title_lines(resolution), [MEETING, subject], "{slug}");
        assert_eq!(resolution.adoption_note.as_ref().map(|a| a.text.as_str()), Some(ADOPTION), "{slug}");
        assert_eq!(resolution.paragraphs.len(), paragraphs, "{slug}");
        assert_eq!(resolution.issuer().as_deref(), Some(MEETING), "{slug}");
        assert!(resolution.speaker.is_none() && resolution.date.is_none() && resolution.signature.is_none());
    }
    let government = document(&session, "government-work-report");
    assert!(government.paragraphs[0].text.contains("朱健市长所作的政府工作报告"));
}

#[test]
fn the_notice_has_its_body_and_a_signature_block() {
    let session = session();
    let notice = document(&session, "by-election-notice");
    assert_eq!(title_lines(notice), ["衡阳市第十六届人民代表大会第三次会议公告"]);
    assert_eq!(notice.paragraphs.len(), 1);
    assert!(notice.paragraphs[0].text.contains("补选杨青青（女）、周海生、唐修波为"));
    let signature = notice.signature.as_ref().expect("signed");
    let issuer: Vec<&str> = signature.issuer.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(issuer, ["衡阳市第十六届人民代表大会", "第三次会议主席团"]);
    assert_eq!(signature.date.text, "2023年12月27日");
    assert_eq!(notice.date().map(Date::to_string).as_deref(), Some("2023-12-27"));
    assert_eq!(notice.issuer().as_deref(), Some("衡阳市第十六届人民代表大会第三次会议主席团"));
}

#[test]
fn a_sentence_split_by_a_page_break_is_joined_and_noted() {
    let session = session();
    let speech = document(&session, "closing-speech");
    let joined = &speech.paragraphs[1];
    assert_eq!(joined.lines, [15, 17]);
    assert!(joined.text.contains("坚持因势利导、顺势而为，以承办第三届湖南旅游发展大会"));
    assert!(joined.notes.contains(&Note::Joined { lines: [15, 17] }));
    let procuratorate = document(&session, "procuratorate-report");
    assert!(procuratorate.paragraphs[1].text.contains("全面贯彻党的二十大精神"));
}

#[test]
fn missing_text_is_marked_as_a_lacuna_and_never_joined_across() {
    let session = session();
    let speech = document(&session, "closing-speech");
    let edges = |number: u32| -> Vec<Edge> { speech.paragraph(number).expect("paragraph").lacunae().collect() };
    assert_eq!(edges(4), [Edge::Start]);
    assert_eq!(edges(5), [Edge::Start, Edge::End]);
    assert_eq!(edges(7), [Edge::End]);
    assert_eq!(edges(8), [Edge::Start], "line 29 opens mid-phrase after the gap");
    let before_gap = speech.paragraph(7).expect("paragraph");
    let after_gap = speech.paragraph(8).expect("paragraph");
    assert!(before_gap.text.ends_with("立标打") && after_gap.text.starts_with("一流的志气"));
    assert_eq!((before_gap.lines.as_slice(), after_gap.lines.as_slice()), ([27].as_slice(), [29].as_slice()));
    let lacunae = speech.paragraphs.iter().flat_map(|p| p.lacunae()).count();
    assert_eq!(lacunae, 5);
}

#[test]
fn repeated_passages_point_at_their_fullest_version() {
    let session = session();
    let speech = document(&session, "closing-speech");
    let duplicates: Vec<(u32, u32, bool)> = speech
        .paragraphs
        .iter()
        .flat_map(|p| {
            p.notes.iter().filter_map(move |n| match n {
                Note::Duplicate { of, exact, .. } => Some((p.number, *of, *exact)),
                _ => None,
            })
        })
        .collect();
    assert_eq!(duplicates, [(9, 15, false), (12, 15, false), (13, 10, true), (14, 11, true)]);
    let copies: Vec<u32> = speech.copies_of(15).map(|p| p.number).collect();
    assert_eq!(copies, [9, 12]);
    let fullest = speech.paragraph(15).expect("paragraph");
    assert!(fullest.text.contains("“一府一委两院”和各单位要自觉接受人大监督"));
    assert!(fullest.duplicate_of().is_none());
}

#[test]
fn news_report_lines_in_the_speech_are_interpolations() {
    let session = session();
    let speech = document(&session, "closing-speech");
    let interpolations: Vec<(u32, ReportForm)> = speech
        .paragraphs
        .iter()
        .flat_map(|p| {
            p.notes.iter().filter_map(move |n| match n {
                Note::Interpolation { form, .. } => Some((p.number, *form)),
                _ => None,
            })
        })
        .collect();
    assert_eq!(
        interpolations,
        [
            (10, ReportForm::Remarks),
            (11, ReportForm::Attendance),
            (13, ReportForm::Remarks),
            (14, ReportForm::Attendance)
        ]
    );
    assert!(speech.paragraph(10).expect("paragraph").text.starts_with("刘正兴表示，"));
    let resolutions = session.documents.iter().filter(|d| d.kind == DocumentKind::Resolution);
    assert!(resolutions.flat_map(|d| &d.paragraphs).all(|p| !p.is_interpolation()));
}

#[test]
fn title_wrap_spaces_are_removed_and_bracket_widths_normalized_with_notes() {
    let session = session();
    let committee = document(&session, "standing-committee-report");
    assert!(committee.notes.contains(&Note::Normalized { what: Normalization::TitleWrapSpaces, line: 71 }));
    assert!(committee.notes.contains(&Note::Normalized { what: Normalization::FullWidthBrackets, line: 73 }));
    let government = document(&session, "government-work-report");
    assert!(!government
        .notes
        .iter()
        .any(|n| matches!(n, Note::Normalized { what: Normalization::TitleWrapSpaces, .. })));
    let speech = document(&session, "closing-speech");
    assert_eq!(speech.notes, [Note::Normalized { what: Normalization::FullWidthBrackets, line: 9 }]);
}

#[test]
fn the_source_view_rebuilds_every_non_blank_source_line_byte_for_byte() {
    let session = session();
    let text = std::str::from_utf8(RAW).expect("utf-8");
    let expected: Vec<(u32, &str)> = text
        .split('\n')
        .zip(1u32..)
        .filter(|(line, _)| !line.trim().is_empty())
        .map(|(line, number)| (number, line))
        .collect();
    let rebuilt: Vec<(u32, &str)> =
        session.documents.iter().flat_map(|d| d.source.iter().map(|l| (l.line, l.text.as_str()))).collect();
    assert_eq!(rebuilt, expected);
}

#[test]
fn every_source_line_of_a_document_feeds_exactly_one_field() {
    for document in &session().documents {
        let source: Vec<u32> = document.source.iter().map(|l| l.line).collect();
        assert_eq!(document.field_lines(), source, "{}", document.slug);
    }
}

#[test]
fn the_committed_json_is_what_a_fresh_ingest_writes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = build_corpus(dir).expect("the corpus builds");
    let committed = std::fs::read_to_string(dir.join(CORPUS_JSON)).expect("corpus.json is committed");
    assert!(committed == fresh, "corpus/corpus.json is stale: run `make corpus`");
    let corpus = Corpus::from_json(&committed).expect("the committed JSON loads");
    // The clauses are compared with the curated people, which the ingest of a session alone has
    // not read.
    let mut expected = session();
    let institutions = renda_ingest::institutions::read_institutions(
        "institutions.toml",
        include_str!("../institutions.toml"),
        std::slice::from_ref(&expected),
    )
    .expect("the institutions are read");
    renda_ingest::translation::read_translation(
        "translation.toml",
        include_str!("../translations/hengyang-16th-3rd-session.en.toml"),
        &mut expected,
        &corpus.glossary,
        &institutions,
        &corpus.people,
    )
    .expect("the translation fits");
    renda_study::compare::compare_resolutions(&mut expected, &corpus.people);
    assert_eq!(corpus.sessions, [expected]);
}

#[test]
fn the_traditional_table_maps_query_characters_onto_the_texts_and_nothing_else() {
    let corpus = Corpus::from_json(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS_JSON)).expect("corpus.json"),
    )
    .expect("corpus.json loads");
    let index = renda_study::search::SearchIndex::new(&corpus);
    for (traditional, simplified) in
        [('發', '发'), ('質', '质'), ('國', '国'), ('經', '经'), ('陽', '阳'), ('會', '会')]
    {
        assert_eq!(corpus.traditional.get(&traditional), Some(&simplified), "{traditional}");
    }
    for (traditional, simplified) in &corpus.traditional {
        assert!(index.characters().contains(simplified), "{traditional} → {simplified}, a character the texts have");
        assert!(!index.characters().contains(traditional), "{traditional} is in the texts and must stay itself");
    }
    // 捍 is in the texts; the converter would turn it into the variant 扞.
    assert!(index.characters().contains(&'捍') && !corpus.traditional.contains_key(&'捍'));
    assert!(corpus.traditional.len() < 1000, "a cut table, not the converter's ({})", corpus.traditional.len());
    assert_eq!(index.normalize_query("高質量發展"), "高质量发展");
}

#[test]
fn probable_corruptions_are_kept_and_flagged_and_every_reviewer_note_has_its_chinese() {
    let session = session();
    let speech = document(&session, "closing-speech");
    let flagged: Vec<(u32, &str)> = speech
        .paragraphs
        .iter()
        .flat_map(|p| p.notes.iter().map(move |n| (p, n)))
        .filter_map(|(p, note)| match note {
            Note::Sic { phrase, .. } => {
                assert!(p.text.contains(phrase.as_str()), "the text keeps «{phrase}»");
                Some((p.number, phrase.as_str()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(flagged, [(2, "我们一心无旁骛强产业"), (6, "从中共二十大、找方向"), (7, "核心技术应用")]);
    let chinese = |text: &str| text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    for note in session.documents.iter().flat_map(|d| d.paragraphs.iter().flat_map(|p| &p.notes)) {
        match note {
            Note::Lacuna { note, note_zh, .. }
            | Note::Interpolation { note, note_zh, .. }
            | Note::Sic { note, note_zh, .. } => {
                assert!(!note.is_empty() && chinese(note_zh) && note_zh.ends_with(['。', '）']), "{note_zh}");
            }
            _ => {}
        }
    }
}
