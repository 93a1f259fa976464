//! The study tools on the real corpus: search, formulation counts, people and their evidence,
//! citations and exports.

use renda_model::{Corpus, Date, DocumentId, Unit};
use renda_study::cite::{cite, cite_translation, quote_card, quote_card_bilingual, Cited, Style};
use renda_study::export::{document_text, session_markdown, session_text, Translation};
use renda_study::search::{kwic, DocumentHits, Place, SearchIndex, TextHits};
use renda_study::terms::{counts, FormulationTable, SortKey};

fn corpus() -> Corpus {
    Corpus::from_json(include_str!("../../corpus/corpus.json")).expect("the committed corpus loads")
}

#[test]
fn a_query_spanning_two_words_finds_every_occurrence_in_the_reading_text() {
    let corpus = corpus();
    let index = SearchIndex::new(&corpus);
    let hits = index.search("立市、文旅", false);
    let mut documents: Vec<&str> = hits.iter().map(|h| h.document.slug).collect();
    documents.dedup();
    assert_eq!(
        documents,
        [
            "closing-speech",
            "government-work-report",
            "standing-committee-report",
            "intermediate-court-report",
            "procuratorate-report"
        ]
    );
    assert_eq!(hits.iter().filter(|h| h.document.slug == "closing-speech").count(), 5);
    assert!(hits.iter().all(|h| h.document.session == corpus.sessions[0].id));
}

#[test]
fn set_aside_passages_are_searched_only_on_request() {
    let corpus = corpus();
    let index = SearchIndex::new(&corpus);
    assert!(index.search("刘正兴表示", false).is_empty());
    let all = index.search("刘正兴表示", true);
    assert_eq!(
        all.iter().map(|h| h.place).collect::<Vec<_>>(),
        [Place::chinese(Unit::Paragraph(10)), Place::chinese(Unit::Paragraph(13))]
    );
}

#[test]
fn a_traditional_query_with_full_width_digits_finds_the_text() {
    let corpus = corpus();
    let index = SearchIndex::new(&corpus);
    let hits = index.search("批准２０２４年國民經濟", false);
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    let (_, document) = corpus.find(hit.document).expect("the hit's document");
    assert_eq!(document.slug, "plan");
    let text = &document.paragraphs[0].text;
    assert_eq!(&text[hit.range.clone()], "批准2024年国民经济");
    let line = kwic(text, hit.range.clone(), 6);
    assert_eq!((line.before.as_str(), line.after.as_str()), ("…案的报告》，", "和社会发展计…"));
}

#[test]
fn formulation_counts_are_per_document_in_the_reading_text() {
    let corpus = corpus();
    let index = SearchIndex::new(&corpus);
    let by_slug = |term: &str| -> Vec<(String, usize)> {
        counts(&index, term).into_iter().map(|(document, n)| (document.slug.to_string(), n)).collect()
    };
    assert_eq!(
        by_slug("三高四新"),
        [
            ("closing-speech".to_string(), 4),
            ("government-work-report".to_string(), 3),
            ("standing-committee-report".to_string(), 1),
            ("intermediate-court-report".to_string(), 1),
            ("procuratorate-report".to_string(), 1),
        ]
    );
    assert_eq!(by_slug("一府两院"), [("closing-speech".to_string(), 1)]);
    assert_eq!(by_slug("一府一委两院"), [("closing-speech".to_string(), 1)]);
    // 全过程人民民主 appears only in the news report of 刘正兴's remarks, which the reading text sets aside.
    assert!(by_slug("全过程人民民主").is_empty());
    assert_eq!(corpus.glossary.len(), 25);
}

#[test]
fn every_person_has_the_role_and_evidence_the_text_gives() {
    let corpus = corpus();
    let names: Vec<&str> = corpus.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["刘越高", "朱健", "刘正兴", "胡建福", "刘兴无", "杨青青", "周海生", "唐修波", "习近平"]);
    let mayor = &corpus.people[1];
    assert_eq!(
        (mayor.role.as_str(), mayor.evidence.document.as_str(), mayor.evidence.paragraph),
        ("市长", "government-work-report", Some(1))
    );
    assert_eq!(mayor.evidence.line, 59);
    let speaker = &corpus.people[0];
    assert_eq!(
        (speaker.evidence.document.as_str(), speaker.evidence.paragraph, speaker.evidence.line),
        ("closing-speech", None, 7)
    );
    let elected = &corpus.people[6];
    assert_eq!((elected.evidence.document.as_str(), elected.evidence.line), ("by-election-notice", 85));
}

fn cited<'a>(corpus: &'a Corpus, slug: &str, paragraph: Option<u32>, url: &'a str) -> Cited<'a> {
    let (session, document) = corpus.document(slug).expect("document");
    Cited { session, document, paragraph, url, accessed: Date::new(2026, 11, 28).expect("date") }
}

#[test]
fn citations_follow_gb_t_7714_and_chicago() {
    let corpus = corpus();
    let speech = ("closing-speech", Some(10), "https://example.org/d/closing-speech#p10");
    let resolution = ("budget", None, "https://example.org/d/budget");
    for ((slug, paragraph, url), style, expected) in [
        (speech, Style::GbT7714, "刘越高. 在市十六届人大三次会议闭幕会上的讲话: 第10段[EB/OL]. (2023-12-27)[2026-11-28]. https://example.org/d/closing-speech#p10."),
        (speech, Style::Chicago, "刘越高. “在市十六届人大三次会议闭幕会上的讲话.” 衡阳市第十六届人民代表大会第三次会议, December 27, 2023, para. 10. Accessed November 28, 2026. https://example.org/d/closing-speech#p10."),
        (resolution, Style::GbT7714, "衡阳市第十六届人民代表大会第三次会议. 关于衡阳市2023年预算执行情况与2024年预算的决议[EB/OL]. (2023-12-27)[2026-11-28]. https://example.org/d/budget."),
        (resolution, Style::Chicago, "衡阳市第十六届人民代表大会第三次会议. “关于衡阳市2023年预算执行情况与2024年预算的决议.” December 27, 2023. Accessed November 28, 2026. https://example.org/d/budget."),
    ] {
        assert_eq!(cite(style, &cited(&corpus, slug, paragraph, url)), expected);
    }
    let notice = cited(&corpus, "by-election-notice", None, "u");
    assert!(cite(Style::GbT7714, &notice).starts_with(
        "衡阳市第十六届人民代表大会第三次会议主席团. 衡阳市第十六届人民代表大会第三次会议公告[EB/OL]. (2023-12-27)"
    ));
}

#[test]
fn a_quote_card_gives_the_paragraph_as_the_corpus_has_it_with_its_gaps_its_source_and_its_link() {
    let corpus = corpus();
    let url = "https://example.org/d/closing-speech#p5";
    let card = quote_card(&cited(&corpus, "closing-speech", Some(5), url), "〔缺文〕").expect("a paragraph");
    let (_, speech) = corpus.document("closing-speech").expect("speech");
    let text = &speech.paragraph(5).expect("¶5").text;
    assert_eq!(
        card,
        format!(
            "〔缺文〕{text}〔缺文〕\n——刘越高，《在市十六届人大三次会议闭幕会上的讲话》第5段，2023年12月27日\n{url}"
        )
    );
    let resolution = quote_card(&cited(&corpus, "budget", Some(1), "u"), "〔缺文〕").expect("a paragraph");
    assert!(resolution.contains("\n——衡阳市第十六届人民代表大会第三次会议，《关于衡阳市2023年预算执行情况与2024年预算的决议》第1段，2023年12月27日\nu"), "{resolution}");
    assert!(!resolution.starts_with("〔缺文〕"), "no gap where the source lost nothing");
    assert_eq!(quote_card(&cited(&corpus, "budget", None, "u"), "〔缺文〕"), None, "a document is cited, not quoted");
}

#[test]
fn a_bilingual_quote_card_gives_the_chinese_then_the_english_and_says_whose_translation_it_is() {
    let corpus = corpus();
    let url = "https://example.org/d/closing-speech/en#p5";
    let card = quote_card_bilingual(&cited(&corpus, "closing-speech", Some(5), url), "〔缺文〕", "[gap]").expect("¶5");
    let (_, speech) = corpus.document("closing-speech").expect("speech");
    let paragraph = speech.paragraph(5).expect("¶5");
    let english = &paragraph.english.as_ref().expect("translated").text;
    let lines: Vec<&str> = card.lines().collect();
    assert_eq!(lines[0], format!("〔缺文〕{}〔缺文〕", paragraph.text));
    assert_eq!(lines[1], format!("[gap]{english}[gap]"));
    assert!(lines[2].starts_with("— Liu Yuegao, “Speech at the Closing Meeting"), "{}", lines[2]);
    assert!(lines[2].contains("para. 5, December 27, 2023 (unofficial translation by Renda Reader"), "{}", lines[2]);
    assert_eq!(lines[3], url);
    assert_eq!(quote_card_bilingual(&cited(&corpus, "budget", None, "u"), "", ""), None);
}

#[test]
fn exports_carry_the_reading_text_with_its_markers_and_the_source() {
    let corpus = corpus();
    let session = &corpus.sessions[0];
    let (_, notice) = corpus.document("by-election-notice").expect("notice");
    let text = document_text(session, notice, Translation::Left);
    assert!(
        text.starts_with("衡阳市第十六届人民代表大会第三次会议公告\n\n　　衡阳市第十六届人民代表大会第三次会议，补选")
    );
    assert!(text.contains("第三次会议主席团\n2023年12月27日\n"));
    assert!(text.contains("3861146a58d5d8e7e8184f35a12c81082f22f887d9b6a9de0483a97057c5986b"));

    let all = session_text(session, Translation::Left);
    assert_eq!(all.matches("市委将一如既往支持和保障各级人大依法行使职权").count(), 1, "repetitions once");
    assert!(all.contains("〔缺文〕全生产、生态环保"));
    assert!(all.contains("〔新闻报道插入语〕刘正兴表示"));
    let markdown = session_markdown(session, Translation::Left);
    assert!(markdown.starts_with("# 衡阳市第十六届人民代表大会第三次会议\n\n## 在市十六届人大三次会议闭幕会上的讲话\n\n刘越高\n\n（2023年12月27日）\n\n各位代表，同志们：\n\n"));
    assert!(markdown.contains("\n> 〔新闻报道插入语〕部分在衡的全国人大代表"));
    assert!(markdown.contains(
        "## 衡阳市第十六届人民代表大会第三次会议 关于政府工作报告的决议\n\n（市十六届人大三次会议通过）\n\n"
    ));
    assert_eq!(markdown.matches("\n## ").count(), 8);
}

#[test]
fn every_hit_resolves_to_its_own_text_including_a_resolution_subject_line() {
    let corpus = corpus();
    let index = SearchIndex::new(&corpus);
    for query in ["发展", "人大", "决议", "会议", "衡阳"] {
        for hit in index.search(query, true) {
            let (_, text) = renda_study::search::hit_text(&corpus, &hit).expect("the hit resolves");
            assert_eq!(
                renda_study::search::fold(&text[hit.range.clone()]),
                renda_study::search::fold(query),
                "{hit:?}"
            );
        }
    }
    let places: Vec<Place> = index.search("社会发展计划", false).into_iter().map(|h| h.place).collect();
    assert_eq!(
        places,
        [Place::chinese(Unit::Title(1)), Place::chinese(Unit::Paragraph(1)), Place::chinese(Unit::Paragraph(1))],
        "the subject line is the plan's second title line"
    );
}

#[test]
fn a_latin_query_searches_the_translation_by_words_and_phrases_in_any_case() {
    let corpus = corpus();
    let index = SearchIndex::new(&corpus);
    let hits = index.search("High-Quality Development", false);
    assert!(hits.len() >= 5, "{} hits", hits.len());
    assert!(hits.iter().all(|h| h.place.english && h.place.paragraph().is_some()), "English paragraph hits only");
    for hit in &hits {
        let (_, text) = renda_study::search::hit_text(&corpus, hit).expect("the hit resolves");
        assert_eq!(text[hit.range.clone()].to_lowercase(), "high-quality development");
    }
    // A match begins a word: "art" is in "party" but begins no word there.
    let party = index.search("party", false).len();
    assert!(party > 0);
    let art = index.search("art", true);
    assert!(art.iter().all(|hit| {
        let (_, text) = renda_study::search::hit_text(&corpus, hit).expect("resolves");
        text[..hit.range.start].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
    }));
    // A typed apostrophe finds the translation's typographic one, and Chinese finds only Chinese.
    assert!(!index.search("people's congress", false).is_empty());
    assert!(index.search("高质量发展", false).iter().all(|h| !h.place.english));
}

#[test]
fn english_search_finds_other_forms_of_a_word_phrases_across_hyphens_and_the_header_lines() {
    let corpus = corpus();
    let index = SearchIndex::new(&corpus);
    let text = |hit: &renda_study::search::Hit| {
        let (_, text) = renda_study::search::hit_text(&corpus, hit).expect("the hit resolves");
        text[hit.range.clone()].to_lowercase()
    };
    // What a reader of the walkthrough typed and found nothing for.
    let courts = index.search("courts", false);
    assert!(courts.iter().any(|hit| text(hit) == "court"), "{:?}", courts.iter().map(text).collect::<Vec<_>>());
    let unhyphenated = index.search("high quality development", false);
    assert_eq!(unhyphenated.len(), index.search("High-Quality Development", false).len());
    let liu = index.search("Liu Yuegao", false);
    assert!(liu.iter().any(|hit| hit.place == Place::english(Unit::Speaker)), "the speaker line is searched");
    assert!(liu.iter().all(|hit| text(hit) == "liu yuegao"));
}

#[test]
fn exports_carry_the_translation_when_asked_and_say_it_is_unofficial() {
    let corpus = corpus();
    let session = &corpus.sessions[0];
    let (_, notice) = corpus.document("by-election-notice").expect("notice");
    let text = document_text(session, notice, Translation::Included);
    let chinese = text.find("　　衡阳市第十六届人民代表大会第三次会议，补选").expect("the Chinese paragraph");
    let english = text.find("Yang Qingqing").expect("its translation");
    assert!(chinese < english, "each unit, then its translation");
    // The notice comes first, before the reader meets any of the translation, and only once.
    let notice_line = "English: unofficial translation by Renda Reader; the Chinese text is authoritative.\n\n";
    assert!(text.starts_with(notice_line), "{text}");
    assert_eq!(text.matches("unofficial translation").count(), 1);
    assert!(text.ends_with("经 Renda Reader 整理。\n"), "the source line closes the export");
    let left = document_text(session, notice, Translation::Left);
    assert!(!left.contains("Yang Qingqing") && !left.contains("unofficial"));
    assert!(session_text(session, Translation::Included).starts_with(notice_line));
    let markdown = session_markdown(session, Translation::Included);
    assert!(markdown.starts_with(&format!("{notice_line}# 衡阳市第十六届人民代表大会第三次会议\n\n")), "{markdown}");
    assert_eq!(markdown.matches("unofficial translation").count(), 1);
    assert!(markdown.contains("\n> [news-report insertion]"), "the English report is marked too");
    assert!(markdown.contains("[gap]"), "and its gaps");
}

#[test]
fn a_citation_of_the_translation_says_it_is_an_unofficial_translation_by_renda_reader() {
    let corpus = corpus();
    let url = "https://example.org/d/closing-speech/en#p3";
    let citation = cite_translation(&cited(&corpus, "closing-speech", Some(3), url)).expect("translated");
    assert!(citation.starts_with("Liu Yuegao. “"), "{citation}");
    assert!(
        citation.contains("Unofficial translation by Renda Reader of “在市十六届人大三次会议闭幕会上的讲话” (刘越高)")
    );
    assert!(citation.contains(
        "December 27, 2023, para. 3. Accessed November 28, 2026. https://example.org/d/closing-speech/en#p3."
    ));
}

#[test]
fn a_documents_hits_are_marked_by_text_and_numbered_as_the_page_shows_them() {
    let corpus = corpus();
    let index = SearchIndex::new(&corpus);
    let (session, plan) = corpus.document("plan").expect("the plan");
    let search = |query: &str, all: bool| index.search_document(query, all, DocumentId::of(session, plan));
    let chinese = DocumentHits::mark(plan, search("社会发展计划", false), true, false);
    assert_eq!(chinese.count, 3);
    let title = chinese.of(Place::chinese(Unit::Title(1)));
    let paragraph = chinese.of(Place::chinese(Unit::Paragraph(1)));
    assert_eq!((title.first, title.ranges.len(), paragraph.first, paragraph.ranges.len()), (0, 1, 1, 2));
    assert_eq!(chinese.of(Place::chinese(Unit::Title(0))), TextHits::default());
    assert_eq!(DocumentHits::mark(plan, search("社会发展计划", false), false, true).count, 0, "not shown, not counted");

    // A repetition the reading text leaves out: its hits are counted apart, never marked.
    let (session, document, repeat) = corpus
        .sessions
        .iter()
        .flat_map(|s| s.documents.iter().map(move |d| (s, d)))
        .find_map(|(s, d)| Some((s, d, d.paragraphs.iter().find(|p| p.duplicate_of().is_some())?)))
        .expect("the corpus has a repeated paragraph");
    let phrase: String = repeat.text.chars().take(8).collect();
    let hits = index.search_document(&phrase, true, DocumentId::of(session, document));
    let marked = DocumentHits::mark(document, hits.clone(), true, true);
    let repeated = |place: Place| place.paragraph().and_then(|n| document.paragraph(n)?.duplicate_of()).is_some();
    let in_repeats = hits.iter().filter(|h| repeated(h.place)).count();
    assert!(in_repeats > 0);
    assert_eq!((marked.in_repeats, marked.count), (in_repeats, hits.len() - in_repeats));
    assert_eq!(marked.of(Place::chinese(Unit::Paragraph(repeat.number))), TextHits::default());
    // Walked in the order the page shows the texts (the Chinese of each, then its English), the
    // numbers run on without a gap.
    let mut next = 0;
    for text in document.texts() {
        for place in [Place::chinese(text.unit), Place::english(text.unit)] {
            let hits = marked.of(place);
            if !hits.ranges.is_empty() {
                assert_eq!(hits.first, next, "{place:?}: numbered in reading order, without gaps");
                next += hits.ranges.len();
            }
        }
    }
    assert_eq!(next, marked.count);
}

#[test]
fn a_documents_texts_are_listed_once_with_their_translation() {
    let corpus = corpus();
    for (session, document) in corpus.sessions.iter().flat_map(|s| s.documents.iter().map(move |d| (s, d))) {
        let texts = document.texts();
        let units: Vec<Unit> = texts.iter().map(|t| t.unit).collect();
        assert!(units.windows(2).all(|pair| pair[0] < pair[1]), "{}: in reading order, each once", document.slug);
        for text in &texts {
            assert_eq!(text.unit.to_string().parse::<Unit>(), Ok(text.unit));
            assert_eq!(document.text(text.unit).as_ref(), Some(text));
            assert!(!text.lines.is_empty() && !text.chinese.is_empty(), "{}/{}", document.slug, text.unit);
            if document.english.is_some() && !text.unit.is_signature() {
                assert!(text.english.is_some(), "{}/{}/{} untranslated", session.id, document.slug, text.unit);
            }
        }
        assert_eq!(texts.iter().filter(|t| matches!(t.unit, Unit::Paragraph(_))).count(), document.paragraphs.len());
    }
}

#[test]
fn a_persons_mentions_are_counted_as_the_search_page_counts_them() {
    let corpus = corpus();
    let index = SearchIndex::new(&corpus);
    for person in &corpus.people {
        let mentions = index.mentions(&person.name);
        assert_eq!(mentions.hits, index.search(&person.name, true), "{}", person.name);
        assert_eq!(
            mentions.set_aside,
            mentions.hits.len() - index.search(&person.name, false).len(),
            "{}",
            person.name
        );
    }
    // 刘正兴 is named in the news-report lines the reading text sets apart.
    assert!(index.mentions("刘正兴表示").set_aside == 2 && index.mentions("刘正兴表示").hits.len() == 2);
}

#[test]
fn the_formulations_table_counts_each_formulation_per_document_and_sorts_by_any_column() {
    let corpus = corpus();
    let index = SearchIndex::new(&corpus);
    let table = FormulationTable::new(&corpus, &index);
    assert_eq!(table.rows.len(), corpus.glossary.len());
    let reading_order: Vec<&str> = corpus.sessions[0].reading_order().iter().map(|d| d.slug.as_str()).collect();
    assert_eq!(table.documents.iter().map(|(id, _)| id.slug).collect::<Vec<_>>(), reading_order);
    for row in &table.rows {
        assert_eq!(row.total, row.per_document.iter().sum::<usize>());
        assert_eq!(row.total, counts(&index, &row.formulation.term).iter().map(|(_, n)| n).sum::<usize>());
    }
    let orders = |key| table.sorted(key).iter().map(|row| row.order).collect::<Vec<_>>();
    assert_eq!(orders(SortKey::Term), (0..corpus.glossary.len()).collect::<Vec<_>>());
    for key in [SortKey::Total, SortKey::Document(0), SortKey::Document(2)] {
        let value = |row: &renda_study::terms::FormulationRow| match key {
            SortKey::Document(d) => row.per_document[d],
            _ => row.total,
        };
        let sorted = table.sorted(key);
        assert!(
            sorted
                .windows(2)
                .all(|w| value(&w[0]) > value(&w[1]) || (value(&w[0]) == value(&w[1]) && w[0].order < w[1].order)),
            "{key:?}: most first, ties in the glossary's order"
        );
    }
    assert_eq!(table.most(), table.rows.iter().map(|row| row.total).max().unwrap_or(0).max(1));
    assert!(
        table.sorted(SortKey::Document(99)).len() == table.rows.len(),
        "a column that is not there sorts nothing away"
    );
}
