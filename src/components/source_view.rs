use crate::i18n::use_strings;
use leptos::prelude::*;
use renda_model::{Document, Session};

/// The document's raw source lines exactly as in the source file, with the file's line numbers.
#[component]
pub fn SourceView(session: &'static Session, document: &'static Document) -> impl IntoView {
    let strings = use_strings();
    view! {
        <table class="source-view">
            <caption>{move || (strings.get().source_view_caption)(&session.source.file)}</caption>
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
