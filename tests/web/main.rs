//! Components mounted in headless Chromium (wasm-bindgen-test): what a reader sees on each page.
#![cfg(target_arch = "wasm32")]

mod documents;
mod overview;
mod route;
mod settings;

use leptos::mount::mount_to;
use leptos::prelude::*;
use renda_reader::aids::Load;
use renda_reader::state::translated_corpus;
use renda_reader::Reader;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test_configure;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// The app mounted at `path` in a fresh element; unmounted when dropped.
pub struct Mounted {
    pub root: HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

impl Mounted {
    pub fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    pub fn find(&self, selector: &str) -> Option<HtmlElement> {
        self.root.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into().ok())
    }

    pub fn find_all(&self, selector: &str) -> Vec<HtmlElement> {
        let Ok(list) = self.root.query_selector_all(selector) else { return Vec::new() };
        (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()).collect()
    }

    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.find_all(selector).iter().map(|e| e.text_content().unwrap_or_default()).collect()
    }
}

/// Mounts the whole reader at `path` and lets it render, in the interface language the path
/// names (as a page reads it from its address once, when it loads).
pub async fn mount_at(path: &str) -> Mounted {
    renda_reader::route::set_page_language(renda_reader::route::split_interface(path).0);
    let window = web_sys::window().expect("a window");
    window
        .history()
        .expect("history")
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .expect("pushState");
    let document = window.document().expect("a document");
    let root: HtmlElement = document.create_element("div").expect("a div").unchecked_into();
    document.body().expect("a body").append_child(&root).expect("appended");
    // With its paragraphs' English, which the app would fetch (there is no host to fetch from).
    let corpus = translated_corpus().expect("the corpus and its translation load");
    let handle = mount_to(root.clone(), move || view! { <Reader corpus translation=Load::Ready(corpus)/> }.into_any());
    leptos::task::tick().await;
    Mounted { root, _handle: handle }
}
