//! Formulations in the text: where they stand, how often each document uses them, and how a
//! paragraph splits into plain text, marked formulations and search hits for display.

use crate::search::{Hit, SearchIndex};
use renda_model::{Corpus, Document, DocumentId, Formulation};
use std::cmp::Reverse;
use std::ops::Range;

/// The table of formulations: the documents in reading order (its columns), and a row per
/// formulation of the glossary.
#[derive(Debug, Clone)]
pub struct FormulationTable<'c> {
    pub documents: Vec<(DocumentId<'c>, &'c Document)>,
    pub rows: Vec<FormulationRow<'c>>,
}

/// One formulation's row: its place in the glossary (the table's order by term), its count in
/// each document in reading order, and its total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormulationRow<'c> {
    pub order: usize,
    pub formulation: &'c Formulation,
    pub per_document: Vec<usize>,
    pub total: usize,
}

/// What the table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// The curated order, which is the order a reader meets the formulations.
    Term,
    /// The total, most first.
    Total,
    /// A document's column, by its index in the reading order, most first.
    Document(usize),
}

impl<'c> FormulationTable<'c> {
    /// Counts every formulation of the glossary in every document, once.
    pub fn new(corpus: &'c Corpus, index: &SearchIndex<'c>) -> FormulationTable<'c> {
        let documents: Vec<(DocumentId<'c>, &'c Document)> = corpus
            .sessions
            .iter()
            .flat_map(|s| s.reading_order().into_iter().map(move |d| (DocumentId::of(s, d), d)))
            .collect();
        let rows = corpus
            .glossary
            .iter()
            .enumerate()
            .map(|(order, formulation)| {
                let found = counts(index, &formulation.term);
                let per_document: Vec<usize> = documents
                    .iter()
                    .map(|(id, _)| found.iter().find(|(document, _)| document == id).map_or(0, |(_, n)| *n))
                    .collect();
                let total = per_document.iter().sum();
                FormulationRow { order, formulation, per_document, total }
            })
            .collect();
        FormulationTable { documents, rows }
    }

    /// The rows sorted by `key`; rows that tie keep the glossary's order.
    pub fn sorted(&self, key: SortKey) -> Vec<FormulationRow<'c>> {
        let mut rows = self.rows.clone();
        match key {
            SortKey::Term => rows.sort_by_key(|row| row.order),
            SortKey::Total => rows.sort_by_key(|row| Reverse(row.total)),
            SortKey::Document(d) => rows.sort_by_key(|row| Reverse(row.per_document.get(d).copied().unwrap_or(0))),
        }
        rows
    }

    /// The largest total (at least 1), which the bars are drawn against.
    pub fn most(&self) -> usize {
        self.rows.iter().map(|row| row.total).max().unwrap_or(1).max(1)
    }
}

/// How often a formulation occurs in each document's reading text (repeated passages and
/// news-report lines left out), in corpus order: (document, count).
pub fn counts<'c>(index: &SearchIndex<'c>, term: &str) -> Vec<(DocumentId<'c>, usize)> {
    let mut counts: Vec<(DocumentId<'c>, usize)> = Vec::new();
    for hit in occurrences(index, term) {
        match counts.last_mut() {
            Some((document, n)) if *document == hit.document => *n += 1,
            _ => counts.push((hit.document, 1)),
        }
    }
    counts
}

/// Every occurrence of a formulation in the body's reading text, in corpus order.
pub fn occurrences<'c>(index: &SearchIndex<'c>, term: &str) -> Vec<Hit<'c>> {
    index.search(term, false).into_iter().filter(|h| !h.place.english && h.place.paragraph().is_some()).collect()
}

/// A run of text within a [`Piece`], marked when it is (part of) a search hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub range: Range<usize>,
    /// Index of the hit it belongs to, among the hits passed in.
    pub hit: Option<usize>,
}

/// A piece of a paragraph: a formulation (by index among the terms passed in) or plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub term: Option<usize>,
    pub spans: Vec<Span>,
}

/// Splits `text` into plain pieces and formulations (longest first, leftmost, never
/// overlapping), and each piece into spans by the search `hits` (byte ranges, sorted, not
/// overlapping). A hit that crosses a formulation's edge is split there, keeping its index.
pub fn pieces(text: &str, terms: &[&str], hits: &[Range<usize>]) -> Vec<Piece> {
    let mut by_length: Vec<(usize, &str)> = terms.iter().copied().enumerate().filter(|(_, t)| !t.is_empty()).collect();
    by_length.sort_by_key(|(_, t)| std::cmp::Reverse(t.len()));
    let mut pieces = Vec::new();
    let mut plain_start = 0;
    let mut at = 0;
    while at < text.len() {
        let found = by_length.iter().find(|(_, term)| text[at..].starts_with(term));
        match found {
            Some(&(index, term)) => {
                if plain_start < at {
                    pieces.push(piece(None, plain_start..at, hits));
                }
                pieces.push(piece(Some(index), at..at + term.len(), hits));
                at += term.len();
                plain_start = at;
            }
            None => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if plain_start < text.len() {
        pieces.push(piece(None, plain_start..text.len(), hits));
    }
    pieces
}

fn piece(term: Option<usize>, range: Range<usize>, hits: &[Range<usize>]) -> Piece {
    let mut spans = Vec::new();
    let mut at = range.start;
    for (index, hit) in hits.iter().enumerate() {
        let start = hit.start.max(range.start);
        let end = hit.end.min(range.end);
        if start >= end {
            continue;
        }
        if at < start {
            spans.push(Span { range: at..start, hit: None });
        }
        spans.push(Span { range: start..end, hit: Some(index) });
        at = end;
    }
    if at < range.end {
        spans.push(Span { range: at..range.end, hit: None });
    }
    Piece { term, spans }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str, pieces: &[Piece]) -> Vec<String> {
        pieces
            .iter()
            .map(|p| {
                let inner: String = p
                    .spans
                    .iter()
                    .map(|s| match s.hit {
                        Some(h) => format!("<{h}:{}>", &text[s.range.clone()]),
                        None => text[s.range.clone()].to_string(),
                    })
                    .collect();
                match p.term {
                    Some(t) => format!("[{t}:{inner}]"),
                    None => inner,
                }
            })
            .collect()
    }

    #[test]
    fn formulations_are_marked_longest_first_without_overlap() {
        let text = "“一府一委两院”和“一府两院”都要推动高质量发展。";
        let terms = ["一府两院", "一府一委两院", "高质量发展"];
        let found = show(text, &pieces(text, &terms, &[]));
        assert_eq!(found, ["“", "[1:一府一委两院]", "”和“", "[0:一府两院]", "”都要推动", "[2:高质量发展]", "。"]);
    }

    #[test]
    fn hits_split_at_formulation_edges_and_keep_their_index() {
        let text = "推动高质量发展行稳致远";
        let start = text.find("发展行").expect("present");
        let hit = start..start + "发展行".len();
        let found = show(text, &pieces(text, &["高质量发展"], std::slice::from_ref(&hit)));
        assert_eq!(found, ["推动", "[0:高质量<0:发展>]", "<0:行>稳致远"]);
    }

    #[test]
    fn text_without_terms_or_hits_is_one_plain_piece() {
        assert_eq!(show("平常的话。", &pieces("平常的话。", &[], &[])), ["平常的话。"]);
        assert!(pieces("", &["词"], &[]).is_empty());
    }
}
