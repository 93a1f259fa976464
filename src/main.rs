//! Starts the app; everything else lives in the library so the browser tests can mount it too.

use leptos::prelude::*;
use renda_reader::aids::Load;
use renda_reader::pages::load_part_of;
use renda_reader::route::{
    folder_address, path_within_app, shows_translation, split_interface, Route, PRERENDERED_ROUTE,
};
use renda_reader::settings::Language;
use renda_reader::state::{embedded_corpus, fetch_translation};
use renda_reader::{App, Reader};
use wasm_bindgen::JsCast;

/// Hosts also serve a route's page as `…/index.html`, but the router knows each route by its
/// folder: the address is put in that form, without a reload, before the app reads it.
fn name_routes_by_their_folder() {
    let window = window();
    let (Some(address), Ok(history)) = (folder_address(&window.location()), window.history()) else { return };
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
}

/// A path within the app as its interface language and route.
fn page_at(within: &str) -> (Language, Option<Route>) {
    let (language, rest) = split_interface(within);
    (language, Route::parse(rest))
}

/// This page's address as a path within the app.
fn address_page() -> (Language, Option<Route>) {
    page_at(&path_within_app())
}

/// Whether this page was prerendered for the page its address names, so that the app renders
/// the very markup it carries. A host's `404.html` (prerendered for no page) answers any unknown
/// path, and `/d/<unknown>` renders the document page's own not-found text; a development page
/// has no prerendered markup at all.
fn prerendered_for(page: &(Language, Option<Route>)) -> Option<bool> {
    let rendered =
        document().query_selector(&format!("meta[name='{PRERENDERED_ROUTE}']")).ok()??.get_attribute("content")?;
    Some(page_at(&rendered) == *page)
}

/// Clears what the prerender put in the page for another address, before a fresh mount: its
/// body, and the head tags the app writes again for its own route.
fn clear_prerendered_page() {
    let document = document();
    if let Ok(stale) =
        document.query_selector_all("meta[name='description'], link[rel='canonical'], link[rel='alternate'][hreflang]")
    {
        for index in 0..stale.length() {
            if let Some(element) = stale.item(index).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) {
                element.remove();
            }
        }
    }
    if let Some(body) = document.body() {
        body.set_text_content(None);
    }
}

fn main() {
    console_error_panic_hook::set_once();
    name_routes_by_their_folder();
    let page = address_page();
    let prerendered = prerendered_for(&page);
    wasm_bindgen_futures::spawn_local(async move {
        // A study page's part of the wasm (in the release build), and the paragraphs' English
        // for a page that shows them, first, side by side: hydration must draw the page at once,
        // and a fresh mount should not mark the app started before its page.
        let part = async {
            match &page.1 {
                Some(route) => load_part_of(route).await,
                None => true,
            }
        };
        let translation = async {
            if shows_translation(page.0, page.1.as_ref()) {
                fetch_translation().await
            } else {
                Load::Idle
            }
        };
        let (part_loaded, translation) = futures_util::future::join(part, translation).await;
        match (prerendered, embedded_corpus()) {
            // The prerendered nodes stay: the app attaches its listeners and signals to them.
            (Some(true), Ok(corpus)) if part_loaded && !matches!(translation, Load::Failed(_)) => {
                leptos::mount::hydrate_body(move || view! { <Reader corpus translation/> });
            }
            // Anywhere else (a page prerendered for another address, a development page, a part
            // or the translation that could not be fetched, which then has a message in its
            // place) it is drawn afresh.
            (prerendered, _) => {
                if prerendered.is_some() {
                    clear_prerendered_page();
                }
                leptos::mount::mount_to_body(move || view! { <App translation/> });
            }
        }
        mark_started();
    });
}

/// A prerendered page already shows what the app renders, so only this mark tells tests and
/// tools that the app itself runs and listens. It is set in a later task, after the effects the
/// first render scheduled (settings applied, listeners attached) have run.
fn mark_started() {
    set_timeout(
        move || {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-app", "started");
            }
        },
        std::time::Duration::ZERO,
    );
}
