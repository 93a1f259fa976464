use crate::i18n::use_strings;
use crate::route::{use_route, Route};
use crate::settings::{use_language, use_settings, Language};
use leptos::prelude::*;

/// 中 / EN in the banner: the link to this page in the other interface language, where a reader
/// who cannot read this one looks for it. It names the language it leads to, in that language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let other = match use_language().get_untracked() {
        Language::Chinese => Language::English,
        Language::English => Language::Chinese,
    };
    let (label, name) = match other {
        Language::English => ("EN", "EN: English interface"),
        Language::Chinese => ("中", "中：中文界面"),
    };
    view! {
        <TwinLink language=other class="icon-button language-switch" label=name>
            {label}
        </TwinLink>
    }
}

/// The interface language among the settings: this page's, and a link to the other's twin.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let strings = use_strings();
    let current = use_language().get_untracked();
    let name = |language| match language {
        Language::Chinese => "中文",
        Language::English => "English",
    };
    view! {
        <fieldset class="choice-group language-choice">
            <legend>{move || strings.get().language}</legend>
            {[Language::Chinese, Language::English]
                .into_iter()
                .map(|language| {
                    if language == current {
                        view! { <span class="choice" lang=language.tag() aria-current="page">{name(language)}</span> }
                            .into_any()
                    } else {
                        view! {
                            <TwinLink language class="choice">
                                {name(language)}
                            </TwinLink>
                        }
                        .into_any()
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A link to this page's twin in `language`, query and `#pN` kept. It is a link, so it works
/// without JavaScript; with it, following the link stores the choice first, so that the twin's
/// early script (`index.html`) keeps the reader there and sends them to this language from then
/// on. The browser loads the twin (`rel="external"`: the router knows only this language's pages).
#[component]
fn TwinLink(
    language: Language,
    class: &'static str,
    #[prop(optional)] label: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let settings = use_settings();
    let route = use_route();
    let href = move || route.get().unwrap_or(Route::Overview).href_in(language);
    view! {
        <a
            class=class
            href=href
            hreflang=language.tag()
            lang=language.tag()
            aria-label=label
            rel="external"
            on:click=move |_| {
                settings.update(|s| s.language = language);
                // Before the browser leaves this page, when the effect that stores a change
                // might not have run yet.
                settings.get_untracked().save();
            }
        >
            {children()}
        </a>
    }
}
