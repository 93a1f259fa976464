//! A document's body lines assembled into paragraphs: a line that stops mid-sentence is either
//! joined to the next (a page break) or closed with a lacuna (text missing), as the apparatus
//! decides.

use super::text::{ends_sentence, reading_text};
use super::{Line, SourceFile};
use crate::apparatus::{Apparatus, LacunaEntry};
use crate::error::{ErrorKind, IngestError};
use renda_model::{Edge, Note, Paragraph};
use std::collections::HashMap;
use toml::Spanned;

/// The apparatus's decisions on line breaks, by source line.
pub(super) struct Breaks<'a> {
    apparatus: &'a Apparatus,
    joins: HashMap<u32, &'a Spanned<u32>>,
    lacunae: HashMap<(u32, Edge), &'a LacunaEntry>,
}

impl<'a> Breaks<'a> {
    /// Indexes the decisions, refusing two for one place.
    pub fn new(apparatus: &'a Apparatus) -> Result<Breaks<'a>, IngestError> {
        let mut breaks = Breaks { apparatus, joins: HashMap::new(), lacunae: HashMap::new() };
        for entry in &apparatus.joins {
            let line = *entry.line.get_ref();
            if breaks.joins.insert(line, &entry.line).is_some() {
                return Err(apparatus.error_at(&entry.line, ErrorKind::Conflict { line }));
            }
        }
        for entry in &apparatus.lacunae {
            let line = *entry.line.get_ref();
            let joined_too = entry.at == Edge::End && breaks.joins.contains_key(&line);
            if breaks.lacunae.insert((line, entry.at), entry).is_some() || joined_too {
                return Err(apparatus.error_at(&entry.line, ErrorKind::Conflict { line }));
            }
        }
        Ok(breaks)
    }

    /// The body's paragraphs, numbered from 1.
    pub fn paragraphs(&self, source: &SourceFile<'_>, body: &[Line<'_>]) -> Result<Vec<Paragraph>, IngestError> {
        let mut paragraphs = Vec::new();
        let mut open: Option<Paragraph> = None;
        for (index, line) in body.iter().enumerate() {
            let (text, changes) = reading_text(line.raw);
            let mut paragraph = match open.take() {
                Some(mut joined) => {
                    if let Some(lacuna) = self.lacunae.get(&(line.number, Edge::Start)) {
                        let message = format!(
                            "line {} continues line {} across a page break (a [[join]]), so no text can be missing at its start",
                            line.number,
                            joined.lines.last().copied().unwrap_or_default()
                        );
                        return Err(self.apparatus.error_at(&lacuna.line, ErrorKind::Contradiction(message)));
                    }
                    let previous = joined.lines.last().copied().unwrap_or_default();
                    joined.notes.push(Note::Joined { lines: [previous, line.number] });
                    joined
                }
                None => {
                    let number = u32::try_from(paragraphs.len() + 1).unwrap_or(u32::MAX);
                    let mut fresh = Paragraph::numbered(number);
                    if let Some(lacuna) = self.lacunae.get(&(line.number, Edge::Start)) {
                        fresh.notes.push(lacuna_note(lacuna));
                    }
                    fresh
                }
            };
            paragraph.text.push_str(&text);
            paragraph.lines.push(line.number);
            paragraph.notes.extend(changes.into_iter().map(|what| Note::Normalized { what, line: line.number }));

            let next = body.get(index + 1);
            let join = self.joins.get(&line.number);
            let lacuna = self.lacunae.get(&(line.number, Edge::End));
            match (ends_sentence(&text), join, lacuna, next) {
                (true, Some(entry), _, _) => {
                    let message = format!(
                        "line {} ends a sentence («…{}»), so there is nothing to join",
                        line.number,
                        tail(&text)
                    );
                    return Err(self.apparatus.error_at(entry, ErrorKind::Contradiction(message)));
                }
                (true, None, Some(entry), _) => {
                    let message = format!(
                        "line {} ends a sentence («…{}»); if text is missing after it, mark the start of the next line",
                        line.number,
                        tail(&text)
                    );
                    return Err(self.apparatus.error_at(&entry.line, ErrorKind::Contradiction(message)));
                }
                (false, Some(entry), _, None) => {
                    let message = format!(
                        "line {} is the last of its document's body, so there is nothing to join it to",
                        line.number
                    );
                    return Err(self.apparatus.error_at(entry, ErrorKind::Contradiction(message)));
                }
                (false, Some(_), _, Some(_)) => open = Some(paragraph),
                (false, None, Some(entry), _) => {
                    paragraph.notes.push(lacuna_note(entry));
                    paragraphs.push(paragraph);
                }
                (false, None, None, next) => return Err(unreviewed_break(source, line, &text, next)),
                (true, None, None, _) => paragraphs.push(paragraph),
            }
        }
        Ok(paragraphs)
    }
}

fn lacuna_note(entry: &LacunaEntry) -> Note {
    Note::Lacuna { at: entry.at, line: *entry.line.get_ref(), note: entry.note.clone(), note_zh: entry.note_zh.clone() }
}

/// The error for a line that stops mid-sentence with no decision, with the likely decision.
fn unreviewed_break(source: &SourceFile<'_>, line: &Line<'_>, text: &str, next: Option<&Line<'_>>) -> IngestError {
    let lacuna = format!("[[lacuna]]\nline = {}\nat = \"end\"\nnote = \"…\"\nnote_zh = \"…\"", line.number);
    let (what, proposal) = match next {
        Some(next) => (
            format!(
                "line {} stops mid-sentence («…{}») before line {} («{}…»)",
                line.number,
                tail(text),
                next.number,
                head(next.text())
            ),
            format!("[[join]]\nline = {}\n# or, if text is missing between them:\n{lacuna}", line.number),
        ),
        None => (format!("the document ends mid-sentence at line {} («…{}»)", line.number, tail(text)), lacuna),
    };
    source.error(line.number, ErrorKind::Unreviewed { what, proposal })
}

/// How many characters of context an error quotes.
const CONTEXT_CHARS: usize = 10;

pub(super) fn tail(text: &str) -> &str {
    let start = text.char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(i, _)| i);
    &text[start..]
}

pub(super) fn head(text: &str) -> &str {
    let end = text.char_indices().nth(CONTEXT_CHARS).map_or(text.len(), |(i, _)| i);
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_quotes_cut_on_character_boundaries() {
        assert_eq!(tail("坚持因势利导、顺势而"), "坚持因势利导、顺势而");
        assert_eq!(tail("一二三四五六七八九十十一"), "三四五六七八九十十一");
        assert_eq!(head("一二三四五六七八九十十一"), "一二三四五六七八九十");
        assert_eq!(head("短"), "短");
    }
}
