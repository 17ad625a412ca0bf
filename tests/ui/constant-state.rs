use botperms::invite_url;

const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [webhook.incoming],
    response_type = code,
    redirect_uri = "https://example.com/discord/callback",
    state = "15773059ghq9183habn",
);

fn main() {
    let _ = INVITE;
}
