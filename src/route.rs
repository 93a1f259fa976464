//! Every page of the app as a value. This is the one place that writes the app's paths: links,
//! navigation, canonical and cited addresses, and the list of pages the build prerenders are all
//! made from a [`Route`], never from strings elsewhere. To add a page: a variant here with its
//! path (and `parse`, and `all` if it is prerendered), then its component and its pattern in the
//! router's table in `pages/mod.rs`.
//!
//! Every page exists in both interface languages: Chinese at the app's root, English under
//! `/en` ([`interface_prefix`]). The interface language is the page's, fixed for its life (the
//! other language is another page, its twin), so a [`Route`] leaves it out: its path is the same
//! in both, and [`Route::href`] puts it under the page's own language.

use crate::hydration::use_hydrated;
use crate::settings::Language;
use leptos::prelude::*;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use renda_model::{Corpus, Document, Unit};

/// The route the browser's address names, as the app reads it: pages take what their address
/// carries (a query, a highlight) from here, so that reading an address is the inverse of
/// writing one. `None` for a path no page has. While a prerendered page hydrates, the route is
/// its path alone, as the prerender saw it.
pub fn use_route() -> Memo<Option<Route>> {
    let location = leptos_router::hooks::use_location();
    let hydrated = use_hydrated();
    Memo::new(move |_| {
        let path = location.pathname.get();
        let within = path.strip_prefix(app_base().as_str()).unwrap_or(&path).to_string();
        if !hydrated.get() {
            return Route::parse(&within);
        }
        let search = location.search.get();
        let query = if search.is_empty() { String::new() } else { format!("?{search}") };
        Route::parse(&format!("{within}{query}{}", location.hash.get()))
    })
}

/// A route's full address as a page shows it (canonical link, printed source): the prerender,
/// and so the render that hydrates its page, knows no origin and shows the href.
pub fn use_permalink(route: Route) -> Signal<String> {
    use_permalink_in(route, page_language())
}

/// [`use_permalink`] of the route's page in an interface language.
pub fn use_permalink_in(route: Route, language: Language) -> Signal<String> {
    let hydrated = use_hydrated();
    Signal::derive(move || if hydrated.get() { route.permalink_in(language) } else { route.href_in(language) })
}

/// A path no page has: where the not-found page is rendered for a host's `404.html`.
pub const NOWHERE: &str = "/404";

/// The name of the `<meta>` by which a prerendered page says which path it was rendered for
/// (within the app, like [`Route::path`]): the app hydrates the page only at that route.
pub const PRERENDERED_ROUTE: &str = "renda-route";

/// A page of the app, with what its address carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`: the session's documents.
    Overview,
    /// `/d/<slug>` in Chinese, `/d/<slug>/en` in English, `/d/<slug>/parallel` side by side;
    /// optionally with a highlighted query (`?hl=…&all=1`) and a paragraph (`#pN`). A mode of
    /// `None` is the mode the reader reads in: a [`Link`](crate::components::Link) resolves it,
    /// and its address alone is the Chinese one.
    Document { slug: String, mode: Option<ReadingMode>, highlight: Option<Highlight>, paragraph: Option<u32> },
    /// `/about`: the source, the method, the editorial notes, the downloads.
    About,
    /// `/search?q=…&all=1`.
    Search { query: String, all: bool },
    /// `/terms`: the formulations table.
    Terms,
    /// `/terms/<term>`: one formulation's concordance.
    Term { term: String },
    /// `/people`.
    People,
    /// `/compare`: the resolutions clause by clause, formula and difference.
    Compare,
}

/// Whether a page (of `route`, `None` for one of no route) in an interface of `language` shows
/// the paragraphs' English, which the app fetches before it draws such a page (`crate::state`): a
/// document in English or side by side, a search in Latin letters, the about page's downloads
/// with the translation, and in the English interface every page (its lists lead with each
/// document's English opening).
pub fn shows_translation(language: Language, route: Option<&Route>) -> bool {
    language == Language::English
        || route.is_some_and(|route| match route {
            Route::Document { mode, .. } => mode.unwrap_or_default().shows_english(),
            Route::Search { query, .. } => renda_study::search::searches_english(query),
            Route::About => true,
            Route::Overview | Route::Terms | Route::Term { .. } | Route::People | Route::Compare => false,
        })
}

/// Which text a document page shows: the Chinese, the project's unofficial English translation,
/// or the two side by side, paragraph by paragraph. A document's address carries it
/// ([`Route::Document`]); the settings remember the last one read, for the links the app writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, miniserde::Serialize, miniserde::Deserialize)]
pub enum ReadingMode {
    #[default]
    #[serde(rename = "chinese")]
    Chinese,
    #[serde(rename = "english")]
    English,
    #[serde(rename = "parallel")]
    Parallel,
}

impl ReadingMode {
    /// In the order the switch offers them.
    pub const ALL: [ReadingMode; 3] = [ReadingMode::Chinese, ReadingMode::English, ReadingMode::Parallel];

    /// The mode after this one, for the key that cycles them.
    pub fn next(self) -> ReadingMode {
        match self {
            ReadingMode::Chinese => ReadingMode::English,
            ReadingMode::English => ReadingMode::Parallel,
            ReadingMode::Parallel => ReadingMode::Chinese,
        }
    }

    /// The mode to open a search hit in from this one: one that shows the text hit (the
    /// translation for a query in Latin letters, else the Chinese), parallel kept as it is.
    pub fn showing(self, english: bool) -> ReadingMode {
        match (self, english) {
            (ReadingMode::Parallel, _) => ReadingMode::Parallel,
            (_, true) => ReadingMode::English,
            (_, false) => ReadingMode::Chinese,
        }
    }

    /// Whether the page shows the Chinese text.
    pub fn shows_chinese(self) -> bool {
        self != ReadingMode::English
    }

    /// Whether the page shows the English translation.
    pub fn shows_english(self) -> bool {
        self != ReadingMode::Chinese
    }

    /// Which languages a document's texts show in this mode, decided once for its page: the
    /// mode's, except that a document without a translation, or whose paragraphs' English has not
    /// arrived (or could not be fetched), shows its Chinese.
    pub fn languages(self, document: &Document) -> Languages {
        let english = self.shows_english() && document.translation_is_here();
        Languages { chinese: self.shows_chinese() || !english, english }
    }
}

/// Which languages a document's page shows its texts in ([`ReadingMode::languages`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Languages {
    pub chinese: bool,
    pub english: bool,
}

/// A query highlighted in a document, as search results open it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    pub query: String,
    /// Whether set-aside passages (repeats, news-report lines) are highlighted too.
    pub all: bool,
}

impl Route {
    /// A document, from its first line.
    pub fn document(slug: &str) -> Route {
        Route::Document { slug: slug.to_string(), mode: None, highlight: None, paragraph: None }
    }

    /// A paragraph of a document.
    pub fn paragraph(slug: &str, number: u32) -> Route {
        Route::Document { slug: slug.to_string(), mode: None, highlight: None, paragraph: Some(number) }
    }

    /// The same page in a reading mode (a document; other pages have none).
    pub fn in_mode(self, mode: ReadingMode) -> Route {
        match self {
            Route::Document { slug, highlight, paragraph, .. } => {
                Route::Document { slug, mode: Some(mode), highlight, paragraph }
            }
            other => other,
        }
    }

    /// The route with the reader's `current` mode where it leaves the mode open.
    pub fn resolved(self, current: ReadingMode) -> Route {
        match self {
            Route::Document { mode: None, .. } => self.in_mode(current),
            other => other,
        }
    }

    /// A search; `all` includes set-aside passages.
    pub fn search(query: &str, all: bool) -> Route {
        Route::Search { query: query.to_string(), all }
    }

    /// A document opened from a search result: `query` highlighted, at `paragraph` if given.
    pub fn hit(slug: &str, query: &str, all: bool, paragraph: Option<u32>) -> Route {
        Route::Document {
            slug: slug.to_string(),
            mode: None,
            highlight: Some(Highlight { query: query.to_string(), all }),
            paragraph,
        }
    }

    /// A formulation's concordance.
    pub fn term(term: &str) -> Route {
        Route::Term { term: term.to_string() }
    }

    /// The path within the app, percent-encoded: what the router matches and `navigate` takes
    /// (the router adds the base path itself).
    pub fn path(&self) -> String {
        match self {
            Route::Overview => "/".to_string(),
            Route::Document { slug, mode, highlight, paragraph } => {
                let query = highlight.as_ref().map_or_else(String::new, |h| {
                    format!("?hl={}{}", encode_component(&h.query), if h.all { "&all=1" } else { "" })
                });
                let anchor = paragraph.map_or_else(String::new, |n| format!("#{}", Unit::Paragraph(n)));
                let mode = mode.and_then(mode_segment).map_or_else(String::new, |segment| format!("/{segment}"));
                format!("/d/{}{mode}{query}{anchor}", encode_component(slug))
            }
            Route::About => "/about".to_string(),
            Route::Search { query, all } if query.is_empty() && !all => "/search".to_string(),
            Route::Search { query, all } => {
                format!("/search?q={}{}", encode_component(query), if *all { "&all=1" } else { "" })
            }
            Route::Terms => "/terms".to_string(),
            Route::Term { term } => format!("/terms/{}", encode_component(term)),
            Route::People => "/people".to_string(),
            Route::Compare => "/compare".to_string(),
        }
    }

    /// The address a link carries: the path under the public URL's base (`/renda/d/plan`). The
    /// router's `<A>` leaves an absolute `href` as written, so links need the base here.
    pub fn href(&self) -> String {
        self.href_in(page_language())
    }

    /// The address of this page in an interface language: its twin's for the other one.
    pub fn href_in(&self, language: Language) -> String {
        format!("{}{}{}", base_path(), interface_prefix(language), self.path())
    }

    /// The full address, for citations, canonical links and print: with the page's origin in
    /// the browser, the href alone when prerendering (where no origin is known).
    pub fn permalink(&self) -> String {
        self.permalink_in(page_language())
    }

    /// [`Route::permalink`] in an interface language.
    pub fn permalink_in(&self, language: Language) -> String {
        let origin = if cfg!(target_arch = "wasm32") {
            leptos::prelude::window().location().origin().unwrap_or_default()
        } else {
            String::new()
        };
        format!("{origin}{}", self.href_in(language))
    }

    /// The route a path within the app names (without the base; a query and `#pN` may follow),
    /// or `None` for a path no page has. A trailing slash, as hosts add to folders, is allowed.
    pub fn parse(address: &str) -> Option<Route> {
        let (address, paragraph) = match address.split_once('#') {
            Some((rest, hash)) => (rest, hash.parse::<Unit>().ok().and_then(Unit::paragraph)),
            None => (address, None),
        };
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        let parameter = |name: &str| {
            query.split('&').find_map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (key == name).then(|| decode_component(&value.replace('+', " ")))
            })
        };
        let segments: Vec<&str> = path.trim_matches('/').split('/').filter(|s| !s.is_empty()).collect();
        Some(match segments.as_slice() {
            [] => Route::Overview,
            ["d", slug, mode @ ..] if mode.len() <= 1 => Route::Document {
                slug: decode_component(slug),
                mode: Some(match mode.first() {
                    None => ReadingMode::Chinese,
                    Some(segment) => ReadingMode::ALL.into_iter().find(|m| mode_segment(*m) == Some(segment))?,
                }),
                highlight: parameter("hl").map(|query| Highlight { query, all: parameter("all").is_some() }),
                paragraph,
            },
            ["about"] => Route::About,
            ["search"] => Route::Search { query: parameter("q").unwrap_or_default(), all: parameter("all").is_some() },
            ["terms"] => Route::Terms,
            ["terms", term] => Route::Term { term: decode_component(term) },
            ["people"] => Route::People,
            ["compare"] => Route::Compare,
            _ => return None,
        })
    }

    /// Every page the build prerenders: the fixed pages, each document in each reading mode,
    /// each formulation.
    pub fn all(corpus: &Corpus) -> Vec<Route> {
        let fixed =
            [Route::Overview, Route::About, Route::search("", false), Route::Terms, Route::People, Route::Compare];
        let documents = corpus
            .sessions
            .iter()
            .flat_map(|s| &s.documents)
            .flat_map(|d| ReadingMode::ALL.map(|mode| Route::document(&d.slug).in_mode(mode)));
        let terms = corpus.glossary.iter().map(|f| Route::term(&f.term));
        fixed.into_iter().chain(documents).chain(terms).collect()
    }

    /// The file a static host serves for this page in an interface language, relative to the
    /// build folder: a folder's `index.html`, named as the path reads decoded
    /// (`terms/三高四新/index.html`, `en/terms/三高四新/index.html`). `None` when a slug or term
    /// cannot be a folder name (empty, `.` or `..`, or holding a slash), which would write outside
    /// its folder or where no route leads.
    pub fn file_in(&self, language: Language) -> Option<String> {
        let file = self.file()?;
        let folder = interface_prefix(language).trim_start_matches('/');
        Some(if folder.is_empty() { file } else { format!("{folder}/{file}") })
    }

    fn file(&self) -> Option<String> {
        let folder_name = |name: &str| !(name.is_empty() || name == "." || name == ".." || name.contains(['/', '\\']));
        let folder = match self {
            Route::Overview => return Some("index.html".to_string()),
            Route::Document { slug, mode, .. } if folder_name(slug) => match mode.and_then(mode_segment) {
                Some(segment) => format!("d/{slug}/{segment}"),
                None => format!("d/{slug}"),
            },
            Route::Term { term } if folder_name(term) => format!("terms/{term}"),
            Route::Document { .. } | Route::Term { .. } => return None,
            Route::About => "about".to_string(),
            Route::Search { .. } => "search".to_string(),
            Route::Terms => "terms".to_string(),
            Route::People => "people".to_string(),
            Route::Compare => "compare".to_string(),
        };
        Some(format!("{folder}/index.html"))
    }
}

/// The path segment after a document's slug that names a reading mode: none for Chinese, the
/// text's own language.
fn mode_segment(mode: ReadingMode) -> Option<&'static str> {
    match mode {
        ReadingMode::Chinese => None,
        ReadingMode::English => Some("en"),
        ReadingMode::Parallel => Some("parallel"),
    }
}

/// Where an interface language's pages are within the app: English under `/en`, Chinese at its
/// root, the language of the texts. (`index.html`'s early script reads the same prefix to send a
/// reader to the twin in their language; the browser tests hold the two together.)
pub fn interface_prefix(language: Language) -> &'static str {
    match language {
        Language::Chinese => "",
        Language::English => "/en",
    }
}

/// Splits a path within the app (a query and hash may follow) into its interface language and
/// the rest, which [`Route::parse`] reads: `/en/d/plan#p3` is English and `/d/plan#p3`.
pub fn split_interface(address: &str) -> (Language, &str) {
    let prefix = interface_prefix(Language::English);
    match address.strip_prefix(prefix) {
        Some("") => (Language::English, "/"),
        Some(rest) if rest.starts_with(['/', '?', '#']) => (Language::English, rest),
        _ => (Language::Chinese, address),
    }
}

/// The interface language of this page. In the browser it is read once from the address, as the
/// base path is: changing it loads the twin page. The prerender sets it for each page it renders
/// ([`set_page_language`]).
pub fn page_language() -> Language {
    PAGE_LANGUAGE.with(|language| {
        language.get().unwrap_or_else(|| {
            let read =
                if cfg!(target_arch = "wasm32") { split_interface(&path_within_app()).0 } else { Language::default() };
            language.set(Some(read));
            read
        })
    })
}

/// This page's address as a path within the app, the base path taken off: what its interface
/// language and route are read from (a path outside the base is taken whole).
pub fn path_within_app() -> String {
    let path = leptos::prelude::window().location().pathname().unwrap_or_default();
    path.strip_prefix(base_path().as_str()).map_or_else(|| path.clone(), str::to_string)
}

/// Sets the interface language of the page about to be rendered: for the prerender, which renders
/// the pages of both languages in one process, and the browser tests, which mount pages of both.
pub fn set_page_language(language: Language) {
    PAGE_LANGUAGE.with(|cell| cell.set(Some(language)));
}

thread_local! {
    static PAGE_LANGUAGE: std::cell::Cell<Option<Language>> = const { std::cell::Cell::new(None) };
}

/// The router's base: the public URL's path and the page's interface prefix (`/renda/en`).
pub fn app_base() -> String {
    format!("{}{}", base_path(), interface_prefix(page_language()))
}

/// What `encodeURIComponent` leaves as it is.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// Percent-encodes a path segment or query value, as `encodeURIComponent` does. (In Rust rather
/// than through JavaScript, so that prerendering can run it natively.)
pub fn encode_component(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// Decodes a percent-encoded segment; text that is not valid UTF-8 once decoded stays as given.
pub fn decode_component(text: &str) -> String {
    percent_decode_str(text).decode_utf8().map_or_else(|_| text.to_string(), |t| t.into_owned())
}

/// The address of a file the build serves beside the pages (`aids/<file>`, `sitemap.xml`) under
/// `base`, the base path.
pub fn asset_href(base: &str, file: &str) -> String {
    format!("{base}/{file}")
}

/// The address the reader is at (path and query, as the browser has them) with `unit` as its
/// fragment: where `j` and `k` leave a reader, without a navigation. Spelled out whole, as a bare
/// `#pN` would be resolved against `<base href>`, the site's root, and lose the document's path.
pub fn address_at(location: &web_sys::Location, unit: Unit) -> String {
    format!("{}{}#{unit}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
}

/// A route's page served as `…/index.html` (nginx's `try_files`, the service worker answering
/// from its precache) named by its folder, as the router knows it: the address to put in place,
/// query and fragment kept, or `None` for an address already so.
pub fn folder_address(location: &web_sys::Location) -> Option<String> {
    let folder = location.pathname().ok()?.strip_suffix("/index.html")?.to_string();
    Some(format!("{folder}/{}{}", location.search().unwrap_or_default(), location.hash().unwrap_or_default()))
}

/// The path the app is served under, from the `<base href>` Trunk writes for its public URL,
/// without a trailing slash: "" at the root, or when the page has no `<base>` (as in tests).
pub fn base_path() -> String {
    BASE_PATH
        .get_or_init(|| {
            if !cfg!(target_arch = "wasm32")
                || leptos::prelude::document().query_selector("base[href]").ok().flatten().is_none()
            {
                return String::new();
            }
            let base = leptos::prelude::document().base_uri().ok().flatten().unwrap_or_default();
            let path = web_sys::Url::new(&base).map(|url| url.pathname()).unwrap_or_default();
            path.trim_end_matches('/').to_string()
        })
        .clone()
}

static BASE_PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets the public URL's path for prerendering, where there is no `<base>` to read it from.
/// Only the first call counts.
#[cfg(feature = "ssr")]
pub fn set_base_path(public_url: &str) {
    let _ = BASE_PATH.set(public_url.trim_end_matches('/').to_string());
}
