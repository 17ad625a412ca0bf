//! `invite_url!(..)`: parse -> check -> expand to a `&'static str` literal.

use botperms_core::render;
use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::args::{Args, Place};
use crate::diagnostics::{Diagnostics, Loc};
use crate::resolve::{self, Resolved};

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let mut diagnostics = Diagnostics::default();
    let tokens = crate::tokens::read(input);
    let mut literals = Vec::new();
    crate::secrets::find(&tokens, &mut literals);
    let mut args = Args::default();
    args.parse_into(&tokens, Place::InviteMacro, &mut diagnostics);
    if let Some(secrets) = crate::secrets::only_secrets(&literals, &resolve::levels(&[&args])) {
        let errors = secrets.errors_to_tokens();
        return quote! { { #errors "" } };
    }
    let whole = Loc::from(Span::call_site());
    let resolved = Resolved::new(&args, whole, &mut diagnostics);
    resolve::secrets(&literals, &resolved.levels, &mut diagnostics);
    if args.client_id.is_none() && args.key_span("client_id").is_none() {
        diagnostics.error(whole, "`invite_url!` needs `client_id`\n\nhelp: add `client_id = <Application ID>`, from the General Information page of the Developer Portal");
    }
    let parts = resolved.parts();
    let request = resolved.request(&parts, true);
    resolved.check(&request, true, &mut diagnostics);
    // Warnings show beside errors, as every other face reports them together.
    let warnings = diagnostics.warnings_to_tokens();
    if diagnostics.has_errors() {
        // One placeholder literal keeps the surrounding `const` well typed, so only our errors show.
        let errors = diagnostics.errors_to_tokens();
        return quote! { { #warnings #errors "" } };
    }
    let link = render(&request);
    if warnings.is_empty() {
        quote! { #link }
    } else {
        quote! { { #warnings #link } }
    }
}
