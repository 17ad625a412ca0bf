//! `botperms rules`.

use crate::{botperms, json, text};

#[test]
fn the_catalogue_has_names_levels_and_summaries() {
    let output = botperms().args(["rules", "--json"]).output().unwrap();
    assert!(output.status.success());
    let value = json(&output);
    let rules = value.as_array().unwrap();
    let level_of = |name: &str| {
        rules.iter().find(|rule| rule["name"] == name).unwrap_or_else(|| panic!("no rule {name}"))["default_level"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    // The defaults the design gives these rules.
    assert_eq!(level_of("administrator"), "warn");
    assert_eq!(level_of("missing_thread_send"), "warn");
    assert_eq!(level_of("requires_owner_2fa"), "allow");
    assert_eq!(level_of("invalid_parameter"), "deny");
    for rule in rules {
        let summary = rule["summary"].as_str().unwrap();
        assert!(!summary.is_empty() && summary.trim() == summary, "summary of {}: {summary:?}", rule["name"]);
    }
    let mut names: Vec<&str> = rules.iter().map(|rule| rule["name"].as_str().unwrap()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), rules.len(), "rule names are unique");
}

#[test]
fn the_table_has_one_row_per_rule() {
    let rules = json(&botperms().args(["rules", "--json"]).output().unwrap());
    let output = botperms().arg("rules").output().unwrap();
    assert!(output.status.success());
    let stdout = text(&output.stdout);
    for rule in rules.as_array().unwrap() {
        let name = rule["name"].as_str().unwrap();
        let line = stdout.lines().find(|line| line.starts_with(&format!("{name} "))).expect(name);
        assert!(line.contains(rule["default_level"].as_str().unwrap()), "{line}");
    }
    // Aligned: the level column starts at the same place on every row.
    let columns: Vec<usize> = stdout
        .lines()
        .skip(1)
        .take_while(|line| !line.is_empty())
        .map(|line| {
            let name_end = line.find(' ').unwrap();
            name_end + line[name_end..].find(|c: char| c != ' ').unwrap()
        })
        .collect();
    assert!(columns.windows(2).all(|pair| pair[0] == pair[1]), "{stdout}");
}
