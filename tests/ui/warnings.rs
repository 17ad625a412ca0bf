// Warn-level rules are compiler warnings; denying warnings here shows their text.
#![deny(deprecated)]

use botperms::invite_url;

const NO_THREADS: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [VIEW_CHANNEL, SEND_MESSAGES],
);

const ADMIN: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [ADMINISTRATOR],
);

const ADMIN_AND_MORE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [ADMINISTRATOR, KICK_MEMBERS],
    allow(administrator),
);

const VIDEO: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [VIEW_CHANNEL, CONNECT, STREAM],
);

const TWO_FACTOR: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [BAN_MEMBERS],
    warn(requires_owner_2fa),
);

const MODERATION: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [VIEW_CHANNEL, MANAGE_MESSAGES],
);

const STAGE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [VIEW_CHANNEL, CONNECT, REQUEST_TO_SPEAK],
);

fn main() {
    let _ = (NO_THREADS, ADMIN, ADMIN_AND_MORE, VIDEO, TWO_FACTOR, MODERATION, STAGE);
}
