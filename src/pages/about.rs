use crate::aids::Named;
use crate::components::{
    describe, DownloadButton, EditorialNote, FileDownloadButton, Link, PageFrame, TranslationStatus,
};
use crate::i18n::use_strings;
use crate::navigation::{page_title, PAGE_TITLE_ID};
use crate::route::Route;
use crate::state::use_corpus;
use leptos::prelude::*;
use renda_model::Document;
use renda_study::export::{session_markdown, session_text, Translation};

/// The corpus JSON in the build (index.html copies it there).
const CORPUS_FILE: &str = "corpus.json";

/// `/about`: each session's source file and SHA-256, the editorial method, and every editorial
/// note of every document, linked to the paragraph it concerns.
#[component]
pub fn About() -> impl IntoView {
    let corpus = use_corpus();
    let strings = use_strings();
    let s = move || strings.get();
    view! {
        <PageFrame
            title=move || s().about_title.to_string()
            description=Signal::derive(move || s().about_description.to_string())
            canonical=Route::About
            class="about"
        >
            <h1 id=PAGE_TITLE_ID tabindex="-1" node_ref=page_title()>{move || s().about_title}</h1>
            <h2>{move || s().source_heading}</h2>
            {corpus
                .sessions
                .iter()
                .map(|session| {
                    view! {
                        <dl class="source-facts">
                            <dt>{move || s().source_file}</dt>
                            <dd><code>{session.source.file.clone()}</code></dd>
                            <dt>"SHA-256"</dt>
                            <dd><code class="sha">{session.source.sha256.clone()}</code></dd>
                        </dl>
                    }
                })
                .collect_view()}
            <h2>{move || s().downloads_heading}</h2>
            <div class="downloads">
                // The corpus as the project publishes it, a file of the build (the app embeds it
                // without its paragraphs' English, and its reader writes no JSON).
                <FileDownloadButton
                    label=Signal::derive(move || s().download_json)
                    path=CORPUS_FILE
                    file_name="renda-corpus.json"
                    mime="application/json"
                />
                // Drawn again when the paragraphs' English arrive: until then the downloads with
                // the translation wait, and say why (crate::state).
                {move || {
                    use_corpus()
                        .sessions
                        .iter()
                        .map(|session| {
                            let translated = session.documents.iter().any(Document::translation_is_here);
                            let formats = [
                                (Translation::Left, "md"),
                                (Translation::Left, "txt"),
                                (Translation::Included, "md"),
                                (Translation::Included, "txt"),
                            ];
                            formats
                                .into_iter()
                                .enumerate()
                                .filter(|(_, (translation, _))| *translation == Translation::Left || translated)
                                .map(|(i, (translation, extension))| {
                                    let suffix = if translation == Translation::Included { ".zh-en" } else { "" };
                                    view! {
                                        <DownloadButton
                                            label=Signal::derive(move || {
                                                let s = s();
                                                [s.download_markdown, s.download_text, s.download_markdown_translation, s.download_text_translation][i]
                                            })
                                            file_name=format!("{}{suffix}.{extension}", session.id)
                                            mime=if extension == "md" { "text/markdown" } else { "text/plain" }
                                            content=move |_| match extension {
                                                "md" => session_markdown(session, translation),
                                                _ => session_text(session, translation),
                                            }
                                        />
                                    }
                                })
                                .collect_view()
                        })
                        .collect_view()
                }}
            </div>
            <TranslationStatus/>
            <h2>{move || s().method_heading}</h2>
            <ul class="method">{move || s().method.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul>
            <h2>{move || s().dictionary_heading}</h2>
            <p class="dictionary-credit">{move || s().dictionary_credit}</p>
            <h2>{move || s().notes_heading}</h2>
            {corpus
                .sessions
                .iter()
                .flat_map(|session| session.reading_order())
                .map(|document| {
                    let header_notes = move || {
                        (!document.notes.is_empty()).then(|| {
                            view! {
                                <li>
                                    <span class="note-place">{move || s().header_notes}</span>
                                    {move || document.notes.iter().map(|note| view! { <EditorialNote text=describe(note, s())/> }).collect_view()}
                                </li>
                            }
                        })
                    };
                    let paragraph_notes = document
                        .paragraphs
                        .iter()
                        .filter(|p| !p.notes.is_empty())
                        .map(|paragraph| {
                            let number = paragraph.number;
                            view! {
                                <li>
                                    <Link to=Route::paragraph(&document.slug, number) attr:class="note-place">
                                        {move || (s().paragraph_label)(number)}
                                    </Link>
                                    {move || paragraph.notes.iter().map(|note| view! { <EditorialNote text=describe(note, s())/> }).collect_view()}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="notes-of-document">
                            <h3><Link to=Route::document(&document.slug)><Named zh=document.short_title.as_str() en=document.short_title_en()/></Link></h3>
                            <ul class="note-list">{header_notes} {paragraph_notes}</ul>
                        </section>
                    }
                })
                .collect_view()}
        </PageFrame>
    }
}
