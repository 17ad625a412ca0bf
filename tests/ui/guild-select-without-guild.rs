use botperms::invite_url;

const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    disable_guild_select,
);

fn main() {
    let _ = INVITE;
}
