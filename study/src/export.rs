//! The corpus as plain text and Markdown, for readers who take the texts elsewhere. The
//! reading text is exported: repeated passages once, lacunae and news-report lines marked; with
//! [`Translation::Included`], each unit is followed by its English translation and the export
//! says, in its first line, that the translation is unofficial.

use renda_model::{Document, Edge, Paragraph, Session};

/// Marks the exports use for what the reading view shows with markers.
const LACUNA: &str = "〔缺文〕";
const INTERPOLATION: &str = "〔新闻报道插入语〕";
const LACUNA_EN: &str = "[gap]";
const INTERPOLATION_EN: &str = "[news-report insertion]";
const TRANSLATION_NOTICE: &str = "English: unofficial translation by Renda Reader; the Chinese text is authoritative.";

/// Whether an export carries the English translation beside the Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Translation {
    Left,
    Included,
}

/// One document as plain text.
pub fn document_text(session: &Session, document: &Document, translation: Translation) -> String {
    let mut out = translation_notice(translation);
    write_document(&mut out, document, false, translation);
    out.push_str(&source_line(session));
    out
}

/// A whole session as plain text, documents in reading order.
pub fn session_text(session: &Session, translation: Translation) -> String {
    write_session(session, false, translation)
}

/// A whole session as Markdown, documents in reading order.
pub fn session_markdown(session: &Session, translation: Translation) -> String {
    write_session(session, true, translation)
}

fn write_session(session: &Session, markdown: bool, translation: Translation) -> String {
    let mut out = translation_notice(translation);
    out.push_str(&format!("{}{}\n\n", if markdown { "# " } else { "" }, session.title));
    for document in session.reading_order() {
        write_document(&mut out, document, markdown, translation);
        out.push_str(if markdown { "\n" } else { "\n\n" });
    }
    out.push_str(&source_line(session));
    out
}

/// The first line of an export that carries the translation: that it is unofficial, before the
/// reader meets any of it.
fn translation_notice(translation: Translation) -> String {
    match translation {
        Translation::Left => String::new(),
        Translation::Included => format!("{TRANSLATION_NOTICE}\n\n"),
    }
}

fn source_line(session: &Session) -> String {
    format!("来源：{}（SHA-256 {}），经 Renda Reader 整理。\n", session.source.file, session.source.sha256)
}

/// A unit and, when included, its translation: each a block of its own.
fn push_unit(out: &mut String, chinese: &str, english: Option<&str>, translation: Translation) {
    out.push_str(chinese);
    out.push_str("\n\n");
    if let (Translation::Included, Some(english)) = (translation, english) {
        out.push_str(english);
        out.push_str("\n\n");
    }
}

fn write_document(out: &mut String, document: &Document, markdown: bool, translation: Translation) {
    let heading = if markdown { "## " } else { "" };
    let separator = if markdown { " " } else { "\n" };
    let english = document.english.as_ref();
    let title = document.title.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(separator);
    let english_title = english.map(|e| format!("{heading}{}", e.title.join(separator)));
    push_unit(out, &format!("{heading}{title}"), english_title.as_deref(), translation);
    // In the order the reading view shows them: a speech's speaker, date and salutation; a
    // resolution's adoption note.
    let header = [
        (document.speaker.as_ref().map(|s| s.text.as_str()), english.and_then(|e| e.speaker.as_deref())),
        (document.date.as_ref().map(|d| d.text.as_str()), english.and_then(|e| e.date.as_deref())),
        (document.adoption_note.as_ref().map(|a| a.text.as_str()), english.and_then(|e| e.adoption_note.as_deref())),
        (document.salutation.as_ref().map(|s| s.text.as_str()), english.and_then(|e| e.salutation.as_deref())),
    ];
    for (chinese, english) in header {
        if let Some(chinese) = chinese {
            push_unit(out, chinese, english, translation);
        }
    }
    for paragraph in document.paragraphs.iter().filter(|p| p.duplicate_of().is_none()) {
        let chinese = marked(paragraph, &paragraph.text, LACUNA, INTERPOLATION, markdown, "　　");
        let english =
            paragraph.english.as_ref().map(|e| marked(paragraph, &e.text, LACUNA_EN, INTERPOLATION_EN, markdown, ""));
        push_unit(out, &chinese, english.as_deref(), translation);
    }
    if let Some(signature) = &document.signature {
        let line_break = if markdown { "  \n" } else { "\n" };
        let block = |lines: Vec<&str>| lines.join(line_break);
        let mut chinese: Vec<&str> = signature.issuer.iter().map(|l| l.text.as_str()).collect();
        chinese.push(&signature.date.text);
        let english = english.map(|e| {
            let mut lines: Vec<&str> = e.signature.iter().map(String::as_str).collect();
            lines.extend(e.signature_date.as_deref());
            block(lines)
        });
        push_unit(out, &block(chinese), english.as_deref(), translation);
    }
}

/// A paragraph's text (Chinese or English) with its lacunae and news-report label marked; in
/// plain text a document paragraph gets `indent`, in Markdown a report is a quotation.
fn marked(paragraph: &Paragraph, text: &str, lacuna: &str, report: &str, markdown: bool, indent: &str) -> String {
    let lost = |edge: Edge| if paragraph.lacunae().any(|e| e == edge) { lacuna } else { "" };
    let text = format!("{}{text}{}", lost(Edge::Start), lost(Edge::End));
    match (paragraph.is_interpolation(), markdown) {
        (true, true) => format!("> {report}{text}"),
        (true, false) => format!("{report}{text}"),
        (false, true) => text,
        (false, false) => format!("{indent}{text}"),
    }
}
