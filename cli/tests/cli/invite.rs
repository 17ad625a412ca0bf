//! `botperms invite`.

use crate::{bits, botperms, json, rules_of, text};

const CLIENT_ID: &str = "157730590492196864";

#[test]
fn builds_the_link_discord_documents() {
    let output = botperms()
        .args(["invite", "--client-id", CLIENT_ID, "--scope", "bot", "--scope", "applications.commands"])
        .args(["--perm", "VIEW_CHANNEL", "--perm", "SEND_MESSAGES", "--perm", "SEND_MESSAGES_IN_THREADS"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let link = text(&output.stdout);
    let link = link.trim_end();
    let (base, query) = link.split_once('?').unwrap();
    assert_eq!(base, "https://discord.com/oauth2/authorize");
    let pairs: Vec<&str> = query.split('&').collect();
    assert!(pairs.contains(&"client_id=157730590492196864"), "{link}");
    // Scopes are space separated, form-encoded as `+`.
    assert!(pairs.contains(&"scope=bot+applications.commands"), "{link}");
    assert!(pairs.contains(&format!("permissions={}", bits::CHAT_BOT).as_str()), "{link}");
    assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
}

#[test]
fn warnings_go_to_stderr_and_the_link_is_still_made() {
    let output = botperms()
        .args(["invite", "--client-id", CLIENT_ID, "--scope", "bot", "--perm", "VIEW_CHANNEL|SEND_MESSAGES"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let link = text(&output.stdout);
    assert!(link.contains(&format!("permissions={}", bits::VIEW_CHANNEL | bits::SEND_MESSAGES)), "{link}");
    let stderr = text(&output.stderr);
    assert!(stderr.contains("warning[missing_thread_send]"), "{stderr}");
    assert!(stderr.contains("help:") && stderr.contains("SEND_MESSAGES_IN_THREADS"), "{stderr}");
}

#[test]
fn deny_level_findings_fail_with_every_finding() {
    let output = botperms()
        .args([
            "invite",
            "--client-id",
            CLIENT_ID,
            "--scope",
            "bot",
            "--perm",
            "ADMINISTRATOR",
            "--perm",
            "EMBED_LINKS",
            "--deny",
            "administrator",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    for rule in ["error[administrator]", "warning[redundant_with_administrator]"] {
        assert!(stderr.contains(rule), "{rule} missing:\n{stderr}");
    }
    assert!(stderr.contains("help:"), "{stderr}");
}

#[test]
fn levels_change_the_outcome() {
    // `administrator` is a warning by default: the link works and the author asked for it.
    let admin = ["invite", "--client-id", CLIENT_ID, "--scope", "bot", "--perm", "ADMINISTRATOR"];
    let output = botperms().args(admin).output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains(&format!("permissions={}", bits::ADMINISTRATOR)));
    assert!(text(&output.stderr).contains("warning[administrator]"), "{}", text(&output.stderr));

    let output = botperms().args(admin).args(["--allow", "administrator"]).output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(output.stderr.is_empty());

    let output = botperms().args(admin).args(["--deny", "administrator"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(text(&output.stderr).contains("error[administrator]"));

    // Kebab case works as rustc's `-A dead-code` does; the strictest level wins.
    let chat = ["invite", "--client-id", CLIENT_ID, "--scope", "bot", "--perm", &bits::CHAT_BOT.to_string()];
    let output = botperms().args(chat).args(["--deny", "requires-owner-2fa"]).output().unwrap();
    assert!(output.status.success(), "no elevated flag in a chat bot");
    let kick = ["invite", "--client-id", CLIENT_ID, "--scope", "bot", "--perm", "KICK_MEMBERS"];
    let output =
        botperms().args(kick).args(["--allow", "requires_owner_2fa", "--deny", "requires_owner_2fa"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("error[requires_owner_2fa]"));
}

#[test]
fn json_failure_has_no_link_and_every_finding() {
    let output = botperms()
        .args(["invite", "--json", "--client-id", CLIENT_ID, "--scope", "bot aplications.commands"])
        .args(["--perm", "ADMINISTRATOR", "--perm", "SEND_MESAGES"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let value = json(&output);
    assert_eq!(value["link"], serde_json::Value::Null);
    assert_eq!(value["scopes"], serde_json::Value::Null);
    assert_eq!(value["permissions"], serde_json::Value::Null);
    let rules = rules_of(&value["findings"]);
    for rule in ["unknown_scope", "unknown_permission", "administrator"] {
        assert!(rules.contains(&rule), "{rule} missing from {rules:?}");
    }
    let unknown_scope = value["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "unknown_scope").unwrap();
    assert_eq!(unknown_scope["level"], "deny");
    // Help in the syntax of the face: a flag to type.
    assert_eq!(unknown_scope["help"], "did you mean `--scope applications.commands`?");
    let unknown_permission =
        value["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "unknown_permission").unwrap();
    assert_eq!(unknown_permission["help"], "did you mean `--perm SEND_MESSAGES`?");
    // The two unknown names are errors; `administrator` is a warning beside them.
    assert_eq!(value["errors"].as_u64(), Some(2));
    let admin = value["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "administrator").unwrap();
    assert_eq!(admin["level"], "warn");
}

#[test]
fn json_success_has_the_link_and_its_warnings() {
    let output = botperms()
        .args(["invite", "--json", "--client-id", CLIENT_ID, "--scope", "bot", "--perm", "VIEW_CHANNEL,SEND_MESSAGES"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let value = json(&output);
    assert!(value["link"].as_str().unwrap().starts_with("https://discord.com/oauth2/authorize?"));
    // The link's set, as every subcommand writes one: VIEW_CHANNEL (bit 10) and SEND_MESSAGES (bit 11).
    assert_eq!(value["scopes"], serde_json::json!(["bot"]));
    assert_eq!(value["permissions"]["value"], (bits::VIEW_CHANNEL | bits::SEND_MESSAGES).to_string());
    assert_eq!(value["permissions"]["flags"], serde_json::json!(["VIEW_CHANNEL", "SEND_MESSAGES"]));
    assert_eq!(rules_of(&value["findings"]), ["missing_thread_send"]);
    assert_eq!(value["findings"][0]["level"], "warn");
    assert_eq!(value["warnings"], 1);
}

#[test]
fn the_flow_rules_run() {
    // A user install cannot carry the bot user (Discord's "Installation Context" docs).
    let output = botperms()
        .args(["invite", "--json", "--client-id", CLIENT_ID, "--scope", "bot", "--scope", "applications.commands"])
        .args(["--integration-type", "user"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(rules_of(&json(&output)["findings"]).contains(&"user_install_conflict"));

    // `identify` needs the code grant, and plain http is for loopback only.
    let output = botperms()
        .args(["invite", "--json", "--client-id", CLIENT_ID, "--scope", "identify", "--response-type", "code"])
        .args(["--redirect-uri", "http://example.com/callback"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(rules_of(&json(&output)["findings"]), ["invalid_redirect_uri"]);

    let output = botperms()
        .args(["invite", "--client-id", CLIENT_ID, "--scope", "identify", "--response-type", "code"])
        .args(["--redirect-uri", "http://localhost:8080/callback", "--state", "r4nd0m"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let link = text(&output.stdout);
    assert!(link.contains("redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback"), "{link}");
    assert!(link.contains("response_type=code") && link.contains("state=r4nd0m"), "{link}");
}

#[test]
fn ids_that_cannot_be_discord_ids_are_findings() {
    // Snowflakes below 1 << 22 carry the Discord epoch itself as their timestamp.
    let output = botperms().args(["invite", "--json", "--client-id", "42", "--scope", "bot"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(rules_of(&json(&output)["findings"]), ["invalid_snowflake"]);
}

#[test]
fn bad_arguments_are_usage_errors() {
    let output = botperms().args(["invite", "--client-id", "12ab", "--scope", "bot"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("not a numeric id"));

    let output = botperms()
        .args(["invite", "--client-id", CLIENT_ID, "--scope", "bot", "--allow", "administrater"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("did you mean `administrator`?"));

    // Every link needs a scope.
    botperms().args(["invite", "--client-id", CLIENT_ID]).assert().code(2);
    botperms()
        .args(["invite", "--client-id", CLIENT_ID, "--scope", "bot", "--integration-type", "server"])
        .assert()
        .code(2);
    let output =
        botperms().args(["invite", "--client-id", CLIENT_ID, "--scope", "bot", "--perm", "-1"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn former_names_are_denied_and_help_speaks_in_flags() {
    let output = botperms()
        .args(["invite", "--client-id", CLIENT_ID, "--scope", "bot", "--scope", "identify", "--perm", "READ_MESSAGES"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("error[renamed_permission]: `READ_MESSAGES` is the former name of `VIEW_CHANNEL`"),
        "{stderr}"
    );
    // The help of `code_grant_required` is written as the flags of this command.
    assert!(stderr.contains("add `--response-type code`"), "{stderr}");
    let allowed = botperms()
        .args(["invite", "--client-id", CLIENT_ID, "--scope", "bot", "--perm", "READ_MESSAGES"])
        .args(["--allow", "renamed_permission", "--allow", "implicit_denial"])
        .output()
        .unwrap();
    assert!(allowed.status.success(), "{}", text(&allowed.stderr));
    assert!(text(&allowed.stdout).ends_with("&scope=bot&permissions=1024\n"));
}

#[test]
fn a_redirect_without_a_grant_gets_the_code_grant() {
    let output = botperms()
        .args(["invite", "--client-id", CLIENT_ID, "--scope", "identify", "--redirect-uri", "https://example.com/cb"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("&response_type=code&redirect_uri=https%3A%2F%2Fexample.com%2Fcb"));
}

#[test]
fn other_libraries_spellings_are_unknown_permissions_as_in_the_macros() {
    let base = ["invite", "--client-id", CLIENT_ID, "--scope", "bot"];
    for (spelling, source, current) in [
        ("manage_guild", "discord.py's name", "MANAGE_GUILD"),
        ("ManageGuild", "discord.js' name", "MANAGE_GUILD"),
        ("Manage Server", "a Discord client label", "MANAGE_GUILD"),
        ("embed_links", "discord.py's name", "EMBED_LINKS"),
    ] {
        let output = botperms().args(base).args(["--perm", "VIEW_CHANNEL", "--perm", spelling]).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{spelling}");
        assert!(output.stdout.is_empty(), "no link for {spelling}");
        let stderr = text(&output.stderr);
        let message = format!("error[unknown_permission]: `{spelling}` is {source}, not a Discord permission name");
        assert!(stderr.contains(&message), "{stderr}");
        assert!(stderr.contains(&format!("help: write Discord's name instead: `--perm {current}`")), "{stderr}");
    }
    // A former Discord name is `renamed_permission`, its fix a flag too.
    let output = botperms().args(base).args(["--perm", "READ_MESSAGES"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("help: write `--perm VIEW_CHANNEL`"), "{}", text(&output.stderr));
    // The levels apply: allowed, the spelling is read as the flag it names.
    let output =
        botperms().args(base).args(["--perm", "manage_guild", "--allow", "unknown_permission"]).output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains(&format!("permissions={}", 1_u64 << 5)), "{}", text(&output.stdout));
}

#[test]
fn scopes_are_discord_names_exactly_as_in_the_macros() {
    for (scope, help) in [
        ("BOT", "did you mean `--scope bot`?"),
        ("Applications.Commands", "did you mean `--scope applications.commands`?"),
        ("applications_commands", "did you mean `--scope applications.commands`?"),
    ] {
        let output =
            botperms().args(["invite", "--json", "--client-id", CLIENT_ID, "--scope", scope]).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{scope}");
        let value = json(&output);
        assert_eq!(value["link"], serde_json::Value::Null);
        assert_eq!(rules_of(&value["findings"]), ["unknown_scope"], "{scope}");
        assert_eq!(value["findings"][0]["message"], format!("unknown scope `{scope}`"));
        assert_eq!(value["findings"][0]["help"], help);
    }
    let output = botperms().args(["invite", "--client-id", CLIENT_ID, "--scope", "qwertyuiop"]).output().unwrap();
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(
            "help: scopes are written as Discord names them, such as `--scope bot` or `--scope applications.commands`"
        ),
        "{stderr}"
    );
}
