//! `--allow`, `--warn` and `--deny RULE`, the command-line face of rustc-style lint levels.

use botperms_core::{Level, Levels, Rule};

/// Level overrides shared by `invite` and `lint`.
#[derive(Debug, Clone, Default, clap::Args)]
pub(crate) struct LevelArgs {
    /// Silence RULE (repeatable; `botperms rules` lists the rules)
    #[arg(long, value_name = "RULE", value_parser = parse_rule)]
    allow: Vec<Rule>,
    /// Report RULE without failing (repeatable)
    #[arg(long, value_name = "RULE", value_parser = parse_rule)]
    warn: Vec<Rule>,
    /// Fail on RULE (repeatable); when a rule is given several levels, the strictest wins
    #[arg(long, value_name = "RULE", value_parser = parse_rule)]
    deny: Vec<Rule>,
}

impl LevelArgs {
    /// Every override, in increasing strictness so that later ones win.
    pub(crate) fn overrides(&self) -> impl Iterator<Item = (Rule, Level)> + '_ {
        fn at(rules: &[Rule], level: Level) -> impl Iterator<Item = (Rule, Level)> + '_ {
            rules.iter().map(move |rule| (*rule, level))
        }
        at(&self.allow, Level::Allow).chain(at(&self.warn, Level::Warn)).chain(at(&self.deny, Level::Deny))
    }

    /// The defaults with the overrides applied.
    pub(crate) fn levels(&self) -> Levels {
        self.overrides().fold(Levels::DEFAULT, |levels, (rule, level)| levels.with(rule, level))
    }
}

/// Reads a rule name; `kebab-case` is accepted too, as rustc accepts `-A dead-code`.
fn parse_rule(name: &str) -> Result<Rule, String> {
    let normalized = name.trim().replace('-', "_").to_ascii_lowercase();
    Rule::from_name(&normalized).ok_or_else(|| match Rule::suggest(&normalized) {
        Some(rule) => format!("unknown rule `{name}`; did you mean `{}`?", rule.name()),
        None => format!("unknown rule `{name}`; `botperms rules` lists the rules"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_read_in_snake_and_kebab_case() {
        assert_eq!(parse_rule("administrator"), Ok(Rule::Administrator));
        assert_eq!(parse_rule("missing-thread-send"), Ok(Rule::MissingThreadSend));
        assert_eq!(
            parse_rule("administrater"),
            Err("unknown rule `administrater`; did you mean `administrator`?".into())
        );
        assert!(parse_rule("zzz").is_err_and(|message| message.contains("botperms rules")));
    }

    #[test]
    fn the_strictest_level_wins() {
        let args = LevelArgs { allow: vec![Rule::Administrator], warn: vec![], deny: vec![Rule::Administrator] };
        assert_eq!(args.levels().level(Rule::Administrator), Level::Deny);
        let args = LevelArgs { allow: vec![Rule::Administrator], ..LevelArgs::default() };
        assert_eq!(args.levels().level(Rule::Administrator), Level::Allow);
    }
}
