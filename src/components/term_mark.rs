use crate::aids::Zh;
use crate::components::{Link, PopoverButton};
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;
use renda_model::Formulation;

/// Which popover is open (a formulation's gloss or a word's entries), by its id: one at a
/// time, across the page.
#[derive(Clone, Copy)]
pub struct OpenGloss(pub RwSignal<Option<String>>);

/// A formulation in the text, which opens its gloss: the English gloss, the Chinese
/// explanation and a link to its concordance.
#[component]
pub fn TermMark(
    formulation: &'static Formulation,
    /// Names this occurrence on the page (see [`PopoverButton`]).
    occurrence: String,
    /// Whether it is a tab stop of its own (see [`PopoverButton`]).
    #[prop(optional)]
    tab_stop: bool,
    children: Children,
) -> impl IntoView {
    let strings = use_strings();
    let concordance = Route::term(&formulation.term);
    let content = move || {
        view! {
            <Zh text=formulation.term.as_str() class="gloss-term"/>
            <span class="gloss-en" lang="en">{formulation.gloss.clone()}</span>
            <Zh text=formulation.explanation.as_str() class="gloss-zh"/>
            <Link to=concordance.clone() attr:class="gloss-link">{move || strings.get().concordance}</Link>
        }
    };
    view! {
        <PopoverButton id=format!("gloss-{occurrence}") class="term" label=formulation.term.clone() tab_stop content>
            {children()}
        </PopoverButton>
    }
}
