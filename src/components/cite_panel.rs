use crate::i18n::use_strings;
use crate::route::{ReadingMode, Route};
use crate::settings::{use_language, Language};
use leptos::prelude::*;
use renda_model::{Date, Document, Session};
use renda_study::cite::{cite, cite_translation, quote_card, quote_card_bilingual, Cited, Style};

/// Citations of a document or a paragraph in GB/T 7714 and Chicago style, in a mode that shows
/// the English one of the translation too, and for a paragraph a quote card to paste (its text,
/// source, date, number and link), each with a copy button whose result is announced. The link
/// cited is the page in the mode read.
#[component]
pub fn CitePanel(
    session: &'static Session,
    document: &'static Document,
    paragraph: Option<u32>,
    mode: ReadingMode,
) -> impl IntoView {
    let strings = use_strings();
    let status = RwSignal::new(None::<bool>);
    let route = Route::Document { slug: document.slug.clone(), mode: Some(mode), highlight: None, paragraph };
    let permalink = route.permalink();
    let accessed = today();
    let cited = Cited { session, document, paragraph, url: &permalink, accessed };
    // The card is Chinese (so is its gap marker); for a reader of the English interface it
    // carries the English too, with its source in English.
    let english_card = (use_language().get_untracked() == Language::English)
        .then(|| quote_card_bilingual(&cited, crate::i18n::ZH.lacuna_marker, crate::i18n::EN.lacuna_marker))
        .flatten();
    let quote = match english_card {
        Some(card) => Some((Signal::derive(move || strings.get().quote_card), card, "en")),
        None => quote_card(&cited, crate::i18n::ZH.lacuna_marker)
            .map(|card| (Signal::derive(move || strings.get().quote_card), card, "zh-Hans")),
    };
    let styles = [
        (Signal::stored("GB/T 7714-2015"), cite(Style::GbT7714, &cited), "zh-Hans"),
        (Signal::stored("Chicago"), cite(Style::Chicago, &cited), "zh-Hans"),
    ]
    .into_iter()
    .chain(
        mode.shows_english()
            .then(|| cite_translation(&cited))
            .flatten()
            .map(|citation| (Signal::derive(move || strings.get().cite_translation), citation, "en")),
    )
    .chain(quote);
    view! {
        <div class="cite-panel">
            {styles
                .map(|(name, citation, lang)| {
                    let text = citation.clone();
                    view! {
                        <div class="citation">
                            <p class="citation-style">{name}</p>
                            <p class="citation-text" lang=lang>{citation}</p>
                            <button class="icon-button" on:click=move |_| {
                                let text = text.clone();
                                leptos::task::spawn_local(async move {
                                    let promise = window().navigator().clipboard().write_text(&text);
                                    status.set(Some(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()));
                                });
                            }>
                                {move || strings.get().copy} " " {name}
                            </button>
                        </div>
                    }
                })
                .collect_view()}
            <p class="copy-status" role="status">
                {move || status.get().map(|ok| if ok { strings.get().copied } else { strings.get().copy_failed })}
            </p>
        </div>
    }
}

/// Today's date in the reader's time zone, for the access date of a citation.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    let fallback = Date { year: 2026, month: 1, day: 1 };
    match (u16::try_from(year), u8::try_from(month), u8::try_from(day)) {
        (Ok(y), Ok(m), Ok(d)) => Date::new(y, m, d).unwrap_or(fallback),
        _ => fallback,
    }
}
