//! One module per route.

mod about;
mod document;
mod not_found;
mod overview;
mod people;
mod search;
mod term;
mod terms;

pub use about::About;
pub use document::DocumentPage;
pub use not_found::NotFound;
pub use overview::Overview;
pub use people::PeoplePage;
pub use search::SearchPage;
pub use term::TermPage;
pub use terms::TermsPage;
