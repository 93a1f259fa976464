//! One tab stop per paragraph: its number link, its formulation marks or look-up words, its share
//! and cite buttons are one group, entered by Tab at the number and moved through by the arrow
//! keys (Home and End to its ends), as the WAI-ARIA toolbar pattern does. A paragraph full of
//! marks, or of words with the look-up on, no longer costs a keyboard reader a Tab per item.
//!
//! The items are rendered out of the tab order (`tabindex="-1"`, [`OUT_OF_TAB_ORDER`]) but the
//! number link; the arrow keys move focus among them. (Not a roving `tabindex` that remembers the
//! last item: Tab always enters a paragraph at its number, which says where the reader is.)

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

/// What the items of a group carry: focusable by the arrow keys and by script, not by Tab.
pub const OUT_OF_TAB_ORDER: &str = "-1";

/// The items of a paragraph's group, in reading order.
const ITEMS: &str = ".para-number, .term-button, .share-button, .cite-button";

/// The `keydown` handler of a group (a paragraph): moves focus among its items.
pub fn move_within_group(event: KeyboardEvent) {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return;
    }
    let step = match event.key().as_str() {
        "ArrowRight" | "ArrowDown" => Step::Next,
        "ArrowLeft" | "ArrowUp" => Step::Previous,
        "Home" => Step::First,
        "End" => Step::Last,
        _ => return,
    };
    let Some(group) = event.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Ok(list) = group.query_selector_all(ITEMS) else { return };
    let items: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect();
    let focused = document().active_element();
    // Only when focus is on one of the items: the arrow keys keep their other uses elsewhere
    // (scrolling, the previous and next document).
    let Some(at) =
        items.iter().position(|item| focused.as_ref().is_some_and(|f| f == item.as_ref() as &web_sys::Element))
    else {
        return;
    };
    let target = match step {
        Step::Next => (at + 1).min(items.len() - 1),
        Step::Previous => at.saturating_sub(1),
        Step::First => 0,
        Step::Last => items.len() - 1,
    };
    event.prevent_default();
    event.stop_propagation();
    if let Some(item) = items.get(target) {
        let _ = item.focus();
    }
}

enum Step {
    Next,
    Previous,
    First,
    Last,
}
