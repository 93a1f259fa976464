use crate::settings::{use_settings, Settings};
use leptos::prelude::*;

/// One reading setting as a group of native radio buttons bound to a field of [`Settings`]; a
/// choice may carry its own `lang` (a language's name is written in that language).
#[component]
pub fn ChoiceGroup<T>(
    name: &'static str,
    legend: Signal<&'static str>,
    choices: Vec<(T, Signal<&'static str>, Option<&'static str>)>,
    get: fn(&Settings) -> T,
    set: fn(&mut Settings, T),
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let settings = use_settings();
    view! {
        <fieldset class="choice-group">
            <legend>{legend}</legend>
            {choices
                .into_iter()
                .map(|(value, label, lang)| {
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name=name
                                prop:checked=move || get(&settings.get()) == value
                                on:change=move |_| settings.update(|s| set(s, value))
                            />
                            <span lang=lang>{label}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
