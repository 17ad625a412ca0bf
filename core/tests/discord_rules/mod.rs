//! What Discord's permission docs take away, as sets: shared by the tests that compute permissions
//! a second way (a reference implementation, twilight-util) and compare.

use botperms_core::Permissions;

/// Discord: "Denying `SEND_MESSAGES` implicitly denies `MENTION_EVERYONE`, `SEND_TTS_MESSAGES`,
/// `ATTACH_FILES`, and `EMBED_LINKS`".
pub(crate) const NEED_SEND: Permissions = Permissions::MENTION_EVERYONE
    .union(Permissions::SEND_TTS_MESSAGES)
    .union(Permissions::ATTACH_FILES)
    .union(Permissions::EMBED_LINKS);

/// What a voice or stage channel takes away without `CONNECT` (the calculator's documented choice): the
/// voice flags, and managing the channel.
pub(crate) const NEED_CONNECT: Permissions = Permissions::PRIORITY_SPEAKER
    .union(Permissions::STREAM)
    .union(Permissions::SPEAK)
    .union(Permissions::MUTE_MEMBERS)
    .union(Permissions::DEAFEN_MEMBERS)
    .union(Permissions::MOVE_MEMBERS)
    .union(Permissions::USE_VAD)
    .union(Permissions::REQUEST_TO_SPEAK)
    .union(Permissions::USE_EMBEDDED_ACTIVITIES)
    .union(Permissions::USE_SOUNDBOARD)
    .union(Permissions::USE_EXTERNAL_SOUNDS)
    .union(Permissions::SET_VOICE_CHANNEL_STATUS)
    .union(Permissions::MANAGE_CHANNELS)
    .union(Permissions::MANAGE_ROLES);

pub(crate) const TIMED_OUT_KEEPS: Permissions = Permissions::VIEW_CHANNEL.union(Permissions::READ_MESSAGE_HISTORY);
