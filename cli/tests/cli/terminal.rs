//! Colour only for terminals, never with `NO_COLOR`; tables sized to the terminal; closed pipes.

use std::process::{Command, Stdio};

use crate::{botperms, text};

/// A run of every subcommand, its success and its failure paths.
const RUNS: &[&[&str]] = &[
    &["decode", "1152921504606847000"],
    &["decode", "nope"],
    &["encode", "SEND_MESAGES"],
    &["encode", "EMBED_LINKS"],
    &[
        "invite",
        "--client-id",
        "157730590492196864",
        "--scope",
        "bot",
        "--perm",
        "ADMINISTRATOR",
        "--deny",
        "administrator",
    ],
    &["invite", "--client-id", "157730590492196864", "--scope", "bot", "--perm", "SEND_MESSAGES|VIEW_CHANNEL"],
    &["lint", "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&permissions=-1"],
    &["lint", "https://example.com"],
    &["rules"],
];

#[test]
fn pipes_get_no_escape_codes() {
    for args in RUNS {
        for no_color in [None, Some("1")] {
            let mut command = botperms();
            if let Some(value) = no_color {
                command.env("NO_COLOR", value);
            }
            let output = command.args(*args).output().unwrap();
            assert!(!output.stdout.contains(&0x1b), "{args:?} NO_COLOR={no_color:?} stdout has escapes");
            assert!(!output.stderr.contains(&0x1b), "{args:?} NO_COLOR={no_color:?} stderr has escapes");
        }
    }
}

/// Runs `args` under a pseudo-terminal with `script`, which the util-linux of Debian and most
/// Linux systems ships; `None` where it is missing.
fn in_terminal(args: &str, env: &[(&str, &str)]) -> Option<String> {
    let binary = assert_cmd::cargo::cargo_bin!("botperms");
    let mut command = Command::new("script");
    command.args(["-qec", &format!("{} {args}", binary.display()), "/dev/null"]);
    command.env_remove("NO_COLOR").env_remove("COLUMNS").envs(env.iter().copied()).stdin(Stdio::null());
    let output = command.output().ok().filter(|output| output.status.code().is_some())?;
    Some(text(&output.stdout).replace("\r\n", "\n"))
}

fn without_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            chars.by_ref().find(char::is_ascii_alphabetic);
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn terminals_get_colour_unless_no_color_is_set() {
    let Some(coloured) = in_terminal("rules", &[]) else {
        eprintln!("skipped: `script` is not installed, so no pseudo-terminal");
        return;
    };
    assert!(coloured.contains("\x1b["), "no colour on a terminal:\n{coloured}");
    let plain = in_terminal("rules", &[("NO_COLOR", "1")]).unwrap();
    assert!(!plain.contains('\x1b'), "colour despite NO_COLOR:\n{plain}");
    // no-color.org: an empty NO_COLOR does not count.
    assert!(in_terminal("rules", &[("NO_COLOR", "")]).unwrap().contains("\x1b["));
}

#[test]
fn tables_fit_the_terminal() {
    let Some(output) = in_terminal("rules", &[("COLUMNS", "72"), ("NO_COLOR", "1")]) else {
        eprintln!("skipped: `script` is not installed, so no pseudo-terminal");
        return;
    };
    let table: Vec<&str> = output.lines().take_while(|line| !line.is_empty()).collect();
    assert!(table.len() > 20, "{output}");
    for line in &table {
        assert!(without_escapes(line).chars().count() <= 72, "too wide for 72 columns: {line:?}");
    }
}

#[test]
fn a_closed_pipe_is_not_a_panic() {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("botperms"))
        .arg("rules")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = text(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{:?} {stderr}", output.status);
}
