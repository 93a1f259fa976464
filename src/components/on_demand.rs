//! The pieces a reader opens on demand (a citation panel, a document's source view, the
//! settings), which the release build keeps in parts of the wasm fetched when first opened, as it
//! does the study pages (src/pages/parts.rs): a reader who only reads never downloads them.
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

/// Draws a piece opened on demand: at once when its part is at hand (always, unsplit), when it
/// arrives otherwise, and in its place a message with a button to try again when the part
/// cannot be fetched (offline before the worker kept it, or a host that has since deployed
/// another build); the rest of the page goes on.
#[component]
pub fn OnDemand<Piece, Drawn>(
    /// Fetches the piece's part and draws it; called again on each attempt.
    piece: Piece,
) -> impl IntoView
where
    Piece: Fn() -> Drawn + Send + Sync + 'static,
    Drawn: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    let strings = use_strings();
    let attempt = RwSignal::new(0_u32);
    move || {
        attempt.track();
        // The part's loader holds browser objects, which are not Send; the app is single-threaded.
        let drawn = SendWrapper::new(piece());
        Suspend::new(async move {
            drawn.await.unwrap_or_else(|_| {
                view! {
                    <p class="piece-failed" role="alert">
                        {move || strings.get().piece_failed} " "
                        <button class="icon-button" on:click=move |_| attempt.update(|n| *n += 1)>
                            {move || strings.get().try_again}
                        </button>
                    </p>
                }
                .into_any()
            })
        })
    }
}
