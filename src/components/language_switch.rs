use crate::settings::{use_language, use_settings, Language};
use leptos::prelude::*;

/// 中 / EN in the banner: switches the interface language in one press, where a reader who
/// cannot read the other one looks for it (the settings hold the same choice). It names the
/// language it switches to, in that language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let settings = use_settings();
    let language = use_language();
    let other = move || match language.get() {
        Language::Chinese => Language::English,
        Language::English => Language::Chinese,
    };
    view! {
        <button
            class="icon-button language-switch"
            lang=move || other().tag()
            aria-label=move || match other() {
                Language::English => "EN: English interface",
                Language::Chinese => "中：中文界面",
            }
            on:click=move |_| settings.update(|s| s.language = other())
        >
            {move || match other() {
                Language::English => "EN",
                Language::Chinese => "中",
            }}
        </button>
    }
}
