use crate::aids::{Named, Zh};
use crate::components::{HitLink, Link, ToolPage};
use crate::i18n::use_strings;
use crate::route::Route;
use crate::settings::{use_language, Language};
use crate::state::{use_corpus, use_index};
use leptos::prelude::*;
use renda_study::search::Mentions;

/// `/people`: everyone the documents name, with the role the text gives them, the phrase that
/// shows it and where, and every mention.
#[component]
pub fn PeoplePage() -> impl IntoView {
    let strings = use_strings();
    let language = use_language();
    let corpus = use_corpus();
    let index = use_index();
    let people = corpus
        .people
        .iter()
        .map(|person| {
            let evidence = &person.evidence;
            let evidence_at =
                Route::Document { slug: evidence.document.clone(), mode: None, highlight: None, paragraph: evidence.paragraph };
            let evidence_document = corpus.document(&evidence.document).map(|(_, d)| d);
            let evidence_title = evidence_document.map_or("", |d| d.short_title.as_str());
            let evidence_title_en = evidence_document.and_then(|d| d.short_title_en());
            // Counted as the search page counts: every mention, and how many of them are in
            // set-aside passages (which a default search leaves out).
            let Mentions { hits, set_aside } = index.mentions(&person.name);
            let count = hits.len();
            let name = person.name.clone();
            let mention_lines = hits
                .into_iter()
                .map(|hit| view! { <HitLink hit query=name.clone() all=true show_document=true/> })
                .collect_view();
            view! {
                <section class="person">
                    <h2>
                        <Zh text=person.name.as_str()/>
                        // In the English interface, the name in pinyin beside the characters.
                        {move || (language.get() == Language::English).then(|| view! { " " <span class="name-en" lang="en">{person.name_en.clone()}</span> })}
                    </h2>
                    <p class="role"><Zh text=person.role.as_str()/> " · " <span lang="en">{person.role_en.clone()}</span></p>
                    <p class="evidence">
                        {move || strings.get().evidence} {move || strings.get().colon}
                        <q><Zh text=evidence.phrase.as_str()/></q> " — "
                        <Link to=evidence_at><Named zh=evidence_title en=evidence_title_en/></Link>
                        {evidence.paragraph.map(|n| view! { " " {move || (strings.get().paragraph_label)(n)} })}
                    </p>
                    <details>
                        <summary>{move || (strings.get().mentions)(count, set_aside)}</summary>
                        <ol class="results">{mention_lines}</ol>
                    </details>
                </section>
            }
        })
        .collect_view();
    view! {
        <ToolPage
            title=|s| s.people_title
            description=|s| s.people_description
            intro=|s| s.people_intro
            canonical=Route::People
            class="people"
        >
            {people}
        </ToolPage>
    }
}
