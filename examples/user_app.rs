//! A user-installable slash-command app: no bot user, no permissions, installed to people's
//! accounts so its commands work everywhere they are.
//!
//! `cargo run --example user_app`

use botperms::{BotPermissions, InviteUrl, PermissionTable, invite_url};

/// Installed to a user's account.
const USER_INSTALL: &str =
    invite_url!(client_id = 157730590492196864, scopes = [applications.commands], integration_type = user,);

/// The same app, installed to a server with a bot user that can answer in channels.
#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot, applications.commands], integration_type = guild)]
#[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, EMBED_LINKS], reason = "reply with rich embeds")]
#[bot(permissions = [USE_EXTERNAL_EMOJIS], reason = "react with the app's own emoji")]
struct GuildInstall;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("User install (commands follow the user; no permissions to grant)\n  {USER_INSTALL}\n");
    println!("Server install\n  {}\n", GuildInstall::INVITE_URL);
    print!("{}", PermissionTable::of::<GuildInstall>());
    for link in [USER_INSTALL, GuildInstall::INVITE_URL] {
        let findings = InviteUrl::parse(link)?.findings().len();
        assert_eq!(findings, 0, "the runtime linter disagrees with the build-time checks on {link}");
    }
    println!("\nboth links parsed back by the runtime linter with no finding");
    Ok(())
}
