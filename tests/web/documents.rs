use crate::mount_at;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn a_speech_shows_title_speaker_date_and_salutation_before_its_body() {
    let page = mount_at("/d/closing-speech").await;
    assert_eq!(page.texts("h1 .title-line"), ["在市十六届人大三次会议闭幕会上的讲话"]);
    assert_eq!(page.texts(".speaker"), ["刘越高"]);
    assert_eq!(page.texts(".doc-date"), ["（2023年12月27日）"]);
    assert_eq!(page.texts(".salutation"), ["各位代表，同志们："]);
    let first = page.find("#p1").expect("paragraph 1");
    assert!(first.text_content().unwrap_or_default().starts_with("经过全体代表和与会同志的共同努力"));
}

#[wasm_bindgen_test]
async fn a_resolution_shows_its_meeting_line_over_its_subject_line_and_the_adoption_note() {
    let page = mount_at("/d/standing-committee-report").await;
    assert_eq!(
        page.texts("h1 .title-line"),
        ["衡阳市第十六届人民代表大会第三次会议", "关于衡阳市人民代表大会常务委员会工作报告的决议"]
    );
    assert_eq!(page.texts(".adoption-note"), ["（市十六届人大三次会议通过）"]);
    assert_eq!(page.find_all("p.para").len(), 2);
    assert!(page.find(".speaker").is_none() && page.find(".signature").is_none());
}

#[wasm_bindgen_test]
async fn a_notice_ends_with_its_signature_block() {
    let page = mount_at("/d/by-election-notice").await;
    assert_eq!(page.texts("h1 .title-line"), ["衡阳市第十六届人民代表大会第三次会议公告"]);
    assert_eq!(page.texts(".signature p"), ["衡阳市第十六届人民代表大会", "第三次会议主席团", "2023年12月27日"]);
    let body = page.find(".doc-body").expect("body");
    let last = body.last_element_child().expect("a last child");
    assert_eq!(last.class_name(), "signature");
}

#[wasm_bindgen_test]
async fn lacunae_are_visible_markers_with_their_notes() {
    let page = mount_at("/d/closing-speech").await;
    let p5 = page.find("#p5").expect("paragraph 5");
    let text = p5.text_content().unwrap_or_default();
    assert!(text.starts_with("〔缺文〕必须团结一心"), "{text}");
    assert!(text.contains("保持事竞〔缺文〕"), "{text}");
    let p8 = page.find("#p8").and_then(|p| p.text_content()).unwrap_or_default();
    assert!(p8.starts_with("〔缺文〕一流的志气"), "the gap after 立标打 shows on both sides: {p8}");
    assert_eq!(page.find_all(".lacuna-marker").len(), 5);
    assert_eq!(page.find_all(".note-lacuna").len(), 5);
}

#[wasm_bindgen_test]
async fn a_repeated_passage_is_shown_once_with_where_the_source_repeats_it() {
    let page = mount_at("/d/closing-speech").await;
    assert!(page.find("#p9").is_none() && page.find("#p12").is_none(), "copies are not shown");
    assert_eq!(page.find_all("p.para").len(), 12);
    let fullest = page.find("#p15").expect("paragraph 15").parent_element().expect("its block");
    let note = fullest.query_selector(".note-repeated").ok().flatten().expect("a repeat note");
    let note = note.text_content().unwrap_or_default();
    assert!(note.contains("另有 2 处") && note.contains("31–33、41–43"), "{note}");
}

#[wasm_bindgen_test]
async fn news_report_lines_are_set_apart_and_labelled() {
    let page = mount_at("/d/closing-speech").await;
    let blocks = page.find_all(".paragraph.interpolation");
    assert_eq!(blocks.len(), 2, "the two reports; their copies are folded into them");
    let block = blocks[0].text_content().unwrap_or_default();
    let text = blocks[0].query_selector("p.para").ok().flatten().and_then(|p| p.text_content()).unwrap_or_default();
    assert!(text.starts_with("刘正兴表示") && block.contains("新闻报道插入语"), "{block}");
}

#[wasm_bindgen_test]
async fn the_source_view_shows_the_raw_lines_with_their_numbers() {
    let page = mount_at("/d/government-work-report").await;
    let toggle = page.find(".doc-tools button[aria-pressed]").expect("the toggle");
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("false"));
    toggle.click();
    leptos::task::tick().await;
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("true"));
    let numbers = page.texts(".source-view th");
    assert_eq!(numbers, ["55", "57", "59", "61", "63", "65", "67", "69"]);
    let rows = page.texts(".source-view td");
    assert_eq!(rows[0], "衡阳市第十六届人民代表大会第三次会议 关于政府工作报告的决议");
    assert_eq!(rows[1], "(市十六届人大三次会议通过)");
    assert!(page.find("p.para").is_none());
}

#[wasm_bindgen_test]
async fn previous_and_next_follow_the_reading_order() {
    let page = mount_at("/d/closing-speech").await;
    assert!(page.find(".pager-prev").is_none());
    let next = page.find(".pager-next").expect("a next link");
    assert_eq!(next.get_attribute("href").as_deref(), Some("/d/government-work-report"));
    let page = mount_at("/d/by-election-notice").await;
    assert!(page.find(".pager-next").is_none());
    assert_eq!(
        page.find(".pager-prev").and_then(|a| a.get_attribute("href")).as_deref(),
        Some("/d/procuratorate-report")
    );
}

#[wasm_bindgen_test]
async fn the_english_mode_shows_the_translation_labelled_unofficial_with_gaps_and_notes() {
    let page = mount_at("/d/closing-speech/en").await;
    assert_eq!(page.texts("h1 .title-line").len(), 1);
    assert_eq!(page.find("h1 .title-line").and_then(|t| t.get_attribute("lang")).as_deref(), Some("en"));
    assert_eq!(page.texts(".speaker"), ["Liu Yuegao"]);
    assert_eq!(page.texts(".doc-date"), ["(27 December 2023)"]);
    assert!(page
        .find(".translation-notice")
        .is_some_and(|n| n.text_content().unwrap_or_default().contains("非官方译文")));
    let p1 = page.find("#p1").expect("paragraph 1");
    assert_eq!(p1.get_attribute("lang").as_deref(), Some("en"));
    assert!(p1.text_content().unwrap_or_default().starts_with("Through the joint efforts"));
    assert!(page.find("p.para[lang='zh-Hans']").is_none(), "no Chinese text in English mode");
    let p5 = page.find("#p5").and_then(|p| p.text_content()).unwrap_or_default();
    assert!(p5.starts_with("〔缺文〕") || p5.starts_with("[gap]"), "{p5}");
    assert!(!page.find_all(".note-translator").is_empty(), "the translator's notes are shown");
    let current: Vec<String> = page
        .find_all(".mode-switch a")
        .iter()
        .filter(|a| a.get_attribute("aria-current").as_deref() == Some("page"))
        .map(|a| a.text_content().unwrap_or_default())
        .collect();
    assert_eq!(current, ["英文"], "the switch shows the mode read in");
}

#[wasm_bindgen_test]
async fn the_parallel_mode_pairs_each_paragraph_with_its_translation_under_one_anchor() {
    let page = mount_at("/d/government-work-report/parallel").await;
    let pairs = page.find_all(".paragraph.pair");
    assert_eq!(pairs.len(), 4);
    for (i, pair) in pairs.iter().enumerate() {
        assert_eq!(pair.id(), format!("p{}", i + 1));
        let langs: Vec<String> = (0..2)
            .filter_map(|n| pair.query_selector_all("p.para").ok()?.item(n))
            .filter_map(|p| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(p).ok()?.get_attribute("lang"))
            .collect();
        assert_eq!(langs, ["zh-Hans", "en"], "pair {}", i + 1);
    }
    assert_eq!(page.texts("h1 .title-line").len(), 4, "both title lines in both languages");
    assert_eq!(
        page.find(".pager-next").and_then(|a| a.get_attribute("href")).as_deref(),
        Some("/d/standing-committee-report/parallel")
    );
}

#[wasm_bindgen_test]
async fn a_suspected_corruption_is_flagged_and_reviewer_notes_speak_the_interface_language() {
    let page = mount_at("/d/closing-speech").await;
    let sic = page.texts(".note-sic");
    assert_eq!(sic.len(), 3);
    assert!(sic[2].contains("“核心技术应用”照录原文") && sic[2].contains("核技术应用"), "{}", sic[2]);
    let lacuna = page.texts(".note-lacuna .note-reviewer");
    assert!(lacuna[0].contains("原文缺了这一段的开头"), "{}", lacuna[0]);
}
