use crate::i18n::{use_strings, Strings};
use leptos::prelude::*;
use renda_model::Change;

/// A repeated copy set against the paragraph kept in its place, character by character: how much
/// each has (which says how each is marked), then the two as one text, with what only the copy has underlined and what only the
/// kept paragraph has underlined with dots on another tint (not struck through: nothing was
/// deleted) (and named for screen readers in the interface's language,
/// which the label inherits from the page while each run of text says it is Chinese).
#[component]
pub fn RepeatDiff(runs: Vec<(Change, &'static str)>) -> impl IntoView {
    let strings = use_strings();
    let characters =
        |change: Change| runs.iter().filter(|(c, _)| *c == change).map(|(_, run)| run.chars().count()).sum::<usize>();
    let (shared, added, removed) = (characters(Change::Shared), characters(Change::Added), characters(Change::Removed));
    let runs = runs
        .into_iter()
        .map(|(change, run)| {
            let (class, label): (&str, Option<fn(&Strings) -> &'static str>) = match change {
                Change::Shared => ("shared", None),
                Change::Added => ("added", Some(|s| s.added_text)),
                Change::Removed => ("removed", Some(|s| s.removed_text)),
            };
            view! {
                <span class=class>
                    {label.map(|label| view! { <span class="visually-hidden">{move || label(strings.get())}</span> })}
                    <span lang="zh-Hans">{run}</span>
                </span>
            }
        })
        .collect_view();
    view! {
        <p class="repeat-summary">{move || (strings.get().repeat_summary)(shared, added, removed)}</p>
        <p class="repeat-diff">{runs}</p>
    }
}
