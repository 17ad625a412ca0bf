//! What a bot declares it needs: the [`BotPermissions`] trait that `#[derive(BotPermissions)]`
//! implements, and [`MissingPermissions`] for what a server did not grant.

use alloc::vec::Vec;
use core::fmt;

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
        let missing = Self::missing(granted);
        if missing.is_empty() { Ok(()) } else { Err(MissingPermissions { missing }) }
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

impl fmt::Display for MissingPermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("missing ")?;
        let labels: Vec<&str> = self.missing.infos().map(|info| info.client_label).collect();
        for (index, label) in labels.iter().enumerate() {
            if index > 0 {
                f.write_str(if index + 1 == labels.len() { " and " } else { ", " })?;
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
