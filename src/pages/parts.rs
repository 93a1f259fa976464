//! The study pages (about, search, the formulations, one formulation, people, the comparison)
//! as parts of the wasm that a browser fetches when a reader first opens one, not on every first
//! visit.
//!
//! Only the release build is split: `make dist` turns on the `split` feature and
//! `scripts/split-wasm.mjs` cuts the module after Trunk's build. A split point is an import that
//! only that step resolves, so an unsplit build with one (`trunk serve`, the browser tests) would
//! not start; without the feature each page is an ordinary route view.
//!
//! The routes are written here around `wasm_split(…, fallible)` rather than with leptos's
//! `#[lazy_route]`, which panics (and so stops the whole app) when a part cannot be fetched:
//! offline before the worker has kept it, or from a host that has since deployed another build.
//! Here the reader gets a message in the page's place and the rest of the app goes on.
//!
//! The pieces a reader opens within a page are split the same way (src/components/on_demand.rs).

use super::{About, ComparePage, PeoplePage, SearchPage, TermPage, TermsPage};
use crate::route::Route;
#[cfg(feature = "split")]
use {
    crate::components::{MessagePage, ReloadButton},
    leptos::prelude::*,
    leptos::wasm_split::SplitLoaderError,
    leptos_router::{Lazy, LazyRoute},
};

/// For each study page, a module named after its part, with `route_view()` for the router's
/// table and (split) `load()`, which fetches the part without drawing it; and
/// [`load_part_of`] over the routes each page draws.
macro_rules! study_parts {
    ($($part:ident => $page:ident for $route:pat,)*) => {$(
        pub mod $part {
            #[allow(unused_imports)]
            use super::*;

            #[cfg(feature = "split")]
            #[leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, preload(load), fallible)]
            // `load`, which the macro writes beside it, is as visible as this.
            pub(super) fn $part() -> Result<AnyView, SplitLoaderError> {
                Ok($page().into_any())
            }

            #[cfg(feature = "split")]
            pub struct Part;

            #[cfg(feature = "split")]
            impl LazyRoute for Part {
                fn data() -> Self {
                    Part
                }

                async fn view(_: Self) -> AnyView {
                    $part().await.unwrap_or_else(|_| PartUnavailable().into_any())
                }

                // The router awaits this when it navigates to the page, before it draws it (not
                // on hover); a failure here is met again, and shown, by `view`.
                async fn preload() {
                    let address = address_now();
                    {
                        let _on_its_way = PageOnItsWay::start();
                        let _ = load().await;
                    }
                    left_before_drawn(address).await;
                }
            }

            #[cfg(feature = "split")]
            pub fn route_view() -> Lazy<Part> {
                Lazy::new()
            }

            #[cfg(not(feature = "split"))]
            pub fn route_view() -> impl leptos_router::ChooseView {
                $page
            }
        }
    )*

        /// Fetches the part that draws `route`, if it has one, before the app first draws its
        /// page: hydration must draw it at once, with its part in hand. False when the part
        /// could not be fetched; the page is then drawn afresh, with the message in its place.
        /// (Without the split every page is in the one module.)
        pub async fn load_part_of(route: &Route) -> bool {
            match route {
                $(
                    #[cfg(feature = "split")]
                    $route => $part::load().await.is_ok(),
                )*
                _ => true,
            }
        }
    };
}

study_parts! {
    about => About for Route::About,
    search => SearchPage for Route::Search { .. },
    terms => TermsPage for Route::Terms,
    term => TermPage for Route::Term { .. },
    people => PeoplePage for Route::People,
    compare => ComparePage for Route::Compare,
}

/// The path the router is at (it changes when a navigation begins, before the page is drawn).
#[cfg(feature = "split")]
fn address_now() -> Option<String> {
    use leptos_router::location::{BrowserUrl, LocationProvider};
    use_context::<BrowserUrl>().map(|browser| browser.as_url().read_untracked().path().to_owned())
}

/// Never ends when the reader has gone to another page since the navigation to a study page
/// began (at `address`): its page must not be drawn over theirs. The router should have
/// cancelled it, but leptos_router 0.8.17 can lose the handle that does: when a superseded
/// navigation ends, it takes the handle of the navigation after it (`nested_router.rs`,
/// `abort_navigation.write_value().take()`), so from a study page on its way to a second one to a
/// document, the second page was drawn at the document's address when its part arrived
/// (leptos-rs/leptos#4784, open, fixes it upstream). The future left pending is the router's to
/// drop with its task.
#[cfg(feature = "split")]
async fn left_before_drawn(address: Option<String>) {
    if address_now() != address {
        std::future::pending::<()>().await;
    }
}

/// While a study page's part is on its way the router keeps the page the reader left on screen,
/// so the root element carries `data-page-loading` (the style sheet draws a bar across the top
/// once the wait is long enough to notice). Counted, not a flag: the router can leave a
/// superseded navigation's wait running beside the next one's (see [`left_before_drawn`]).
#[cfg(feature = "split")]
struct PageOnItsWay;

#[cfg(feature = "split")]
thread_local! {
    static PAGES_ON_THEIR_WAY: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

#[cfg(feature = "split")]
impl PageOnItsWay {
    fn start() -> PageOnItsWay {
        PageOnItsWay::count(|waits| waits + 1);
        PageOnItsWay
    }

    fn count(change: impl FnOnce(usize) -> usize) {
        let waits = PAGES_ON_THEIR_WAY.with(|cell| {
            cell.set(change(cell.get()));
            cell.get()
        });
        if let Some(root) = document().document_element() {
            let _ = if waits > 0 {
                root.set_attribute("data-page-loading", "")
            } else {
                root.remove_attribute("data-page-loading")
            };
        }
    }
}

#[cfg(feature = "split")]
impl Drop for PageOnItsWay {
    fn drop(&mut self) {
        PageOnItsWay::count(|waits| waits.saturating_sub(1));
    }
}

/// In a study page's place when its part could not be fetched.
#[cfg(feature = "split")]
#[component]
fn PartUnavailable() -> impl IntoView {
    view! {
        <MessagePage title=|s| s.part_failed_title text=|s| s.part_failed_text alert=true>
            <ReloadButton/>
        </MessagePage>
    }
}
