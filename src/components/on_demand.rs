//! The pieces a reader opens on demand (a citation panel, a document's source view, the
//! settings), which the release build keeps in parts of the wasm, as it does the study pages
//! (src/pages/parts.rs): the first visit does not wait for them, and the page fetches a piece's
//! part when a reader first opens it (the worker, installed after the first visit, keeps them all
//! for offline use).
//!
//! None is ever in a prerendered page (each opens at a reader's click), so none needs its part
//! before hydration. A piece is a function of what it draws; without the `split` feature it is
//! an ordinary async function, ready at its first poll, so `trunk serve` and the browser tests
//! draw it at once.

use crate::components::{CitePanel, SettingsPanel, SourceView};
use crate::i18n::use_strings;
use crate::route::ReadingMode;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use renda_model::{Document, Session};
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// For each piece, a function of what it draws that fetches its part (split) and draws it.
macro_rules! on_demand_pieces {
    ($($(#[$doc:meta])* $part:ident: fn $piece:ident($($arg:ident: $ty:ty),*) $body:block)*) => {$(
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $piece($($arg: $ty),*) -> Result<AnyView, SplitLoaderError> {
            Ok($body.into_any())
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $piece($($arg: $ty),*) -> Result<AnyView, SplitLoaderError> {
            Ok($body.into_any())
        }
    )*};
}

on_demand_pieces! {
    /// The citations of a document, or of one of its paragraphs.
    cite: fn cite_panel(session: &'static Session, document: &'static Document, paragraph: Option<u32>, mode: ReadingMode) {
        view! { <CitePanel session document paragraph mode/> }
    }
    /// A document's raw source lines.
    source: fn source_view(session: &'static Session, document: &'static Document) {
        view! { <SourceView session document/> }
    }
    /// The reading settings.
    settings: fn settings_panel() {
        view! { <SettingsPanel/> }
    }
}

/// Draws a piece opened on demand: at once when its part is at hand (always, unsplit; and once
/// fetched), else a loading status until it arrives; and in its place, when the part cannot be
/// fetched, a message with a button to try again (offline before the worker kept it) and one to
/// reload (a host that has since deployed another build, whose parts have other names). The
/// rest of the page goes on either way. All of it is drawn inside a `div.on-demand`, the piece's
/// place, which keeps focus through a new attempt.
#[component]
pub fn OnDemand<Piece, Drawn>(
    /// Fetches the piece's part and draws it; called again on each attempt.
    piece: Piece,
) -> impl IntoView
where
    Piece: Fn() -> Drawn + Send + Sync + 'static,
    Drawn: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    // Only this boxing is written for each piece: the view code below, one body for all of them,
    // would otherwise be compiled once per piece into the wasm every page loads.
    draw_on_demand(Box::new(move || Box::pin(piece()) as PieceDrawn))
}

type PieceDrawn = Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>;

fn draw_on_demand(piece: Box<dyn Fn() -> PieceDrawn + Send + Sync>) -> impl IntoView {
    let strings = use_strings();
    let attempt = RwSignal::new(0_u32);
    // The piece's place, kept through every attempt: "Try again" gives it focus before the button
    // goes, so that focus stays where the reader was (not on the page's body) while the piece
    // loads and once it is drawn. It is focusable only until it loses focus, so that a click
    // within a piece leaves focus as it was.
    let place = NodeRef::<leptos::html::Div>::new();
    let try_again = move |_| {
        if let Some(place) = place.get_untracked() {
            let _ = place.set_attribute("tabindex", "-1");
            let _ = place.focus();
        }
        attempt.update(|n| *n += 1);
    };
    let settle = move |drawn: Result<AnyView, SplitLoaderError>| {
        drawn.unwrap_or_else(|_| {
            view! {
                <p class="piece-failed" role="alert">
                    {move || strings.get().piece_failed} " "
                    <button class="icon-button" on:click=try_again>{move || strings.get().try_again}</button>
                    " "
                    <ReloadButton/>
                </p>
            }
            .into_any()
        })
    };
    let drawn = move || {
        attempt.track();
        let mut drawn = piece();
        // Drawn in the same render when it is ready, so that an unsplit build or a part already
        // here never shows the loading status even for a frame.
        if let Poll::Ready(drawn) = drawn.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            return settle(drawn);
        }
        let loading = RwSignal::new(true);
        // A split function's future is not Send (wasm_split's loader error is not), which leptos's
        // Suspend asks for; the app has one thread.
        let drawn = SendWrapper::new(async move {
            let drawn = drawn.await;
            loading.set(false);
            settle(drawn)
        });
        view! {
            <Show when=move || loading.get()>
                <p class="piece-loading" role="status">{move || strings.get().piece_loading}</p>
            </Show>
            {Suspend::new(drawn)}
        }
        .into_any()
    };
    let unfocusable = move |_| {
        if let Some(place) = place.get_untracked() {
            let _ = place.remove_attribute("tabindex");
        }
    };
    view! { <div class="on-demand" node_ref=place on:blur=unfocusable>{drawn}</div> }
}

/// Reloads the page: the way out when a part is gone from a host that has since deployed another
/// build (whose parts have other names), which no retry can cure.
#[component]
pub fn ReloadButton() -> impl IntoView {
    let strings = use_strings();
    let reload = |_| {
        let _ = window().location().reload();
    };
    view! { <button class="icon-button" on:click=reload>{move || strings.get().reload}</button> }
}
