//! Renderer tests. Secret-shaped strings are assembled at run time (see `secrets::tests`).

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use proptest::prelude::*;

use super::*;
use crate::data::{PERMISSION_INFO, SCOPE_INFO};
use crate::names::spellings;
use crate::rules::Rule;
use crate::secrets::tests::{USER_ID, fake_client_secret, fake_token, fake_token_with, user_id_part};

/// Whether `shown` gives away more of `secret` than the [`SHOWN_CHARS`] a redaction keeps: any piece of it
/// longer than that.
fn reveals(shown: &str, secret: &str) -> bool {
    let secret = secret.as_bytes();
    (0..secret.len().saturating_sub(SHOWN_CHARS)).any(|start| {
        let piece = &secret[start..=start + SHOWN_CHARS];
        shown.as_bytes().windows(piece.len()).any(|window| window == piece)
    })
}

#[test]
fn escapes_control_chars_of_every_block() {
    let cases = [
        ("\u{1b}[2J", "\\u{1b}[2J"),
        ("bell\u{7}", "bell\\u{7}"),
        ("nul\u{0}", "nul\\u{0}"),
        ("del\u{7f}", "del\\u{7f}"),
        // C1: a single-byte CSI some terminals obey like `ESC [`.
        ("csi\u{9b}2J", "csi\\u{9b}2J"),
        ("\u{85}next line", "\\u{85}next line"),
        ("a\nb\rc\td", "a\\nb\\rc\\td"),
    ];
    for (text, expected) in cases {
        assert_eq!(escape(text), expected, "{text:?}");
        assert_eq!(Untrusted(text).to_string(), expected);
    }
}

#[test]
fn escapes_bidi_and_invisible_chars() {
    let cases = [
        ('\u{202a}', "202a"),
        ('\u{202b}', "202b"),
        ('\u{202c}', "202c"),
        ('\u{202d}', "202d"),
        ('\u{202e}', "202e"),
        ('\u{2066}', "2066"),
        ('\u{2067}', "2067"),
        ('\u{2068}', "2068"),
        ('\u{2069}', "2069"),
        ('\u{200e}', "200e"),
        ('\u{200f}', "200f"),
        ('\u{61c}', "61c"),
        ('\u{200b}', "200b"),
        ('\u{200c}', "200c"),
        ('\u{200d}', "200d"),
        ('\u{2060}', "2060"),
        ('\u{feff}', "feff"),
        ('\u{2028}', "2028"),
        // A tag char: invisible ASCII, used to smuggle text.
        ('\u{e0041}', "e0041"),
    ];
    for (char, hex) in cases {
        let text = format!("ok{char}ok");
        assert_eq!(escape(&text), format!("ok\\u{{{hex}}}ok"), "U+{hex}");
    }
}

#[test]
fn leaves_printable_text_as_it_is_and_borrowed() {
    for text in ["SEND_MESSAGES", "applications.commands", "é日本 ü", "`code` \\ \"quoted\"", ""] {
        assert!(matches!(clean(text), Cow::Borrowed(same) if same == text), "{text:?}");
    }
}

#[test]
fn redacts_a_bot_token_wherever_it_stands() {
    let token = fake_token(USER_ID);
    let prefix = &token[..SHOWN_CHARS];
    for text in [
        token.clone(),
        format!("unknown scope `{token}`"),
        format!("Bot {token}"),
        format!("https://example.com/cb?state={token}&x=1"),
        format!("glued{token}"),
        format!("{token}{token}"),
        format!("é{token}ü"),
    ] {
        let shown = clean(&text);
        assert!(!reveals(&shown, &token), "{shown}");
        assert!(shown.contains(REDACTED), "{shown}");
        assert!(shown.contains(prefix) || text.starts_with("glued"), "{shown}");
    }
    assert_eq!(clean(&format!("`{token}`")), format!("`{prefix}{REDACTED}`"));
}

#[test]
fn redacts_every_part_length_of_a_token() {
    for timestamp_len in crate::secrets::TIMESTAMP_PART_LEN {
        for signature_len in crate::secrets::SIGNATURE_PART_LEN {
            let token = fake_token_with(USER_ID, timestamp_len, signature_len);
            let shown = clean(&format!("found `{token}` here")).into_owned();
            assert_eq!(shown, format!("found `{}{REDACTED}` here", &token[..SHOWN_CHARS]));
        }
    }
}

#[test]
fn redacts_the_pieces_a_message_may_quote() {
    let token = fake_token(USER_ID);
    let (first, rest) = token.split_once('.').unwrap_or_default();
    let (_, signature) = rest.split_once('.').unwrap_or_default();
    // Cut at 40 chars, split at its dots, or cut inside the first part, as a message may quote it.
    for piece in [&token[..40], first, &first[..16], signature, &signature[..20]] {
        let shown = clean(&format!("found `{piece}...`")).into_owned();
        assert!(shown.contains(REDACTED), "{piece} -> {shown}");
        assert!(!reveals(&shown, piece), "{shown}");
    }
    // The token's first part is the bot's id in base64, shown as four chars.
    assert_eq!(clean(&user_id_part(USER_ID)), format!("{}{REDACTED}", &first[..4]));
}

#[test]
fn redacts_a_client_secret_alone_and_in_text() {
    let secret = fake_client_secret();
    for text in [
        secret.clone(),
        format!("unknown permission `{secret}`"),
        format!("client_secret={secret}&code=abc"),
        format!("`{}...`", &secret[..24]),
    ] {
        let shown = clean(&text);
        assert!(!reveals(&shown, &secret), "{shown}");
        assert!(shown.contains("Ab3d…[redacted]"), "{shown}");
    }
}

#[test]
fn a_random_state_stays_shown_but_a_token_there_is_redacted() {
    let random = fake_client_secret();
    for text in [
        format!("https://discord.com/oauth2/authorize?client_id=1&scope=identify&state={random}"),
        format!("https://discord.com/oauth2/authorize?STATE={random}&prompt=none"),
        format!("--state={random}"),
        format!(r#"{{"state": "{random}"}}"#),
        format!("state: {random}"),
    ] {
        assert_eq!(clean(&text), text.as_str());
    }
    for text in [
        format!("https://example.com/cb?xstate={random}"),
        format!("https://example.com/cb?state=abc&nonce={random}"),
        format!("state {random}"),
        format!("code={random}"),
    ] {
        assert!(!reveals(&clean(&text), &random), "{text}");
    }
    let token = fake_token(USER_ID);
    for text in [format!("https://example.com/?state={token}"), format!("--state={token}")] {
        assert!(!reveals(&clean(&text), &token), "{text}");
    }
}

#[test]
fn leaves_every_name_a_message_quotes_alone() {
    let names = PERMISSION_INFO
        .iter()
        .flat_map(|info| spellings(info).map(|(name, _)| name))
        .chain(SCOPE_INFO.iter().map(|info| info.name))
        .chain(Rule::ALL.iter().map(|rule| rule.name()));
    for name in names {
        assert_eq!(clean(name), name, "changed a name");
    }
    for text in [
        "157730590492196864",
        "18446744073709551615",
        "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot",
        "https://example.com/oauth/callback",
        "send_messages_in_threads_and_mor",
        "SEND_MESSAGES_IN_THREADS_AND_MORE",
        "d41d8cd98f00b204e9800998ecf8427e",
        "123e4567-e89b-12d3-a456-426614174000",
        "MANAGE_GUILD_EXPRESSIONS",
        "MODERATE_MEMBERS",
        "Manage Messages",
    ] {
        assert_eq!(clean(text), text);
    }
}

#[test]
fn a_redacted_secret_keeps_no_control_chars_either() {
    let token = fake_token(USER_ID);
    let shown = clean(&format!("\u{1b}[2J{token}\u{202e}")).into_owned();
    assert_eq!(shown, format!("\\u{{1b}}[2J{}{REDACTED}\\u{{202e}}", &token[..SHOWN_CHARS]));
}

#[test]
fn debug_quotes_like_a_str() {
    let token = fake_token(USER_ID);
    let shown = format!("{:?}", Untrusted(&format!("a\"b\\c\u{1b}{token}")));
    assert_eq!(shown, format!("\"a\\\"b\\\\c\\\\u{{1b}}{}{REDACTED}\"", &token[..SHOWN_CHARS]));
}

fn snowflake() -> impl Strategy<Value = u64> {
    // Ids of 17 digits and more: every bot's id since 2016, up to the largest id Discord accepts.
    10_000_000_000_000_000_u64..=(i64::MAX as u64)
}

proptest! {
    #[test]
    fn never_panics_and_is_idempotent(text in any::<String>()) {
        let once = clean(&text).into_owned();
        prop_assert_eq!(clean(&once), once.as_str());
    }

    #[test]
    fn output_has_no_char_that_needs_escaping(text in any::<String>()) {
        prop_assert!(!clean(&text).chars().any(needs_escape));
    }

    #[test]
    fn never_reveals_a_token_in_any_surroundings(
        id in snowflake(),
        before in "[ -~\u{1b}\u{202e}é]{0,30}",
        after in "[ -~\u{1b}\u{202e}é]{0,30}",
    ) {
        let token = fake_token(id);
        let shown = clean(&format!("{before}{token}{after}")).into_owned();
        // The four chars a redaction shows may happen to spell a piece of the token with what is glued before
        // them (`y` + `MjE0` is in `MDUyMjE0`): judge the rest.
        let rest = shown.replacen(&format!("{}{REDACTED}", &token[..SHOWN_CHARS]), REDACTED, 1);
        prop_assert!(!reveals(&rest, &token), "{}", shown);
    }

    #[test]
    fn never_reveals_a_client_secret_in_any_surroundings(
        secret in "[A-Z]{4}[a-z]{4}[0-9]{4}[A-Za-z0-9_-]{20}",
        before in "[ -~]{0,30}",
        after in "[ -~]{0,30}",
    ) {
        let shown = clean(&format!("{before} {secret} {after}")).into_owned();
        let rest = shown.replacen(&format!("{}{REDACTED}", &secret[..SHOWN_CHARS]), REDACTED, 1);
        prop_assert!(!reveals(&rest, &secret), "{}", shown);
    }
}

#[test]
fn linear_in_the_text() {
    // Dots and base64 everywhere: every dot starts a token check. A quadratic scan of 400 KB takes minutes.
    let text: String = "MTU3NzMwNTkwNDkyMTk2ODY0.Ab".repeat(16_000);
    let shown = clean(&text);
    assert!(shown.len() <= text.len() * 2);
    let lots: Vec<String> = (0..2_000).map(|index| index.to_string()).collect();
    assert_eq!(clean(&lots.join(" ")), lots.join(" "));
}

#[test]
fn a_glued_prefix_stays_outside_the_redaction() {
    // Found by the property test above: `y` glued before a token whose shown chars it completes.
    let token = fake_token(2_145_125_070_522_140_000);
    assert_eq!(clean(&format!("y{token}")), format!("y{}{REDACTED}", &token[..SHOWN_CHARS]));
}
