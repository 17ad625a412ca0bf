use botperms::invite_url;

const MESSAGES: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [VIEW_CHANNEL, EMBED_LINKS, ATTACH_FILES],
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
