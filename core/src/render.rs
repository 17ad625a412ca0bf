//! The one place every message of botperms goes through before anyone reads it.
//!
//! Messages quote what users wrote: a misspelled scope, a parameter of a pasted link, an environment
//! variable's name. Two things must never reach a terminal, a build log or a JSON report that way:
//!
//! - **Secrets.** Anything shaped like a bot token or a client secret, or a long piece of one, is replaced by
//!   its first few chars and `…[redacted]` (`MTk4…[redacted]`): enough to recognise which value was meant,
//!   too little to use it. The shapes are those of [`secrets`](crate::secrets), widened to pieces, because a
//!   message may quote a token cut at a dot or at 40 chars.
//! - **Terminal control.** Control chars (C0, DEL, C1: an escape sequence can clear the screen or forge a
//!   line) and invisible formatting chars (bidi overrides and isolates, marks, zero-width chars, tags: they
//!   reorder or hide what is shown) are written as Rust escapes, `\u{1b}`.
//!
//! [`Untrusted`] is the adapter to format such text with; [`clean`] does the same into a string. Both are
//! idempotent, so text cleaned twice reads the same, and they run in time linear in the text.
//!
//! ```
//! use botperms_core::render::{Untrusted, clean};
//!
//! let scope = "bot\u{1b}[2J";
//! assert_eq!(format!("unknown scope `{}`", Untrusted(scope)), "unknown scope `bot\\u{1b}[2J`");
//!
//! // A made-up client secret, assembled so that no secret-shaped literal sits in the source.
//! let secret = ["Ab3dE", "fGh1jK", "lMn0pQ", "rSt9uV", "wXy8zA", "bC7"].concat();
//! assert_eq!(clean(&format!("unknown scope `{secret}`")), "unknown scope `Ab3d…[redacted]`");
//! ```

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Write as _};
use core::ops::Range;

use crate::secrets::{TIMESTAMP_PART_LEN, USER_ID_PART_LEN, decode_base64url, is_token_byte};

/// What replaces the hidden part of a secret.
pub const REDACTED: &str = "…[redacted]";

/// How many leading chars of a secret stay visible.
pub const SHOWN_CHARS: usize = 4;

/// Text that came from a user, a link or the environment, formatted with secrets redacted and control and
/// invisible chars escaped (the [module docs](self) say which).
///
/// `Display` writes the cleaned text; `Debug` writes it quoted, as `Debug` of a `str` would, so a derived
/// `Debug` of a type holding input can delegate to it.
///
/// ```
/// use botperms_core::render::Untrusted;
///
/// assert_eq!(Untrusted("a\u{202e}b").to_string(), "a\\u{202e}b");
/// assert_eq!(format!("{:?}", Untrusted("say \"hi\"")), "\"say \\\"hi\\\"\"");
/// ```
#[derive(Clone, Copy)]
pub struct Untrusted<'a>(pub &'a str);

impl fmt::Display for Untrusted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&clean(self.0))
    }
}

impl fmt::Debug for Untrusted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        for char in clean(self.0).chars() {
            match char {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                other => f.write_char(other)?,
            }
        }
        f.write_char('"')
    }
}

/// `text` with secrets redacted and control and invisible chars escaped; borrowed when there was nothing to
/// change.
///
/// ```
/// use botperms_core::render::clean;
///
/// assert_eq!(clean("SEND_MESSAGES"), "SEND_MESSAGES");
/// assert_eq!(clean("line\nbreak"), "line\\nbreak");
/// ```
pub fn clean(text: &str) -> Cow<'_, str> {
    cleaned(text, false)
}

/// [`clean`] of an owned string, reusing it when there was nothing to change.
pub fn clean_owned(text: String) -> String {
    match clean(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(cleaned) => cleaned,
    }
}

/// [`clean`] for a whole message made of lines, such as a build error with its `help:` line: line breaks
/// stay, everything else is cleaned. Untrusted parts must have been cleaned (or be [`Untrusted`]) before
/// they were put in, so that they cannot bring a line break of their own.
///
/// ```
/// use botperms_core::render::clean_message;
///
/// assert_eq!(clean_message("unknown scope `b\u{1b}t`\n\nhelp: write `bot`"), "unknown scope `b\\u{1b}t`\n\nhelp: write `bot`");
/// ```
pub fn clean_message(text: &str) -> Cow<'_, str> {
    cleaned(text, true)
}

fn cleaned(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    match redact(text) {
        Cow::Borrowed(text) => escaped(text, keep_newlines),
        Cow::Owned(redacted) => Cow::Owned(escaped(&redacted, keep_newlines).into_owned()),
    }
}

/// `text` with control and invisible chars written as Rust escapes (`\n`, `\u{1b}`, `\u{202e}`).
/// Backslashes stay as they are, so escaping twice changes nothing.
pub fn escape(text: &str) -> Cow<'_, str> {
    escaped(text, false)
}

fn escaped(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let needs = |char: char| needs_escape(char) && !(keep_newlines && char == '\n');
    if !text.chars().any(needs) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for char in text.chars() {
        match char {
            '\n' if keep_newlines => escaped.push('\n'),
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            '\t' => escaped.push_str("\\t"),
            char if needs_escape(char) => {
                // Writing to a `String` cannot fail.
                let _ = write!(escaped, "\\u{{{:x}}}", u32::from(char));
            }
            char => escaped.push(char),
        }
    }
    Cow::Owned(escaped)
}

/// Whether `char` could move the cursor, change the terminal's state, reorder text or hide itself.
pub fn needs_escape(char: char) -> bool {
    char.is_control() || is_invisible_format(char)
}

/// Unicode's invisible formatting chars (category Cf) and the line and paragraph separators.
fn is_invisible_format(char: char) -> bool {
    matches!(
        u32::from(char),
        0xAD | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x180E
            | 0x200B..=0x200F
            | 0x2028..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// `text` with every secret-shaped run cut to its first [`SHOWN_CHARS`] chars and [`REDACTED`]; borrowed
/// when nothing looked like a secret.
///
/// What counts (runs are maximal stretches of base64url chars, `A-Z a-z 0-9 - _`):
/// - a bot token, its three parts and the dots between them, wherever it stands;
/// - a run of 16 or more chars starting with `M`, `N` or `O` that decodes to decimal digits: a token's first
///   part (the bot's id in base64), whole or cut short;
/// - a run of 20 or more chars mixing uppercase, lowercase and digits: a client secret or a token's
///   signature, whole or cut short. Names of permissions, scopes and rules never mix all three.
///
/// The value of `state` (`state=..`, `--state=..`, `"state": ".."`) is meant to be random, so random-looking
/// text there stays shown, as [`detect_secret_in_state`](crate::secrets::detect_secret_in_state) does not
/// call it a secret either: a link printed with one must still work. A bot token there is still redacted.
pub fn redact(text: &str) -> Cow<'_, str> {
    let spans = secret_spans(text.as_bytes());
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut redacted = String::with_capacity(text.len());
    let mut kept = 0;
    for span in spans {
        redacted.push_str(&text[kept..span.start]);
        // Runs are ASCII, so any byte offset inside one is a char boundary.
        redacted.push_str(&text[span.start..span.start + SHOWN_CHARS]);
        redacted.push_str(REDACTED);
        kept = span.end;
    }
    redacted.push_str(&text[kept..]);
    Cow::Owned(redacted)
}

/// Whether [`redact`] would hide something in `text`.
pub fn has_secret_shape(text: &str) -> bool {
    !secret_spans(text.as_bytes()).is_empty()
}

/// The byte ranges to redact, in order, not overlapping, each longer than [`SHOWN_CHARS`].
fn secret_spans(bytes: &[u8]) -> Vec<Range<usize>> {
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    while start < bytes.len() {
        if !is_token_byte(bytes[start]) {
            start += 1;
            continue;
        }
        let end = start + bytes[start..].iter().take_while(|byte| is_token_byte(**byte)).count();
        if let Some((token_start, mut token_end)) = token_from(bytes, start, end) {
            // Tokens glued end to start: the signature's run ends in the next token's first part.
            while let Some((_, next_end)) = token_from(bytes, run_start(bytes, token_end), token_end) {
                token_end = next_end;
            }
            spans.push(token_start..token_end);
            start = token_end;
            continue;
        }
        if is_secret_run(&bytes[start..end]) && !is_state_value(&bytes[..start]) {
            spans.push(start..end);
        }
        start = end;
    }
    spans
}

/// Whether the text before a run ends in a `state` key: `state=`, `--state=`, `state: `, `"state": "`, any
/// case, and `state` not the end of a longer name.
fn is_state_value(before: &[u8]) -> bool {
    const KEY: &[u8] = b"state";
    let is_filler = |byte: &u8| matches!(byte, b'"' | b'\'' | b' ');
    let trimmed = |text: &[u8]| text.len() - text.iter().rev().take_while(|byte| is_filler(byte)).count();
    let before = &before[..trimmed(before)];
    let Some((separator, rest)) = before.split_last() else { return false };
    if !matches!(separator, b'=' | b':') {
        return false;
    }
    let rest = &rest[..trimmed(rest)];
    let Some(key_start) = rest.len().checked_sub(KEY.len()) else { return false };
    let (ahead, key) = rest.split_at(key_start);
    key.eq_ignore_ascii_case(KEY) && (ahead.ends_with(b"--") || ahead.last().is_none_or(|byte| !is_token_byte(*byte)))
}

/// When the run `start..end` ends in a token's first part (the base64 of a Discord id) followed by a dot,
/// where the token starts and ends: through a timestamp-sized part and the signature after it, whatever their length,
/// so that a token cut short is hidden as a whole too. What is glued before the first part is left shown.
fn token_from(bytes: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
    let timestamp_start = dot_at(bytes, end)?;
    let run = &bytes[start..end];
    let first_part = USER_ID_PART_LEN
        .rev()
        .filter(|len| *len <= run.len())
        .find(|len| crate::secrets::decode_user_id(&run[run.len() - len..]).is_some())?;
    let run_after = |from: usize| {
        from + bytes.get(from..).map_or(0, |rest| rest.iter().take_while(|byte| is_token_byte(**byte)).count())
    };
    let timestamp_end = run_after(timestamp_start);
    if timestamp_end - timestamp_start > *TIMESTAMP_PART_LEN.end() {
        // Not a timestamp: the first part stands alone, and is redacted as a run.
        return None;
    }
    let token_end = dot_at(bytes, timestamp_end).map_or(timestamp_end, run_after);
    Some((end - first_part, token_end))
}

/// Where the next part starts when a dot is at `at`, spaces around it allowed: a token written as
/// identifiers in macro input prints as `MTk4 . GhIj . s1Gn`.
fn dot_at(bytes: &[u8], at: usize) -> Option<usize> {
    let spaces =
        |from: usize| from + bytes.get(from..).map_or(0, |rest| rest.iter().take_while(|byte| **byte == b' ').count());
    let dot = spaces(at);
    (bytes.get(dot) == Some(&b'.')).then(|| spaces(dot + 1))
}

/// Where the run of base64url chars that ends at `end` starts.
fn run_start(bytes: &[u8], end: usize) -> usize {
    end - bytes[..end].iter().rev().take_while(|byte| is_token_byte(**byte)).count()
}

/// A run that is a token's first part or a client secret or signature, whole or a long piece of one.
fn is_secret_run(run: &[u8]) -> bool {
    looks_like_user_id_part(run) || looks_random(run)
}

/// 16 or more chars starting with `M`, `N` or `O` whose whole groups of four decode to ASCII digits.
fn looks_like_user_id_part(run: &[u8]) -> bool {
    if run.len() < 16 || !matches!(run.first(), Some(b'M' | b'N' | b'O')) {
        return false;
    }
    // Only the first part's 28 chars at most matter: longer runs are judged by their start.
    let groups = &run[..run.len().min(*USER_ID_PART_LEN.end()) / 4 * 4];
    let mut buffer = [0_u8; 21];
    decode_base64url(groups, &mut buffer).is_some_and(|digits| digits.iter().all(u8::is_ascii_digit))
}

/// 20 or more chars with an uppercase letter, a lowercase letter and a digit, as random text has.
fn looks_random(run: &[u8]) -> bool {
    run.len() >= 20
        && run.iter().any(u8::is_ascii_uppercase)
        && run.iter().any(u8::is_ascii_lowercase)
        && run.iter().any(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests;
