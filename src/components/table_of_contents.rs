use crate::aids::Named;
use crate::components::Link;
use crate::i18n::use_strings;
use crate::route::Route;
use crate::state::use_corpus;
use leptos::prelude::*;
use renda_model::DocumentKind;

/// The contents of every session, grouped by kind; the current document is marked by the
/// router's `aria-current`. A sidebar on wide screens, a drawer on narrow ones that closes when
/// the reader navigates.
#[component]
pub fn TableOfContents(open: RwSignal<bool>) -> impl IntoView {
    let corpus = use_corpus();
    let strings = use_strings();
    crate::navigation::on_navigation(move || open.set(false));
    view! {
        <nav id="contents" class="contents" class:open=move || open.get() aria-label=move || strings.get().contents>
            <button class="icon-button contents-close" on:click=move |_| open.set(false)>
                {move || strings.get().close}
            </button>
            {corpus
                .sessions
                .iter()
                .map(|session| {
                    let order = session.reading_order();
                    view! {
                        <p class="contents-session"><Named zh=session.title.as_str() en=session.title_en.as_deref()/></p>
                        {DocumentKind::ALL
                            .into_iter()
                            .map(|kind| {
                                let documents: Vec<_> = order.iter().filter(|d| d.kind == kind).copied().collect();
                                view! {
                                    <p class="contents-kind">{move || (strings.get().kind_plural)(kind)}</p>
                                    <ul>
                                        {documents
                                            .into_iter()
                                            .map(|document| {
                                                view! {
                                                    <li>
                                                        <Link to=Route::document(&document.slug)>
                                                            <Named zh=document.short_title.as_str() en=document.short_title_en()/>
                                                        </Link>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                            })
                            .collect_view()}
                    }
                })
                .collect_view()}
            <p class="contents-kind">{move || strings.get().study_tools}</p>
            <ul>
                <li><Link to=Route::search("", false)>{move || strings.get().search_title}</Link></li>
                <li><Link to=Route::Terms>{move || strings.get().terms_title}</Link></li>
                <li><Link to=Route::People>{move || strings.get().people_title}</Link></li>
                <li><Link to=Route::Compare>{move || strings.get().compare_title}</Link></li>
                <li><Link to=Route::About>{move || strings.get().about}</Link></li>
            </ul>
        </nav>
    }
}
