//! What a bot declares it needs: the [`BotPermissions`] trait that `#[derive(BotPermissions)]`
//! implements, and [`MissingPermissions`] for what a server did not grant.

use alloc::vec::Vec;
use core::fmt;

use crate::calc::{ChannelKind, Overwrite, PermissionCalculator};
use crate::{InviteBuilder, InviteUrl, Permissions, Scopes};

/// Why the bot needs some permissions: one `#[bot(permissions = [..], reason = "..")]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    /// The permissions.
    pub permissions: Permissions,
    /// Why they are needed.
    pub reason: &'static str,
    /// Where they were declared: the type, or `Type.field`.
    pub declared_in: &'static str,
}

/// Every [`Reason`] of a bot: its own, and those of the modules it is composed of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reasons {
    /// Declared on the type itself and its fields.
    pub own: &'static [Reason],
    /// Of the nested modules, in field order.
    pub nested: &'static [&'static Reasons],
}

impl Reasons {
    /// No reason at all.
    pub const NONE: Reasons = Reasons { own: &[], nested: &[] };

    /// Every reason, own first, then each module's, depth first.
    pub fn all(&self) -> Vec<&'static Reason> {
        let mut found: Vec<&'static Reason> = self.own.iter().collect();
        for nested in self.nested {
            found.extend(nested.all());
        }
        found
    }

    /// The reasons given for `flag`.
    pub fn why(&self, flag: Permissions) -> Vec<&'static str> {
        self.all()
            .into_iter()
            .filter(|reason| reason.permissions.intersects(flag))
            .map(|reason| reason.reason)
            .collect()
    }
}

/// What a bot needs: implemented by `#[derive(BotPermissions)]`.
///
/// ```
/// use botperms_core::{BotPermissions, Permissions, Reasons, Scopes, Scope};
///
/// struct Greeter;
/// impl BotPermissions for Greeter {
///     const PERMISSIONS: Permissions = Permissions::VIEW_CHANNEL.union(Permissions::SEND_MESSAGES);
///     const SCOPES: Scopes = Scopes::EMPTY.with(Scope::Bot);
///     const REASONS: Reasons = Reasons::NONE;
/// }
///
/// let granted = Permissions::VIEW_CHANNEL;
/// assert_eq!(Greeter::missing(granted), Permissions::SEND_MESSAGES);
/// assert_eq!(Greeter::check(granted).unwrap_err().to_string(), "missing Send Messages and Create Posts");
/// ```
pub trait BotPermissions {
    /// Every permission the bot needs, its modules' included.
    const PERMISSIONS: Permissions;
    /// The scopes of its invite link.
    const SCOPES: Scopes;
    /// Why it needs each permission.
    const REASONS: Reasons;
    /// The application id, when declared.
    const CLIENT_ID: Option<u64> = None;
    /// Whether some permission needs the guild owner to use 2FA where the guild enforces it.
    const REQUIRES_OWNER_2FA: bool = Self::PERMISSIONS.intersects(Permissions::ELEVATED);

    /// The declared permissions missing from `granted`.
    fn missing(granted: Permissions) -> Permissions {
        Self::PERMISSIONS.difference(granted)
    }

    /// `Ok` when `granted` holds every declared permission; otherwise what is missing.
    fn check(granted: Permissions) -> Result<(), MissingPermissions> {
        MissingPermissions::unless_empty(Self::missing(granted))
    }

    /// The declared permissions the bot lacks in a guild, from what the guild grants it
    /// (`calculator` is the bot member's).
    fn missing_in_guild(calculator: &PermissionCalculator<'_>) -> Permissions {
        Self::PERMISSIONS.difference(calculator.guild_permissions())
    }

    /// The declared permissions the bot lacks in a channel of `kind` with `overwrites`.
    ///
    /// Flags that act in channels are judged by the channel's permissions, and only those that
    /// can apply to its kind (`CONNECT` is not missing from a text channel); guild-wide flags such
    /// as `KICK_MEMBERS` by the guild's. In a thread `SEND_MESSAGES_IN_THREADS` stands in for
    /// `SEND_MESSAGES`, as Discord computes it.
    fn missing_in_channel(
        calculator: &PermissionCalculator<'_>,
        kind: ChannelKind,
        overwrites: &[Overwrite],
    ) -> Permissions {
        let mut applicable = kind.permissions();
        if kind.is_thread() {
            applicable = applicable.difference(Permissions::SEND_MESSAGES);
        }
        let guild_wide = Permissions::all().difference(ChannelKind::Category.permissions());
        let in_channel =
            Self::PERMISSIONS.intersection(applicable).difference(calculator.channel_permissions(kind, overwrites));
        let in_guild = Self::PERMISSIONS.intersection(guild_wide).difference(calculator.guild_permissions());
        in_channel.union(in_guild)
    }

    /// `Ok` when the bot has everything it declared in that channel; otherwise what is missing,
    /// with a message for a server admin: "missing Embed Links and Attach Files".
    ///
    /// ```
    /// use botperms_core::calc::{ChannelKind, Overwrite, PermissionCalculator, Role};
    /// use botperms_core::{BotPermissions, Permissions, Reasons, Scopes};
    ///
    /// struct Poster;
    /// impl BotPermissions for Poster {
    ///     const PERMISSIONS: Permissions = Permissions::VIEW_CHANNEL
    ///         .union(Permissions::SEND_MESSAGES)
    ///         .union(Permissions::EMBED_LINKS)
    ///         .union(Permissions::ATTACH_FILES);
    ///     const SCOPES: Scopes = Scopes::EMPTY;
    ///     const REASONS: Reasons = Reasons::NONE;
    /// }
    ///
    /// let (guild, bot, bot_role) = (175928847299117063, 157730590492196864, 175928847299117064);
    /// let roles = [Role { id: bot_role, permissions: Poster::PERMISSIONS }];
    /// let calculator = PermissionCalculator::new(guild, bot, Permissions::VIEW_CHANNEL, &roles);
    /// // The channel denies the bot's role embeds and files.
    /// let overwrites = [Overwrite::role(bot_role, Permissions::empty(), Permissions::EMBED_LINKS | Permissions::ATTACH_FILES)];
    /// let missing = Poster::check_in_channel(&calculator, ChannelKind::Text, &overwrites).unwrap_err();
    /// assert_eq!(missing.to_string(), "missing Embed Links and Attach Files");
    /// ```
    fn check_in_channel(
        calculator: &PermissionCalculator<'_>,
        kind: ChannelKind,
        overwrites: &[Overwrite],
    ) -> Result<(), MissingPermissions> {
        MissingPermissions::unless_empty(Self::missing_in_channel(calculator, kind, overwrites))
    }

    /// `Ok` when the guild grants the bot everything it declared; otherwise what is missing.
    fn check_in_guild(calculator: &PermissionCalculator<'_>) -> Result<(), MissingPermissions> {
        MissingPermissions::unless_empty(Self::missing_in_guild(calculator))
    }

    /// An invite builder prefilled with the declared client id, scopes and permissions, to add
    /// what is only known at run time (`guild_id`, `state`, ...). Without a declared client id the
    /// build fails with `invalid_snowflake`.
    fn invite() -> InviteBuilder {
        let builder = InviteUrl::new(Self::CLIENT_ID.unwrap_or_default()).scopes(Self::SCOPES.iter());
        if Self::PERMISSIONS.is_empty() { builder } else { builder.permissions(Self::PERMISSIONS) }
    }
}

/// Permissions a bot needs and was not granted. Its `Display` names them as a server admin sees
/// them in Discord: "missing Embed Links and Attach Files".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MissingPermissions {
    /// The missing flags.
    pub missing: Permissions,
}

impl MissingPermissions {
    /// `Ok` when nothing is missing.
    pub fn unless_empty(missing: Permissions) -> Result<(), MissingPermissions> {
        if missing.is_empty() { Ok(()) } else { Err(MissingPermissions { missing }) }
    }
}

impl fmt::Display for MissingPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("missing ")?;
        let labels: Vec<&str> = self.missing.infos().map(|info| info.client_label).collect();
        // Some labels hold "and" or commas themselves ("Kick, Approve, and Reject Members"); a list
        // of them only reads unambiguously with semicolons.
        let compound = labels.iter().any(|label| label.contains(',') || label.contains(" and "));
        for (index, label) in labels.iter().enumerate() {
            if index > 0 {
                f.write_str(match (compound, index + 1 == labels.len()) {
                    (true, _) => "; ",
                    (false, true) => " and ",
                    (false, false) => ", ",
                })?;
            }
            f.write_str(label)?;
        }
        let unknown = self.missing.unknown_bits();
        if unknown != 0 {
            let separator = if labels.is_empty() { "" } else { " and " };
            write!(f, "{separator}undocumented permission bits {unknown:#x}")?;
        }
        Ok(())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for MissingPermissions {}
