use botperms::invite_url;

// Bit 47 is reserved; nextcord's `Permissions.all()` sets every bit.
const INVITE: &str = invite_url!(client_id = 157730590492196864, scopes = [bot], permissions = 140737488355328);

fn main() {
    let _ = INVITE;
}
