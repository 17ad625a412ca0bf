//! Runs the real `botperms` binary. Expected values come from Discord's documentation of
//! permission bits and authorize links, never from the program's own output.

mod app;
mod app_http;
mod app_server;
mod decode;
mod encode;
mod invite;
mod json_shape;
mod lint;
mod parity;
mod presets;
mod rules;
mod secrets;
mod terminal;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;

/// The binary, with the caller's colour and width settings removed so that every test starts alike.
pub(crate) fn botperms() -> Command {
    let mut command = cargo_bin_cmd!("botperms");
    command.env_remove("NO_COLOR").env_remove("COLUMNS");
    command
}

/// Stdout of a run, parsed as JSON.
pub(crate) fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("stdout is not JSON ({error}):\n{}", String::from_utf8_lossy(&output.stdout)))
}

/// Stdout or stderr as text.
pub(crate) fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// The `rule` names of a JSON findings list.
pub(crate) fn rules_of(findings: &serde_json::Value) -> Vec<&str> {
    findings.as_array().expect("findings is an array").iter().map(|finding| finding["rule"].as_str().unwrap()).collect()
}

/// Discord's permission bits used across the tests, from the "Bitwise Permission Flags" table.
pub(crate) mod bits {
    pub(crate) const KICK_MEMBERS: u64 = 1 << 1;
    pub(crate) const ADMINISTRATOR: u64 = 1 << 3;
    pub(crate) const VIEW_CHANNEL: u64 = 1 << 10;
    pub(crate) const SEND_MESSAGES: u64 = 1 << 11;
    pub(crate) const EMBED_LINKS: u64 = 1 << 14;
    pub(crate) const ATTACH_FILES: u64 = 1 << 15;
    pub(crate) const SEND_MESSAGES_IN_THREADS: u64 = 1 << 38;
    /// `VIEW_CHANNEL | SEND_MESSAGES | SEND_MESSAGES_IN_THREADS`, the integer of the usual chat bot.
    pub(crate) const CHAT_BOT: u64 = VIEW_CHANNEL | SEND_MESSAGES | SEND_MESSAGES_IN_THREADS;
}

#[test]
fn the_usual_chat_bot_integer_is_274877910016() {
    // The one literal the other tests build on, checked against the sum Discord's docs give.
    assert_eq!(bits::CHAT_BOT, 274_877_910_016);
}

#[test]
fn no_input_makes_it_panic() {
    let long = "A".repeat(10_000);
    let cases: &[&[&str]] = &[
        &["decode", ""],
        &["decode", " "],
        &["decode", "0x"],
        &["decode", "0xffffffffffffffffff"],
        &["decode", "１２３"],
        &["decode", &long],
        &["encode", ""],
        &["encode", "|,|"],
        &["encode", "ＳＥＮＤ_MESSAGES"],
        &["encode", "-99999999999999999999999"],
        &["encode", &long],
        &["lint", ""],
        &["lint", "%"],
        &["lint", "https://discord.com/oauth2/authorize?client_id=%FF%FE"],
        &["lint", "https://discord.com/oauth2/authorize?client_id=1&scope=%00&permissions=99999999999999999999999"],
        &["lint", "https://discord.com/oauth2/authorize?client_id=1&client_id=2&&&=&scope=++"],
        &["lint", "mailto:bot@discord.com"],
        &["lint", &long],
        &["invite", "--client-id", "1", "--scope", ""],
        &["invite", "--client-id", "1", "--scope", &long, "--perm", &long],
        &["invite", "--client-id", "0", "--scope", "bot", "--perm", "0xffffffffffffffff", "--guild", "0"],
        &["invite", "--client-id", "18446744073709551615", "--scope", "bot", "--redirect-uri", "::"],
    ];
    for args in cases {
        let started = std::time::Instant::now();
        let output = botperms().args(*args).output().unwrap();
        // Nothing a person types should keep them waiting: a long token is not searched for suggestions.
        assert!(started.elapsed().as_secs() < 5, "{:?} took {:?}", &args[..1], started.elapsed());
        let stderr = text(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?} panicked:\n{stderr}");
        assert!(matches!(output.status.code(), Some(0..=2)), "{args:?} ended with {:?}:\n{stderr}", output.status);
    }
}

#[test]
fn version_and_help_work() {
    botperms().arg("--version").assert().success().stdout(predicates::str::contains(env!("CARGO_PKG_VERSION")));
    let output = botperms().arg("--help").output().unwrap();
    let help = text(&output.stdout);
    for command in ["app", "decode", "encode", "invite", "lint", "rules"] {
        assert!(help.contains(command), "--help does not mention {command}:\n{help}");
    }
}

#[test]
fn a_missing_subcommand_is_a_usage_error() {
    botperms().assert().code(2);
    botperms().arg("frobnicate").assert().code(2).stderr(predicates::str::contains("frobnicate"));
}
