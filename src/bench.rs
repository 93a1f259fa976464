//! Search latency measured in the browser, for `make bench` (feature `bench` only): the same
//! index code the app runs, timed with `performance.now()`, on the real corpus and on a corpus
//! of the real one repeated, each with its paragraphs' English (the search index a page that
//! searches English builds).

use crate::state::translated_corpus;
use renda_model::Corpus;
use renda_study::search::SearchIndex;
use wasm_bindgen::prelude::*;

/// Shortest batch of repeated queries timed as one sample: the browser coarsens the clock to
/// about 0.1 ms, so single fast queries cannot be timed one by one.
const MIN_SAMPLE_MS: f64 = 5.0;

/// Times each query on a corpus made of the real one repeated `scale` times: `samples` samples
/// each, every sample the mean over a batch of at least 5 ms. Returns JSON: per query the
/// sample times in ms and the hit count, plus the index's size and build time.
#[wasm_bindgen]
pub fn bench_search(queries: Vec<String>, scale: usize, samples: usize) -> Result<String, JsValue> {
    let real = translated_corpus().map_err(|e| JsValue::from_str(&e))?;
    let corpus: &'static Corpus = Box::leak(Box::new(repeated(real, scale.max(1))));
    let performance = web_sys::window().and_then(|w| w.performance()).ok_or("no performance clock")?;
    let built = performance.now();
    let index = SearchIndex::new(corpus);
    let build_ms = performance.now() - built;
    let mut results = Vec::new();
    for query in &queries {
        let hits = index.search(query, false).len();
        let mut batch = 1usize;
        let mut times = Vec::with_capacity(samples);
        while times.len() < samples {
            let start = performance.now();
            for _ in 0..batch {
                std::hint::black_box(index.search(std::hint::black_box(query), false));
            }
            let elapsed = performance.now() - start;
            if elapsed < MIN_SAMPLE_MS {
                batch *= 2;
                continue;
            }
            times.push(elapsed / batch as f64);
        }
        results.push(serde_json::json!({ "query": query, "hits": hits, "batch": batch, "ms": times }));
    }
    let report = serde_json::json!({
        "scale": scale,
        "texts": index.len(),
        "corpus_chars": corpus.sessions.iter().flat_map(|s| &s.documents).flat_map(|d| &d.paragraphs).map(|p| p.text.chars().count()).sum::<usize>(),
        "index_heap_bytes": index.heap_bytes(),
        "build_ms": build_ms,
        "queries": results,
    });
    Ok(report.to_string())
}

/// The real corpus with its sessions repeated `scale` times under distinct ids.
fn repeated(real: &Corpus, scale: usize) -> Corpus {
    let mut corpus = real.clone();
    corpus.sessions = (0..scale)
        .flat_map(|copy| {
            real.sessions.iter().map(move |session| {
                let mut session = session.clone();
                session.id = format!("{}-{copy}", session.id);
                session
            })
        })
        .collect();
    corpus
}
