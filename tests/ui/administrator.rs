use botperms::invite_url;

// `ADMINISTRATOR` is a warning by default (the link works); `deny(administrator)` makes it an error.
const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [ADMINISTRATOR],
    deny(administrator),
);

// An integer with the administrator bit is caught too.
const RAW: &str = invite_url!(client_id = 157730590492196864, scopes = [bot], permissions = 8, deny(administrator));

fn main() {
    let _ = (INVITE, RAW);
}
