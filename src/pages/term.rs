use crate::aids::Zh;
use crate::components::{Breadcrumbs, HitLink, Link, PageFrame};
use crate::i18n::use_strings;
use crate::navigation::{page_title, PAGE_TITLE_ID};
use crate::pages::NotFound;
use crate::route::Route;
use crate::state::{use_corpus, use_index};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use renda_model::Formulation;
use renda_study::terms::occurrences;

/// `/terms/:term`: a formulation's gloss and its concordance — every use in the reading text,
/// in context, across documents.
#[component]
pub fn TermPage() -> impl IntoView {
    let corpus = use_corpus();
    let params = use_params_map();
    move || {
        let raw = params.read().get("term").unwrap_or_default();
        // Some hosts and browsers hand the router the path still percent-encoded.
        let term = crate::route::decode_component(&raw);
        match corpus.glossary.iter().find(|f| f.term == term) {
            Some(formulation) => view! { <Concordance formulation/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// The page for one formulation.
#[component]
fn Concordance(formulation: &'static Formulation) -> impl IntoView {
    let strings = use_strings();
    let hits = occurrences(use_index(), &formulation.term);
    let documents = {
        let mut seen: Vec<_> = hits.iter().map(|h| h.document).collect();
        seen.dedup();
        seen.len()
    };
    let count = hits.len();
    let route = Route::term(&formulation.term);
    let lines = hits
        .into_iter()
        .map(|hit| view! { <HitLink hit query=formulation.term.clone() show_document=true/> })
        .collect_view();
    view! {
        <PageFrame
            title=move || format!("{} · {}", formulation.term, strings.get().terms_title)
            description=Signal::stored(format!("{}：{}", formulation.term, formulation.explanation))
            canonical=route.clone()
            class="term"
        >
            <Breadcrumbs trail=vec![
                ("提法 · Formulations", None, Route::Terms),
                (formulation.term.as_str(), None, route),
            ]/>
            <h1 id=PAGE_TITLE_ID tabindex="-1" node_ref=page_title()><Zh text=formulation.term.as_str()/></h1>
            <p class="gloss-en" lang="en">{formulation.gloss.clone()}</p>
            <p class="gloss-zh"><Zh text=formulation.explanation.as_str()/></p>
            <h2>{move || strings.get().concordance} " · " {move || (strings.get().concordance_count)(count, documents)}</h2>
            {(count == 0).then(|| view! { <p>{move || strings.get().concordance_none}</p> })}
            <ol class="results">{lines}</ol>
            <p><Link to=Route::Terms>{move || strings.get().all_terms}</Link></p>
        </PageFrame>
    }
}
