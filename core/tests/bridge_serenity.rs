//! The `serenity` feature: serenity's types, deserialized from Discord's documented payloads
//! (`payloads/`), as the calculator's inputs.
#![cfg(feature = "serenity")]

mod documented;

use botperms_core::{AppPermissions, Channel, ChannelKind, Guild, Member, Permissions, Role};
use documented::{OWNER, Poster};
use serenity::model::application::CommandInteraction;
use serenity::model::channel::GuildChannel;
use serenity::model::guild::PartialGuild;

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

#[test]
fn the_documented_guild_converts_with_its_roles_and_owner() {
    assert_eq!(guild(), documented::guild());
}

#[test]
fn the_documented_role_converts_with_its_permissions() {
    let role: serenity::model::guild::Role = serde_json::from_str(include_str!("payloads/role.json")).unwrap();
    assert_eq!(Role::from(&role), documented::role());
}

#[test]
fn a_channel_converts_with_its_kind_and_overwrites() {
    assert_eq!(channel(), documented::channel());
}

#[test]
fn check_in_channel_takes_the_converted_guild_member_and_channel() {
    documented::assert_permissions_in(&guild(), &channel());
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
