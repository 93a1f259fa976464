use crate::aids::{failure_text, use_aids, Kept};
use crate::components::{ChoiceGroup, LanguageChoice};
use crate::i18n::use_strings;
use crate::settings::{FontSize, Script, Spacing, Theme};
use leptos::prelude::*;

/// The reading settings: theme, text size, line spacing, interface language, and the reading
/// aids (script, pinyin, look-up), with an offer to keep all the aids' data for offline use. Each is a group of
/// native radio buttons, so arrow keys move within a group as everywhere else. (The banner draws
/// the panel around them, `#settings`.)
#[component]
pub fn SettingsPanel() -> impl IntoView {
    let strings = use_strings();
    let aids = use_aids();
    let s = move || strings.get();
    view! {
            <ChoiceGroup
                name="theme"
                legend=Signal::derive(move || s().theme)
                choices=vec![
                    (Theme::Light, Signal::derive(move || s().theme_light), None),
                    (Theme::Dark, Signal::derive(move || s().theme_dark), None),
                    (Theme::System, Signal::derive(move || s().theme_system), None),
                ]
                get=|settings| settings.theme
                set=|settings, theme| settings.theme = theme
            />
            <ChoiceGroup
                name="font-size"
                legend=Signal::derive(move || s().font_size)
                choices=vec![
                    (FontSize::Small, Signal::derive(move || s().font_small), None),
                    (FontSize::Medium, Signal::derive(move || s().font_medium), None),
                    (FontSize::Large, Signal::derive(move || s().font_large), None),
                ]
                get=|settings| settings.font_size
                set=|settings, size| settings.font_size = size
            />
            <ChoiceGroup
                name="spacing"
                legend=Signal::derive(move || s().spacing)
                choices=vec![
                    (Spacing::Normal, Signal::derive(move || s().spacing_normal), None),
                    (Spacing::Relaxed, Signal::derive(move || s().spacing_relaxed), None),
                ]
                get=|settings| settings.spacing
                set=|settings, spacing| settings.spacing = spacing
            />
            <LanguageChoice/>
            <ChoiceGroup
                name="script"
                legend=Signal::derive(move || s().script)
                choices=vec![
                    (Script::Simplified, Signal::stored("简体"), Some("zh-Hans")),
                    (Script::Traditional, Signal::stored("繁體"), Some("zh-Hant")),
                ]
                get=|settings| settings.script
                set=|settings, script| settings.script = script
            />
            <ChoiceGroup
                name="pinyin"
                legend=Signal::derive(move || s().pinyin)
                choices=vec![
                    (true, Signal::derive(move || s().show), None),
                    (false, Signal::derive(move || s().hide), None),
                ]
                get=|settings| settings.pinyin
                set=|settings, pinyin| settings.pinyin = pinyin
            />
            <ChoiceGroup
                name="look-up"
                legend=Signal::derive(move || s().look_up)
                choices=vec![
                    (true, Signal::derive(move || s().on), None),
                    (false, Signal::derive(move || s().off), None),
                ]
                get=|settings| settings.look_up
                set=|settings, look_up| settings.look_up = look_up
            />
            {move || aids.failed().map(|failure| view! { <p class="aids-failed" role="alert">{failure_text(s(), failure)}</p> })}
            <p class="keep-aids">
                <button class="icon-button" on:click=move |_| aids.keep_all()>{move || s().keep_aids}</button>
                " "
                <span role="status">
                    {move || match aids.kept() {
                        Kept::None => "",
                        Kept::Loading => s().aids_keeping,
                        Kept::All => s().aids_kept,
                        Kept::Failed => s().aids_not_kept,
                    }}
                </span>
            </p>
            <ChoiceGroup
                name="mark-terms"
                legend=Signal::derive(move || s().mark_terms)
                choices=vec![
                    (true, Signal::derive(move || s().show), None),
                    (false, Signal::derive(move || s().hide), None),
                ]
                get=|settings| settings.mark_terms
                set=|settings, mark| settings.mark_terms = mark
            />
    }
}
