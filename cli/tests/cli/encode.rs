//! `botperms encode`.

use crate::{bits, botperms, json, rules_of, text};

#[test]
fn discord_names_and_integers_add_up() {
    let output = botperms().args(["encode", "SEND_MESSAGES", "EMBED_LINKS", "ATTACH_FILES"]).output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let expected = bits::SEND_MESSAGES | bits::EMBED_LINKS | bits::ATTACH_FILES;
    assert_eq!(text(&output.stdout), format!("{expected}\n"));
    assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
}

#[test]
fn other_libraries_spellings_are_unknown_permissions_as_in_the_macros() {
    // discord.py, discord.js and the client's label: each is rule `unknown_permission` at deny, as
    // `invite_url!` raises it, with Discord's name as the fix.
    for (spelling, source, current) in [
        ("manage_guild", "discord.py's name", "MANAGE_GUILD"),
        ("ManageGuild", "discord.js' name", "MANAGE_GUILD"),
        ("Attach Files", "a Discord client label", "ATTACH_FILES"),
    ] {
        let output = botperms().args(["encode", "SEND_MESSAGES", spelling]).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{spelling}");
        assert!(output.stdout.is_empty());
        let stderr = text(&output.stderr);
        let message = format!("error[unknown_permission]: `{spelling}` is {source}, not a Discord permission name");
        assert!(stderr.contains(&message), "{stderr}");
        assert!(stderr.contains(&format!("help: write Discord's name instead: `{current}`")), "{stderr}");
    }
    // A level makes it a converter again: read, and said on stderr as a warning.
    let output = botperms().args(["encode", "SEND_MESSAGES", "embed_links", "--warn", "unknown_permission"]).output();
    let output = output.unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), format!("{}\n", bits::SEND_MESSAGES | bits::EMBED_LINKS));
    assert!(text(&output.stderr).contains("warning[unknown_permission]"), "{}", text(&output.stderr));
    let output = botperms().args(["encode", "embed_links", "--allow", "unknown_permission"]).output().unwrap();
    assert_eq!(text(&output.stdout), format!("{}\n", bits::EMBED_LINKS));
    assert!(output.stderr.is_empty());
}

#[test]
fn lists_separators_integers_and_former_names() {
    let output =
        botperms().args(["encode", "VIEW_CHANNEL | SEND_MESSAGES", "SEND_MESSAGES_IN_THREADS"]).output().unwrap();
    assert_eq!(text(&output.stdout), format!("{}\n", bits::CHAT_BOT));
    // Hex integers are added as they are.
    let output = botperms().args(["encode", "VIEW_CHANNEL,0x800"]).output().unwrap();
    assert_eq!(text(&output.stdout), format!("{}\n", bits::VIEW_CHANNEL | bits::SEND_MESSAGES));
    // READ_MESSAGES is what Discord called VIEW_CHANNEL before: denied, as the macros deny it.
    let output = botperms().args(["encode", "READ_MESSAGES,0x800"]).output().unwrap();
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("error[renamed_permission]: `READ_MESSAGES` is the former name of `VIEW_CHANNEL`"),
        "{stderr}"
    );
    assert!(stderr.contains("help: write `VIEW_CHANNEL`"), "{stderr}");
    let json = json(&botperms().args(["encode", "--json", "READ_MESSAGES"]).output().unwrap());
    assert_eq!(json["findings"][0]["rule"], "renamed_permission");
}

#[test]
fn json_says_how_each_input_was_read() {
    let output = botperms().args(["encode", "--json", "SEND_MESSAGES", "0x4000"]).output().unwrap();
    assert!(output.status.success());
    assert!(output.stderr.is_empty());
    let value = json(&output);
    assert_eq!(value["permissions"]["value"], (bits::SEND_MESSAGES | bits::EMBED_LINKS).to_string());
    assert_eq!(value["permissions"]["flags"], serde_json::json!(["SEND_MESSAGES", "EMBED_LINKS"]));
    assert_eq!(value["inputs"][1]["input"], "0x4000");
    assert_eq!(value["inputs"][1]["flags"], serde_json::json!(["EMBED_LINKS"]));
    assert_eq!(value["findings"], serde_json::json!([]));
    // A spelling read under `--warn` is kept as a finding beside the integer.
    let output = botperms().args(["encode", "--json", "embed_links", "--warn", "unknown_permission"]).output().unwrap();
    let value = json(&output);
    assert_eq!(value["permissions"]["value"], bits::EMBED_LINKS.to_string());
    assert_eq!(rules_of(&value["findings"]), ["unknown_permission"]);
    assert_eq!(value["findings"][0]["level"], "warn");
}

#[test]
fn a_typo_fails_with_a_suggestion() {
    let output = botperms().args(["encode", "SEND_MESAGES", "EMBED_LINKS"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert!(stderr.contains("error[unknown_permission]: unknown permission `SEND_MESAGES`"), "{stderr}");
    assert!(stderr.contains("did you mean `SEND_MESSAGES`?"), "{stderr}");
}

#[test]
fn every_typo_is_reported_at_once() {
    let output = botperms().args(["encode", "--json", "SEND_MESAGES|Embd Links"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let value = json(&output);
    assert_eq!(rules_of(&value["findings"]), ["unknown_permission", "unknown_permission"]);
    let helps: Vec<&str> = value["findings"].as_array().unwrap().iter().map(|f| f["help"].as_str().unwrap()).collect();
    assert_eq!(helps, ["did you mean `SEND_MESSAGES`?", "did you mean `EMBED_LINKS`?"]);
}

#[test]
fn malformed_integers_are_input_errors() {
    let output = botperms().args(["encode", "0xZZ"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("`0xZZ` is not a permissions integer"), "{}", text(&output.stderr));
}

#[test]
fn unknown_bits_in_integers_are_warned_about() {
    let output = botperms().args(["encode", &format!("{:#x}", 1_u64 << 47)]).output().unwrap();
    assert!(output.status.success());
    assert_eq!(text(&output.stdout), format!("{}\n", 1_u64 << 47));
    assert!(text(&output.stderr).contains("bit 47"));
}
