//! The three macro expansions on arbitrary token streams: `permissions!`, `invite_url!` and
//! `#[derive(BotPermissions)]` must turn any input into tokens (code or compile errors), never panic;
//! `invite_url!` and `permissions!` must expand alike from the input's text and from its tokens.
//!
//! `botperms-macros` is a `proc-macro = true` crate, which can export nothing but its macros, so its
//! modules are compiled into this target instead. They name each other as `crate::args`,
//! `crate::diagnostics`, ..., which resolve here because they are declared at this crate's root, as in
//! the macro crate's `lib.rs`. Left out: `lib.rs` itself, which holds only the `proc_macro` entry points,
//! and `tests.rs`, the crate's unit tests.
#![no_main]
// Only `expand` of three modules is called here: an item that the macro crate reaches from its `lib.rs`
// alone would be dead code in this crate, and that warning says nothing about the fuzz target.
#![allow(dead_code)]

#[path = "../../macros/src/args.rs"]
mod args;
#[path = "../../macros/src/derive.rs"]
mod derive;
#[path = "../../macros/src/diagnostics.rs"]
mod diagnostics;
#[path = "../../macros/src/invite_url.rs"]
mod invite_url;
#[path = "../../macros/src/permissions_macro.rs"]
mod permissions_macro;
#[path = "../../macros/src/resolve.rs"]
mod resolve;
#[path = "../../macros/src/secrets.rs"]
mod secrets;
#[path = "../../macros/src/tokens.rs"]
mod tokens;

use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;

fuzz_target!(|text: &str| {
    // Only what the compiler could hand a macro: text that lexes.
    let Ok(input) = text.parse::<TokenStream>() else { return };
    for expand in [permissions_macro::expand, invite_url::expand, derive::expand] {
        let output = expand(input.clone());
        // The compiler re-reads what a macro returns: it must print as tokens that lex again.
        let printed = output.to_string();
        assert!(printed.parse::<TokenStream>().is_ok(), "the expansion of {text:?} does not lex: {printed}");
    }
    // A clean input is read from its text: that reading must expand as the tokens do.
    for (expand, expand_read) in [
        (invite_url::expand as fn(TokenStream) -> TokenStream, invite_url::expand_read as fn(TokenStream) -> TokenStream),
        (permissions_macro::expand, permissions_macro::expand_read),
    ] {
        let from_tokens = expand_read(input.clone()).to_string();
        assert_eq!(expand(input.clone()).to_string(), from_tokens, "{text:?} expands otherwise from its text");
    }
});
