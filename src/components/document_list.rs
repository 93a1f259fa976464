use crate::aids::{use_chinese_tag, use_shown};
use crate::components::Link;
use crate::i18n::use_strings;
use crate::route::Route;
use crate::settings::{use_language, Language};
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
    let language = use_language();
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
                                // In the English interface: the English title with the Chinese
                                // under it, and the lead in English.
                                let english = move || {
                                    (language.get() == Language::English).then_some(()).and(document.title_en())
                                };
                                let lead_en = document.english_lead(LEAD_CHARS * 2);
                                view! {
                                    <li>
                                        <Link to=Route::document(&document.slug)>
                                            {move || english().map(|title| view! { <span class="doc-title" lang="en">{title}</span> })}
                                            <span class="doc-title" class:doc-title-zh=move || english().is_some() lang=lang>{move || shown(&title)}</span>
                                        </Link>
                                        // One element in either language, so that the one the host
                                        // served is kept when the interface turns English.
                                        {
                                            let lead_en = lead_en.clone();
                                            let english_lead = move || english().and(lead_en.clone());
                                            let lead_lang = {
                                                let english_lead = english_lead.clone();
                                                move || if english_lead().is_some() { "en" } else { lang.get() }
                                            };
                                            view! {
                                                <p class="doc-lead" lang=lead_lang>
                                                    {move || english_lead().unwrap_or_else(|| shown(&lead))}
                                                </p>
                                            }
                                        }
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
