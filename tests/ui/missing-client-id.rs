use botperms::invite_url;

const INVITE: &str = invite_url!(scopes = [applications.commands]);

fn main() {
    let _ = INVITE;
}
