use proc_macro2::Group;
use quote::quote;

use super::*;

#[test]
fn groups_are_read_ahead_and_invisible_ones_unwrapped() {
    let invisible = Group::new(Delimiter::None, quote!(7 u8));
    let tokens = read(quote!(key = [a.b, "c"], #invisible, r#type));
    let texts: Vec<&str> = tokens.iter().map(|token| &*token.text).collect();
    assert_eq!(texts, ["key", "", "", "", "7", "u8", "", "r#type"]);
    assert!(tokens[2].is_group(Delimiter::Bracket));
    let inner: Vec<&str> = tokens[2].inner.iter().map(|token| &*token.text).collect();
    assert_eq!(inner, ["a", "", "b", "", "\"c\""]);
    assert!(tokens[1].is_punct('=') && tokens[3].is_punct(','));
    assert_eq!(tokens[0].ident(), Some("key"));
    assert_eq!(tokens[4].ident(), None, "a literal is no identifier");
    assert_eq!(stream(&tokens).to_string(), quote!(key = [a.b, "c"], 7 u8, r#type).to_string());
}

/// What the phases read of a token: its kind, text and contents, never its span.
type Shape = (Kind, String, Vec<(Kind, String)>);

fn shape(tokens: &[Token<'_>]) -> Vec<Shape> {
    tokens
        .iter()
        .map(|token| {
            let inner = token.inner.iter().map(|inner| (inner.kind, inner.text.to_string())).collect();
            (token.kind, token.text.to_string(), inner)
        })
        .collect()
}

#[test]
fn lexed_tokens_read_as_the_trees_do() {
    let inputs = [
        quote!(client_id = 123456789012345678, scopes = [bot, applications.commands], permissions = [VIEW_CHANNEL]),
        quote!(client_id = 1, permissions = 2048, guild_id = 42, disable_guild_select = true,),
        quote!(redirect_uri = "https://example.com/cb?a=1&b=2", response_type = code, state = "x y"),
        quote!(deny(administrator), allow(missing_pin_messages, implicit_denial)),
        quote!(client_id = -1, a => b, c :: d, e || f, {g}, (h)),
        quote!(VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS),
        quote!(state = "café über"),
        quote!(),
    ];
    for input in inputs {
        let text = input.to_string();
        let lexed = lex(&text).unwrap_or_else(|| panic!("`{text}` is plain and should be lexed"));
        assert_eq!(shape(&lexed), shape(&read(input)), "{text}");
        assert!(lexed.iter().all(|token| token.tree.is_none()));
    }
}

#[test]
fn spacing_of_lexed_punctuation_is_the_trees() {
    let spacing = |tokens: &[Token<'_>]| -> Vec<Spacing> {
        tokens
            .iter()
            .filter_map(|token| if let Kind::Punct(_, spacing) = token.kind { Some(spacing) } else { None })
            .collect()
    };
    for input in [quote!(a => b), quote!(a = > b), quote!(a = -1), quote!(a: ::b)] {
        let text = input.to_string();
        assert_eq!(spacing(&lex(&text).unwrap()), spacing(&read(input)), "{text}");
    }
}

#[test]
fn anything_but_plain_tokens_is_left_to_the_trees() {
    let left = [
        r#"state = "a\"b""#,
        r#"state = "a\u{e9}""#,
        r#"state = r"raw""#,
        r##"state = r#"raw"#"##,
        r#"state = b"bytes""#,
        r#"state = "text"suffix"#,
        "client_id = 7u64",
        "client_id = 1_000",
        "client_id = 0x10",
        "client_id = 1.5",
        "key = r#type",
        "a = 'x'",
        "a = $crate",
        "/// doc\nclient_id = 1",
        "client_id = 1 // comment",
        "# [doc = \"x\"] a",
        "scopes = [bot, applications.commands",
        "scopes = bot]",
        "scopes = [bot)",
        "caf\u{e9} = 1",
        "state = \"unterminated",
        "[[[[[[[[[deep]]]]]]]]]",
    ];
    for text in left {
        assert!(lex(text).is_none(), "`{text}` should be left to `read`");
    }
    assert!(lex("[[[[[[[[shallow]]]]]]]]").is_some(), "nesting up to the limit is lexed");
}

#[test]
fn a_plain_string_is_one_without_escapes_or_prefix() {
    let tokens = read(quote!("a b", "a\"b", r"raw", 7, x));
    let values: Vec<Option<&str>> =
        tokens.iter().filter(|token| !token.is_punct(',')).map(Token::plain_string).collect();
    assert_eq!(values, [Some("a b"), None, None, None, None]);
}
