use crate::aids::Named;
use crate::components::{HitLink, Link, PageFrame, TranslationStatus};
use crate::i18n::use_strings;
use crate::navigation::{page_title, PAGE_TITLE_ID};
use crate::route::{use_route, Route};
use crate::settings::use_reading_mode;
use crate::state::{use_corpus, use_index, use_translation};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use renda_study::search::{searches_english, Hit};

/// `/search?q=…`: every match of the query, grouped by document with counts, each a
/// keyword-in-context line linking to its paragraph. `&all=1` includes repeated passages and
/// news-report lines.
#[component]
pub fn SearchPage() -> impl IntoView {
    let strings = use_strings();
    let translation = use_translation();
    let route = use_route();
    let navigate = use_navigate();
    let address = move || match route.get() {
        Some(Route::Search { query, all }) => (query, all),
        _ => (String::new(), false),
    };
    let text = move || address().0;
    let all = move || address().1;
    // Searched again when the paragraphs' English arrive (crate::state).
    let hits = Memo::new(move |_| use_index().search(&text(), all()));
    // Hits the default search leaves out (set-aside passages), reported so that none is hidden
    // silently: the reader sees a news-report line quoting a name the results do not list.
    let set_aside =
        Memo::new(
            move |_| {
                if all() {
                    0
                } else {
                    use_index().search(&text(), true).len().saturating_sub(hits.read().len())
                }
            },
        );

    let toggle_all = move |_: web_sys::Event| {
        navigate(
            &Route::search(&text(), !all()).path(),
            NavigateOptions { replace: true, scroll: false, ..Default::default() },
        );
    };
    let toggle_from_results = toggle_all.clone();
    let results = move || {
        let toggle_all = toggle_from_results.clone();
        let text = text();
        if text.trim().is_empty() {
            return view! {
                <ul class="search-help">{move || strings.get().search_empty.iter().map(|tip| view! { <li>{*tip}</li> }).collect_view()}</ul>
            }
            .into_any();
        }
        // Until the paragraphs' English is here, a search in Latin letters would find the
        // headers' English alone: it waits, and says why.
        if searches_english(&text) && translation.get().ready().is_none() {
            return view! { <TranslationStatus/> }.into_any();
        }
        let corpus = use_corpus();
        let hits = hits.get();
        let more = set_aside.get();
        let only_set_aside = hits.is_empty();
        let show_more = (more > 0).then(|| {
            let query = text.clone();
            let told = move || {
                let strings = strings.get();
                if only_set_aside { (strings.search_only_set_aside)(&query, more) } else { (strings.search_set_aside)(more) }
            };
            view! {
                <p class="search-set-aside" role="status">
                    {told} " "
                    <button class="link-button" on:click=move |event| toggle_all(event.into())>{move || strings.get().show}</button>
                </p>
            }
        });
        if hits.is_empty() {
            // "Nothing matches" only when nothing does, set-aside passages included.
            return match show_more {
                Some(more) => more.into_any(),
                None => view! { <p class="search-none">{move || (strings.get().search_none)(&text)}</p> }.into_any(),
            };
        }
        let groups = group_by_document(&hits);
        let summary = (hits.len(), groups.len());
        let all = all();
        let english = searches_english(&text).then(|| {
            view! { <p class="translation-notice">{move || strings.get().translation_notice}</p> }
        });
        view! {
            <p class="search-summary" role="status">{move || (strings.get().search_summary)(summary.0, summary.1)}</p>
            {english}
            {show_more}
            {groups
                .into_iter()
                .map(|group| {
                    let Some((_, document)) = corpus.find(group[0].document) else { return ().into_any() };
                    let count = group.len();
                    let mode = use_reading_mode().get_untracked().showing(searches_english(&text));
                    let opened = Route::hit(&document.slug, &text, all, None).in_mode(mode);
                    view! {
                        <section class="result-group">
                            <h2>
                                <Link to=opened><Named zh=document.short_title.as_str() en=document.short_title_en()/></Link>
                                " " <span class="result-count">{move || (strings.get().hits_in_document)(count)}</span>
                            </h2>
                            <ol class="results">
                                {group
                                    .into_iter()
                                    .map(|hit| view! { <HitLink hit query=text.clone() all=all/> })
                                    .collect_view()}
                            </ol>
                        </section>
                    }
                    .into_any()
                })
                .collect_view()}
        }
        .into_any()
    };
    view! {
        <PageFrame
            title=move || match text() {
                q if q.is_empty() => strings.get().search_title.to_string(),
                q => format!("“{q}” · {}", strings.get().search_title),
            }
            description=Signal::derive(move || strings.get().search_description.to_string())
            canonical=Route::search("", false)
            class="search"
        >
            <h1 id=PAGE_TITLE_ID tabindex="-1" node_ref=page_title()>{move || strings.get().search_title}</h1>
            <label class="choice search-option">
                <input type="checkbox" prop:checked=all on:change=toggle_all/>
                <span>{move || strings.get().search_include_set_aside}</span>
            </label>
            {results}
        </PageFrame>
    }
}

/// Hits grouped by document, keeping corpus order.
fn group_by_document<'c>(hits: &[Hit<'c>]) -> Vec<Vec<Hit<'c>>> {
    let mut groups: Vec<Vec<Hit<'c>>> = Vec::new();
    for hit in hits {
        match groups.last_mut() {
            Some(group) if group[0].document == hit.document => group.push(hit.clone()),
            _ => groups.push(vec![hit.clone()]),
        }
    }
    groups
}
