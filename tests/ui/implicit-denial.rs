// A warning by default (`@everyone` usually grants the prerequisite); denying warnings here shows
// its text, and `deny(implicit_denial)` keeps the strict behaviour.
#![deny(deprecated)]

use botperms::invite_url;

const MESSAGES: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [VIEW_CHANNEL, EMBED_LINKS, ATTACH_FILES],
    deny(implicit_denial),
);

const VOICE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [VIEW_CHANNEL, SPEAK],
);

const CHANNEL: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [ADD_REACTIONS],
);

fn main() {
    let _ = (MESSAGES, VOICE, CHANNEL);
}
