//! Parity, run-time faces: every request of `tests/parity/requests.txt` raises the same rules at the
//! same levels through `InviteBuilder` and through its link parsed back by `InviteUrl::parse`. The
//! macros (`macros/src/parity_tests.rs`) and `botperms invite` (`cli/tests/cli/parity.rs`) read the same table.

#[path = "../../tests/parity/rows.rs"]
mod rows;

use botperms_core::rules::catalogue::Faces;
use botperms_core::{Finding, InviteBuilder, InviteUrl, Levels, Rule};
use rows::{builder, levels, link, rows, unexercised, verdicts};

fn speaks(face: Faces) -> impl Fn(&str) -> bool {
    move |rule| Rule::from_name(rule).is_some_and(|rule| rule.info().faces.contains(face))
}

fn found(findings: &[Finding]) -> Vec<(String, String)> {
    verdicts(findings.iter().map(|finding| (finding.rule.name().to_owned(), finding.level.as_str().to_owned())))
}

#[test]
fn the_builder_and_the_parser_agree_on_every_request() {
    let mut problems = Vec::new();
    let (mut built_rows, mut parsed_rows) = (Vec::new(), Vec::new());
    let rows = rows();
    for row in &rows {
        let mut levels_in_force = Levels::DEFAULT;
        for (rule, level) in levels(row) {
            levels_in_force.set(rule, level);
        }
        let built = builder(row).map(InviteBuilder::build);
        let (built_link, built_findings) = match &built {
            Some(Ok(invite)) => (Some(invite.as_str().to_owned()), Some(invite.findings().to_vec())),
            Some(Err(error)) => (None, Some(error.findings.clone())),
            None => (None, None),
        };
        if let Some(findings) = &built_findings {
            built_rows.push(row);
            let expected = row.expected_on(speaks(Faces::BUILDER));
            if found(findings) != expected {
                problems.push(format!("builder: {}\n  found {:?}", row.line, found(findings)));
            }
        }
        // Render-then-parse: the builder's own link where it built one, else the row's link.
        let rendered = built_link.clone().or_else(|| link(row));
        if let Some(rendered) = rendered {
            parsed_rows.push(row);
            let parsed = InviteUrl::parse_with(&rendered, &levels_in_force).expect("an authorize link");
            let expected = row.expected_on(speaks(Faces::LINK));
            if found(parsed.findings()) != expected {
                problems.push(format!("parser: {}\n  found {:?}", row.line, found(parsed.findings())));
            }
            if let Some(built) = &built_link {
                assert_eq!(parsed.as_str(), built, "the parsed link is not the built one");
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(built_rows.len() > 20, "the builder faced only {} rows", built_rows.len());
    for (face, name, ran) in [(Faces::BUILDER, "builder", built_rows), (Faces::LINK, "parser", parsed_rows)] {
        let missing = unexercised(face, ran);
        assert!(missing.is_empty(), "no row the {name} runs raises {missing:?}, rules its face speaks");
    }
}

/// Every rule has a row, whichever faces it speaks on: one a face cannot express (a link only the
/// parser reads, given as raw text) stands for the rules only that face raises.
#[test]
fn the_table_raises_every_rule() {
    let raised: Vec<String> = rows().iter().flat_map(|row| row.expected.iter().map(|(rule, _)| rule.clone())).collect();
    for rule in Rule::ALL {
        assert!(raised.iter().any(|name| name == rule.name()), "no request of the parity table raises `{rule}`");
    }
}
