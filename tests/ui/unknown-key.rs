use botperms::invite_url;

const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scope = [bot],
    permission = [VIEW_CHANNEL],
    reason = "keys of `#[bot]`, not of invite links",
);

fn main() {
    let _ = INVITE;
}
