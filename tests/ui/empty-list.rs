use botperms::{invite_url, permissions, Permissions};

const INVITE: &str = invite_url!(client_id = 157730590492196864, scopes = [], permissions = []);

const NONE: Permissions = permissions!();

fn main() {
    let _ = (INVITE, NONE);
}
