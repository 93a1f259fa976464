use leptos::prelude::*;
use leptos_router::components::A;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What `encodeURIComponent` leaves as it is.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// Percent-encodes a path segment or query value, as `encodeURIComponent` does. (In Rust rather
/// than through JavaScript, so that prerendering can run it natively.)
pub fn encode_component(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// Decodes a percent-encoded segment; text that is not valid UTF-8 once decoded stays as given.
pub fn decode_component(text: &str) -> String {
    percent_decode_str(text).decode_utf8().map_or_else(|_| text.to_string(), |t| t.into_owned())
}

/// The full address of an app path, for citations and print: with the page's origin in the
/// browser, the path alone when prerendering (where no origin is known).
pub fn permalink(path: &str) -> String {
    let origin =
        if cfg!(target_arch = "wasm32") { window().location().origin().unwrap_or_default() } else { String::new() };
    format!("{origin}{}", app_path(path))
}

/// The path of an app route as the browser sees it, under the public URL the app is served
/// from (`/d/plan` is `/renda/d/plan` when hosted under `/renda/`). The router matches routes
/// under its base and its `navigate` adds the base, but it leaves absolute link `href`s as
/// written, so every internal link goes through here.
pub fn app_path(path: &str) -> String {
    format!("{}{path}", crate::base_path())
}

/// An internal link: the router's `<A>` (client-side navigation, `aria-current` on the current
/// page) with the public URL's path in front.
#[component]
pub fn Link(#[prop(into)] href: String, children: Children) -> impl IntoView {
    view! { <A href=app_path(&href)>{children()}</A> }
}
