use crate::aids::{Failure, Load};
use crate::components::ReloadButton;
use crate::i18n::{use_strings, Strings, EN};
use crate::navigation::PAGE_TITLE_ID;
use crate::settings::{use_language, Language};
use crate::state::{retry_translation, use_translation};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where a page shows the paragraphs' English: that they are on their way, or why they cannot be
/// had and what the reader can do (try again, or reload for the newer build's). Nothing once
/// they are here. In the Chinese interface it is said in English too, after the Chinese: the
/// reader of the translation may not read the interface.
#[component]
pub fn TranslationStatus(
    /// Whether the page shows the Chinese in its place meanwhile (a document does; a search
    /// waits).
    #[prop(optional)]
    chinese_shown: bool,
) -> impl IntoView {
    let strings = use_strings();
    let language = use_language();
    let translation = use_translation();
    let told = move |text: fn(&Strings, bool) -> &'static str| {
        view! {
            {move || text(strings.get(), chinese_shown)}
            {(language.get_untracked() != Language::English).then(|| view! { " " <span lang="en">{text(&EN, chinese_shown)}</span> })}
        }
    };
    let try_again = move |_| {
        // The button goes once the translation comes: the reader is left at the page's heading
        // rather than at the top of the page with focus nowhere.
        let heading =
            document().get_element_by_id(PAGE_TITLE_ID).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
        retry_translation();
    };
    move || match translation.get() {
        Load::Idle | Load::Ready(_) => ().into_any(),
        Load::Loading => {
            view! { <p class="translation-status" role="status">{told(|s, _| s.translation_loading)}</p> }.into_any()
        }
        Load::Failed(Failure::Gone) => view! {
            <div class="translation-status failed" role="alert">
                <p>{told(|s, shown| (s.translation_gone)(shown))}</p>
                <ReloadButton/>
            </div>
        }
        .into_any(),
        Load::Failed(Failure::Unavailable) => view! {
            <div class="translation-status failed" role="alert">
                <p>{told(|s, shown| (s.translation_failed)(shown))}</p>
                <button class="icon-button" on:click=try_again>{move || strings.get().try_again}</button>
            </div>
        }
        .into_any(),
    }
}
