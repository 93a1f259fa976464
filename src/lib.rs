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
pub mod pages;
mod paragraphs;
pub mod route;
mod roving;
pub mod service_worker;
pub mod settings;
pub mod state;

use components::{
    AidsNotice, OfflineNotice, ShortcutsDialog, SiteFooter, SiteHeader, SkipLink, TableOfContents, UpdatePrompt,
};
use i18n::use_strings;
use leptos::ev;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use renda_model::Corpus;

/// The whole app: loads the embedded corpus, then routes.
#[component]
pub fn App() -> impl IntoView {
    match state::embedded_corpus() {
        Ok(corpus) => view! { <Reader corpus/> }.into_any(),
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
pub fn Reader(corpus: &'static Corpus) -> impl IntoView {
    hydration::provide_hydrated();
    provide_meta_context();
    provide_context(corpus);
    state::provide_index(corpus);
    provide_context(components::OpenGloss(RwSignal::new(None)));
    settings::provide_settings();
    aids::provide_aids();
    i18n::provide_strings();
    service_worker::provide_service_worker();
    let strings = use_strings();
    let contents_open = RwSignal::new(false);
    let shortcuts_open = RwSignal::new(false);
    let settings_open = RwSignal::new(false);

    let keys = window_event_listener(ev::keydown, move |event| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        // Escape closes what is open wherever focus is, a settings radio button included.
        if event.key() == "Escape" {
            shortcuts_open.set(false);
            contents_open.set(false);
            if settings_open.get_untracked() {
                settings_open.set(false);
                return_focus_from_settings();
            }
            return;
        }
        if is_typing(&event) {
            return;
        }
        match event.key().as_str() {
            "?" => shortcuts_open.set(true),
            "/" => {
                if let Some(Ok(input)) = document()
                    .get_element_by_id(components::SEARCH_BOX_ID)
                    .map(wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>)
                {
                    event.prevent_default();
                    let _ = input.focus();
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

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
                <FocusOnNavigation/>
            </settings::ReadingModeScope>
        </Router>
    }
}

/// Moves focus to the new page's main heading after every route change, so that screen readers
/// announce the page; a `#pN` target takes focus instead (the document page handles it).
#[component]
fn FocusOnNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) && location.hash.get_untracked().is_empty() {
            request_animation_frame(|| {
                if let Some(heading) = document().get_element_by_id("page-title") {
                    if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
                        let _ = heading.focus();
                    }
                }
            });
        }
        path
    });
}

/// Runs `close` whenever the reader goes to another page: what was opened on one page (a gloss,
/// the settings, the contents drawer) does not stay open over the next.
pub fn close_on_navigation(close: impl Fn() + 'static) {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            close();
        }
        path
    });
}

/// Gives focus back to the settings button when the settings close around it, so that a
/// keyboard reader is not left at the top of the page.
fn return_focus_from_settings() {
    let document = document();
    let inside = document.active_element().is_some_and(|element| element.closest("#settings").ok().flatten().is_some());
    if let Some(Ok(button)) = inside
        .then(|| document.query_selector("button[aria-controls='settings']").ok().flatten())
        .flatten()
        .map(wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>)
    {
        let _ = button.focus();
    }
}

/// Whether a key press is typing into a field, where shortcuts must not fire.
pub fn is_typing(event: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = event.target() else { return false };
    let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(target) else { return false };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.is_content_editable()
}
