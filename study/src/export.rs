//! The corpus as plain text and Markdown, for readers who take the texts elsewhere. The
//! reading text is exported: repeated passages once, lacunae and news-report lines marked.

use renda_model::{Document, Edge, Session};

/// Marks the exports use for what the reading view shows with markers.
const LACUNA: &str = "〔缺文〕";
const INTERPOLATION: &str = "〔新闻报道插入语〕";

/// One document as plain text.
pub fn document_text(session: &Session, document: &Document) -> String {
    let mut out = String::new();
    write_document(&mut out, document, false);
    out.push_str(&source_line(session));
    out
}

/// A whole session as plain text, documents in reading order.
pub fn session_text(session: &Session) -> String {
    write_session(session, false)
}

/// A whole session as Markdown, documents in reading order.
pub fn session_markdown(session: &Session) -> String {
    write_session(session, true)
}

fn write_session(session: &Session, markdown: bool) -> String {
    let mut out = format!("{}{}\n\n", if markdown { "# " } else { "" }, session.title);
    for document in session.reading_order() {
        write_document(&mut out, document, markdown);
        out.push_str(if markdown { "\n" } else { "\n\n" });
    }
    out.push_str(&source_line(session));
    out
}

fn source_line(session: &Session) -> String {
    format!("来源：{}（SHA-256 {}），经 Renda Reader 整理。\n", session.source.file, session.source.sha256)
}

fn write_document(out: &mut String, document: &Document, markdown: bool) {
    let heading = if markdown { "## " } else { "" };
    out.push_str(heading);
    out.push_str(&document.title.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(if markdown {
        " "
    } else {
        "\n"
    }));
    out.push_str("\n\n");
    // In the order the reading view shows them: a speech's speaker, date and salutation; a
    // resolution's adoption note.
    let header = [
        document.speaker.as_ref().map(|s| s.text.as_str()),
        document.date.as_ref().map(|d| d.text.as_str()),
        document.adoption_note.as_ref().map(|a| a.text.as_str()),
        document.salutation.as_ref().map(|s| s.text.as_str()),
    ];
    for line in header.into_iter().flatten() {
        out.push_str(line);
        out.push_str("\n\n");
    }
    for paragraph in document.paragraphs.iter().filter(|p| p.duplicate_of().is_none()) {
        let mut text = String::new();
        if paragraph.lacunae().any(|e| e == Edge::Start) {
            text.push_str(LACUNA);
        }
        text.push_str(&paragraph.text);
        if paragraph.lacunae().any(|e| e == Edge::End) {
            text.push_str(LACUNA);
        }
        if paragraph.is_interpolation() {
            text = format!("{INTERPOLATION}{text}");
            if markdown {
                text = format!("> {text}");
            }
        } else if !markdown {
            text = format!("　　{text}");
        }
        out.push_str(&text);
        out.push_str("\n\n");
    }
    if let Some(signature) = &document.signature {
        for line in &signature.issuer {
            out.push_str(&line.text);
            out.push_str(if markdown { "  \n" } else { "\n" });
        }
        out.push_str(&signature.date.text);
        out.push_str("\n\n");
    }
}
