//! twilight-model 0.18: its guild, role, member, channel and overwrite types as the calculator's inputs.
//!
//! ```ignore
//! // From the in-memory cache or a gateway event:
//! let guild = botperms::Guild::from(&guild);
//! let me = botperms::Member::from(&member);
//! let channel = botperms::Channel::try_from(&channel)?;
//! MyBot::check_in_channel(&guild.calculator(&me), channel.kind, &channel.overwrites)?;
//! ```

use twilight_model::channel::permission_overwrite::PermissionOverwrite;
use twilight_model::channel::{self as tchannel, ChannelType};
use twilight_model::guild::{self as tguild, PartialMember};
use twilight_model::util::Timestamp;

use super::inputs::{BridgeError, Channel, Guild, shared_conversions};
use crate::Permissions;
use crate::calc::{ChannelKind, Member, Overwrite, Role};

shared_conversions!(permissions: tguild::Permissions, channel_type: ChannelType, role: tguild::Role);

impl TryFrom<&PermissionOverwrite> for Overwrite {
    type Error = BridgeError;

    fn try_from(overwrite: &PermissionOverwrite) -> Result<Self, BridgeError> {
        let (allow, deny) = (Permissions::from_flags(overwrite.allow), Permissions::from_flags(overwrite.deny));
        // Skipping an overwrite could only grant what it denies: refuse an unknown one instead.
        match u8::from(overwrite.kind) {
            0 => Ok(Overwrite::role(overwrite.id.get(), allow, deny)),
            1 => Ok(Overwrite::member(overwrite.id.get(), allow, deny)),
            other => Err(BridgeError::OverwriteType(Some(other))),
        }
    }
}

impl TryFrom<&tchannel::Channel> for Channel {
    type Error = BridgeError;

    /// The channel's kind and overwrites. For a thread (which has none), use [`Channel::thread`] with its
    /// parent.
    fn try_from(channel: &tchannel::Channel) -> Result<Self, BridgeError> {
        Ok(Channel {
            kind: ChannelKind::try_from(channel.kind)?,
            overwrites: channel
                .permission_overwrites
                .iter()
                .flatten()
                .map(Overwrite::try_from)
                .collect::<Result<_, _>>()?,
        })
    }
}

impl From<&tguild::Guild> for Guild {
    fn from(guild: &tguild::Guild) -> Self {
        Guild {
            id: guild.id.get(),
            owner_id: guild.owner_id.get(),
            roles: guild.roles.iter().map(Role::from).collect(),
        }
    }
}

impl From<&tguild::Member> for Member {
    fn from(member: &tguild::Member) -> Self {
        Member {
            user_id: Some(member.user.id.get()),
            role_ids: member.roles.iter().map(|id| id.get()).collect(),
            communication_disabled_until_ms: member.communication_disabled_until.map(unix_ms),
        }
    }
}

impl From<&PartialMember> for Member {
    /// The member of an interaction or a message event; its `user` may be absent.
    fn from(member: &PartialMember) -> Self {
        Member {
            user_id: member.user.as_ref().map(|user| user.id.get()),
            role_ids: member.roles.iter().map(|id| id.get()).collect(),
            communication_disabled_until_ms: member.communication_disabled_until.map(unix_ms),
        }
    }
}

/// Milliseconds since the Unix epoch; a time before 1970 is 0.
fn unix_ms(timestamp: Timestamp) -> u64 {
    u64::try_from(timestamp.as_micros() / 1000).unwrap_or_default()
}
