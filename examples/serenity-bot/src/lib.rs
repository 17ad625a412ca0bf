//! A moderation bot on serenity whose commands each declare what they need: the invite asks for exactly
//! the union of them, and each command checks its own needs where it is used, before it runs.
//!
//! The permission paths live here, apart from the gateway client in `main.rs`, so that tests can drive
//! them with Discord's JSON.

use botperms::{AppPermissions, BotPermissions, Channel, Guild, Member, Permissions};
use serenity::all::{CommandInteraction, GuildChannel};

/// `/ping`: a reply to an interaction needs no permission at all.
#[derive(BotPermissions)]
pub struct Ping;

/// `/ban user`: bans the member named.
#[derive(BotPermissions)]
#[bot(permissions = [BAN_MEMBERS], reason = "ban the member `/ban` names")]
pub struct Ban;

/// `/announce text`: posts the text as an embed in the channel, and in its threads.
#[derive(BotPermissions)]
#[bot(
    permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, EMBED_LINKS],
    reason = "post `/announce`'s embed in the channel"
)]
pub struct Announce;

/// The bot: its invite asks for the union of its commands' needs, and nothing else.
#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot, applications.commands], commands = [Ping, Ban, Announce])]
pub struct ModBot;

/// A command the bot answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// `/ping`.
    Ping,
    /// `/ban`.
    Ban,
    /// `/announce`.
    Announce,
}

impl Command {
    /// Every command, in the order they are registered.
    pub const ALL: [Command; 3] = [Command::Ping, Command::Ban, Command::Announce];

    /// The command's name as registered with Discord.
    pub const fn name(self) -> &'static str {
        match self {
            Command::Ping => "ping",
            Command::Ban => "ban",
            Command::Announce => "announce",
        }
    }

    /// The command of a registered name.
    pub fn from_name(name: &str) -> Option<Command> {
        Command::ALL.into_iter().find(|command| command.name() == name)
    }

    /// What this command needs.
    pub const fn permissions(self) -> Permissions {
        match self {
            Command::Ping => Ping::PERMISSIONS,
            Command::Ban => Ban::PERMISSIONS,
            Command::Announce => Announce::PERMISSIONS,
        }
    }

    /// `Ok` when the app holds what this command needs where it was used; otherwise the reply to send.
    pub fn check(self, here: AppPermissions) -> Result<(), String> {
        let checked = match self {
            Command::Ping => here.check::<Ping>(),
            Command::Ban => here.check::<Ban>(),
            Command::Announce => here.check::<Announce>(),
        };
        checked.map_err(|denied| denied.reply())
    }
}

/// The command an interaction runs, if the bot holds what it needs there; otherwise the ephemeral reply
/// that says what is missing.
pub fn admit(interaction: &CommandInteraction) -> Result<Command, String> {
    let name = &interaction.data.name;
    let command = Command::from_name(name).ok_or_else(|| format!("I don't know the command `/{name}`."))?;
    // Discord sends `app_permissions` with every interaction; serenity keeps it optional.
    let here = AppPermissions::from(Permissions::from_flags(interaction.app_permissions.unwrap_or_default()));
    command.check(here)?;
    Ok(command)
}

/// Whether the bot can announce in `channel` of `guild` (the guild as the gateway sent it, its roles
/// and owner; `me` the bot's member): for logging at start-up, before anyone runs `/announce`.
pub fn can_announce_in(guild: &Guild, me: &Member, channel: &GuildChannel) -> Result<(), String> {
    let channel = Channel::try_from(channel).map_err(|error| error.to_string())?;
    Announce::check_in_channel(&guild.calculator(me), channel.kind, &channel.overwrites)
        .map_err(|missing| missing.to_string())
}
