//! `botperms decode`.

use crate::{bits, botperms, json, text};

#[test]
fn decimal_integer_lists_its_flags() {
    let output = botperms().args(["decode", "274877910016"]).output().unwrap();
    assert!(output.status.success());
    let stdout = text(&output.stdout);
    for name in ["VIEW_CHANNEL", "SEND_MESSAGES", "SEND_MESSAGES_IN_THREADS"] {
        assert!(stdout.contains(name), "{name} missing:\n{stdout}");
    }
    // The labels Discord's client shows for these flags.
    assert!(stdout.contains("View Channels"), "{stdout}");
    assert!(stdout.contains("3 flags"), "{stdout}");
    assert!(output.stderr.is_empty());
}

#[test]
fn json_gives_names_bits_and_channel_types() {
    let output = botperms().args(["decode", "--json", &bits::CHAT_BOT.to_string()]).output().unwrap();
    assert!(output.status.success());
    let value = json(&output);
    assert_eq!(value["permissions"]["value"], bits::CHAT_BOT.to_string());
    assert_eq!(value["permissions"]["hex"], format!("{:#x}", bits::CHAT_BOT));
    let names = serde_json::json!(["VIEW_CHANNEL", "SEND_MESSAGES", "SEND_MESSAGES_IN_THREADS"]);
    assert_eq!(value["permissions"]["flags"], names);
    let flags = value["details"].as_array().unwrap();
    let detailed: Vec<&str> = flags.iter().map(|flag| flag["name"].as_str().unwrap()).collect();
    assert_eq!(detailed, names.as_array().unwrap().iter().map(|name| name.as_str().unwrap()).collect::<Vec<_>>());
    let bit_numbers: Vec<u64> = flags.iter().map(|flag| flag["bit"].as_u64().unwrap()).collect();
    assert_eq!(bit_numbers, [10, 11, 38]);
    assert_eq!(flags[0]["value"], bits::VIEW_CHANNEL.to_string());
    // Discord's table: VIEW_CHANNEL applies to T, V and S channels, SEND_MESSAGES_IN_THREADS to T only.
    assert_eq!(flags[0]["channel_types"], serde_json::json!(["text", "voice", "stage"]));
    assert_eq!(flags[2]["channel_types"], serde_json::json!(["text"]));
    assert_eq!(flags[0]["requires_2fa"], false);
    assert_eq!(value["permissions"]["unknown_bits"], serde_json::json!([]));
}

#[test]
fn hexadecimal_reads_like_decimal() {
    let decimal = botperms().args(["decode", "--json", &bits::CHAT_BOT.to_string()]).output().unwrap();
    let hex = botperms().args(["--json", "decode", &format!("{:#X}", bits::CHAT_BOT)]).output().unwrap();
    assert!(hex.status.success());
    assert_eq!(json(&hex), json(&decimal));
}

#[test]
fn unknown_bits_are_called_out() {
    // Bit 47 lies between SEND_VOICE_MESSAGES (46) and SET_VOICE_CHANNEL_STATUS (48) and has never
    // been documented; bit 60 is far past the last documented flag.
    let value = bits::ADMINISTRATOR | (1 << 47) | (1 << 60);
    let output = botperms().args(["decode", "--json", &value.to_string()]).output().unwrap();
    assert!(output.status.success());
    let report = json(&output);
    assert_eq!(report["permissions"]["unknown_bits"], serde_json::json!([47, 60]));
    assert_eq!(report["permissions"]["flags"], serde_json::json!(["ADMINISTRATOR"]));
    let admin = &report["details"][0];
    assert_eq!(admin["name"], "ADMINISTRATOR");
    // Discord marks ADMINISTRATOR as needing the owner's 2FA, and as applying to no channel type.
    assert_eq!(admin["requires_2fa"], true);
    assert_eq!(admin["channel_types"], serde_json::json!([]));

    let output = botperms().args(["decode", &value.to_string()]).output().unwrap();
    let stdout = text(&output.stdout);
    assert!(stdout.contains("47, 60"), "{stdout}");
    assert!(stdout.contains("not defined by Discord"), "{stdout}");
    assert!(stdout.contains("2FA"), "{stdout}");
}

#[test]
fn zero_has_no_flags() {
    let output = botperms().args(["decode", "--json", "0"]).output().unwrap();
    assert!(output.status.success());
    assert_eq!(json(&output)["permissions"]["flags"], serde_json::json!([]));
    assert_eq!(json(&output)["details"], serde_json::json!([]));
}

#[test]
fn what_is_not_an_integer_is_an_error_with_a_fix() {
    let cases = [
        ("abc", "not a permissions integer"),
        ("-1", "negative"),
        ("18446744073709551616", "64 bits"),
        ("0xzz", "not a permissions integer"),
    ];
    for (input, says) in cases {
        let output = botperms().args(["decode", input]).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "decode {input}");
        assert!(output.stdout.is_empty(), "decode {input} printed to stdout");
        let stderr = text(&output.stderr);
        assert!(stderr.contains(says), "decode {input}: {stderr}");
        assert!(stderr.contains("help:"), "decode {input} gives no fix: {stderr}");
    }
    let stderr = text(&botperms().args(["decode", "SEND_MESSAGES"]).output().unwrap().stderr);
    assert!(stderr.contains("botperms encode"), "{stderr}");
}
