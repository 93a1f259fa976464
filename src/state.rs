//! The corpus the app was built with, loaded once and shared through context.

use leptos::prelude::*;
use renda_corpus::{Corpus, LoadError};
use std::sync::LazyLock;

/// The corpus JSON written by `make corpus`, embedded at compile time.
const CORPUS_JSON: &str = include_str!("../corpus/corpus.json");

static EMBEDDED: LazyLock<Result<Corpus, LoadError>> = LazyLock::new(|| Corpus::from_json(CORPUS_JSON));

/// The embedded corpus, deserialized on first use and kept for the life of the page.
pub fn embedded_corpus() -> Result<&'static Corpus, &'static LoadError> {
    EMBEDDED.as_ref()
}

/// The corpus provided by an ancestor (the app, or a test mounting a component alone).
pub fn use_corpus() -> &'static Corpus {
    expect_context::<&'static Corpus>()
}
