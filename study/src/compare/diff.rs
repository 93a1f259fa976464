use super::{clauses, FORMULA_PERCENT, FORMULA_RUN, SHARED_PHRASE};
use renda_model::{Change, Clause, Document, DocumentKind, Person, Session};
use similar::{capture_diff_slices, diff_ratio, Algorithm, DiffTag};
use std::ops::Range;

/// Sets the resolutions of a session against each other: fills in each resolution paragraph's
/// clauses (`people` name whom to set aside). Other documents keep no clauses.
pub fn compare_resolutions(session: &mut Session, people: &[Person]) {
    let mut compared = resolution_clauses(session, people).into_iter();
    for document in &mut session.documents {
        for paragraph in &mut document.paragraphs {
            paragraph.clauses.clear();
            if document.kind == DocumentKind::Resolution {
                let count = clauses(&paragraph.text).len();
                paragraph.clauses.extend(compared.by_ref().take(count));
            }
        }
    }
}

/// What is set aside in a resolution's text before its clauses are compared, as always its own,
/// as byte ranges within `text`:
/// - the name of each person whose evidence is in this resolution (its reporter), with the office
///   the text gives after it: the longest end of the person's role that follows the name (朱健市长
///   for the role 市长, 刘正兴主任 for 市人大常委会主任). A name within a set phrase (习近平新时代…)
///   belongs to no person's evidence here and stays in the comparison;
/// - the report the resolution is on, from its title's 关于…的决议 (政府工作报告, 计划);
/// - the body that made a work report, where its name is specific enough to stand alone
///   (市中级人民法院 of 市中级人民法院工作报告; not 政府, which 省政府 contains too, and whose
///   市人民政府 no other report resolution has anyway).
fn set_aside(text: &str, session: &Session, document: &Document, people: &[Person]) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut mark = |phrase: &str, extend: &dyn Fn(&str) -> usize| {
        if phrase.is_empty() {
            return;
        }
        for (at, _) in text.match_indices(phrase) {
            let end = at + phrase.len();
            ranges.push(at..end + extend(&text[end..]));
        }
    };
    let reporters = people.iter().filter(|p| p.evidence.session == session.id && p.evidence.document == document.slug);
    for person in reporters {
        // The longest end of the role that follows the name.
        let office = |after: &str| {
            person
                .role
                .char_indices()
                .map(|(at, _)| &person.role[at..])
                .find(|end| after.starts_with(end))
                .map_or(0, str::len)
        };
        mark(&person.name, &office);
    }
    let report = document.short_title.strip_prefix("关于").and_then(|t| t.strip_suffix("的决议")).unwrap_or_default();
    mark(report, &|_| 0);
    let body = report.strip_suffix("工作报告").unwrap_or_default();
    if body.chars().count() >= 3 {
        mark(body, &|_| 0);
    }
    ranges
}

struct Candidate<'s> {
    document: &'s str,
    /// Byte offset of the clause in its paragraph.
    offset: usize,
    chars: Vec<(usize, char)>,
}

fn resolution_clauses(session: &Session, people: &[Person]) -> Vec<Clause> {
    let mut candidates: Vec<Candidate> = Vec::new();
    // The clauses as tokens for the diff: characters, and for what is set aside a token of the
    // clause's own, beyond the range of characters, which no other clause has.
    let mut letters: Vec<Vec<u32>> = Vec::new();
    for document in session.documents.iter().filter(|d| d.kind == DocumentKind::Resolution) {
        for paragraph in &document.paragraphs {
            let aside = set_aside(&paragraph.text, session, document, people);
            for range in clauses(&paragraph.text) {
                let candidate = Candidate {
                    document: &document.slug,
                    offset: range.start,
                    chars: paragraph.text[range].char_indices().collect(),
                };
                let own = u32::from(char::MAX) + 1 + candidates.len() as u32;
                letters.push(
                    candidate
                        .chars
                        .iter()
                        .map(|&(at, c)| {
                            let at = candidate.offset + at;
                            if aside.iter().any(|r| r.contains(&at)) {
                                own
                            } else {
                                u32::from(c)
                            }
                        })
                        .collect(),
                );
                candidates.push(candidate);
            }
        }
    }
    let diff = |a: usize, b: usize| capture_diff_slices(Algorithm::Myers, &letters[a], &letters[b]);
    // Versions of one formula clause: linked when alike enough, grouped through the links.
    let mut group: Vec<usize> = (0..candidates.len()).collect();
    fn root(group: &mut [usize], mut i: usize) -> usize {
        while group[i] != i {
            group[i] = group[group[i]];
            i = group[i];
        }
        i
    }
    for a in 0..candidates.len() {
        for b in a + 1..candidates.len() {
            if candidates[a].document == candidates[b].document {
                continue;
            }
            let ratio = diff_ratio(&diff(a, b), letters[a].len(), letters[b].len());
            if ratio * 100.0 >= FORMULA_PERCENT as f32 {
                let (ra, rb) = (root(&mut group, a), root(&mut group, b));
                group[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let roots: Vec<usize> = (0..candidates.len()).map(|i| root(&mut group, i)).collect();
    let mut numbers: Vec<(usize, u32)> = Vec::new();
    for (i, &r) in roots.iter().enumerate() {
        let versions = roots.iter().filter(|&&other| other == r).count();
        if versions > 1 && r == i {
            numbers.push((r, numbers.len() as u32 + 1));
        }
    }
    let formula_of = |i: usize| numbers.iter().find(|(r, _)| *r == roots[i]).map(|(_, n)| *n);
    candidates
        .iter()
        .enumerate()
        .map(|(a, candidate)| {
            let formula = formula_of(a);
            let mut shared = vec![false; letters[a].len()];
            for b in (0..candidates.len()).filter(|&b| candidates[b].document != candidate.document) {
                let (partner, shortest) = match formula {
                    Some(_) => (roots[b] == roots[a], FORMULA_RUN),
                    None => (true, SHARED_PHRASE),
                };
                if !partner {
                    continue;
                }
                for op in diff(a, b) {
                    let (tag, old, _) = op.as_tag_tuple();
                    // Punctuation in the same place in two versions of a formula is its form
                    // (the 。 after a report's name).
                    let form =
                        formula.is_some() && candidate.chars[old.clone()].iter().all(|&(_, c)| !c.is_alphanumeric());
                    if tag == DiffTag::Equal && (old.len() >= shortest || form) {
                        shared[old].iter_mut().for_each(|s| *s = true);
                    }
                }
            }
            // Byte lengths of the runs, alternately shared and own, from a shared one.
            let mut runs: Vec<u32> = vec![0];
            for (i, &(_, c)) in candidate.chars.iter().enumerate() {
                if (runs.len() % 2 == 1) != shared[i] {
                    runs.push(0);
                }
                if let Some(last) = runs.last_mut() {
                    *last += c.len_utf8() as u32;
                }
            }
            Clause { start: candidate.offset, formula, runs }
        })
        .collect()
}

/// `copy` aligned with `kept` character by character, as a CIGAR string (see
/// [`renda_model::Note::Duplicate`]): what both have, what only the copy has, what only the kept
/// text has, in reading order.
pub fn align(copy: &str, kept: &str) -> String {
    let copy: Vec<char> = copy.chars().collect();
    let kept: Vec<char> = kept.chars().collect();
    let mut runs: Vec<(Change, usize)> = Vec::new();
    let mut push = |change: Change, count: usize| match runs.last_mut() {
        _ if count == 0 => {}
        Some((last, n)) if *last == change => *n += count,
        _ => runs.push((change, count)),
    };
    for op in capture_diff_slices(Algorithm::Myers, &copy, &kept) {
        let (tag, in_copy, in_kept) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => push(Change::Shared, in_copy.len()),
            DiffTag::Delete => push(Change::Added, in_copy.len()),
            DiffTag::Insert => push(Change::Removed, in_kept.len()),
            DiffTag::Replace => {
                push(Change::Removed, in_kept.len());
                push(Change::Added, in_copy.len());
            }
        }
    }
    runs.into_iter().map(|(change, count)| format!("{count}{}", change.operation())).collect()
}
