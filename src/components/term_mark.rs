use crate::components::Link;
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;
use renda_model::Formulation;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Which formulation's gloss is open, by occurrence: one at a time, across the page.
#[derive(Clone, Copy)]
pub struct OpenGloss(pub RwSignal<Option<usize>>);

static NEXT_OCCURRENCE: AtomicUsize = AtomicUsize::new(0);

/// A formulation in the text: a button that opens its gloss on click, tap or keyboard focus,
/// and closes on Escape or when focus leaves it.
#[component]
pub fn TermMark(formulation: &'static Formulation, children: Children) -> impl IntoView {
    let strings = use_strings();
    let open = expect_context::<OpenGloss>().0;
    let occurrence = NEXT_OCCURRENCE.fetch_add(1, Ordering::Relaxed);
    let id = format!("gloss-{occurrence}");
    let is_open = move || open.get() == Some(occurrence);
    let close = move || {
        open.update(|o| {
            if *o == Some(occurrence) {
                *o = None
            }
        })
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
                if event.key() == "Escape" && is_open() {
                    event.stop_propagation();
                    close();
                }
            }
        >
            <button
                class="term-button"
                aria-expanded=move || is_open().to_string()
                aria-controls=id.clone()
                on:click=move |_| open.update(|o| *o = if *o == Some(occurrence) { None } else { Some(occurrence) })
                on:focus=move |_| open.set(Some(occurrence))
            >
                {children()}
            </button>
            <Show when=is_open>
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
