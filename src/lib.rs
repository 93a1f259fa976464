//! Renda Reader: a reading room for the documents of a people's congress session.
//!
//! Data flows one way: the corpus JSON (built by `corpus/`) is embedded and loaded once
//! ([`state`]), provided through context with the reader's [`settings`], and rendered by the
//! [`pages`] and their [`components`].

// Rendering to HTML natively (the `ssr` feature, for prerendering) nests view types deeper
// than the compiler's default limit.
#![recursion_limit = "256"]

pub mod aids;
#[cfg(feature = "bench")]
pub mod bench;
pub mod components;
mod copy;
pub mod hydration;
pub mod i18n;
mod navigation;
pub mod pages;
mod paragraphs;
pub mod route;
mod roving;
pub mod service_worker;
pub mod settings;
mod shortcuts;
pub mod state;

use components::{
    AidsNotice, OfflineNotice, ShortcutsDialog, SiteFooter, SiteHeader, SkipLink, TableOfContents, UpdatePrompt,
};
use i18n::use_strings;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::Router;
use renda_model::Corpus;

/// The whole app: loads the embedded corpus, then routes.
#[component]
pub fn App(
    /// How far the paragraphs' English has come (`Idle` until a page shows English).
    translation: aids::Load<Corpus>,
) -> impl IntoView {
    match state::embedded_corpus() {
        Ok(corpus) => view! { <Reader corpus translation/> }.into_any(),
        Err(error) => view! {
            <Title text="Renda Reader: the corpus could not be loaded"/>
            <main class="load-error" lang="en">
                <h1>"The corpus could not be loaded"</h1>
                <p>{error.to_string()}</p>
            </main>
        }
        .into_any(),
    }
}

/// The reading room over a loaded corpus: header, contents, the routed page, and the shortcuts
/// that work everywhere.
#[component]
pub fn Reader(
    /// The corpus, with its paragraphs' English or without them (the embedded corpus).
    corpus: &'static Corpus,
    /// How far the paragraphs' English has come (here: the whole `corpus`).
    translation: aids::Load<Corpus>,
) -> impl IntoView {
    hydration::provide_hydrated();
    provide_meta_context();
    state::provide_corpus(corpus, translation);
    provide_context(components::OpenGloss(RwSignal::new(None)));
    settings::provide_settings();
    aids::provide_aids();
    i18n::provide_strings();
    service_worker::provide_service_worker();
    let strings = use_strings();
    let contents_open = RwSignal::new(false);
    let shortcuts_open = RwSignal::new(false);
    let settings_open = RwSignal::new(false);

    shortcuts::provide_shortcuts(shortcuts::Openers {
        contents: contents_open,
        shortcuts: shortcuts_open,
        settings: settings_open,
    });

    navigation::provide_heading_focus();
    view! {
        <Router base=route::app_base()>
            <settings::ReadingModeScope>
                <SkipLink to="main" label=Signal::derive(move || strings.get().skip_to_text) class="skip-link"/>
                <SiteHeader contents_open shortcuts_open settings_open/>
                <div class="layout">
                    <TableOfContents open=contents_open/>
                    <pages::Pages/>
                </div>
                <SiteFooter/>
                <ShortcutsDialog open=shortcuts_open/>
                <UpdatePrompt/>
                <OfflineNotice/>
                <AidsNotice/>
                <navigation::FocusOnNavigation/>
            </settings::ReadingModeScope>
        </Router>
    }
}
