//! The reading aids in the app: the Traditional script, pinyin over each word, and a look-up of
//! each word in CC-CEDICT. Their data are files of their own (`aids/*.json`, written by
//! `make corpus`), fetched the first time the reader turns an aid on and kept by the service worker
//! for offline use, so that a first visit does not carry them. Until a file has arrived the text
//! shows as it did; if it cannot be fetched, a notice and the settings say so.

use crate::route::{asset_href, base_path};
use crate::settings::{use_settings, AidsSettled, Script};
use leptos::prelude::*;
pub use renda_model::aids::{aligned, unbreakable_groups, word_ranges};
use renda_model::aids::{AidFile, Dictionary, DictionaryEntry, TraditionalTable, WordDivisions};

/// The files' names, each with its contents' hash (build.rs reads them from `corpus/aids/`): a
/// new deploy's data are new addresses, so that a tab of an older build never takes them for its
/// own, and hears instead that its own are gone.
const TRADITIONAL_FILE: &str = env!("RENDA_AID_TRADITIONAL");
const WORDS_FILE: &str = env!("RENDA_AID_WORDS");
const DICTIONARY_FILE: &str = env!("RENDA_AID_DICTIONARY");

/// One aid's data: not asked for yet, on its way, here, or not to be had.
#[derive(Debug)]
pub enum Load<T: 'static> {
    Idle,
    Loading,
    Ready(&'static T),
    Failed(Failure),
}

/// Why an aid's data are not to be had, which decides what the reader can do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The host no longer has this build's file (a newer build was deployed since the page was
    /// loaded): reloading the page gets the new build, with its own.
    Gone,
    /// Offline, or an answer that was not the data (a captive portal's page, say): trying again
    /// while online may work.
    Unavailable,
}

// By hand: a derive would ask the data to be `Copy`, where only the reference is copied.
impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Load<T> {}

/// How far the aids are kept for offline use ([`Aids::kept`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    None,
    Loading,
    All,
    Failed,
}

impl<T> Load<T> {
    fn state(self) -> Kept {
        match self {
            Load::Idle => Kept::None,
            Load::Loading => Kept::Loading,
            Load::Ready(_) => Kept::All,
            Load::Failed(_) => Kept::Failed,
        }
    }

    pub fn ready(self) -> Option<&'static T> {
        match self {
            Load::Ready(data) => Some(data),
            _ => None,
        }
    }

    fn failure(self) -> Option<Failure> {
        match self {
            Load::Failed(failure) => Some(failure),
            _ => None,
        }
    }

    /// Whether the data are here or will not come.
    fn settled(self) -> bool {
        matches!(self, Load::Ready(_) | Load::Failed(_))
    }
}

/// The three aids' data, provided by the app.
#[derive(Clone, Copy)]
pub struct Aids {
    pub traditional: RwSignal<Load<TraditionalTable>>,
    pub words: RwSignal<Load<WordDivisions>>,
    pub dictionary: RwSignal<Load<Dictionary>>,
}

impl Aids {
    /// Whether every aid the reader has turned on is here (or has failed, which the settings
    /// report): the page may show its settings then.
    pub fn settled(&self) -> bool {
        let settings = use_settings().get();
        (settings.script == Script::Simplified || self.traditional.get().settled())
            && (!(settings.pinyin || settings.look_up) || self.words.get().settled())
            && (!settings.look_up || self.dictionary.get().settled())
    }

    /// Fetches every aid's file that is not here yet (the service worker keeps each one it
    /// fetches), so that the aids work offline though not turned on now; a failed one is tried
    /// again.
    pub fn keep_all(&self) {
        keep(self.traditional, TRADITIONAL_FILE);
        keep(self.words, WORDS_FILE);
        keep(self.dictionary, DICTIONARY_FILE);
    }

    /// How far keeping every aid has got: all here, some on their way, or one not to be had.
    pub fn kept(&self) -> Kept {
        let states = [self.traditional.get().state(), self.words.get().state(), self.dictionary.get().state()];
        if states.contains(&Kept::Failed) {
            Kept::Failed
        } else if states.iter().all(|state| *state == Kept::All) {
            Kept::All
        } else if states.contains(&Kept::Loading) {
            Kept::Loading
        } else {
            Kept::None
        }
    }

    /// Why an aid the reader has on could not be fetched, if one could not: `Gone` before
    /// `Unavailable`, as reloading mends both.
    pub fn failed(&self) -> Option<Failure> {
        let settings = use_settings().get();
        let failure = |on: bool, load: Option<Failure>| load.filter(|_| on);
        [
            failure(settings.script == Script::Traditional, self.traditional.get().failure()),
            failure(settings.pinyin || settings.look_up, self.words.get().failure()),
            failure(settings.look_up, self.dictionary.get().failure()),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|failure| *failure != Failure::Gone)
    }
}

/// Provides the aids, and fetches each one's file when the reader first turns it on (again,
/// after a failure, when the reader turns it off and on).
pub fn provide_aids() -> Aids {
    let aids = Aids {
        traditional: RwSignal::new(Load::Idle),
        words: RwSignal::new(Load::Idle),
        dictionary: RwSignal::new(Load::Idle),
    };
    provide_context(aids);
    provide_context(AidsSettled(Signal::derive(move || aids.settled())));
    let settings = use_settings();
    let traditional = Memo::new(move |_| match (settings.with(|s| s.script), aids.traditional.get()) {
        (Script::Traditional, Load::Ready(table)) => Some(table),
        _ => None,
    });
    provide_context(TextAids {
        traditional,
        words: Memo::new(move |_| settings.with(|s| (s.pinyin, s.look_up))),
        chinese_tag: Memo::new(move |_| {
            if traditional.with(Option::is_some) {
                Script::Traditional.tag()
            } else {
                Script::Simplified.tag()
            }
        }),
    });
    let hydrated = crate::hydration::use_hydrated();
    Effect::new(move |_| {
        if !hydrated.get() {
            return;
        }
        let settings = settings.get();
        let wanted = [settings.script == Script::Traditional, settings.pinyin || settings.look_up, settings.look_up];
        want(aids.traditional, wanted[0], TRADITIONAL_FILE);
        want(aids.words, wanted[1], WORDS_FILE);
        want(aids.dictionary, wanted[2], DICTIONARY_FILE);
    });
    aids
}

/// What the reader is told of a failure, and can do about it.
pub fn failure_text(strings: &crate::i18n::Strings, failure: Failure) -> &'static str {
    match failure {
        Failure::Gone => strings.aids_gone,
        Failure::Unavailable => strings.aids_failed,
    }
}

/// The aids, provided by the app.
pub fn use_aids() -> Aids {
    expect_context::<Aids>()
}

/// Starts fetching a file into `slot` when the reader wants its aid and it is neither here nor
/// on its way; a failure is forgotten when the aid is turned off, so that turning it on retries.
fn want<T: AidFile + Send + Sync + 'static>(slot: RwSignal<Load<T>>, wanted: bool, file: &'static str) {
    match (wanted, slot.get_untracked()) {
        (false, Load::Failed(_)) => slot.set(Load::Idle),
        (true, Load::Idle) => fetch(slot, file),
        _ => {}
    }
}

/// Starts fetching a file into `slot` unless it is here or on its way.
fn keep<T: AidFile + Send + Sync + 'static>(slot: RwSignal<Load<T>>, file: &'static str) {
    if matches!(slot.get_untracked(), Load::Idle | Load::Failed(_)) {
        fetch(slot, file);
    }
}

fn fetch<T: AidFile + Send + Sync + 'static>(slot: RwSignal<Load<T>>, file: &'static str) {
    slot.set(Load::Loading);
    leptos::task::spawn_local(async move {
        // The data live as long as the page: leaked once, so that views can borrow them.
        let loaded = fetch_json::<T>(file).await.map(|data| &*Box::leak(Box::new(data)));
        slot.set(match loaded {
            Ok(data) => Load::Ready(data),
            Err((failure, error)) => {
                leptos::logging::warn!("reading aid {file}: {error}");
                Load::Failed(failure)
            }
        });
    });
}

pub(crate) async fn fetch_json<T: AidFile>(file: &str) -> Result<T, (Failure, String)> {
    let (url, text) = fetch_text(&format!("aids/{file}")).await?;
    T::from_json(&text).map_err(|e| (Failure::Unavailable, format!("{url}: {e}")))
}

/// The address of a file of the build (`path` within the app: an aid's, the translation's,
/// `corpus.json`) and its text. Apart from [`fetch_json`]'s parsing, so that the fetch is
/// compiled once into the wasm, not once for each kind of aid.
pub(crate) async fn fetch_text(path: &str) -> Result<(String, String), (Failure, String)> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let url = asset_href(&base_path(), path);
    let unavailable = |why: String| (Failure::Unavailable, format!("{url}: {why}"));
    let window = web_sys::window().ok_or_else(|| unavailable("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(&url)).await.map_err(|e| unavailable(format!("{e:?}")))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| unavailable("not a response".into()))?;
    match response.status() {
        200 => {}
        // The name is this build's: a host without it has a newer build.
        404 | 410 => return Err((Failure::Gone, format!("{url}: HTTP {}", response.status()))),
        status => return Err(unavailable(format!("HTTP {status}"))),
    }
    let text = response.text().map_err(|e| unavailable(format!("{e:?}")))?;
    let text = JsFuture::from(text).await.map_err(|e| unavailable(format!("{e:?}")))?;
    let text = text.as_string().ok_or_else(|| unavailable("not text".into()))?;
    Ok((url, text))
}

/// What the texts follow of the reading aids, one memo per concern, made once for the app: a
/// text re-renders when its script or its word aids change, not when another setting does.
#[derive(Clone, Copy)]
struct TextAids {
    /// The Traditional table while the reader wants Traditional and it is here; else `None`.
    traditional: Memo<Option<&'static TraditionalTable>>,
    /// Whether pinyin, and whether look-up, is on.
    words: Memo<(bool, bool)>,
    /// The `lang` of the Chinese as shown.
    chinese_tag: Memo<&'static str>,
}

fn use_traditional() -> Memo<Option<&'static TraditionalTable>> {
    expect_context::<TextAids>().traditional
}

/// Whether pinyin, and whether look-up, is on.
pub fn use_word_aids() -> Memo<(bool, bool)> {
    expect_context::<TextAids>().words
}

/// A corpus text as the reader's script shows it: Traditional once the table is here.
pub fn use_shown() -> impl Fn(&str) -> String + Copy + Send + Sync + 'static {
    let table = use_traditional();
    move |text: &str| match table.get() {
        Some(table) => table.convert(text),
        None => text.to_string(),
    }
}

/// A word's dictionary entries: its own, else its characters'.
pub fn entries<'d>(dictionary: &'d Dictionary, word: &str) -> Vec<(String, &'d DictionaryEntry)> {
    match dictionary.entries.get(word) {
        Some(found) => found.iter().map(|entry| (word.to_string(), entry)).collect(),
        None => word
            .chars()
            .filter_map(|c| dictionary.entries.get(&c.to_string()).map(|found| (c.to_string(), found)))
            .flat_map(|(c, found)| found.iter().map(move |entry| (c.clone(), entry)))
            .collect(),
    }
}

/// The `lang` of the corpus's Chinese as shown: Traditional once the table is here (so never
/// while a prerendered page hydrates, which keeps the attributes it finds).
pub fn use_chinese_tag() -> Memo<&'static str> {
    expect_context::<TextAids>().chinese_tag
}

/// A text of the corpus (a title, a name, a formulation) in the reader's script, marked with
/// its language.
#[component]
pub fn Zh(text: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    let shown = use_shown();
    let lang = use_chinese_tag();
    view! { <span class=class lang=lang>{move || shown(text)}</span> }
}

/// A name the corpus gives in Chinese and the translation in English (a document's short title,
/// the session's title), in the interface's language: the English where there is one and the
/// interface is English, else the Chinese in the reader's script.
#[component]
pub fn Named(zh: &'static str, en: Option<&'static str>, #[prop(optional)] class: &'static str) -> impl IntoView {
    let language = crate::settings::use_language();
    let shown = use_shown();
    let chinese = use_chinese_tag();
    // One element whichever language it shows, so that a page hydrated in Chinese and turned
    // English keeps the element the host served.
    let english = move || en.filter(|_| language.get() == crate::settings::Language::English);
    view! {
        <span class=class lang=move || if english().is_some() { "en" } else { chinese.get() }>
            {move || english().map_or_else(|| shown(zh), str::to_string)}
        </span>
    }
}

/// The `lang` of pinyin (BCP 47's transliteration subtag), so that it is not read as Chinese.
pub const PINYIN: &str = "zh-Latn-pinyin";
