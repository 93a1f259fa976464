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
