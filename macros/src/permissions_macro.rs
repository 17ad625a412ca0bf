//! `permissions!(A | B | ..)`: a `Permissions` constant expression, every name checked.

use botperms_core::Permissions;
use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::diagnostics::{Diagnostics, Loc};
use crate::tokens::{self, Kind, Token};

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    // As `invite_url!` reads its input: from the text when it is clean, from the tokens to say anything.
    if let Some(tokens) = tokens::lex(&input.to_string()) {
        let mut diagnostics = Diagnostics::default();
        if let Some(flags) = checked_flags(&tokens, &mut diagnostics)
            && diagnostics.is_empty()
        {
            return constant(flags);
        }
    }
    expand_read(input)
}

/// The expansion from the tokens the compiler gives, spans and all.
pub(crate) fn expand_read(input: TokenStream) -> TokenStream {
    let mut diagnostics = Diagnostics::default();
    let flags = checked_flags(&tokens::read(input), &mut diagnostics);
    // Names are checked at the default levels, where every finding about one is an error.
    match flags {
        Some(flags) if !diagnostics.has_errors() => constant(flags),
        _ => {
            let errors = diagnostics.errors_to_tokens();
            quote! { { #errors ::botperms::__private::Permissions::empty() } }
        }
    }
}

/// One literal: a chain of `.union(Permissions::FLAG)` calls would keep each name's span for hover, but
/// rustc type-checks and evaluates it call by call, the larger part of the macro's compile-time cost
/// (BENCHMARKS.md).
fn constant(flags: Permissions) -> TokenStream {
    let bits = flags.bits();
    quote! { ::botperms::__private::Permissions::from_bits_retain(#bits) }
}

/// The flags `tokens` name, `None` after a secret; every problem goes to `diagnostics`.
fn checked_flags(tokens: &[Token<'_>], diagnostics: &mut Diagnostics) -> Option<Permissions> {
    let mut flags: Vec<(Permissions, Span)> = Vec::new();
    if tokens.is_empty() {
        diagnostics.error(
            Loc::from(Span::call_site()),
            "`permissions!` needs at least one flag\n\nhelp: write `permissions!(VIEW_CHANNEL | SEND_MESSAGES)`, or `Permissions::empty()` for none",
        );
    }
    let levels = botperms_core::Levels::DEFAULT;
    let mut secrets = Vec::new();
    crate::secrets::find(tokens, &mut secrets);
    if let Some(secrets) = crate::secrets::only_secrets(&secrets, &levels) {
        *diagnostics = secrets;
        return None;
    }
    for (index, token) in tokens.iter().enumerate() {
        let expect_name = index % 2 == 0;
        match token.kind {
            Kind::Ident if expect_name => {
                let name = &token.text;
                let (flag, finding) = botperms_core::rules::check_permission_name(name, &levels);
                if let Some(finding) = finding {
                    diagnostics.finding(&finding, token.span().into(), None);
                }
                let Some(flag) = flag else { continue };
                if let Some((_, first)) = flags.iter().find(|(earlier, _)| *earlier == flag) {
                    diagnostics.error(
                        token.span().into(),
                        format!("permission `{name}` is listed twice\n\nhelp: remove this one"),
                    );
                    diagnostics.error((*first).into(), "first listed here");
                    continue;
                }
                flags.push((flag, token.span()));
            }
            Kind::Punct('|', _) if !expect_name => {}
            _ => {
                let found = tokens::stream(core::slice::from_ref(token));
                let message = if expect_name {
                    format!("expected a permission name such as `SEND_MESSAGES`, found `{found}`")
                } else {
                    format!("expected `|` between permissions, found `{found}`")
                };
                diagnostics.error(token.span().into(), message);
            }
        }
    }
    if let Some(last) = tokens.last().filter(|_| tokens.len().is_multiple_of(2)) {
        diagnostics.error(last.span().into(), "expected a permission name after this `|`");
    }
    Some(flags.iter().fold(Permissions::empty(), |all, (flag, _)| all | *flag))
}
