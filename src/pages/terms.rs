use crate::aids::Zh;
use crate::components::{Link, ToolPage};
use crate::i18n::use_strings;
use crate::navigation::PAGE_TITLE_ID;
use crate::route::Route;
use crate::state::{use_corpus, use_index};
use leptos::prelude::*;
use renda_study::terms::{FormulationTable, SortKey};

/// `/terms`: every formulation with its count in each document and a bar for its total;
/// sortable by any column.
#[component]
pub fn TermsPage() -> impl IntoView {
    let strings = use_strings();
    let corpus = use_corpus();
    let index = use_index();
    let table = FormulationTable::new(corpus, index);
    let most = table.most();
    let documents = table.documents.clone();
    let sort = RwSignal::new(SortKey::Total);
    let sorted = move || table.sorted(sort.get());
    let header = move |key: SortKey, label: Signal<String>, lang: Option<&'static str>| {
        let aria_sort = move || match (sort.get() == key, key) {
            (false, _) => "none",
            (true, SortKey::Term) => "ascending",
            (true, _) => "descending",
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button class="sort-button" on:click=move |_| sort.set(key) aria-label=move || (strings.get().sort_by)(&label.get())>
                    <span lang=lang>{label}</span>
                </button>
            </th>
        }
    };
    view! {
        <ToolPage
            title=|s| s.terms_title
            description=|s| s.terms_description
            intro=|s| s.terms_intro
            canonical=Route::Terms
            class="terms"
        >
            <p class="scroll-hint">{move || strings.get().terms_scroll_hint}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=PAGE_TITLE_ID>
                <table class="terms-table">
                    <thead>
                        <tr>
                            {header(SortKey::Term, Signal::derive(move || strings.get().term_column.to_string()), None)}
                            {header(SortKey::Total, Signal::derive(move || strings.get().total_column.to_string()), None)}
                            {documents
                                .iter()
                                .enumerate()
                                .map(|(i, (_, d))| header(SortKey::Document(i), Signal::stored(d.short_title.clone()), Some("zh-Hans")))
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=sorted key=|row| row.order let:row>
                            {
                                let formulation = row.formulation;
                                // An SVG bar: its length is an attribute, not an inline style, which the CSP forbids.
                                let length = bar_length(row.total, most);
                                view! {
                                    <tr>
                                        <th scope="row">
                                            <Link to=Route::term(&formulation.term)>
                                                <Zh text=formulation.term.as_str()/>
                                            </Link>
                                        </th>
                                        <td class="total">
                                            <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                                <rect width=length height="10"></rect>
                                            </svg>
                                            <span class="count">{row.total}</span>
                                        </td>
                                        {row.per_document.iter().map(|n| view! { <td class:zero=*n == 0>{*n}</td> }).collect_view()}
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
        </ToolPage>
    }
}

/// A bar's length in percent of the longest, to a tenth, for an SVG attribute. In integers: float
/// formatting would add about 11 kB of code to the app for this one number.
fn bar_length(total: usize, most: usize) -> String {
    let tenths = (total * 1000).checked_div(most).unwrap_or(0);
    format!("{}.{}", tenths / 10, tenths % 10)
}
