use crate::components::Link;
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;
use renda_model::Formulation;

/// Which formulation's gloss is open, by the id of its popover: one at a time, across the page.
#[derive(Clone, Copy)]
pub struct OpenGloss(pub RwSignal<Option<String>>);

/// A formulation in the text: a button that opens its gloss on click, tap or keyboard focus,
/// and closes on Escape or when focus leaves it.
#[component]
pub fn TermMark(
    formulation: &'static Formulation,
    /// Names this occurrence on the page, the same in the prerendered page and the app that
    /// hydrates it (so not a counter, which would run on across the prerender's pages).
    occurrence: String,
    children: Children,
) -> impl IntoView {
    let strings = use_strings();
    let open = expect_context::<OpenGloss>().0;
    let id = format!("gloss-{occurrence}");
    let is_open = Memo::new({
        let id = id.clone();
        move |_| open.read().as_deref() == Some(id.as_str())
    });
    let close = move || {
        if is_open.get_untracked() {
            open.set(None);
        }
    };
    let concordance = Route::term(&formulation.term);
    view! {
        <span
            class="term"
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
                }
            }
        >
            <button
                class="term-button"
                aria-expanded=move || is_open.get().to_string()
                aria-controls=id.clone()
                on:click={
                    let id = id.clone();
                    move |_| open.update(|o| *o = if o.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) })
                }
                on:focus={
                    let id = id.clone();
                    move |_| open.set(Some(id.clone()))
                }
            >
                {children()}
            </button>
            <Show when=move || is_open.get()>
                <span class="term-popover" id=id.clone() role="dialog" aria-label=formulation.term.clone()>
                    <span class="gloss-term" lang="zh-Hans">{formulation.term.clone()}</span>
                    <span class="gloss-en" lang="en">{formulation.gloss.clone()}</span>
                    <span class="gloss-zh" lang="zh-Hans">{formulation.explanation.clone()}</span>
                    <Link to=concordance.clone() attr:class="gloss-link">{move || strings.get().concordance}</Link>
                </span>
            </Show>
        </span>
    }
}
