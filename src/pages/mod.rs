//! One module per route, and the router's table of them.

mod about;
mod compare;
mod document;
mod not_found;
mod overview;
mod parts;
mod people;
mod search;
mod term;
mod terms;

pub use about::About;
pub use compare::ComparePage;
pub use document::DocumentPage;
pub use not_found::NotFound;
pub use overview::Overview;
pub use people::PeoplePage;
pub use search::SearchPage;
pub use term::TermPage;
pub use terms::TermsPage;

pub use parts::load_part_of;

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

/// The router's table: which page answers which path, the patterns of the paths
/// [`Route::path`](crate::route::Route::path) writes. (The end-to-end tests visit every route of
/// `Route::all` through it.)
#[component]
pub fn Pages() -> impl IntoView {
    // What one page opened closes when the reader leaves it (a reading-mode switch draws the same
    // texts with the same popover ids: one left open would open its namesake).
    let open_gloss = expect_context::<crate::components::OpenGloss>().0;
    crate::navigation::on_navigation(move || open_gloss.set(None));
    // A page that shows the paragraphs' English fetches them: the reader opened one in English
    // or side by side, or searched in Latin letters (crate::state).
    let route = crate::route::use_route();
    let language = crate::settings::use_language();
    Effect::new(move |_| {
        let wanted = route.with(|route| crate::route::shows_translation(language.get(), route.as_ref()));
        crate::state::want_translation(wanted);
    });
    view! {
        <Routes fallback=NotFound>
            <Route path=path!("/") view=Overview/>
            <Route path=path!("/d/:slug/:mode?") view=DocumentPage/>
            // The study pages: parts of the wasm of their own in the release build (parts.rs).
            <Route path=path!("/about") view=parts::about::route_view()/>
            <Route path=path!("/search") view=parts::search::route_view()/>
            <Route path=path!("/terms") view=parts::terms::route_view()/>
            <Route path=path!("/terms/:term") view=parts::term::route_view()/>
            <Route path=path!("/people") view=parts::people::route_view()/>
            <Route path=path!("/compare") view=parts::compare::route_view()/>
        </Routes>
    }
}
