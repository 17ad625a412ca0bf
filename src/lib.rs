//! botperms: compile-time checked Discord bot invites.
pub use botperms_core::*;
pub use botperms_macros::*;
