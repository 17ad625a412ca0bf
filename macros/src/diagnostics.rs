//! Errors and warnings of one macro input, accumulated so a build reports all of them at once.

use botperms_core::render::{self, Untrusted};
use botperms_core::{Finding, Level, Rule};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote_spanned};

/// Where a problem is: the first and last token of it. A range, because a `Span` cannot be
/// joined on stable Rust; syn renders an error over both ends.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Loc(pub(crate) Span, pub(crate) Span);

impl From<Span> for Loc {
    fn from(span: Span) -> Loc {
        Loc(span, span)
    }
}

impl Loc {
    pub(crate) fn start(self) -> Span {
        self.0
    }

    /// Two tokens carrying the two ends, for `syn::Error::new_spanned`.
    fn tokens(self) -> TokenStream {
        let start = proc_macro2::Ident::new("start", self.0);
        let end = proc_macro2::Ident::new("end", self.1);
        quote::quote!(#start #end)
    }
}

#[derive(Default)]
pub(crate) struct Diagnostics {
    errors: Option<syn::Error>,
    warnings: Vec<(Span, String, Rule)>,
}

impl Diagnostics {
    /// Every message goes through the renderer: it may quote the input, which may hold a secret or control
    /// chars (rustc's own snippet of the source line is beyond a macro's reach).
    pub(crate) fn error(&mut self, at: Loc, message: impl std::fmt::Display) {
        let message = render::clean_message(&message.to_string()).into_owned();
        self.push(syn::Error::new_spanned(at.tokens(), message));
    }

    pub(crate) fn push(&mut self, error: syn::Error) {
        match &mut self.errors {
            Some(errors) => errors.combine(error),
            None => self.errors = Some(error),
        }
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.errors.is_some()
    }

    /// Whether nothing at all is to be said, not even a warning.
    pub(crate) fn is_empty(&self) -> bool {
        self.errors.is_none() && self.warnings.is_empty()
    }

    /// Reports a finding of the rule engine at `span`; a duplicate also points at its first listing.
    pub(crate) fn finding(&mut self, finding: &Finding, at: Loc, related: Option<Loc>) {
        match finding.level {
            // A note is for the linter; a build has nothing to show it with.
            Level::Allow | Level::Note => {}
            Level::Warn => {
                let message = format!("{} (help: {})", Untrusted(&finding.message), Untrusted(&finding.help));
                self.warnings.push((at.start(), message, finding.rule));
            }
            Level::Deny => {
                let rule = finding.rule;
                let default = rule.default_level();
                // Only the input's own `deny(..)` makes a rule that is not denied by default an error.
                let note = if default != Level::Deny {
                    format!("\nnote: `{rule}` is `{default}` by default and denied by `deny({rule})` in this input")
                } else if rule.info().overridable {
                    format!("\nnote: `{rule}` is denied by default; write `allow({rule})` in this input to accept it")
                } else {
                    format!("\nnote: `{rule}` is denied by default")
                };
                let message = format!("{}\n\nhelp: {}{note}", finding.message, finding.help);
                self.error(at, message);
                if let (Some(related), Rule::Duplicate) = (related, finding.rule) {
                    self.error(related, "first listed here");
                }
            }
        }
    }

    pub(crate) fn errors_to_tokens(&self) -> TokenStream {
        self.errors.as_ref().map(syn::Error::to_compile_error).unwrap_or_default()
    }

    /// Warnings on stable Rust: each is the use of a deprecated item, at the offending token,
    /// whose deprecation note is the finding. Emitted as statements of a block.
    pub(crate) fn warnings_to_tokens(&self) -> TokenStream {
        self.warnings
            .iter()
            .map(|(span, message, rule)| {
                let name = format_ident!("{}", rule.name(), span = *span);
                let note = format!("botperms warn[{rule}]: {message}; silence it with `allow({rule})`");
                quote_spanned! {*span=>
                    #[deprecated(note = #note)]
                    #[allow(non_camel_case_types)]
                    struct #name;
                    let _ = #name;
                }
            })
            .collect()
    }
}
