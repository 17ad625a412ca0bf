//! The README stays true: its rule table is the catalogue, and its sample error is what users see.

use botperms::Rule;

const README: &str = include_str!("../README.md");

#[test]
fn readme_lists_every_rule_with_its_default_level() {
    for rule in Rule::ALL {
        let row = format!("| `{}` | {} | {} |", rule.name(), rule.default_level(), rule.summary());
        assert!(README.contains(&row), "README.md lacks or misstates the row:\n{row}");
    }
    let is_rule_row = |line: &&str| {
        line.starts_with("| `")
            && ["| deny |", "| warn |", "| note |", "| allow |"].iter().any(|level| line.contains(level))
    };
    let rows = README.lines().filter(is_rule_row).count();
    assert_eq!(rows, Rule::ALL.len(), "README.md lists rules the catalogue does not have");
}

#[test]
fn readme_error_sample_is_the_blessed_ui_output() {
    let blessed = include_str!("ui/implicit-denial.stderr");
    let sample = README.split("```text\n").nth(1).and_then(|rest| rest.split("```").next()).expect("a text block");
    assert!(
        blessed.starts_with(sample.trim_end()),
        "README's sample error differs from tests/ui/implicit-denial.stderr"
    );
}
