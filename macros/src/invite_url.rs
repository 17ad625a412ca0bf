//! `invite_url!(..)`: parse -> check -> expand to a `&'static str` literal.

use botperms_core::render;
use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::args::{Args, Place};
use crate::diagnostics::{Diagnostics, Loc};
use crate::resolve::{self, Resolved};
use crate::tokens::{self, Token};

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    // Most inputs are clean: read from their text, they cost the compiler one round trip instead of one per
    // group and token. Whatever is to be said about an input is said from the tokens, which carry the spans.
    let text = input.to_string();
    if let Some(tokens) = tokens::lex(&text) {
        let mut diagnostics = Diagnostics::default();
        if let Some(link) = checked_link(&tokens, &mut diagnostics)
            && diagnostics.is_empty()
        {
            return quote! { #link };
        }
    }
    expand_read(input)
}

/// The expansion from the tokens the compiler gives, spans and all.
pub(crate) fn expand_read(input: TokenStream) -> TokenStream {
    let mut diagnostics = Diagnostics::default();
    let tokens = tokens::read(input);
    let link = checked_link(&tokens, &mut diagnostics);
    // Warnings show beside errors, as every other face reports them together.
    let warnings = diagnostics.warnings_to_tokens();
    match link {
        Some(link) if warnings.is_empty() => quote! { #link },
        Some(link) => quote! { { #warnings #link } },
        None => {
            // One placeholder literal keeps the surrounding `const` well typed, so only our errors show.
            let errors = diagnostics.errors_to_tokens();
            quote! { { #warnings #errors "" } }
        }
    }
}

/// The link `tokens` ask for, `None` when something is wrong with them; every problem goes to `diagnostics`.
fn checked_link(tokens: &[Token<'_>], diagnostics: &mut Diagnostics) -> Option<String> {
    let mut literals = Vec::new();
    crate::secrets::find(tokens, &mut literals);
    let mut args = Args::default();
    args.parse_into(tokens, Place::InviteMacro, diagnostics);
    if let Some(secrets) = crate::secrets::only_secrets(&literals, &resolve::levels(&[&args])) {
        *diagnostics = secrets;
        return None;
    }
    let whole = Loc::from(Span::call_site());
    let resolved = Resolved::new(&args, whole, diagnostics);
    resolve::secrets(&literals, &resolved.levels, diagnostics);
    if args.client_id.is_none() && args.key_span("client_id").is_none() {
        diagnostics.error(whole, "`invite_url!` needs `client_id`\n\nhelp: add `client_id = <Application ID>`, from the General Information page of the Developer Portal");
    }
    let parts = resolved.parts();
    let request = resolved.request(&parts, true);
    resolved.check(&request, true, diagnostics);
    (!diagnostics.has_errors()).then(|| render(&request))
}
