//! [`Guild`] and [`Channel`]: a guild's roles and a channel's overwrites gathered in one owned value each,
//! which a framework's guild and channel convert into, so that one line builds the calculator.

use alloc::vec::Vec;
use core::fmt;

use crate::Permissions;
use crate::calc::{ChannelKind, Member, Overwrite, PermissionCalculator, Role};

/// A guild as the calculator reads it: its id, its owner and all of its roles, `@everyone` included.
///
/// With the `serenity` or `twilight` feature it converts from the framework's guild (`Guild::from(&guild)`);
/// otherwise fill it from Discord's guild object.
///
/// ```
/// use botperms_core::{Channel, ChannelKind, Guild, Member, Overwrite, Permissions, Role};
///
/// let (guild_id, bot_id, bot_role) = (81_384_788_765_712_384, 157_730_590_492_196_864, 175_928_847_299_117_064);
/// let guild = Guild {
///     id: guild_id,
///     owner_id: 53_908_232_506_183_680,
///     roles: vec![
///         Role { id: guild_id, permissions: Permissions::VIEW_CHANNEL },
///         Role { id: bot_role, permissions: Permissions::SEND_MESSAGES | Permissions::EMBED_LINKS },
///     ],
/// };
/// let bot = Member { user_id: Some(bot_id), role_ids: vec![bot_role], communication_disabled_until_ms: None };
/// let channel = Channel {
///     kind: ChannelKind::Text,
///     overwrites: vec![Overwrite::role(bot_role, Permissions::empty(), Permissions::EMBED_LINKS)],
/// };
/// let calculator = guild.calculator(&bot);
/// assert_eq!(channel.permissions(&calculator), Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Guild {
    /// The guild's id, which is also the id of its `@everyone` role.
    pub id: u64,
    /// The owner's user id: the owner holds every permission.
    pub owner_id: u64,
    /// Every role of the guild, `@everyone` included.
    pub roles: Vec<Role>,
}

impl Guild {
    /// The calculator of `member` in this guild, a timeout judged at `now_unix_ms` (milliseconds since the
    /// Unix epoch).
    ///
    /// A member without a user id (message events leave `user` out) is nobody's owner and matches no member
    /// overwrite; set [`Member::user_id`] when you know it.
    pub fn calculator_at<'a>(&'a self, member: &'a Member, now_unix_ms: u64) -> PermissionCalculator<'a> {
        let user_id = member.user_id.unwrap_or_default();
        let calculator = PermissionCalculator::from_guild_roles(self.id, user_id, &self.roles, &member.role_ids)
            .timed_out(member.is_timed_out_at(now_unix_ms));
        if member.user_id.is_some() { calculator.owner_id(self.owner_id) } else { calculator }
    }

    /// The calculator of `member` in this guild, a timeout judged by the system clock.
    #[cfg(feature = "std")]
    pub fn calculator<'a>(&'a self, member: &'a Member) -> PermissionCalculator<'a> {
        let calculator = self.calculator_at(member, 0);
        calculator.timed_out(member.is_timed_out())
    }
}

/// A channel as the calculator reads it: its kind and its permission overwrites.
///
/// A thread has no overwrites of its own: give it its parent's, with [`Channel::thread`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Channel {
    /// The kind of channel, which decides the flags that apply in it.
    pub kind: ChannelKind,
    /// The channel's overwrites (for a thread, its parent channel's).
    pub overwrites: Vec<Overwrite>,
}

impl Channel {
    /// A thread of kind `kind` in `parent`: the parent's overwrites, the thread's kind.
    ///
    /// ```
    /// use botperms_core::{Channel, ChannelKind};
    ///
    /// let parent = Channel { kind: ChannelKind::Forum, overwrites: Vec::new() };
    /// assert_eq!(Channel::thread(ChannelKind::PublicThread, parent).kind, ChannelKind::PublicThread);
    /// ```
    #[must_use]
    pub fn thread(kind: ChannelKind, parent: Channel) -> Channel {
        Channel { kind, overwrites: parent.overwrites }
    }

    /// What `calculator`'s member may do in this channel.
    pub fn permissions(&self, calculator: &PermissionCalculator<'_>) -> Permissions {
        calculator.channel_permissions(self.kind, &self.overwrites)
    }
}

/// Why a framework's channel or overwrite does not convert into the calculator's inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BridgeError {
    /// The channel's `type` is a DM, a group DM or one botperms does not know: it has no overwrites, and
    /// which flags apply in it is unknown.
    ChannelType(u8),
    /// An overwrite's `type` is neither `0` (role) nor `1` (member); `None` when the framework does not
    /// say which number it was.
    OverwriteType(Option<u8>),
}

impl fmt::Display for BridgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ChannelType(kind) => write!(
                f,
                "channel type `{kind}` is not a guild channel botperms knows: DMs have no permission overwrites"
            ),
            Self::OverwriteType(Some(kind)) => {
                write!(f, "overwrite type `{kind}` is neither `0` (role) nor `1` (member)")
            }
            Self::OverwriteType(None) => f.write_str("an overwrite targets neither a role nor a member"),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for BridgeError {}

/// The kind of a framework's channel type number.
#[cfg(any(feature = "serenity", feature = "twilight"))]
pub(super) fn channel_kind(channel_type: u8) -> Result<ChannelKind, BridgeError> {
    ChannelKind::from_type(channel_type).ok_or(BridgeError::ChannelType(channel_type))
}

/// The conversions every framework writes alike but for its type names: its bitflags `Permissions` both
/// ways, its channel type (a number underneath) to a [`ChannelKind`], and its role (an id with a `get()` and
/// a `permissions` field) to a [`Role`](crate::Role).
#[cfg(any(feature = "serenity", feature = "twilight"))]
macro_rules! shared_conversions {
    (permissions: $flags:ty, channel_type: $channel_type:ty, role: $role:ty $(,)?) => {
        impl From<$flags> for $crate::Permissions {
            fn from(flags: $flags) -> Self {
                $crate::Permissions::from_flags(flags)
            }
        }

        impl From<$crate::Permissions> for $flags {
            fn from(permissions: $crate::Permissions) -> Self {
                permissions.to_flags()
            }
        }

        impl TryFrom<$channel_type> for $crate::calc::ChannelKind {
            type Error = $crate::BridgeError;

            fn try_from(kind: $channel_type) -> Result<Self, $crate::BridgeError> {
                super::inputs::channel_kind(u8::from(kind))
            }
        }

        impl From<&$role> for $crate::calc::Role {
            fn from(role: &$role) -> Self {
                $crate::calc::Role { id: role.id.get(), permissions: $crate::Permissions::from_flags(role.permissions) }
            }
        }
    };
}
#[cfg(any(feature = "serenity", feature = "twilight"))]
pub(super) use shared_conversions;
