use botperms::invite_url;

const USER_BOT: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot, applications.commands],
    permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS],
    integration_type = user,
);

const NO_COMMANDS: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    integration_type = guild,
);

fn main() {
    let _ = (USER_BOT, NO_COMMANDS);
}
