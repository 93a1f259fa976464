//! The browser's first render of a prerendered page hydrates it: it must render exactly what the
//! prerender rendered, and the prerender knew neither the address's query and hash nor the
//! reader's stored settings. What depends on those reads [`use_hydrated`] and follows them as
//! soon as the first render is over.

use leptos::prelude::*;

#[derive(Clone, Copy)]
struct Hydrated(ReadSignal<bool>);

/// Provides the flag. It is false only while the first render hydrates a page: a fresh mount
/// (development, a page the prerender did not render, the browser tests) or a server render has
/// no prerendered markup to match.
pub fn provide_hydrated() {
    let hydrating = Owner::current_shared_context().is_some_and(|context| context.during_hydration());
    let (hydrated, set_hydrated) = signal(!hydrating);
    if hydrating {
        // Effects first run in the task after the (synchronous) hydration.
        Effect::new(move |_| set_hydrated.set(true));
    }
    provide_context(Hydrated(hydrated));
}

/// Whether what the prerender could not know may be rendered. Components mounted alone, without
/// the reader around them, are never hydrating.
pub fn use_hydrated() -> Signal<bool> {
    use_context::<Hydrated>().map_or_else(|| Signal::stored(true), |Hydrated(hydrated)| hydrated.into())
}
