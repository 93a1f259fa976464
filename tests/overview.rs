//! The overview, mounted alone in headless Chromium.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use renda_reader::state::embedded_corpus;
use renda_reader::Reader;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_reader() -> web_sys::HtmlElement {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let root = document.create_element("div").expect("a div");
    document.body().expect("a body").append_child(&root).expect("appended");
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    let corpus = embedded_corpus().expect("the embedded corpus loads");
    leptos::mount::mount_to(root.clone(), move || view! { <Reader corpus/> }).forget();
    root
}

#[wasm_bindgen_test]
async fn the_overview_lists_the_session_and_its_eight_documents() {
    let root = mount_reader();
    tick().await;
    let text = root.text_content().unwrap_or_default();
    let session = &embedded_corpus().expect("loads").sessions[0];
    assert!(text.contains("衡阳市第十六届人民代表大会第三次会议"));
    assert_eq!(session.documents.len(), 8);
    for document in &session.documents {
        assert!(text.contains(&document.full_title()), "lists {}", document.full_title());
    }
    let items = root.query_selector_all(".document-list li").expect("query");
    assert_eq!(items.length(), 8);
}
