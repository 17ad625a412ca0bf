//! The bot's permission paths on Discord's documented payloads (`core/tests/payloads/`, whose README says
//! where each comes from): an interaction with `app_permissions`, a guild with roles, a channel with
//! overwrites. No network: the payloads go through serenity's own deserialization.

use botperms::{BotPermissions, Guild, Member, Permissions};
use botperms_serenity_bot::{Announce, Ban, Command, ModBot, Ping, admit, can_announce_in};
use serenity::all::{CommandInteraction, GuildChannel, PartialGuild};

const BOT: u64 = 157_730_590_492_196_864;

/// A documented payload with the fields Discord sends today that the example leaves out and serenity
/// requires, each at its documented default.
fn completed<T: serde::de::DeserializeOwned>(json: &str, missing: &[(&str, serde_json::Value)]) -> T {
    let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
    for (key, default) in missing {
        assert!(value.get(key).is_none(), "the documented payload has `{key}` now");
        value[key] = default.clone();
    }
    serde_json::from_value(value).unwrap()
}

fn interaction(name: &str, app_permissions: &str) -> CommandInteraction {
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("../../../core/tests/payloads/interaction-slash-command.json")).unwrap();
    value["member"]["flags"] = 0.into();
    value["data"]["name"] = name.into();
    value["app_permissions"] = app_permissions.into();
    completed(
        &value.to_string(),
        &[
            ("application_id", BOT.to_string().into()),
            ("version", 1.into()),
            ("entitlements", serde_json::json!([])),
            ("attachment_size_limit", 10_485_760.into()),
        ],
    )
}

fn guild() -> Guild {
    let guild: PartialGuild = completed(
        include_str!("../../../core/tests/payloads/guild.json"),
        &[
            ("nsfw_level", 0.into()),
            ("stickers", serde_json::json!([])),
            ("premium_progress_bar_enabled", false.into()),
        ],
    );
    Guild::from(&guild)
}

fn channel(file: &str) -> GuildChannel {
    serde_json::from_str(file).unwrap()
}

fn bot() -> Member {
    Member { user_id: Some(BOT), role_ids: Vec::new(), communication_disabled_until_ms: None }
}

#[test]
fn the_invite_asks_for_exactly_what_the_commands_use() {
    assert_eq!(ModBot::PERMISSIONS, Ping::PERMISSIONS | Ban::PERMISSIONS | Announce::PERMISSIONS);
    assert_eq!(
        ModBot::PERMISSIONS,
        Permissions::BAN_MEMBERS
            | Permissions::VIEW_CHANNEL
            | Permissions::SEND_MESSAGES
            | Permissions::SEND_MESSAGES_IN_THREADS
            | Permissions::EMBED_LINKS
    );
    assert!(ModBot::INVITE_URL.ends_with(&format!("&permissions={}", ModBot::PERMISSIONS.bits())));
    let union = Command::ALL.iter().fold(Permissions::empty(), |all, command| all | command.permissions());
    assert_eq!(union, ModBot::PERMISSIONS);
}

#[test]
fn the_documented_interaction_admits_ping_and_explains_ban() {
    // Discord's example grants only Embed Links, Attach Files, Mention Everyone and External Emojis.
    let documented = interaction("ping", "442368");
    assert_eq!(documented.app_permissions.unwrap().bits(), 442_368);
    assert_eq!(admit(&documented), Ok(Command::Ping));
    assert_eq!(
        admit(&interaction("ban", "442368")),
        Err("I can't do that here: I'm missing the **Ban Members** permission (ban the member `/ban` names).\n\
             Someone with **Manage Roles** can grant it to my role in Server Settings > Roles."
            .to_owned())
    );
}

#[test]
fn each_command_is_checked_on_its_own() {
    // Enough to ban, not to post.
    let granted = Permissions::BAN_MEMBERS | Permissions::VIEW_CHANNEL;
    let text = granted.bits().to_string();
    assert_eq!(admit(&interaction("ban", &text)), Ok(Command::Ban));
    let reply = admit(&interaction("announce", &text)).unwrap_err();
    assert!(reply.starts_with("I can't do that here: I'm missing these permissions:\n"), "{reply}");
    assert!(
        reply.contains("- **Send Messages and Create Posts** (post `/announce`'s embed in the channel)\n"),
        "{reply}"
    );
    assert!(reply.contains("- **Embed Links** (post `/announce`'s embed in the channel)\n"), "{reply}");
    assert!(!reply.contains("Ban Members"), "{reply}");
    assert_eq!(admit(&interaction("announce", &ModBot::PERMISSIONS.bits().to_string())), Ok(Command::Announce));
    assert_eq!(admit(&interaction("kick", &text)), Err("I don't know the command `/kick`.".to_owned()));
}

#[test]
fn the_documented_guild_lets_the_bot_announce_in_the_documented_channel() {
    // `@everyone` of the documented guild grants View Channel, Send Messages and Embed Links, but not
    // Send Messages in Threads.
    let channel = channel(include_str!("../../../core/tests/payloads/channel-text.json"));
    assert_eq!(
        can_announce_in(&guild(), &bot(), &channel),
        Err("missing Send Messages in Threads and Posts".to_owned())
    );
    let mut guild = guild();
    guild.roles[0].permissions |= Permissions::SEND_MESSAGES_IN_THREADS;
    assert_eq!(can_announce_in(&guild, &bot(), &channel), Ok(()));
}

#[test]
fn overwrites_decide_where_the_bot_can_announce() {
    let mut guild = guild();
    guild.roles[0].permissions |= Permissions::SEND_MESSAGES_IN_THREADS;
    let overwritten = channel(include_str!("../../../core/tests/payloads/channel-text-overwrites.json"));
    // @everyone may not post there, the bot's own overwrite allows it again.
    assert_eq!(can_announce_in(&guild, &bot(), &overwritten), Ok(()));
    let someone_else = Member { user_id: Some(80_351_110_224_678_912), ..bot() };
    assert_eq!(
        can_announce_in(&guild, &someone_else, &overwritten),
        Err("missing Send Messages and Create Posts; Embed Links".to_owned())
    );
}
