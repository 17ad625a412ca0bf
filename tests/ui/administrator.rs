use botperms::invite_url;

const INVITE: &str = invite_url!(client_id = 157730590492196864, scopes = [bot], permissions = [ADMINISTRATOR]);

// An integer with the administrator bit is caught too.
const RAW: &str = invite_url!(client_id = 157730590492196864, scopes = [bot], permissions = 8);

fn main() {
    let _ = (INVITE, RAW);
}
