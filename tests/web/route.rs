use renda_reader::route::{Highlight, Route};
use renda_reader::state::embedded_corpus;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn every_prerendered_route_reads_back_from_its_own_path_and_has_a_file_of_its_own() {
    let corpus = embedded_corpus().expect("the corpus");
    let routes = Route::all(corpus);
    assert_eq!(routes.len(), 6 + 8 + corpus.glossary.len());
    let mut files: Vec<String> = routes.iter().map(|r| r.file().expect("a folder name")).collect();
    for route in &routes {
        assert_eq!(Route::parse(&route.path()).as_ref(), Some(route), "{}", route.path());
    }
    files.sort();
    files.dedup();
    assert_eq!(files.len(), routes.len());
    assert!(files.contains(&"terms/三高四新/index.html".to_string()));
    assert!(files.contains(&"index.html".to_string()));
    assert!(files.contains(&"compare/index.html".to_string()));
}

#[wasm_bindgen_test]
fn queries_with_url_syntax_survive_the_address() {
    let query = "A&B #1%+ 2/三";
    let search = Route::search(query, true);
    assert_eq!(search.path(), "/search?q=A%26B%20%231%25%2B%202%2F%E4%B8%89&all=1");
    assert_eq!(Route::parse(&search.path()), Some(search));
    let hit = Route::Document {
        slug: "plan".to_string(),
        highlight: Some(Highlight { query: query.to_string(), all: false }),
        paragraph: Some(12),
    };
    assert_eq!(Route::parse(&hit.path()), Some(hit));
    // What a form or another site may write: `+` for a space, a trailing slash from the host.
    assert_eq!(Route::parse("/search?q=a+b"), Some(Route::search("a b", false)));
    assert_eq!(Route::parse("/d/plan/#p3"), Some(Route::paragraph("plan", 3)));
}

#[wasm_bindgen_test]
fn a_slug_or_term_that_cannot_name_a_folder_has_no_file() {
    for name in ["", ".", "..", "a/b", "a\\b"] {
        assert_eq!(Route::term(name).file(), None, "{name:?}");
        assert_eq!(Route::document(name).file(), None, "{name:?}");
    }
    assert_eq!(Route::term("制造立市、文旅兴城").file().as_deref(), Some("terms/制造立市、文旅兴城/index.html"));
}

#[wasm_bindgen_test]
fn a_path_no_page_has_is_not_a_route() {
    for path in ["/d", "/d/plan/extra", "/nowhere", "/terms/a/b"] {
        assert_eq!(Route::parse(path), None, "{path}");
    }
}
