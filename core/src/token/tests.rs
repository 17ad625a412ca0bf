//! `BotToken` tests. Tokens are assembled at run time from a made-up id (see `secrets::tests`), never written
//! as literals.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use proptest::prelude::*;
use secrecy::ExposeSecret as _;

use super::*;
use crate::ClientId;
use crate::secrets::tests::{USER_ID, fake_client_secret, fake_token, fake_token_with, user_id_part};

/// The token's parts, each of which must stay out of every message.
fn parts(token: &str) -> Vec<&str> {
    token.split('.').collect()
}

/// Asserts that no formatting of `shown` carries `token` or any of its parts.
fn assert_redacted(shown: &str, token: &str) {
    assert!(!shown.contains(token), "{shown:?} shows the token");
    for part in parts(token).into_iter().filter(|part| !part.is_empty()) {
        assert!(!shown.contains(part), "{shown:?} shows the part {part:?}");
    }
}

fn ok(text: &str) -> BotToken {
    match BotToken::new(text) {
        Ok(token) => token,
        Err(error) => panic!("rejected a good token: {error}"),
    }
}

fn kind_of(text: &str) -> TokenErrorKind {
    match BotToken::new(text) {
        Ok(_) => panic!("accepted a bad token"),
        Err(error) => error.kind(),
    }
}

#[test]
fn accepts_a_token_and_decodes_its_user_id() {
    let text = fake_token(USER_ID);
    let token = ok(&text);
    assert_eq!(token.bot_user_id(), USER_ID);
    assert_eq!(token.expose_secret(), text);
    assert_eq!(token.authorization_header().expose_secret(), format!("Bot {text}"));
    assert_eq!(text.parse::<BotToken>().map(|token| token.bot_user_id()), Ok(USER_ID));
    assert_eq!(token.clone().expose_secret(), text);
}

#[test]
fn trims_whitespace_and_a_bot_prefix() {
    let text = fake_token(USER_ID);
    for wrapped in [
        format!("  {text}\n"),
        format!("Bot {text}"),
        format!("\tBot   {text} "),
        format!("bot {text}"),
        format!("BOT\t{text}"),
    ] {
        assert_eq!(ok(&wrapped).expose_secret(), text, "{wrapped:?}");
    }
    // `Bot` glued to the token is not a prefix but part of a wrong value.
    assert_eq!(kind_of(&format!("Bot{text}")), TokenErrorKind::WrongShape(ShapeProblem::UserIdPart));
}

#[test]
fn debug_and_display_are_redacted() {
    let text = fake_token(USER_ID);
    let token = ok(&text);
    assert_eq!(format!("{token:?}"), "BotToken { bot_user_id: 157730590492196864, token: [redacted] }");
    assert_eq!(format!("{token}"), "[redacted bot token of bot user 157730590492196864]");
    for shown in [
        format!("{token:?}"),
        format!("{token:#?}"),
        format!("{token}"),
        format!("{token:>200}"),
        format!("{:?}", token.authorization_header()),
        format!("{:?}", Some(token.clone())),
    ] {
        assert_redacted(&shown, &text);
    }
}

#[test]
fn reports_each_shape_problem_without_echoing_the_value() {
    let text = fake_token(USER_ID);
    let [first, timestamp, signature] = parts(&text)[..] else { panic!("three parts") };
    let cases = [
        (format!("\"{text}\""), ShapeProblem::Characters),
        (format!("{first} {timestamp}.{signature}"), ShapeProblem::Characters),
        (format!("{first}.{timestamp}é{signature}"), ShapeProblem::Characters),
        (format!("{first}.{signature}"), ShapeProblem::Parts { found: 2 }),
        (format!("{text}.{timestamp}"), ShapeProblem::Parts { found: 4 }),
        (format!("{text}."), ShapeProblem::Parts { found: 4 }),
        (format!("A{}.{timestamp}.{signature}", &first[1..]), ShapeProblem::UserIdPart),
        (format!(".{timestamp}.{signature}"), ShapeProblem::UserIdPart),
        (format!("{first}.{}.{signature}", &timestamp[..5]), ShapeProblem::TimestampPart { len: 5 }),
        (format!("{first}.{timestamp}xy.{signature}"), ShapeProblem::TimestampPart { len: 8 }),
        (format!("{first}.{timestamp}.{}", &signature[..26]), ShapeProblem::SignaturePart { len: 26 }),
        (format!("{first}.{timestamp}.{signature}x"), ShapeProblem::SignaturePart { len: 39 }),
    ];
    for (bad, problem) in &cases {
        let error = BotToken::new(bad.as_str()).expect_err(bad);
        assert_eq!(error.kind(), TokenErrorKind::WrongShape(*problem), "{bad:?}");
        assert_eq!(error.variable(), None);
        assert_redacted(&error.to_string(), &text);
        assert_redacted(&format!("{error:?}"), &text);
        assert!(!error.to_string().contains(bad.trim_matches('"')), "{error}");
    }
    let error = BotToken::new(format!("{first}.{signature}")).expect_err("two parts");
    assert_eq!(
        error.to_string(),
        "this is not shaped like a bot token: it has 2 dot-separated parts instead of 3; a bot token is three \
         base64url parts joined by dots: the bot user id in base64 (23-28 chars, starting with `M`, `N` or `O`), a \
         timestamp (6-7 chars) and a signature (27-38 chars); copy it from the Bot page of the Developer Portal"
    );
}

#[test]
fn tells_the_client_secret_and_the_application_id_from_the_token() {
    let secret = fake_client_secret();
    let error = BotToken::new(secret.as_str()).expect_err("a client secret");
    assert_eq!(error.kind(), TokenErrorKind::ClientSecret);
    assert!(error.to_string().starts_with("this looks like the Client Secret, not the bot token; "), "{error}");
    assert!(error.help().contains("Bot page of the Developer Portal"));
    assert!(!error.to_string().contains(&secret) && !format!("{error:?}").contains(&secret));
    // Any 32 chars of the alphabet: here the question is only what was pasted, not whether it is random.
    assert_eq!(kind_of(&"a".repeat(32)), TokenErrorKind::ClientSecret);
    assert_eq!(kind_of(&format!("Bot {secret}")), TokenErrorKind::ClientSecret);

    assert_eq!(kind_of("157730590492196864"), TokenErrorKind::ApplicationId);
    assert_eq!(kind_of(" 157730590492196864\n"), TokenErrorKind::ApplicationId);
    let error = BotToken::new("157730590492196864").expect_err("an id");
    assert!(!error.to_string().contains("157730590492196864"), "{error}");
    // Too small or too large to be an id: just the wrong shape.
    assert_eq!(kind_of("42"), TokenErrorKind::WrongShape(ShapeProblem::Parts { found: 1 }));
    assert_eq!(kind_of("99999999999999999999"), TokenErrorKind::WrongShape(ShapeProblem::Parts { found: 1 }));
}

#[test]
fn empty_means_nothing_left_after_trimming() {
    for empty in ["", "   ", "\n\t", "Bot ", "Bot   \n", "bot\t"] {
        let error = BotToken::new(empty).expect_err(empty);
        assert_eq!(error.kind(), TokenErrorKind::Empty, "{empty:?}");
        assert_eq!(
            error.to_string(),
            "the bot token is empty; copy the token from the Bot page of the Developer Portal (it is shown once, \
             after Reset Token)"
        );
    }
    // `Bot` alone is a (wrong) value, not an empty one.
    assert_eq!(kind_of("Bot"), TokenErrorKind::WrongShape(ShapeProblem::Parts { found: 1 }));
}

#[cfg(feature = "std")]
mod env {
    use std::ffi::OsString;

    use super::*;

    const NAME: &str = "MY_BOT_TOKEN";

    fn env_error(value: Option<OsString>) -> TokenError {
        match from_env_value(NAME, value) {
            Ok(_) => panic!("accepted a bad value"),
            Err(error) => error,
        }
    }

    #[test]
    fn reads_a_token_from_a_variable() {
        let text = fake_token(USER_ID);
        let token = from_env_value(NAME, Some(OsString::from(format!("Bot {text}\n")))).expect("a good value");
        assert_eq!(token.expose_secret(), text);
    }

    #[test]
    fn unset_empty_not_unicode_and_wrong_values_are_told_apart() {
        let text = fake_token(USER_ID);
        let unset = env_error(None);
        assert_eq!(unset.kind(), TokenErrorKind::Unset);
        assert_eq!(unset.variable(), Some(NAME));
        assert_eq!(
            unset.to_string(),
            "the environment variable `MY_BOT_TOKEN` is not set; set it to the token from the Bot page of the \
             Developer Portal (it is shown once, after Reset Token)"
        );

        let empty = env_error(Some(OsString::new()));
        assert_eq!(empty.kind(), TokenErrorKind::Empty);
        assert!(empty.to_string().starts_with("the environment variable `MY_BOT_TOKEN` is empty; "), "{empty}");

        let wrong = env_error(Some(OsString::from(&text[1..])));
        assert_eq!(wrong.kind(), TokenErrorKind::WrongShape(ShapeProblem::UserIdPart));
        assert!(wrong.to_string().starts_with("the value of `MY_BOT_TOKEN` is not shaped like a bot token: "));
        assert_redacted(&wrong.to_string(), &text);

        let secret = env_error(Some(OsString::from(fake_client_secret())));
        assert_eq!(secret.kind(), TokenErrorKind::ClientSecret);
        assert!(
            secret
                .to_string()
                .starts_with("the value of `MY_BOT_TOKEN` looks like the Client Secret, not the bot token")
        );

        let id = env_error(Some(OsString::from(USER_ID.to_string())));
        assert_eq!(id.kind(), TokenErrorKind::ApplicationId);
    }

    #[cfg(unix)]
    #[test]
    fn not_unicode_is_its_own_error() {
        use std::os::unix::ffi::OsStringExt as _;

        let mut bytes = fake_token(USER_ID).into_bytes();
        bytes.push(0xff);
        let error = env_error(Some(OsString::from_vec(bytes)));
        assert_eq!(error.kind(), TokenErrorKind::NotUnicode);
        assert!(error.to_string().starts_with("the environment variable `MY_BOT_TOKEN` is not valid Unicode; "));
        assert_redacted(&error.to_string(), &fake_token(USER_ID));
    }

    #[test]
    fn from_env_var_is_a_thin_wrapper() {
        // A name no environment sets, and names no environment can hold: all read as unset, none panics.
        let names = [
            ("BOTPERMS_TEST_VARIABLE_THAT_IS_NEVER_SET", "BOTPERMS_TEST_VARIABLE_THAT_IS_NEVER_SET"),
            ("", ""),
            ("A=B", "A=B"),
            // Named back escaped: a control char in a message could drive the terminal.
            ("NUL\0NAME", "NUL\\u{0}NAME"),
        ];
        for (name, shown) in names {
            let error = BotToken::from_env_var(name).expect_err(name);
            assert_eq!(error.kind(), TokenErrorKind::Unset);
            assert_eq!(error.variable(), Some(shown));
        }
    }

    #[test]
    fn a_token_passed_as_the_name_is_not_repeated() {
        let token = fake_token(USER_ID);
        let error = BotToken::from_env_var(&token).expect_err("no variable has a token for a name");
        assert_eq!(error.kind(), TokenErrorKind::Unset);
        let shown = [error.to_string(), format!("{error:?}"), error.variable().unwrap_or_default().to_string()];
        for text in &shown {
            assert_redacted(text, &token);
            assert!(text.contains("…[redacted]"), "{text}");
        }
    }
}

/// With the `serde` feature on, `BotToken` must still have no `Serialize` impl. The inherent `IMPLS` exists only
/// when the bound holds and wins over the trait's fallback then: the trick of the `impls` crate.
#[cfg(feature = "serde")]
#[test]
fn bot_token_is_never_serializable() {
    trait Fallback {
        const IMPLS: bool = false;
    }
    struct Probe<T>(core::marker::PhantomData<T>);
    impl<T> Fallback for Probe<T> {}
    impl<T: serde::Serialize> Probe<T> {
        const IMPLS: bool = true;
    }
    // Checked while compiling: a `Serialize` impl turns this test into a build error.
    const { assert!(Probe::<u64>::IMPLS, "the probe sees a Serialize impl") };
    const { assert!(!Probe::<BotToken>::IMPLS, "BotToken must not be serializable") };
    const { assert!(!Probe::<SecretString>::IMPLS, "secrecy's serde feature must stay off") };
}

#[test]
fn errors_are_std_errors() {
    fn is_error<E: core::error::Error + Send + Sync + 'static>() {}
    is_error::<TokenError>();
    is_error::<TokenMismatch>();
}

#[test]
fn client_id_check_compares_the_decoded_user_id() {
    let token = ok(&fake_token(USER_ID));
    assert_eq!(token.check_client_id(USER_ID), Ok(()));
    assert_eq!(token.check_client_id(ClientId::new(USER_ID).expect("an id")), Ok(()));
    let mismatch = token.check_client_id(198_622_483_471_925_248_u64).expect_err("another application");
    assert_eq!((mismatch.bot_user_id(), mismatch.client_id()), (USER_ID, 198_622_483_471_925_248));
    assert!(mismatch.to_string().starts_with(
        "the bot token belongs to bot user 157730590492196864, not to the application 198622483471925248; "
    ));
}

/// Every error of a made-up `text`, with each message and `Debug` form.
fn shown_forms(error: &TokenError) -> [String; 3] {
    [error.to_string(), format!("{error:?}"), format!("{:?}", error.kind())]
}

/// Ids as long as real user ids: 17 digits (ids from Discord's first days) to 19 (today's), up to the largest
/// id Discord accepts.
fn snowflake() -> impl Strategy<Value = u64> {
    10_000_000_000_000_000..=(i64::MAX as u64)
}

/// Runs of 6 or more base64url chars in `text`: what would reveal it if a message quoted it.
fn telltale_runs(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).filter(|run| run.len() >= 6).collect()
}

proptest! {
    #[test]
    fn new_never_panics_nor_echoes(text in any::<String>()) {
        if let Err(error) = BotToken::new(text.as_str()) {
            for shown in shown_forms(&error) {
                for run in telltale_runs(&text) {
                    prop_assert!(!shown.contains(run), "{:?} echoes {:?}", shown, run);
                }
            }
        }
    }

    #[test]
    fn near_tokens_never_echo(
        id in snowflake(),
        timestamp_len in 4_usize..10,
        signature_len in 20_usize..45,
        cut in any::<prop::sample::Index>(),
        insert in prop::option::of("[ .\"A-Za-z0-9_-]"),
    ) {
        let token = fake_token_with(id, timestamp_len, signature_len);
        // Damage the token at one place: drop a char, or put another there.
        let at = cut.index(token.len());
        let mangled = format!("{}{}{}", &token[..at], insert.as_deref().unwrap_or(""), &token[at + 1..]);
        match BotToken::new(mangled.as_str()) {
            Ok(accepted) => prop_assert_eq!(accepted.expose_secret(), mangled.trim()),
            Err(error) => {
                for shown in shown_forms(&error) {
                    for run in telltale_runs(&mangled) {
                        prop_assert!(!shown.contains(run), "{:?} echoes {:?}", shown, run);
                    }
                }
            }
        }
    }

    #[test]
    fn user_id_round_trips(
        id in snowflake(),
        timestamp_len in TIMESTAMP_PART_LEN,
        signature_len in SIGNATURE_PART_LEN,
    ) {
        let text = fake_token_with(id, timestamp_len, signature_len);
        let token = BotToken::new(text.as_str()).map_err(|error| TestCaseError::fail(error.to_string()))?;
        prop_assert_eq!(token.bot_user_id(), id);
        prop_assert_eq!(token.check_client_id(id), Ok(()));
        prop_assert_eq!(user_id_part(token.bot_user_id()), parts(&text)[0]);
        let debug = format!("{token:?}");
        prop_assert!(debug.contains(&id.to_string()));
        for part in parts(&text) {
            prop_assert!(!debug.contains(part) && !token.to_string().contains(part));
        }
    }
}
