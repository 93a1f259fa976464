use crate::i18n::use_strings;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A button that saves text generated in the browser as a file: it works offline, as nothing
/// is fetched.
#[component]
pub fn DownloadButton(
    #[prop(into)] label: Signal<&'static str>,
    file_name: String,
    mime: &'static str,
    /// Makes the file's content when the reader asks for it.
    #[prop(into)]
    content: Callback<(), String>,
) -> impl IntoView {
    view! {
        <button class="icon-button download" on:click=move |_| save(&file_name, mime, &content.run(()))>
            {label}
        </button>
    }
}

/// A button that saves a file of the build under another name: fetched when the reader asks
/// (offline, the service worker answers from its precache), and saved as [`DownloadButton`]
/// saves, rather than a link the browser would download as a page load.
#[component]
pub fn FileDownloadButton(
    #[prop(into)] label: Signal<&'static str>,
    /// The file's path within the app.
    path: &'static str,
    file_name: &'static str,
    mime: &'static str,
) -> impl IntoView {
    let strings = use_strings();
    let failed = RwSignal::new(false);
    let fetch = move |_| {
        failed.set(false);
        leptos::task::spawn_local(async move {
            match crate::aids::fetch_text(path).await {
                Ok((_, text)) => save(file_name, mime, &text),
                Err((_, error)) => {
                    leptos::logging::warn!("{error}");
                    failed.set(true);
                }
            }
        });
    };
    view! {
        <button class="icon-button download" on:click=fetch>{label}</button>
        <Show when=move || failed.get()>
            <p class="download-failed" role="alert">{move || strings.get().download_failed}</p>
        </Show>
    }
}

fn save(file_name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document().create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    // Revoked later: the download reads the URL after the click returns.
    set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), std::time::Duration::from_secs(10));
}
