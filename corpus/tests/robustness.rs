//! The ingest never panics: arbitrary bytes, the real source mutated line by line, and mutated
//! apparatus files all end in a session or a typed error. When a mutated source still ingests,
//! nothing of it is lost.

use proptest::prelude::*;
use renda_corpus::apparatus::Apparatus;
use renda_corpus::ingest::read_session;

const RAW: &str = include_str!("../raw/hengyang-16th-3rd-session.txt");
const APPARATUS: &str = include_str!("../apparatus/hengyang-16th-3rd-session.toml");

fn real_apparatus() -> Apparatus {
    Apparatus::parse("apparatus.toml", APPARATUS).expect("the real apparatus parses")
}

/// An edit to a list of lines.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    Replace(usize, String),
    Truncate(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Delete),
        any::<usize>().prop_map(Edit::Duplicate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap(a, b)),
        (any::<usize>(), "\\PC{0,30}").prop_map(|(a, s)| Edit::Replace(a, s)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, n)| Edit::Truncate(a, n)),
    ]
}

fn apply(lines: &mut Vec<String>, edit: &Edit) {
    if lines.is_empty() {
        return;
    }
    let at = |i: usize| i % lines.len();
    match edit {
        Edit::Delete(i) => {
            lines.remove(at(*i));
        }
        Edit::Duplicate(i) => {
            let line = lines[at(*i)].clone();
            lines.insert(at(*i), line);
        }
        Edit::Swap(a, b) => {
            let (a, b) = (at(*a), at(*b));
            lines.swap(a, b);
        }
        Edit::Replace(i, text) => {
            let i = at(*i);
            lines[i] = text.clone();
        }
        Edit::Truncate(i, n) => {
            let i = at(*i);
            let keep = lines[i].chars().count().checked_sub(1).map_or(0, |max| n % (max + 1));
            lines[i] = lines[i].chars().take(keep).collect();
        }
    }
}

/// Non-blank lines of a text with their numbers, as the source view must rebuild them.
fn non_blank(text: &str) -> Vec<(u32, String)> {
    text.split('\n')
        .zip(1u32..)
        .filter(|(line, _)| !line.trim().is_empty())
        .map(|(line, n)| (n, line.to_string()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes_end_in_a_session_or_an_error(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = read_session("fuzz.txt", &bytes, &real_apparatus());
    }

    #[test]
    fn arbitrary_text_end_in_a_session_or_an_error(text in "(\\PC{0,40}\n){0,40}") {
        let _ = read_session("fuzz.txt", text.as_bytes(), &real_apparatus());
    }

    #[test]
    fn a_mutated_source_loses_nothing_when_it_still_ingests(edits in proptest::collection::vec(edit(), 0..6)) {
        let mut lines: Vec<String> = RAW.split('\n').map(str::to_string).collect();
        for edit in &edits {
            apply(&mut lines, edit);
        }
        let text = lines.join("\n");
        if let Ok(session) = read_session("mutated.txt", text.as_bytes(), &real_apparatus()) {
            let rebuilt: Vec<(u32, String)> = session
                .documents
                .iter()
                .flat_map(|d| d.source.iter().map(|l| (l.line, l.text.clone())))
                .collect();
            prop_assert_eq!(rebuilt, non_blank(&text));
            for document in &session.documents {
                let source: Vec<u32> = document.source.iter().map(|l| l.line).collect();
                prop_assert_eq!(document.field_lines(), source);
            }
        }
    }

    #[test]
    fn a_mutated_apparatus_ends_in_a_session_or_an_error(edits in proptest::collection::vec(edit(), 1..4)) {
        let mut lines: Vec<String> = APPARATUS.split('\n').map(str::to_string).collect();
        for edit in &edits {
            apply(&mut lines, edit);
        }
        if let Ok(apparatus) = Apparatus::parse("mutated.toml", &lines.join("\n")) {
            let _ = read_session("raw.txt", RAW.as_bytes(), &apparatus);
        }
    }
}
