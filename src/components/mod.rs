//! Pieces the pages share.

mod document_list;

pub use document_list::DocumentList;
