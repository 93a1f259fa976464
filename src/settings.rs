//! Reading settings, remembered across visits in local storage and applied to `<html>` as data
//! attributes that the style sheet reads.

use crate::hydration::use_hydrated;
use crate::route::{use_route, ReadingMode, Route};
use leptos::prelude::*;
// miniserde, as the app's reader of the corpus (renda_model's `mini_json`): serde_json's value
// and map code would be in every first visit for these few fields.
use miniserde::json::{self, Object, Value};

/// Where the settings are stored.
pub const STORAGE_KEY: &str = "renda-reader.settings";

/// Set on `<html>` by `index.html`'s script while stored settings that change what the
/// components render wait for the app, which removes it once it renders them.
pub const PENDING_ATTRIBUTE: &str = "data-pending-settings";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, miniserde::Serialize, miniserde::Deserialize)]
pub enum Theme {
    #[serde(rename = "light")]
    Light,
    #[serde(rename = "dark")]
    Dark,
    /// Follows the operating system's preference.
    #[default]
    #[serde(rename = "system")]
    System,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, miniserde::Serialize, miniserde::Deserialize)]
pub enum FontSize {
    #[serde(rename = "small")]
    Small,
    #[default]
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "large")]
    Large,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, miniserde::Serialize, miniserde::Deserialize)]
pub enum Spacing {
    #[default]
    #[serde(rename = "normal")]
    Normal,
    #[serde(rename = "relaxed")]
    Relaxed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, miniserde::Serialize, miniserde::Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "zh")]
    Chinese,
    #[serde(rename = "en")]
    English,
}

impl Language {
    /// The interface language for a browser's preferred languages (`navigator.languages`, most
    /// preferred first), until the reader chooses one: English if the browser puts English before
    /// any Chinese, else Chinese, the language of the texts. `index.html`'s early script applies
    /// the same rule before the first paint, and a browser test holds the two together.
    pub fn preferred_by<T: AsRef<str>>(tags: &[T]) -> Language {
        tags.iter()
            .find_map(|tag| {
                let primary = tag.as_ref().split(['-', '_']).next().unwrap_or_default();
                if primary.eq_ignore_ascii_case("zh") {
                    Some(Language::Chinese)
                } else if primary.eq_ignore_ascii_case("en") {
                    Some(Language::English)
                } else {
                    None
                }
            })
            .unwrap_or_default()
    }

    /// The browser's preference ([`Language::preferred_by`]); Chinese where there is no browser.
    pub fn of_browser() -> Language {
        if !cfg!(target_arch = "wasm32") {
            return Language::default();
        }
        let Some(window) = web_sys::window() else { return Language::default() };
        let tags: Vec<String> = window.navigator().languages().iter().filter_map(|tag| tag.as_string()).collect();
        Language::preferred_by(&tags)
    }

    /// The BCP 47 tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Chinese => "zh-Hans",
            Language::English => "en",
        }
    }
}

/// The script the corpus's Chinese is shown in: as the texts have it, or in Traditional
/// characters (the reading aids' conversion).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, miniserde::Serialize, miniserde::Deserialize)]
pub enum Script {
    #[default]
    #[serde(rename = "simplified")]
    Simplified,
    #[serde(rename = "traditional")]
    Traditional,
}

impl Script {
    /// The BCP 47 tag of Chinese in this script, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Script::Simplified => "zh-Hans",
            Script::Traditional => "zh-Hant",
        }
    }
}

/// What a stored field does to a page before the app has started: `index.html`'s early script
/// follows [`Settings::FIELDS`], and a browser test holds the script, the struct, its parser and
/// the table together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstPaint {
    /// The style sheet reads it from this attribute of `<html>`, which the early script sets.
    Attribute(&'static str),
    /// It changes what the components render (the prerender could not know it): a page waits
    /// for the app while it differs from the default ([`PENDING_ATTRIBUTE`]).
    HoldsPage,
    /// It picks another page (the interface language, whose twin the early script opens).
    PicksPage,
    /// Only the addresses of links follow it, which changes nothing painted.
    Nothing,
}

/// What a reader has chosen. Fields missing from stored JSON (written by an older version) take
/// their defaults, so a stored choice is never lost to a new setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, miniserde::Serialize)]
pub struct Settings {
    pub theme: Theme,
    pub font_size: FontSize,
    pub spacing: Spacing,
    pub language: Language,
    /// Whether formulations (提法) in the text are marked and open their gloss.
    pub mark_terms: bool,
    /// The reading mode last read in.
    pub reading_mode: ReadingMode,
    /// The script of the Chinese.
    pub script: Script,
    /// Whether each word of the text shows its pinyin above it.
    pub pinyin: bool,
    /// Whether each word of the text opens its dictionary entries.
    pub look_up: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            theme: Theme::default(),
            font_size: FontSize::default(),
            spacing: Spacing::default(),
            language: Language::default(),
            mark_terms: true,
            reading_mode: ReadingMode::default(),
            script: Script::default(),
            pinyin: false,
            look_up: false,
        }
    }
}

impl Settings {
    /// Every field as stored (its JSON name), what it does to the first paint, and a value other
    /// than its default, for the tests.
    pub const FIELDS: [(&'static str, FirstPaint, &'static str); 9] = [
        ("theme", FirstPaint::Attribute("data-theme"), "\"dark\""),
        ("font_size", FirstPaint::Attribute("data-font-size"), "\"large\""),
        ("spacing", FirstPaint::Attribute("data-spacing"), "\"relaxed\""),
        ("language", FirstPaint::PicksPage, "\"en\""),
        ("mark_terms", FirstPaint::HoldsPage, "false"),
        ("reading_mode", FirstPaint::Nothing, "\"parallel\""),
        ("script", FirstPaint::HoldsPage, "\"traditional\""),
        ("pinyin", FirstPaint::HoldsPage, "true"),
        ("look_up", FirstPaint::HoldsPage, "true"),
    ];

    /// The stored settings; for what is not stored (nothing is, or storage cannot be read:
    /// blocked by the browser, disabled, or not there at all, as when prerendering natively),
    /// the defaults, with the interface language the browser prefers.
    pub fn load() -> Settings {
        let defaults = Settings { language: Language::of_browser(), ..Settings::default() };
        Settings::stored(defaults).unwrap_or(defaults)
    }

    /// The stored settings, with `defaults` for what is not stored; `None` when nothing is (or
    /// storage cannot be read).
    fn stored(defaults: Settings) -> Option<Settings> {
        storage()?.get_item(STORAGE_KEY).ok().flatten().map(|stored| Settings::parse(&stored, defaults))
    }

    /// Settings from stored JSON, read field by field: a field missing, or with a value this
    /// version does not know (left by another version, or damaged), takes its value from
    /// `defaults` alone, and the other choices are kept.
    pub fn parse(stored: &str, defaults: Settings) -> Settings {
        let Ok(fields) = json::from_str::<Object>(stored) else { return defaults };
        fn field<T: miniserde::Deserialize>(fields: &Object, name: &str, default: T) -> T {
            // miniserde reads text only: the field's value is written out and read again.
            fields.get(name).and_then(|value| json::from_str(&json::to_string(value)).ok()).unwrap_or(default)
        }
        Settings {
            theme: field(&fields, "theme", defaults.theme),
            font_size: field(&fields, "font_size", defaults.font_size),
            spacing: field(&fields, "spacing", defaults.spacing),
            language: field(&fields, "language", defaults.language),
            mark_terms: field(&fields, "mark_terms", defaults.mark_terms),
            reading_mode: field(&fields, "reading_mode", defaults.reading_mode),
            script: field(&fields, "script", defaults.script),
            pinyin: field(&fields, "pinyin", defaults.pinyin),
            look_up: field(&fields, "look_up", defaults.look_up),
        }
    }

    /// Whether storage holds every field of these settings with this very value (a field it
    /// lacks, or holds with a value this version does not read, is not stored).
    fn is_stored(&self) -> bool {
        let Some(stored) = storage().and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten()) else {
            return false;
        };
        let Ok(stored) = json::from_str::<Object>(&stored) else { return false };
        // miniserde's values do not compare: their JSON texts do.
        self.fields().iter().all(|(name, value)| stored.get(name).map(json::to_string) == Some(json::to_string(value)))
    }

    /// Stores the settings. Keys this version does not know (another version's settings) are
    /// kept as they were stored. Failure (storage blocked, full or disabled) only loses
    /// persistence.
    pub fn save(&self) {
        let Some(storage) = storage() else { return };
        let mut stored = storage
            .get_item(STORAGE_KEY)
            .ok()
            .flatten()
            .and_then(|stored| json::from_str::<Object>(&stored).ok())
            .unwrap_or_default();
        stored.extend(self.fields());
        let _ = storage.set_item(STORAGE_KEY, &json::to_string(&stored));
    }

    /// Every field as stored, by its JSON name. (The settings' own JSON always reads back.)
    fn fields(&self) -> Object {
        json::from_str(&json::to_string(self)).unwrap_or_default()
    }

    /// The data attributes for `<html>`, as (name, value): each field [`Settings::FIELDS`] gives
    /// an attribute, with its value as stored (which the early script sets before the app).
    pub fn html_attributes(&self) -> Vec<(&'static str, String)> {
        let fields = self.fields();
        Settings::FIELDS
            .iter()
            .filter_map(|(name, paint, _)| match (paint, fields.get(*name)) {
                (FirstPaint::Attribute(attribute), Some(Value::String(value))) => Some((*attribute, value.clone())),
                _ => None,
            })
            .collect()
    }
}

/// The page's local storage, if the browser lets the page have it: reading
/// `window.localStorage` itself throws a `SecurityError` when site data is blocked.
pub(crate) fn storage() -> Option<web_sys::Storage> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// The interface language: the page's, which its address names ([`crate::route::page_language`]),
/// not the stored one, which sends the reader to the twin page before it paints (`index.html`).
#[derive(Clone, Copy)]
pub struct InterfaceLanguage(pub Signal<Language>);

/// Whether formulations are marked in the text, alone: what each paragraph follows.
#[derive(Clone, Copy)]
pub struct MarkTerms(pub Memo<bool>);

/// Loads the settings and provides them to descendants: the whole (for the settings panel) and,
/// as memos, the concerns that change what components render, so that a change of theme
/// re-renders no paragraph and re-runs no label. Those memos hold the defaults while a
/// prerendered page hydrates (the prerender could not read storage); what only the style sheet
/// reads was put on `<html>` before the first paint (`index.html`). Keeps `<html>` and storage
/// in step with every change.
pub fn provide_settings() -> RwSignal<Settings> {
    let settings = RwSignal::new(Settings::load());
    let hydrated = use_hydrated();
    let rendered = move || if hydrated.get() { settings.get() } else { Settings::default() };
    let language = Signal::stored(crate::route::page_language());
    provide_context(settings);
    provide_context(InterfaceLanguage(language));
    provide_context(MarkTerms(Memo::new(move |_| rendered().mark_terms)));
    Effect::new(move |previous: Option<Settings>| {
        let current = settings.get();
        if let Some(root) = document().document_element() {
            for (name, value) in current.html_attributes() {
                let _ = root.set_attribute(name, &value);
            }
        }
        // The first run only applies what was loaded; there is nothing new to store. Nor is
        // there when storage holds these settings already (taken in from another tab): writing
        // them back would reach that tab after its own next change and undo it there.
        if previous.is_some_and(|p| p != current) && !current.is_stored() {
            current.save();
        }
        current
    });
    // A change made in another tab arrives here as a `storage` event: taken in, so that this
    // tab's next change is stored on top of it rather than over it (and both tabs look alike).
    if cfg!(target_arch = "wasm32") {
        // Dropping the handle keeps the listener (only `remove` removes it): the settings, like
        // the page, live on.
        let _ = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(STORAGE_KEY) {
                return;
            }
            // What storage holds now, which may be newer than this event's value: events of quick
            // changes arrive one after another.
            let current = settings.get_untracked();
            if let Some(stored) = Settings::stored(current).filter(|stored| *stored != current) {
                settings.set(stored);
            }
        });
    }
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", language.get().tag());
            // The page shows the stored marks now (see index.html), and the reading aids turned
            // on once their data are here.
            let aids_settled = use_context::<AidsSettled>().is_none_or(|settled| settled.0.get());
            if hydrated.get() && aids_settled {
                let _ = root.remove_attribute(PENDING_ATTRIBUTE);
            }
        }
    });
    settings
}

/// Whether every reading aid the reader has turned on has its data (or will not get them),
/// provided by the aids (`crate::aids`): until then a page held for its settings stays held.
#[derive(Clone, Copy)]
pub struct AidsSettled(pub Signal<bool>);

/// The reader's settings, provided by the app.
pub fn use_settings() -> RwSignal<Settings> {
    expect_context::<RwSignal<Settings>>()
}

/// The interface language, provided by the app.
pub fn use_language() -> Signal<Language> {
    expect_context::<InterfaceLanguage>().0
}

/// Whether formulations are marked, provided by the app.
pub fn use_mark_terms() -> Memo<bool> {
    expect_context::<MarkTerms>().0
}

/// The reading mode the reader reads in now: the mode of the document page shown, elsewhere the
/// one last read in (the default while a prerendered page hydrates, as the prerender had no
/// storage).
#[derive(Clone, Copy)]
pub struct CurrentReadingMode(pub Memo<ReadingMode>);

/// Provides the current reading mode to the children, and remembers each mode a document is
/// read in. Inside the router: the mode follows the address.
#[component]
pub fn ReadingModeScope(children: Children) -> impl IntoView {
    let settings = use_settings();
    let route = use_route();
    let hydrated = use_hydrated();
    let mode = Memo::new(move |_| match route.get() {
        Some(Route::Document { mode: Some(mode), .. }) => mode,
        _ if hydrated.get() => settings.with(|s| s.reading_mode),
        _ => ReadingMode::default(),
    });
    Effect::new(move |_| {
        if let Some(Route::Document { mode: Some(mode), .. }) = route.get() {
            if hydrated.get() && settings.with_untracked(|s| s.reading_mode) != mode {
                settings.update(|s| s.reading_mode = mode);
            }
        }
    });
    provide_context(CurrentReadingMode(mode));
    children()
}

/// The current reading mode, provided by [`ReadingModeScope`].
pub fn use_reading_mode() -> Memo<ReadingMode> {
    expect_context::<CurrentReadingMode>().0
}
