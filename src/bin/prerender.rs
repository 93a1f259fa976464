//! Prerenders every route of the app to static HTML, with the app's own components rendered
//! natively (`--features ssr`): the text is on screen before any wasm runs, and readable
//! without JavaScript. Run by `scripts/post-build.mjs` on release builds:
//!
//!     prerender <build folder> <public URL>
//!
//! Each route's page is the build's `index.html` with the rendered app as its body, which the app
//! hydrates when it starts, and in the head the route's own title, meta description and
//! canonical link (after leptos_meta's `<!--HEAD-->` marker) and the path it was rendered for.

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use renda_reader::route::{self, set_base_path, Route, PRERENDERED_ROUTE};
use renda_reader::state::embedded_corpus;
use renda_reader::Reader;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dir), public_url) = (args.next(), args.next().unwrap_or_else(|| "/".to_string())) else {
        eprintln!("usage: prerender <build folder> [public URL]");
        return ExitCode::FAILURE;
    };
    match prerender(Path::new(&dir), &public_url) {
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

fn prerender(dir: &Path, public_url: &str) -> Result<usize, String> {
    let corpus = embedded_corpus().map_err(|e| e.to_string())?;
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
    for route in &routes {
        let file = route.file().ok_or_else(|| format!("{}: a slug or term that cannot name a folder", route.path()))?;
        write(&dir.join(file), render(&shell, base, &route.path(), corpus))?;
    }
    // Static hosts answer unknown paths with 404.html: the app's not-found page.
    write(&dir.join("404.html"), render(&shell, base, route::NOWHERE, corpus))?;
    Ok(routes.len() + 1)
}

/// The build's index.html without a title, a description, a canonical link, a route or a body:
/// what each route fills in. (Also when it was prerendered before, so that running this twice
/// changes nothing.)
fn empty_shell(page: &str) -> String {
    let mut page = page.to_string();
    let route_meta = format!("<meta name=\"{PRERENDERED_ROUTE}\"");
    for (open, close) in [
        ("<title>", "</title>"),
        ("<meta name=\"description\"", ">"),
        ("<link rel=\"canonical\"", ">"),
        (route_meta.as_str(), ">"),
    ] {
        while let Some(start) = page.find(open) {
            let Some(length) = page[start..].find(close) else { break };
            page.replace_range(start..start + length + close.len(), "");
        }
    }
    if let (Some(start), Some(end)) = (page.find("<body>"), page.find("</body>")) {
        page.replace_range(start + "<body>".len()..end, "");
    }
    page
}

/// The page for one path within the app: the shell with the app rendered at that path.
fn render(shell: &str, base: &str, path: &str, corpus: &'static renda_model::Corpus) -> String {
    // A server-side context makes the app's browser-only parts (event listeners, effects) stand
    // down, as they do in any server render.
    let owner = Owner::new_root(Some(std::sync::Arc::new(hydration_context::SsrSharedContext::new())));
    let shell =
        shell.replacen("</head>", &format!("<meta name=\"{PRERENDERED_ROUTE}\" content=\"{path}\">\n</head>"), 1);
    let (before, after) = shell.split_once("<body>").unwrap_or((&shell, ""));
    let (before, after) = (format!("{before}<body>"), after.to_string());
    owner.with(|| {
        provide_context(RequestUrl::new(&format!("{base}{path}")));
        let (meta, head) = ServerMetaContext::new();
        provide_context(meta);
        futures::executor::block_on(async move {
            // The rendered app stays alive (in `app`) until the head is written: the route's
            // <title> is read from its signals then.
            let mut app = view! { <Reader corpus/> }.to_html_stream_in_order();
            let body = app.next().await.unwrap_or_default();
            let page = futures::stream::once(async move { format!("{before}{body}") })
                .chain(app)
                .chain(futures::stream::once(async move { after }));
            head.inject_meta_context(Box::pin(page)).await.collect::<Vec<String>>().await.concat()
        })
    })
}
