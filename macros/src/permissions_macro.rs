//! `permissions!(A | B | ..)`: a `Permissions` constant expression, every name checked.

use botperms_core::Permissions;
use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::diagnostics::{Diagnostics, Loc};
use crate::tokens::Kind;

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let mut diagnostics = Diagnostics::default();
    let mut flags: Vec<(Permissions, Span)> = Vec::new();
    let tokens = crate::tokens::read(input);
    if tokens.is_empty() {
        diagnostics.error(
            Loc::from(Span::call_site()),
            "`permissions!` needs at least one flag\n\nhelp: write `permissions!(VIEW_CHANNEL | SEND_MESSAGES)`, or `Permissions::empty()` for none",
        );
    }
    let levels = botperms_core::Levels::DEFAULT;
    let mut secrets = Vec::new();
    crate::secrets::find(&tokens, &mut secrets);
    if let Some(secrets) = crate::secrets::only_secrets(&secrets, &levels) {
        let errors = secrets.errors_to_tokens();
        return quote! { { #errors ::botperms::__private::Permissions::empty() } };
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
                let found = crate::tokens::stream(core::slice::from_ref(token));
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
    if diagnostics.has_errors() {
        let errors = diagnostics.errors_to_tokens();
        return quote! { { #errors ::botperms::__private::Permissions::empty() } };
    }
    // One literal: a chain of `.union(Permissions::FLAG)` calls would keep each name's span for
    // hover, but rustc type-checks and evaluates it call by call, the larger part of the macro's
    // compile-time cost (BENCHMARKS.md).
    let bits = flags.iter().fold(Permissions::empty(), |all, (flag, _)| all | *flag).bits();
    quote! { ::botperms::__private::Permissions::from_bits_retain(#bits) }
}
