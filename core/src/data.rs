//! The data layer: Discord's tables, rendered from `core/data/discord.json` into `data/generated.rs`, and
//! the types their rows are made of. Everything above reads Discord's facts from here, and this
//! module imports nothing of the crate, so the tables and their types sit at the bottom of the
//! layers with the code that reads them above.

mod generated;

pub use generated::*;

bitflags::bitflags! {
    /// The kinds of channel a permission applies to, as Discord's table marks them (T, V, S).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct ChannelTypes: u8 {
        /// Text, announcement, forum and media channels.
        const TEXT = 1 << 0;
        /// Voice channels.
        const VOICE = 1 << 1;
        /// Stage channels.
        const STAGE = 1 << 2;
    }
}

/// What Discord says about one permission flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PermissionInfo {
    /// Discord's name: `SEND_MESSAGES`.
    pub name: &'static str,
    /// The flag itself.
    pub flag: Permissions,
    /// Discord's description.
    pub description: &'static str,
    /// The label of the role settings screen in Discord's client: "Send Messages and Create Posts".
    pub client_label: &'static str,
    /// The label an admin sees on the "add bot" authorize screen: "Send Messages".
    pub invite_screen_label: &'static str,
    /// The labels of a channel's permission overwrite screen.
    pub channel_settings_labels: &'static [&'static str],
    /// Older client wordings people still type.
    pub former_client_labels: &'static [&'static str],
    /// The channel types the flag applies to; empty for guild-only flags.
    pub channel_types: ChannelTypes,
    /// Whether the guild owner needs two-factor authentication for it where the guild enforces 2FA.
    pub requires_2fa: bool,
    /// Names Discord used before (`READ_MESSAGES` for `VIEW_CHANNEL`).
    pub former_names: &'static [&'static str],
    /// discord.py's attribute name.
    pub discord_py: &'static str,
    /// discord.py's aliases of it.
    pub discord_py_aliases: &'static [&'static str],
    /// discord.js' `PermissionFlagsBits` key.
    pub discord_js: &'static str,
}

impl PermissionInfo {
    /// The bit number of the flag.
    pub const fn bit(&self) -> u32 {
        self.flag.bits().trailing_zeros()
    }
}

/// A flag that has no effect unless `requires` is granted too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Prerequisite {
    pub(crate) requires: Permissions,
    pub(crate) flags: Permissions,
}

/// How a scope is granted: what kind of OAuth2 flow it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScopeGrant {
    /// `bot`: adds the app's bot user to a guild, with the link's permissions.
    Bot,
    /// `applications.commands`: added with no redirect and no code exchange.
    Shortcut,
    /// Needs the authorization code (or implicit) grant: a `response_type` and a redirect.
    AuthorizationCode,
    /// Only for the client credentials grant at the token endpoint; never in an authorize link.
    ClientCredentials,
}

/// What Discord says about one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ScopeInfo {
    /// The scope.
    pub scope: Scope,
    /// Its name on the wire: `applications.commands`.
    pub name: &'static str,
    /// Discord's description.
    pub description: &'static str,
    /// Whether only approved partners (or no apps at all, today) may request it.
    pub requires_approval: bool,
    /// How it is granted.
    pub grant: ScopeGrant,
}

/// One of discord.py's permission presets.
///
/// ```
/// use botperms_core::{Permissions, presets};
///
/// let text = presets::find("text").unwrap();
/// assert_eq!(text.permissions.bits(), 8_515_152_769_448_000);
/// assert_eq!(text.permissions, Permissions::text());
/// assert_eq!(text.source, "discord.py 2.7.1 Permissions.text()");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Preset {
    /// discord.py's name of the classmethod, like `all_channel`.
    pub name: &'static str,
    /// The flags it sets.
    pub permissions: Permissions,
    /// Where the flags were read, like `discord.py 2.7.1 Permissions.text()`.
    pub source: &'static str,
    /// What to know before using it (empty for most): `elevated` is discord.py's set, not [`Permissions::ELEVATED`].
    pub note: &'static str,
}

