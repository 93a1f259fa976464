use crate::components::{HitText, TextHits};
use leptos::prelude::*;
use renda_model::Signature;

/// A notice's signature: issuer lines and date, right-aligned under the body; `hits` are the
/// highlighted query's hits in the issuer lines.
#[component]
pub fn SignatureBlock(signature: &'static Signature, #[prop(optional)] hits: Vec<TextHits>) -> impl IntoView {
    let mut hits = hits.into_iter();
    view! {
        <div class="signature" lang="zh-Hans">
            {signature
                .issuer
                .iter()
                .map(|line| view! { <p><HitText text=line.text.as_str() hits=hits.next().unwrap_or_default()/></p> })
                .collect_view()}
            <p>{signature.date.text.clone()}</p>
        </div>
    }
}
