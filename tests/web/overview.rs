use crate::mount_at;
use renda_reader::state::{embedded_corpus, translated_corpus};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn the_overview_shows_the_session_and_its_documents_grouped_by_kind() {
    let page = mount_at("/").await;
    let session = &embedded_corpus().expect("loads").sessions[0];
    assert_eq!(page.texts("main h1"), ["衡阳市第十六届人民代表大会第三次会议"]);
    assert_eq!(page.texts(".kind-group h2"), ["讲话", "决议", "公告"]);
    let titles = page.texts(".document-list .doc-title");
    assert_eq!(titles.len(), 8);
    for document in &session.documents {
        assert!(titles.contains(&document.full_title()), "lists {}", document.full_title());
    }
    assert!(page.text().contains("共 8 篇文件，29 个段落"), "{}", page.text());
    let lengths = page.texts(".doc-length");
    assert_eq!(lengths[0], format!("{} 字", session.documents[0].char_count()));
}

#[wasm_bindgen_test]
async fn an_unknown_path_shows_the_not_found_page_with_a_way_back() {
    let page = mount_at("/no/such/page").await;
    assert_eq!(page.texts("main h1"), ["找不到这个页面"]);
    let back = page.find("main a").expect("a link home");
    assert_eq!(back.get_attribute("href").as_deref(), Some("/"));
}

#[wasm_bindgen_test]
async fn an_unknown_document_slug_is_not_found_too() {
    let page = mount_at("/d/no-such-document").await;
    assert_eq!(page.texts("main h1"), ["找不到这个页面"]);
}

#[wasm_bindgen_test]
fn the_app_embeds_the_committed_corpus_without_its_indentation_and_its_paragraphs_english() {
    let committed = include_str!("../../corpus/corpus.json");
    let embedded = renda_reader::state::CORPUS_JSON;
    assert!(embedded.len() < committed.len() * 7 / 10, "{} of {} bytes", embedded.len(), committed.len());
    assert!(!embedded.contains('\n'));
    let mut whole = renda_model::Corpus::from_json(committed).expect("the committed corpus loads");
    whole.take_translation();
    assert_eq!(renda_model::Corpus::from_json(embedded).expect("the embedded corpus loads"), whole);
    assert_eq!(
        translated_corpus().expect("the corpus and its translation load"),
        &renda_model::Corpus::from_json(committed).expect("the committed corpus loads"),
        "the embedded corpus and the translation's file make the committed corpus again"
    );
}
