//! Mounts the app; everything else lives in the library so the browser tests can mount it too.

/// Hosts also serve a route's page as `…/index.html` (nginx's `try_files`, the service worker
/// answering from its precache), but the router knows each route by its folder: the address is
/// put in that form, without a reload, before the app reads it.
fn name_routes_by_their_folder() {
    let window = leptos::prelude::window();
    let location = window.location();
    let Some(folder) = location.pathname().ok().and_then(|path| path.strip_suffix("/index.html").map(str::to_string))
    else {
        return;
    };
    let rest = format!("{}{}", location.search().unwrap_or_default(), location.hash().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{folder}/{rest}")));
    }
}

fn main() {
    console_error_panic_hook::set_once();
    // A prerendered page carries the same markup the app renders. The app is mounted beside it
    // and the prerendered copy removed in the same task, before the browser paints again, so the
    // takeover shows no flash and shifts nothing.
    let document = leptos::prelude::document();
    name_routes_by_their_folder();
    let prerendered = document.get_element_by_id("prerendered");
    // The app writes its own description and canonical link for each route; the prerendered
    // ones would linger beside them.
    if let Ok(head) = document.query_selector_all("meta[name='description'], link[rel='canonical']") {
        for index in 0..head.length() {
            if let Some(element) =
                head.item(index).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                element.remove();
            }
        }
    }
    leptos::mount::mount_to_body(renda_reader::App);
    if let Some(prerendered) = prerendered {
        prerendered.remove();
    }
    // A prerendered page already shows what the app renders, so only this mark tells tests and
    // tools that the app itself runs and listens. It is set in a later task, after the effects
    // the first render scheduled (settings applied, listeners attached) have run.
    leptos::prelude::set_timeout(
        move || {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("data-app", "started");
            }
        },
        std::time::Duration::ZERO,
    );
}
