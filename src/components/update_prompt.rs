use crate::i18n::use_strings;
use crate::service_worker::{accept_update, UpdateWaiting};
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
