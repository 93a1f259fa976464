//! Detection of repeated passages and of news-report lines, reconciled with the apparatus.

use super::body::tail;
use super::text::sentences;
use super::SourceFile;
use crate::apparatus::Apparatus;
use crate::error::{ErrorKind, IngestError};
use renda_model::{DocumentKind, Note, Paragraph, ReportForm};
use std::collections::{HashMap, HashSet};

/// Paragraphs shorter than this are too common (a salutation, a slogan) to call a repetition.
const MIN_REPEAT_CHARS: usize = 8;

/// Verbs with which a news report relays someone's remarks.
const REPORTING_VERBS: &[&str] = &["表示", "指出", "强调", "说"];

/// Phrases with which a news report lists who attended.
const ATTENDANCE: &[&str] = &["列席会议", "出席会议"];

/// For each paragraph, the index of the fullest paragraph of the same document that contains
/// every one of its sentences, and whether the two are equal to the letter. Among equal copies
/// the first is the original.
pub fn find_duplicates(texts: &[&str]) -> Vec<Option<(usize, bool)>> {
    let lengths: Vec<usize> = texts.iter().map(|t| t.chars().count()).collect();
    (0..texts.len())
        .map(|i| {
            if lengths[i] < MIN_REPEAT_CHARS {
                return None;
            }
            (0..texts.len())
                .filter(|&j| j != i && (lengths[j] > lengths[i] || (lengths[j] == lengths[i] && j < i)))
                .filter(|&j| sentences(texts[i]).all(|s| texts[j].contains(s)))
                .max_by_key(|&j| (lengths[j], std::cmp::Reverse(j)))
                .map(|j| (j, texts[i] == texts[j]))
        })
        .collect()
}

/// How a paragraph reads as a third-person news report inside a speech, if it does.
pub fn report_form(text: &str) -> Option<ReportForm> {
    let relays_remarks = text.char_indices().skip(2).take(3).any(|(end, _)| {
        let (subject, rest) = text.split_at(end);
        subject.chars().all(is_han)
            && !subject.contains('我')
            && REPORTING_VERBS.iter().any(|verb| rest.strip_prefix(verb).is_some_and(|r| r.starts_with(['，', '：'])))
    });
    if relays_remarks {
        Some(ReportForm::Remarks)
    } else if ATTENDANCE.iter().any(|phrase| text.contains(phrase)) {
        Some(ReportForm::Attendance)
    } else {
        None
    }
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Adds duplicate and interpolation notes to a document's paragraphs: every detection must be
/// confirmed or rejected by the apparatus, and no entry may claim what the text contradicts.
pub(super) fn reconcile(
    source: &SourceFile<'_>,
    mut paragraphs: Vec<Paragraph>,
    kind: DocumentKind,
    apparatus: &Apparatus,
) -> Result<Vec<Paragraph>, IngestError> {
    let starts: HashMap<u32, usize> =
        paragraphs.iter().enumerate().filter_map(|(i, p)| p.lines.first().map(|&line| (line, i))).collect();
    let start_of = |i: usize| paragraphs[i].lines.first().copied().unwrap_or_default();
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
    let detected = find_duplicates(&texts);
    let mut notes: Vec<Vec<Note>> = vec![Vec::new(); paragraphs.len()];

    let mut reviewed = HashSet::new();
    for entry in apparatus.duplicates.iter().filter(|e| starts.contains_key(e.line.get_ref())) {
        let line = *entry.line.get_ref();
        let index = starts[&line];
        if !reviewed.insert(index) {
            return Err(apparatus.error_at(&entry.line, ErrorKind::Conflict { line }));
        }
        let contradiction = |message: String| apparatus.error_at(&entry.line, ErrorKind::Contradiction(message));
        match (detected[index], entry.reject) {
            (None, true) => {
                return Err(contradiction(format!(
                    "the paragraph at line {line} repeats no other paragraph, so there is nothing to reject"
                )))
            }
            (None, false) => {
                let reason = match starts.get(&entry.of) {
                    None => format!("line {} does not start a paragraph of the same document", entry.of),
                    Some(&of) => why_not_a_copy(&paragraphs[index].text, &paragraphs[of].text),
                };
                return Err(contradiction(format!(
                    "the paragraph at line {line} is not a copy of the one at line {}: {reason}",
                    entry.of
                )));
            }
            (Some(_), true) => {}
            (Some((of, exact)), false) => {
                if start_of(of) != entry.of {
                    return Err(contradiction(format!(
                        "the fullest version of the paragraph at line {line} starts at line {}, not line {}",
                        start_of(of),
                        entry.of
                    )));
                }
                notes[index].push(Note::Duplicate {
                    of: paragraphs[of].number,
                    exact,
                    alignment: renda_study::compare::align(&paragraphs[index].text, &paragraphs[of].text),
                });
            }
        }
    }
    if let Some((index, (of, _))) =
        detected.iter().enumerate().find_map(|(i, d)| d.filter(|_| !reviewed.contains(&i)).map(|d| (i, d)))
    {
        let (line, of_line) = (start_of(index), start_of(of));
        let what = format!(
            "the paragraph at line {line} («…{}») repeats the one at line {of_line}",
            tail(&paragraphs[index].text)
        );
        let proposal = format!(
            "[[duplicate]]\nline = {line}\nof = {of_line}\n# or, if it is not a repetition, add: reject = true"
        );
        return Err(source.error(line, ErrorKind::Unreviewed { what, proposal }));
    }

    let reports: Vec<Option<ReportForm>> =
        paragraphs.iter().map(|p| (kind == DocumentKind::Speech).then(|| report_form(&p.text)).flatten()).collect();
    let mut reviewed = HashSet::new();
    for entry in apparatus.interpolations.iter().filter(|e| starts.contains_key(e.line.get_ref())) {
        let line = *entry.line.get_ref();
        let index = starts[&line];
        if !reviewed.insert(index) {
            return Err(apparatus.error_at(&entry.line, ErrorKind::Conflict { line }));
        }
        match (reports[index], entry.reject) {
            (None, true) => {
                let message = format!(
                    "the paragraph at line {line} does not read as a news report, so there is nothing to reject"
                );
                return Err(apparatus.error_at(&entry.line, ErrorKind::Contradiction(message)));
            }
            (Some(_), true) => {}
            (_, false) => notes[index].push(Note::Interpolation {
                form: entry.form,
                note: entry.note.clone(),
                note_zh: entry.note_zh.clone(),
            }),
        }
    }
    if let Some((index, form)) =
        reports.iter().enumerate().find_map(|(i, r)| r.filter(|_| !reviewed.contains(&i)).map(|r| (i, r)))
    {
        let line = start_of(index);
        let form = match form {
            ReportForm::Remarks => "remarks",
            ReportForm::Attendance => "attendance",
        };
        let what = format!("the paragraph at line {line} reads as a news report inside the speech");
        let proposal = format!(
            "[[interpolation]]\nline = {line}\nform = \"{form}\"\nnote = \"…\"\nnote_zh = \"…\"\n# or, if it is part of the speech, add: reject = true"
        );
        return Err(source.error(line, ErrorKind::Unreviewed { what, proposal }));
    }

    for (paragraph, extra) in paragraphs.iter_mut().zip(notes) {
        paragraph.notes.extend(extra);
    }
    Ok(paragraphs)
}

/// Why `copy` is not a repetition of `original`, in words for the reviewer.
fn why_not_a_copy(copy: &str, original: &str) -> String {
    match sentences(copy).find(|s| !original.contains(s)) {
        Some(sentence) => format!("«{sentence}» does not occur there"),
        None if copy.chars().count() < MIN_REPEAT_CHARS => "it is too short to count as a repetition".to_string(),
        None => "that one is not the fuller version".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shorter_copy_points_at_the_fullest_version() {
        let texts = [
            "市委将支持人大依法行使职权。各位代表要履职尽责。",
            "开场白，另一段内容。",
            "各位代表、同志们！市委将支持人大依法行使职权。各位代表要履职尽责。",
            "各位代表、同志们！人大制度是根本政治制度，市委将支持人大依法行使职权。监督要加强。各位代表要履职尽责。",
        ];
        let found = find_duplicates(&texts);
        assert_eq!(found, [Some((3, false)), None, Some((3, false)), None]);
    }

    #[test]
    fn of_two_exact_copies_the_first_is_the_original() {
        let texts = ["刘正兴表示，要做好代表工作。", "中间段落，内容不同。", "刘正兴表示，要做好代表工作。"];
        assert_eq!(find_duplicates(&texts), [None, None, Some((0, true))]);
    }

    #[test]
    fn short_repeated_phrases_are_not_duplicates() {
        assert_eq!(find_duplicates(&["同志们！", "同志们！要奋斗。"]), [None, None]);
    }

    #[test]
    fn a_sentence_split_differently_is_not_a_copy() {
        let texts = ["甲乙丙丁戊己庚辛。", "甲乙丙丁，戊己庚辛壬癸。"];
        assert_eq!(find_duplicates(&texts), [None, None]);
    }

    #[test]
    fn news_report_lines_are_recognised_by_their_form() {
        assert_eq!(report_form("刘正兴表示，市人大常委会要始终坚持。"), Some(ReportForm::Remarks));
        assert_eq!(report_form("部分代表、有关负责人列席会议。"), Some(ReportForm::Attendance));
        assert_eq!(report_form("我们表示，要坚持。"), None);
        assert_eq!(report_form("各位代表、同志们！人民代表大会制度是根本政治制度。"), None);
        assert_eq!(report_form("表示"), None);
    }
}
