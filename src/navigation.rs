//! What every page change does, wherever the reader goes: focus to the new page's heading, and
//! what one page opened closed.

use crate::components::SEARCH_BOX_ID;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The id of a page's main heading, which skip links and labels name too.
pub const PAGE_TITLE_ID: &str = "page-title";

/// What a page change asks of the next page's heading: to take focus, unless the reader has
/// moved it since; it holds what had focus when the change began.
#[derive(Clone, Copy)]
pub struct HeadingFocus(StoredValue<Option<Option<web_sys::Element>>, LocalStorage>);

/// Provides what [`FocusOnNavigation`] and [`page_title`] share, for the whole app.
pub fn provide_heading_focus() {
    provide_context(HeadingFocus(StoredValue::new_local(None)));
}

/// After every route change, the new page's main heading takes focus, so that screen readers
/// announce the page; a `#pN` target takes focus instead (the document page handles it).
///
/// The heading takes it when it is drawn ([`page_title`]), not when the address changes: a study
/// page is drawn only once its part is here, and the old page's heading, focused sooner, would be
/// replaced under the focus.
#[component]
pub fn FocusOnNavigation() -> impl IntoView {
    let Some(HeadingFocus(wanted)) = use_context::<HeadingFocus>() else { return };
    let location = use_location();
    on_navigation(move || {
        wanted.set_value(location.hash.get_untracked().is_empty().then(|| document().active_element()));
    });
}

/// The `node_ref` of a page's main heading (`#page-title`), which takes focus when it is drawn
/// after a page change: a frame later, when the change has been seen (the router may draw a page
/// before the effect that follows the address runs). Not when the reader has moved focus while
/// the page loaded, nor from the search box, whose typing opened the search page.
pub fn page_title() -> NodeRef<leptos::html::H1> {
    let heading = NodeRef::new();
    let Some(HeadingFocus(wanted)) = use_context::<HeadingFocus>() else { return heading };
    heading.on_load(move |heading: web_sys::HtmlHeadingElement| {
        request_animation_frame(move || {
            if heading.id() != PAGE_TITLE_ID || !heading.is_connected() {
                return;
            }
            let Some(focused_then) = wanted.try_update_value(Option::take).flatten() else { return };
            let focused = document().active_element();
            let left_alone = match &focused {
                None => true,
                Some(element) if element.id() == SEARCH_BOX_ID => false,
                Some(element) => {
                    focused_then.as_ref() == Some(element)
                        || document().body().is_some_and(|body| body.is_same_node(Some(element)))
                }
            };
            if left_alone {
                let _ = heading.focus();
            }
        });
    });
    heading
}

/// Runs `then` after every change of the page's path (not the first render, nor a change of
/// query or fragment alone): so what was opened on one page (a gloss, the settings, the contents
/// drawer) does not stay open over the next.
pub fn on_navigation(then: impl Fn() + 'static) {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            then();
        }
        path
    });
}
