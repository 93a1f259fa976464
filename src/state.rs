//! The corpus the pages read, shared through context: the one the app embeds, without its
//! paragraphs' English, until a page that shows English has fetched them
//! (`renda_model::translation` says why they are a file of their own).

use crate::aids::{fetch_json, Failure, Load};
use leptos::prelude::*;
use renda_model::translation::Translation;
use renda_model::{Corpus, LoadError};
use renda_study::search::SearchIndex;
use std::sync::{LazyLock, OnceLock};

/// The corpus JSON written by `make corpus`, embedded at compile time without its indentation
/// and its paragraphs' English (build.rs).
pub const CORPUS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));

/// The paragraphs' English, a file beside the reading aids' and named as they are, with its
/// contents' hash (build.rs reads the name from `corpus/aids/`).
pub const TRANSLATION_FILE: &str = env!("RENDA_TRANSLATION");

static EMBEDDED: LazyLock<Result<Corpus, LoadError>> = LazyLock::new(|| Corpus::from_json(CORPUS_JSON));

/// The embedded corpus, deserialized on first use and kept for the life of the page.
pub fn embedded_corpus() -> Result<&'static Corpus, &'static LoadError> {
    EMBEDDED.as_ref()
}

/// The whole corpus, its translation read from the committed file at compile time: for the
/// prerender and the tests, which have no host to fetch it from. (The app never calls it, so its
/// wasm does not carry the file.)
pub fn translated_corpus() -> Result<&'static Corpus, String> {
    static TRANSLATED: LazyLock<Result<Corpus, String>> = LazyLock::new(|| {
        use renda_model::aids::AidFile;
        let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/aids/", env!("RENDA_TRANSLATION")));
        let translation = Translation::from_json(json).map_err(|e| format!("{TRANSLATION_FILE}: {e}"))?;
        translated(translation).map_err(|(_, error)| error)
    });
    TRANSLATED.as_ref().map_err(String::clone)
}

/// Fetches the paragraphs' English and puts them into a corpus of their own, kept for the life
/// of the page.
pub async fn fetch_translation() -> Load<Corpus> {
    match fetch_json::<Translation>(TRANSLATION_FILE).await.and_then(translated) {
        Ok(corpus) => Load::Ready(Box::leak(Box::new(corpus))),
        Err((failure, error)) => {
            leptos::logging::warn!("the translation: {error}");
            Load::Failed(failure)
        }
    }
}

/// The embedded corpus with `translation` put back: read again from its JSON rather than cloned
/// (the reader is in the wasm already, a deep clone of every type of the model would not be).
fn translated(translation: Translation) -> Result<Corpus, (Failure, String)> {
    let corpus = Corpus::from_json(CORPUS_JSON).map_err(|e| (Failure::Unavailable, e.to_string()))?;
    // A translation of texts this build does not have is another build's: reloading gets the
    // build that goes with it.
    corpus.with_translation(translation).map_err(|e| (Failure::Gone, format!("{TRANSLATION_FILE}: {e}")))
}

/// The corpus as the reader provides it: the embedded one, the translation's state (here, the
/// whole corpus), the corpus the pages read now, and a search index over each corpus, built the
/// first time a page needs it (the search page, the formulations, a formulation, people, a
/// document opened with a query): most first visits never do, and building one folds every text
/// of the corpus on the main thread. They live as long as the page, like the corpora, so they are
/// leaked once rather than reference-counted on every use.
#[derive(Clone, Copy)]
struct Corpora {
    embedded: &'static Corpus,
    translation: RwSignal<Load<Corpus>>,
    /// Changes once, when the translation arrives: not while it is on its way or when it fails,
    /// which would draw a page again for nothing (and close what the reader had open there).
    current: Memo<&'static Corpus>,
    indexes: &'static [OnceLock<SearchIndex<'static>>; 2],
}

/// Provides `corpus` to the pages, with its translation as far as it has come: here already (a
/// page that showed English from the start, or a test, which passes the whole corpus), failed, or
/// not asked for yet.
pub fn provide_corpus(corpus: &'static Corpus, translation: Load<Corpus>) {
    let translation = RwSignal::new(translation);
    let current = Memo::new_with_compare(
        move |_| translation.get().ready().unwrap_or(corpus),
        |before, now| !matches!((before, now), (Some(before), Some(now)) if std::ptr::eq(*before, *now)),
    );
    let indexes = Box::leak(Box::new([OnceLock::new(), OnceLock::new()]));
    provide_context(Corpora { embedded: corpus, translation, current, indexes });
}

/// The corpus the pages read now: the embedded one until the translation is here, then the
/// whole one. Read inside a reactive closure, the closure runs again when the translation
/// arrives: a page that shows English draws itself again with it.
pub fn use_corpus() -> &'static Corpus {
    expect_context::<Corpora>().current.get()
}

/// The search index over [`use_corpus`], built on first use.
pub fn use_index() -> &'static SearchIndex<'static> {
    let corpora = expect_context::<Corpora>();
    let corpus = corpora.current.get();
    let [embedded, translated] = corpora.indexes;
    let index = if std::ptr::eq(corpus, corpora.embedded) { embedded } else { translated };
    index.get_or_init(|| SearchIndex::new(corpus))
}

/// How far the translation has come. (Read it only: [`want_translation`] and
/// [`retry_translation`] change it. The signal itself rather than a read-only view of it, whose
/// type would compile the reactive code for it once more.)
pub fn use_translation() -> RwSignal<Load<Corpus>> {
    expect_context::<Corpora>().translation
}

/// Fetches the translation when a page wants it and it is neither here nor on its way; a failure
/// is forgotten when the reader leaves for a page without English, so that coming back retries
/// (as [`retry_translation`] does at once).
pub fn want_translation(wanted: bool) {
    let translation = expect_context::<Corpora>().translation;
    match (wanted, translation.get_untracked()) {
        (false, Load::Failed(_)) => translation.set(Load::Idle),
        (true, Load::Idle) => fetch(translation),
        _ => {}
    }
}

/// Fetches the translation again after a failure.
pub fn retry_translation() {
    let translation = expect_context::<Corpora>().translation;
    if matches!(translation.get_untracked(), Load::Failed(_)) {
        fetch(translation);
    }
}

fn fetch(translation: RwSignal<Load<Corpus>>) {
    translation.set(Load::Loading);
    leptos::task::spawn_local(async move { translation.set(fetch_translation().await) });
}
