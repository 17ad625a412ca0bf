//! Parity, the command-line face: every request of `tests/parity/requests.txt` raises through
//! `botperms invite` the same rules at the same levels as through `InviteBuilder`, and prints the
//! builder's link. Flags are spelled from the parameter registry.

#[path = "../../../tests/parity/rows.rs"]
mod rows;

use botperms_core::rules::catalogue::Faces;
use botperms_core::{Param, Rule};
use rows::{Row, builder, rows, unexercised, verdicts};

use crate::{botperms, json};

/// The row as `botperms invite` arguments; `None` where the CLI cannot say it (a raw link; no
/// scope: `--scope` is required; a negative integer is an input error).
fn arguments(row: &Row) -> Option<Vec<String>> {
    if row.raw.is_some() {
        return None;
    }
    row.get("scope")?;
    let mut args = vec!["invite".to_owned(), "--json".to_owned()];
    for (name, value) in row.params() {
        let param = Param::from_url_name(name).expect("a link parameter");
        let flag = format!("--{}", param.info().cli_flag);
        let values: Vec<String> = match name {
            "scope" => row.scopes().into_iter().map(String::from).collect(),
            "permissions" if value.starts_with('-') => return None,
            "permissions" => value.split('|').map(String::from).collect(),
            "disable_guild_select" if value == "true" => vec![String::new()],
            "integration_type" => vec![if value == "1" { "user" } else { "guild" }.to_owned()],
            _ => vec![value.to_owned()],
        };
        for value in values {
            args.push(flag.clone());
            if !value.is_empty() {
                args.push(value);
            }
        }
    }
    for (level, rule) in row.levels() {
        args.extend([format!("--{level}"), rule.to_owned()]);
    }
    Some(args)
}

#[test]
fn botperms_invite_agrees_with_the_builder_on_every_request() {
    let speaks = |rule: &str| Rule::from_name(rule).is_some_and(|rule| rule.info().faces.contains(Faces::CLI));
    let mut problems = Vec::new();
    let rows = rows();
    let mut faced = Vec::new();
    for row in &rows {
        let Some(args) = arguments(row) else { continue };
        faced.push(row);
        let value = json(&botperms().args(&args).output().unwrap());
        let found = verdicts(value["findings"].as_array().unwrap().iter().map(|finding| {
            (finding["rule"].as_str().unwrap().to_owned(), finding["level"].as_str().unwrap().to_owned())
        }));
        if found != row.expected_on(speaks) {
            problems.push(format!("cli: {}\n  found {found:?}", row.line));
        }
        let built = builder(row).and_then(|builder| builder.build().ok()).map(|invite| invite.to_string());
        if let Some(built) = built
            && value["link"].as_str() != Some(built.as_str())
        {
            problems.push(format!("cli link: {}\n  {} is not {built}", row.line, value["link"]));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(faced.len() > 25, "the CLI faced only {} rows", faced.len());
    let missing = unexercised(Faces::CLI, faced);
    assert!(missing.is_empty(), "no row the CLI runs raises {missing:?}, rules its face speaks");
}
