//! Procedural macros of [botperms](https://docs.rs/botperms). Use them through the `botperms`
//! crate, which documents them in full; the generated code names only `::botperms::__private`.
//!
//! Each entry point is parse -> check (with `botperms-core`'s rule engine) -> expand, on
//! `proc_macro2` tokens so that the phases are testable without a compiler.

mod args;
mod derive;
mod diagnostics;
mod invite_url;
#[cfg(test)]
mod parity_tests;
mod permissions_macro;
mod resolve;
mod secrets;
#[cfg(test)]
mod tests;
mod tokens;

use proc_macro::TokenStream;

/// A `Permissions` constant from flag names, each checked at build time. See `botperms::permissions!`.
#[proc_macro]
pub fn permissions(input: TokenStream) -> TokenStream {
    permissions_macro::expand(input.into()).into()
}

/// A `&'static str` invite link, checked at build time. See `botperms::invite_url!`.
#[proc_macro]
pub fn invite_url(input: TokenStream) -> TokenStream {
    invite_url::expand(input.into()).into()
}

/// Implements `BotPermissions` from `#[bot(..)]` attributes. See `botperms::BotPermissions`.
#[proc_macro_derive(BotPermissions, attributes(bot))]
pub fn derive_bot_permissions(input: TokenStream) -> TokenStream {
    derive::expand(input.into()).into()
}
