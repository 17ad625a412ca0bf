//! Finding Discord secrets in text: bot tokens and client secrets.
//!
//! [`detect_secret`] is shared by the macros and the run-time code. The macros call it on the value of every
//! string literal they read and turn a find into the `secret_in_source` build error
//! ([`Rule::SecretInSource`](crate::Rule::SecretInSource)); run-time code can call it on anything it is about to log, publish or put in a link.
//! Both sides word the finding with [`SecretKind::message`] and [`SecretKind::help`], so a build error and a
//! run-time error say the same thing. None of these messages contains the secret: a build log or a bug report
//! that quotes the error must not leak what it warns about.
//!
//! ```
//! use botperms_core::secrets::{SecretKind, detect_secret};
//!
//! assert_eq!(detect_secret("SEND_MESSAGES"), None);
//! assert_eq!(detect_secret("https://example.com/callback"), None);
//! // A made-up client secret, assembled here so that no secret-shaped literal sits in the source.
//! let secret = ["Ab3dE", "fGh1jK", "lMn0pQ", "rSt9uV", "wXy8zA", "bC7"].concat();
//! assert_eq!(detect_secret(&secret), Some(SecretKind::ClientSecret));
//! assert!(!SecretKind::ClientSecret.message().contains(&secret));
//! ```
//!
//! # What counts as a secret
//!
//! Discord does not document either shape; these are the shapes secret scanners agree on.
//!
//! - **Bot token**: three base64url parts without padding, joined by dots. The first is the base64 of the bot's
//!   user id written in decimal (23-28 chars, starting with `M`, `N` or `O`), the second a timestamp (6-7 chars),
//!   the third a signature (27-38 chars). It is found anywhere in the text (`"Bot <token>"`, a URL, a
//!   `KEY=value` line), and only when the first part really decodes to a Discord id: that check is what keeps
//!   other dotted base64 (JSON web tokens, domain names, version strings) from being flagged. Inside longer text
//!   the first part may be glued to the characters before it and the signature may run on; scanners match such
//!   text too, so this detector does the same rather than miss a token that was pasted carelessly.
//! - **Client secret**: exactly 32 chars of `A-Z a-z 0-9 - _`, no dots. That shape alone would also match
//!   ordinary identifiers (`send_messages_in_threads_and_more`, a lowercase hex digest), so a string is only
//!   flagged when it *is* such a run, apart from surrounding whitespace, and mixes an uppercase letter, a
//!   lowercase letter and a digit, as random text of that alphabet almost always does. The price: a real secret
//!   without a digit (about 1 in 230) or without a letter case goes unnoticed when it stands alone. A 32-char
//!   run that follows a `client_secret` key (`client_secret=...` in a URL or form body, `"client_secret": "..."`
//!   in JSON) is flagged whatever its mix, since the key says what it is.
//!
//! # `state` is meant to be random
//!
//! OAuth2's `state` is "unique to that user's request" (Discord's OAuth2 docs, State and Security): a random
//! value, and 32 random base64url chars are a common way to make one. So the value of `state` is never taken
//! for a client secret by its shape alone ([`detect_secret_in_state`]); a bot token there, or a value after a
//! `client_secret` key, still is. [`detect_secret_in_link`] reads a link's `state` parameter the same way.

use core::fmt;
use core::ops::RangeInclusive;

use crate::ids::validate_snowflake;

/// The name of the rule that reports a secret in source code, [`Rule::SecretInSource`](crate::Rule::SecretInSource),
/// as users write it in `allow(...)`/`deny(...)`. Detection sits below the rules, which use it, so
/// the name is written out here (a test holds it to the catalogue's).
pub const SECRET_IN_SOURCE: &str = "secret_in_source";

/// The message for a bot token found in text. It never includes the token.
pub const BOT_TOKEN_MESSAGE: &str = "this looks like a Discord bot token; never put it in source: delete it and reset the token in the Developer Portal";

/// The help line for a bot token found in text.
pub const BOT_TOKEN_HELP: &str = "anyone who has read the token controls the bot, so reset it (Bot page, Reset Token) \
     even after deleting it; read the new one at run time, e.g. from the `DISCORD_TOKEN` environment variable \
     with `BotToken::from_env()`";

/// The message for a client secret found in text. It never includes the secret.
pub const CLIENT_SECRET_MESSAGE: &str = "this looks like a Discord client secret; never put it in source: delete it \
     and reset the secret in the Developer Portal";

/// The help line for a client secret found in text.
pub const CLIENT_SECRET_HELP: &str = "reset it on the OAuth2 page of the Developer Portal, then read it at run time \
     (an environment variable or a secret store); an invite link never needs it";

/// What kind of secret [`detect_secret`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SecretKind {
    /// A bot token: whoever holds it controls the bot.
    BotToken,
    /// An application's client secret, which only Discord's OAuth token endpoint should ever see.
    ClientSecret,
}

impl SecretKind {
    /// What was found, as a noun phrase for messages: "a Discord bot token".
    pub const fn describe(self) -> &'static str {
        match self {
            Self::BotToken => "a Discord bot token",
            Self::ClientSecret => "a Discord client secret",
        }
    }

    /// The `secret_in_source` message: what was found and what to do ([`BOT_TOKEN_MESSAGE`],
    /// [`CLIENT_SECRET_MESSAGE`]).
    pub const fn message(self) -> &'static str {
        match self {
            Self::BotToken => BOT_TOKEN_MESSAGE,
            Self::ClientSecret => CLIENT_SECRET_MESSAGE,
        }
    }

    /// The help line that goes with [`message`](Self::message) ([`BOT_TOKEN_HELP`], [`CLIENT_SECRET_HELP`]).
    pub const fn help(self) -> &'static str {
        match self {
            Self::BotToken => BOT_TOKEN_HELP,
            Self::ClientSecret => CLIENT_SECRET_HELP,
        }
    }
}

impl fmt::Display for SecretKind {
    /// The [`describe`](Self::describe) phrase.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// Finds a Discord bot token or client secret in `text`, without saying where: callers report the whole
/// string (a literal, a value) and must never quote it. Pass the string's value, not source code with escapes.
///
/// A bot token is found anywhere in the text; a client secret only when it stands alone or follows a
/// `client_secret` key (the [module docs](self) give the shapes and the reasons). Runs in linear time and
/// never panics, whatever the input.
///
/// ```
/// use botperms_core::secrets::detect_secret;
///
/// for harmless in ["VIEW_CHANNEL | SEND_MESSAGES", "157730590492196864", "discord.com", "send_messages_in_threads_abc"] {
///     assert_eq!(detect_secret(harmless), None);
/// }
/// ```
pub fn detect_secret(text: &str) -> Option<SecretKind> {
    if text.len() < SHORTEST_SECRET {
        return None;
    }
    if contains_bot_token(text.as_bytes()) {
        Some(SecretKind::BotToken)
    } else if is_lone_client_secret(text) || has_client_secret_value(text.as_bytes()) {
        Some(SecretKind::ClientSecret)
    } else {
        None
    }
}

/// [`detect_secret`] for a link or URL: finds a secret in any of its parts (userinfo, path, every parameter
/// name and value, repeated parameters, the fragment), as written, percent-decoded once and decoded twice
/// (`%252E` is a dot encoded twice). A client secret counts when it is a whole part between the link's
/// delimiters, or follows a `client_secret` key.
///
/// ```
/// use botperms_core::secrets::{SecretKind, detect_secret_in_link};
///
/// let secret = ["Ab3dE", "fGh1jK", "lMn0pQ", "rSt9uV", "wXy8zA", "bC7"].concat();
/// let link = format!("https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot#{secret}");
/// assert_eq!(detect_secret_in_link(&link), Some(SecretKind::ClientSecret));
/// assert_eq!(detect_secret_in_link("https://discord.com/oauth2/authorize?client_id=157730590492196864"), None);
/// ```
///
/// The value of a `state` parameter is the exception: it is meant to be random, so a client secret's shape
/// alone does not count there (see [`detect_secret_in_state`]).
///
/// ```
/// # use botperms_core::secrets::{SecretKind, detect_secret_in_link};
/// # let secret = ["Ab3dE", "fGh1jK", "lMn0pQ", "rSt9uV", "wXy8zA", "bC7"].concat();
/// let link = format!("https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=identify&state={secret}");
/// assert_eq!(detect_secret_in_link(&link), None);
/// ```
pub fn detect_secret_in_link(link: &str) -> Option<SecretKind> {
    if link.len() < SHORTEST_SECRET {
        return None;
    }
    let once = percent_decode(link);
    let twice = percent_decode(&once);
    [link, once.as_str(), twice.as_str()].into_iter().find_map(detect_in_link_text)
}

/// [`detect_secret`] for the value of OAuth2's `state`, which is meant to be random: a bot token (in any
/// decoding) or a value after a `client_secret` key counts, a lone 32-char random value does not.
///
/// ```
/// use botperms_core::secrets::{SecretKind, detect_secret_in_state};
///
/// // 32 random base64url chars: a good `state`, not a client secret.
/// let random = ["Ab3dE", "fGh1jK", "lMn0pQ", "rSt9uV", "wXy8zA", "bC7"].concat();
/// assert_eq!(detect_secret_in_state(&random), None);
/// assert_eq!(detect_secret_in_state(&format!("client_secret={random}")), Some(SecretKind::ClientSecret));
/// ```
pub fn detect_secret_in_state(value: &str) -> Option<SecretKind> {
    if value.len() < SHORTEST_SECRET {
        return None;
    }
    let once = percent_decode(value);
    let twice = percent_decode(&once);
    [value, once.as_str(), twice.as_str()].into_iter().find_map(|text| {
        if contains_bot_token(text.as_bytes()) {
            Some(SecretKind::BotToken)
        } else {
            has_client_secret_value(text.as_bytes()).then_some(SecretKind::ClientSecret)
        }
    })
}

fn detect_in_link_text(text: &str) -> Option<SecretKind> {
    if contains_bot_token(text.as_bytes()) {
        return Some(SecretKind::BotToken);
    }
    let is_delimiter =
        |char: char| matches!(char, '?' | '&' | '=' | '#' | '@' | ':' | '/' | ';' | ',' | '+') || char.is_whitespace();
    // Each part with the part and delimiter before it, so that the value of `state=` is told apart.
    let mut lone = false;
    let (mut previous, mut start, mut before) = ("", 0, None);
    for (at, delimiter) in text.char_indices().filter(|(_, char)| is_delimiter(*char)).chain([(text.len(), ' ')]) {
        let part = &text[start..at];
        let is_state_value = before == Some('=') && previous.eq_ignore_ascii_case("state");
        lone |= !is_state_value && is_lone_client_secret(part);
        (previous, start, before) = (part, at + delimiter.len_utf8(), Some(delimiter));
    }
    (lone || has_client_secret_value(text.as_bytes())).then_some(SecretKind::ClientSecret)
}

/// `%XX` to its byte and `+` to a space, as form decoding does; invalid UTF-8 becomes U+FFFD. Written here
/// for the same reason as [`decode_base64url`].
fn percent_decode(text: &str) -> alloc::string::String {
    let bytes = text.as_bytes();
    let mut decoded = alloc::vec::Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(byte) = bytes.get(index) {
        let hex = |at: usize| bytes.get(at).and_then(|digit| char::from(*digit).to_digit(16));
        match (byte, hex(index + 1), hex(index + 2)) {
            (b'%', Some(high), Some(low)) => {
                let [.., value] = (high * 16 + low).to_be_bytes();
                decoded.push(value);
                index += 3;
            }
            (b'+', ..) => {
                decoded.push(b' ');
                index += 1;
            }
            (other, ..) => {
                decoded.push(*other);
                index += 1;
            }
        }
    }
    alloc::string::String::from_utf8_lossy(&decoded).into_owned()
}

/// Lengths of a bot token's first part: base64 of a 17- to 21-digit decimal id. Only 17 to 19 digits (23, 24
/// or 26 chars) can decode to an id Discord accepts; the wider range is what secret scanners match.
pub(crate) const USER_ID_PART_LEN: RangeInclusive<usize> = 23..=28;
/// Lengths of a bot token's second part, the timestamp.
pub(crate) const TIMESTAMP_PART_LEN: RangeInclusive<usize> = 6..=7;
/// Lengths of a bot token's third part, the signature.
pub(crate) const SIGNATURE_PART_LEN: RangeInclusive<usize> = 27..=38;
/// Length of a client secret.
pub(crate) const CLIENT_SECRET_LEN: usize = 32;
/// No text shorter than this holds a secret: a client secret is 32 bytes, a bot token at least
/// 23 + 1 + 6 + 1 + 27, and percent-decoding never lengthens a text (`%XX` becomes one byte, `+` one
/// space, and an invalid byte, which only `%XX` makes, a 3-byte U+FFFD). The macros look at every
/// identifier and literal they read, nearly all far shorter: this spares them the scans and the
/// decoding copies, which were most of an `invite_url!`'s expansion time in their unoptimized build.
const SHORTEST_SECRET: usize = CLIENT_SECRET_LEN;
const _: () = assert!(
    *USER_ID_PART_LEN.start() + 1 + *TIMESTAMP_PART_LEN.start() + 1 + *SIGNATURE_PART_LEN.start() >= SHORTEST_SECRET
);

/// The base64url alphabet, which both secrets are written in.
pub(crate) const fn is_token_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'
}

/// Decodes a bot token's first part to the bot's user id, or `None` when it is not the base64 of a Discord id
/// written in canonical decimal (no sign, no leading zero, no padding, no stray bits).
pub(crate) fn decode_user_id(part: &[u8]) -> Option<u64> {
    // The first char encodes the high bits of the first digit: `M` for 0-3, `N` for 4-7, `O` for 8-9.
    if !USER_ID_PART_LEN.contains(&part.len()) || !matches!(part.first(), Some(b'M' | b'N' | b'O')) {
        return None;
    }
    // 28 chars decode to at most 21 bytes; a fixed buffer keeps this free of allocation.
    let mut buffer = [0_u8; 21];
    let digits = decode_base64url(part, &mut buffer)?;
    if digits.first() == Some(&b'0') || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // Up to 21 digits can exceed `u64`: the checked arithmetic turns that into `None` instead of a wrong id.
    let id = digits.iter().try_fold(0_u64, |id, digit| id.checked_mul(10)?.checked_add(u64::from(digit - b'0')))?;
    validate_snowflake(id).ok()
}

/// The value of one base64url char.
const fn sextet(byte: u8) -> Option<u8> {
    match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// Decodes unpadded base64url into `out`. `None` for a char outside the alphabet, a length no encoding has
/// (4n + 1), leftover bits that are not zero (no canonical encoder writes them), or an `out` too small.
///
/// Written here rather than taken from the `base64` crate because the macros run this detector at build
/// time, and their dependency tree must stay proc-macro2, quote and syn (DESIGN.md); a first token part is at
/// most 28 chars, so a few lines do.
pub(crate) fn decode_base64url<'o>(text: &[u8], out: &'o mut [u8]) -> Option<&'o [u8]> {
    if text.len() % 4 == 1 {
        return None;
    }
    let (mut pending, mut pending_bits, mut len) = (0_u16, 0_u32, 0);
    for byte in text {
        pending = (pending << 6) | u16::from(sextet(*byte)?);
        pending_bits += 6;
        if pending_bits >= 8 {
            pending_bits -= 8;
            let [_, decoded] = (pending >> pending_bits).to_be_bytes();
            *out.get_mut(len)? = decoded;
            len += 1;
            pending &= (1 << pending_bits) - 1;
        }
    }
    (pending == 0).then_some(())?;
    out.get(..len)
}

/// How many of the first `limit` bytes are base64url chars, counting from the start.
fn run_len(bytes: &[u8], limit: usize) -> usize {
    bytes.iter().take(limit).take_while(|byte| is_token_byte(**byte)).count()
}

fn contains_bot_token(bytes: &[u8]) -> bool {
    // Every token has a dot after its first part; trying each dot keeps the scan linear, because each check
    // looks at most 28 bytes back and 36 ahead.
    bytes.iter().enumerate().any(|(index, byte)| *byte == b'.' && token_with_first_dot_at(bytes, index))
}

/// Whether a bot token's first dot is at `dot`.
fn token_with_first_dot_at(bytes: &[u8], dot: usize) -> bool {
    let Some(after) = bytes.get(dot + 1..) else { return false };
    // The timestamp sits between two dots, so its length is exact.
    let timestamp = run_len(after, *TIMESTAMP_PART_LEN.end() + 1);
    if !TIMESTAMP_PART_LEN.contains(&timestamp) || after.get(timestamp) != Some(&b'.') {
        return false;
    }
    // The signature only needs its minimum: a longer run still holds a token (see the module docs).
    let signature_min = *SIGNATURE_PART_LEN.start();
    let signature = after.get(timestamp + 1..).map_or(0, |rest| run_len(rest, signature_min));
    if signature < signature_min {
        return false;
    }
    let Some(before) = bytes.get(..dot) else { return false };
    let run = before.iter().rev().take(*USER_ID_PART_LEN.end()).take_while(|byte| is_token_byte(**byte)).count();
    // The first part may be glued to what precedes it, so try every suffix of a possible length.
    USER_ID_PART_LEN.filter(|len| *len <= run).any(|len| before.get(dot - len..).and_then(decode_user_id).is_some())
}

/// Exactly 32 base64url chars, no dots.
pub(crate) fn has_client_secret_shape(text: &str) -> bool {
    text.len() == CLIENT_SECRET_LEN && text.bytes().all(is_token_byte)
}

/// A client secret's shape, standing alone, with the mix of chars random text has (see the module docs).
fn is_lone_client_secret(text: &str) -> bool {
    let text = text.trim();
    has_client_secret_shape(text)
        && text.bytes().any(|byte| byte.is_ascii_uppercase())
        && text.bytes().any(|byte| byte.is_ascii_lowercase())
        && text.bytes().any(|byte| byte.is_ascii_digit())
}

/// A 32-char run right after a `client_secret` key: `client_secret=...`, `"client_secret": "..."`.
fn has_client_secret_value(bytes: &[u8]) -> bool {
    const KEY: &[u8] = b"client_secret";
    bytes.windows(KEY.len()).enumerate().any(|(start, window)| {
        if !window.eq_ignore_ascii_case(KEY) {
            return false;
        }
        let Some(rest) = bytes.get(start + KEY.len()..) else { return false };
        let is_filler = |byte: &&u8| matches!(**byte, b'"' | b'\'' | b' ' | b'\t');
        let mut rest = rest.iter().skip_while(is_filler);
        if !matches!(rest.next(), Some(b'=' | b':')) {
            return false;
        }
        let value = rest.skip_while(is_filler);
        // Count one past the length, so that a longer run does not count as a secret.
        value.take(CLIENT_SECRET_LEN + 1).take_while(|byte| is_token_byte(**byte)).count() == CLIENT_SECRET_LEN
    })
}

#[cfg(test)]
pub(crate) mod tests;
