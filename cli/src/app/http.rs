//! Discord's API for `botperms app fetch` and `sync --apply`: `/applications/@me` over rustls, with
//! the bot token from the environment. The token is sent in the `Authorization` header and nowhere
//! else; every message this module builds is scrubbed of it.

use std::time::Duration;

use botperms_core::BotToken;
use botperms_core::render::{clean, clean_message};
use botperms_core::secrecy::ExposeSecret as _;
use botperms_core::secrets::detect_secret;
use ureq::http::HeaderValue;

use super::source::MAX_OBJECT_BYTES;
use crate::output::Failure;

/// Discord's API, version 10.
pub(crate) const DEFAULT_API_BASE: &str = "https://discord.com/api/v10";
/// Discord asks for `DiscordBot ($url, $versionNumber)`.
const USER_AGENT: &str = concat!("DiscordBot (https://github.com/botperms/botperms, ", env!("CARGO_PKG_VERSION"), ")");
/// How often a rate-limited request is sent again before giving up.
const MAX_RETRIES: u32 = 2;
/// The longest `retry_after` waited for; a longer one is reported at once.
const MAX_RETRY_WAIT: Duration = Duration::from_secs(10);
/// Characters of Discord's own error message quoted in ours.
const QUOTED_CHARS: usize = 200;

/// Where and how long to ask.
#[derive(Debug, clap::Args)]
pub(crate) struct ApiArgs {
    /// Discord's API base URL (`https` only; `http` for a loopback address, as for a local test server)
    #[arg(long, value_name = "URL", default_value = DEFAULT_API_BASE)]
    api_base: String,
    /// Seconds each request may take, connecting and reading the answer included
    #[arg(long, value_name = "SECONDS", default_value_t = 15, value_parser = clap::value_parser!(u64).range(1..=300))]
    timeout: u64,
}

/// A client for the application of the bot whose token it holds.
pub(crate) struct Discord {
    agent: ureq::Agent,
    endpoint: String,
    host: String,
    timeout: u64,
    token: BotToken,
}

impl Discord {
    /// Reads the token from the variable `token_env` and checks `--api-base`; nothing is sent yet.
    pub(crate) fn connect(token_env: &str, api: &ApiArgs) -> Result<Discord, Failure> {
        if detect_secret(token_env).is_some() {
            return Err(Failure::new(
                "`--token-env` takes the name of an environment variable, and this is shaped like a bot token",
                "reset the token in the Developer Portal (it is in your shell history now), then `export \
                 DISCORD_TOKEN=…` and pass `--token-env DISCORD_TOKEN`",
            ));
        }
        let token = BotToken::from_env_var(token_env).map_err(|error| {
            Failure::new(
                error.to_string(),
                "botperms reads the token from the environment only, never from an argument",
            )
        })?;
        let (endpoint, host) = endpoint(&api.api_base)?;
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(api.timeout)))
            .http_status_as_error(false)
            // A redirect would take the request somewhere the user did not name.
            .max_redirects(0)
            .user_agent(USER_AGENT)
            .build();
        Ok(Discord { agent: config.into(), endpoint, host, timeout: api.timeout, token })
    }

    /// `GET /applications/@me`: the application object, as Discord wrote it.
    pub(crate) fn get_application(&self) -> Result<String, Failure> {
        self.exchange(None)
    }

    /// `PATCH /applications/@me` with the JSON `body`: the updated object.
    pub(crate) fn patch_application(&self, body: &str) -> Result<String, Failure> {
        self.exchange(Some(body))
    }

    fn exchange(&self, body: Option<&str>) -> Result<String, Failure> {
        let mut retries = 0;
        loop {
            let mut authorization =
                HeaderValue::from_str(self.token.authorization_header().expose_secret()).map_err(|_| {
                    Failure::new("the bot token cannot be sent in a header", "check the token's characters")
                })?;
            authorization.set_sensitive(true);
            let sent = match body {
                None => self.agent.get(&self.endpoint).header("Authorization", authorization).call(),
                Some(body) => self
                    .agent
                    .patch(&self.endpoint)
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .send(body),
            };
            let mut response = sent.map_err(|error| self.transport_failure(&error))?;
            let status = response.status().as_u16();
            let header_wait = response
                .headers()
                .get("retry-after")
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.trim().parse::<f64>().ok());
            let text = response
                .body_mut()
                .with_config()
                .limit(MAX_OBJECT_BYTES)
                .read_to_string()
                .map_err(|error| self.transport_failure(&error))?;
            match status {
                200..=299 => return Ok(text),
                429 => {
                    let wait = retry_after(&text)
                        .or(header_wait)
                        .and_then(|seconds| Duration::try_from_secs_f64(seconds).ok());
                    match wait {
                        Some(wait) if retries < MAX_RETRIES && wait <= MAX_RETRY_WAIT => {
                            retries += 1;
                            std::thread::sleep(wait);
                        }
                        _ => return Err(self.rate_limited(wait, retries)),
                    }
                }
                _ => return Err(self.status_failure(status, &text)),
            }
        }
    }

    /// `text` with the token, should it be there (a server that echoes the request), replaced.
    pub(crate) fn redact(&self, text: &str) -> String {
        text.replace(self.token.expose_secret(), "[redacted]")
    }

    /// A message with the token replaced, then through the one renderer (anything else secret-shaped
    /// redacted, control and bidi characters escaped).
    fn scrub(&self, text: &str) -> String {
        clean_message(&self.redact(text)).into_owned()
    }

    fn failure(&self, message: &str, help: &str) -> Failure {
        Failure::new(self.scrub(message), help)
    }

    fn transport_failure(&self, error: &ureq::Error) -> Failure {
        let host = &self.host;
        match error {
            ureq::Error::Timeout(_) => self.failure(
                &format!("no complete answer from {host} within {} seconds", self.timeout),
                "try again later, or allow more time with `--timeout SECONDS`",
            ),
            ureq::Error::BodyExceedsLimit(limit) => self.failure(
                &format!("the answer from {host} is larger than {limit} bytes: no application object is"),
                "check `--api-base`: it should be Discord's API",
            ),
            ureq::Error::HostNotFound | ureq::Error::ConnectionFailed | ureq::Error::Io(_) => {
                self.failure(&format!("cannot reach {host}: {error}"), "check the network and `--api-base`")
            }
            ureq::Error::Tls(_) => self.failure(
                &format!("no secure connection to {host}: {error}"),
                "check the system clock and `--api-base`; botperms trusts the Mozilla root certificates",
            ),
            _ => self.failure(&format!("the request to {host} failed: {error}"), "check `--api-base`"),
        }
    }

    fn rate_limited(&self, wait: Option<Duration>, retries: u32) -> Failure {
        let after =
            wait.map_or_else(String::new, |wait| format!("; Discord asks to wait {:.1} seconds", wait.as_secs_f64()));
        let tried = if retries == 0 { String::new() } else { format!(" after {retries} retries") };
        self.failure(
            &format!("Discord is rate limiting this bot (429 Too Many Requests){tried}{after}"),
            "try again in a while; nothing was changed by the request Discord refused",
        )
    }

    fn status_failure(&self, status: u16, text: &str) -> Failure {
        let said = discord_message(text).map_or_else(String::new, |message| format!(": Discord says \"{message}\""));
        let (what, help) = match status {
            401 => (
                "Discord refused the bot token (401 Unauthorized)",
                "the token is wrong or was reset: copy a new one from the Bot page of the Developer Portal",
            ),
            403 => (
                "Discord forbids this request (403 Forbidden)",
                "the token's bot may not read or edit this application; use the bot token of the application itself",
            ),
            404 => ("Discord has no `/applications/@me` there (404 Not Found)", "check `--api-base`"),
            300..=399 => ("the API answered with a redirect, which botperms does not follow", "check `--api-base`"),
            500..=599 => ("Discord failed to answer", "Discord has a problem on its side: try again later"),
            _ => ("Discord refused the request", "check `--api-base`, and the body if it was `sync --apply`"),
        };
        let status_text = if matches!(status, 401 | 403 | 404) { String::new() } else { format!(" (status {status})") };
        self.failure(&format!("{what}{status_text}{said}"), help)
    }
}

/// The `/applications/@me` URL under `base`, and the host and port to name in messages.
fn endpoint(base: &str) -> Result<(String, String), Failure> {
    let help = format!("pass Discord's API, `--api-base {DEFAULT_API_BASE}` (the default)");
    let url = url::Url::parse(base.trim())
        .map_err(|error| Failure::new(format!("`--api-base` is no absolute URL: {error}"), help.as_str()))?;
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => name == "localhost",
        None => false,
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(Failure::new(
                "`--api-base` is plain `http` to another machine: the token would cross the network unencrypted",
                help,
            ));
        }
        scheme => return Err(Failure::new(format!("`--api-base` has scheme `{scheme}`; it takes `https`"), help)),
    }
    if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() || url.password().is_some() {
        return Err(Failure::new("`--api-base` is a base URL: no user, query or fragment", help));
    }
    let host = match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        (None, _) => return Err(Failure::new("`--api-base` has no host", help)),
    };
    Ok((format!("{}/applications/@me", url.as_str().trim_end_matches('/')), host))
}

/// `retry_after` of a 429 body: `{"message": "...", "retry_after": 0.5, "global": false}`.
fn retry_after(text: &str) -> Option<f64> {
    serde_json::from_str::<serde_json::Value>(text).ok()?.get("retry_after")?.as_f64()
}

/// The `message` of an error body, through the one renderer, its length cut.
fn discord_message(text: &str) -> Option<String> {
    let value = serde_json::from_str::<serde_json::Value>(text).ok()?;
    let message = value.get("message")?.as_str()?;
    let mut quoted: String = clean(message).chars().take(QUOTED_CHARS).collect();
    if message.chars().nth(QUOTED_CHARS).is_some() {
        quoted.push('…');
    }
    Some(quoted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_user_agent_has_discords_form() {
        assert_eq!(
            USER_AGENT,
            format!("DiscordBot (https://github.com/botperms/botperms, {})", env!("CARGO_PKG_VERSION"))
        );
    }

    #[test]
    fn the_api_base_is_https_or_loopback_http() {
        assert_eq!(endpoint(DEFAULT_API_BASE).unwrap().0, "https://discord.com/api/v10/applications/@me");
        assert_eq!(
            endpoint("http://127.0.0.1:8080/api/").unwrap(),
            ("http://127.0.0.1:8080/api/applications/@me".to_owned(), "127.0.0.1:8080".to_owned())
        );
        assert!(endpoint("http://[::1]:9/").is_ok());
        assert!(endpoint("http://localhost:9").is_ok());
        for refused in [
            "http://discord.com/api",
            "ftp://127.0.0.1",
            "discord.com/api",
            "https://a:b@discord.com",
            "https://discord.com/api?x=1",
        ] {
            assert!(endpoint(refused).is_err(), "{refused}");
        }
        assert!(endpoint("http://10.0.0.1/api").unwrap_err().0[0].message.contains("unencrypted"));
    }

    #[test]
    fn retry_after_is_read_from_the_body() {
        assert_eq!(
            retry_after(r#"{"message": "You are being rate limited.", "retry_after": 64.57, "global": false}"#),
            Some(64.57)
        );
        assert_eq!(retry_after("not json"), None);
    }

    #[test]
    fn discords_message_is_quoted_safely() {
        assert_eq!(
            discord_message(r#"{"message": "401: Unauthorized", "code": 0}"#).as_deref(),
            Some("401: Unauthorized")
        );
        assert_eq!(discord_message("{\"message\": \"a\\u001b[2Jb\\u202e\"}").as_deref(), Some("a\\u{1b}[2Jb\\u{202e}"));
        assert_eq!(
            discord_message(&format!("{{\"message\": \"{}\"}}", "x".repeat(1000))).unwrap().chars().count(),
            QUOTED_CHARS + 1
        );
    }
}
