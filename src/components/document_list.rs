use crate::aids::{use_chinese_tag, use_shown};
use crate::components::Link;
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;
use renda_model::{DocumentKind, Session};

/// Length of the one-line lead under each title, in characters.
const LEAD_CHARS: usize = 48;

/// The documents of a session grouped by kind (讲话 · 决议 · 公告): short title, a one-line lead,
/// and length in characters.
#[component]
pub fn DocumentList(session: &'static Session) -> impl IntoView {
    let shown = use_shown();
    let lang = use_chinese_tag();
    let strings = use_strings();
    let order = session.reading_order();
    DocumentKind::ALL
        .into_iter()
        .map(|kind| {
            let documents: Vec<_> = order.iter().filter(|d| d.kind == kind).copied().collect();
            view! {
                <section class="kind-group">
                    <h2>{move || (strings.get().kind_plural)(kind)}</h2>
                    <ul class="document-list">
                        {documents
                            .into_iter()
                            .map(|document| {
                                let chars = document.char_count();
                                let (title, lead) = (document.full_title(), document.lead(LEAD_CHARS));
                                view! {
                                    <li>
                                        <Link to=Route::document(&document.slug)>
                                            <span class="doc-title" lang=lang>{move || shown(&title)}</span>
                                        </Link>
                                        <p class="doc-lead" lang=lang>{move || shown(&lead)}</p>
                                        <p class="doc-length">{move || (strings.get().chars_count)(chars)}</p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view()
}
