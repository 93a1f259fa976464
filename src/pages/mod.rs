//! One module per route.

mod not_found;
mod overview;

pub use not_found::NotFound;
pub use overview::Overview;
