//! Character-level facts about Chinese official text that the ingest decides by.

use renda_model::Normalization;

/// Marks that end a sentence (or, for the colon, a salutation).
const SENTENCE_END: &[char] = &['。', '！', '？', '；', '：', '…', '!', '?', ';', ':'];

/// Closing quotes and brackets that may follow a sentence's final mark.
const CLOSERS: &[char] = &['”', '’', '）', '」', '』', '》', '】', ')', '"', '\''];

/// Marks that never occur in a title, a name or a signature line.
const CLAUSE_MARKS: &[char] = &['，', '。', '；', '！', '？', '：', '、', ',', ';', '!', '?', ':'];

/// Whether the text ends a sentence, so that a line break after it is a real paragraph break.
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(CLOSERS).ends_with(SENTENCE_END)
}

/// Whether the text is free of clause punctuation, as titles, names and signatures are.
pub fn is_unpunctuated(text: &str) -> bool {
    !text.contains(CLAUSE_MARKS)
}

/// Sentences of a paragraph, each with its final mark.
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['。', '！', '？']).map(str::trim).filter(|s| !s.is_empty())
}

/// The reading text of a source line, and the typographic changes that made it.
pub fn reading_text(raw: &str) -> (String, Vec<Normalization>) {
    let mut changes = Vec::new();
    let trimmed = raw.trim();
    if trimmed.len() != raw.len() {
        changes.push(Normalization::EdgeWhitespace);
    }
    let text = if trimmed.contains(['(', ')']) {
        changes.push(Normalization::FullWidthBrackets);
        trimmed.replace('(', "（").replace(')', "）")
    } else {
        trimmed.to_string()
    };
    (text, changes)
}

/// The inside of a bracketed line such as （2023年12月27日）, in either bracket width.
pub fn unbracket(text: &str) -> Option<&str> {
    text.strip_prefix(['（', '('])?.strip_suffix(['）', ')'])
}

/// Text with white space removed, and whether there was any.
pub fn without_spaces(text: &str) -> (String, bool) {
    let joined: String = text.split_whitespace().collect();
    let changed = joined.len() != text.len();
    (joined, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_cut_mid_word_does_not_end_a_sentence() {
        assert!(!ends_sentence("坚持因势利导、顺势而"));
        assert!(!ends_sentence("唱响推动衡阳高质量发展的“大合唱”"));
        assert!(ends_sentence("唱响推动衡阳高质量发展的“大合唱”。"));
        assert!(ends_sentence("各位代表，同志们："));
        assert!(ends_sentence("而接续奋斗！"));
        assert!(ends_sentence("他说：“要干。”"));
    }

    #[test]
    fn sentences_keep_their_final_marks() {
        let found: Vec<_> = sentences("各位代表、同志们！人大工作。要履职").collect();
        assert_eq!(found, ["各位代表、同志们！", "人大工作。", "要履职"]);
    }

    #[test]
    fn half_width_brackets_become_full_width_and_are_reported() {
        assert_eq!(
            reading_text("(2023年12月27日)"),
            ("（2023年12月27日）".to_string(), vec![Normalization::FullWidthBrackets])
        );
        assert_eq!(reading_text("　正文\r").1, vec![Normalization::EdgeWhitespace]);
        assert_eq!(reading_text("正文。").1, vec![]);
    }

    #[test]
    fn brackets_of_either_width_are_recognised() {
        assert_eq!(unbracket("（市十六届人大三次会议通过）"), Some("市十六届人大三次会议通过"));
        assert_eq!(unbracket("(2023年12月27日)"), Some("2023年12月27日"));
        assert_eq!(unbracket("2023年12月27日"), None);
    }
}
