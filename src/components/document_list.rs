use leptos::prelude::*;
use renda_corpus::Session;

/// The documents of a session, in source order.
#[component]
pub fn DocumentList(session: &'static Session) -> impl IntoView {
    view! {
        <ol class="document-list">
            {session
                .documents
                .iter()
                .map(|document| view! { <li>{document.full_title()}</li> })
                .collect_view()}
        </ol>
    }
}
