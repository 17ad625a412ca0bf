//! The [`Permissions`] flag set and what Discord says about each flag.

use core::fmt;

pub use crate::data::{ChannelTypes, PermissionInfo, Permissions};
use crate::data::{PERMISSION_INFO, PREREQUISITES, REJECTED_BY_INVITES};
use crate::names::{self, Spelling};

impl Permissions {
    /// Metadata of every defined flag, in bit order.
    pub fn table() -> &'static [PermissionInfo] {
        &PERMISSION_INFO
    }

    /// What Discord says about this flag, when `self` is exactly one defined flag.
    pub const fn info(self) -> Option<&'static PermissionInfo> {
        let mut index = 0;
        while index < PERMISSION_INFO.len() {
            if PERMISSION_INFO[index].flag.bits() == self.bits() {
                return Some(&PERMISSION_INFO[index]);
            }
            index += 1;
        }
        None
    }

    /// The metadata of each defined flag in the set, in bit order (unknown bits are skipped).
    pub fn infos(self) -> impl Iterator<Item = &'static PermissionInfo> {
        PERMISSION_INFO.iter().filter(move |info| self.contains(info.flag))
    }

    /// The bits of this set that Discord does not define.
    pub const fn unknown_bits(self) -> u64 {
        self.bits() & !Self::all().bits()
    }

    /// The flags of this set whose holder's guild owner needs 2FA where the guild enforces it.
    #[must_use]
    pub const fn elevated(self) -> Permissions {
        self.intersection(Self::ELEVATED)
    }

    /// Flags in `self` that have no effect because a flag they need is missing from `self`,
    /// with the missing flag: `EMBED_LINKS` without `SEND_MESSAGES` gives `(EMBED_LINKS, SEND_MESSAGES)`.
    pub fn without_prerequisites(self) -> impl Iterator<Item = (Permissions, Permissions)> {
        PREREQUISITES
            .iter()
            .filter(move |rule| !self.contains(rule.requires))
            .flat_map(move |rule| self.intersection(rule.flags).iter().map(move |flag| (flag, rule.requires)))
    }

    /// The flags of this set invites have been seen to reject.
    #[must_use]
    pub const fn rejected_by_invites(self) -> Permissions {
        self.intersection(REJECTED_BY_INVITES)
    }

    /// Looks a single flag up by any spelling: Discord's name, a former name, discord.py's or
    /// discord.js' name, or a Discord client label, ignoring case, spaces and underscores.
    pub fn from_any_name(name: &str) -> Option<Permissions> {
        names::lookup_permission(name).map(|(info, _)| info.flag)
    }
}

impl fmt::Display for Permissions {
    /// Discord's names joined by ` | `, then any unknown bits as one hexadecimal number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for info in self.infos() {
            if !first {
                f.write_str(" | ")?;
            }
            f.write_str(info.name)?;
            first = false;
        }
        let unknown = self.unknown_bits();
        if unknown != 0 {
            if !first {
                f.write_str(" | ")?;
            }
            write!(f, "{unknown:#x}")?;
        }
        Ok(())
    }
}

/// Why a text did not read as a set of permissions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParsePermissionsError {
    /// A token names no permission.
    UnknownName {
        /// The token as written, through [`render::clean`](crate::render::clean).
        token: alloc::string::String,
        /// The nearest permission name, if one is close.
        suggestion: Option<&'static str>,
    },
    /// A number did not fit in 64 bits or was malformed.
    InvalidNumber {
        /// The token as written, through [`render::clean`](crate::render::clean).
        token: alloc::string::String,
    },
}

impl fmt::Display for ParsePermissionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownName { token, suggestion: Some(suggestion) } => {
                let token = crate::render::Untrusted(token);
                write!(f, "unknown permission `{token}`; did you mean `{suggestion}`?")
            }
            Self::UnknownName { token, suggestion: None } => write!(
                f,
                "unknown permission `{}`; write Discord's name such as `SEND_MESSAGES`, or a decimal integer",
                crate::render::Untrusted(token)
            ),
            Self::InvalidNumber { token } => write!(
                f,
                "`{}` is not a permissions integer: write a decimal number from 0 to 18446744073709551615",
                crate::render::Untrusted(token)
            ),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParsePermissionsError {}

impl core::str::FromStr for Permissions {
    type Err = ParsePermissionsError;

    /// Reads flag names in any spelling separated by `|` or `,`, hexadecimal `0x…` tokens,
    /// or one decimal integer. Unknown bits in numbers are kept.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut set = Permissions::empty();
        for token in text.split(['|', ',']).map(str::trim).filter(|token| !token.is_empty()) {
            set |= parse_token(token)?;
        }
        Ok(set)
    }
}

fn parse_token(token: &str) -> Result<Permissions, ParsePermissionsError> {
    let invalid = || ParsePermissionsError::InvalidNumber { token: crate::render::clean(token).into_owned() };
    if let Some(hex) = token.strip_prefix("0x").or_else(|| token.strip_prefix("0X")) {
        return u64::from_str_radix(hex, 16).map(Permissions::from_bits_retain).map_err(|_| invalid());
    }
    if token.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+') {
        return token.parse::<u64>().map(Permissions::from_bits_retain).map_err(|_| invalid());
    }
    match names::lookup_permission(token) {
        Some((info, _)) => Ok(info.flag),
        None => Err(ParsePermissionsError::UnknownName {
            token: crate::render::clean(token).into_owned(),
            suggestion: names::suggest_permission(token),
        }),
    }
}

/// How a flag name was spelled, for callers that accept only some spellings (the macros accept only Discord's).
pub fn resolve_permission_name(name: &str) -> Option<(&'static PermissionInfo, Spelling)> {
    names::lookup_permission(name)
}
