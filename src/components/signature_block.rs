use leptos::prelude::*;
use renda_corpus::Signature;

/// A notice's signature: issuer lines and date, right-aligned under the body.
#[component]
pub fn SignatureBlock(signature: &'static Signature) -> impl IntoView {
    view! {
        <div class="signature" lang="zh-Hans">
            {signature.issuer.iter().map(|line| view! { <p>{line.text.clone()}</p> }).collect_view()}
            <p>{signature.date.text.clone()}</p>
        </div>
    }
}
