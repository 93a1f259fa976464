//! Document headers, read by kind: what comes between a title and the body, and a notice's
//! signature block after it.

use super::text::{self, reading_text};
use super::{Line, SourceFile};
use crate::error::{ErrorKind, IngestError};
use renda_model::{Date, DateLine, DocumentKind, Normalization, Note, Signature, Sourced};

/// A document's header fields, and the lines left for its body.
pub(super) struct Header<'a> {
    pub title: Vec<Sourced>,
    pub speaker: Option<Sourced>,
    pub date: Option<DateLine>,
    pub salutation: Option<Sourced>,
    pub adoption_note: Option<Sourced>,
    pub signature: Option<Signature>,
    pub notes: Vec<Note>,
    pub body: &'a [Line<'a>],
}

/// Longest line still taken for a name or a signature line rather than prose.
const MAX_NAME_CHARS: usize = 30;

/// Reads the header of a document whose title is `lines[0]`.
pub(super) fn read_header<'a>(
    source: &SourceFile<'_>,
    lines: &'a [Line<'a>],
    kind: DocumentKind,
) -> Result<Header<'a>, IngestError> {
    let mut reader = HeaderReader { source, lines, next: 1, notes: Vec::new() };
    let title_line = lines[0];
    let mut header = Header {
        title: Vec::new(),
        speaker: None,
        date: None,
        salutation: None,
        adoption_note: None,
        signature: None,
        notes: Vec::new(),
        body: &[],
    };
    let mut body_end = lines.len();
    match kind {
        DocumentKind::Speech => {
            header.title = vec![reader.title(title_line)];
            let name = |text: &str| is_name(text).then_some(());
            header.speaker = Some(reader.expect("the speaker's name under the speech title", name)?.0);
            let date = |text: &str| text::unbracket(text).and_then(Date::parse_chinese);
            let (line, date) = reader.expect("the speech's date in brackets, e.g. （2023年12月27日）", date)?;
            header.date = Some(DateLine { date, text: line.text, line: line.line });
            let salutation =
                |text: &str| (text.ends_with(['：', ':']) && text.chars().count() <= MAX_NAME_CHARS).then_some(());
            let expected = "a salutation ending in ：, e.g. 各位代表，同志们：";
            header.salutation = Some(reader.expect(expected, salutation)?.0);
        }
        DocumentKind::Resolution => {
            header.title = reader.resolution_title(title_line)?;
            let title: String = header.title.iter().map(|t| t.text.as_str()).collect();
            let adoption = |text: &str| text::unbracket(text).filter(|inner| inner.ends_with("通过")).map(|_| ());
            let missing = |found| ErrorKind::MissingAdoptionNote { title, found };
            header.adoption_note = Some(reader.expect_with(adoption, missing)?.0);
        }
        DocumentKind::Notice => {
            header.title = vec![reader.title(title_line)];
            let (signature, start) = reader.signature()?;
            header.signature = Some(signature);
            body_end = start;
        }
    }
    let body = lines.get(reader.next..body_end).unwrap_or_default();
    if body.is_empty() {
        let at = lines.get(reader.next).or(lines.last()).map_or(title_line.number, |l| l.number);
        let found = lines.get(body_end).map_or_else(|| "the end of the document".to_string(), |l| l.text().to_string());
        return Err(source.error(at, ErrorKind::Expected { expected: "the document's text", found }));
    }
    header.notes = reader.notes;
    header.body = body;
    Ok(header)
}

/// Whether a line can be a person's or an office's name: short, unpunctuated, no digits.
fn is_name(text: &str) -> bool {
    text.chars().count() <= MAX_NAME_CHARS && text::is_unpunctuated(text) && !text.chars().any(|c| c.is_ascii_digit())
}

/// Walks a document's header lines, collecting the typographic notes of what it reads.
struct HeaderReader<'s, 'a> {
    source: &'s SourceFile<'s>,
    lines: &'a [Line<'a>],
    next: usize,
    notes: Vec<Note>,
}

impl HeaderReader<'_, '_> {
    /// The reading text of a line, recording how it differs from the source.
    fn read(&mut self, line: Line<'_>) -> Sourced {
        let (text, changes) = reading_text(line.raw);
        self.notes.extend(changes.into_iter().map(|what| Note::Normalized { what, line: line.number }));
        Sourced { text, line: line.number }
    }

    fn title(&mut self, line: Line<'_>) -> Sourced {
        let mut title = self.read(line);
        let (text, changed) = text::without_spaces(&title.text);
        if changed {
            self.notes.push(Note::Normalized { what: Normalization::TitleWrapSpaces, line: line.number });
        }
        title.text = text;
        title
    }

    /// A resolution's title: the meeting line, then the subject line, split at the first space.
    fn resolution_title(&mut self, line: Line<'_>) -> Result<Vec<Sourced>, IngestError> {
        let full = self.read(line);
        let Some((meeting, subject)) = full.text.split_once(char::is_whitespace) else {
            let expected = "a resolution title of a meeting line and a subject line separated by a space, e.g. «…第三次会议 关于…的决议»";
            return Err(self.source.error(line.number, ErrorKind::Expected { expected, found: full.text }));
        };
        let (subject, changed) = text::without_spaces(subject);
        if changed {
            self.notes.push(Note::Normalized { what: Normalization::TitleWrapSpaces, line: line.number });
        }
        let meeting = Sourced { text: meeting.to_string(), line: line.number };
        Ok(vec![meeting, Sourced { text: subject, line: line.number }])
    }

    /// The next header line, parsed by `parse`; the error says what was `expected`.
    fn expect<T>(
        &mut self,
        expected: &'static str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<(Sourced, T), IngestError> {
        self.expect_with(parse, |found| ErrorKind::Expected { expected, found })
    }

    /// The next header line, parsed by `parse`; `mismatch` makes the error from what was found.
    fn expect_with<T>(
        &mut self,
        parse: impl Fn(&str) -> Option<T>,
        mismatch: impl FnOnce(String) -> ErrorKind,
    ) -> Result<(Sourced, T), IngestError> {
        let (number, found) = match self.lines.get(self.next) {
            Some(&line) => match parse(line.text()) {
                Some(value) => {
                    self.next += 1;
                    return Ok((self.read(line), value));
                }
                None => (line.number, line.text().to_string()),
            },
            None => {
                let last = self.lines.last().map_or(0, |l| l.number);
                (last, "the end of the document".to_string())
            }
        };
        Err(self.source.error(number, mismatch(found)))
    }

    /// A notice's signature block: issuer lines, then a date, at the end of the document.
    /// Returns it with the index where it starts.
    fn signature(&mut self) -> Result<(Signature, usize), IngestError> {
        let last_index = self.lines.len().saturating_sub(1);
        let last = self.lines[last_index];
        let Some(date) = Date::parse_chinese(text::unbracket(last.text()).unwrap_or(last.text())) else {
            let expected = "the notice's signature date, e.g. 2023年12月27日, as its last line";
            let found = last.text().to_string();
            return Err(self.source.error(last.number, ErrorKind::Expected { expected, found }));
        };
        let above_date = self.lines.get(self.next..last_index).unwrap_or_default();
        let issuer_count = above_date.iter().rev().take_while(|l| is_name(l.text())).count();
        if issuer_count == 0 {
            let expected = "the issuer's name above the notice's date";
            let (at, found) = above_date.last().map_or((last.number, last.text()), |l| (l.number, l.text()));
            return Err(self.source.error(at, ErrorKind::Expected { expected, found: found.to_string() }));
        }
        let start = last_index - issuer_count;
        let issuer = self.lines[start..last_index].iter().map(|&l| self.read(l)).collect();
        let date = DateLine { date, text: self.read(last).text, line: last.number };
        Ok((Signature { issuer, date }, start))
    }
}
