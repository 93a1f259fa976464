//! The keyboard: one listener on the window for the whole app. Escape closes what is open, `?`
//! opens the list of shortcuts, `/` goes to the search box, and the page shown adds its own keys
//! ([`use_page_keys`]) for as long as it is shown. One listener, so that two pages' keys can never
//! both answer one press, and the checks every shortcut needs (no modifier, not typing) are made
//! once.

use crate::components::SEARCH_BOX_ID;
use leptos::ev;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// A page's keys: it is given each key pressed (`KeyboardEvent.key`) outside a field and without
/// a modifier that the app's own keys do not take.
type PageKeys = Rc<dyn Fn(&str)>;

/// The keys of the page shown, with a mark of which page set them: a new page can set its own
/// before the page it replaces is cleaned up, and that cleanup must not remove them.
#[derive(Clone, Copy)]
struct ShownPageKeys {
    keys: StoredValue<Option<(u64, PageKeys)>, LocalStorage>,
    next_owner: StoredValue<Cell<u64>, LocalStorage>,
}

/// What Escape and the app's own keys open and close.
#[derive(Clone, Copy)]
pub struct Openers {
    pub contents: RwSignal<bool>,
    pub shortcuts: RwSignal<bool>,
    pub settings: RwSignal<bool>,
}

/// Listens to the keyboard for the app, until the app is unmounted.
pub fn provide_shortcuts(open: Openers) {
    let page = ShownPageKeys { keys: StoredValue::new_local(None), next_owner: StoredValue::new_local(Cell::new(0)) };
    provide_context(page);
    let listener = window_event_listener(ev::keydown, move |event| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        // Escape closes what is open wherever focus is, a settings radio button included.
        if event.key() == "Escape" {
            open.shortcuts.set(false);
            open.contents.set(false);
            if open.settings.get_untracked() {
                open.settings.set(false);
                return_focus_from_settings();
            }
            return;
        }
        if is_typing(&event) {
            return;
        }
        let key = event.key();
        match key.as_str() {
            "?" => open.shortcuts.set(true),
            "/" => {
                if let Some(Ok(input)) =
                    document().get_element_by_id(SEARCH_BOX_ID).map(JsCast::dyn_into::<web_sys::HtmlElement>)
                {
                    event.prevent_default();
                    let _ = input.focus();
                }
            }
            _ => {
                // Cloned out first: a key that opens another page replaces the keys it runs in.
                let keys = page.keys.with_value(|keys| keys.as_ref().map(|(_, keys)| Rc::clone(keys)));
                if let Some(keys) = keys {
                    keys(&key);
                }
            }
        }
    });
    on_cleanup(move || listener.remove());
}

/// Gives the page's keys to the app's listener while the calling page is shown.
pub fn use_page_keys(keys: impl Fn(&str) + 'static) {
    let Some(page) = use_context::<ShownPageKeys>() else { return };
    let owner = page.next_owner.with_value(|next| next.replace(next.get() + 1));
    page.keys.set_value(Some((owner, Rc::new(keys))));
    on_cleanup(move || {
        // Disposed with its page; the keys are the next page's by then if it has set its own.
        let _ = page.keys.try_update_value(|keys| {
            if keys.as_ref().is_some_and(|(set_by, _)| *set_by == owner) {
                *keys = None;
            }
        });
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
        .map(JsCast::dyn_into::<web_sys::HtmlElement>)
    {
        let _ = button.focus();
    }
}

/// Whether a key press is typing into a field, where shortcuts must not fire.
fn is_typing(event: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = event.target() else { return false };
    let Ok(element) = target.dyn_into::<web_sys::HtmlElement>() else { return false };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.is_content_editable()
}
