//! The `twilight` feature: twilight-model's types, deserialized from Discord's documented payloads
//! (`payloads/`), as the calculator's inputs.
#![cfg(feature = "twilight")]

mod documented;

use botperms_core::{BridgeError, Channel, ChannelKind, Guild, Member, Overwrite, Permissions, Role};
use documented::OWNER;
use twilight_model::channel::permission_overwrite::{PermissionOverwrite, PermissionOverwriteType};
use twilight_model::guild::Role as TwilightRole;

/// The `roles` of the documented guild, with its id and owner (twilight's `Guild` wants fields the
/// documented example leaves out, so only the roles go through twilight's own type; the serenity test
/// converts a whole guild).
fn guild() -> Guild {
    let mut json: serde_json::Value = serde_json::from_str(include_str!("payloads/guild.json")).unwrap();
    // The documented role leaves out `flags`, which Discord sends and twilight requires.
    for role in json["roles"].as_array_mut().unwrap() {
        role["flags"] = 0.into();
    }
    let roles: Vec<TwilightRole> = serde_json::from_value(json["roles"].clone()).unwrap();
    Guild {
        id: json["id"].as_str().unwrap().parse().unwrap(),
        owner_id: json["owner_id"].as_str().unwrap().parse().unwrap(),
        roles: roles.iter().map(Role::from).collect(),
    }
}

fn channel() -> twilight_model::channel::Channel {
    serde_json::from_str(include_str!("payloads/channel-text-overwrites.json")).unwrap()
}

#[test]
fn the_documented_roles_convert_with_their_permissions() {
    assert_eq!(guild(), documented::guild());
    let role: TwilightRole = serde_json::from_str(include_str!("payloads/role.json")).unwrap();
    let role = Role::from(&role);
    assert_eq!(role, documented::role());
    assert!(role.permissions.contains(Permissions::ADMINISTRATOR | Permissions::KICK_MEMBERS));
}

#[test]
fn a_channel_converts_with_its_kind_and_overwrites() {
    assert_eq!(Channel::try_from(&channel()).unwrap(), documented::channel());
    let documented: twilight_model::channel::Channel =
        serde_json::from_str(include_str!("payloads/channel-text.json")).unwrap();
    let converted = Channel::try_from(&documented).unwrap();
    assert_eq!((converted.kind, converted.overwrites), (ChannelKind::Text, Vec::new()));
}

#[test]
fn check_in_channel_takes_the_converted_guild_member_and_channel() {
    documented::assert_permissions_in(&guild(), &Channel::try_from(&channel()).unwrap());
}

#[test]
fn members_keep_their_roles_and_timeout() {
    let json = r#"{"roles": ["41771983423143936"], "user": {"id": "53908232506183680", "username": "Mason",
        "discriminator": "1337", "avatar": null}, "joined_at": "2017-03-13T19:19:14.040000+00:00",
        "communication_disabled_until": "2021-12-23T12:34:56.789000+00:00", "deaf": false, "mute": false,
        "flags": 0, "pending": false}"#;
    let theirs: twilight_model::guild::Member = serde_json::from_str(json).unwrap();
    let ours = Member::from(&theirs);
    assert_eq!(ours.user_id, Some(OWNER));
    assert_eq!(ours.role_ids, [41_771_983_423_143_936]);
    assert_eq!(ours.communication_disabled_until_ms, Some(1_640_262_896_789));
}

#[test]
fn overwrites_of_an_unknown_type_and_dm_channels_are_refused() {
    let mut overwrite: PermissionOverwrite = channel().permission_overwrites.unwrap()[0];
    overwrite.kind = PermissionOverwriteType::Unknown(7);
    assert_eq!(Overwrite::try_from(&overwrite), Err(BridgeError::OverwriteType(Some(7))));
    let mut dm = channel();
    dm.kind = twilight_model::channel::ChannelType::Private;
    assert_eq!(Channel::try_from(&dm), Err(BridgeError::ChannelType(1)));
    assert_eq!(
        BridgeError::ChannelType(1).to_string(),
        "channel type `1` is not a guild channel botperms knows: DMs have no permission overwrites"
    );
}

#[test]
fn permissions_convert_both_ways() {
    let theirs = twilight_model::guild::Permissions::from(Permissions::SET_VOICE_CHANNEL_STATUS | Permissions::SPEAK);
    assert_eq!(Permissions::from(theirs), Permissions::SET_VOICE_CHANNEL_STATUS | Permissions::SPEAK);
}
