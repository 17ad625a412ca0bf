//! The parity table (`requests.txt`), read the same way by every face's harness.

#![allow(dead_code)]

use botperms_core::rules::catalogue::Faces;
use botperms_core::{IntegrationType, InviteBuilder, InviteUrl, Level, Permissions, Prompt, ResponseType, Rule, Scope};

/// One request and the rules it must raise.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    /// The line as written, for messages.
    pub(crate) line: String,
    /// `(parameter, value)` in the order written; `allow`/`warn`/`deny` set levels. Empty for a raw link.
    pub(crate) pairs: Vec<(String, String)>,
    /// A link given as the text someone pasted (`link <text>` rows): only the parser reads it.
    pub(crate) raw: Option<String>,
    /// `(rule, level)`, sorted.
    pub(crate) expected: Vec<(String, String)>,
}

impl Row {
    /// The value of `key`, if given.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(name, _)| name == key).map(|(_, value)| value.as_str())
    }

    /// The link parameters, levels left out.
    pub(crate) fn params(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs
            .iter()
            .filter(|(name, _)| !matches!(name.as_str(), "allow" | "warn" | "deny"))
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }

    /// `(level, rule)` overrides.
    pub(crate) fn levels(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs
            .iter()
            .filter(|(name, _)| matches!(name.as_str(), "allow" | "warn" | "deny"))
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }

    /// The scope names.
    pub(crate) fn scopes(&self) -> Vec<&str> {
        self.get("scope").map(|scopes| scopes.split('+').collect()).unwrap_or_default()
    }

    /// The permission names, or `None` when the row gives an integer (or nothing).
    pub(crate) fn permission_names(&self) -> Option<Vec<&str>> {
        let permissions = self.get("permissions")?;
        let is_integer = permissions.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit());
        (!is_integer).then(|| permissions.split('|').collect())
    }

    /// The expected rules a face raises: those whose faces include it.
    pub(crate) fn expected_on(&self, speaks: impl Fn(&str) -> bool) -> Vec<(String, String)> {
        self.expected.iter().filter(|(rule, _)| speaks(rule)).cloned().collect()
    }
}

/// A token-shaped text assembled here, so that no token-like literal sits in any source file.
pub(crate) fn made_up_token() -> String {
    format!("{}{}.{}.{}", "MTk4NjIy", "NDgzNDcxOTI1MjQ4", "G".repeat(6), "h".repeat(27))
}

/// 32 random-looking base64url chars, a client secret's shape and a good `state`, assembled here for the
/// same reason as [`made_up_token`].
pub(crate) fn random_state() -> String {
    ["Ab3dE", "fGh1jK", "lMn0pQ", "rSt9uV", "wXy8zA", "bC7"].concat()
}

/// Every row of the table.
pub(crate) fn rows() -> Vec<Row> {
    include_str!("requests.txt")
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (request, expected) = line.split_once(" => ").expect("`request => rules`");
            let request = request.replace("{TOKEN}", &made_up_token()).replace("{RANDOM_STATE}", &random_state());
            let (pairs, raw) = match request.strip_prefix("link ") {
                Some(raw) => (Vec::new(), Some(raw.to_owned())),
                None => (
                    request
                        .split('&')
                        .map(|pair| {
                            let (name, value) = pair.split_once('=').expect("`name=value`");
                            (name.to_owned(), value.to_owned())
                        })
                        .collect(),
                    None,
                ),
            };
            let mut expected: Vec<(String, String)> = match expected.trim() {
                "-" => Vec::new(),
                rules => rules
                    .split(", ")
                    .map(|rule| {
                        let (rule, level) = rule.split_once('=').expect("`rule=level`");
                        (rule.to_owned(), level.to_owned())
                    })
                    .collect(),
            };
            expected.sort();
            Row { line: line.to_owned(), pairs, raw, expected }
        })
        .collect()
}

/// The rules that apply to `face` but that no row it ran expects: each face must be shown raising
/// every rule it speaks, not only the table as a whole.
pub(crate) fn unexercised<'a>(face: Faces, ran: impl IntoIterator<Item = &'a Row>) -> Vec<&'static str> {
    let raised: Vec<&str> =
        ran.into_iter().flat_map(|row| row.expected.iter().map(|(rule, _)| rule.as_str())).collect();
    Rule::ALL
        .iter()
        .filter(|rule| rule.info().faces.contains(face) && !raised.contains(&rule.name()))
        .map(|rule| rule.name())
        .collect()
}

/// `(rule, level)` pairs sorted and without repeats: a rule that fires twice is one verdict.
pub(crate) fn verdicts(found: impl IntoIterator<Item = (String, String)>) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = found.into_iter().collect();
    found.sort();
    found.dedup();
    found
}

pub(crate) fn levels(row: &Row) -> Vec<(Rule, Level)> {
    row.levels()
        .map(|(level, rule)| {
            let level = match level {
                "allow" => Level::Allow,
                "warn" => Level::Warn,
                _ => Level::Deny,
            };
            (Rule::from_name(rule).expect("a rule name"), level)
        })
        .collect()
}

/// The permissions a row asks for, when the builder can take them: Discord's names or an integer.
// Outer `None`: the builder cannot say them; inner `None`: the row asks for none.
#[allow(clippy::option_option)]
pub(crate) fn permissions(row: &Row) -> Option<Option<Permissions>> {
    let Some(value) = row.get("permissions") else { return Some(None) };
    match row.permission_names() {
        None => value.parse::<u64>().ok().map(|bits| Some(Permissions::from_bits_retain(bits))),
        Some(names) => names
            .iter()
            .map(|name| Permissions::table().iter().find(|info| info.name == *name).map(|info| info.flag))
            .try_fold(Permissions::empty(), |all, flag| flag.map(|flag| all | flag))
            .map(Some),
    }
}

/// The builder for a row; `None` where the builder cannot express it (a raw link, names that are
/// not Discord's, an unknown scope, a negative integer).
pub(crate) fn builder(row: &Row) -> Option<InviteBuilder> {
    if row.raw.is_some() {
        return None;
    }
    let mut builder = InviteUrl::new(row.get("client_id")?.parse::<u64>().ok()?);
    for name in row.scopes() {
        builder = builder.scope(Scope::from_name(name)?);
    }
    if let Some(permissions) = permissions(row)? {
        builder = builder.permissions(permissions);
    }
    for (name, value) in row.params() {
        builder = match name {
            "guild_id" => builder.guild_id(value.parse::<u64>().ok()?),
            "disable_guild_select" => builder.disable_guild_select(value == "true"),
            "integration_type" => {
                builder.integration_type(if value == "1" { IntegrationType::User } else { IntegrationType::Guild })
            }
            "response_type" => {
                builder.response_type(if value == "token" { ResponseType::Token } else { ResponseType::Code })
            }
            "redirect_uri" => builder.redirect_uri(value),
            "state" => builder.state(value),
            "prompt" => builder.prompt(if value == "none" { Prompt::None } else { Prompt::Consent }),
            _ => builder,
        };
    }
    for (rule, level) in levels(row) {
        builder = builder.level(rule, level);
    }
    Some(builder)
}

/// The row as a link: a raw link as given, else names turned into their integer, when it can be one.
pub(crate) fn link(row: &Row) -> Option<String> {
    if let Some(raw) = &row.raw {
        return Some(raw.clone());
    }
    let mut link = String::from("https://discord.com/oauth2/authorize?");
    for (index, (name, value)) in row.params().enumerate() {
        let value = match (name, permissions(row)) {
            ("permissions", Some(Some(flags))) => flags.bits().to_string(),
            ("permissions", None) if row.permission_names().is_some() => return None,
            _ => value.to_owned(),
        };
        if index > 0 {
            link.push('&');
        }
        link.push_str(&[name, "=", &value].concat());
    }
    Some(link)
}
