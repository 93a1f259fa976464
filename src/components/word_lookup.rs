use crate::aids::{entries, use_aids, PINYIN};
use crate::components::PopoverButton;
use crate::i18n::use_strings;
use crate::settings::use_language;
use leptos::prelude::*;

/// A word of the text in look-up mode, which opens its CC-CEDICT entries (pinyin and English
/// senses; for a word the dictionary lacks, its characters'), as a formulation opens its gloss
/// (see [`PopoverButton`]); one popover at a time, glosses included.
#[component]
pub fn WordLookup(
    /// The word as the texts have it: the dictionary's key.
    word: &'static str,
    /// The word as the reader's script shows it.
    shown: String,
    /// Its reading in this text: the entries that read so come first.
    reading: String,
    /// Whether its pinyin shows above it.
    ruby: bool,
    /// Names this occurrence on the page (the text's name and the word's offset; see `UnitText`).
    occurrence: String,
    /// Whether it is a tab stop of its own (see [`PopoverButton`]).
    #[prop(optional)]
    tab_stop: bool,
    /// The `lang` of the Chinese (the script's).
    lang: &'static str,
) -> impl IntoView {
    let strings = use_strings();
    let language = use_language();
    let dictionary = use_aids().dictionary;
    let label = shown.clone();
    let face = if ruby {
        view! { <ruby>{shown.clone()}<rt lang=PINYIN>{reading.clone()}</rt></ruby> }.into_any()
    } else {
        shown.clone().into_any()
    };
    // Readings are compared without their spacing and syllable-dividing apostrophes (dá'àn).
    let compact = |pinyin: &str| pinyin.replace([' ', '\''], "");
    let read = StoredValue::new(compact(&reading));
    let found = move || {
        let Some(dictionary) = dictionary.get().ready() else { return ().into_any() };
        let mut found = entries(dictionary, word);
        // The sense the text uses is likelier under its reading; variant forms are least likely.
        found.sort_by_key(|(_, entry)| {
            let variant = entry.senses.first().is_some_and(|sense| sense.contains("variant of"));
            (read.with_value(|read| compact(&entry.pinyin) != *read), variant)
        });
        let own = dictionary.entries.contains_key(word);
        let note = (!own).then(|| view! { <span class="lookup-note">{move || strings.get().lookup_characters}</span> });
        view! {
            {note}
            {found
                .into_iter()
                .map(|(headword, entry)| {
                    view! {
                        <span class="lookup-entry">
                            {(entry.traditional != headword).then(|| view! { <span class="lookup-head" lang="zh-Hant">{entry.traditional.clone()}</span> " " })}
                            <span class="lookup-head" lang="zh-Hans">{headword}</span>
                            " " <span class="lookup-pinyin" lang=PINYIN>{entry.pinyin.clone()}</span>
                            " " <span class="lookup-senses" lang="en">{entry.senses.join("; ")}</span>
                        </span>
                    }
                })
                .collect_view()}
            <span class="lookup-source">"CC-CEDICT · CC BY-SA 4.0"</span>
        }
        .into_any()
    };
    view! {
        <PopoverButton
            id=format!("word-{occurrence}")
            class="term word"
            label
            button_lang=lang
            popover_lang=Signal::derive(move || language.get().tag())
            tab_stop
            content=found
        >
            {face}
        </PopoverButton>
    }
}
