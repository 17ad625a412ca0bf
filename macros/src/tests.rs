//! Fast checks of the three expansions on `proc_macro2` input, without a compiler run.

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

use crate::{derive, invite_url, permissions_macro};

/// The message of every `compile_error! { "..." }` in `output`, at any depth.
fn messages(output: &TokenStream) -> Vec<String> {
    let mut found = Vec::new();
    let tokens: Vec<TokenTree> = output.clone().into_iter().collect();
    for (index, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                if let Some(TokenTree::Group(group)) = tokens.get(index + 2) {
                    let literal: syn::LitStr = syn::parse2(group.stream()).expect("a message literal");
                    found.push(literal.value());
                }
            }
            TokenTree::Group(group) => found.extend(messages(&group.stream())),
            _ => {}
        }
    }
    found
}

#[test]
fn invite_url_expands_to_the_rendered_literal() {
    let output = invite_url::expand(quote!(
        client_id = 157730590492196864,
        scopes = [bot, applications.commands],
        permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS],
    ));
    assert_eq!(
        output.to_string(),
        "\"https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot+applications.commands&permissions=274877910016\""
    );
}

#[test]
fn invite_url_reports_every_error_of_an_input() {
    let output = invite_url::expand(quote!(
        client_id = 12,
        scopes = [bot, aplications.commands],
        permissions = [SEND_MESAGES, ADMINISTRATOR],
        colour = blue,
        deny(administrator),
    ));
    let found = messages(&output);
    assert!(found.iter().any(|m| m.starts_with("unknown key `colour`")), "{found:?}");
    assert!(found.iter().any(|m| m.starts_with("unknown scope `aplications.commands`")), "{found:?}");
    assert!(found.iter().any(|m| m.starts_with("unknown permission `SEND_MESAGES`")), "{found:?}");
    assert!(found.iter().any(|m| m.starts_with("`ADMINISTRATOR` grants every permission")), "{found:?}");
    assert!(found.iter().any(|m| m.starts_with("`client_id` 12 is too small")), "{found:?}");
    assert_eq!(found.len(), 5, "{found:?}");
    // The placeholder keeps the `const` well typed so no second error follows.
    assert!(output.to_string().ends_with("\"\" }"), "{output}");
}

#[test]
fn warnings_become_deprecated_items_at_the_token() {
    let output = invite_url::expand(quote!(
        client_id = 157730590492196864,
        scopes = [bot],
        permissions = [VIEW_CHANNEL, SEND_MESSAGES]
    ));
    let text = output.to_string();
    assert!(text.contains("deprecated"), "{text}");
    assert!(text.contains("missing_thread_send"), "{text}");
    assert!(messages(&output).is_empty());
}

#[test]
fn permissions_expands_to_one_literal_and_rejects_duplicates() {
    let output = permissions_macro::expand(quote!(KICK_MEMBERS | BAN_MEMBERS));
    // KICK_MEMBERS is bit 1 and BAN_MEMBERS bit 2 in Discord's table.
    assert_eq!(output.to_string(), quote!(::botperms::__private::Permissions::from_bits_retain(6u64)).to_string());
    let found = messages(&permissions_macro::expand(quote!(KICK_MEMBERS | KICK_MEMBERS)));
    assert_eq!(found, ["permission `KICK_MEMBERS` is listed twice\n\nhelp: remove this one", "first listed here"]);
}

#[test]
fn permissions_expands_alike_from_its_text_and_from_its_tokens() {
    let inputs = [
        quote!(KICK_MEMBERS | BAN_MEMBERS),
        quote!(VIEW_CHANNEL),
        quote!(KICK_MEMBERS | KICK_MEMBERS),
        quote!(SEND_MESAGES | EMBED_LINKS),
        quote!(READ_MESSAGES),
        quote!(KICK_MEMBERS |),
        quote!(KICK_MEMBERS BAN_MEMBERS),
        quote!(r#KICK_MEMBERS),
        quote!(),
    ];
    for input in inputs {
        let text = input.to_string();
        let lexed = permissions_macro::expand(input.clone()).to_string();
        assert_eq!(lexed, permissions_macro::expand_read(input).to_string(), "{text}");
    }
}

#[test]
fn derive_refuses_enums_and_falls_back_on_errors() {
    let found = messages(&derive::expand(quote!(
        enum Mode {
            A,
        }
    )));
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("`BotPermissions` can only be derived for a struct, not an enum"));

    let output = derive::expand(quote!(
        #[bot(client_id = 157730590492196864, scopes = [bot])]
        #[bot(permissions = [KICK_MEMBERS])]
        struct Bot;
    ));
    assert_eq!(messages(&output).len(), 1);
    let text = output.to_string();
    assert!(text.contains("const PERMISSIONS"), "the fallback impl keeps uses compiling: {text}");
    assert!(text.contains("INVITE_URL"), "{text}");
}

#[test]
fn no_input_makes_a_macro_panic() {
    let soups = [
        "",
        ",,,",
        "= = =",
        "client_id",
        "client_id =",
        "client_id = 1 2 3",
        "scopes = [,,]",
        "scopes = [a..b, .c, d.]",
        "permissions = [[[]]]",
        "allow",
        "allow(1)",
        "deny((administrator))",
        "permissions = 99999999999999999999999999",
        "client_id = 0x10",
        "client_id = 1u8",
        "client_id = 'c'",
        "redirect_uri = b\"x\"",
        "{ } ( ) [ ]",
        "| | |",
        "KICK_MEMBERS |",
        "struct",
        "struct S { #[bot(nested = 1)] f: u8 }",
        "struct S(#[bot(permissions)] u8);",
        "union U { a: u8 }",
        "#[bot(scopes = [bot], scopes = [bot])] struct S;",
    ];
    for soup in soups {
        let tokens: TokenStream = soup.parse().unwrap();
        let _ = invite_url::expand(tokens.clone());
        let _ = permissions_macro::expand(tokens.clone());
        let _ = derive::expand(tokens);
    }
}

#[test]
fn a_missing_comma_between_keys_says_expected_comma_and_reads_both() {
    let output = invite_url::expand(quote!(
        client_id = 157730590492196864,
        scopes = [bot]
        permissions = [VIEW_CHANNEL, SEND_MESAGES]
    ));
    let found = messages(&output);
    assert!(found.iter().any(|m| m.starts_with("expected `,`, found `permissions`")), "{found:?}");
    assert!(!found.iter().any(|m| m.contains("as an integer")), "{found:?}");
    // The argument after the missing comma is still read and checked.
    assert!(found.iter().any(|m| m.starts_with("unknown permission `SEND_MESAGES`")), "{found:?}");
}

#[test]
fn a_missing_comma_after_a_flag_key_is_reported_too() {
    let output = derive::expand(quote!(
        #[bot(client_id = 157730590492196864, scopes = [bot])]
        struct Bot {
            #[bot(nested permissions = [VIEW_CHANNEL], reason = "r")]
            inner: Inner,
        }
    ));
    let found = messages(&output);
    assert!(found.iter().any(|m| m.starts_with("expected `,`, found `permissions`")), "{found:?}");
}

#[test]
fn a_missing_reason_does_not_hide_a_misspelt_flag_of_the_same_attribute() {
    let output = derive::expand(quote!(
        #[bot(client_id = 157730590492196864, scopes = [bot])]
        #[bot(permissions = [VIEW_CHANEL, SEND_MESSAGES])]
        struct Bot;
    ));
    let found = messages(&output);
    assert!(found.iter().any(|m| m.starts_with("say why the bot needs these permissions")), "{found:?}");
    assert!(found.iter().any(|m| m.starts_with("unknown permission `VIEW_CHANEL`")), "{found:?}");
}

#[test]
fn invisible_groups_read_like_their_tokens_at_any_depth() {
    use proc_macro2::{Delimiter, Group};
    // What `macro_rules!` hands over for `$id:literal` and `$scope:ident`: groups without delimiters,
    // at the top level and inside the brackets of a list.
    let invisible = |tokens: TokenStream| TokenTree::Group(Group::new(Delimiter::None, tokens));
    let id = invisible(quote!(157730590492196864));
    let bot = invisible(quote!(bot));
    let commands = invisible(quote!(applications.commands));
    let flag = invisible(quote!(VIEW_CHANNEL));
    let output = invite_url::expand(quote!(
        client_id = #id,
        scopes = [#bot, #commands],
        permissions = [#flag, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS],
    ));
    assert_eq!(
        output.to_string(),
        "\"https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot+applications.commands&permissions=274877910016\""
    );
}
