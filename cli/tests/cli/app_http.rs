//! `botperms app fetch` and `app sync --apply` against a loopback server: what is sent, and every
//! fault Discord can answer with. No failure says the token, and nothing is changed after a failed read.

use std::time::{Duration, Instant};

use super::app::DOCS_EXAMPLE;
use super::app_server::{Reply, Request, Server};
use crate::{botperms, json, text};

/// The variable the tests put the token in.
const VAR: &str = "BOTPERMS_TEST_TOKEN";

/// A made-up token of the documented application, assembled at run time so that no token-shaped
/// literal sits in the source.
fn token() -> String {
    botperms_fake_secrets::fake_token(172_150_183_260_323_840)
}

/// `botperms app ARGS --token-env VAR --api-base BASE` with the token in the environment and no proxy.
pub(crate) fn run(server: &Server, args: &[&str]) -> std::process::Output {
    let mut command = botperms();
    for proxy in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"] {
        command.env_remove(proxy);
    }
    command.env(VAR, token()).arg("app").args(args).args(["--token-env", VAR, "--api-base", &server.base]);
    command.output().unwrap()
}

/// Asserts that the run failed with exit 2 and `expected` in its error, and that the token is in no output.
fn assert_failed(output: &std::process::Output, expected: &str) {
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(2), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stderr.contains(expected), "expected {expected:?} in:\n{stderr}");
    assert_no_token(output);
}

fn assert_no_token(output: &std::process::Output) {
    let token = token();
    for stream in [&output.stdout, &output.stderr] {
        let text = text(stream);
        assert!(!text.contains(&token), "the token leaked:\n{text}");
        assert!(!text.contains(&token[..24]), "part of the token leaked:\n{text}");
    }
}

fn assert_is_get_of_the_application(request: &Request) {
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/api/v10/applications/@me");
    assert_eq!(request.header("authorization"), Some(format!("Bot {}", token()).as_str()));
    let user_agent = format!("DiscordBot (https://github.com/botperms/botperms, {})", env!("CARGO_PKG_VERSION"));
    assert_eq!(request.header("user-agent"), Some(user_agent.as_str()));
    assert_eq!(request.body, "");
}

/// A body that repeats the token, as a careless proxy or a hostile server might.
fn echoing(status: u16) -> Reply {
    Reply::json(status, format!(r#"{{"message": "{status}: no, {}", "code": 0}}"#, token()))
}

#[test]
fn fetch_sends_one_authorized_get_and_prints_the_object() {
    let server = Server::start(vec![Reply::json(200, DOCS_EXAMPLE)]);
    let output = run(&server, &["fetch"]);
    let requests = server.finish();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(requests.len(), 1);
    assert_is_get_of_the_application(&requests[0]);
    let object = json(&output);
    assert_eq!(object["id"], "172150183260323840");
    assert_eq!(object["name"], "Baba O-Riley", "every field is kept");
    assert_eq!(text(&output.stderr), "fetched the application object of application 172150183260323840\n");
    assert_no_token(&output);
}

#[test]
fn an_object_that_repeats_the_token_is_printed_without_it() {
    let object = DOCS_EXAMPLE.replace("Baba O-Riley", &token());
    let server = Server::start(vec![Reply::json(200, object)]);
    let output = run(&server, &["fetch"]);
    server.finish();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(json(&output)["name"], "[redacted]");
    assert_no_token(&output);
}

#[test]
fn a_refused_token_is_a_clear_error_without_the_token() {
    for (status, expected) in [
        (401, "Discord refused the bot token (401 Unauthorized)"),
        (403, "Discord forbids this request (403 Forbidden)"),
        (500, "Discord failed to answer (status 500)"),
        (502, "Discord failed to answer (status 502)"),
    ] {
        let server = Server::start(vec![echoing(status)]);
        let output = run(&server, &["fetch"]);
        assert_eq!(server.finish().len(), 1, "{status} is not retried");
        assert_failed(&output, expected);
        assert!(text(&output.stderr).contains("[redacted]"), "Discord's message is quoted, the token replaced");
    }
}

#[test]
fn a_rate_limit_is_waited_out_within_a_bound() {
    let limited =
        || Reply::json(429, r#"{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}"#);
    let server = Server::start(vec![limited(), limited(), Reply::json(200, DOCS_EXAMPLE)]);
    let output = run(&server, &["fetch"]);
    let requests = server.finish();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(requests.len(), 3, "two retries");
    requests.iter().for_each(assert_is_get_of_the_application);

    // Still limited after the retries: a clear error, and no fourth request.
    let server = Server::start(vec![limited(), limited(), limited(), limited()]);
    let output = run(&server, &["fetch"]);
    assert_eq!(server.finish().len(), 3);
    assert_failed(&output, "Discord is rate limiting this bot (429 Too Many Requests) after 2 retries");

    // A wait longer than the bound is not waited for.
    let long = Reply::Answer { status: 429, headers: vec![("Retry-After", "3600".to_owned())], body: String::new() };
    let server = Server::start(vec![long]);
    let started = Instant::now();
    let output = run(&server, &["fetch"]);
    assert_eq!(server.finish().len(), 1);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_failed(&output, "Discord asks to wait 3600.0 seconds");
}

#[test]
fn no_answer_within_the_timeout_is_a_clear_error() {
    let server = Server::start(vec![Reply::Silence(Duration::from_secs(20))]);
    let started = Instant::now();
    let output = run(&server, &["fetch", "--timeout", "1"]);
    let elapsed = started.elapsed();
    server.finish();
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
    assert_failed(&output, "no complete answer from 127.0.0.1:");
    assert!(text(&output.stderr).contains("within 1 seconds"));
}

#[test]
fn an_answer_that_is_no_application_object_is_a_clear_error() {
    for (body, expected) in [
        ("", "Discord's answer is not a Discord application object: the text is empty"),
        (
            "{\"id\": \"172150183260323840\", ",
            "Discord's answer is not a Discord application object: EOF while parsing",
        ),
        ("<html>bad gateway</html>", "Discord's answer is not a Discord application object: expected value"),
    ] {
        let server = Server::start(vec![Reply::json(200, body)]);
        let output = run(&server, &["fetch"]);
        server.finish();
        assert_failed(&output, expected);
    }
    // A value quoted by the parser is scrubbed of the token too.
    let server = Server::start(vec![Reply::json(200, format!(r#"{{"id": "{}"}}"#, token()))]);
    let output = run(&server, &["fetch"]);
    server.finish();
    assert_failed(&output, "Discord's answer is not a Discord application object");
}

#[test]
fn the_token_comes_from_the_environment_only() {
    let server = Server::start(vec![]);
    let mut command = botperms();
    command.env_remove(VAR).args(["app", "fetch", "--token-env", VAR, "--api-base", &server.base]);
    let output = command.output().unwrap();
    assert_failed(&output, "the environment variable `BOTPERMS_TEST_TOKEN` is not set");

    // The token itself passed as the variable's name: refused, never repeated.
    let output =
        botperms().args(["app", "fetch", "--token-env", &token(), "--api-base", &server.base]).output().unwrap();
    assert_failed(&output, "`--token-env` takes the name of an environment variable");

    // Plain http to another machine would send the token in clear: refused before connecting.
    let output = botperms()
        .env(VAR, token())
        .args(["app", "fetch", "--token-env", VAR, "--api-base", "http://192.0.2.1/api"])
        .output()
        .unwrap();
    assert_failed(&output, "unencrypted");
    assert!(server.finish().is_empty(), "nothing was sent");
}

/// The object after the PATCH of `sync_applies_the_patch...`: the guild install now asks for
/// `SEND_MESSAGES` (2048) and `EMBED_LINKS` (16384) with `bot` only.
pub(crate) fn patched_example() -> String {
    DOCS_EXAMPLE.replace(
        r#""0": {"oauth2_install_params": {"scopes": ["applications.commands", "bot"], "permissions": "2048"}}"#,
        r#""0": {"oauth2_install_params": {"scopes": ["bot"], "permissions": "18432"}}"#,
    )
}

pub(crate) const WANTS: [&str; 4] = ["--scope", "bot", "--perm", "SEND_MESSAGES|EMBED_LINKS"];

#[test]
fn sync_applies_the_patch_after_a_fresh_read() {
    assert_ne!(patched_example(), DOCS_EXAMPLE);
    let server = Server::start(vec![Reply::json(200, DOCS_EXAMPLE), Reply::json(200, patched_example())]);
    let output = run(&server, &[&["sync", "--apply", "--yes"][..], &WANTS].concat());
    let requests = server.finish();
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(requests.len(), 2);
    assert_is_get_of_the_application(&requests[0]);
    let patch = &requests[1];
    assert_eq!(patch.method, "PATCH");
    assert_eq!(patch.path, "/api/v10/applications/@me");
    assert_eq!(patch.header("authorization"), Some(format!("Bot {}", token()).as_str()));
    assert_eq!(patch.header("content-type"), Some("application/json"));
    let body: serde_json::Value = serde_json::from_str(&patch.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"integration_types_config": {
            "0": {"oauth2_install_params": {"scopes": ["bot"], "permissions": "18432"}},
            "1": {"oauth2_install_params": {"scopes": ["applications.commands"], "permissions": "0"}}
        }})
    );
    // The differences are shown before, the result after.
    let before = stderr.find("guild install: missing permissions Embed Links (EMBED_LINKS)").expect(&stderr);
    let after = stderr.find("applied; now the Developer Portal's install settings match").expect(&stderr);
    assert!(before < after);
    assert_no_token(&output);
}

#[test]
fn sync_sends_nothing_after_a_failed_read() {
    for reply in [echoing(401), echoing(403), echoing(500), Reply::json(200, ""), Reply::json(200, "{\"id\":")] {
        let server = Server::start(vec![reply, Reply::json(200, patched_example())]);
        let output = run(&server, &[&["sync", "--apply", "--yes"][..], &WANTS].concat());
        let requests = server.finish();
        assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
        assert_no_token(&output);
        assert_eq!(requests.len(), 1, "only the read");
        assert!(requests.iter().all(|request| request.method != "PATCH"));
    }
    let server = Server::start(vec![Reply::Silence(Duration::from_secs(20)), Reply::json(200, patched_example())]);
    let output = run(&server, &[&["sync", "--apply", "--yes", "--timeout", "1"][..], &WANTS].concat());
    assert!(server.finish().iter().all(|request| request.method != "PATCH"));
    assert_failed(&output, "no complete answer");
}

#[test]
fn sync_without_yes_or_a_terminal_refuses_and_sends_nothing() {
    let server = Server::start(vec![Reply::json(200, DOCS_EXAMPLE), Reply::json(200, patched_example())]);
    // assert_cmd gives the command a pipe, not a terminal, for stdin.
    let output = run(&server, &[&["sync", "--apply"][..], &WANTS].concat());
    let requests = server.finish();
    assert_failed(&output, "refusing to change the Developer Portal without a confirmation");
    assert!(text(&output.stderr).contains("guild install: missing permissions Embed Links"), "the diff is shown first");
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].method, "GET");
}

#[test]
fn sync_sends_nothing_when_the_portal_matches() {
    let server = Server::start(vec![Reply::json(200, patched_example())]);
    let output = run(&server, &[&["sync", "--apply", "--yes"][..], &WANTS].concat());
    let requests = server.finish();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("nothing to change: nothing was sent"));
    assert_eq!(requests.len(), 1);
}

#[test]
fn a_failed_patch_is_a_clear_error_without_the_token() {
    let server = Server::start(vec![Reply::json(200, DOCS_EXAMPLE), echoing(400)]);
    let output = run(&server, &[&["sync", "--apply", "--yes"][..], &WANTS].concat());
    let requests = server.finish();
    assert_eq!(requests.len(), 2);
    assert_failed(&output, "Discord refused the request (status 400)");
    assert!(text(&output.stderr).contains("guild install: missing permissions"), "the diff was shown before sending");
}

#[test]
fn sync_print_can_read_the_object_from_discord() {
    let server = Server::start(vec![Reply::json(200, DOCS_EXAMPLE)]);
    let output = run(&server, &[&["sync", "--print"][..], &WANTS].concat());
    let requests = server.finish();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(requests.len(), 1, "printing sends nothing");
    assert_eq!(json(&output)["integration_types_config"]["0"]["oauth2_install_params"]["permissions"], "18432");
}
