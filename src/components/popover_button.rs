use crate::components::OpenGloss;
use leptos::prelude::*;

/// A piece of the text that opens a popover (a formulation's gloss, a word's dictionary entries)
/// on click, tap, Enter or Space (not on focus, which would make the first click close it again
/// and open one at every Tab), and closes it on Escape or when focus leaves. One popover is open
/// at a time across the page ([`OpenGloss`]).
#[component]
pub fn PopoverButton(
    /// Names the popover on the page, the same in the prerendered page and the app that hydrates
    /// it (so not a counter, which would run on across the prerender's pages).
    id: String,
    /// The class of the whole.
    class: &'static str,
    /// The popover's accessible name.
    label: String,
    /// The `lang` of the button, where it differs from the text's.
    #[prop(optional)]
    button_lang: Option<&'static str>,
    /// The `lang` of the popover, where it differs from the text's.
    #[prop(optional)]
    popover_lang: Option<Signal<&'static str>>,
    /// Whether it is a tab stop of its own: the first mark of a text that stands in no
    /// paragraph's group (a heading's line, a clause of /compare), which its arrow keys go on from.
    #[prop(optional)]
    tab_stop: bool,
    /// What the popover holds.
    #[prop(into)]
    content: ViewFn,
    /// The text that opens it.
    children: Children,
) -> impl IntoView {
    let open = expect_context::<OpenGloss>().0;
    let is_open = Memo::new({
        let id = id.clone();
        move |_| open.read().as_deref() == Some(id.as_str())
    });
    let toggle = StoredValue::new({
        let id = id.clone();
        move || open.update(|o| *o = if o.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) })
    });
    let toggle = move || toggle.with_value(|toggle| toggle());
    let close = move || {
        if is_open.get_untracked() {
            open.set(None);
        }
    };
    let popover = NodeRef::<leptos::html::Span>::new();
    let button = NodeRef::<leptos::html::Span>::new();
    Effect::new(move |_| {
        if let Some(popover) = popover.get() {
            keep_inside_the_window(&popover);
        }
    });
    view! {
        <span
            class=class
            on:focusout=move |event| {
                let leaving = event
                    .related_target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
                    .is_none_or(|next| !event_target::<web_sys::Element>(&event).closest(".term").ok().flatten().is_some_and(|own| own.contains(Some(&next))));
                if leaving {
                    close();
                }
            }
            on:keydown=move |event| {
                if event.key() == "Escape" && is_open.get_untracked() {
                    event.stop_propagation();
                    close();
                    // Back to the text that opened it, wherever in the popover focus was.
                    if let Some(button) = button.get_untracked() {
                        let _ = button.focus();
                    }
                }
            }
        >
            // Not a <button>: a button is an atomic inline box, which Chinese line breaking cannot
            // break around (an opening quote left at a line's end, a closing one starting the
            // next) and justification stretches. An inline span with the button role keeps the
            // text's own line breaking.
            <span
                class="term-button"
                role="button"
                // Reached by the arrow keys from its group's tab stop (roving.rs), not by Tab.
                tabindex=if tab_stop { "0" } else { crate::roving::OUT_OF_TAB_ORDER }
                lang=button_lang
                aria-expanded=move || is_open.get().to_string()
                aria-controls=id.clone()
                node_ref=button
                on:click=move |_| toggle()
                on:keydown=move |event| {
                    if matches!(event.key().as_str(), "Enter" | " ") {
                        event.prevent_default();
                        toggle();
                    }
                }
            >
                {children()}
            </span>
            <Show when=move || is_open.get()>
                <span
                    class="term-popover"
                    id=id.clone()
                    role="dialog"
                    aria-label=label.clone()
                    lang=move || popover_lang.map(|lang| lang.get())
                    node_ref=popover
                >
                    {content.run()}
                </span>
            </Show>
        </span>
    }
}

/// Space kept between a popover and the window's edge.
const EDGE_MARGIN: f64 = 8.0;

/// Keeps a popover inside the window: opened below its text, it opens above instead where below
/// it would run past the window's foot and there is more room above, and it moves back inside
/// the window's left and right edges. (Set through the class list and the CSS object model: the
/// CSP forbids style attributes, not these.) The narrow layout shows popovers as a sheet across
/// the window's foot, which never needs it.
fn keep_inside_the_window(popover: &web_sys::HtmlElement) {
    let window = window();
    let size = |value: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| {
        value.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
    };
    let (width, height) = (size(window.inner_width()), size(window.inner_height()));
    let style = popover.style();
    let _ = style.remove_property("margin-left");
    let _ = popover.class_list().remove_1(ABOVE_CLASS);
    let positioned =
        window.get_computed_style(popover).ok().flatten().and_then(|s| s.get_property_value("position").ok());
    if positioned.as_deref() != Some("absolute") {
        return;
    }
    let rect = popover.get_bounding_client_rect();
    if let Some(text) = popover.parent_element() {
        let text = text.get_bounding_client_rect();
        let below = height - EDGE_MARGIN - text.bottom();
        let above = text.top() - EDGE_MARGIN;
        if rect.height() > below && above > below {
            let _ = popover.class_list().add_1(ABOVE_CLASS);
        }
    }
    let shift = if rect.right() > width - EDGE_MARGIN {
        (width - EDGE_MARGIN - rect.right()).max(EDGE_MARGIN - rect.left())
    } else if rect.left() < EDGE_MARGIN {
        EDGE_MARGIN - rect.left()
    } else {
        return;
    };
    let _ = style.set_property("margin-left", &format!("{}px", shift.round() as i64));
}

/// The class of a popover opened above its text.
const ABOVE_CLASS: &str = "above";
