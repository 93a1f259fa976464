//! Citations of a document or one of its paragraphs, in GB/T 7714-2015 (the Chinese national
//! standard, as an electronic resource `[EB/OL]`) and in Chicago style (bibliography entry).

use renda_model::{Date, Document, DocumentKind, Session};

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

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn english_date(date: Date) -> String {
    let month = MONTHS.get(usize::from(date.month).wrapping_sub(1)).copied().unwrap_or("");
    format!("{month} {}, {}", date.day, date.year)
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
