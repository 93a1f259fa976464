//! The Renda Reader corpus: the data model of congress sessions and their documents and, with the
//! `ingest` feature, the pipeline that builds it from a raw source text and a reviewed apparatus.
//!
//! Plain Rust with no web dependencies: the app reads the model, the `ingest` binary writes it.

pub mod cite;
pub mod export;
pub mod model;
pub mod search;
pub mod terms;

#[cfg(feature = "ingest")]
pub mod apparatus;
#[cfg(feature = "ingest")]
pub mod corpus_dir;
#[cfg(feature = "ingest")]
pub mod curated;
#[cfg(feature = "ingest")]
pub mod error;
#[cfg(feature = "ingest")]
pub mod ingest;

pub use model::*;
