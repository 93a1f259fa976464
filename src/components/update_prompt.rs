use crate::i18n::use_strings;
use crate::service_worker::{accept_update, OfflineReady, UpdateWaiting};
use leptos::prelude::*;

/// A non-blocking notice that a new version is ready, with a button to switch to it.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let strings = use_strings();
    let waiting = expect_context::<UpdateWaiting>().0;
    view! {
        <Show when=move || waiting.get()>
            <div class="update-prompt" role="status">
                <span>{move || strings.get().update_ready}</span>
                <button class="icon-button" on:click=move |_| accept_update()>{move || strings.get().update_accept}</button>
                <button class="icon-button" on:click=move |_| waiting.set(false)>{move || strings.get().update_later}</button>
            </div>
        </Show>
    }
}

/// A quiet notice, shown once in a browser, that the app is saved there for offline reading.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let strings = use_strings();
    let ready = expect_context::<OfflineReady>().0;
    // A new version waiting is the one thing worth saying then.
    let waiting = expect_context::<UpdateWaiting>().0;
    // Said once: it goes with the page it was said on.
    crate::close_on_navigation(move || ready.set(false));
    view! {
        <Show when=move || ready.get() && !waiting.get()>
            <div class="update-prompt offline-notice" role="status">
                <span>{move || strings.get().offline_ready}</span>
                <button class="icon-button" on:click=move |_| ready.set(false)>{move || strings.get().dismiss}</button>
            </div>
        </Show>
    }
}
