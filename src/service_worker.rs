//! Offline use: release builds register the service worker that `scripts/post-build.mjs`
//! generates, and tell the reader when a new version is waiting; development builds (served by
//! `trunk serve`) unregister any worker instead, so they never run a stale build.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/service_worker.js")]
extern "C" {
    fn register(on_update: &Closure<dyn Fn()>, on_offline_ready: &Closure<dyn Fn()>);
    #[wasm_bindgen(js_name = acceptUpdate)]
    fn accept_update_js();
    #[wasm_bindgen(js_name = unregisterHere)]
    fn unregister_here();
}

/// Whether a new version is installed and waiting for the reader's yes.
#[derive(Clone, Copy)]
pub struct UpdateWaiting(pub RwSignal<bool>);

/// Whether to tell the reader, this once, that the app is saved for offline reading.
#[derive(Clone, Copy)]
pub struct OfflineReady(pub RwSignal<bool>);

/// Where the browser remembers that the reader was told the app works offline.
const OFFLINE_TOLD_KEY: &str = "renda-reader.offline-told";

/// Registers the worker (release) or removes it (development), and provides [`UpdateWaiting`]
/// and [`OfflineReady`].
pub fn provide_service_worker() {
    let waiting = RwSignal::new(false);
    provide_context(UpdateWaiting(waiting));
    let offline_ready = RwSignal::new(false);
    provide_context(OfflineReady(offline_ready));
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if cfg!(debug_assertions) {
        unregister_here();
        return;
    }
    let on_update = Closure::<dyn Fn()>::new(move || waiting.set(true));
    // Told once per browser: where nothing can be remembered (storage blocked), never, rather
    // than on every page.
    let on_offline_ready = Closure::<dyn Fn()>::new(move || {
        let Some(storage) = crate::settings::storage() else { return };
        if matches!(storage.get_item(OFFLINE_TOLD_KEY), Ok(None)) && storage.set_item(OFFLINE_TOLD_KEY, "1").is_ok() {
            offline_ready.set(true);
        }
    });
    register(&on_update, &on_offline_ready);
    // The worker may report an update at any time during the page's life.
    on_update.forget();
    on_offline_ready.forget();
}

/// Activates the waiting version; the page reloads once it has taken over.
pub fn accept_update() {
    accept_update_js();
}
