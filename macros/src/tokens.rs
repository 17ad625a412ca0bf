//! A macro's input read once, before any phase looks at it.
//!
//! Inside the compiler every look at a token stream is a round trip to it: iterating a stream, opening
//! a group, asking an identifier or a literal for its text. The secret scan and the argument parser
//! both need every token and its text, so the tokens are read here once, each group's contents and
//! each text with them, and both phases walk the result. (Read twice, the walks were the larger part
//! of an `invite_url!`'s own time; BENCHMARKS.md.)

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};

/// One token tree of the input, with what the phases ask of it already read.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub(crate) tree: TokenTree,
    /// An identifier's or literal's text as written (`r#type`, `"a"`, `7u8`); empty otherwise.
    pub(crate) text: String,
    /// A group's contents, read like the input; empty for every other token.
    pub(crate) inner: Vec<Token>,
}

/// Reads `stream` and every group in it. Invisible groups are unwrapped: a `macro_rules!` fragment
/// such as `$id:literal` reaches a proc macro wrapped in a group without delimiters, and must read
/// like the tokens it holds.
pub(crate) fn read(stream: TokenStream) -> Vec<Token> {
    let mut tokens = Vec::new();
    read_into(stream, &mut tokens);
    tokens
}

fn read_into(stream: TokenStream, tokens: &mut Vec<Token>) {
    let trees = stream.into_iter();
    tokens.reserve(trees.size_hint().0);
    for tree in trees {
        let token = match &tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                read_into(group.stream(), tokens);
                continue;
            }
            TokenTree::Group(group) => Token { inner: read(group.stream()), text: String::new(), tree },
            TokenTree::Ident(ident) => Token { text: ident.to_string(), inner: Vec::new(), tree },
            TokenTree::Literal(literal) => Token { text: literal.to_string(), inner: Vec::new(), tree },
            TokenTree::Punct(_) => Token { text: String::new(), inner: Vec::new(), tree },
        };
        tokens.push(token);
    }
}

/// The tokens as a stream again, as written (invisible groups aside).
pub(crate) fn stream(tokens: &[Token]) -> TokenStream {
    tokens.iter().map(|token| token.tree.clone()).collect()
}

impl Token {
    pub(crate) fn span(&self) -> Span {
        self.tree.span()
    }

    /// The identifier's text, for an identifier.
    pub(crate) fn ident(&self) -> Option<&str> {
        matches!(self.tree, TokenTree::Ident(_)).then_some(self.text.as_str())
    }

    /// Whether this is the punctuation `ch`.
    pub(crate) fn is_punct(&self, ch: char) -> bool {
        matches!(&self.tree, TokenTree::Punct(punct) if punct.as_char() == ch)
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn groups_are_read_ahead_and_invisible_ones_unwrapped() {
        let invisible = proc_macro2::Group::new(Delimiter::None, quote!(7 u8));
        let tokens = read(quote!(key = [a.b, "c"], #invisible, r#type));
        let texts: Vec<&str> = tokens.iter().map(|token| token.text.as_str()).collect();
        assert_eq!(texts, ["key", "", "", "", "7", "u8", "", "r#type"]);
        assert!(matches!(&tokens[2].tree, TokenTree::Group(group) if group.delimiter() == Delimiter::Bracket));
        let inner: Vec<&str> = tokens[2].inner.iter().map(|token| token.text.as_str()).collect();
        assert_eq!(inner, ["a", "", "b", "", "\"c\""]);
        assert!(tokens[1].is_punct('=') && tokens[3].is_punct(','));
        assert_eq!(tokens[0].ident(), Some("key"));
        assert_eq!(tokens[4].ident(), None, "a literal is no identifier");
        assert_eq!(stream(&tokens).to_string(), quote!(key = [a.b, "c"], 7 u8, r#type).to_string());
    }
}
