use botperms::invite_url;

// A placeholder id and an id past what Discord's API accepts.
const PLACEHOLDER: &str = invite_url!(client_id = 123456, scopes = [applications.commands]);

const TOO_LARGE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    guild_id = "18446744073709551615",
);

fn main() {
    let _ = (PLACEHOLDER, TOO_LARGE);
}
