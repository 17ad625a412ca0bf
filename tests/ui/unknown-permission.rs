use botperms::{invite_url, permissions, Permissions};

// A typo, another library's spelling and a client label: each says what to write instead.
const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [VIEW_CHANNEL, SEND_MESAGES, embed_links, "Attach Files", SEND_MESSAGES_IN_THREADS],
);

const FLAGS: Permissions = permissions!(VIEW_CHANNEL | MANAGE_SEVER);

fn main() {
    let _ = (INVITE, FLAGS);
}
