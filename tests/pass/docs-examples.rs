// Discord's own examples (oauth2.mdx) build, and a redirect without a grant gets the code grant.
use botperms::invite_url;

// The bot authorization example: `permissions=1` (a warning: it relies on `@everyone` for `VIEW_CHANNEL`).
#[allow(deprecated)]
const BOT: &str = invite_url!(client_id = 157730590492196864, scopes = [bot], permissions = 1);

// The implicit grant example: `response_type=token`, no `redirect_uri`.
const IMPLICIT: &str = invite_url!(client_id = 290926444748734499, scopes = [identify], response_type = token);

// The webhook example, without its `state` (random per request, so never in a constant).
const WEBHOOK: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [webhook.incoming],
    response_type = code,
    redirect_uri = "https://nicememe.website",
);

// `integration_type = guild` without `applications.commands` is a no-op, as the Portal's links carry it.
const GUILD_INSTALL: &str = invite_url!(client_id = 157730590492196864, scopes = [bot], integration_type = guild);

// `redirect_uri` without `response_type`: `response_type=code` is added, as discord.py's `oauth_url` does.
const COMPLETED: &str =
    invite_url!(client_id = 157730590492196864, scopes = [identify], redirect_uri = "https://example.com/cb");

fn main() {
    assert_eq!(BOT, "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&permissions=1");
    assert_eq!(
        IMPLICIT,
        "https://discord.com/oauth2/authorize?client_id=290926444748734499&scope=identify&response_type=token"
    );
    assert!(WEBHOOK.contains("&response_type=code&redirect_uri=https%3A%2F%2Fnicememe.website"));
    assert!(GUILD_INSTALL.ends_with("&scope=bot&integration_type=0"));
    assert!(COMPLETED.ends_with("&scope=identify&response_type=code&redirect_uri=https%3A%2F%2Fexample.com%2Fcb"));
}
