//! `botperms lint`.

use crate::{bits, botperms, json, rules_of, text};

/// nextcord's documented invite link: `Permissions.all()` renders as -1.
const NEXTCORD: &str = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&permissions=-1";

fn link(query: &str) -> String {
    format!("https://discord.com/oauth2/authorize?client_id=157730590492196864&{query}")
}

#[test]
fn nextcords_negative_permissions_are_an_invalid_parameter() {
    let output = botperms().args(["lint", NEXTCORD]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("error[invalid_parameter]"), "{stdout}");
    assert!(stdout.contains("negative"), "{stdout}");
    assert!(stdout.contains("help:"), "{stdout}");

    let output = botperms().args(["lint", "--json", NEXTCORD]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let value = json(&output);
    assert_eq!(rules_of(&value["findings"]), ["invalid_parameter"]);
    assert_eq!(value["findings"][0]["level"], "deny");
    assert!(value["findings"][0]["message"].as_str().unwrap().contains("-1"));
    assert_eq!(value["permissions"], serde_json::Value::Null);
    assert_eq!(value["client_id"], "157730590492196864");
    assert_eq!(value["errors"], 1);
}

#[test]
fn a_typod_scope_gets_the_right_name() {
    let typo = link("scope=bot+aplications.commands");
    let output = botperms().args(["lint", &typo]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("error[unknown_scope]"), "{stdout}");
    assert!(stdout.contains("`applications.commands`"), "{stdout}");

    let value = json(&botperms().args(["lint", "--json", &typo]).output().unwrap());
    assert_eq!(rules_of(&value["findings"]), ["unknown_scope"]);
    assert!(value["findings"][0]["help"].as_str().unwrap().contains("applications.commands"));
    assert_eq!(value["scopes"], serde_json::json!(["bot"]));
}

#[test]
fn a_good_link_passes() {
    let good = link(&format!("scope=bot+applications.commands&permissions={}", bits::CHAT_BOT));
    let output = botperms().args(["lint", &good]).output().unwrap();
    assert!(output.status.success());
    let stdout = text(&output.stdout);
    assert!(stdout.contains("no findings"), "{stdout}");
    assert!(stdout.contains("SEND_MESSAGES_IN_THREADS"), "the link's permissions are spelled out: {stdout}");

    let value = json(&botperms().args(["lint", "--json", &good]).output().unwrap());
    assert_eq!(value["findings"], serde_json::json!([]));
    assert_eq!(value["scopes"], serde_json::json!(["bot", "applications.commands"]));
    assert_eq!(value["permissions"]["value"], bits::CHAT_BOT.to_string());
    assert_eq!(
        value["permissions"]["flags"],
        serde_json::json!(["VIEW_CHANNEL", "SEND_MESSAGES", "SEND_MESSAGES_IN_THREADS"])
    );
}

#[test]
fn warnings_alone_exit_zero() {
    let output = botperms()
        .args(["lint", "--json", &link(&format!("scope=bot&permissions={}", bits::VIEW_CHANNEL | bits::SEND_MESSAGES))])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let value = json(&output);
    assert_eq!(rules_of(&value["findings"]), ["missing_thread_send"]);
    assert_eq!(value["findings"][0]["level"], "warn");
}

#[test]
fn levels_apply_to_linting() {
    let admin = link(&format!("scope=bot&permissions={}", bits::ADMINISTRATOR));
    let value = json(&botperms().args(["lint", "--json", &admin]).output().unwrap());
    assert_eq!(value["findings"][0]["rule"], "administrator");
    assert_eq!(value["findings"][0]["level"], "warn");
    botperms().args(["lint", &admin]).assert().code(0);
    botperms().args(["lint", &admin, "--deny", "administrator"]).assert().code(1);
    let value = json(&botperms().args(["lint", "--json", &admin, "--allow", "administrator"]).output().unwrap());
    assert_eq!(value["findings"], serde_json::json!([]));

    // requires_owner_2fa is silent by default: raising it runs it on the parsed link.
    // KICK_MEMBERS is one of the flags Discord marks as needing the owner's 2FA.
    let kick = link(&format!("scope=bot&permissions={}", bits::KICK_MEMBERS));
    let value = json(&botperms().args(["lint", "--json", &kick]).output().unwrap());
    assert_eq!(value["findings"], serde_json::json!([]));
    let output = botperms().args(["lint", "--json", &kick, "--deny", "requires_owner_2fa"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(rules_of(&json(&output)["findings"]), ["requires_owner_2fa"]);

    // Findings that only reading the link raises obey the levels too.
    botperms().args(["lint", NEXTCORD, "--warn", "invalid_parameter"]).assert().code(0);
}

#[test]
fn the_link_can_come_from_stdin() {
    let output = botperms().args(["lint", "--json", "-"]).write_stdin(format!("{NEXTCORD}\n")).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(rules_of(&json(&output)["findings"]), ["invalid_parameter"]);
}

#[test]
fn text_that_is_no_authorize_link_is_its_own_failure() {
    for not_a_link in [
        "hello",
        "https://example.com/oauth2/authorize?client_id=157730590492196864",
        "https://discord.com/login",
        "https://discord.com/oauth2/authorize?scope=bot",
    ] {
        let output = botperms().args(["lint", not_a_link]).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "lint {not_a_link}");
        assert!(output.stdout.is_empty());
        let stderr = text(&output.stderr);
        assert!(stderr.contains("not an invite link"), "{stderr}");
        assert!(stderr.contains("help:"), "{stderr}");
    }
}
