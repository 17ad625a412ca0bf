use botperms::{invite_url, permissions, Permissions};

const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot, applications.commands, bot],
    permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, VIEW_CHANNEL],
);

const TWICE: Permissions = permissions!(KICK_MEMBERS | BAN_MEMBERS | KICK_MEMBERS);

const KEY_TWICE: &str = invite_url!(
    client_id = 157730590492196864,
    client_id = 157730590492196864,
    scopes = [applications.commands],
);

fn main() {
    let _ = (INVITE, TWICE, KEY_TWICE);
}
