//! Interactions: Discord sends, with every slash command, button or modal, the permissions the app holds
//! where it was used (the interaction's `app_permissions`, a decimal string). [`AppPermissions`] reads it
//! and checks a command's declared needs; what is missing comes back as a message fit for an ephemeral
//! reply: Discord's client labels, the reasons the command gave, and who can grant them.
//!
//! ```
//! use botperms_core::{AppPermissions, BotPermissions, Permissions, Reason, Reasons, Scopes};
//!
//! /// `/ban`: what the derive (`#[bot(permissions = [BAN_MEMBERS], reason = "..")]`) would declare.
//! struct Ban;
//! impl BotPermissions for Ban {
//!     const PERMISSIONS: Permissions = Permissions::BAN_MEMBERS;
//!     const SCOPES: Scopes = Scopes::EMPTY;
//!     const REASONS: Reasons = Reasons {
//!         own: &[Reason { permissions: Permissions::BAN_MEMBERS, reason: "ban the member you name", declared_in: "Ban" }],
//!         nested: &[],
//!     };
//! }
//!
//! // Discord's example interaction: "app_permissions": "442368".
//! let here: AppPermissions = "442368".parse()?;
//! let denied = here.check::<Ban>().unwrap_err();
//! assert_eq!(denied.missing, Permissions::BAN_MEMBERS);
//! assert_eq!(
//!     denied.reply(),
//!     "I can't do that here: I'm missing the **Ban Members** permission (ban the member you name).\n\
//!      Someone with **Manage Roles** can grant it to my role in Server Settings > Roles."
//! );
//! # Ok::<(), botperms_core::ParseAppPermissionsError>(())
//! ```

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Write as _};
use core::str::FromStr;

use crate::calc::ChannelKind;
use crate::{BotPermissions, Permissions, Reasons};

/// The longest message Discord accepts in an interaction reply's `content`.
pub const REPLY_LIMIT: usize = 2000;

/// What the app may do where an interaction happened: the interaction's `app_permissions`.
///
/// Parse it from Discord's decimal string (`"442368".parse()`), or take it from a framework that already
/// did (`AppPermissions::from(Permissions::from_flags(interaction.app_permissions.unwrap_or_default()))`).
/// In DMs Discord sends `ATTACH_FILES | EMBED_LINKS | MENTION_EVERYONE` (and `USE_EXTERNAL_EMOJIS` in the
/// bot's own DMs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct AppPermissions(pub Permissions);

impl AppPermissions {
    /// The permissions themselves.
    pub const fn permissions(self) -> Permissions {
        self.0
    }

    /// `Ok` when the app holds everything command `C` declared; otherwise what is missing, with `C`'s reasons.
    pub fn check<C: BotPermissions>(self) -> Result<(), InteractionDenied> {
        self.check_needs(C::PERMISSIONS, &C::REASONS)
    }

    /// `Ok` when the app holds `needs`; otherwise what is missing, explained by `reasons` (may be
    /// [`Reasons::NONE`]), for a command that declares its needs without the derive (poise's
    /// `required_bot_permissions` through [`Permissions::from_flags`]).
    pub fn check_needs(self, needs: Permissions, reasons: &Reasons) -> Result<(), InteractionDenied> {
        let missing = needs.difference(self.0);
        if missing.is_empty() {
            return Ok(());
        }
        let reasons = missing
            .infos()
            .map(|info| {
                let why: Vec<&'static str> = reasons.why(info.flag);
                (info.flag, why)
            })
            .collect();
        Err(InteractionDenied { missing, reasons })
    }
}

impl From<Permissions> for AppPermissions {
    fn from(permissions: Permissions) -> Self {
        AppPermissions(permissions)
    }
}

/// `app_permissions` that is not a decimal integer of at most 64 bits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseAppPermissionsError {
    length: usize,
}

impl fmt::Display for ParseAppPermissionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The text itself is not repeated: it came from the network.
        write!(
            f,
            "`app_permissions` ({} characters) is not a decimal integer from 0 to 18446744073709551615",
            self.length
        )
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParseAppPermissionsError {}

impl FromStr for AppPermissions {
    type Err = ParseAppPermissionsError;

    /// Discord's form only: decimal digits, no sign, no names.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || ParseAppPermissionsError { length: text.chars().count() };
        if text.is_empty() || text.len() > 20 || !text.bytes().all(|byte| byte.is_ascii_digit()) {
            return Err(error());
        }
        text.parse::<u64>().map(|bits| AppPermissions(Permissions::from_bits_retain(bits))).map_err(|_| error())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for AppPermissions {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Permissions::deserialize(deserializer).map(AppPermissions)
    }
}

/// A command's needs the app lacks where it was used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InteractionDenied {
    /// The missing flags.
    pub missing: Permissions,
    /// Each missing flag Discord defines, in bit order, with the reasons the command gave for it.
    pub reasons: Vec<(Permissions, Vec<&'static str>)>,
}

impl InteractionDenied {
    /// A reply for the user who ran the command, at most [`REPLY_LIMIT`] characters, in Discord's
    /// markdown: the client's labels of what is missing, the command's reasons, and who can grant them
    /// (someone with Manage Roles, in Server Settings > Roles, or for channel flags also in the channel's
    /// Permissions). Send it as an ephemeral message: only that user needs to read it.
    pub fn reply(&self) -> String {
        let mut text = String::new();
        let labelled: Vec<_> = self.reasons.iter().filter_map(|(flag, why)| Some((flag.info()?, why))).collect();
        let unknown = self.missing.unknown_bits();
        let because = |text: &mut String, why: &[&str]| {
            if !why.is_empty() {
                let _ = write!(text, " ({})", why.join("; "));
            }
        };
        if let ([(info, why)], 0) = (labelled.as_slice(), unknown) {
            let _ = write!(text, "I can't do that here: I'm missing the **{}** permission", info.client_label);
            because(&mut text, why);
            text.push_str(".\n");
        } else {
            text.push_str("I can't do that here: I'm missing these permissions:\n");
            for (info, why) in &labelled {
                let _ = write!(text, "- **{}**", info.client_label);
                because(&mut text, why);
                text.push('\n');
            }
            if unknown != 0 {
                let _ = writeln!(text, "- permission bits `{unknown:#x}`, which Discord's client does not label yet");
            }
        }
        let in_channels = ChannelKind::Category.permissions();
        let it = if labelled.len() == 1 && unknown == 0 { "it" } else { "them" };
        let _ = write!(text, "Someone with **Manage Roles** can grant {it} to my role in Server Settings > Roles");
        // Guild-wide flags (Ban Members, ...) have no place on a channel's permissions screen.
        if in_channels.contains(self.missing.difference(Permissions::from_bits_retain(unknown))) {
            let _ = write!(
                text,
                ", or allow {it} for me in this channel's settings under Permissions (**Manage Permissions**)"
            );
        }
        text.push('.');
        truncate(text)
    }
}

/// Cuts `text` to [`REPLY_LIMIT`] characters, marking the cut.
fn truncate(mut text: String) -> String {
    if text.chars().count() <= REPLY_LIMIT {
        return text;
    }
    let cut = text.char_indices().nth(REPLY_LIMIT - 1).map_or(text.len(), |(at, _)| at);
    text.truncate(cut);
    text.push('…');
    text
}

impl fmt::Display for InteractionDenied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reply())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for InteractionDenied {}
