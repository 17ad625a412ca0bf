use botperms::invite_url;

// Only the bot user receives permissions; `applications.commands` alone adds no bot user.
const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [applications.commands],
    permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS],
);

fn main() {
    let _ = INVITE;
}
