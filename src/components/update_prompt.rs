use crate::aids::{failure_text, use_aids, Failure};
use crate::i18n::use_strings;
use crate::service_worker::{accept_update, OfflineReady, StorageFull, UpdateWaiting};
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

/// A quiet notice, shown once in a browser, that the app is saved there for offline reading; or
/// that it could not be, for want of storage, and that reading online works as before.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let strings = use_strings();
    let ready = expect_context::<OfflineReady>().0;
    let full = expect_context::<StorageFull>().0;
    // A new version waiting is the one thing worth saying then.
    let waiting = expect_context::<UpdateWaiting>().0;
    // Said once: it goes with the page it was said on.
    crate::navigation::on_navigation(move || {
        ready.set(false);
        full.set(false);
    });
    let text = move || if full.get() { strings.get().storage_full } else { strings.get().offline_ready };
    view! {
        <Show when=move || (ready.get() || full.get()) && !waiting.get()>
            <div class="update-prompt offline-notice" role="status">
                <span>{text}</span>
                <button
                    class="icon-button"
                    on:click=move |_| {
                        ready.set(false);
                        full.set(false);
                    }
                >
                    {move || strings.get().dismiss}
                </button>
            </div>
        </Show>
    }
}

/// An aid the reader has on whose data could not be fetched, said where the reader reads (the
/// settings say it too, but may be closed): when the page's build is gone from the host, with a
/// way to the new one (the update, as the update prompt takes it). Dismissed, it stays away until
/// another failure.
#[component]
pub fn AidsNotice() -> impl IntoView {
    let strings = use_strings();
    let aids = use_aids();
    let dismissed = RwSignal::new(None::<Failure>);
    let failure = Memo::new(move |_| aids.failed());
    Effect::new(move |_| {
        if failure.get().is_none() {
            dismissed.set(None);
        }
    });
    let shown = move || failure.get().filter(|failure| dismissed.get() != Some(*failure));
    view! {
        {move || shown().map(|failure| view! {
            <div class="update-prompt aids-notice" role="alert">
                <span>{move || failure_text(strings.get(), failure)}</span>
                {(failure == Failure::Gone).then(|| view! {
                    <button class="icon-button" on:click=move |_| accept_update()>{move || strings.get().reload}</button>
                })}
                <button class="icon-button" on:click=move |_| dismissed.set(Some(failure))>{move || strings.get().dismiss}</button>
            </div>
        })}
    }
}
