use botperms::invite_url;

// Former Discord names still appear in old code and tutorials.
const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [READ_MESSAGES, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, MANAGE_EMOJIS_AND_STICKERS],
);

fn main() {
    let _ = INVITE;
}
