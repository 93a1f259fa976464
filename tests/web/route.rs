use renda_reader::route::{shows_translation, split_interface, Highlight, ReadingMode, Route};
use renda_reader::settings::Language;
use renda_reader::state::embedded_corpus;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn every_prerendered_route_reads_back_from_its_own_address_in_both_languages_and_has_a_file_of_its_own() {
    let corpus = embedded_corpus().expect("the corpus");
    let routes = Route::all(corpus);
    assert_eq!(routes.len(), 6 + 8 * 3 + corpus.glossary.len(), "each document in each reading mode");
    let mut files = Vec::new();
    for language in [Language::Chinese, Language::English] {
        for route in &routes {
            // The test page is served at the root: the base path is empty.
            let href = route.href_in(language);
            let (read_language, path) = split_interface(&href);
            assert_eq!((read_language, Route::parse(path).as_ref()), (language, Some(route)), "{href}");
            files.push(route.file_in(language).expect("a folder name"));
        }
    }
    files.sort();
    files.dedup();
    assert_eq!(files.len(), 2 * routes.len());
    for file in [
        "index.html",
        "compare/index.html",
        "terms/三高四新/index.html",
        "d/plan/index.html",
        "d/plan/en/index.html",
        "d/plan/parallel/index.html",
        "en/index.html",
        "en/terms/三高四新/index.html",
        "en/d/plan/en/index.html",
    ] {
        assert!(files.contains(&file.to_string()), "{file}");
    }
}

#[wasm_bindgen_test]
fn the_interface_language_is_the_address_s_first_segment_alone() {
    assert_eq!(split_interface("/en"), (Language::English, "/"));
    assert_eq!(split_interface("/en/"), (Language::English, "/"));
    assert_eq!(split_interface("/en?x=1"), (Language::English, "?x=1"));
    assert_eq!(split_interface("/en/search?q=en#p1"), (Language::English, "/search?q=en#p1"));
    assert_eq!(split_interface("/d/plan/en"), (Language::Chinese, "/d/plan/en"), "the reading mode, not the interface");
    assert_eq!(split_interface("/english"), (Language::Chinese, "/english"));
    assert_eq!(split_interface("/"), (Language::Chinese, "/"));
    let hit = Route::paragraph("plan", 3).in_mode(ReadingMode::Parallel);
    assert_eq!(hit.href_in(Language::English), "/en/d/plan/parallel#p3");
    assert_eq!(hit.href_in(Language::Chinese), "/d/plan/parallel#p3");
}

#[wasm_bindgen_test]
fn a_document_address_carries_its_reading_mode() {
    let english = Route::paragraph("plan", 1).in_mode(ReadingMode::English);
    assert_eq!(english.path(), "/d/plan/en#p1");
    assert_eq!(
        Route::parse("/d/plan/parallel/?hl=x#p2").map(|r| r.path()).as_deref(),
        Some("/d/plan/parallel?hl=x#p2")
    );
    assert_eq!(Route::parse("/d/plan"), Some(Route::document("plan").in_mode(ReadingMode::Chinese)));
    assert_eq!(Route::document("plan").path(), "/d/plan", "a mode left open is written as Chinese");
    // A link left open takes the reader's mode; one that names its mode keeps it.
    assert_eq!(Route::document("plan").resolved(ReadingMode::Parallel).path(), "/d/plan/parallel");
    assert_eq!(english.clone().resolved(ReadingMode::Chinese), english);
    assert_eq!(Route::About.in_mode(ReadingMode::English), Route::About);
    assert_eq!(Route::parse("/d/plan/fr"), None, "no such mode");
}

#[wasm_bindgen_test]
fn queries_with_url_syntax_survive_the_address() {
    let query = "A&B #1%+ 2/三";
    let search = Route::search(query, true);
    assert_eq!(search.path(), "/search?q=A%26B%20%231%25%2B%202%2F%E4%B8%89&all=1");
    assert_eq!(Route::parse(&search.path()), Some(search));
    let hit = Route::Document {
        slug: "plan".to_string(),
        mode: Some(ReadingMode::Parallel),
        highlight: Some(Highlight { query: query.to_string(), all: false }),
        paragraph: Some(12),
    };
    assert_eq!(Route::parse(&hit.path()), Some(hit));
    // What a form or another site may write: `+` for a space, a trailing slash from the host.
    assert_eq!(Route::parse("/search?q=a+b"), Some(Route::search("a b", false)));
    assert_eq!(Route::parse("/d/plan/#p3"), Some(Route::paragraph("plan", 3).in_mode(ReadingMode::Chinese)));
}

#[wasm_bindgen_test]
fn a_slug_or_term_that_cannot_name_a_folder_has_no_file() {
    for name in ["", ".", "..", "a/b", "a\\b"] {
        assert_eq!(Route::term(name).file_in(Language::Chinese), None, "{name:?}");
        assert_eq!(Route::document(name).file_in(Language::English), None, "{name:?}");
    }
    let term = Route::term("制造立市、文旅兴城");
    assert_eq!(term.file_in(Language::Chinese).as_deref(), Some("terms/制造立市、文旅兴城/index.html"));
    assert_eq!(term.file_in(Language::English).as_deref(), Some("en/terms/制造立市、文旅兴城/index.html"));
}

#[wasm_bindgen_test]
fn a_path_no_page_has_is_not_a_route() {
    for path in ["/d", "/d/plan/extra", "/nowhere", "/terms/a/b"] {
        assert_eq!(Route::parse(path), None, "{path}");
    }
}

#[wasm_bindgen_test]
fn the_pages_that_show_the_paragraphs_english_are_those_of_a_mode_with_english_a_latin_search_about_and_the_english_interface(
) {
    let page = |address: &str| Route::parse(address).expect(address);
    for (address, chinese) in [
        ("/d/plan", false),
        ("/d/plan/en", true),
        ("/d/plan/parallel#p3", true),
        ("/d/plan/en?hl=courts", true),
        ("/search?q=%E4%BA%BA%E5%A4%A7", false),
        ("/search?q=courts", true),
        ("/search", false),
        ("/about", true),
        ("/", false),
        ("/terms", false),
        ("/people", false),
        ("/compare", false),
    ] {
        assert_eq!(
            shows_translation(Language::Chinese, Some(&page(address))),
            chinese,
            "{address} in the Chinese interface"
        );
        assert!(shows_translation(Language::English, Some(&page(address))), "{address} in the English interface");
    }
    assert!(!shows_translation(Language::Chinese, None), "the Chinese not-found page");
    assert!(shows_translation(Language::English, None), "the English not-found page");
}
