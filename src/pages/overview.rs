use crate::components::DocumentList;
use crate::state::use_corpus;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The front page: every session of the corpus with its documents.
#[component]
pub fn Overview() -> impl IntoView {
    let corpus = use_corpus();
    let description = corpus
        .sessions
        .iter()
        .map(|s| format!("{}（{}）的闭幕文件", s.title, s.closing_date.chinese()))
        .collect::<Vec<_>>()
        .join("；");
    view! {
        <Title text="人大文献阅览室 · Renda Reader"/>
        <Meta name="description" content=description/>
        <main id="main">
            {corpus
                .sessions
                .iter()
                .map(|session| {
                    view! {
                        <section class="session">
                            <h1>{session.title.clone()}</h1>
                            <p class="session-meta">
                                {session.body.clone()} " · 闭幕会 " {session.closing_date.chinese()}
                            </p>
                            <DocumentList session/>
                        </section>
                    }
                })
                .collect_view()}
        </main>
    }
}
