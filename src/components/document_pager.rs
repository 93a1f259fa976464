use crate::aids::Named;
use crate::components::Link;
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;
use renda_model::Document;

/// The pager's id, by which a keyboard reader skips past a document's text to it.
pub const PAGER_ID: &str = "pager";

/// Links to the previous and next document in reading order.
#[component]
pub fn DocumentPager(previous: Option<&'static Document>, next: Option<&'static Document>) -> impl IntoView {
    let strings = use_strings();
    let link =
        move |document: &'static Document, rel: &'static str, label: fn(&crate::i18n::Strings) -> &'static str| {
            view! {
                <Link to=Route::document(&document.slug) attr:rel=rel attr:class=format!("pager-{rel}")>
                    <span class="pager-label">{move || label(strings.get())}</span>
                    <Named zh=document.short_title.as_str() en=document.short_title_en() class="pager-title"/>
                </Link>
            }
        };
    view! {
        <nav id=PAGER_ID class="pager" aria-label=move || strings.get().pager>
            {previous.map(|d| link(d, "prev", |s| s.previous))}
            {next.map(|d| link(d, "next", |s| s.next))}
        </nav>
    }
}
