use leptos::prelude::*;

/// A button that shows and hides a part of the page: a click flips `open`, and `aria-expanded`
/// tells assistive technology which way it stands. Further attributes (`attr:aria-controls`,
/// `attr:aria-label`) pass through to the button.
#[component]
pub fn ToggleButton(open: RwSignal<bool>, class: &'static str, children: Children) -> impl IntoView {
    view! {
        <button class=class aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
            {children()}
        </button>
    }
}
