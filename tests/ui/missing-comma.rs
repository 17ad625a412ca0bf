use botperms::invite_url;

// A comma forgotten between two keys is reported as such, and the key after it is still read.
const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot]
    permissions = [VIEW_CHANNEL, SEND_MESAGES],
);

fn main() {
    let _ = INVITE;
}
