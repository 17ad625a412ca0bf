//! A bot token and a client secret in every flag and positional of every subcommand, with and without
//! `--json`: each run says `secret_in_source` and no output repeats the secret. And a link whose
//! percent-decoded parts hold terminal escapes cannot drive the terminal through `lint`.

use botperms_fake_secrets::{USER_ID, fake_client_secret, fake_token, reveals};

use crate::{botperms, text};

const LINK: &str = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot";

/// Argument lists with `{}` where the secret goes.
fn placements() -> Vec<Vec<String>> {
    let base = ["invite", "--client-id", "157730590492196864", "--scope", "bot"];
    let mut runs: Vec<Vec<&str>> = vec![
        vec!["encode", "{}"],
        vec!["encode", "SEND_MESSAGES", "{}"],
        vec!["decode", "{}"],
        vec!["invite", "--client-id", "{}", "--scope", "bot"],
        vec!["invite", "--client-id", "157730590492196864", "--scope", "{}"],
        vec!["lint", "{link}&state={}"],
        vec!["lint", "{link}#{}"],
        vec!["lint", "{link}&{}=1"],
        vec!["lint", "{}"],
        vec!["lint", "{link}", "--allow", "{}"],
        vec!["rules", "{}"],
        vec!["{}"],
    ];
    for flag in [
        "--perm",
        "--guild",
        "--redirect-uri",
        "--response-type",
        "--integration-type",
        "--state",
        "--prompt",
        "--allow",
        "--warn",
        "--deny",
    ] {
        runs.push(base.iter().copied().chain([flag, "{}"]).collect());
    }
    runs.push(base.iter().copied().chain(["--unknown-flag", "{}"]).collect());
    runs.push(base.iter().copied().chain(["{}"]).collect());
    runs.into_iter().map(|run| run.into_iter().map(|argument| argument.replace("{link}", LINK)).collect()).collect()
}

#[test]
fn a_secret_in_any_argument_is_never_repeated() {
    for secret in [fake_token(USER_ID), fake_client_secret()] {
        // `state` is meant to be random: a client secret's shape there is no secret (see below).
        let is_state =
            |run: &Vec<String>| run.iter().any(|argument| argument == "--state" || argument.contains("&state="));
        for run in placements().into_iter().filter(|run| secret == fake_token(USER_ID) || !is_state(run)) {
            for json in [false, true] {
                let mut arguments: Vec<String> = run.iter().map(|argument| argument.replace("{}", &secret)).collect();
                if json {
                    arguments.insert(0, "--json".to_owned());
                }
                let output = botperms().args(&arguments).output().expect("runs");
                let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
                assert!(!output.status.success(), "{run:?} succeeded");
                for shown in [&stdout, &stderr] {
                    assert!(!reveals(shown, &secret), "{run:?} (json: {json}) repeats it:\n{shown}");
                }
            }
        }
    }
}

#[test]
fn a_random_state_is_no_client_secret_but_a_token_there_is_a_secret() {
    // 32 random base64url chars: the shape of a client secret, and a good `state`.
    let random = fake_client_secret();
    let invite = ["invite", "--client-id", "157730590492196864", "--scope", "identify", "--response-type", "code"];
    for state in [vec!["--state".to_owned(), random.clone()], vec![format!("--state={random}")]] {
        let output = botperms().args(invite).args(&state).output().expect("runs");
        assert!(output.status.success(), "{state:?}: {}", text(&output.stderr));
        assert!(text(&output.stdout).contains(&format!("state={random}")), "{}", text(&output.stdout));
        assert!(!text(&output.stderr).contains("secret_in_source"), "{}", text(&output.stderr));
    }
    let link = format!(
        "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=identify&response_type=code&state={random}"
    );
    let output = botperms().args(["lint", "--json", &link]).output().expect("runs");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    assert_eq!(crate::json(&output)["findings"], serde_json::json!([]));

    let token = fake_token(USER_ID);
    for state in [vec!["--state".to_owned(), token.clone()], vec![format!("--state={token}")]] {
        let output = botperms().args(invite).args(&state).output().expect("runs");
        assert_eq!(output.status.code(), Some(1), "{state:?}");
        assert!(text(&output.stderr).starts_with("error[secret_in_source]"), "{}", text(&output.stderr));
        assert!(!reveals(&text(&output.stderr), &token));
    }
    let output = botperms().args(["lint", &link.replace(&random, &token)]).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stdout).contains("error[secret_in_source]"), "{}", text(&output.stdout));
}

#[test]
fn a_secret_in_an_argument_is_reported_as_secret_in_source() {
    for run in [
        vec!["encode", "{}"],
        vec!["decode", "{}"],
        vec!["invite", "--client-id", "157730590492196864", "--scope", "bot", "--state", "{}"],
    ] {
        let arguments: Vec<String> = run.iter().map(|argument| argument.replace("{}", &fake_token(USER_ID))).collect();
        let output = botperms().args(&arguments).output().expect("runs");
        assert_eq!(output.status.code(), Some(1), "{run:?}");
        assert!(
            text(&output.stderr).starts_with("error[secret_in_source]: an argument looks like a Discord bot token"),
            "{}",
            text(&output.stderr)
        );
        let output = botperms().arg("--json").args(&arguments).output().expect("runs");
        let json = crate::json(&output);
        assert_eq!(crate::rules_of(&json["findings"]), ["secret_in_source"]);
    }
    let output = botperms().args(["lint", &format!("{LINK}#{}", fake_client_secret())]).output().expect("runs");
    assert!(text(&output.stdout).contains("error[secret_in_source]"), "{}", text(&output.stdout));
}

#[test]
fn lint_prints_decoded_escapes_as_escapes() {
    // Clears the screen, then forges a green all-clear line, from a parameter name and from values.
    let forged = "%1B%5B2J%1B%5BH%1B%5B32mno%20findings%0A";
    let link = format!(
        "{LINK}&state={forged}&redirect_uri=https%3A%2F%2Fexample.com%2F{forged}&{forged}=1&prompt={forged}%E2%80%AE"
    );
    for json in [false, true] {
        let mut command = botperms();
        if json {
            command.arg("--json");
        }
        let output = command.args(["lint", &link]).output().expect("runs");
        for shown in [text(&output.stdout), text(&output.stderr)] {
            assert!(!shown.contains('\u{1b}'), "an escape reached the terminal:\n{shown}");
            assert!(!shown.contains('\u{202e}'), "a bidi override reached the terminal:\n{shown}");
        }
        if json {
            let json = crate::json(&output);
            assert_eq!(
                json["state"].as_str(),
                Some("\u{1b}[2J\u{1b}[H\u{1b}[32mno findings\n"),
                "JSON keeps the value, escaped the JSON way"
            );
        } else {
            assert!(
                text(&output.stdout).contains("\\u{1b}[2J\\u{1b}[H\\u{1b}[32mno findings\\n"),
                "{}",
                text(&output.stdout)
            );
        }
    }
}

#[test]
fn the_placements_cover_every_flag_of_the_registry() {
    let runs = placements();
    for info in botperms_core::request::PARAMS {
        // A bool flag takes no value, so no secret can be given to it.
        if info.kind == botperms_core::request::ValueKind::Bool {
            continue;
        }
        let flag = format!("--{}", info.cli_flag);
        let placed = runs.iter().any(|run| run.windows(2).any(|pair| pair[0] == flag && pair[1] == "{}"));
        assert!(placed, "no secret is given to `{flag}`");
    }
}
