//! `botperms encode`.

use crate::{bits, botperms, json, text};

#[test]
fn every_spelling_adds_up() {
    let output = botperms().args(["encode", "SEND_MESSAGES", "embed_links", "Attach Files"]).output().unwrap();
    assert!(output.status.success());
    let expected = bits::SEND_MESSAGES | bits::EMBED_LINKS | bits::ATTACH_FILES;
    assert_eq!(text(&output.stdout), format!("{expected}\n"));
    // What the other spellings were read as is said on stderr, leaving stdout to the integer.
    let stderr = text(&output.stderr);
    assert!(stderr.contains("discord.py") && stderr.contains("EMBED_LINKS"), "{stderr}");
    assert!(stderr.contains("ATTACH_FILES"), "{stderr}");
}

#[test]
fn lists_separators_integers_and_former_names() {
    let output = botperms().args(["encode", "VIEW_CHANNEL | send_messages", "SendMessagesInThreads"]).output().unwrap();
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
    let output = botperms().args(["encode", "--json", "SEND_MESSAGES", "embed_links"]).output().unwrap();
    assert!(output.status.success());
    assert!(output.stderr.is_empty());
    let value = json(&output);
    assert_eq!(value["permissions"], (bits::SEND_MESSAGES | bits::EMBED_LINKS).to_string());
    assert_eq!(value["flags"], serde_json::json!(["SEND_MESSAGES", "EMBED_LINKS"]));
    assert_eq!(value["inputs"][1]["input"], "embed_links");
    assert_eq!(value["inputs"][1]["flags"], serde_json::json!(["EMBED_LINKS"]));
    assert_eq!(value["inputs"][1]["spelling"], "discord.py's name");
}

#[test]
fn a_typo_fails_with_a_suggestion() {
    let output = botperms().args(["encode", "SEND_MESAGES", "embed_links"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert!(stderr.contains("unknown permission `SEND_MESAGES`"), "{stderr}");
    assert!(stderr.contains("did you mean `SEND_MESSAGES`?"), "{stderr}");
}

#[test]
fn every_typo_is_reported_at_once() {
    let output = botperms().args(["encode", "--json", "SEND_MESAGES|Embd Links"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("`SEND_MESSAGES`") && stderr.contains("`EMBED_LINKS`"), "{stderr}");
}

#[test]
fn unknown_bits_in_integers_are_warned_about() {
    let output = botperms().args(["encode", &format!("{:#x}", 1_u64 << 47)]).output().unwrap();
    assert!(output.status.success());
    assert_eq!(text(&output.stdout), format!("{}\n", 1_u64 << 47));
    assert!(text(&output.stderr).contains("bit 47"));
}
