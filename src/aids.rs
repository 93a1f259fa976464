//! The reading aids in the app: the Traditional script, pinyin over each word, and a look-up of
//! each word in CC-CEDICT. Their data are files of their own (`aids/*.json`, written by
//! `make corpus`), fetched the first time the reader turns an aid on and kept by the service worker
//! for offline use, so that a first visit does not carry them. Until a file has arrived the text
//! shows as it did; if it cannot be fetched, the settings say so.

use crate::route::base_path;
use crate::settings::{use_settings, AidsSettled, Script};
use leptos::prelude::*;
pub use renda_model::aids::{aligned, unbreakable_groups, word_ranges};
use renda_model::aids::{Dictionary, DictionaryEntry, TraditionalTable, WordDivisions};
use serde::de::DeserializeOwned;

/// The files' content hash, set by build.rs: a new deploy's files are new addresses, so that the
/// service worker never answers with an older build's.
const REVISION: &str = env!("RENDA_AIDS_REVISION");

/// One aid's data: not asked for yet, on its way, here, or not to be had.
#[derive(Debug)]
pub enum Load<T: 'static> {
    Idle,
    Loading,
    Ready(&'static T),
    Failed,
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
            Load::Failed => Kept::Failed,
        }
    }

    pub fn ready(self) -> Option<&'static T> {
        match self {
            Load::Ready(data) => Some(data),
            _ => None,
        }
    }

    /// Whether the data are here or will not come.
    fn settled(self) -> bool {
        matches!(self, Load::Ready(_) | Load::Failed)
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
        keep(self.traditional, "traditional.json");
        keep(self.words, "words.json");
        keep(self.dictionary, "dictionary.json");
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

    /// Whether an aid the reader has on could not be fetched.
    pub fn failed(&self) -> bool {
        let settings = use_settings().get();
        let failed = |on: bool, load: bool| on && load;
        failed(settings.script == Script::Traditional, matches!(self.traditional.get(), Load::Failed))
            || failed(settings.pinyin || settings.look_up, matches!(self.words.get(), Load::Failed))
            || failed(settings.look_up, matches!(self.dictionary.get(), Load::Failed))
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
    let hydrated = crate::hydration::use_hydrated();
    Effect::new(move |_| {
        if !hydrated.get() {
            return;
        }
        let settings = settings.get();
        let wanted = [settings.script == Script::Traditional, settings.pinyin || settings.look_up, settings.look_up];
        want(aids.traditional, wanted[0], "traditional.json");
        want(aids.words, wanted[1], "words.json");
        want(aids.dictionary, wanted[2], "dictionary.json");
    });
    aids
}

/// The aids, provided by the app.
pub fn use_aids() -> Aids {
    expect_context::<Aids>()
}

/// Starts fetching a file into `slot` when the reader wants its aid and it is neither here nor
/// on its way; a failure is forgotten when the aid is turned off, so that turning it on retries.
fn want<T: DeserializeOwned + Send + Sync + 'static>(slot: RwSignal<Load<T>>, wanted: bool, file: &'static str) {
    match (wanted, slot.get_untracked()) {
        (false, Load::Failed) => slot.set(Load::Idle),
        (true, Load::Idle) => fetch(slot, file),
        _ => {}
    }
}

/// Starts fetching a file into `slot` unless it is here or on its way.
fn keep<T: DeserializeOwned + Send + Sync + 'static>(slot: RwSignal<Load<T>>, file: &'static str) {
    if matches!(slot.get_untracked(), Load::Idle | Load::Failed) {
        fetch(slot, file);
    }
}

fn fetch<T: DeserializeOwned + Send + Sync + 'static>(slot: RwSignal<Load<T>>, file: &'static str) {
    slot.set(Load::Loading);
    leptos::task::spawn_local(async move {
        // The data live as long as the page: leaked once, so that views can borrow them.
        let loaded = fetch_json::<T>(file).await.map(|data| &*Box::leak(Box::new(data)));
        slot.set(match loaded {
            Ok(data) => Load::Ready(data),
            Err(error) => {
                leptos::logging::warn!("reading aid {file}: {error}");
                Load::Failed
            }
        });
    });
}

async fn fetch_json<T: DeserializeOwned>(file: &str) -> Result<T, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let url = format!("{}/aids/{file}?v={REVISION}", base_path());
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(&url)).await.map_err(|e| format!("{url}: {e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|e| format!("{url}: {e:?}"))?;
    let text = JsFuture::from(text).await.map_err(|e| format!("{url}: {e:?}"))?.as_string().ok_or("not text")?;
    serde_json::from_str(&text).map_err(|e| format!("{url}: {e}"))
}

/// The Traditional table while the reader wants Traditional and it is here; else `None`.
fn use_traditional() -> Memo<Option<&'static TraditionalTable>> {
    let settings = use_settings();
    let table = use_aids().traditional;
    Memo::new(move |_| match (settings.with(|s| s.script), table.get()) {
        (Script::Traditional, Load::Ready(table)) => Some(table),
        _ => None,
    })
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
    let table = use_traditional();
    Memo::new(move |_| if table.get().is_some() { Script::Traditional.tag() } else { Script::Simplified.tag() })
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
