//! Every link of `tests/data/real_links.tsv`, links published in READMEs, docs, bots' source and
//! Discord's own documentation, linted by [`InviteUrl::parse`] at the default levels: the verdict
//! and the set of rules must be what the table says Discord's documentation supports.

use std::collections::BTreeSet;

use botperms_core::InviteUrl;

const TABLE: &str = include_str!("data/real_links.tsv");

/// One row of the table.
struct Row<'a> {
    line: usize,
    verdict: &'a str,
    rules: BTreeSet<&'a str>,
    link: &'a str,
    source: &'a str,
}

fn rows() -> Vec<Row<'static>> {
    TABLE
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .map(|(index, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 4, "line {}: four tab-separated fields: {line}", index + 1);
            let rules = fields[1].split(',').filter(|rule| *rule != "-").collect();
            Row { line: index + 1, verdict: fields[0], rules, link: fields[2], source: fields[3] }
        })
        .collect()
}

/// What botperms says of `link`: the verdict and the rules that fired.
fn lint(link: &str) -> (String, BTreeSet<String>) {
    match InviteUrl::parse(link) {
        Ok(invite) => {
            let rules = invite.findings().iter().map(|finding| finding.rule.name().to_owned()).collect();
            let levels: BTreeSet<&str> = invite.findings().iter().map(|finding| finding.level.as_str()).collect();
            let verdict = if levels.contains("deny") {
                "deny"
            } else if levels.contains("warn") {
                "warn"
            } else {
                "ok"
            };
            (verdict.to_owned(), rules)
        }
        Err(error) => ("error".to_owned(), BTreeSet::from([format!("error: {error}")])),
    }
}

#[test]
fn the_table_is_real_and_large_enough() {
    let rows = rows();
    assert!(rows.len() >= 100, "{} rows; the table keeps at least 100 links", rows.len());
    let mut links = BTreeSet::new();
    for row in &rows {
        assert!(matches!(row.verdict, "ok" | "warn" | "deny"), "line {}: verdict {:?}", row.line, row.verdict);
        assert!(!row.source.trim().is_empty(), "line {}: where the link was published", row.line);
        assert!(links.insert(row.link), "line {}: listed twice: {}", row.line, row.link);
    }
    // Discord's own examples (developers/topics/oauth2.mdx): the authorization code, implicit,
    // bot and webhook links.
    let docs = rows.iter().filter(|row| row.source.ends_with("developers/topics/oauth2.mdx")).count();
    assert_eq!(docs, 4, "the four examples of Discord's OAuth2 docs");
}

#[test]
fn every_real_link_gets_the_verdict_the_docs_support() {
    let mut wrong = Vec::new();
    for row in rows() {
        let (verdict, rules) = lint(row.link);
        let expected: BTreeSet<String> = row.rules.iter().map(|rule| (*rule).to_owned()).collect();
        if verdict != row.verdict || rules != expected {
            wrong.push(format!(
                "line {} ({}):\n  {}\n  expected {} {:?}\n  got      {verdict} {rules:?}",
                row.line, row.source, row.link, row.verdict, expected
            ));
        }
    }
    assert!(wrong.is_empty(), "{} of the real links are judged wrongly:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn discord_docs_examples_are_never_denied() {
    for row in
        rows().iter().filter(|row| row.source.starts_with("discord/discord-api-docs developers/topics/oauth2.mdx"))
    {
        let (verdict, _) = lint(row.link);
        assert_ne!(verdict, "deny", "line {}: {}", row.line, row.link);
    }
}
