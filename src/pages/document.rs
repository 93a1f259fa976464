use crate::components::{
    Breadcrumbs, CitePanel, DocumentHeading, DocumentPager, DownloadButton, HitBar, PageFrame, ParagraphView,
    SignatureBlock, SkipLink, SourceView, TextHits, ToggleButton, PAGER_ID,
};
use crate::i18n::use_strings;
use crate::pages::NotFound;
use crate::paragraphs;
use crate::route::{use_permalink, use_route, Highlight, Route};
use crate::state::{use_corpus, use_index};
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use renda_model::{Document, DocumentId, Session};
use renda_study::export::document_text;
use renda_study::search::{header_fields, heading_field_count, Place};
use std::collections::BTreeMap;
use std::ops::Range;

/// Characters of the document's opening used as its meta description.
const DESCRIPTION_CHARS: usize = 120;

/// `/d/:slug`: one document, laid out by kind, with its editorial markers, a toggle to its
/// source lines, citation and download, and previous/next navigation (also ← and →; `j`/`k`
/// move by paragraph). Opened from search results (`?hl=…`), it highlights every match.
#[component]
pub fn DocumentPage() -> impl IntoView {
    let corpus = use_corpus();
    let params = use_params_map();
    move || {
        let slug = params.read().get("slug").unwrap_or_default();
        match corpus.document(&slug) {
            Some((session, document)) => view! { <DocumentReader session document/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// The page body for one document; rebuilt when the slug changes, which also renews its
/// keyboard shortcuts.
#[component]
fn DocumentReader(session: &'static Session, document: &'static Document) -> impl IntoView {
    let strings = use_strings();
    let show_source = RwSignal::new(false);
    let citing = RwSignal::new(false);
    let route = use_route();
    let (previous, next) = session.neighbours(&document.slug);
    follow_paragraph_links(document);
    document_shortcuts(previous, next);

    let description = format!("{}：{}", document.full_title(), document.lead(DESCRIPTION_CHARS));
    let trail =
        vec![(session.title.clone(), Route::Overview), (document.short_title.clone(), Route::document(&document.slug))];
    // The highlighted query and its hits, searched once for the bar, the heading and the body.
    let highlight = Memo::new(move |_| {
        let Some(Route::Document { highlight: Some(Highlight { query, all }), .. }) = route.get() else { return None };
        if query.trim().is_empty() {
            return None;
        }
        let hits = DocumentHits::find(session, document, &query, all);
        Some((query, hits))
    });
    let hits = move || highlight.get().map(|(_, hits)| hits).unwrap_or_default();
    let hit_bar = move || {
        highlight.get().map(|(text, hits)| {
            view! { <HitBar query=text count=hits.count in_repeats=hits.in_repeats clear=Route::document(&document.slug)/> }
        })
    };
    let body = move || {
        if show_source.get() {
            return view! { <SourceView session document/> }.into_any();
        }
        let DocumentHits { mut paragraphs, signature: signature_hits, .. } = hits();
        view! {
            <div class="doc-body">
                {document.salutation.as_ref().map(|s| view! { <p class="salutation" lang="zh-Hans">{s.text.clone()}</p> })}
                {document
                    .paragraphs
                    .iter()
                    .filter(|p| p.duplicate_of().is_none())
                    .scan(0, |previous: &mut u32, paragraph| {
                        // Repeats keep their numbers, so the shown numbering can skip: say so where it does.
                        let after = previous.saturating_add(1);
                        let skipped = (paragraph.number > after).then(|| (after, paragraph.number - 1));
                        *previous = paragraph.number;
                        Some((skipped, paragraph))
                    })
                    .map(|(skipped, paragraph)| {
                        let TextHits { ranges, first } = paragraphs.remove(&paragraph.number).unwrap_or_default();
                        let gap = skipped.map(|(first, last)| {
                            view! { <p class="numbering-gap">{move || (strings.get().numbering_gap)(first, last)}</p> }
                        });
                        view! {
                            {gap}
                            <ParagraphView session document paragraph hits=ranges first_hit=first/>
                        }
                    })
                    .collect_view()}
                {document.signature.as_ref().map(|signature| view! { <SignatureBlock signature hits=signature_hits/> })}
            </div>
        }
        .into_any()
    };
    view! {
        <PageFrame
            title=document.short_title.clone()
            description=Signal::stored(description)
            canonical=Route::document(&document.slug)
            class="document"
        >
            <Breadcrumbs trail/>
            <article>
                {move || view! { <DocumentHeading document hits=hits().heading/> }}
                {hit_bar}
                <div class="doc-tools">
                    <ToggleButton open=citing class="icon-button">
                        {move || strings.get().cite_document}
                    </ToggleButton>
                    <DownloadButton
                        label=Signal::derive(move || strings.get().download_document)
                        file_name=format!("{}.txt", document.slug)
                        mime="text/plain"
                        content=move |_| document_text(session, document)
                    />
                    <button
                        class="icon-button"
                        aria-pressed=move || show_source.get().to_string()
                        on:click=move |_| show_source.update(|shown| *shown = !*shown)
                    >
                        {move || if show_source.get() { strings.get().reading_view } else { strings.get().source_view }}
                    </button>
                </div>
                <Show when=move || citing.get()>
                    <CitePanel session document paragraph=None/>
                </Show>
                // Every formulation and paragraph tool is a tab stop: a keyboard reader can pass them all.
                <SkipLink to=PAGER_ID label=Signal::derive(move || strings.get().skip_past_text) class="skip-past"/>
                {body}
                <p class="print-source">
                    {move || strings.get().print_source} {move || strings.get().colon} {session.title.clone()} " · " {session.source.file.clone()}
                    " · " <span class="print-url">{use_permalink(Route::document(&document.slug))}</span>
                </p>
            </article>
            <DocumentPager previous next/>
        </PageFrame>
    }
}

/// The highlighted query's hits in one document, numbered in reading order: the heading's
/// fields, the shown paragraphs, the signature's issuer lines; and how many are in repetitions
/// the reading text leaves out. Together they are what the search page counts for the document.
#[derive(Debug, Clone, Default, PartialEq)]
struct DocumentHits {
    heading: Vec<TextHits>,
    paragraphs: BTreeMap<u32, TextHits>,
    signature: Vec<TextHits>,
    count: usize,
    /// Hits in repetitions the reading text leaves out (searched with set-aside passages only).
    in_repeats: usize,
}

impl DocumentHits {
    fn find(session: &Session, document: &Document, query: &str, all: bool) -> DocumentHits {
        let mut header = vec![Vec::new(); header_fields(document).len()];
        let mut paragraphs: BTreeMap<u32, Vec<Range<usize>>> = BTreeMap::new();
        let mut in_repeats = 0;
        for hit in use_index().search_document(query, all, DocumentId::of(session, document)) {
            match hit.place {
                Place::Header(field) => {
                    if let Some(ranges) = header.get_mut(field) {
                        ranges.push(hit.range);
                    }
                }
                // A repetition is not shown, so its hits could not be marked or stepped through
                // (the search page lists them only when asked for set-aside passages).
                Place::Paragraph(number) => {
                    if document.paragraph(number).is_some_and(|p| p.duplicate_of().is_none()) {
                        paragraphs.entry(number).or_default().push(hit.range);
                    } else {
                        in_repeats += 1;
                    }
                }
            }
        }
        let signature = header.split_off(heading_field_count(document).min(header.len()));
        let mut count = 0;
        let mut number = |ranges: Vec<Range<usize>>| {
            let first = count;
            count += ranges.len();
            TextHits { ranges, first }
        };
        let heading = header.into_iter().map(&mut number).collect();
        let paragraphs = paragraphs.into_iter().map(|(n, ranges)| (n, number(ranges))).collect();
        let signature = signature.into_iter().map(&mut number).collect();
        DocumentHits { heading, paragraphs, signature, count, in_repeats }
    }
}

/// Takes the reader to the paragraph named in the address (`#pN`), now and whenever it
/// changes; a repetition the reading text omits resolves to its fullest version.
fn follow_paragraph_links(document: &'static Document) {
    let location = use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        let Some(number) = hash.strip_prefix("#p").and_then(|n| n.parse::<u32>().ok()) else { return };
        if let Some(shown) = document.shown_paragraph(number) {
            let id = format!("p{}", shown.number);
            request_animation_frame(move || paragraphs::go_to(&id));
        }
    });
}

/// ← and → open the previous and next document; `j` and `k` move by paragraph.
fn document_shortcuts(previous: Option<&'static Document>, next: Option<&'static Document>) {
    let navigate = use_navigate();
    let keys = window_event_listener(ev::keydown, move |event| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() || crate::is_typing(&event) {
            return;
        }
        let open = |document: Option<&Document>| {
            if let Some(document) = document {
                navigate(&Route::document(&document.slug).path(), Default::default());
            }
        };
        match event.key().as_str() {
            "ArrowLeft" => open(previous),
            "ArrowRight" => open(next),
            "j" => paragraphs::step(1),
            "k" => paragraphs::step(-1),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
}
