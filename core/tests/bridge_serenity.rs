//! The `serenity` feature: serenity's types, deserialized from Discord's documented payloads
//! (`payloads/`), as the calculator's inputs.
#![cfg(feature = "serenity")]

use botperms_core::{
    AppPermissions, BotPermissions, Channel, ChannelKind, Guild, Member, Overwrite, Permissions, Reasons, Role, Scopes,
};
use serenity::model::application::CommandInteraction;
use serenity::model::channel::GuildChannel;
use serenity::model::guild::PartialGuild;

const BOT: u64 = 157_730_590_492_196_864;
const OWNER: u64 = 53_908_232_506_183_680;

/// A documented payload with the fields Discord sends today that the example leaves out and serenity
/// requires, each at its documented default.
fn completed<T: serde::de::DeserializeOwned>(json: &str, missing: &[(&str, serde_json::Value)]) -> T {
    let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
    for (path, default) in missing {
        let mut target = &mut value;
        let mut keys = path.split('.').peekable();
        while let Some(key) = keys.next() {
            if keys.peek().is_none() {
                assert!(target.get(key).is_none(), "the documented payload has `{path}` now");
                target[key] = default.clone();
            } else {
                target = &mut target[key];
            }
        }
    }
    serde_json::from_value(value).unwrap()
}

fn guild() -> Guild {
    let guild: PartialGuild = completed(
        include_str!("payloads/guild.json"),
        &[
            ("nsfw_level", 0.into()),
            ("stickers", serde_json::json!([])),
            ("premium_progress_bar_enabled", false.into()),
        ],
    );
    Guild::from(&guild)
}

fn channel() -> Channel {
    let channel: GuildChannel = serde_json::from_str(include_str!("payloads/channel-text-overwrites.json")).unwrap();
    Channel::try_from(&channel).unwrap()
}

fn member(user_id: u64) -> Member {
    Member { user_id: Some(user_id), role_ids: Vec::new(), communication_disabled_until_ms: None }
}

struct Poster;
impl BotPermissions for Poster {
    const PERMISSIONS: Permissions = Permissions::VIEW_CHANNEL
        .union(Permissions::SEND_MESSAGES)
        .union(Permissions::EMBED_LINKS)
        .union(Permissions::ATTACH_FILES);
    const SCOPES: Scopes = Scopes::EMPTY;
    const REASONS: Reasons = Reasons::NONE;
}

#[test]
fn the_documented_guild_converts_with_its_roles_and_owner() {
    let guild = guild();
    assert_eq!(guild.id, 2_909_267_986_263_572_999);
    assert_eq!(guild.owner_id, OWNER);
    assert_eq!(guild.roles, [Role { id: guild.id, permissions: Permissions::from_bits_retain(49_794_752) }]);
}

#[test]
fn the_documented_role_converts_with_its_permissions() {
    let role: serenity::model::guild::Role = serde_json::from_str(include_str!("payloads/role.json")).unwrap();
    assert_eq!(
        Role::from(&role),
        Role { id: 41_771_983_423_143_936, permissions: Permissions::from_bits_retain(66_321_471) }
    );
}

#[test]
fn a_channel_converts_with_its_kind_and_overwrites() {
    let channel = channel();
    assert_eq!(channel.kind, ChannelKind::Text);
    assert_eq!(
        channel.overwrites,
        [
            Overwrite::role(2_909_267_986_263_572_999, Permissions::empty(), Permissions::SEND_MESSAGES),
            Overwrite::member(BOT, Permissions::SEND_MESSAGES, Permissions::ATTACH_FILES),
        ]
    );
}

#[test]
fn check_in_channel_takes_the_converted_guild_member_and_channel() {
    let (guild, channel) = (guild(), channel());
    let missing = Poster::check_in_channel(&guild.calculator(&member(BOT)), channel.kind, &channel.overwrites);
    assert_eq!(missing.unwrap_err().to_string(), "missing Attach Files");
    assert!(
        !channel.permissions(&guild.calculator(&member(80_351_110_224_678_912))).contains(Permissions::SEND_MESSAGES)
    );
    assert_eq!(channel.permissions(&guild.calculator(&member(OWNER))), Permissions::all());
}

#[test]
fn the_documented_interaction_gives_its_member_and_app_permissions() {
    let interaction: CommandInteraction = completed(
        include_str!("payloads/interaction-slash-command.json"),
        &[
            ("member.flags", 0.into()),
            ("application_id", "157730590492196864".into()),
            ("version", 1.into()),
            ("entitlements", serde_json::json!([])),
            ("attachment_size_limit", 10_485_760.into()),
        ],
    );
    let member = Member::from(interaction.member.as_deref().unwrap());
    assert_eq!(member.user_id, Some(OWNER));
    assert_eq!(member.role_ids, [539_082_325_061_836_999]);
    let here = AppPermissions::from(Permissions::from(interaction.app_permissions.unwrap()));
    assert_eq!(here.permissions().bits(), 442_368);
    assert_eq!(here.check::<Poster>().unwrap_err().missing, Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES);
}

#[test]
fn a_member_timeout_is_read_to_the_millisecond() {
    let json = r#"{"roles": [], "user": {"id": "53908232506183680", "username": "Mason", "discriminator": "1337",
        "avatar": null}, "joined_at": "2017-03-13T19:19:14.040000+00:00", "deaf": false, "mute": false,
        "flags": 0, "communication_disabled_until": "2021-12-23T12:34:56.789000+00:00", "guild_id": "2909267986263572999"}"#;
    let theirs: serenity::model::guild::Member = serde_json::from_str(json).unwrap();
    let ours = Member::from(&theirs);
    assert_eq!(ours.communication_disabled_until_ms, Some(1_640_262_896_789));
    assert!(ours.is_timed_out_at(1_640_262_896_788));
    assert!(!ours.is_timed_out_at(1_640_262_896_789));
}

#[test]
fn channel_types_and_permissions_convert() {
    use serenity::model::channel::ChannelType;
    assert_eq!(ChannelKind::try_from(ChannelType::Forum), Ok(ChannelKind::Forum));
    assert!(ChannelKind::try_from(ChannelType::Private).is_err());
    let theirs = serenity::model::Permissions::from(Permissions::SET_VOICE_CHANNEL_STATUS);
    assert_eq!(theirs.bits(), 1 << 48);
}
