use botperms::invite_url;

// Said once, on the `bot` scope: no `administrator` or `permissions_without_bot` on flags a user
// install never grants.
const USER_BOT: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot, applications.commands],
    permissions = [ADMINISTRATOR, EMBED_LINKS],
    integration_type = user,
);

const NO_COMMANDS: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [identify],
    response_type = code,
    integration_type = user,
);

fn main() {
    let _ = (USER_BOT, NO_COMMANDS);
}
