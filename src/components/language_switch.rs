use crate::i18n::use_strings;
use crate::route::{use_route, Route};
use crate::settings::{use_language, Language};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

/// A link to this page's twin in `language`, query and place kept. It is a link, so it works
/// without JavaScript; following it stores the choice (`index.html`'s early script listens for
/// it, so that it counts before the app has started), and the twin's early script then keeps the
/// reader on that language. The browser loads the twin (`rel="external"`: the router knows only
/// this language's pages).
#[component]
fn TwinLink(
    language: Language,
    class: &'static str,
    #[prop(optional)] label: Option<&'static str>,
    children: Children,
) -> impl IntoView {
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
            on:click=move |event: web_sys::MouseEvent| {
                // The reader's place now: j and k move `#pN` without the router, and scrolling
                // moves it without the address (paragraphs.rs).
                if let (Some(Route::Document { slug, mode, highlight, .. }), Some(link)) = (
                    route.get_untracked(),
                    event.current_target().and_then(|target| target.dyn_into::<web_sys::HtmlAnchorElement>().ok()),
                ) {
                    let here = Route::Document { slug, mode, highlight, paragraph: crate::paragraphs::current() };
                    link.set_href(&here.href_in(language));
                }
            }
        >
            {children()}
        </a>
    }
}
