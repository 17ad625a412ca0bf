//! A macro's input read once, before any phase looks at it.
//!
//! Inside the compiler every look at a token stream is a round trip to it: iterating a stream, opening
//! a group, asking an identifier or a literal for its text. The secret scan and the argument parser
//! both need every token and its text, so the tokens are read here once, each group's contents and
//! each text with them, and both phases walk the result. (Read twice, the walks were the larger part
//! of an `invite_url!`'s own time; BENCHMARKS.md.)
//!
//! [`lex`] reads the same tokens from the input's text instead, which the compiler prints in one round
//! trip, and borrows every text from it: cheaper than a round trip per group and a copy per text, but
//! without spans. Its tokens serve an input that turns out clean; whatever is to be said about an
//! input is said from [`read`]'s tokens, which carry the spans.

use std::borrow::Cow;

use proc_macro2::{Delimiter, Spacing, Span, TokenStream, TokenTree};

/// What a token is, as far as the phases ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Ident,
    Literal,
    Punct(char, Spacing),
    Group(Delimiter),
}

/// One token tree of the input, with what the phases ask of it already read.
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    pub(crate) kind: Kind,
    /// An identifier's or literal's text as written (`r#type`, `"a"`, `7u8`); empty otherwise.
    pub(crate) text: Cow<'a, str>,
    pub(crate) span: Span,
    /// A group's contents, read like the input; empty for every other token.
    pub(crate) inner: Vec<Token<'a>>,
    /// The tree the compiler gave; `None` for a token [`lex`]ed from text.
    pub(crate) tree: Option<TokenTree>,
}

/// Reads `stream` and every group in it. Invisible groups are unwrapped: a `macro_rules!` fragment
/// such as `$id:literal` reaches a proc macro wrapped in a group without delimiters, and must read
/// like the tokens it holds.
pub(crate) fn read(stream: TokenStream) -> Vec<Token<'static>> {
    let mut tokens = Vec::new();
    read_into(stream, &mut tokens);
    tokens
}

fn read_into(stream: TokenStream, tokens: &mut Vec<Token<'static>>) {
    let trees = stream.into_iter();
    tokens.reserve(trees.size_hint().0);
    for tree in trees {
        let (kind, text, inner) = match &tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                read_into(group.stream(), tokens);
                continue;
            }
            TokenTree::Group(group) => (Kind::Group(group.delimiter()), String::new(), read(group.stream())),
            TokenTree::Ident(ident) => (Kind::Ident, ident.to_string(), Vec::new()),
            TokenTree::Literal(literal) => (Kind::Literal, literal.to_string(), Vec::new()),
            TokenTree::Punct(punct) => (Kind::Punct(punct.as_char(), punct.spacing()), String::new(), Vec::new()),
        };
        tokens.push(Token { kind, text: Cow::Owned(text), span: tree.span(), inner, tree: Some(tree) });
    }
}

/// Groups nested deeper than this are left to [`read`].
const LEX_DEPTH: usize = 8;

/// The tokens of `text`, a token stream as the compiler prints it, if they are of the plain kinds a clean
/// macro input holds: identifiers, decimal integers without suffix, string literals without escapes or
/// prefix, punctuation and groups. For anything else (comments, raw or byte strings, lifetimes, `$`,
/// non-ASCII text outside strings, deep nesting) `None`, and the caller reads the tokens with [`read`].
/// Every token gets the call site's span.
pub(crate) fn lex(text: &str) -> Option<Vec<Token<'_>>> {
    let mut lexer = Lexer { text, index: 0, span: Span::call_site() };
    let tokens = lexer.group(None, 0)?;
    (lexer.index == text.len()).then_some(tokens)
}

struct Lexer<'a> {
    text: &'a str,
    index: usize,
    /// Every lexed token's span, asked for once.
    span: Span,
}

/// Byte classes, looked up in [`CLASS`]: proc macros run unoptimized, where `u8::is_ascii_alphanumeric`
/// and its kin are a call per byte.
const WORD: u8 = 1;
const DIGIT: u8 = 2;
const PUNCT: u8 = 4;
const SPACE: u8 = 8;
static CLASS: [u8; 256] = {
    let mut class = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        #[expect(clippy::cast_possible_truncation, reason = "below 256")]
        let ch = byte as u8;
        class[byte] = if ch.is_ascii_digit() {
            WORD | DIGIT
        } else if ch.is_ascii_alphabetic() || ch == b'_' {
            WORD
        } else if matches!(ch, b' ' | b'\n' | b'\t' | b'\r') {
            SPACE
        } else if matches!(
            ch,
            b'=' | b','
                | b'.'
                | b'-'
                | b'|'
                | b':'
                | b';'
                | b'+'
                | b'*'
                | b'&'
                | b'<'
                | b'>'
                | b'!'
                | b'?'
                | b'@'
                | b'^'
                | b'~'
                | b'%'
        ) {
            // Not `/` (comments), `#`, `$` or `'`.
            PUNCT
        } else {
            0
        };
        byte += 1;
    }
    class
};

impl<'a> Lexer<'a> {
    /// Tokens up to `close` (the end of the text for `None`), which is consumed.
    fn group(&mut self, close: Option<u8>, depth: usize) -> Option<Vec<Token<'a>>> {
        // Indexed loops over the bytes and a table of classes: unoptimized, an iterator's `next` or a method
        // per byte is a call.
        let text = self.text;
        let bytes = text.as_bytes();
        let len = bytes.len();
        let mut index = self.index;
        // Room for a list of a dozen names and their commas without growing: each growth is a copy.
        let mut tokens = Vec::with_capacity(32);
        while index < len {
            let byte = bytes[index];
            let class = CLASS[byte as usize];
            let start = index;
            let kind = if class & SPACE != 0 {
                index += 1;
                continue;
            } else if class & WORD != 0 {
                while index < len && CLASS[bytes[index] as usize] & WORD != 0 {
                    index += 1;
                }
                let next = if index < len { bytes[index] } else { b' ' };
                if class & DIGIT != 0 {
                    let mut digit = start;
                    while digit < index && CLASS[bytes[digit] as usize] & DIGIT != 0 {
                        digit += 1;
                    }
                    // A suffix (`7u8`), `_`, `0x1f`, or `1.5`: left to `read` and syn.
                    if digit < index || next == b'.' {
                        return None;
                    }
                    Kind::Literal
                } else if matches!(next, b'"' | b'\'' | b'#') {
                    // `r"..."`, `b'x'`, `r#type`: prefixed literals and raw identifiers.
                    return None;
                } else {
                    Kind::Ident
                }
            } else if byte == b'"' {
                index += 1;
                while index < len && bytes[index] != b'"' {
                    if bytes[index] == b'\\' {
                        return None;
                    }
                    index += 1;
                }
                index += 1;
                // Unterminated, or a suffix.
                if index > len || (index < len && CLASS[bytes[index] as usize] & WORD != 0) {
                    return None;
                }
                Kind::Literal
            } else if class & PUNCT != 0 {
                index += 1;
                let joint = index < len && CLASS[bytes[index] as usize] & PUNCT != 0;
                Kind::Punct(char::from(byte), if joint { Spacing::Joint } else { Spacing::Alone })
            } else {
                let (delimiter, closing) = match byte {
                    b'(' => (Delimiter::Parenthesis, b')'),
                    b'[' => (Delimiter::Bracket, b']'),
                    b'{' => (Delimiter::Brace, b'}'),
                    b')' | b']' | b'}' => {
                        self.index = index + 1;
                        return (close == Some(byte)).then_some(tokens);
                    }
                    // `/`, `#`, `$`, `'`, `\`, non-ASCII bytes.
                    _ => return None,
                };
                if depth == LEX_DEPTH {
                    return None;
                }
                self.index = index + 1;
                let inner = self.group(Some(closing), depth + 1)?;
                index = self.index;
                let kind = Kind::Group(delimiter);
                tokens.push(Token { kind, text: Cow::Borrowed(""), span: self.span, inner, tree: None });
                continue;
            };
            let text = if matches!(kind, Kind::Punct(..)) { "" } else { &text[start..index] };
            tokens.push(Token { kind, text: Cow::Borrowed(text), span: self.span, inner: Vec::new(), tree: None });
        }
        self.index = index;
        close.is_none().then_some(tokens)
    }
}

/// The tokens as a stream again, as written (invisible groups aside); tokens [`lex`]ed from text, which
/// have no tree, are left out.
pub(crate) fn stream(tokens: &[Token<'_>]) -> TokenStream {
    tokens.iter().filter_map(|token| token.tree.clone()).collect()
}

impl<'a> Token<'a> {
    pub(crate) fn span(&self) -> Span {
        self.span
    }

    /// The identifier's text, for an identifier.
    pub(crate) fn ident(&self) -> Option<&str> {
        (self.kind == Kind::Ident).then_some(&*self.text)
    }

    /// The text, borrowed from the input where the token borrows it.
    pub(crate) fn text_as_written(&self) -> Cow<'a, str> {
        match &self.text {
            Cow::Borrowed(text) => Cow::Borrowed(text),
            Cow::Owned(text) => Cow::Owned(text.clone()),
        }
    }

    /// Whether this is the punctuation `ch`.
    pub(crate) fn is_punct(&self, ch: char) -> bool {
        matches!(self.kind, Kind::Punct(found, _) if found == ch)
    }

    /// Whether this is a group in `delimiter`.
    pub(crate) fn is_group(&self, delimiter: Delimiter) -> bool {
        self.kind == Kind::Group(delimiter)
    }

    /// The value of a string literal written without escapes or prefix (`"a b"`), as most are; syn reads
    /// the others from the tree.
    pub(crate) fn plain_string(&self) -> Option<&str> {
        let inner = self.text.strip_prefix('"')?.strip_suffix('"')?;
        (self.kind == Kind::Literal && !inner.contains(['"', '\\'])).then_some(inner)
    }
}

#[cfg(test)]
mod tests;
