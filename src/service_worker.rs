//! Offline use: release builds register the service worker that `scripts/post-build.mjs`
//! generates, and tell the reader when a new version is waiting; development builds (served by
//! `trunk serve`) unregister any worker instead, so they never run a stale build.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/service_worker.js")]
extern "C" {
    fn register(
        on_update: &Closure<dyn Fn()>,
        on_offline_ready: &Closure<dyn Fn()>,
        on_storage_full: &Closure<dyn Fn()>,
    );
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

/// Whether to tell the reader, this once, that the browser's storage is too full to keep the app
/// for offline reading (reading online is not affected).
#[derive(Clone, Copy)]
pub struct StorageFull(pub RwSignal<bool>);

/// Where the browser remembers that the reader was told the app works offline.
const OFFLINE_TOLD_KEY: &str = "renda-reader.offline-told";
/// Where the browser remembers that the reader was told its storage is full.
const STORAGE_FULL_TOLD_KEY: &str = "renda-reader.storage-full-told";

/// Registers the worker (release) or removes it (development), and provides [`UpdateWaiting`],
/// [`OfflineReady`] and [`StorageFull`].
pub fn provide_service_worker() {
    let waiting = RwSignal::new(false);
    provide_context(UpdateWaiting(waiting));
    let offline_ready = RwSignal::new(false);
    provide_context(OfflineReady(offline_ready));
    let storage_full = RwSignal::new(false);
    provide_context(StorageFull(storage_full));
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    if cfg!(debug_assertions) {
        unregister_here();
        return;
    }
    let on_update = Closure::<dyn Fn()>::new(move || waiting.set(true));
    let on_offline_ready = Closure::<dyn Fn()>::new(move || tell_once(OFFLINE_TOLD_KEY, offline_ready));
    let on_storage_full = Closure::<dyn Fn()>::new(move || tell_once(STORAGE_FULL_TOLD_KEY, storage_full));
    register(&on_update, &on_offline_ready, &on_storage_full);
    // The worker may report at any time during the page's life.
    on_update.forget();
    on_offline_ready.forget();
    on_storage_full.forget();
}

/// Sets `notice` the first time in this browser (remembered under `key`): where nothing can be
/// remembered (storage blocked), never, rather than on every page.
fn tell_once(key: &str, notice: RwSignal<bool>) {
    let Some(storage) = crate::settings::storage() else { return };
    if matches!(storage.get_item(key), Ok(None)) && storage.set_item(key, "1").is_ok() {
        notice.set(true);
    }
}

/// Activates the waiting version; the page reloads once it has taken over.
pub fn accept_update() {
    accept_update_js();
}
