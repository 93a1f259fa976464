use crate::mount_at;
use gloo::storage::{LocalStorage, Storage};
use renda_reader::route::ReadingMode;
use renda_reader::settings::{
    FirstPaint, FontSize, Language, Script, Settings, Spacing, Theme, PENDING_ATTRIBUTE, STORAGE_KEY,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

fn html_attribute(name: &str) -> Option<String> {
    web_sys::window()?.document()?.document_element()?.get_attribute(name)
}

async fn open_settings(page: &crate::Mounted) {
    let toggle = page.find("button[aria-controls='settings']").expect("the settings toggle");
    toggle.click();
    leptos::task::tick().await;
}

fn radio(page: &crate::Mounted, name: &str, index: usize) -> HtmlInputElement {
    page.find_all(&format!("input[name='{name}']")).into_iter().nth(index).expect("the radio button").unchecked_into()
}

#[wasm_bindgen_test]
async fn chosen_settings_are_applied_stored_and_restored_on_the_next_visit() {
    LocalStorage::delete(STORAGE_KEY);
    {
        let page = mount_at("/").await;
        assert_eq!(html_attribute("data-theme").as_deref(), Some("system"));
        open_settings(&page).await;
        radio(&page, "theme", 1).click();
        radio(&page, "font-size", 2).click();
        leptos::task::tick().await;
        assert_eq!(html_attribute("data-theme").as_deref(), Some("dark"));
        assert_eq!(html_attribute("data-font-size").as_deref(), Some("large"));
        let stored = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten().expect("stored");
        let stored = Settings::parse(&stored, Settings::default());
        assert_eq!((stored.theme, stored.font_size), (Theme::Dark, FontSize::Large));
    }
    let _ = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|e| e.remove_attribute("data-theme"));
    let page = mount_at("/").await;
    assert_eq!(html_attribute("data-theme").as_deref(), Some("dark"));
    open_settings(&page).await;
    assert!(radio(&page, "theme", 1).checked(), "the dark theme is still chosen");
    assert!(radio(&page, "font-size", 2).checked());
    LocalStorage::delete(STORAGE_KEY);
}

#[wasm_bindgen_test]
async fn an_english_page_has_the_english_interface_the_chinese_corpus_and_a_link_to_its_chinese_twin() {
    let page = mount_at("/en/d/closing-speech#p2").await;
    assert_eq!(html_attribute("lang").as_deref(), Some("en"));
    assert!(page.text().contains("Show the source text"));
    let title = page.find(".doc-heading .title-line").expect("heading");
    assert_eq!(title.get_attribute("lang").as_deref(), Some("zh-Hans"));
    assert_eq!(page.find("#p1").and_then(|p| p.get_attribute("lang")).as_deref(), Some("zh-Hans"));
    let twin = page.find(".language-switch").and_then(|link| link.get_attribute("href"));
    assert_eq!(twin.as_deref(), Some("/d/closing-speech#p2"), "the same place in the other language");
    drop(page);
    let page = mount_at("/search?q=%E4%BA%BA%E5%A4%A7").await;
    assert_eq!(html_attribute("lang").as_deref(), Some("zh-Hans"));
    let twin = page.find(".language-switch").and_then(|link| link.get_attribute("href"));
    assert_eq!(twin.as_deref(), Some("/en/search?q=%E4%BA%BA%E5%A4%A7"));
    drop(page);
}

#[wasm_bindgen_test]
fn unreadable_stored_settings_fall_back_to_the_defaults() {
    LocalStorage::set(STORAGE_KEY, "not settings").expect("stored");
    assert_eq!(Settings::load(), Settings::default());
    LocalStorage::set(STORAGE_KEY, serde_json::json!({ "theme": "dark" })).expect("stored");
    assert_eq!(Settings::load().theme, Theme::Dark, "fields missing from old JSON take defaults");
    LocalStorage::delete(STORAGE_KEY);
}

#[wasm_bindgen_test]
fn a_stored_value_this_version_does_not_know_loses_only_that_field() {
    let stored = r#"{"theme":"dark","font_size":"enormous","spacing":"relaxed","language":"en","mark_terms":"maybe","future":1}"#;
    let settings = Settings::parse(stored, Settings::default());
    assert_eq!(
        (settings.theme, settings.font_size, settings.spacing, settings.language, settings.mark_terms),
        (Theme::Dark, FontSize::Medium, Spacing::Relaxed, Language::English, true)
    );
}

#[wasm_bindgen_test]
fn saving_keeps_the_keys_another_version_stored() {
    LocalStorage::set(STORAGE_KEY, serde_json::json!({ "theme": "dark", "reading_mode": "parallel" })).expect("stored");
    Settings { font_size: FontSize::Large, ..Settings::load() }.save();
    let stored: serde_json::Value = LocalStorage::get(STORAGE_KEY).expect("stored");
    assert_eq!(stored["reading_mode"], "parallel");
    assert_eq!((stored["theme"].as_str(), stored["font_size"].as_str()), (Some("dark"), Some("large")));
    LocalStorage::delete(STORAGE_KEY);
}

/// Runs the inline script of `index.html` that applies stored settings before the first paint, on a
/// page at `path` of a site under `/renda/` with the query `?q=1` and hash `#p3`; returns the
/// address it sends the reader to, if any.
fn run_early_script(path: &str) -> Option<String> {
    run_early_script_under(path, Some("https://example.org/renda/"))
}

/// [`run_early_script`] on a page whose `<base href>` is `base` (none: no `<base>`). The page's
/// `location` and `document` are stand-ins, so that the test page itself is never sent anywhere;
/// the click listener the script adds is kept in `window.__earlyScriptClick`.
fn run_early_script_under(path: &str, base: Option<&str>) -> Option<String> {
    let page = include_str!("../../index.html");
    let script = page
        .split("<script>")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("index.html has an inline script");
    let run = js_sys::Function::new_with_args(
        "path, base",
        &format!(
            r##"var sentTo = null;
            var location = {{ pathname: path, search: "?q=1", hash: "#p3", replace: function (to) {{ sentTo = to; }} }};
            var document = {{ documentElement: window.document.documentElement,
                querySelector: function () {{ return base === null ? null : {{ href: base }}; }},
                addEventListener: function (type, listener) {{ window.__earlyScriptClick = listener; }} }};
            {script}
            return sentTo;"##
        ),
    );
    let base = base.map_or(wasm_bindgen::JsValue::NULL, wasm_bindgen::JsValue::from);
    run.call2(&wasm_bindgen::JsValue::NULL, &path.into(), &base).expect("the script runs").as_string()
}

/// A click, as the early script's listener receives it, on a link to the twin in `hreflang`;
/// `modified`: with Ctrl held (a new tab, not a choice).
fn click_twin_link(hreflang: &str, modified: bool) {
    let click = js_sys::Function::new_no_args(&format!(
        r#"window.__earlyScriptClick({{ target: {{ closest: function () {{ return {{ hreflang: "{hreflang}" }}; }} }},
            button: 0, ctrlKey: {modified}, metaKey: false, shiftKey: false, altKey: false }});"#
    ));
    click.call0(&wasm_bindgen::JsValue::NULL).expect("the listener runs");
}

fn clear_html_attributes() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()).expect("<html>");
    for (name, _) in Settings::default().html_attributes() {
        let _ = root.remove_attribute(name);
    }
    let _ = root.remove_attribute(PENDING_ATTRIBUTE);
}

#[wasm_bindgen_test]
fn the_early_script_applies_what_the_app_stores_and_holds_the_page_only_for_what_changes_rendering() {
    let chosen = Settings {
        theme: Theme::Dark,
        font_size: FontSize::Small,
        spacing: Spacing::Relaxed,
        language: Language::Chinese,
        mark_terms: true,
        // Only the addresses of links follow it, which changes no text.
        reading_mode: ReadingMode::Parallel,
        script: Script::Simplified,
        pinyin: false,
        look_up: false,
    };
    clear_html_attributes();
    LocalStorage::delete(STORAGE_KEY);
    chosen.save();
    assert_eq!(run_early_script("/renda/d/plan"), None, "on the page of the language chosen");
    for (name, value) in chosen.html_attributes() {
        assert_eq!(html_attribute(name), Some(value), "{name}");
    }
    assert_eq!(html_attribute(PENDING_ATTRIBUTE), None, "the prerendered page already renders these");
    // The English page renders the English interface: nothing to hold for.
    clear_html_attributes();
    Settings { language: Language::English, ..chosen }.save();
    assert_eq!(run_early_script("/renda/en/d/plan"), None);
    assert_eq!(html_attribute(PENDING_ATTRIBUTE), None, "no page is held for its language");
    for rendering in [
        Settings { mark_terms: false, ..chosen },
        Settings { script: Script::Traditional, ..chosen },
        Settings { pinyin: true, ..chosen },
        Settings { look_up: true, ..chosen },
    ] {
        clear_html_attributes();
        rendering.save();
        run_early_script("/renda/d/plan");
        assert!(html_attribute(PENDING_ATTRIBUTE).is_some(), "held back for {rendering:?}");
    }
    clear_html_attributes();
    LocalStorage::set(STORAGE_KEY, "not settings").expect("stored");
    run_early_script("/renda/d/plan");
    assert_eq!(html_attribute("data-theme"), None, "unreadable settings leave the defaults");
    LocalStorage::delete(STORAGE_KEY);
}

#[wasm_bindgen_test]
fn the_settings_table_the_struct_its_parser_and_the_early_script_agree_field_by_field() {
    let defaults = Settings::default();
    let stored = |settings: &Settings| match serde_json::from_str(&miniserde::json::to_string(settings)) {
        Ok(serde_json::Value::Object(fields)) => fields,
        _ => panic!("settings are stored as an object"),
    };
    let default_fields = stored(&defaults);
    let mut names: Vec<&str> = Settings::FIELDS.iter().map(|(name, ..)| *name).collect();
    names.sort_unstable();
    assert_eq!(names, default_fields.keys().map(String::as_str).collect::<Vec<_>>(), "every field of the struct, once");
    for (name, paint, other) in Settings::FIELDS {
        // The parser reads the field alone, to the value given, and keeps the others.
        let value: serde_json::Value = serde_json::from_str(other).expect("the table's value is JSON");
        assert_ne!(default_fields[name], value, "{name}: the table's value is not the default");
        let one_field = format!("{{\"{name}\":{other}}}");
        let parsed = Settings::parse(&one_field, defaults);
        let changed: Vec<(String, serde_json::Value)> =
            stored(&parsed).into_iter().filter(|(field, value)| default_fields[field] != *value).collect();
        assert_eq!(changed, [(name.to_string(), value)], "{name}");
        // The early script, with this one field stored, on the page of the stored language.
        clear_html_attributes();
        // The language stored, or with none stored the browser's.
        let language = if paint == FirstPaint::PicksPage { parsed.language } else { Language::of_browser() };
        let path = if language == Language::English { "/renda/en/d/plan" } else { "/renda/d/plan" };
        LocalStorage::raw().set_item(STORAGE_KEY, &one_field).expect("stored");
        let sent_to = run_early_script(path);
        assert_eq!(
            html_attribute(PENDING_ATTRIBUTE).is_some(),
            paint == FirstPaint::HoldsPage,
            "{name} holds the page"
        );
        for (attribute, value) in parsed.html_attributes() {
            let expected = matches!(paint, FirstPaint::Attribute(a) if a == attribute).then_some(value);
            assert_eq!(html_attribute(attribute), expected, "{name}: {attribute}");
        }
        assert_eq!(sent_to, None, "{name}: on the page of its language, nobody is sent on");
        if paint == FirstPaint::PicksPage {
            assert_eq!(
                run_early_script("/renda/d/plan").as_deref(),
                Some("/renda/en/d/plan?q=1#p3"),
                "{name} picks the page"
            );
        }
    }
    clear_html_attributes();
    LocalStorage::delete(STORAGE_KEY);
}

/// Makes `navigator.languages` say `tags` for this page, as a browser set to them would.
fn pretend_browser_languages(tags: &[&str]) {
    let languages = js_sys::Array::new();
    for tag in tags {
        languages.push(&(*tag).into());
    }
    pretend_navigator("languages", &languages);
}

/// Makes `navigator[property]` say `value` for this page, until [`forget_pretended`].
fn pretend_navigator(property: &str, value: &wasm_bindgen::JsValue) {
    let navigator = web_sys::window().expect("window").navigator();
    let descriptor = js_sys::Object::new();
    let getter = js_sys::Function::new_with_args("", "return this.value");
    let _ = js_sys::Reflect::set(&getter, &"value".into(), value);
    let _ = js_sys::Reflect::set(&descriptor, &"get".into(), &getter.bind0(&getter));
    let _ = js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into());
    js_sys::Object::define_property(&navigator, &property.into(), &descriptor);
}

fn forget_pretended(property: &str) {
    let navigator = web_sys::window().expect("window").navigator();
    let _ = js_sys::Reflect::delete_property(&navigator, &property.into());
}

#[wasm_bindgen_test]
fn without_a_stored_choice_the_early_script_sends_the_reader_to_the_browser_s_language() {
    LocalStorage::delete(STORAGE_KEY);
    for tags in [&["en-US", "en"][..], &["fr-FR", "en-GB"], &["zh-TW", "en"], &["fr-FR"]] {
        pretend_browser_languages(tags);
        clear_html_attributes();
        let english = Language::preferred_by(tags) == Language::English;
        assert_eq!(Language::of_browser() == Language::English, english, "{tags:?}");
        assert_eq!(Settings::load().language, Language::preferred_by(tags));
        // The script agrees with the app's rule, and keeps the query and the paragraph.
        let (to_english, to_chinese) = (run_early_script("/renda/d/plan"), run_early_script("/renda/en/d/plan"));
        let expected = if english {
            (Some("/renda/en/d/plan?q=1#p3".to_string()), None)
        } else {
            (None, Some("/renda/d/plan?q=1#p3".to_string()))
        };
        assert_eq!((to_english, to_chinese), expected, "{tags:?}");
        assert_eq!(
            run_early_script("/renda/"),
            english.then(|| "/renda/en/?q=1#p3".to_string()),
            "{tags:?}: the overview"
        );
        assert_eq!(run_early_script("/renda/en/"), (!english).then(|| "/renda/?q=1#p3".to_string()), "{tags:?}");
    }
    pretend_browser_languages(&["en-US"]);
    Settings { language: Language::Chinese, ..Settings::default() }.save();
    assert_eq!(
        run_early_script("/renda/en/about"),
        Some("/renda/about?q=1#p3".to_string()),
        "a stored choice wins over the browser"
    );
    assert_eq!(run_early_script("/renda/about"), None);
    assert_eq!(Settings::load().language, Language::Chinese);
    // A crawler sees each page at its own address (each names its twin by hreflang).
    LocalStorage::delete(STORAGE_KEY);
    pretend_navigator("userAgent", &"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)".into());
    assert_eq!(run_early_script("/renda/about"), None, "a crawler is not sent anywhere");
    forget_pretended("userAgent");
    forget_pretended("languages");
    Settings { language: Language::English, ..Settings::default() }.save();
    assert_eq!(run_early_script("/renda/about"), Some("/renda/en/about?q=1#p3".to_string()));
    assert_eq!(run_early_script("/renda/index.html"), Some("/renda/en/index.html?q=1#p3".to_string()));
    assert_eq!(run_early_script("/renda/en"), None);
    assert_eq!(run_early_script("/elsewhere/about"), None, "outside the site's base: left alone");
    assert_eq!(run_early_script_under("/about", None), None, "a page without <base>: left alone");
    Settings { language: Language::Chinese, ..Settings::default() }.save();
    assert_eq!(run_early_script("/renda/en"), Some("/renda/?q=1#p3".to_string()));
    assert_eq!(run_early_script_under("/en/about", Some("https://example.org/")), Some("/about?q=1#p3".to_string()));
    clear_html_attributes();
    LocalStorage::delete(STORAGE_KEY);
}

#[wasm_bindgen_test]
fn following_a_link_to_the_twin_stores_the_choice_before_the_app_runs_and_keeps_the_rest() {
    LocalStorage::set(STORAGE_KEY, serde_json::json!({ "theme": "dark", "future": 1 })).expect("stored");
    run_early_script("/renda/d/plan");
    click_twin_link("en", false);
    let stored: serde_json::Value = LocalStorage::get(STORAGE_KEY).expect("stored");
    assert_eq!(
        (stored["language"].as_str(), stored["theme"].as_str(), stored["future"].as_i64()),
        (Some("en"), Some("dark"), Some(1))
    );
    click_twin_link("zh-Hans", true);
    assert_eq!(Settings::load().language, Language::English, "a link opened elsewhere is not a choice");
    click_twin_link("zh-Hans", false);
    assert_eq!(Settings::load().language, Language::Chinese);
    LocalStorage::set(STORAGE_KEY, "not settings").expect("stored");
    click_twin_link("en", false);
    assert_eq!(Settings::load().language, Language::English, "unreadable settings are replaced by the choice");
    clear_html_attributes();
    LocalStorage::delete(STORAGE_KEY);
}

#[wasm_bindgen_test]
async fn the_app_releases_a_page_held_for_its_settings() {
    let held = Settings { mark_terms: false, ..Settings::default() };
    LocalStorage::raw().set_item(STORAGE_KEY, &miniserde::json::to_string(&held)).expect("stored");
    run_early_script("/renda/");
    assert!(html_attribute(PENDING_ATTRIBUTE).is_some());
    let page = mount_at("/").await;
    assert_eq!(html_attribute(PENDING_ATTRIBUTE), None);
    drop(page);
    LocalStorage::delete(STORAGE_KEY);
}

#[wasm_bindgen_test]
fn the_interface_follows_the_first_of_english_or_chinese_the_browser_prefers() {
    let cases: [(&[&str], Language); 7] = [
        (&["en-US", "en"], Language::English),
        (&["zh-CN", "zh"], Language::Chinese),
        (&["zh-TW", "en-US"], Language::Chinese),
        (&["fr-FR", "en-GB", "zh-CN"], Language::English),
        (&["de-DE", "zh_HK", "en"], Language::Chinese),
        (&["fr-FR"], Language::Chinese),
        (&[], Language::Chinese),
    ];
    for (tags, expected) in cases {
        assert_eq!(Language::preferred_by(tags), expected, "{tags:?}");
    }
    assert_eq!(Language::preferred_by(&["EN"]), Language::English, "tags are case-insensitive");
    assert_eq!(Language::preferred_by(&["eng"]), Language::Chinese, "only the subtag en is English");
}
