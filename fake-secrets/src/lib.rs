//! Made-up secrets for the tests of botperms' crates: bot tokens and client secrets shaped like the
//! Developer Portal's, assembled at run time from an example id of Discord's docs and filler, so that no
//! file of the repository holds a literal that a secret scanner (or botperms' own detector) would flag.
//! No one holds these secrets.
//!
//! ```
//! use botperms_fake_secrets::{USER_ID, fake_client_secret, fake_token, reveals};
//!
//! let token = fake_token(USER_ID);
//! assert_eq!(token.split('.').count(), 3);
//! assert!(reveals(&format!("found {token}"), &token));
//! assert!(!reveals(&format!("found {}…[redacted]", &token[..4]), &token));
//! assert_eq!(fake_client_secret().len(), 32);
//! ```

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The example application id of Discord's docs; not a bot anyone holds a token for.
pub const USER_ID: u64 = 157_730_590_492_196_864;

/// How many chars of a secret a redaction keeps (`MTU3…[redacted]`): a piece one longer gives it away.
pub const SHOWN_CHARS: usize = 4;

/// The first part of a token for `user_id`: the id in base64url without padding, as Discord writes it.
#[must_use]
pub fn user_id_part(user_id: u64) -> String {
    URL_SAFE_NO_PAD.encode(user_id.to_string())
}

/// A made-up token for `user_id` whose timestamp and signature parts have the given lengths.
#[must_use]
pub fn fake_token_with(user_id: u64, timestamp_len: usize, signature_len: usize) -> String {
    let timestamp: String = "GhIjKl9".chars().cycle().take(timestamp_len).collect();
    let signature: String = "s1Gn4tUr3-_xYz".chars().cycle().take(signature_len).collect();
    format!("{}.{timestamp}.{signature}", user_id_part(user_id))
}

/// A made-up token for `user_id`, shaped like the tokens of today's Developer Portal.
#[must_use]
pub fn fake_token(user_id: u64) -> String {
    fake_token_with(user_id, 6, 38)
}

/// A made-up client secret: 32 chars mixing both cases and digits.
#[must_use]
pub fn fake_client_secret() -> String {
    ["Ab3dE", "fGh1jK", "lMn0pQ", "rSt9uV", "wXy8zA", "bC7"].concat()
}

/// Whether `shown` gives away more of `secret` than the [`SHOWN_CHARS`] a redaction keeps: any piece of it
/// one char longer.
#[must_use]
pub fn reveals(shown: &str, secret: &str) -> bool {
    secret
        .as_bytes()
        .windows(SHOWN_CHARS + 1)
        .any(|piece| shown.as_bytes().windows(piece.len()).any(|window| window == piece))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_starts_with_the_id_as_discord_encodes_it() {
        // Discord's docs: the first part is the base64 of the user id; 157730590492196864 gives this.
        assert_eq!(user_id_part(USER_ID), "MTU3NzMwNTkwNDkyMTk2ODY0");
        let token = fake_token_with(USER_ID, 6, 27);
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts, ["MTU3NzMwNTkwNDkyMTk2ODY0", "GhIjKl", "s1Gn4tUr3-_xYzs1Gn4tUr3-_xY"]);
    }

    #[test]
    fn a_redacted_secret_is_not_revealed_and_any_longer_piece_is() {
        let secret = fake_client_secret();
        assert!(!reveals(&format!("`{}…[redacted]`", &secret[..SHOWN_CHARS]), &secret));
        assert!(reveals(&format!("x{}x", &secret[10..15]), &secret));
        assert!(!reveals("", &secret));
    }
}
