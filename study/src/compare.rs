//! Formula and difference: which clauses of a session's resolutions follow the official formula
//! and what each resolution says beyond it, and what a repeated copy of a passage has that the
//! paragraph kept in its place has not. The character-level diffs (`similar`, Myers) are run by
//! the ingest, with the feature `diff` ([`compare_resolutions`], [`align`]); the app only reads
//! their results from the corpus data, and groups and sums them here ([`clause_rows`],
//! [`formula_shares`]).

#[cfg(feature = "diff")]
mod diff;
#[cfg(feature = "diff")]
pub use diff::{align, compare_resolutions};

use renda_model::{Clause, Document, Paragraph, Session};
use std::collections::BTreeMap;
use std::ops::Range;

/// How alike two clauses of different resolutions must be, in percent of the diff's ratio (twice
/// the shared characters over both lengths), to count as versions of one formula clause. In this
/// corpus, with names and reports set aside, the versions of a formula clause score 60–88% against
/// each other, while clauses written for their resolution share set phrases and score 45% at most:
/// the bar stands between. (A whole percent, which the app prints without float formatting.)
pub const FORMULA_PERCENT: u32 = 55;

/// The shortest run of characters a specific clause must have in common with another
/// resolution for it to count as a shared phrase (shorter runs are chance: 的, 和, 全面).
pub const SHARED_PHRASE: usize = 5;

/// The shortest run the versions of a formula clause must share for it to count as the
/// formula's wording (a single character in common between two names is chance).
pub const FORMULA_RUN: usize = 2;

/// The clauses of `text` as byte ranges: each up to and including a 。 or ；, the last to the end.
pub fn clauses(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if c == '。' || c == '；' {
            let end = at + c.len_utf8();
            ranges.push(start..end);
            start = end;
        }
    }
    if start < text.len() {
        ranges.push(start..text.len());
    }
    ranges
}

/// A resolution's clause with the paragraph and the resolution it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlacedClause<'c> {
    pub document: &'c Document,
    pub paragraph: &'c Paragraph,
    pub clause: &'c Clause,
}

/// A row of the comparison: the versions of one formula clause (`formula`), or one resolution's
/// own clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseRow<'c> {
    pub formula: Option<u32>,
    pub versions: Vec<PlacedClause<'c>>,
}

/// A session's resolution clauses as the comparison shows them: each formula clause once, where
/// its first version stands, with all its versions in source order; each own clause in its place.
pub fn clause_rows(session: &Session) -> Vec<ClauseRow<'_>> {
    let mut rows: Vec<ClauseRow> = Vec::new();
    let mut row_of_formula: BTreeMap<u32, usize> = BTreeMap::new();
    for placed in placed_clauses(session) {
        match placed.clause.formula {
            Some(formula) => match row_of_formula.get(&formula) {
                Some(&row) => rows[row].versions.push(placed),
                None => {
                    row_of_formula.insert(formula, rows.len());
                    rows.push(ClauseRow { formula: Some(formula), versions: vec![placed] });
                }
            },
            None => rows.push(ClauseRow { formula: None, versions: vec![placed] }),
        }
    }
    rows
}

/// How much of one resolution is formula.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormulaShare<'c> {
    pub document: &'c Document,
    pub clauses: usize,
    pub formula_clauses: usize,
    /// Characters of its clauses that another resolution shares.
    pub shared: usize,
    pub characters: usize,
}

impl FormulaShare<'_> {
    /// The shared characters in whole percent of all, rounded half up (in integers: float
    /// formatting would weigh on the app).
    pub fn percent(&self) -> usize {
        (self.shared * 200 + self.characters) / (2 * self.characters.max(1))
    }
}

/// How much of each of a session's resolutions is formula, in source order; a document without
/// clauses has no share.
pub fn formula_shares(session: &Session) -> Vec<FormulaShare<'_>> {
    let mut shares: Vec<FormulaShare> = Vec::new();
    for PlacedClause { document, paragraph, clause } in placed_clauses(session) {
        let (shared, characters) = clause.formula_chars(&paragraph.text);
        if shares.last().is_none_or(|share| share.document.slug != document.slug) {
            shares.push(FormulaShare { document, clauses: 0, formula_clauses: 0, shared: 0, characters: 0 });
        }
        if let Some(share) = shares.last_mut() {
            share.clauses += 1;
            share.formula_clauses += usize::from(clause.formula.is_some());
            share.shared += shared;
            share.characters += characters;
        }
    }
    shares
}

/// Every clause of a session, in source order.
fn placed_clauses(session: &Session) -> impl Iterator<Item = PlacedClause<'_>> {
    session.documents.iter().flat_map(|document| {
        document.paragraphs.iter().flat_map(move |paragraph| {
            paragraph.clauses.iter().map(move |clause| PlacedClause { document, paragraph, clause })
        })
    })
}
