use crate::components::{Canonical, Link};
use crate::i18n::use_strings;
use crate::navigation::{page_title, PAGE_TITLE_ID};
use crate::route::Route;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// What every page repeats: its title in the browser (the app's name after the page's own), its
/// description and canonical address for search engines, and the `main` landmark that the skip
/// link and the page's heading live in.
#[component]
pub fn PageFrame(
    /// The page's own title; empty for the app's name alone.
    #[prop(into)]
    title: Signal<String>,
    /// The meta description; none for a page that is not an address of its own (not found).
    #[prop(optional, into)]
    description: Option<Signal<String>>,
    #[prop(optional)] canonical: Option<Route>,
    /// The class of `main`, by which the style sheet lays out each kind of page.
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let strings = use_strings();
    let full_title = move || match title.get() {
        own if own.is_empty() => strings.get().app_name.to_string(),
        own => format!("{own} · {}", strings.get().app_name),
    };
    view! {
        <Title text=full_title/>
        {description.map(|description| view! { <Meta name="description" content=move || description.get()/> })}
        {canonical.map(|route| view! { <Canonical route/> })}
        <main id="main" class=class>
            {children()}
        </main>
    }
}

/// An interface string, chosen from the strings of the interface's language.
pub type Wording = fn(&crate::i18n::Strings) -> &'static str;

/// A page of the study tools (the formulations, the people, the comparison): its frame, its
/// heading and the paragraph that introduces it, each in the interface's language, then its own
/// content.
#[component]
pub fn ToolPage(
    title: Wording,
    description: Wording,
    intro: Wording,
    canonical: Route,
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let strings = use_strings();
    view! {
        <PageFrame
            title=move || title(strings.get()).to_string()
            description=Signal::derive(move || description(strings.get()).to_string())
            canonical
            class
        >
            <h1 id=PAGE_TITLE_ID tabindex="-1" node_ref=page_title()>{move || title(strings.get())}</h1>
            <p>{move || intro(strings.get())}</p>
            {children()}
        </PageFrame>
    }
}

/// A page that only says something (a page not found, a page that could not be loaded): its
/// heading and text in the interface's language, any actions, and the way back to the overview.
#[component]
pub fn MessagePage(
    title: Wording,
    text: Wording,
    /// Whether the text is announced as soon as it appears: a failure the reader did not ask for.
    #[prop(optional)]
    alert: bool,
    /// Actions offered before the way back.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let strings = use_strings();
    view! {
        <PageFrame title=move || title(strings.get()).to_string() class="not-found">
            <h1 id=PAGE_TITLE_ID tabindex="-1" node_ref=page_title()>{move || title(strings.get())}</h1>
            <p role=alert.then_some("alert")>{move || text(strings.get())}</p>
            <p class="page-actions">
                {children.map(|children| children())}
                <Link to=Route::Overview>{move || strings.get().back_home}</Link>
            </p>
        </PageFrame>
    }
}
