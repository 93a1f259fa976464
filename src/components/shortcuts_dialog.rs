use crate::i18n::use_strings;
use leptos::html;
use leptos::prelude::*;

/// The list of keyboard shortcuts, in a modal `<dialog>` (which traps focus and closes on Esc).
#[component]
pub fn ShortcutsDialog(open: RwSignal<bool>) -> impl IntoView {
    let strings = use_strings();
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else { return };
        match (open.get(), dialog.open()) {
            (true, false) => {
                let _ = dialog.show_modal();
            }
            (false, true) => dialog.close(),
            _ => {}
        }
    });
    view! {
        <dialog node_ref=dialog class="shortcuts" aria-labelledby="shortcuts-title" on:close=move |_| open.set(false)>
            <h2 id="shortcuts-title">{move || strings.get().shortcuts}</h2>
            <dl>
                {move || {
                    strings
                        .get()
                        .shortcut_list
                        .iter()
                        .map(|(keys, action)| view! { <dt><kbd>{*keys}</kbd></dt><dd>{*action}</dd> })
                        .collect_view()
                }}
            </dl>
            <button class="icon-button" on:click=move |_| open.set(false)>{move || strings.get().close}</button>
        </dialog>
    }
}
