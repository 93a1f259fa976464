//! Pieces the pages share, one component per file.

mod breadcrumbs;
mod choice_group;
mod document_heading;
mod document_list;
mod document_pager;
mod editorial_note;
mod paragraph_view;
mod settings_panel;
mod shortcuts_dialog;
mod signature_block;
mod site_footer;
mod site_header;
mod source_view;
mod table_of_contents;

pub use breadcrumbs::Breadcrumbs;
pub use choice_group::ChoiceGroup;
pub use document_heading::DocumentHeading;
pub use document_list::DocumentList;
pub use document_pager::DocumentPager;
pub use editorial_note::{describe, describe_repeats, line_range, EditorialNote, NoteText};
pub use paragraph_view::ParagraphView;
pub use settings_panel::SettingsPanel;
pub use shortcuts_dialog::ShortcutsDialog;
pub use signature_block::SignatureBlock;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use source_view::SourceView;
pub use table_of_contents::TableOfContents;
