use crate::aids::use_chinese_tag;
use crate::components::{Comparison, UnitText};
use crate::i18n::{use_strings, Strings};
use leptos::prelude::*;
use renda_model::Change;

/// What a run is named for screen readers, in the interface's language.
type Label = fn(&Strings) -> &'static str;

/// A repeated copy set against the paragraph kept in its place, character by character: how much
/// each has (which says how each is marked), then the two as one text, with what only the copy
/// has underlined and what only the kept paragraph has underlined with dots on another tint (not
/// struck through: nothing was deleted), and named for screen readers in the interface's
/// language, which the label inherits from the page while each run of text says it is Chinese.
/// Each run is drawn as the texts are, in the reader's script and aids.
#[component]
pub fn RepeatDiff(comparison: Comparison) -> impl IntoView {
    let strings = use_strings();
    let lang = use_chinese_tag();
    let Comparison { copy, kept, runs } = comparison;
    // The kept paragraph is on the page too, and compared with each of its copies.
    let context = format!("repeat-{}-", copy.0.unit);
    let characters = |change: Change| {
        runs.iter()
            .filter(|(c, _)| *c == change)
            .map(|(change, range)| change.side(copy.1, kept.1).get(range.clone()).map_or(0, |run| run.chars().count()))
            .sum::<usize>()
    };
    let (shared, added, removed) = (characters(Change::Shared), characters(Change::Added), characters(Change::Removed));
    let runs = runs
        .into_iter()
        .map(|(change, part)| {
            let (class, label): (&str, Option<Label>) = match change {
                Change::Shared => ("shared", None),
                Change::Added => ("added", Some(|s| s.added_text)),
                Change::Removed => ("removed", Some(|s| s.removed_text)),
            };
            let (id, text) = change.side(copy, kept);
            view! {
                <span class=class>
                    {label.map(|label| view! { <span class="visually-hidden">{move || label(strings.get())}</span> })}
                    <span lang=lang><UnitText id text part context=context.clone()/></span>
                </span>
            }
        })
        .collect_view();
    view! {
        <p class="repeat-summary">{move || (strings.get().repeat_summary)(shared, added, removed)}</p>
        <p class="repeat-diff">{runs}</p>
    }
}
