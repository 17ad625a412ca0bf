//! Secret detection on every token of a macro's input, not only on string literals: a token pasted as a
//! bare identifier (`scopes = [MTk4...]`), a dotted name (`MTk4.Gx.sig` is three identifiers and two dots to
//! the tokenizer), a byte or C string, a number with a suffix, inside `permissions!(..)`, in a key or a list
//! item of any attribute.

use botperms_core::Levels;
use botperms_core::secrets::{detect_secret, detect_secret_in_link, detect_secret_in_state};
use proc_macro2::{Span, TokenTree};

use crate::args::Spanned;
use crate::diagnostics::{Diagnostics, Loc};
use crate::tokens::{Kind, Token};

/// Every text in `tokens` a secret could hide in, with where it was written: the value of each string-like
/// literal (`".."`, `r#".."#`, `b".."`, `c".."`), and each run of identifiers, other literals, dots and dashes
/// written next to each other, joined as the source spells them. Only the texts that hold a secret are kept.
/// The literal of `state = ".."` is meant to be random, so a client secret's shape alone does not count there.
pub(crate) fn find(tokens: &[Token<'_>], found: &mut Vec<Spanned<String>>) {
    let mut run = Run::default();
    // How much of `state =` the tokens just read: 1 after `state`, 2 after `state =`.
    let mut state_key = 0_u8;
    for token in tokens {
        match token.kind {
            Kind::Group(_) => {
                state_key = 0;
                run.flush(found);
                find(&token.inner, found);
            }
            Kind::Ident => {
                let name = &token.text;
                state_key = u8::from(name == "state");
                run.push_piece(name.strip_prefix("r#").unwrap_or(name), token.span(), found);
            }
            Kind::Punct(ch, _) => {
                state_key = if state_key == 1 && ch == '=' { 2 } else { 0 };
                match ch {
                    '.' => run.push(".", token.span()),
                    '-' => run.push("-", token.span()),
                    _ => run.flush(found),
                }
            }
            Kind::Literal => {
                let in_state = state_key == 2;
                state_key = 0;
                match string_value(token) {
                    Some(value) if in_state => {
                        run.flush(found);
                        if detect_secret_in_state(&value).is_some() {
                            found.push(Spanned { value, span: token.span().into() });
                        }
                    }
                    Some(value) => {
                        run.flush(found);
                        keep_if_secret(value, token.span().into(), found);
                    }
                    // `7abc` (a number with a suffix), `1.5`: part of a run, as written.
                    None => run.push_piece(&token.text, token.span(), found),
                }
            }
        }
    }
    run.flush(found);
}

/// When `found` holds a secret that is an error at `levels`, the errors to report in place of every other:
/// the other messages would be about the pieces of the secret (`unknown permission` for each identifier of
/// a token), each quoting a bit of it.
pub(crate) fn only_secrets(found: &[Spanned<String>], levels: &Levels) -> Option<Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    crate::resolve::secrets(found, levels, &mut diagnostics);
    diagnostics.has_errors().then_some(diagnostics)
}

/// The text of a string-like literal, bytes read as UTF-8 with replacement.
fn string_value(token: &Token<'_>) -> Option<String> {
    if let Some(value) = token.plain_string() {
        return Some(value.to_owned());
    }
    let (text, Some(TokenTree::Literal(literal))) = (&token.text, &token.tree) else { return None };
    // Only these start a string-like literal (`"..."`, `r"..."`, `b"..."`, `br"..."`, `c"..."`, `cr"..."`);
    // anything else, the ids above all, is spared syn's literal parser, which multiplies a big integer
    // once per digit.
    if !matches!(text.as_bytes().first(), Some(b'"' | b'r' | b'b' | b'c')) {
        return None;
    }
    match syn::Lit::new(literal.clone()) {
        syn::Lit::Str(text) => Some(text.value()),
        syn::Lit::ByteStr(bytes) => Some(String::from_utf8_lossy(&bytes.value()).into_owned()),
        syn::Lit::CStr(text) => Some(text.value().to_string_lossy().into_owned()),
        _ => None,
    }
}

/// Keeps `text` when it holds a secret, looked for as in a link (every part between delimiters, decoded
/// forms too), which also finds what [`detect_secret`] finds: a string may be a URL or a sentence.
fn keep_if_secret(text: String, at: Loc, found: &mut Vec<Spanned<String>>) {
    if detect_secret_in_link(&text).is_some() {
        found.push(Spanned { value: text, span: at });
    }
}

/// Tokens written next to each other that may spell one secret.
#[derive(Default)]
struct Run<'a> {
    /// The first piece; most runs are one identifier, which is then never copied.
    first: &'a str,
    /// Every piece joined, once there are two.
    joined: String,
    pieces: usize,
    spans: Option<(Span, Span)>,
    /// Whether a piece of the run was a secret on its own (`applications.<secret>`), said once.
    reported: bool,
}

impl<'a> Run<'a> {
    /// An identifier or literal: a secret on its own, or a piece of one.
    fn push_piece(&mut self, text: &'a str, span: Span, found: &mut Vec<Spanned<String>>) {
        if detect_secret(text).is_some() {
            found.push(Spanned { value: text.to_owned(), span: span.into() });
            self.reported = true;
        }
        self.push(text, span);
    }

    fn push(&mut self, text: &'a str, span: Span) {
        match self.pieces {
            0 => self.first = text,
            1 => {
                // The buffer is kept from run to run.
                self.joined.clear();
                self.joined.push_str(self.first);
                self.joined.push_str(text);
            }
            _ => self.joined.push_str(text),
        }
        self.pieces += 1;
        self.spans = Some(self.spans.map_or((span, span), |(first, _)| (first, span)));
    }

    fn flush(&mut self, found: &mut Vec<Spanned<String>>) {
        let text = if self.pieces > 1 { self.joined.as_str() } else { self.first };
        self.pieces = 0;
        if let Some((first, last)) = self.spans.take()
            && !core::mem::take(&mut self.reported)
            && detect_secret_in_link(text).is_some()
        {
            found.push(Spanned { value: text.to_owned(), span: Loc(first, last) });
        }
    }
}

#[cfg(test)]
mod tests;
