//! The corpus the app was built with, loaded once and shared through context.

use leptos::prelude::*;
use renda_model::{Corpus, LoadError};
use renda_study::search::SearchIndex;
use std::sync::{LazyLock, OnceLock};

/// The corpus JSON written by `make corpus`, embedded at compile time without its indentation
/// (build.rs).
pub const CORPUS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));

static EMBEDDED: LazyLock<Result<Corpus, LoadError>> = LazyLock::new(|| Corpus::from_json(CORPUS_JSON));

/// The embedded corpus, deserialized on first use and kept for the life of the page.
pub fn embedded_corpus() -> Result<&'static Corpus, &'static LoadError> {
    EMBEDDED.as_ref()
}

/// The corpus provided by an ancestor (the app, or a test mounting a component alone).
pub fn use_corpus() -> &'static Corpus {
    expect_context::<&'static Corpus>()
}

/// The search index over the corpus, built the first time a page needs it (the search page, the
/// formulations, a formulation, people, a document opened with a query): most first visits never
/// do (a document without a query, the overview), and building it folds every text of the
/// corpus on the main thread while the page starts.
#[derive(Clone, Copy)]
struct Index {
    corpus: &'static Corpus,
    built: &'static OnceLock<SearchIndex<'static>>,
}

/// Provides the search index, unbuilt. It lives as long as the page, like the corpus, so it is
/// leaked once rather than reference-counted on every use.
pub fn provide_index(corpus: &'static Corpus) {
    provide_context(Index { corpus, built: Box::leak(Box::new(OnceLock::new())) });
}

/// The search index provided by the reader, built on first use.
pub fn use_index() -> &'static SearchIndex<'static> {
    let Index { corpus, built } = expect_context::<Index>();
    built.get_or_init(|| SearchIndex::new(corpus))
}
