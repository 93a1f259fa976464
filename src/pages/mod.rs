//! One module per route.

mod about;
mod document;
mod not_found;
mod overview;

pub use about::About;
pub use document::DocumentPage;
pub use not_found::NotFound;
pub use overview::Overview;
