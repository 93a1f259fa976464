use crate::components::{settings_panel, LanguageSwitch, Link, OnDemand, SearchBox, ToggleButton};
use crate::i18n::use_strings;
use crate::route::Route;
use leptos::prelude::*;

/// The banner: the app's name, the search box, the interface language switch, and the buttons
/// for contents, settings and shortcuts. The settings close on Escape (the reader's shortcuts)
/// and when the reader goes to another page, so that they never stay over the text.
#[component]
pub fn SiteHeader(
    contents_open: RwSignal<bool>,
    shortcuts_open: RwSignal<bool>,
    settings_open: RwSignal<bool>,
) -> impl IntoView {
    let strings = use_strings();
    crate::navigation::on_navigation(move || settings_open.set(false));
    view! {
        <header class="site-header">
            <ToggleButton open=contents_open class="icon-button contents-toggle" attr:aria-controls="contents">
                <span aria-hidden="true">"☰ "</span>
                {move || strings.get().contents}
            </ToggleButton>
            <Link to=Route::Overview attr:class="brand">{move || strings.get().app_name}</Link>
            <SearchBox/>
            <div class="header-actions">
                <LanguageSwitch/>
                <ToggleButton open=settings_open class="icon-button" attr:aria-controls="settings">
                    {move || strings.get().settings_button}
                </ToggleButton>
                <button
                    class="icon-button"
                    aria-label=move || strings.get().shortcuts
                    aria-haspopup="dialog"
                    on:click=move |_| shortcuts_open.set(true)
                >
                    "?"
                </button>
            </div>
            // The panel's frame is here, not in its part: the button it opens controls it, and
            // focus and the banner's layout follow it, from the click on.
            <Show when=move || settings_open.get()>
                <section id="settings" class="settings-panel" aria-label=move || strings.get().settings>
                    <OnDemand piece=settings_panel/>
                </section>
            </Show>
        </header>
    }
}
