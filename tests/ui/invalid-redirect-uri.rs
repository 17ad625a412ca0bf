use botperms::invite_url;

const PLAIN_HTTP: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [identify],
    response_type = code,
    redirect_uri = "http://example.com/callback",
);

const RELATIVE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [identify],
    response_type = code,
    redirect_uri = "/callback",
);

const FRAGMENT: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [identify],
    response_type = code,
    redirect_uri = "https://example.com/callback#done",
);

fn main() {
    let _ = (PLAIN_HTTP, RELATIVE, FRAGMENT);
}
