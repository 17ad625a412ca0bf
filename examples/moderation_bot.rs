//! A moderation bot composed of modules, each declaring what it needs and why.
//!
//! `cargo run --example moderation_bot` prints its invite links and what each permission is for.

use botperms::{BotPermissions, GuildId, InviteUrl, PermissionTable, Permissions, Rule, invite_url};

/// Deletes spam and times out repeat offenders.
#[derive(BotPermissions)]
#[bot(permissions = [VIEW_CHANNEL, READ_MESSAGE_HISTORY, MANAGE_MESSAGES], reason = "delete spam")]
#[bot(permissions = [MODERATE_MEMBERS], reason = "time out repeat offenders")]
struct AntiSpam {
    #[allow(dead_code)]
    max_mentions: u8,
}

/// Kicks and bans on a moderator's command.
#[derive(BotPermissions)]
#[bot(permissions = [KICK_MEMBERS, BAN_MEMBERS], reason = "`/kick` and `/ban` commands")]
struct Sanctions;

/// Posts an audit trail of every action in a log channel.
#[derive(BotPermissions)]
#[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, EMBED_LINKS], reason = "post the moderation log")]
#[bot(permissions = [VIEW_AUDIT_LOG], reason = "say who did what in the log")]
struct ModLog;

/// The bot: its own needs plus its modules'. The running bot reads its configuration; this
/// example only prints what it asks for.
#[allow(dead_code)]
#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot, applications.commands])]
#[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS], reason = "answer slash commands")]
struct ModBot {
    #[bot(nested)]
    anti_spam: AntiSpam,
    #[bot(nested)]
    sanctions: Sanctions,
    #[bot(nested)]
    log: ModLog,
    prefix: &'static str,
}

/// A smaller link for servers that only want the log, checked the same way.
const LOG_ONLY: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, EMBED_LINKS, VIEW_AUDIT_LOG],
);

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("ModBot: invite link (a constant, checked at build time)\n  {}\n", ModBot::INVITE_URL);
    println!("Log-only invite link\n  {LOG_ONLY}\n");

    // What only the running bot knows: a server to preselect.
    let guild: GuildId = "175928847299117063".parse()?;
    let preselected = ModBot::invite().guild_id(guild).disable_guild_select(true).build()?;
    println!("Invite link for one server, built at run time\n  {preselected}\n");

    print!("{}", PermissionTable::of::<ModBot>());
    println!("\nowner needs 2FA for some permissions: {}", ModBot::REQUIRES_OWNER_2FA);

    // A server that granted less than asked: tell its admin what is missing, in Discord's words.
    let granted = ModBot::PERMISSIONS.difference(Permissions::EMBED_LINKS | Permissions::BAN_MEMBERS);
    if let Err(missing) = ModBot::check(granted) {
        println!("in a server that granted less: {missing}");
    }

    // The runtime linter agrees with the build-time checks: the only finding is the warning the
    // build gave too (`MANAGE_MESSAGES` no longer pins; the anti-spam module only deletes).
    for link in [ModBot::INVITE_URL, LOG_ONLY, preselected.as_str()] {
        for finding in InviteUrl::parse(link)?.findings() {
            assert_eq!(finding.rule, Rule::MissingPinMessages, "the runtime linter disagrees on {link}: {finding}");
        }
    }
    println!("\nall links parsed back by the runtime linter with no error");
    Ok(())
}
