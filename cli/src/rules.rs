//! `botperms rules`: the rule catalogue.

use botperms_core::{Level, Rule};
use serde::Serialize;

use crate::output::{self, Context, Failure, Report};
use crate::style::Tone;
use crate::table::{Align, Cell, Table};

/// List the rules, their default levels and when they fire
#[derive(Debug, clap::Args)]
pub(crate) struct Args {}

/// One rule, as programs read it.
#[derive(Debug, Serialize)]
struct RuleJson {
    name: &'static str,
    default_level: &'static str,
    summary: &'static str,
}

/// Lists the catalogue.
pub(crate) fn run(_args: &Args, context: &Context) -> Result<Report, Failure> {
    if context.json {
        let rules: Vec<RuleJson> = Rule::ALL
            .iter()
            .map(|rule| RuleJson {
                name: rule.name(),
                default_level: rule.default_level().as_str(),
                summary: rule.summary(),
            })
            .collect();
        return Ok(Report { stdout: output::json(&rules)?, ..Report::default() });
    }
    let mut table = Table::new(&[("Rule", Align::Left), ("Default", Align::Left), ("Fires when", Align::Left)]);
    for rule in Rule::ALL {
        let level = rule.default_level();
        let tone = match level {
            Level::Deny => Tone::Error,
            Level::Warn => Tone::Warning,
            Level::Allow => Tone::Dim,
        };
        table.row(vec![Cell::new(rule.name(), Tone::Bold), Cell::new(level.as_str(), tone), rule.summary().into()]);
    }
    let mut stdout = table.render(context.out, context.width);
    stdout.push('\n');
    stdout.push_str(&context.out.paint(
        Tone::Dim,
        "Change a level with `--allow RULE`, `--warn RULE` or `--deny RULE` on `botperms invite` and `botperms lint`.",
    ));
    stdout.push('\n');
    Ok(Report { stdout, ..Report::default() })
}
