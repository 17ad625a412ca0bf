//! `botperms app diff` and `app sync --print` on Discord's documented application object.

use std::path::PathBuf;

use crate::{botperms, json, text};

/// The "Example Application Object" of Discord's resources/application.mdx, trimmed to a few fields:
/// guild install `applications.commands bot` with `"2048"` (`SEND_MESSAGES`), user install
/// `applications.commands` with `"0"`.
pub(crate) const DOCS_EXAMPLE: &str = r#"{
  "bot_public": true,
  "bot_require_code_grant": false,
  "description": "Test",
  "icon": null,
  "id": "172150183260323840",
  "integration_types_config": {
    "0": {"oauth2_install_params": {"scopes": ["applications.commands", "bot"], "permissions": "2048"}},
    "1": {"oauth2_install_params": {"scopes": ["applications.commands"], "permissions": "0"}}
  },
  "name": "Baba O-Riley",
  "verify_key": "1e0a356058d627ca38a5c8c9648818061d49e49bd9da9e3ab17d98ad4d6bg2u8"
}"#;

/// The link that asks for exactly the documented guild install.
pub(crate) const DOCS_GUILD_LINK: &str = "https://discord.com/oauth2/authorize?client_id=172150183260323840&scope=applications.commands+bot&permissions=2048";

/// A file holding `contents`, removed when dropped.
pub(crate) struct TempFile(pub(crate) PathBuf);

impl TempFile {
    pub(crate) fn new(name: &str, contents: &str) -> TempFile {
        let path = std::env::temp_dir().join(format!("botperms-app-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).unwrap();
        TempFile(path)
    }

    pub(crate) fn arg(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn the_documented_object_matches_the_link_for_its_guild_install() {
    let app = TempFile::new("match.json", DOCS_EXAMPLE);
    let output = botperms().args(["app", "diff", "--app", app.arg(), "--want", DOCS_GUILD_LINK]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "the Developer Portal's install settings match what the bot needs\n");
}

#[test]
fn both_installs_can_be_wanted_at_once() {
    let user_link = "https://discord.com/oauth2/authorize?client_id=172150183260323840&scope=applications.commands&integration_type=1";
    botperms()
        .args(["app", "diff", "--app", "-", "--want", DOCS_GUILD_LINK, "--want", user_link])
        .write_stdin(DOCS_EXAMPLE)
        .assert()
        .code(0);
}

#[test]
fn drift_is_named_per_install_with_labels_and_exits_1() {
    // The bot needs SEND_MESSAGES and EMBED_LINKS (bit 14) with the bot scope only.
    let output = botperms()
        .args(["app", "diff", "--app", "-", "--scope", "bot", "--perm", "SEND_MESSAGES | EMBED_LINKS"])
        .write_stdin(DOCS_EXAMPLE)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stdout),
        "the Developer Portal's install settings drift from what the bot needs:\n  \
         guild install: missing permissions Embed Links (EMBED_LINKS); extra scopes applications.commands\n"
    );
    assert!(text(&output.stderr).contains("botperms app sync --print"));
}

#[test]
fn a_user_install_the_object_lacks_is_drift() {
    let object = DOCS_EXAMPLE.replace(
        r#""1": {"oauth2_install_params": {"scopes": ["applications.commands"], "permissions": "0"}}"#,
        r#""7": {}"#,
    );
    assert_ne!(object, DOCS_EXAMPLE);
    let output = botperms()
        .args(["app", "diff", "--app", "-", "--scope", "applications.commands", "--integration-type", "1"])
        .write_stdin(object)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stdout).contains("\n  user install: not enabled in the Developer Portal"),
        "{}",
        text(&output.stdout)
    );
}

#[test]
fn the_json_report_names_every_difference() {
    let object = DOCS_EXAMPLE
        .replace(r#"["applications.commands", "bot"]"#, r#"["applications.commands", "bot", "brand.new.scope"]"#);
    let output = botperms()
        .args(["--json", "app", "diff", "--app", "-", "--scope", "bot,applications.commands", "--perm", "VIEW_CHANNEL"])
        .write_stdin(object)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report = json(&output);
    assert_eq!(report["matches"], false);
    assert_eq!(report["application_id"], "172150183260323840");
    let guild = &report["contexts"][0];
    assert_eq!(guild["integration_type"], "0");
    assert_eq!(guild["portal"], "configured");
    // VIEW_CHANNEL is bit 10 (1024); the object asks for SEND_MESSAGES, bit 11 (2048), instead.
    assert_eq!(guild["missing_permissions"]["value"], "1024");
    assert_eq!(guild["missing_permissions"]["hex"], "0x400");
    assert_eq!(guild["missing_permissions"]["flags"], serde_json::json!(["VIEW_CHANNEL"]));
    assert_eq!(guild["extra_permissions"]["value"], "2048");
    assert_eq!(guild["extra_permissions"]["flags"], serde_json::json!(["SEND_MESSAGES"]));
    assert_eq!(guild["missing_scopes"], serde_json::json!([]));
    assert_eq!(guild["unknown_scopes"], serde_json::json!(["brand.new.scope"]));
    assert_eq!(guild["portal_settings"]["permissions"]["value"], "2048");
    assert_eq!(guild["wanted"]["permissions"]["flags"], serde_json::json!(["VIEW_CHANNEL"]));
    assert_eq!(report["contexts"].as_array().unwrap().len(), 1, "the user install is not wanted, so not compared");
}

#[test]
fn other_libraries_spellings_are_refused_as_in_the_macros() {
    let output = botperms()
        .args(["app", "diff", "--app", "-", "--scope", "BOT", "--perm", "SEND_MESSAGES | embed_links"])
        .write_stdin(DOCS_EXAMPLE)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("error: unknown scope `BOT` in `--scope` (unknown_scope)\n  help: did you mean `--scope bot`?"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "error: `embed_links` is discord.py's name, not a Discord permission name in `--perm` (unknown_permission)\n  \
             help: write Discord's name instead: `--perm EMBED_LINKS`"
        ),
        "{stderr}"
    );
}

#[test]
fn bad_input_exits_2_and_says_every_problem() {
    let output = botperms()
        .args(["app", "diff", "--app", "/nonexistent/app.json", "--scope", "bott", "--perm", "SEND_MESAGES"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr
            .contains("error: unknown scope `bott` in `--scope` (unknown_scope)\n  help: did you mean `--scope bot`?"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `--perm SEND_MESSAGES`?"), "{stderr}");
    assert!(stderr.contains("cannot read `/nonexistent/app.json`"), "{stderr}");

    for (stdin, expected) in [
        ("", "stdin is not a Discord application object: the text is empty"),
        ("{\"id\": \"172150183260323840\"", "EOF while parsing"),
        ("{\"name\": \"no id\"}", "missing field `id`"),
        ("[1, 2]", "not a Discord application object"),
    ] {
        let output =
            botperms().args(["app", "diff", "--app", "-", "--scope", "bot"]).write_stdin(stdin).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{stdin}");
        assert!(text(&output.stderr).contains(expected), "{stdin}: {}", text(&output.stderr));
    }
    let bare = "https://discord.com/oauth2/authorize?client_id=172150183260323840";
    let output =
        botperms().args(["app", "diff", "--app", "-", "--want", bare]).write_stdin(DOCS_EXAMPLE).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("has no `scope`"));
    botperms().args(["app", "diff", "--app", "-"]).write_stdin(DOCS_EXAMPLE).assert().code(2);
    let huge = " ".repeat(2 << 20);
    let output = botperms().args(["app", "diff", "--app", "-", "--scope", "bot"]).write_stdin(huge).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("larger than 1048576 bytes"));
}

#[test]
fn a_link_and_flags_for_the_same_install_are_refused() {
    let output = botperms()
        .args(["app", "diff", "--app", "-", "--want", DOCS_GUILD_LINK, "--scope", "bot"])
        .write_stdin(DOCS_EXAMPLE)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("say what the guild install wants"), "{}", text(&output.stderr));
}

#[test]
fn sync_prints_the_patch_body_with_both_installs() {
    let output = botperms()
        .args(["app", "sync", "--app", "-", "--print", "--scope", "bot", "--perm", "SEND_MESSAGES,EMBED_LINKS"])
        .write_stdin(DOCS_EXAMPLE)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    // SEND_MESSAGES (2048) + EMBED_LINKS (16384); the user install as the object has it.
    let expected = serde_json::json!({
        "integration_types_config": {
            "0": {"oauth2_install_params": {"scopes": ["bot"], "permissions": "18432"}},
            "1": {"oauth2_install_params": {"scopes": ["applications.commands"], "permissions": "0"}}
        }
    });
    assert_eq!(json(&output), expected);
    assert!(text(&output.stderr).contains("guild install: missing permissions Embed Links (EMBED_LINKS)"));
}

#[test]
fn sync_refuses_what_install_settings_cannot_hold_and_needs_an_action() {
    let output = botperms()
        .args(["app", "sync", "--app", "-", "--print", "--scope", "bot,identify"])
        .write_stdin(DOCS_EXAMPLE)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("cannot hold scope `identify`"));
    // Neither --print nor --apply; --apply without --token-env; --apply from a file.
    botperms().args(["app", "sync", "--app", "-", "--scope", "bot"]).write_stdin(DOCS_EXAMPLE).assert().code(2);
    botperms().args(["app", "sync", "--apply", "--scope", "bot"]).assert().code(2);
    botperms()
        .args(["app", "sync", "--app", "x.json", "--apply", "--token-env", "T", "--scope", "bot"])
        .assert()
        .code(2);
}
