//! Detector tests. Every token-shaped string here is assembled at run time from a made-up id and filler,
//! so that no file of the repository holds a literal a secret scanner (or our own detector) would flag.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use proptest::prelude::*;

use super::*;
use crate::data::{PERMISSION_INFO, SCOPE_INFO};
use crate::names::spellings;

// The made-up secrets the render and token tests use too.
pub(crate) use botperms_fake_secrets::{USER_ID, fake_client_secret, fake_token, fake_token_with, user_id_part};

#[test]
fn the_fake_token_has_the_documented_shape() {
    let token = fake_token(USER_ID);
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3);
    assert!(USER_ID_PART_LEN.contains(&parts[0].len()) && parts[0].starts_with('M'));
    assert_eq!(decode_user_id(parts[0].as_bytes()), Some(USER_ID));
    assert_eq!(fake_client_secret().len(), CLIENT_SECRET_LEN);
}

#[test]
fn finds_a_bot_token_wherever_it_is_embedded() {
    let token = fake_token(USER_ID);
    let embeddings = [
        token.clone(),
        format!("  {token}\n"),
        format!("Bot {token}"),
        format!("Authorization: Bot {token}"),
        format!("DISCORD_TOKEN={token}"),
        format!("{{\"token\":\"{token}\"}}"),
        format!("https://example.com/hook?token={token}&state=abc"),
        format!("https://example.com/{token}/callback"),
        // Glued to base64 chars before it, and a signature that runs on: scanners flag these too.
        format!("xyz{token}"),
        format!("{token}AbCdEf"),
        format!("{token}.more.dots"),
        format!("first line\nsecond line {token} third"),
        format!("é日本{token}ü"),
    ];
    for text in &embeddings {
        assert_eq!(detect_secret(text), Some(SecretKind::BotToken), "missed a token in {text:?}");
    }
}

#[test]
fn finds_every_documented_part_length() {
    // 17, 18 and 19 digit ids (first parts of 23, 24 and 26 chars) up to the largest id Discord accepts, and
    // the three first letters: `M`, `N`, `O` for a first digit of 1-3, 4-7, 8-9. A 20-digit id would need 27
    // chars, but every 20-digit number is above `i64::MAX`.
    let ids = [
        10_000_000_000_000_000,
        41_771_983_423_143_937,
        81_384_788_765_712_384,
        198_622_483_471_925_248,
        USER_ID,
        i64::MAX as u64,
    ];
    for id in ids {
        for timestamp_len in TIMESTAMP_PART_LEN {
            for signature_len in SIGNATURE_PART_LEN {
                let token = fake_token_with(id, timestamp_len, signature_len);
                assert_eq!(
                    detect_secret(&token),
                    Some(SecretKind::BotToken),
                    "missed {id} {timestamp_len} {signature_len}"
                );
            }
        }
    }
    let first_letters: String = ids.iter().map(|id| user_id_part(*id).chars().next().unwrap_or('?')).collect();
    assert_eq!(first_letters, "MNOMMO");
    let lens: Vec<usize> = ids.iter().map(|id| user_id_part(*id).len()).collect();
    assert_eq!(lens, [23, 23, 23, 24, 24, 26]);
}

#[test]
fn rejects_token_lookalikes() {
    let token = fake_token(USER_ID);
    let (first, rest) = token.split_once('.').unwrap_or_default();
    let (timestamp, signature) = rest.split_once('.').unwrap_or_default();
    let lookalikes = [
        // First part that is not an id: another first letter, base64 of words, of too large or too small a number,
        // of a leading zero. (Not of a 20-digit number: its last 23 chars are the base64 of its last 17 digits, an
        // id, so that text holds a token glued to `MTg0` or the like, and is flagged like any glued token.)
        format!("A{}.{rest}", &first[1..]),
        format!("{}.{rest}", URL_SAFE_NO_PAD.encode("not a decimal id!")),
        format!("{}.{rest}", URL_SAFE_NO_PAD.encode("9300000000000000000")),
        format!("{}.{rest}", URL_SAFE_NO_PAD.encode("0157730590492196864")),
        format!("{}.{rest}", URL_SAFE_NO_PAD.encode("4194303")),
        // Parts of the wrong length.
        format!("{first}.{}.{signature}", &timestamp[..5]),
        format!("{first}.{timestamp}X1.{signature}"),
        format!("{first}.{timestamp}.{}", &signature[..26]),
        format!("{first}{timestamp}{signature}"),
        format!("{first}.{timestamp}"),
        // Another separator.
        format!("{first}:{timestamp}:{signature}"),
        format!("{first}. {timestamp}.{signature}"),
    ];
    for text in &lookalikes {
        assert_eq!(detect_secret(text), None, "flagged {text:?}");
    }
}

#[test]
fn leaves_ordinary_strings_alone() {
    let jwt = [
        URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(r#"{"sub":"1234567890"}"#),
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c".to_string(),
    ]
    .join(".");
    let ordinary = [
        String::new(),
        " ".to_string(),
        jwt,
        "discord.com".to_string(),
        "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot+applications.commands&permissions=8"
            .to_string(),
        "https://nicememe.website/callback?code=abc.def.ghi".to_string(),
        "1.2.3".to_string(),
        "v0.10.3-alpha.1".to_string(),
        "157730590492196864".to_string(),
        "9223372036854775807".to_string(),
        user_id_part(USER_ID),
        URL_SAFE_NO_PAD.encode([0x5a_u8; 90]),
        "answer slash commands in every channel".to_string(),
        "15773059ghq9183habn".to_string(),
        "VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS".to_string(),
        "send_messages_in_threads_and_mor".to_string(),
        "SEND_MESSAGES_IN_THREADS_AND_MOR".to_string(),
        "d41d8cd98f00b204e9800998ecf8427e".to_string(),
        "D41D8CD98F00B204E9800998ECF8427E".to_string(),
        "123e4567-e89b-12d3-a456-426614174000".to_string(),
        "SendMessagesInThreadsAndMoreNow_".to_string(),
    ];
    for text in &ordinary {
        assert_eq!(detect_secret(text), None, "flagged {text:?}");
    }
}

#[test]
fn leaves_every_permission_and_scope_name_alone() {
    for info in &PERMISSION_INFO {
        for (spelling, _) in spellings(info) {
            assert_eq!(detect_secret(spelling), None, "flagged the permission name {spelling:?}");
        }
    }
    for info in &SCOPE_INFO {
        assert_eq!(detect_secret(info.name), None, "flagged the scope {:?}", info.name);
    }
}

#[test]
fn finds_a_client_secret_standing_alone() {
    let secret = fake_client_secret();
    for text in [secret.clone(), format!("  {secret}\n"), format!("{}-_{}", &secret[..15], &secret[17..])] {
        assert_eq!(detect_secret(&text), Some(SecretKind::ClientSecret), "missed {text:?}");
    }
    // 31 or 33 chars, a dot, or text around it: not standing alone.
    for text in [
        secret[1..].to_string(),
        format!("{secret}x"),
        format!("{}.{}", &secret[..16], &secret[17..]),
        format!("secret is {secret}"),
        format!("https://example.com/{secret}"),
    ] {
        assert_eq!(detect_secret(&text), None, "flagged {text:?}");
    }
}

#[test]
fn the_mix_heuristic_needs_both_cases_and_a_digit() {
    let secret = fake_client_secret();
    assert_eq!(detect_secret(&secret.to_ascii_lowercase()), None);
    assert_eq!(detect_secret(&secret.to_ascii_uppercase()), None);
    let no_digit: String = secret.chars().map(|c| if c.is_ascii_digit() { 'q' } else { c }).collect();
    assert_eq!(detect_secret(&no_digit), None);
}

#[test]
fn finds_a_client_secret_after_its_key_whatever_its_mix() {
    let lowercase = fake_client_secret().to_ascii_lowercase();
    for text in [
        format!("client_secret={lowercase}"),
        format!("grant_type=authorization_code&client_secret={lowercase}&code=x"),
        format!(r#"{{"client_id": "157730590492196864", "client_secret": "{lowercase}"}}"#),
        format!("CLIENT_SECRET = '{lowercase}'"),
        format!("client_secret: {lowercase}\n"),
    ] {
        assert_eq!(detect_secret(&text), Some(SecretKind::ClientSecret), "missed {text:?}");
    }
    for text in [
        format!("client_secret={lowercase}x"),
        format!("client_secret={}", &lowercase[1..]),
        format!("client_secret {lowercase}"),
        format!("client_secret_hash={lowercase}"),
        "client_secret".to_string(),
        "client_secret=".to_string(),
    ] {
        assert_eq!(detect_secret(&text), None, "flagged {text:?}");
    }
}

#[test]
fn a_random_state_is_no_client_secret() {
    let random = fake_client_secret();
    assert_eq!(detect_secret_in_state(&random), None);
    assert_eq!(detect_secret_in_state(&format!("  {random}\n")), None);
    assert_eq!(detect_secret_in_state(&fake_token(USER_ID)), Some(SecretKind::BotToken));
    assert_eq!(detect_secret_in_state(&format!("Bot%20{}", fake_token(USER_ID))), Some(SecretKind::BotToken));
    let lowercase = random.to_ascii_lowercase();
    assert_eq!(detect_secret_in_state(&format!("client_secret={lowercase}")), Some(SecretKind::ClientSecret));
    // In a link, the value of `state=` (any case of the key) is read the same way; any other part is not.
    let base = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=identify";
    for link in [format!("{base}&state={random}"), format!("{base}&STATE={random}&prompt=none")] {
        assert_eq!(detect_secret_in_link(&link), None, "{link}");
    }
    for link in [
        format!("{base}&nonce={random}"),
        format!("{base}&state=abc&x={random}"),
        format!("{base}&state=abc#{random}"),
        format!("{base}&xstate={random}"),
    ] {
        assert_eq!(detect_secret_in_link(&link), Some(SecretKind::ClientSecret), "{link}");
    }
    assert_eq!(detect_secret_in_link(&format!("{base}&state={}", fake_token(USER_ID))), Some(SecretKind::BotToken));
}

#[test]
fn messages_name_the_rule_and_never_carry_text() {
    assert_eq!(SECRET_IN_SOURCE, "secret_in_source");
    assert_eq!(SecretKind::BotToken.rule(), crate::Rule::SecretInSource);
    assert_eq!(SECRET_IN_SOURCE, crate::Rule::SecretInSource.name());
    assert_eq!(SecretKind::ClientSecret.rule().default_level(), crate::rules::Level::Deny);
    assert_eq!(
        SecretKind::BotToken.message(),
        "this looks like a Discord bot token; never put it in source: delete it and reset the token in the Developer Portal"
    );
    for kind in [SecretKind::BotToken, SecretKind::ClientSecret] {
        assert_eq!(kind.to_string(), kind.describe());
        for text in [kind.message(), kind.help()] {
            // Lowercase first, no final period: the style of every message of the project.
            assert!(text.starts_with(|c: char| c.is_ascii_lowercase()) && !text.ends_with('.'), "{text}");
            assert_eq!(detect_secret(text), None);
        }
    }
}

/// Ids as long as real user ids: 17 digits (ids from Discord's first days) to 19 (today's), up to the largest
/// id Discord accepts.
fn snowflake() -> impl Strategy<Value = u64> {
    10_000_000_000_000_000..=(i64::MAX as u64)
}

proptest! {
    #[test]
    fn never_panics_on_any_text(text in any::<String>()) {
        let _ = detect_secret(&text);
    }

    #[test]
    fn never_panics_on_token_alphabet_soup(text in "[A-Za-z0-9_.=: -]{0,160}") {
        let _ = detect_secret(&text);
    }

    #[test]
    fn finds_any_id_in_any_surroundings(
        id in snowflake(),
        timestamp_len in TIMESTAMP_PART_LEN,
        signature_len in SIGNATURE_PART_LEN,
        before in "(|.*[^A-Za-z0-9_-])",
        after in "(|[^.A-Za-z0-9_-].*)",
    ) {
        let text = format!("{before}{}{after}", fake_token_with(id, timestamp_len, signature_len));
        prop_assert_eq!(detect_secret(&text), Some(SecretKind::BotToken));
    }

    #[test]
    fn a_lone_first_part_is_never_a_token(id in snowflake(), noise in "[A-Za-z0-9_-]{0,40}") {
        // The id's base64 with base64 around it, but no dots: a blob, not a token.
        let text = format!("{}{noise}", user_id_part(id));
        prop_assert_ne!(detect_secret(&text), Some(SecretKind::BotToken));
    }
}
