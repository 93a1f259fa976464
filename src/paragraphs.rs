//! Moving the reader between paragraphs in the page: the `#pN` target and `j`/`k`.

use crate::route::address_at;
use leptos::prelude::*;
use renda_model::Unit;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// Class of the paragraph a link or a key press took the reader to.
const TARGET_CLASS: &str = "is-target";

/// The paragraphs of the page, in order: each element a `#pN` link targets (a paragraph's text,
/// or in parallel mode the pair).
fn paragraphs() -> Vec<HtmlElement> {
    let Ok(list) = document().query_selector_all(".para-anchor") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|node| node.dyn_into::<HtmlElement>().ok()).collect()
}

/// Scrolls to the paragraph with id `id`, highlights it, and gives it focus.
pub fn go_to(id: &str) {
    if let Some(element) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        mark(&element);
    }
}

fn mark(element: &HtmlElement) {
    if let Ok(Some(previous)) = document().query_selector(&format!(".{TARGET_CLASS}")) {
        let _ = previous.class_list().remove_1(TARGET_CLASS);
    }
    let _ = element.class_list().add_1(TARGET_CLASS);
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_behavior(ScrollBehavior::Instant);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = element.focus();
}

/// The number of the paragraph the reader is at: the highlighted one, else the first whose top is
/// in the window (none at the top of the page, before the first paragraph).
pub fn current() -> Option<u32> {
    let all = paragraphs();
    let at = all.iter().find(|p| p.class_list().contains(TARGET_CLASS)).or_else(|| {
        let first_visible = all.iter().position(|p| top(p) >= 0.0)?;
        (first_visible > 0 || window().scroll_y().unwrap_or_default() > 0.0).then(|| &all[first_visible])
    })?;
    at.id().parse::<Unit>().ok()?.paragraph()
}

/// Moves to the next (`step` 1) or previous (`step` -1) paragraph from the current one: the
/// highlighted paragraph, else the first one below the top of the window. Records it in the
/// address so the position can be shared.
pub fn step(step: isize) {
    let all = paragraphs();
    let current = all.iter().position(|p| p.class_list().contains(TARGET_CLASS)).or_else(|| {
        let first_visible = all.iter().position(|p| top(p) >= 0.0)?;
        // With nothing highlighted, `j` lands on the first paragraph in view, `k` on the one above.
        Some(if step > 0 { first_visible.checked_sub(1)? } else { first_visible })
    });
    let target = match current {
        Some(index) => index.checked_add_signed(step),
        None if step > 0 => Some(0),
        None => None,
    };
    if let Some(element) = target.and_then(|i| all.get(i)) {
        mark(element);
        let Ok(unit) = element.id().parse::<Unit>() else { return };
        let address = address_at(&window().location(), unit);
        let _ =
            window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address)));
    }
}

fn top(element: &Element) -> f64 {
    element.get_bounding_client_rect().top()
}
