//! serenity 0.12 (and poise 0.7, which hands out serenity's types): its guild, role, member, channel and
//! overwrite types as the calculator's inputs.
//!
//! ```ignore
//! // In an event handler or a command, from the cache or the event:
//! let guild = botperms::Guild::from(&*ctx.cache.guild(guild_id).ok_or("not cached")?);
//! let me = botperms::Member::from(&guild_member);
//! let channel = botperms::Channel::try_from(&guild_channel)?;
//! MyBot::check_in_channel(&guild.calculator(&me), channel.kind, &channel.overwrites)?;
//! ```

use alloc::vec::Vec;

use serenity::model::Timestamp;
use serenity::model::channel::{ChannelType, GuildChannel, PermissionOverwrite, PermissionOverwriteType};
use serenity::model::guild::{self as sguild, PartialGuild, PartialMember};

use super::inputs::{BridgeError, Channel, Guild, shared_conversions};
use crate::Permissions;
use crate::calc::{ChannelKind, Member, Overwrite, Role};

shared_conversions!(permissions: serenity::model::Permissions, channel_type: ChannelType, role: sguild::Role);

impl TryFrom<&PermissionOverwrite> for Overwrite {
    type Error = BridgeError;

    fn try_from(overwrite: &PermissionOverwrite) -> Result<Self, BridgeError> {
        let (allow, deny) = (Permissions::from_flags(overwrite.allow), Permissions::from_flags(overwrite.deny));
        match overwrite.kind {
            PermissionOverwriteType::Role(id) => Ok(Overwrite::role(id.get(), allow, deny)),
            PermissionOverwriteType::Member(id) => Ok(Overwrite::member(id.get(), allow, deny)),
            // Skipping an overwrite could only grant what it denies: refuse it instead.
            _ => Err(BridgeError::OverwriteType(None)),
        }
    }
}

impl TryFrom<&GuildChannel> for Channel {
    type Error = BridgeError;

    /// The channel's kind and overwrites. For a thread (whose overwrites are empty), use
    /// [`Channel::thread`] with its parent.
    fn try_from(channel: &GuildChannel) -> Result<Self, BridgeError> {
        Ok(Channel {
            kind: ChannelKind::try_from(channel.kind)?,
            overwrites: channel.permission_overwrites.iter().map(Overwrite::try_from).collect::<Result<_, _>>()?,
        })
    }
}

impl From<&sguild::Guild> for Guild {
    fn from(guild: &sguild::Guild) -> Self {
        Guild {
            id: guild.id.get(),
            owner_id: guild.owner_id.get(),
            roles: guild.roles.values().map(Role::from).collect(),
        }
    }
}

impl From<&PartialGuild> for Guild {
    fn from(guild: &PartialGuild) -> Self {
        Guild {
            id: guild.id.get(),
            owner_id: guild.owner_id.get(),
            roles: guild.roles.values().map(Role::from).collect(),
        }
    }
}

impl From<&sguild::Member> for Member {
    fn from(member: &sguild::Member) -> Self {
        Member {
            user_id: Some(member.user.id.get()),
            role_ids: member.roles.iter().map(|id| id.get()).collect(),
            communication_disabled_until_ms: member.communication_disabled_until.as_ref().map(unix_ms),
        }
    }
}

impl From<&PartialMember> for Member {
    /// serenity's partial member (message events, resolved interaction data) carries no timeout.
    fn from(member: &PartialMember) -> Self {
        Member {
            user_id: member.user.as_ref().map(|user| user.id.get()),
            role_ids: member.roles.iter().map(|id| id.get()).collect::<Vec<_>>(),
            communication_disabled_until_ms: None,
        }
    }
}

/// Milliseconds since the Unix epoch. serenity's `Timestamp` derefs to `time` or `chrono` depending on
/// its features, so read it through its RFC 3339 text, which both give; a time before 1970 is 0.
fn unix_ms(timestamp: &Timestamp) -> u64 {
    timestamp
        .to_rfc3339()
        .and_then(|text| crate::calc::wire::parse_timestamp_ms(&text))
        .unwrap_or_else(|| u64::try_from(timestamp.unix_timestamp()).unwrap_or_default().saturating_mul(1000))
}
