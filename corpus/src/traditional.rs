//! The Traditional characters a search query may use, for the corpus's table: the app converts
//! a query character by character and only a conversion that lands on a character of the texts
//! can ever match, so the table keeps just those (a few hundred, where the converter's own table
//! holds thousands and would weigh on every first visit).

use renda_study::search::fold;
use std::collections::{BTreeMap, BTreeSet};

/// The CJK ideograph blocks: Unified, Extension A, Compatibility, and Extensions B onwards.
const IDEOGRAPHS: [std::ops::RangeInclusive<u32>; 4] =
    [0x3400..=0x4DBF, 0x4E00..=0x9FFF, 0xF900..=0xFAFF, 0x20000..=0x3134F];

/// Every ideograph the texts lack whose Simplified form (fast2s, then folded) is one character the
/// texts have, with that character.
pub fn traditional_table(texts: &BTreeSet<char>) -> BTreeMap<char, char> {
    IDEOGRAPHS
        .into_iter()
        .flatten()
        .filter_map(char::from_u32)
        .filter(|c| !texts.contains(c))
        .filter_map(|traditional| {
            let simplified = fold(&fast2s::convert(traditional.encode_utf8(&mut [0; 4])));
            let mut chars = simplified.chars();
            match (chars.next(), chars.next()) {
                (Some(single), None) if single != traditional && texts.contains(&single) => Some((traditional, single)),
                _ => None,
            }
        })
        .collect()
}
