//! Advanced bot authorization: the bot joins a server and the site learns who added it, through
//! the authorization code grant with a redirect URI. The random `state` is added per request at
//! run time: a constant `state` is a build error.
//!
//! `cargo run --example oauth_bot`

use botperms::{BotPermissions, InviteUrl, PermissionTable, Permissions, Scope};

/// A dashboard bot: a server admin adds it from the website and lands back on the dashboard.
#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot, applications.commands, identify, guilds])]
#[bot(response_type = code, redirect_uri = "https://dashboard.example.com/discord/callback")]
#[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS], reason = "post dashboard notifications")]
#[bot(permissions = [MANAGE_ROLES], reason = "give members the roles they pick on the dashboard")]
struct Dashboard;

/// A CSRF token: must differ per request. A real site uses a CSPRNG; this example derives one
/// from the clock and the process id so it runs without extra dependencies.
fn fresh_state() -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    format!("{:x}{:x}", nanos, std::process::id())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("Dashboard install, without state (a constant)\n  {}\n", Dashboard::INVITE_URL);

    // `invite()` carries everything declared on the struct; only the state is new.
    let link = Dashboard::invite().state(fresh_state()).build()?;
    println!("Dashboard install for this request, with a fresh state\n  {link}\n");
    print!("{}", PermissionTable::of::<Dashboard>());

    // A user scope needs a grant: without any `response_type` the builder refuses, as the macro
    // refuses it at build time. (A `redirect_uri` alone would get `response_type=code` added.)
    let refused = InviteUrl::new(157_730_590_492_196_864_u64)
        .scopes([Scope::Bot, Scope::Identify])
        .permissions(Permissions::VIEW_CHANNEL)
        .build()
        .expect_err("a user scope without a grant is refused");
    println!("\nwithout a grant the builder refuses:\n{refused}");

    for link in [Dashboard::INVITE_URL, link.as_str()] {
        let findings = InviteUrl::parse(link)?.findings().len();
        assert_eq!(findings, 0, "the runtime linter disagrees with the build-time checks on {link}");
    }
    println!("\nboth links parsed back by the runtime linter with no finding");
    Ok(())
}
