//! What a reader does with the corpus beyond reading it: exact search on characters, fixed
//! formulations and how a paragraph splits around them, citations, exports, and the comparison
//! of the resolutions and of repeated passages. Plain Rust over
//! the model, with no web dependencies: the app runs it in the browser, the ingest natively.

pub mod cite;
pub mod compare;
pub mod english;
pub mod export;
pub mod search;
pub mod terms;
