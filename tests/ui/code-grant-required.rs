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

const WEBHOOK_WITHOUT_GRANT: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [webhook.incoming],
);

const ROLE_CONNECTIONS_IMPLICIT: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [role_connections.write],
    response_type = token,
);

fn main() {
    let _ = (USER_SCOPE, WEBHOOK_IMPLICIT, APP_REQUIRES_IT, WEBHOOK_WITHOUT_GRANT, ROLE_CONNECTIONS_IMPLICIT);
}
