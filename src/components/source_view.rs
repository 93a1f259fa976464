use crate::i18n::use_strings;
use leptos::prelude::*;
use renda_model::{Document, Session};

/// The document's raw source lines exactly as in the source file, with the file's line numbers,
/// and its place among the source's documents (the reader's lists go by kind instead).
#[component]
pub fn SourceView(session: &'static Session, document: &'static Document) -> impl IntoView {
    let strings = use_strings();
    let position = session.documents.iter().position(|d| d.slug == document.slug).map_or(0, |i| i + 1);
    let total = session.documents.len();
    view! {
        <table class="source-view">
            <caption>
                {move || (strings.get().source_view_caption)(&session.source.file)} " "
                {move || (strings.get().source_order)(position, total)}
            </caption>
            <tbody lang="zh-Hans">
                {document
                    .source
                    .iter()
                    .map(|line| {
                        view! {
                            <tr>
                                <th scope="row">{line.line}</th>
                                <td>{line.text.clone()}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
