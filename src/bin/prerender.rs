//! Prerenders every route of the app to static HTML, with the app's own components rendered
//! natively (`--features ssr`): the text is on screen before any wasm runs, and readable
//! without JavaScript. Run by `scripts/post-build.mjs` on release builds:
//!
//!     prerender <build folder> <public URL> [site origin]
//!
//! Each route's page, in each interface language, is the build's `index.html` with the rendered
//! app as its body, which the app hydrates when it starts, and in the head the route's own title,
//! meta description, canonical and alternate links (after leptos_meta's `<!--HEAD-->` marker)
//! and the path it was rendered for. Given the origin the site is served from
//! (`https://example.org`), it also writes `sitemap.xml`, every page with its twin, and a
//! `robots.txt` that names it: both need absolute addresses, which a build knows only if told.

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use renda_model::Corpus;
use renda_reader::aids::Load;
use renda_reader::route::{
    self, asset_href, interface_prefix, set_base_path, set_page_language, shows_translation, Route, PRERENDERED_ROUTE,
};
use renda_reader::settings::Language;
use renda_reader::state::{embedded_corpus, translated_corpus, TRANSLATION_FILE};
use renda_reader::Reader;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dir), public_url, origin) =
        (args.next(), args.next().unwrap_or_else(|| "/".to_string()), args.next().filter(|o| !o.is_empty()))
    else {
        eprintln!("usage: prerender <build folder> [public URL] [site origin]");
        return ExitCode::FAILURE;
    };
    match prerender(Path::new(&dir), &public_url, origin.as_deref()) {
        Ok(count) => {
            println!("prerender: {count} pages under {public_url}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

const LANGUAGES: [Language; 2] = [Language::Chinese, Language::English];

fn prerender(dir: &Path, public_url: &str, origin: Option<&str>) -> Result<usize, String> {
    let corpus = embedded_corpus().map_err(|e| e.to_string())?;
    let translated = translated_corpus()?;
    set_base_path(public_url);
    any_spawner::Executor::init_futures_executor().map_err(|e| format!("{e:?}"))?;
    let shell_path = dir.join("index.html");
    let shell =
        empty_shell(&std::fs::read_to_string(&shell_path).map_err(|e| format!("{}: {e}", shell_path.display()))?);
    let base = public_url.trim_end_matches('/');
    let write = |file: &Path, page: String| {
        std::fs::create_dir_all(file.parent().unwrap_or(dir)).map_err(|e| format!("{}: {e}", file.display()))?;
        std::fs::write(file, page).map_err(|e| format!("{}: {e}", file.display()))
    };
    let routes = Route::all(corpus);
    for language in LANGUAGES {
        set_page_language(language);
        let shell = shell.replacen("<html lang=\"zh-Hans\">", &format!("<html lang=\"{}\">", language.tag()), 1);
        for route in &routes {
            let file = route
                .file_in(language)
                .ok_or_else(|| format!("{}: a slug or term that cannot name a folder", route.path()))?;
            let path = format!("{}{}", interface_prefix(language), route.path());
            // Each page as the app draws it when it hydrates: with the paragraphs' English where
            // the page shows them (the app fetches them first), else with the embedded corpus.
            let translation =
                if shows_translation(language, Some(route)) { Load::Ready(translated) } else { Load::Idle };
            write(&dir.join(file), render(&shell, base, &path, corpus, translation))?;
        }
    }
    // Static hosts answer unknown paths with 404.html: the app's not-found page, in Chinese (the
    // app renders it afresh in English at an address under `/en`).
    set_page_language(Language::Chinese);
    write(&dir.join("404.html"), render(&shell, base, route::NOWHERE, corpus, Load::Idle))?;
    if let Some(origin) = origin.map(|o| o.trim_end_matches('/')) {
        write(&dir.join("sitemap.xml"), sitemap(origin, &routes))?;
        // Crawlers read robots.txt only at an origin's root: under a subpath it is for the host
        // to copy or merge there.
        write(
            &dir.join("robots.txt"),
            format!("User-agent: *\nAllow: /\n\nSitemap: {origin}{}\n", route::asset_href(base, "sitemap.xml")),
        )?;
    }
    Ok(routes.len() * LANGUAGES.len() + 1)
}

/// The sitemap protocol's list of pages, each with its twins as Google reads them
/// (`xhtml:link`), the alternates each page's head names.
fn sitemap(origin: &str, routes: &[Route]) -> String {
    let mut xml = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    ));
    let hreflangs = [
        (Language::Chinese.tag(), Language::Chinese),
        (Language::English.tag(), Language::English),
        ("x-default", Language::Chinese),
    ];
    for route in routes {
        let alternates: String = hreflangs
            .map(|(hreflang, language)| {
                let href = xml_text(&route.href_in(language));
                format!("    <xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{origin}{href}\"/>\n")
            })
            .concat();
        for language in LANGUAGES {
            let loc = xml_text(&route.href_in(language));
            xml.push_str(&format!("  <url>\n    <loc>{origin}{loc}</loc>\n{alternates}  </url>\n"));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// An address as XML text: hrefs are percent-encoded already, so of the characters XML escapes
/// only `&` (between query parameters) can appear.
fn xml_text(href: &str) -> String {
    href.replace('&', "&amp;")
}

/// The build's index.html without a title, what the app wrote into the head (after leptos_meta's
/// `<!--HEAD-->` marker: description, canonical and alternate links, title, route) or a body:
/// what each route fills in. (Also when it was prerendered before, so that running this twice
/// changes nothing.)
fn empty_shell(page: &str) -> String {
    let mut page = page.to_string();
    while let Some(start) = page.find("<title>") {
        let Some(length) = page[start..].find("</title>") else { break };
        page.replace_range(start..start + length + "</title>".len(), "");
    }
    if let (Some(start), Some(end)) = (page.find(HEAD_MARKER), page.find("</head>")) {
        page.replace_range(start + HEAD_MARKER.len()..end, "\n");
    }
    if let (Some(start), Some(end)) = (page.find("<body>"), page.find("</body>")) {
        page.replace_range(start + "<body>".len()..end, "");
    }
    page
}

/// Where leptos_meta writes the head's tags: the app's own begin after it.
const HEAD_MARKER: &str = "<!--HEAD-->";

/// The page for one path within the app: the shell with the app rendered at that path.
fn render(shell: &str, base: &str, path: &str, corpus: &'static Corpus, translation: Load<Corpus>) -> String {
    // A server-side context makes the app's browser-only parts (event listeners, effects) stand
    // down, as they do in any server render.
    let owner = Owner::new_root(Some(std::sync::Arc::new(hydration_context::SsrSharedContext::new())));
    // A page that shows the paragraphs' English asks for their file at once, beside the wasm,
    // rather than when the app has started and waits for it (src/main.rs); as `fetch()` asks.
    let preload = translation.ready().map_or(String::new(), |_| {
        format!(
            "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>\n",
            asset_href(base, &format!("aids/{TRANSLATION_FILE}"))
        )
    });
    let shell = shell.replacen(
        "</head>",
        &format!("<meta name=\"{PRERENDERED_ROUTE}\" content=\"{path}\">\n{preload}</head>"),
        1,
    );
    let (before, after) = shell.split_once("<body>").unwrap_or((&shell, ""));
    let (before, after) = (format!("{before}<body>"), after.to_string());
    owner.with(|| {
        provide_context(RequestUrl::new(&format!("{base}{path}")));
        let (meta, head) = ServerMetaContext::new();
        provide_context(meta);
        futures::executor::block_on(async move {
            // The rendered app stays alive (in `app`) until the head is written: the route's
            // <title> is read from its signals then.
            let mut app = view! { <Reader corpus translation/> }.to_html_stream_in_order();
            let body = app.next().await.unwrap_or_default();
            let page = futures::stream::once(async move { format!("{before}{body}") })
                .chain(app)
                .chain(futures::stream::once(async move { after }));
            head.inject_meta_context(Box::pin(page)).await.collect::<Vec<String>>().await.concat()
        })
    })
}
