use crate::components::{
    cite_panel, source_view, Breadcrumbs, DocumentHeading, DocumentPager, DownloadButton, HitBar, OnDemand, PageFrame,
    PageTexts, ParagraphView, SignatureBlock, SkipLink, ToggleButton, TranslationStatus, PAGER_ID,
};
use crate::i18n::use_strings;
use crate::pages::NotFound;
use crate::paragraphs;
use crate::route::{use_permalink, use_route, Highlight, ReadingMode, Route};
use crate::settings::{use_language, Language};
use crate::shortcuts::use_page_keys;
use crate::state::{use_corpus, use_index};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use renda_model::{Document, DocumentId, Session, Unit};
use renda_study::export::{document_text, Translation};
use renda_study::search::{DocumentHits, Place};

/// Characters of the document's opening used as its meta description.
const DESCRIPTION_CHARS: usize = 120;

/// `/d/:slug` (and `/d/:slug/en`, `/d/:slug/parallel`): one document in a reading mode, laid
/// out by kind, with its editorial markers, a switch of mode (also `m`), a toggle to its source
/// lines, citation and download, and previous/next navigation (also ← and →; `j`/`k` move by
/// paragraph). Opened from search results (`?hl=…`), it highlights every match.
#[component]
pub fn DocumentPage() -> impl IntoView {
    let route = use_route();
    // Leaving for another page changes the route before the router unmounts this one: the page
    // keeps its document until then, rather than tearing it down under the reader's click.
    let page = Memo::new(move |previous: Option<&Option<(String, ReadingMode)>>| match route.get() {
        Some(Route::Document { slug, mode, .. }) => Some((slug, mode.unwrap_or_default())),
        Some(_) => previous.cloned().flatten(),
        None => None,
    });
    move || {
        // A mode that shows English is drawn again with the paragraphs' English when they arrive
        // (crate::state); a Chinese page is left as it is.
        let found = page.get().and_then(|(slug, mode)| {
            let corpus = if mode.shows_english() { use_corpus() } else { untrack(use_corpus) };
            Some((corpus.document(&slug)?, mode))
        });
        match found {
            Some(((session, document), mode)) => view! { <DocumentReader session document mode/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// The page body for one document in one mode; rebuilt when either changes, which also renews
/// its keyboard shortcuts.
#[component]
fn DocumentReader(session: &'static Session, document: &'static Document, mode: ReadingMode) -> impl IntoView {
    let strings = use_strings();
    let show_source = RwSignal::new(false);
    let citing = RwSignal::new(false);
    let route = use_route();
    let (previous, next) = session.neighbours(&document.slug);
    follow_paragraph_links(document);
    document_shortcuts(document, mode, previous, next);
    let this_page = Route::document(&document.slug).in_mode(mode);
    let languages = mode.languages(document);

    let description = match (mode, &document.english) {
        (ReadingMode::English, Some(english)) if languages.english => format!(
            "{}: {}",
            english.title.join(" "),
            document.paragraphs.first().and_then(|p| p.english.as_ref()).map_or("", |e| e.text.as_str())
        )
        .chars()
        .take(DESCRIPTION_CHARS * 2)
        .collect(),
        _ => format!("{}：{}", document.full_title(), document.lead(DESCRIPTION_CHARS)),
    };
    // The short title in the interface's language, for the window's title.
    let language = use_language();
    let short_title = move || match (language.get(), document.short_title_en()) {
        (Language::English, Some(english)) => english,
        _ => document.short_title.as_str(),
    };
    let trail = vec![
        (session.title.as_str(), session.title_en.as_deref(), Route::Overview),
        (document.short_title.as_str(), document.short_title_en(), this_page.clone()),
    ];
    // The highlighted query and its hits, searched once for the bar, the heading and the body.
    let highlight = Memo::new(move |_| {
        let Some(Route::Document { highlight: Some(Highlight { query, all }), .. }) = route.get() else { return None };
        if query.trim().is_empty() {
            return None;
        }
        let found = use_index().search_document(&query, all, DocumentId::of(session, document));
        Some((query, DocumentHits::mark(document, found, languages.chinese, languages.english)))
    });
    let page_texts = move || PageTexts {
        document: DocumentId::of(session, document),
        languages,
        hits: highlight.get().map(|(_, hits)| hits).unwrap_or_default(),
    };
    let cleared = this_page.clone();
    let hit_bar = move || {
        highlight.get().map(|(text, hits)| {
            view! { <HitBar query=text count=hits.count in_repeats=hits.in_repeats clear=cleared.clone()/> }
        })
    };
    // A page that shows the English downloads it too (not while it is on its way, or failed).
    let translation = if languages.english { Translation::Included } else { Translation::Left };
    let body = move || {
        if show_source.get() {
            return view! { <OnDemand piece=move || source_view(session, document)/> }.into_any();
        }
        let texts = page_texts();
        let salutation = document.text(Unit::Salutation).map(|text| texts.lines(&text, "salutation"));
        view! {
            <div class="doc-body" class:parallel=mode == ReadingMode::Parallel on:copy=crate::copy::copy_text_only>
                {salutation}
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
                        let unit = Unit::Paragraph(paragraph.number);
                        let (hits, english_hits) =
                            (texts.hits.of(Place::chinese(unit)), texts.hits.of(Place::english(unit)));
                        let gap = skipped.map(|(first, last)| {
                            view! { <p class="numbering-gap">{move || (strings.get().numbering_gap)(first, last)}</p> }
                        });
                        view! {
                            {gap}
                            <ParagraphView session document paragraph mode hits english_hits/>
                        }
                    })
                    .collect_view()}
                {document.signature.is_some().then(|| view! { <SignatureBlock document texts=texts.clone()/> })}
            </div>
        }
        .into_any()
    };
    view! {
        <PageFrame
            title=move || match (mode, &document.english) {
                (ReadingMode::English, Some(english)) if languages.english => english.title.last().cloned().unwrap_or_default(),
                (ReadingMode::Parallel, _) => format!("{} · {}", short_title(), (strings.get().mode_name)(mode)),
                _ => short_title().to_string(),
            }
            description=Signal::stored(description)
            canonical=this_page.clone()
            class="document"
        >
            <Breadcrumbs trail/>
            <article>
                {move || view! { <DocumentHeading document texts=page_texts()/> }}
                {languages.english.then(|| view! {
                    <p class="translation-notice" role="note">
                        {move || strings.get().translation_notice}
                        // The reader of the translation may not read the Chinese interface.
                        {(language.get_untracked() != Language::English).then(|| view! {
                            " " <span lang="en">{crate::i18n::EN.translation_notice}</span>
                        })}
                    </p>
                })}
                {(mode.shows_english() && document.english.is_some()).then(|| view! { <TranslationStatus chinese_shown=true/> })}
                {hit_bar}
                {document.english.is_some().then(|| view! { <ModeSwitch document mode/> })}
                <div class="doc-tools">
                    <ToggleButton open=citing class="icon-button">
                        {move || strings.get().cite_document}
                    </ToggleButton>
                    <DownloadButton
                        label=Signal::derive(move || {
                            if translation == Translation::Included { strings.get().download_with_translation } else { strings.get().download_document }
                        })
                        file_name=format!("{}{}.txt", document.slug, if translation == Translation::Included { ".zh-en" } else { "" })
                        mime="text/plain"
                        content=move |_| document_text(session, document, translation)
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
                    <OnDemand piece=move || cite_panel(session, document, None, mode)/>
                </Show>
                // A keyboard reader can pass the whole text at once (each paragraph is a tab stop).
                <SkipLink to=PAGER_ID label=Signal::derive(move || strings.get().skip_past_text) class="skip-past"/>
                {body}
                <p class="print-source">
                    {move || strings.get().print_source} {move || strings.get().colon} {session.title.clone()} " · " {session.source.file.clone()}
                    " · " <span class="print-url">{use_permalink(this_page.clone())}</span>
                </p>
            </article>
            <DocumentPager previous next/>
        </PageFrame>
    }
}

/// Takes the reader to the paragraph named in the address (`#pN`), now and whenever it
/// changes; a repetition the reading text omits resolves to its fullest version.
fn follow_paragraph_links(document: &'static Document) {
    let location = use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        let Some(number) = hash.strip_prefix('#').and_then(|unit| unit.parse::<Unit>().ok()?.paragraph()) else {
            return;
        };
        if let Some(shown) = document.shown_paragraph(number) {
            let id = Unit::Paragraph(shown.number).to_string();
            request_animation_frame(move || paragraphs::go_to(&id));
        }
    });
}

/// The switch of reading mode: a link per mode (so it works without JavaScript, each mode being
/// a prerendered page). With JavaScript, switching keeps the reader at the paragraph in view
/// and keeps a highlighted query.
///
/// Plain `<a>` elements, not the router's `<A>`: a listener given to a component is spread onto
/// its element, and tachys 0.2.19 (`AnyViewWithAttrs::rebuild`, every component's view under
/// `erase_components`) adds it again whenever the page is rebuilt in place without removing the
/// old one. A mode switch rebuilds the page, so the second click ran the first page's listener,
/// whose route memo had been disposed with that page: a panic, and the wasm dead. An element's
/// own listener is replaced on a rebuild. (`source.test.mjs` keeps listeners off components.)
#[component]
fn ModeSwitch(document: &'static Document, mode: ReadingMode) -> impl IntoView {
    let strings = use_strings();
    let navigate = use_navigate();
    let route = use_route();
    let links = ReadingMode::ALL
        .into_iter()
        .map(|target| {
            let navigate = navigate.clone();
            view! {
                <a
                    href=Route::document(&document.slug).in_mode(target).href()
                    aria-current=(target == mode).then_some("page")
                    on:click=move |event: web_sys::MouseEvent| {
                        if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                            return;
                        }
                        event.prevent_default();
                        switch_mode(&navigate, document, target, route.get_untracked());
                    }
                >
                    {move || (strings.get().mode_name)(target)}
                </a>
            }
        })
        .collect_view();
    view! { <nav class="mode-switch" aria-label=move || strings.get().reading_mode>{links}</nav> }
}

/// Opens the document in another reading mode at the paragraph the reader is at, with the
/// query highlighted in `current` (the page's route) still highlighted.
fn switch_mode(
    navigate: &impl Fn(&str, NavigateOptions),
    document: &Document,
    mode: ReadingMode,
    current: Option<Route>,
) {
    let highlight = match current {
        Some(Route::Document { highlight, .. }) => highlight,
        _ => None,
    };
    let route =
        Route::Document { slug: document.slug.clone(), mode: Some(mode), highlight, paragraph: paragraphs::current() };
    navigate(&route.path(), NavigateOptions { scroll: false, ..Default::default() });
}

/// ← and → open the previous and next document; `j` and `k` move by paragraph; `m` switches
/// to the next reading mode.
fn document_shortcuts(
    document: &'static Document,
    mode: ReadingMode,
    previous: Option<&'static Document>,
    next: Option<&'static Document>,
) {
    let navigate = use_navigate();
    let route = use_route();
    use_page_keys(move |key| {
        let open = |document: Option<&Document>| {
            if let Some(document) = document {
                navigate(&Route::document(&document.slug).in_mode(mode).path(), Default::default());
            }
        };
        match key {
            "ArrowLeft" => open(previous),
            "ArrowRight" => open(next),
            "m" if document.english.is_some() => switch_mode(&navigate, document, mode.next(), route.get_untracked()),
            "j" => paragraphs::step(1),
            "k" => paragraphs::step(-1),
            _ => {}
        }
    });
}
