use botperms::invite_url;

const USER_SCOPE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot, identify],
);

const WEBHOOK_IMPLICIT: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [webhook.incoming],
    redirect_uri = "https://example.com/discord/callback",
    response_type = token,
);

const APP_REQUIRES_IT: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    require_code_grant,
    response_type = code,
);

fn main() {
    let _ = (USER_SCOPE, WEBHOOK_IMPLICIT, APP_REQUIRES_IT);
}
