use botperms::invite_url;

// Every malformed argument is reported in one build.
const INVITE: &str = invite_url!(
    client_id 157730590492196864,
    scopes = bot,
    permissions = "SEND_MESSAGES",
    guild_id = -5,
    integration_type = server,
    disable_guild_select = yes,
    redirect_uri = https,
    = 5,
);

fn main() {
    let _ = INVITE;
}
