//! Renda Reader: a reading room for the documents of a people's congress session.
//!
//! Data flows one way: the corpus JSON (built by `corpus/`) is embedded and loaded once
//! ([`state`]), provided through context, and rendered by the pages and their components.

pub mod components;
pub mod pages;
pub mod state;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use pages::{NotFound, Overview};

/// The whole app: loads the embedded corpus, then routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    match state::embedded_corpus() {
        Ok(corpus) => view! { <Reader corpus/> }.into_any(),
        Err(error) => view! {
            <Html attr:lang="en"/>
            <Title text="Renda Reader: the corpus could not be loaded"/>
            <main class="load-error">
                <h1>"The corpus could not be loaded"</h1>
                <p>{error.to_string()}</p>
            </main>
        }
        .into_any(),
    }
}

/// The router over a loaded corpus, which it provides to every page.
#[component]
pub fn Reader(corpus: &'static renda_corpus::Corpus) -> impl IntoView {
    provide_context(corpus);
    view! {
        <Html attr:lang="zh-Hans"/>
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Overview/>
            </Routes>
        </Router>
    }
}
