//! What Discord's documented payloads (`payloads/`) hold, as the calculator reads it, and one bot checked
//! against them: every framework bridge's test converts the payloads with the framework's types and
//! compares the result with these, so the bridges are held to the same inputs.

use botperms_core::{
    BotPermissions, Channel, ChannelKind, Guild, Member, Overwrite, Permissions, Reasons, Role, Scopes,
};

/// The bot's user id: the member `channel-text-overwrites.json` has an overwrite for.
pub(crate) const BOT: u64 = 157_730_590_492_196_864;
/// The owner of `guild.json`.
pub(crate) const OWNER: u64 = 53_908_232_506_183_680;
/// The id of `guild.json`, which is also the id of its `@everyone` role.
pub(crate) const GUILD: u64 = 2_909_267_986_263_572_999;

/// `guild.json`: its id, its owner and its one role, `@everyone`, granting `"49794752"`.
pub(crate) fn guild() -> Guild {
    Guild {
        id: GUILD,
        owner_id: OWNER,
        roles: vec![Role { id: GUILD, permissions: Permissions::from_bits_retain(49_794_752) }],
    }
}

/// `role.json`, the "Example Role" of the permissions topic.
pub(crate) fn role() -> Role {
    Role { id: 41_771_983_423_143_936, permissions: Permissions::from_bits_retain(66_321_471) }
}

/// `channel-text-overwrites.json`: a text channel where `@everyone` is denied `SEND_MESSAGES` and the bot's
/// member is allowed it but denied `ATTACH_FILES`.
pub(crate) fn channel() -> Channel {
    Channel {
        kind: ChannelKind::Text,
        overwrites: vec![
            Overwrite::role(GUILD, Permissions::empty(), Permissions::SEND_MESSAGES),
            Overwrite::member(BOT, Permissions::SEND_MESSAGES, Permissions::ATTACH_FILES),
        ],
    }
}

/// A member with no role but `@everyone`.
pub(crate) fn member(user_id: u64) -> Member {
    Member { user_id: Some(user_id), role_ids: Vec::new(), communication_disabled_until_ms: None }
}

/// A bot that posts messages with embeds and files.
pub(crate) struct Poster;

impl BotPermissions for Poster {
    const PERMISSIONS: Permissions = Permissions::VIEW_CHANNEL
        .union(Permissions::SEND_MESSAGES)
        .union(Permissions::EMBED_LINKS)
        .union(Permissions::ATTACH_FILES);
    const SCOPES: Scopes = Scopes::EMPTY;
    const REASONS: Reasons = Reasons::NONE;
}

/// What the documented guild and channel (converted by a bridge) let each member do: the bot misses only
/// `ATTACH_FILES`, `@everyone` may not post, the owner may do anything.
pub(crate) fn assert_permissions_in(guild: &Guild, channel: &Channel) {
    let missing = Poster::check_in_channel(&guild.calculator(&member(BOT)), channel.kind, &channel.overwrites)
        .expect_err("the bot's member overwrite denies ATTACH_FILES");
    assert_eq!(missing.missing, Permissions::ATTACH_FILES);
    assert_eq!(missing.to_string(), "missing Attach Files");
    let someone = member(80_351_110_224_678_912);
    assert!(!channel.permissions(&guild.calculator(&someone)).contains(Permissions::SEND_MESSAGES));
    assert_eq!(channel.permissions(&guild.calculator(&member(OWNER))), Permissions::all());
}
