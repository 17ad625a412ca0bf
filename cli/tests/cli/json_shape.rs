//! Every `--json` output writes a permission set, a scope list and a finding in one shape, so that one
//! `jq` filter reads them whichever subcommand printed them; 64-bit integers are strings everywhere.

use serde_json::Value;

use super::app::{DOCS_EXAMPLE, DOCS_GUILD_LINK, TempFile};
use super::app_http::{WANTS, patched_example, run};
use super::app_server::{Reply, Server};
use crate::{botperms, json};

/// The largest integer every JSON reader holds exactly (JavaScript's `Number.MAX_SAFE_INTEGER`).
const SAFE: u64 = (1 << 53) - 1;

/// What the walk found in one output.
#[derive(Debug, Default)]
struct Seen {
    sets: usize,
    scope_lists: usize,
    findings: usize,
}

impl Seen {
    const fn least(sets: usize, scope_lists: usize, findings: usize) -> Seen {
        Seen { sets, scope_lists, findings }
    }
}

/// Asserts that `value` is a permission set as every subcommand writes one.
fn assert_set(value: &Value, at: &str) {
    let object = value.as_object().unwrap_or_else(|| panic!("{at}: a permission set is an object, not {value}"));
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["flags", "hex", "unknown_bits", "value"], "{at}: {value}");
    let text = value["value"].as_str().unwrap_or_else(|| panic!("{at}.value is a string: {value}"));
    let bits: u64 = text.parse().unwrap_or_else(|_| panic!("{at}.value is a decimal integer: {text}"));
    assert_eq!(value["hex"].as_str(), Some(format!("{bits:#x}").as_str()), "{at}.hex");
    let flags = value["flags"].as_array().unwrap_or_else(|| panic!("{at}.flags is an array"));
    assert_flag_names(flags, &format!("{at}.flags"));
    let unknown = value["unknown_bits"].as_array().unwrap_or_else(|| panic!("{at}.unknown_bits is an array"));
    for bit in unknown {
        let bit = bit.as_u64().unwrap_or_else(|| panic!("{at}.unknown_bits holds bit numbers: {bit}"));
        assert!(bit < 64 && bits & (1 << bit) != 0, "{at}: bit {bit} is not set in {bits}");
    }
    // Every set bit is named once: as a flag, or as a bit Discord does not define.
    assert_eq!(bits.count_ones() as usize, flags.len() + unknown.len(), "{at}: {value}");
}

/// Flags are Discord's names, upper snake case.
fn assert_flag_names(flags: &[Value], at: &str) {
    for flag in flags {
        let name = flag.as_str().unwrap_or_else(|| panic!("{at}: a flag is its name, not {flag}"));
        assert!(!name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_'), "{at}: {name}");
    }
}

/// Walks `value`, checking each shared shape where its key says it stands, and every integer's size.
fn walk(value: &Value, at: &str, seen: &mut Seen) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                let here = format!("{at}.{key}");
                if key == "permissions" || key.ends_with("_permissions") {
                    if !child.is_null() {
                        assert_set(child, &here);
                        seen.sets += 1;
                    }
                } else if key == "flags" {
                    assert_flag_names(child.as_array().unwrap_or_else(|| panic!("{here} is an array")), &here);
                } else if key == "scopes" || key.ends_with("_scopes") {
                    if !child.is_null() {
                        let scopes = child.as_array().unwrap_or_else(|| panic!("{here} is an array: {child}"));
                        assert!(scopes.iter().all(Value::is_string), "{here}: scopes are names: {child}");
                        seen.scope_lists += 1;
                    }
                } else if key == "findings" {
                    for finding in child.as_array().unwrap_or_else(|| panic!("{here} is an array")) {
                        let mut keys: Vec<&str> = finding.as_object().unwrap().keys().map(String::as_str).collect();
                        keys.sort_unstable();
                        assert_eq!(keys, ["help", "level", "message", "rule"], "{here}: {finding}");
                        assert!(finding.as_object().unwrap().values().all(Value::is_string), "{here}: {finding}");
                        seen.findings += 1;
                    }
                } else if key == "patch" {
                    // Discord's PATCH body as it is sent, in Discord's shape: `permissions` is its string.
                    let install = &child["integration_types_config"]["0"]["oauth2_install_params"];
                    assert!(install["permissions"].is_string(), "{here}: {child}");
                    continue;
                }
                walk(child, &here, seen);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk(item, &format!("{at}[{index}]"), seen);
            }
        }
        Value::Number(number) => {
            let small =
                number.as_u64().is_some_and(|n| n <= SAFE) || number.as_i64().is_some_and(|n| n.abs() <= 1 << 53);
            assert!(small, "{at}: a 64-bit integer is a string: {number}");
        }
        Value::Null | Value::Bool(_) | Value::String(_) => {}
    }
}

/// Runs `botperms --json ARGS` (with `stdin`), checks every shape in its output, and says what it found.
fn checked(args: &[&str], stdin: Option<&str>) -> Seen {
    let mut command = botperms();
    command.arg("--json").args(args);
    if let Some(stdin) = stdin {
        command.write_stdin(stdin);
    }
    let output = command.output().unwrap();
    assert!(matches!(output.status.code(), Some(0 | 1)), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    let mut seen = Seen::default();
    walk(&json(&output), &format!("{args:?}"), &mut seen);
    seen
}

#[test]
fn every_subcommand_writes_permissions_scopes_and_findings_in_one_shape() {
    // VIEW_CHANNEL | SEND_MESSAGES | SEND_MESSAGES_IN_THREADS, plus bit 47, which Discord leaves undefined.
    let with_unknown = (crate::bits::CHAT_BOT | (1 << 47)).to_string();
    let lint_link = format!(
        "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&permissions={}",
        crate::bits::SEND_MESSAGES
    );
    let app = TempFile::new("json-shape.json", DOCS_EXAMPLE);
    let wants = ["--scope", "bot,applications.commands", "--perm", "VIEW_CHANNEL"];
    // Arguments, stdin, and how many permission sets, scope lists and findings each must hold at least.
    let runs: Vec<(Vec<&str>, Option<&str>, Seen)> = vec![
        (vec!["decode", &with_unknown], None, Seen::least(1, 0, 0)),
        (vec!["encode", "SEND_MESSAGES", "0x4000"], None, Seen::least(1, 0, 0)),
        (vec!["encode", "READ_MESSAGES"], None, Seen::least(0, 0, 1)),
        (
            vec!["invite", "--client-id", "157730590492196864", "--scope", "bot", "--perm", "SEND_MESSAGES"],
            None,
            Seen::least(1, 1, 1),
        ),
        (
            vec!["invite", "--client-id", "157730590492196864", "--scope", "bot", "--perm", "SEND_MESAGES"],
            None,
            Seen::least(0, 0, 1),
        ),
        (vec!["lint", &lint_link], None, Seen::least(1, 1, 1)),
        (vec!["presets"], None, Seen::least(10, 0, 0)),
        (vec!["rules"], None, Seen::least(0, 0, 0)),
        // Per install: wanted, the Portal's, missing and extra.
        ([&["app", "diff", "--app", app.arg()][..], &wants].concat(), None, Seen::least(4, 4, 0)),
        (vec!["app", "diff", "--app", "-", "--want", DOCS_GUILD_LINK], Some(DOCS_EXAMPLE), Seen::least(4, 4, 0)),
        ([&["app", "sync", "--print", "--app", app.arg()][..], &wants].concat(), None, Seen::least(4, 4, 0)),
    ];
    for (args, stdin, least) in runs {
        let seen = checked(&args, stdin);
        let enough =
            seen.sets >= least.sets && seen.scope_lists >= least.scope_lists && seen.findings >= least.findings;
        assert!(enough, "{args:?}: found {seen:?}, expected at least {least:?}");
    }
}

#[test]
fn sync_apply_writes_before_and_after_in_the_same_shape() {
    let server = Server::start(vec![Reply::json(200, DOCS_EXAMPLE), Reply::json(200, patched_example())]);
    let output = run(&server, &[&["--json", "sync", "--apply", "--yes"][..], &WANTS].concat());
    server.finish();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let value = json(&output);
    let mut seen = Seen::default();
    walk(&value, "sync", &mut seen);
    assert_eq!(value["applied"], true);
    // Before and after each hold, for the guild install, the wanted set, the Portal's, missing and extra.
    assert!(seen.sets >= 8, "{seen:?}");
    assert_eq!(value["after"]["contexts"][0]["portal_settings"]["permissions"]["value"], "18432");
}
