//! The Renda Reader ingest: reads a raw session text under its reviewed apparatus, and the
//! curated glossary and people lists, into the corpus the app embeds (`corpus.json`). Native only:
//! the app never compiles it. Plain Rust with no web dependencies.

pub mod apparatus;
pub mod corpus_dir;
pub mod curated;
pub mod error;
pub mod ingest;
pub mod institutions;
pub mod reading_aids;
pub mod traditional;
pub mod translation;
