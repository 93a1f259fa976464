//! Citations of a document or one of its paragraphs, in GB/T 7714-2015 (the Chinese national
//! standard, as an electronic resource `[EB/OL]`) and in Chicago style (bibliography entry).

use renda_model::{Date, Document, DocumentKind, Edge, Session};

/// A citation style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    GbT7714,
    Chicago,
}

/// What is cited, and from where.
pub struct Cited<'a> {
    pub session: &'a Session,
    pub document: &'a Document,
    /// A paragraph number, to cite one paragraph.
    pub paragraph: Option<u32>,
    /// The permalink.
    pub url: &'a str,
    /// When the reader consulted it.
    pub accessed: Date,
}

/// The responsible party: the speaker of a speech, the adopting meeting of a resolution, the
/// signatory of a notice.
fn author(cited: &Cited) -> String {
    cited.document.issuer().unwrap_or_else(|| cited.session.title.clone())
}

/// The title as cited: a resolution's subject line (its meeting line is its author), else the
/// whole title.
fn title(document: &Document) -> String {
    match (document.kind, document.title.get(1)) {
        (DocumentKind::Resolution, Some(subject)) => subject.text.clone(),
        _ => document.full_title(),
    }
}

/// The document's date, or for a resolution (which states none) the session's closing date.
fn date(cited: &Cited) -> Date {
    cited.document.date().copied().unwrap_or(cited.session.closing_date)
}

/// Chicago's date: December 27, 2023.
fn english_date(date: Date) -> String {
    format!("{} {}, {}", date.month_name(), date.day, date.year)
}

/// The citation as text.
pub fn cite(style: Style, cited: &Cited) -> String {
    let author = author(cited);
    let title = title(cited.document);
    match style {
        Style::GbT7714 => {
            let part = cited.paragraph.map(|n| format!(": 第{n}段")).unwrap_or_default();
            format!("{author}. {title}{part}[EB/OL]. ({})[{}]. {}.", date(cited), cited.accessed, cited.url)
        }
        Style::Chicago => {
            let container =
                if author == cited.session.title { String::new() } else { format!(" {},", cited.session.title) };
            let part = cited.paragraph.map(|n| format!(", para. {n}")).unwrap_or_default();
            format!(
                "{author}. “{title}.”{container} {}{part}. Accessed {}. {}.",
                english_date(date(cited)),
                english_date(cited.accessed),
                cited.url
            )
        }
    }
}

/// A citation of the project's English translation (Chicago style, as a translated work): the
/// translation's title, that it is an unofficial translation by Renda Reader, and the Chinese
/// original it translates. `None` where the document has no translation.
pub fn cite_translation(cited: &Cited) -> Option<String> {
    let (english_author, english_title) = english_names(cited)?;
    let part = cited.paragraph.map(|n| format!(", para. {n}")).unwrap_or_default();
    Some(format!(
        "{english_author}. “{english_title}.” Unofficial translation by Renda Reader of “{}” ({}). {}{part}. Accessed {}. {}.",
        title(cited.document),
        author(cited),
        english_date(date(cited)),
        english_date(cited.accessed),
        cited.url
    ))
}

/// Who said or issued a document, and its title, in the English translation. `None` where the
/// document has no translation.
fn english_names(cited: &Cited) -> Option<(String, String)> {
    let english = cited.document.english.as_ref()?;
    let english_title = match (cited.document.kind, english.title.get(1)) {
        (DocumentKind::Resolution, Some(subject)) => subject.clone(),
        _ => english.title.join(" "),
    };
    let english_author = match cited.document.kind {
        DocumentKind::Speech => english.speaker.clone(),
        DocumentKind::Resolution => english.title.first().cloned(),
        DocumentKind::Notice => Some(english.signature.join(" ")).filter(|s| !s.is_empty()),
    }
    .unwrap_or_else(|| author(cited));
    Some((english_author, english_title))
}

/// The quote card for a reader of the English: the paragraph's Chinese as [`quote_card`] gives
/// it, then its English (with `gap_en` where text is lost), then the source in English, saying
/// the translation is unofficial. `None` unless the paragraph is there and translated.
pub fn quote_card_bilingual(cited: &Cited, gap: &str, gap_en: &str) -> Option<String> {
    let number = cited.paragraph?;
    let paragraph = cited.document.shown_paragraph(number)?;
    let english = paragraph.english.as_ref()?;
    let (english_author, english_title) = english_names(cited)?;
    let lost = |edge: Edge, marker| if paragraph.lacunae().any(|e| e == edge) { marker } else { "" };
    Some(format!(
        "{}{}{}\n{}{}{}\n— {english_author}, “{english_title}”, para. {}, {} (unofficial translation by Renda Reader; the Chinese is authoritative)\n{}",
        lost(Edge::Start, gap),
        paragraph.text,
        lost(Edge::End, gap),
        lost(Edge::Start, gap_en),
        english.text,
        lost(Edge::End, gap_en),
        paragraph.number,
        english_date(date(cited)),
        cited.url
    ))
}

/// One paragraph as a journalist pastes it: its text, with `gap` (the marker the reader sees) where
/// the source has lost text at either end, then who said or issued it, in which document and
/// paragraph, when, and the link. No quotation marks go around the text: its own quotation
/// marks would then have to change to inner ones, and the text is given as the corpus has it.
/// `None` unless `cited` names a paragraph the document has.
pub fn quote_card(cited: &Cited, gap: &str) -> Option<String> {
    let number = cited.paragraph?;
    let paragraph = cited.document.shown_paragraph(number)?;
    let lost = |edge: Edge| if paragraph.lacunae().any(|e| e == edge) { gap } else { "" };
    Some(format!(
        "{}{}{}\n——{}，《{}》第{}段，{}\n{}",
        lost(Edge::Start),
        paragraph.text,
        lost(Edge::End),
        author(cited),
        title(cited.document),
        paragraph.number,
        date(cited).chinese(),
        cited.url
    ))
}
