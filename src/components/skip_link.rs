use leptos::prelude::*;

/// A link that moves keyboard focus to the element with id `to`, shown only while it has focus.
/// (A plain `#id` link would resolve against the `<base>` and leave the page.)
#[component]
pub fn SkipLink(to: &'static str, label: Signal<&'static str>, class: &'static str) -> impl IntoView {
    let skip = move |event: web_sys::MouseEvent| {
        event.prevent_default();
        if let Some(Ok(target)) =
            document().get_element_by_id(to).map(wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>)
        {
            let _ = target.set_attribute("tabindex", "-1");
            let _ = target.focus();
        }
    };
    view! { <a class=class href=format!("#{to}") on:click=skip>{label}</a> }
}
