use crate::components::{Link, SearchBox, SettingsPanel};
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;

/// The banner: the app's name, and the buttons for contents, settings and shortcuts.
#[component]
pub fn SiteHeader(contents_open: RwSignal<bool>, shortcuts_open: RwSignal<bool>) -> impl IntoView {
    let strings = use_strings();
    let settings_open = RwSignal::new(false);
    view! {
        <header class="site-header">
            <button
                class="icon-button contents-toggle"
                aria-controls="contents"
                aria-expanded=move || contents_open.get().to_string()
                on:click=move |_| contents_open.update(|open| *open = !*open)
            >
                <span aria-hidden="true">"☰ "</span>
                {move || strings.get().contents}
            </button>
            <Link to=Route::Overview attr:class="brand">{move || strings.get().app_name}</Link>
            <SearchBox/>
            <div class="header-actions">
                <button
                    class="icon-button"
                    aria-controls="settings"
                    aria-expanded=move || settings_open.get().to_string()
                    on:click=move |_| settings_open.update(|open| *open = !*open)
                >
                    {move || strings.get().settings_button}
                </button>
                <button
                    class="icon-button"
                    aria-label=move || strings.get().shortcuts
                    aria-haspopup="dialog"
                    on:click=move |_| shortcuts_open.set(true)
                >
                    "?"
                </button>
            </div>
            <Show when=move || settings_open.get()>
                <SettingsPanel/>
            </Show>
        </header>
    }
}
