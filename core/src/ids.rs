//! Discord ids (snowflakes): [`ClientId`] and [`GuildId`].

use core::fmt;

/// Milliseconds from the Unix epoch to the Discord epoch, 2015-01-01T00:00:00Z.
pub const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

/// Writes `value` in decimal into `buffer` without allocating, as Discord writes ids and permission
/// integers. The proc macros run this unoptimized, where `to_string` goes through the formatting
/// machinery and allocates.
pub(crate) fn decimal(mut value: u64, buffer: &mut [u8; 20]) -> &str {
    let mut start = buffer.len();
    loop {
        start -= 1;
        buffer[start] = b'0' + u8::try_from(value % 10).unwrap_or_default();
        value /= 10;
        if value == 0 {
            break;
        }
    }
    core::str::from_utf8(&buffer[start..]).unwrap_or_default()
}

/// Why a number is not a Discord id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdError {
    /// Larger than `i64::MAX`, which Discord's API rejects.
    TooLarge,
    /// So small that its timestamp is the Discord epoch itself: no real id is (ids made in
    /// Discord's first moments are 17 digits long already).
    BeforeDiscord,
    /// Not a decimal integer.
    NotANumber,
}

impl IdError {
    /// What is wrong, for messages.
    pub const fn reason(self) -> &'static str {
        match self {
            Self::TooLarge => "is larger than 9223372036854775807, the largest id Discord accepts",
            Self::BeforeDiscord => {
                "is too small to be a Discord id: its timestamp is the Discord epoch itself (2015-01-01)"
            }
            Self::NotANumber => "is not a decimal integer",
        }
    }
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the id {}; copy the id from Discord (Developer Portal or Copy ID)", self.reason())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for IdError {}

/// Checks that `id` can be a Discord snowflake.
pub const fn validate_snowflake(id: u64) -> Result<u64, IdError> {
    if id > i64::MAX as u64 {
        Err(IdError::TooLarge)
    } else if id >> 22 == 0 {
        Err(IdError::BeforeDiscord)
    } else {
        Ok(id)
    }
}

/// Reads a decimal id and checks it.
pub fn parse_snowflake(text: &str) -> Result<u64, IdError> {
    let digits = text.trim();
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(IdError::NotANumber);
    }
    match digits.parse::<u64>() {
        Ok(id) => validate_snowflake(id),
        Err(_) => Err(IdError::TooLarge),
    }
}

/// A Discord id as the builder takes it: `u64`, [`NonZeroU64`](core::num::NonZeroU64), [`ClientId`], [`GuildId`]
/// or a reference to one.
///
/// A trait of its own rather than `Into<u64>`: with one integer type implementing it, a plain literal such as
/// `157730590492196864` is read as that `u64` (under `Into<u64>`, `u8`..`u64` all qualify, so the literal falls
/// back to `i32` and overflows). Framework id types convert with their own `get()` or `u64::from`.
///
/// ```
/// use botperms_core::{InviteUrl, Scope};
///
/// let link = InviteUrl::new(157730590492196864).scope(Scope::Bot).guild_id(290926798626357250).build().unwrap();
/// assert!(link.as_str().contains("guild_id=290926798626357250"));
/// ```
pub trait Snowflake {
    /// The id as a number.
    fn snowflake(self) -> u64;
}

impl Snowflake for u64 {
    fn snowflake(self) -> u64 {
        self
    }
}

impl Snowflake for core::num::NonZeroU64 {
    fn snowflake(self) -> u64 {
        self.get()
    }
}

impl<T: Snowflake + Copy> Snowflake for &T {
    fn snowflake(self) -> u64 {
        (*self).snowflake()
    }
}

macro_rules! snowflake {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u64);

        impl $name {
            /// Checks `id` and wraps it.
            pub const fn new(id: u64) -> Result<Self, IdError> {
                match validate_snowflake(id) {
                    Ok(id) => Ok(Self(id)),
                    Err(error) => Err(error),
                }
            }

            /// The id as a number.
            pub const fn get(self) -> u64 {
                self.0
            }

            /// When the id was made, in milliseconds since the Unix epoch.
            pub const fn created_at_unix_ms(self) -> u64 {
                (self.0 >> 22) + DISCORD_EPOCH_MS
            }

            /// When the id was made.
            #[cfg(feature = "std")]
            pub fn created_at(self) -> std::time::SystemTime {
                std::time::UNIX_EPOCH + std::time::Duration::from_millis(self.created_at_unix_ms())
            }
        }

        impl TryFrom<u64> for $name {
            type Error = IdError;
            fn try_from(id: u64) -> Result<Self, IdError> {
                Self::new(id)
            }
        }

        impl core::str::FromStr for $name {
            type Err = IdError;
            fn from_str(text: &str) -> Result<Self, IdError> {
                parse_snowflake(text).map(Self)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl Snowflake for $name {
            fn snowflake(self) -> u64 {
                self.0
            }
        }

        impl From<$name> for u64 {
            fn from(id: $name) -> u64 {
                id.0
            }
        }
    };
}

snowflake! {
    /// An application's id: the `client_id` of its invite links ("Application ID" in the Developer Portal).
    ///
    /// ```
    /// use botperms_core::ClientId;
    /// let id: ClientId = "157730590492196864".parse()?;
    /// assert_eq!(id.created_at_unix_ms(), 1_457_676_303_266);
    /// assert!(ClientId::new(42).is_err());
    /// # Ok::<(), botperms_core::IdError>(())
    /// ```
    ClientId
}

snowflake! {
    /// A guild's (server's) id.
    GuildId
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_ids_and_rejects_impossible_ones() {
        assert_eq!(ClientId::new(157_730_590_492_196_864).map(ClientId::get), Ok(157_730_590_492_196_864));
        assert_eq!(ClientId::new(i64::MAX as u64).map(ClientId::get), Ok(i64::MAX as u64));
        assert_eq!(ClientId::new(i64::MAX as u64 + 1), Err(IdError::TooLarge));
        assert_eq!(ClientId::new(0), Err(IdError::BeforeDiscord));
        assert_eq!(ClientId::new((1 << 22) - 1), Err(IdError::BeforeDiscord));
        assert!(ClientId::new(1 << 22).is_ok());
        assert_eq!("".parse::<GuildId>(), Err(IdError::NotANumber));
        assert_eq!("-5".parse::<GuildId>(), Err(IdError::NotANumber));
        assert_eq!("12a".parse::<GuildId>(), Err(IdError::NotANumber));
        assert_eq!("99999999999999999999999".parse::<GuildId>(), Err(IdError::TooLarge));
        assert_eq!(" 157730590492196864 ".parse::<GuildId>().map(GuildId::get), Ok(157_730_590_492_196_864));
    }

    #[test]
    fn created_at_decodes_the_timestamp() {
        // 175928847299117063 is the example snowflake of Discord's reference docs: 2016-04-30 11:18:25.796 UTC.
        let id = GuildId::new(175_928_847_299_117_063).unwrap();
        assert_eq!(id.created_at_unix_ms(), 1_462_015_105_796);
    }
}
