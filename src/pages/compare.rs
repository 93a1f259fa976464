use crate::aids::{use_chinese_tag, Named};
use crate::components::{Link, ToolPage, UnitText};
use crate::i18n::use_strings;
use crate::route::Route;
use crate::roving::move_within_group;
use crate::settings::{use_language, Language};
use crate::state::use_corpus;
use leptos::prelude::*;
use renda_model::{Clause, DocumentId, Session, TextId, Unit};
use renda_study::compare::{
    clause_rows, formula_shares, ClauseRow, FormulaShare, PlacedClause, FORMULA_PERCENT, FORMULA_RUN, SHARED_PHRASE,
};

/// `/compare`: the resolutions set side by side clause by clause, each clause marked as a version
/// of a formula clause or as its resolution's own, with how much of each resolution is formula.
/// The comparison itself was computed by the ingest (`renda_study::compare`).
#[component]
pub fn ComparePage() -> impl IntoView {
    let strings = use_strings();
    let corpus = use_corpus();
    let sessions = corpus
        .sessions
        .iter()
        .filter(|session| session.documents.iter().any(|d| d.paragraphs.iter().any(|p| !p.clauses.is_empty())))
        .map(|session| view! { <SessionCompared session/> })
        .collect_view();
    view! {
        <ToolPage
            title=|s| s.compare_title
            description=|s| s.compare_intro
            intro=|s| s.compare_intro
            canonical=Route::Compare
            class="compare"
        >
            <p class="compare-method">
                {move || (strings.get().compare_method)(FORMULA_PERCENT, FORMULA_RUN, SHARED_PHRASE)}
            </p>
            {sessions}
        </ToolPage>
    }
}

/// One session's resolutions: the formula share of each, then the clauses, the versions of each
/// formula clause together where the first of them stands.
#[component]
fn SessionCompared(session: &'static Session) -> impl IntoView {
    let language = use_language();
    let strings = use_strings();
    let only_own = RwSignal::new(false);
    let rows = clause_rows(session)
        .into_iter()
        .map(|ClauseRow { formula, versions }| {
            let count = versions.len();
            let document = versions.first().map(|placed| placed.document);
            let title = move || match (language.get(), document.and_then(|d| d.short_title_en())) {
                (Language::English, Some(english)) => english,
                _ => document.map_or("", |d| d.short_title.as_str()),
            };
            let heading = move || match formula {
                Some(n) => (strings.get().formula_clause)(n, count),
                None => (strings.get().specific_clause)(title()),
            };
            let items = versions
                .into_iter()
                .map(|PlacedClause { clause, paragraph, document }| {
                    let number = paragraph.number;
                    let id = TextId { document: DocumentId::of(session, document), unit: Unit::Paragraph(number) };
                    view! {
                        <li>
                            <Link to=Route::paragraph(&document.slug, number)>
                                <Named zh=document.short_title.as_str() en=document.short_title_en()/>
                                " "
                                {move || (strings.get().paragraph_label)(number)}
                            </Link>
                            <p class="clause" on:keydown=move_within_group><ClauseText clause id text=&paragraph.text/></p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="clause-row">
                    <h4>{heading}</h4>
                    <ul>{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="session-compared">
            <h2><Named zh=session.title.as_str() en=session.title_en.as_deref()/></h2>
            <h3>{move || strings.get().share_column}</h3>
            <FormulaShares session/>
            <h3>{move || strings.get().clauses_heading}</h3>
            <button class="icon-button" aria-pressed=move || only_own.get().to_string() on:click=move |_| only_own.update(|o| *o = !*o)>
                {move || strings.get().only_own}
            </button>
            <div class="clause-rows" class:only-own=move || only_own.get()>{rows}</div>
        </section>
    }
}

/// The table of how much of each resolution is formula.
#[component]
fn FormulaShares(session: &'static Session) -> impl IntoView {
    let strings = use_strings();
    let rows = formula_shares(session)
        .into_iter()
        .map(|share| {
            let FormulaShare { document, clauses, formula_clauses, shared, characters } = share;
            view! {
                <tr>
                    <th scope="row"><Link to=Route::document(&document.slug)><Named zh=document.short_title.as_str() en=document.short_title_en()/></Link></th>
                    <td>{format!("{formula_clauses} / {clauses}")}</td>
                    <td>{format!("{shared} / {characters}")}</td>
                    <td>{format!("{}%", share.percent())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || strings.get().share_column>
            <table class="terms-table">
                <thead>
                    <tr>
                        <th scope="col">{move || strings.get().resolution_column}</th>
                        <th scope="col">{move || strings.get().formula_clauses_column}</th>
                        <th scope="col">{move || strings.get().shared_column}</th>
                        <th scope="col">{move || strings.get().share_column}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A clause's text: what another resolution shares as it is, the resolution's own text marked
/// (and named for screen readers in the interface's language, which the label inherits from the
/// page while each run of text says it is Chinese), each run drawn as the texts are, in the
/// reader's script and aids. Under `.only-own` the style sheet shrinks each shared run to an
/// ellipsis. Each run's first mark is a tab stop (a clause stands in no paragraph's group), from
/// which the arrow keys go on through the clause.
#[component]
fn ClauseText(clause: &'static Clause, id: TextId<'static>, text: &'static str) -> impl IntoView {
    let strings = use_strings();
    let lang = use_chinese_tag();
    clause
        .runs()
        .into_iter()
        .map(|(shared, part)| {
            // One element for both kinds of run, which keeps the app's code small.
            view! {
                <span class=if shared { "shared" } else { "own" }>
                    {(!shared).then(|| {
                        view! {
                            <span class="visually-hidden">{move || strings.get().own_text}</span>
                        }
                    })}
                    <span lang=lang><UnitText id text part own_tab_stop=true/></span>
                </span>
            }
        })
        .collect_view()
}
