//! `botperms rules`: the rule catalogue, with the evidence behind every rule.

use botperms_core::rules::{Evidence, RuleInfo, catalogue::CATALOGUE};
use botperms_core::{Level, Rule};
use std::fmt::Write as _;

use serde::Serialize;

use crate::output::{self, Context, Failure, Report};
use crate::style::Tone;
use crate::table::{Align, Cell, Table};

/// List the rules, their default levels, when they fire and why
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Show this rule in full: its evidence, faces and messages
    #[arg(value_name = "RULE")]
    rule: Option<String>,
}

/// Where a rule's condition or level comes from, as programs read it.
#[derive(Debug, Serialize)]
struct EvidenceJson {
    source: &'static str,
    says: &'static str,
}

impl From<Evidence> for EvidenceJson {
    fn from(evidence: Evidence) -> Self {
        EvidenceJson { source: evidence.source, says: evidence.says }
    }
}

/// One rule, as programs read it.
#[derive(Debug, Serialize)]
struct RuleJson {
    name: &'static str,
    default_level: &'static str,
    summary: &'static str,
    fires_because: EvidenceJson,
    level_because: EvidenceJson,
    faces: Vec<&'static str>,
    overridable: bool,
}

impl From<&RuleInfo> for RuleJson {
    fn from(info: &RuleInfo) -> Self {
        RuleJson {
            name: info.name,
            default_level: info.default_level.as_str(),
            summary: info.summary,
            fires_because: info.fires_because.into(),
            level_because: info.level_because.into(),
            faces: info.faces.names().collect(),
            overridable: info.overridable,
        }
    }
}

const fn tone(level: Level) -> Tone {
    match level {
        Level::Deny => Tone::Error,
        Level::Warn => Tone::Warning,
        Level::Note => Tone::Note,
        Level::Allow => Tone::Dim,
    }
}

/// Lists the catalogue, or one rule of it.
pub(crate) fn run(args: &Args, context: &Context) -> Result<Report, Failure> {
    let chosen: Vec<&RuleInfo> = match &args.rule {
        Some(name) => {
            let normalized = name.trim().replace('-', "_").to_ascii_lowercase();
            let rule = Rule::from_name(&normalized).ok_or_else(|| match Rule::suggest(&normalized) {
                Some(near) => Failure::new(format!("unknown rule `{name}`"), format!("did you mean `{near}`?")),
                None => Failure::new(format!("unknown rule `{name}`"), "`botperms rules` lists the rules"),
            })?;
            vec![rule.info()]
        }
        None => CATALOGUE.iter().collect(),
    };
    if context.json {
        let rules: Vec<RuleJson> = chosen.iter().map(|info| RuleJson::from(*info)).collect();
        return Ok(Report { stdout: output::json(&rules)?, ..Report::default() });
    }
    if let [info] = chosen[..]
        && args.rule.is_some()
    {
        return Ok(Report { stdout: one_rule(info, context), ..Report::default() });
    }
    // The evidence's source rides in the last column, the one the table wraps to the terminal.
    let mut table =
        Table::new(&[("Rule", Align::Left), ("Default", Align::Left), ("Fires when [evidence]", Align::Left)]);
    for info in &chosen {
        let level = info.default_level;
        let fires = format!("{} [{}]", info.summary, short_source(info.fires_because.source));
        table.row(vec![Cell::new(info.name, Tone::Bold), Cell::new(level.as_str(), tone(level)), fires.into()]);
    }
    let mut stdout = table.render(context.out, context.width);
    stdout.push('\n');
    stdout.push_str(&context.out.paint(
        Tone::Dim,
        "`botperms rules RULE` quotes the evidence. Change a level with `--allow RULE`, `--warn RULE` or \
         `--deny RULE` on `botperms invite` and `botperms lint`.",
    ));
    stdout.push('\n');
    Ok(Report { stdout, ..Report::default() })
}

fn one_rule(info: &RuleInfo, context: &Context) -> String {
    let style = context.out;
    let mut text = format!(
        "{} ({}): {}\n",
        style.paint(Tone::Bold, info.name),
        style.paint(tone(info.default_level), info.default_level.as_str()),
        info.summary
    );
    let mut line = |label: &str, value: &str| {
        let label = style.paint(Tone::Dim, &format!("{label}:"));
        let _ = writeln!(text, "  {label} {value}");
    };
    line("fires because", &format!("{}: {}", info.fires_because.source, info.fires_because.says));
    line("level because", &format!("{}: {}", info.level_because.source, info.level_because.says));
    line("faces", &info.faces.names().collect::<Vec<_>>().join(", "));
    line("allow", if info.overridable { "errors suggest `allow(..)`" } else { "errors do not suggest `allow(..)`" });
    if info.rule == Rule::RejectedByInvites {
        for (flag, evidence) in botperms_core::rules::REJECTED_BY_INVITES_EVIDENCE {
            line(flag, &format!("{}: {}", evidence.source, evidence.says));
        }
    }
    text
}

/// A source as the table names it: a docs file by its name alone (`discord-api-docs permissions.mdx`), since a
/// path is one word the table cannot wrap; `botperms rules RULE` and `--json` give the whole path.
fn short_source(source: &str) -> String {
    match source.split_once(' ') {
        Some((repository, path)) if path.contains('/') && !path.contains(' ') => {
            format!("{repository} {}", path.rsplit('/').next().unwrap_or(path))
        }
        _ => source.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::short_source;

    #[test]
    fn the_table_names_a_docs_file_by_its_name() {
        assert_eq!(
            short_source("discord-api-docs developers/topics/permissions.mdx"),
            "discord-api-docs permissions.mdx"
        );
        // Sources that are no single path stay whole.
        assert_eq!(short_source("discord-api-docs issues 4671, 5423"), "discord-api-docs issues 4671, 5423");
        assert_eq!(short_source("RFC 6749 4.1.2.1 (OAuth 2.0)"), "RFC 6749 4.1.2.1 (OAuth 2.0)");
    }
}
