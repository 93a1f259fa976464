//! Formula and difference on the real corpus: the resolutions' formula clauses, what each adds,
//! and the repeated passages set against the paragraphs kept.

use renda_model::{aligned_runs, Change, Clause, Corpus, Note, Paragraph, Session};
use renda_study::compare::{align, clause_rows, clauses, compare_resolutions, formula_shares, FormulaShare};
use std::ops::Range;

fn corpus() -> Corpus {
    Corpus::from_json(include_str!("../../corpus/corpus.json")).expect("the committed corpus loads")
}

/// Every resolution clause: (document slug, paragraph, clause), in reading order.
fn all_clauses(session: &Session) -> Vec<(&str, &Paragraph, &Clause)> {
    session
        .documents
        .iter()
        .flat_map(|d| d.paragraphs.iter().flat_map(move |p| p.clauses.iter().map(move |c| (d.slug.as_str(), p, c))))
        .collect()
}

/// The clause's text with what it shares and what is its own told apart: own text in 〔〕.
fn marked(paragraph: &Paragraph, clause: &Clause) -> String {
    clause
        .runs()
        .into_iter()
        .map(|(shared, range)| {
            let text = &paragraph.text[range];
            if shared {
                text.to_string()
            } else {
                format!("〔{text}〕")
            }
        })
        .collect()
}

fn text_of<'p>(paragraph: &'p Paragraph, clause: &Clause) -> &'p str {
    &paragraph.text[clause.start..clause.end()]
}

#[test]
fn the_corpus_data_holds_what_the_comparison_computes() {
    let corpus = corpus();
    let mut session = corpus.sessions[0].clone();
    compare_resolutions(&mut session, &corpus.people);
    assert_eq!(session, corpus.sessions[0]);
    // Every character of a resolution belongs to exactly one clause, in order; nothing else has clauses.
    for document in &session.documents {
        for paragraph in &document.paragraphs {
            let ranges: Vec<_> = paragraph.clauses.iter().map(|c| c.start..c.end()).collect();
            let expected = if document.kind == renda_model::DocumentKind::Resolution {
                clauses(&paragraph.text)
            } else {
                Vec::new()
            };
            assert_eq!(ranges, expected, "{} ¶{}", document.slug, paragraph.number);
        }
    }
}

#[test]
fn the_four_report_resolutions_share_a_formula_that_approves_the_report_and_name_their_own_reporter() {
    let corpus = corpus();
    let session = &corpus.sessions[0];
    let all = all_clauses(session);
    let reports =
        ["government-work-report", "standing-committee-report", "intermediate-court-report", "procuratorate-report"];
    let approving: Vec<_> = all.iter().filter(|(_, p, c)| text_of(p, c).contains("决定批准这个报告")).collect();
    assert_eq!(approving.iter().map(|(slug, ..)| *slug).collect::<Vec<_>>(), reports);
    let formula = approving[0].2.formula.expect("a formula clause");
    for (_, paragraph, clause) in &approving {
        assert_eq!(clause.formula, Some(formula));
        let (wording, all) = clause.formula_chars(&paragraph.text);
        let own: usize = clause
            .runs()
            .into_iter()
            .filter(|(shared, _)| !shared)
            .map(|(_, r)| paragraph.text[r].chars().count())
            .sum();
        assert_eq!(wording + own, all, "a formula clause is its wording and its own text");
        let text = marked(paragraph, clause);
        assert!(text.contains("〕2023年的工作，同意报告提出的2024年工作安排，决定批准这个报告。"), "{text}");
    }
    // Who reported is each resolution's own: the name, and the office the text gives with it.
    for (document, reporter) in reports.iter().zip(["〔朱健市长", "〔刘正兴主任", "〔胡建福院长", "〔刘兴无检察长"])
    {
        let (_, paragraph, clause) = all
            .iter()
            .find(|(slug, p, c)| slug == document && text_of(p, c).contains("听取和审议了"))
            .expect("the clause that names the report");
        let text = marked(paragraph, clause);
        assert!(text.starts_with("衡阳市第十六届人民代表大会第三次会议听取和审议了"), "{text}");
        assert!(text.contains(reporter), "{text}");
        assert!(text.contains("〕所作的〔"), "{text}");
    }
}

#[test]
fn the_plan_and_budget_resolutions_share_their_opening_and_differ_in_what_they_approve() {
    let corpus = corpus();
    let all = all_clauses(&corpus.sessions[0]);
    let opening = |document: &str| {
        let (_, paragraph, clause) = all.iter().find(|(slug, ..)| *slug == document).expect("a clause");
        (clause.formula, marked(paragraph, clause))
    };
    let (plan_formula, plan) = opening("plan");
    let (budget_formula, budget) = opening("budget");
    assert!(plan_formula.is_some() && plan_formula == budget_formula);
    for text in [&plan, &budget] {
        assert!(
            text.starts_with("衡阳市第十六届人民代表大会第三次会议经过审查，同意市人民政府提出的《关于衡阳市2023年〔"),
            "{text}"
        );
    }
    assert!(plan.ends_with("批准2024年〔国民经济和社会发展计划〕。"), "{plan}");
    assert!(budget.ends_with("批准2024年〔市本级预算〕。"), "{budget}");
}

#[test]
fn a_clause_written_for_one_resolution_is_its_own_and_set_phrases_in_it_are_shared() {
    let corpus = corpus();
    let all = all_clauses(&corpus.sessions[0]);
    let called: Vec<_> = all.iter().filter(|(slug, p, _)| *slug == "government-work-report" && p.number == 4).collect();
    assert_eq!(called.len(), 1);
    let (_, paragraph, clause) = called[0];
    assert_eq!(clause.formula, None, "会议号召 is the government report's alone");
    let text = marked(paragraph, clause);
    assert!(text.starts_with("〔会议号召，全市人民"), "{text}");
    assert!(text.contains("〕“三高四新”美好蓝图〔"), "a set phrase other resolutions use: {text}");
    assert_eq!(
        clause.formula_chars(&paragraph.text),
        (0, paragraph.text.chars().count()),
        "its shared phrases are not formula"
    );
    // 习近平, named in set phrases, is not set aside as a reporter is.
    let (_, paragraph, clause) =
        all.iter().find(|(slug, p, _)| *slug == "procuratorate-report" && p.number == 2).expect("¶2");
    assert!(marked(paragraph, clause).contains("以习近平新时代中国特色社会主义思想为指导"));
}

#[test]
fn the_shorter_copies_of_a_repeated_passage_add_nothing_to_the_paragraph_kept() {
    let corpus = corpus();
    let speech = &corpus.sessions[0].documents[0];
    let text = |n: u32| speech.paragraph(n).map(|p| p.text.as_str()).expect("paragraph");
    let copies: Vec<(u32, u32, &str)> = speech
        .paragraphs
        .iter()
        .flat_map(|p| {
            p.notes.iter().filter_map(move |n| match n {
                Note::Duplicate { of, alignment, .. } => Some((p.number, *of, alignment.as_str())),
                _ => None,
            })
        })
        .collect();
    assert_eq!(
        copies.iter().map(|(copy, kept, _)| (*copy, *kept)).collect::<Vec<_>>(),
        [(9, 15), (12, 15), (13, 10), (14, 11)]
    );
    for &(copy, kept, alignment) in &copies {
        assert_eq!(alignment, align(text(copy), text(kept)), "the corpus data holds what the alignment computes");
        let runs = spelled(
            aligned_runs(alignment, text(copy), text(kept)).expect("the alignment fits the texts"),
            text(copy),
            text(kept),
        );
        assert!(runs.iter().all(|(change, _)| *change != Change::Added), "¶{copy} adds nothing to ¶{kept}");
        // The shared and removed runs, in order, spell the kept paragraph; the shared alone, the copy.
        assert_eq!(runs.iter().map(|(_, run)| *run).collect::<String>(), text(kept));
        let shared: String = runs.iter().filter(|(change, _)| *change == Change::Shared).map(|(_, run)| *run).collect();
        assert_eq!(shared, text(copy));
    }
    let runs = spelled(aligned_runs(copies[0].2, text(9), text(15)).expect("fits"), text(9), text(15));
    let removed: Vec<&str> =
        runs.iter().filter(|(change, _)| *change == Change::Removed).map(|(_, run)| *run).collect();
    assert!(removed[0].starts_with("各位代表、同志们！"), "¶9 lacks the opening: {removed:?}");
    assert!(removed.iter().any(|r| r.contains("一府一委两院")), "{removed:?}");
    assert_eq!(copies[2].2, format!("{}=", text(10).chars().count()), "an exact copy is one shared run");
}

#[test]
fn a_two_text_comparison_tells_shared_added_and_removed_text_apart_by_character() {
    let (copy, kept) = ("人民代表大会制度好", "人民代表会议制度");
    let alignment = align(copy, kept);
    assert_eq!(alignment, "4=1I1=1D2=1I");
    assert_eq!(
        aligned_runs(&alignment, copy, kept).map(|runs| spelled(runs, copy, kept)),
        Some(vec![
            (Change::Shared, "人民代表"),
            (Change::Added, "大"),
            (Change::Shared, "会"),
            (Change::Removed, "议"),
            (Change::Shared, "制度"),
            (Change::Added, "好"),
        ])
    );
    // An alignment that does not fit its texts (edited by hand, or left by another version) is
    // refused, not shown wrong.
    for wrong in ["4=1I1=1D2=", "5=1I1=1D1=1I", "4=1X", "=4", "99999999999999999999999="] {
        assert_eq!(aligned_runs(wrong, copy, kept), None, "{wrong}");
    }
    assert_eq!(align("", ""), "");
    assert_eq!(clauses("甲；乙。丙"), [0..6, 6..12, 12..15]);
    let whole = 0..6;
    assert_eq!(clauses("甲。"), [whole], "one clause, the whole text");
}

/// Each run with the text it stands for.
fn spelled<'t>(runs: Vec<(Change, Range<usize>)>, copy: &'t str, kept: &'t str) -> Vec<(Change, &'t str)> {
    runs.into_iter().map(|(change, range)| (change, &change.side(copy, kept)[range])).collect()
}

#[test]
fn the_comparison_shows_each_formula_clause_once_with_its_versions_where_the_first_stands() {
    let corpus = corpus();
    let session = &corpus.sessions[0];
    let rows = clause_rows(session);
    let in_order: Vec<(&str, u32, usize)> =
        all_clauses(session).iter().map(|(slug, paragraph, clause)| (*slug, paragraph.number, clause.start)).collect();
    let mut shown: Vec<(&str, u32, usize)> = rows
        .iter()
        .flat_map(|row| &row.versions)
        .map(|placed| (placed.document.slug.as_str(), placed.paragraph.number, placed.clause.start))
        .collect();
    assert_eq!(shown.len(), in_order.len(), "every clause once");
    for row in &rows {
        assert!(row.versions.iter().all(|placed| placed.clause.formula == row.formula));
        match row.formula {
            Some(_) => assert!(row.versions.len() > 1, "a formula clause has versions"),
            None => assert_eq!(row.versions.len(), 1),
        }
    }
    let formulas: Vec<u32> = rows.iter().filter_map(|row| row.formula).collect();
    let once: std::collections::BTreeSet<u32> = formulas.iter().copied().collect();
    assert_eq!(formulas.len(), once.len(), "each formula in one row: {formulas:?}");
    // Each row stands where its first version does.
    let firsts: Vec<usize> = rows
        .iter()
        .map(|row| {
            let first = &row.versions[0];
            let at = (first.document.slug.as_str(), first.paragraph.number, first.clause.start);
            in_order.iter().position(|clause| *clause == at).expect("a clause of the session")
        })
        .collect();
    assert!(firsts.windows(2).all(|pair| pair[0] < pair[1]), "{firsts:?}");
    shown.sort();
    let mut expected = in_order.clone();
    expected.sort();
    assert_eq!(shown, expected);
}

#[test]
fn each_resolutions_formula_share_sums_its_clauses() {
    let corpus = corpus();
    let session = &corpus.sessions[0];
    let shares = formula_shares(session);
    let resolutions: Vec<&str> = session
        .documents
        .iter()
        .filter(|d| d.paragraphs.iter().any(|p| !p.clauses.is_empty()))
        .map(|d| d.slug.as_str())
        .collect();
    assert_eq!(shares.iter().map(|share| share.document.slug.as_str()).collect::<Vec<_>>(), resolutions);
    for share in &shares {
        let clauses: Vec<(&Paragraph, &Clause)> =
            share.document.paragraphs.iter().flat_map(|p| p.clauses.iter().map(move |c| (p, c))).collect();
        assert_eq!(share.clauses, clauses.len());
        assert_eq!(share.formula_clauses, clauses.iter().filter(|(_, c)| c.formula.is_some()).count());
        let (shared, characters) = clauses
            .iter()
            .map(|(p, c)| c.formula_chars(&p.text))
            .fold((0, 0), |(s, n), (shared, all)| (s + shared, n + all));
        assert_eq!((share.shared, share.characters), (shared, characters), "{}", share.document.slug);
        assert!(share.percent() <= 100);
    }
    let share = |shared, characters| FormulaShare { shared, characters, ..shares[0] };
    assert_eq!(
        [share(1, 3).percent(), share(1, 2).percent(), share(1, 200).percent(), share(0, 0).percent()],
        [33, 50, 1, 0],
        "whole percents, half up"
    );
}
