//! [`BotToken`]: the bot's password, held so that it does not leak by accident.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;
use core::str::FromStr;

use secrecy::zeroize::Zeroizing;
use secrecy::{ExposeSecret, SecretString};

use crate::ids::parse_snowflake;
use crate::secrets::{
    SIGNATURE_PART_LEN, TIMESTAMP_PART_LEN, USER_ID_PART_LEN, decode_user_id, has_client_secret_shape, is_token_byte,
};

/// Where to get a bot token: said by every error that means "this is not the token".
const WHERE_TOKENS_COME_FROM: &str =
    "copy the token from the Bot page of the Developer Portal (it is shown once, after Reset Token)";

/// A Discord bot token, held as a secret.
///
/// Anyone holding a bot token controls the bot, so this type keeps it from leaking by accident:
///
/// - `Debug` and `Display` print `[redacted]` in its place; they show only the bot's user id, which is public.
/// - It has no `Serialize` impl, with or without the `serde` feature, so it cannot end up in a config dump or
///   a log record.
/// - It lives in a [`SecretString`] of the `secrecy` crate, which overwrites it with zeros when dropped; the
///   constructors also wipe the copies they make. Copies made outside this type (the caller's string, the
///   process environment) are out of its reach.
/// - Reading it takes an explicit [`expose_secret`](Self::expose_secret) or
///   [`authorization_header`](Self::authorization_header), easy to find in review.
///
/// The constructors check the token's shape (the [`secrets`](crate::secrets) module describes it) and say what
/// is wrong without repeating the value, including the usual mistakes of pasting the Client Secret or the
/// application id instead.
///
/// ```
/// use botperms_core::BotToken;
/// # use base64::Engine as _;
/// # // A made-up token, assembled from parts so that no token-shaped literal sits in the docs.
/// # let user_id = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode("157730590492196864");
/// # let made_up_token = format!("{user_id}.GhIjKl.{}", "s1Gn4tUr3".repeat(3));
///
/// // In a bot: `let token = BotToken::from_env()?;`, which reads `DISCORD_TOKEN`.
/// let token = BotToken::new(made_up_token)?;
/// assert_eq!(token.bot_user_id(), 157730590492196864);
/// assert_eq!(format!("{token:?}"), "BotToken { bot_user_id: 157730590492196864, token: [redacted] }");
///
/// // Reading the token is explicit, and the header is a secret too.
/// use botperms_core::secrecy::ExposeSecret as _;
/// let header = token.authorization_header();
/// assert!(header.expose_secret().starts_with("Bot "));
///
/// // An invite's client id should name the same application (a warning only: see `check_client_id`).
/// assert!(token.check_client_id(157730590492196864_u64).is_ok());
/// # Ok::<(), botperms_core::TokenError>(())
/// ```
#[derive(Clone)]
pub struct BotToken {
    token: SecretString,
    bot_user_id: u64,
}

impl BotToken {
    /// The environment variable [`from_env`](Self::from_env) reads, as most Discord libraries' examples name it.
    pub const ENV_VAR: &'static str = "DISCORD_TOKEN";

    /// Checks a token and takes it. Surrounding whitespace and a leading `Bot ` (as in the `Authorization`
    /// header) are removed first. The string passed in is wiped before this returns, whatever the outcome.
    pub fn new(token: impl Into<String>) -> Result<Self, TokenError> {
        // Owning the caller's string lets it be wiped on every path, the error paths included.
        let raw = Zeroizing::new(token.into());
        parse(&raw).map_err(|kind| TokenError { kind, variable: None })
    }

    /// Reads the token from the `DISCORD_TOKEN` environment variable ([`ENV_VAR`](Self::ENV_VAR)).
    ///
    /// ```no_run
    /// use botperms_core::BotToken;
    ///
    /// let token = BotToken::from_env()?;
    /// println!("logging in as bot user {}", token.bot_user_id());
    /// # Ok::<(), botperms_core::TokenError>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn from_env() -> Result<Self, TokenError> {
        Self::from_env_var(Self::ENV_VAR)
    }

    /// Reads the token from the environment variable `name`. Errors say whether it is unset, empty, not
    /// Unicode or not a token, and name the variable, never its value.
    ///
    /// The variable stays in the process environment: removing it is `unsafe` in edition 2024, so that choice is
    /// left to the caller, who knows whether other threads read the environment.
    #[cfg(feature = "std")]
    pub fn from_env_var(name: &str) -> Result<Self, TokenError> {
        // No variable can have such a name, and std documents lookups of them as platform-specific.
        let value = if name.is_empty() || name.contains(['=', '\0']) { None } else { std::env::var_os(name) };
        from_env_value(name, value)
    }

    /// The bot's user id, decoded from the token's first part. It is public (it is the bot's Discord id), so
    /// `Debug` and `Display` show it.
    pub const fn bot_user_id(&self) -> u64 {
        self.bot_user_id
    }

    /// The token itself, for the HTTP client or gateway library that needs it. The name, borrowed from
    /// `secrecy`, is meant to stand out in review: do not log or store what it returns.
    pub fn expose_secret(&self) -> &str {
        self.token.expose_secret()
    }

    /// The value of the `Authorization` header Discord expects, `Bot <token>`, itself held as a secret.
    pub fn authorization_header(&self) -> SecretString {
        let token = self.token.expose_secret();
        exact_string(&["Bot ", token])
    }

    /// Checks that the token belongs to the application `client_id` (an invite's client id), so that a bot
    /// does not print invites for another application.
    ///
    /// Treat a mismatch as a **warning**, not an error: the bot user id equals the application id for
    /// applications created in today's Developer Portal, but not always for old ones, and for those the
    /// mismatch is expected.
    pub fn check_client_id(&self, client_id: impl Into<u64>) -> Result<(), TokenMismatch> {
        let client_id = client_id.into();
        if client_id == self.bot_user_id {
            Ok(())
        } else {
            Err(TokenMismatch { bot_user_id: self.bot_user_id, client_id })
        }
    }
}

impl FromStr for BotToken {
    type Err = TokenError;

    /// Same as [`BotToken::new`].
    fn from_str(token: &str) -> Result<Self, TokenError> {
        Self::new(token)
    }
}

impl fmt::Debug for BotToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BotToken")
            .field("bot_user_id", &self.bot_user_id)
            .field("token", &format_args!("[redacted]"))
            .finish()
    }
}

impl fmt::Display for BotToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[redacted bot token of bot user {}]", self.bot_user_id)
    }
}

/// Joins `parts` into a string whose capacity is its length, so that turning it into a [`SecretString`] (a
/// boxed `str`) does not reallocate and leave an unwiped copy of the secret behind.
fn exact_string(parts: &[&str]) -> SecretString {
    let mut joined = String::with_capacity(parts.iter().map(|part| part.len()).sum());
    for part in parts {
        joined.push_str(part);
    }
    SecretString::from(joined)
}

/// The body of [`BotToken::from_env_var`], apart from the environment itself, so tests need no `set_var`.
#[cfg(feature = "std")]
fn from_env_value(name: &str, value: Option<std::ffi::OsString>) -> Result<BotToken, TokenError> {
    // A token passed as the name (`from_env_var(token)`) must not come back in the error: keep it redacted.
    let name = crate::render::clean(name);
    let error = |kind| TokenError { kind, variable: Some(name.as_ref().into()) };
    let value = value.ok_or_else(|| error(TokenErrorKind::Unset))?;
    match value.into_string() {
        Ok(text) => parse(&Zeroizing::new(text)).map_err(error),
        Err(value) => {
            // Not a token, but possibly a mangled one: wipe it all the same.
            drop(Zeroizing::new(value.into_encoded_bytes()));
            Err(error(TokenErrorKind::NotUnicode))
        }
    }
}

fn parse(raw: &str) -> Result<BotToken, TokenErrorKind> {
    let token = strip_bot_prefix(raw.trim_start()).trim();
    if token.is_empty() {
        return Err(TokenErrorKind::Empty);
    }
    match check_shape(token) {
        Ok(bot_user_id) => Ok(BotToken { token: exact_string(&[token]), bot_user_id }),
        Err(problem) => Err(mistaken_for_token(token).unwrap_or(TokenErrorKind::WrongShape(problem))),
    }
}

/// Removes `Bot ` (any case, any whitespace after it): people copy the token from an `Authorization` header.
fn strip_bot_prefix(text: &str) -> &str {
    match text.split_at_checked(3) {
        Some((prefix, rest)) if prefix.eq_ignore_ascii_case("bot") && rest.starts_with(char::is_whitespace) => rest,
        _ => text,
    }
}

/// Checks the three parts and decodes the bot user id. Problems are reported in reading order.
fn check_shape(token: &str) -> Result<u64, ShapeProblem> {
    if !token.bytes().all(|byte| is_token_byte(byte) || byte == b'.') {
        return Err(ShapeProblem::Characters);
    }
    let mut parts = token.split('.');
    let (Some(user_id), Some(timestamp), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ShapeProblem::Parts { found: token.split('.').count() });
    };
    let user_id = decode_user_id(user_id.as_bytes()).ok_or(ShapeProblem::UserIdPart)?;
    if !TIMESTAMP_PART_LEN.contains(&timestamp.len()) {
        return Err(ShapeProblem::TimestampPart { len: timestamp.len() });
    }
    if !SIGNATURE_PART_LEN.contains(&signature.len()) {
        return Err(ShapeProblem::SignaturePart { len: signature.len() });
    }
    Ok(user_id)
}

/// Other values of the Developer Portal that people paste where the token belongs.
fn mistaken_for_token(text: &str) -> Option<TokenErrorKind> {
    if has_client_secret_shape(text) {
        Some(TokenErrorKind::ClientSecret)
    } else if text.bytes().all(|byte| byte.is_ascii_digit()) && parse_snowflake(text).is_ok() {
        Some(TokenErrorKind::ApplicationId)
    } else {
        None
    }
}

/// Why a bot token was not accepted. Its messages name the environment variable, if any, but never contain
/// the value: the error holds no part of it, so no formatting of it can leak the token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenError {
    kind: TokenErrorKind,
    variable: Option<Box<str>>,
}

impl TokenError {
    /// What went wrong.
    pub const fn kind(&self) -> TokenErrorKind {
        self.kind
    }

    /// The environment variable the token was read from, for errors of
    /// [`from_env_var`](BotToken::from_env_var), through [`render::clean`](crate::render::clean): a name
    /// that is a token by mistake comes back redacted.
    pub fn variable(&self) -> Option<&str> {
        self.variable.as_deref()
    }

    /// How to fix it. `Display` prints it after the message.
    pub const fn help(&self) -> &'static str {
        match self.kind {
            TokenErrorKind::Unset => {
                "set it to the token from the Bot page of the Developer Portal (it is shown once, after Reset Token)"
            }
            TokenErrorKind::Empty => WHERE_TOKENS_COME_FROM,
            TokenErrorKind::NotUnicode => {
                "a bot token is plain ASCII: copy it again from the Bot page of the Developer Portal"
            }
            TokenErrorKind::WrongShape(_) => {
                "a bot token is three base64url parts joined by dots: the bot user id in base64 (23-28 chars, \
                 starting with `M`, `N` or `O`), a timestamp (6-7 chars) and a signature (27-38 chars); copy it \
                 from the Bot page of the Developer Portal"
            }
            TokenErrorKind::ClientSecret => {
                "copy the token from the Bot page of the Developer Portal; the Client Secret (OAuth2 page) is only \
                 for OAuth2 code exchanges, and if it was shared, reset it there"
            }
            TokenErrorKind::ApplicationId => {
                "copy the token from the Bot page of the Developer Portal; an id only names the application or \
                 its bot"
            }
        }
    }

    /// What the message is about: the variable's value, or the text given.
    fn subject(&self) -> Subject<'_> {
        Subject(self.variable.as_deref())
    }
}

/// "the value of `NAME`", or "this" when the token did not come from a variable.
struct Subject<'a>(Option<&'a str>);

impl fmt::Display for Subject<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(name) => write!(f, "the value of `{name}`"),
            None => f.write_str("this"),
        }
    }
}

impl fmt::Display for TokenError {
    /// One line: the message (lowercase, no final period, like every message of this crate), then the help.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let variable = self.variable.as_deref().unwrap_or(BotToken::ENV_VAR);
        match self.kind {
            TokenErrorKind::Unset => write!(f, "the environment variable `{variable}` is not set")?,
            TokenErrorKind::Empty if self.variable.is_some() => {
                write!(f, "the environment variable `{variable}` is empty")?;
            }
            TokenErrorKind::Empty => f.write_str("the bot token is empty")?,
            TokenErrorKind::NotUnicode => write!(f, "the environment variable `{variable}` is not valid Unicode")?,
            TokenErrorKind::WrongShape(problem) => {
                write!(f, "{} is not shaped like a bot token: {problem}", self.subject())?;
            }
            TokenErrorKind::ClientSecret => {
                write!(f, "{} looks like the Client Secret, not the bot token", self.subject())?;
            }
            TokenErrorKind::ApplicationId => {
                write!(f, "{} looks like an application or user id, not the bot token", self.subject())?;
            }
        }
        write!(f, "; {}", self.help())
    }
}

// `core::error::Error` (stable since Rust 1.81, below this crate's minimum) is `std::error::Error`, and
// needs no `std` feature.
impl core::error::Error for TokenError {}

/// The kinds of [`TokenError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenErrorKind {
    /// The environment variable is not set.
    Unset,
    /// Nothing is left after removing whitespace and a leading `Bot `.
    Empty,
    /// The environment variable's value is not valid Unicode, so it cannot be a token.
    NotUnicode,
    /// The text is not shaped like a bot token.
    WrongShape(ShapeProblem),
    /// The text is shaped like a client secret (32 base64url chars, no dots): the application's Client Secret
    /// was pasted instead of the bot token.
    ClientSecret,
    /// The text is a Discord id: the application id (or the bot's user id) was pasted instead of the bot token.
    ApplicationId,
}

/// What is wrong with the shape of a bot token: the first problem found, reading from the left. Each says
/// where the problem is without quoting the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ShapeProblem {
    /// A character other than `A-Z a-z 0-9 - _ .`: often quotes or spaces copied along with the token.
    Characters,
    /// Not three dot-separated parts.
    Parts {
        /// How many parts there are.
        found: usize,
    },
    /// The first part is not the base64 of a Discord user id.
    UserIdPart,
    /// The second part, the timestamp, is not 6 or 7 chars long.
    TimestampPart {
        /// Its length.
        len: usize,
    },
    /// The third part, the signature, is not 27 to 38 chars long.
    SignaturePart {
        /// Its length.
        len: usize,
    },
}

impl fmt::Display for ShapeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Characters => f.write_str(
                "it has a character a token never has: only letters, digits, `-`, `_` and `.` (are quotes or spaces \
                 copied with it?)",
            ),
            Self::Parts { found } => write!(f, "it has {found} dot-separated parts instead of 3"),
            Self::UserIdPart => write!(
                f,
                "its first part is not the base64 of a Discord user id ({}-{} chars starting with `M`, `N` or `O`)",
                USER_ID_PART_LEN.start(),
                USER_ID_PART_LEN.end()
            ),
            Self::TimestampPart { len } => write!(
                f,
                "its second part has {len} chars instead of {}-{}",
                TIMESTAMP_PART_LEN.start(),
                TIMESTAMP_PART_LEN.end()
            ),
            Self::SignaturePart { len } => write!(
                f,
                "its third part has {len} chars instead of {}-{}",
                SIGNATURE_PART_LEN.start(),
                SIGNATURE_PART_LEN.end()
            ),
        }
    }
}

/// The bot token belongs to another bot user than the application of a client id; see
/// [`BotToken::check_client_id`]. A warning, not an error: old applications' bot user ids can differ from
/// their application ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TokenMismatch {
    bot_user_id: u64,
    client_id: u64,
}

impl TokenMismatch {
    /// The bot user id the token carries.
    pub const fn bot_user_id(&self) -> u64 {
        self.bot_user_id
    }

    /// The client id it was checked against.
    pub const fn client_id(&self) -> u64 {
        self.client_id
    }

    /// How to tell whether it matters.
    pub const fn help(&self) -> &'static str {
        "old applications can have a bot user id that differs from the application id (compare both in the \
         Developer Portal); otherwise use the token of the application the client id names"
    }
}

impl fmt::Display for TokenMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the bot token belongs to bot user {}, not to the application {}; {}",
            self.bot_user_id,
            self.client_id,
            self.help()
        )
    }
}

impl core::error::Error for TokenMismatch {}

#[cfg(test)]
mod tests;
