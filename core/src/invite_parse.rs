//! Reading existing links back: [`InviteUrl::parse`](crate::InviteUrl::parse).

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::Permissions;
use crate::invite::{IntegrationType, InviteUrl, ParseInviteError, Prompt, RequestParts, ResponseType, parse_finding};
use crate::rules::{self, Finding, Levels, Rule, Subject};

const DISCORD_HOSTS: [&str; 5] =
    ["discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com", "www.discord.com"];

fn is_authorize_path(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    if path == "/oauth2/authorize" || path == "/api/oauth2/authorize" {
        return true;
    }
    // Versioned API paths: /api/v10/oauth2/authorize.
    path.strip_prefix("/api/v")
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(version, rest)| version.bytes().all(|b| b.is_ascii_digit()) && rest == "oauth2/authorize")
}

/// What was read from the query, owned, before it is lent to the rules as a [`Request`].
#[derive(Default)]
struct ReadLink {
    parts: RequestParts,
    findings: Vec<Finding>,
    seen: Vec<String>,
}

impl ReadLink {
    fn invalid(&mut self, subject: Subject, message: String, help: &str) {
        self.findings.push(parse_finding(Rule::InvalidParameter, subject, message, help));
    }

    fn read_pair(&mut self, key: &str, value: &str) {
        if self.seen.iter().any(|seen| seen == key) {
            self.findings.push(parse_finding(
                Rule::Duplicate,
                Subject::Request,
                format!("parameter `{key}` appears twice; Discord reads only one"),
                "keep one",
            ));
            return;
        }
        self.seen.push(key.into());
        match key {
            "client_id" => {}
            "scope" => self.read_scopes(value),
            "permissions" => self.read_permissions(value),
            "guild_id" => match value.parse() {
                Ok(id) => self.parts.guild_id = Some(id),
                Err(_) => self.invalid(Subject::GuildId, format!("`guild_id={value}` is not an id"), "use the guild's numeric id"),
            },
            "guild" => self.invalid(
                Subject::GuildId,
                format!("Discord reads `guild_id`, not `guild` (`guild={value}`)"),
                "rename the parameter to `guild_id`",
            ),
            "disable_guild_select" => {
                let choices = [("true", true, ""), ("false", false, "")];
                self.parts.disable_guild_select = self.choice(key, value, Subject::DisableGuildSelect, &choices);
            }
            "integration_type" => {
                let choices =
                    [("0", IntegrationType::Guild, " for a guild install"), ("1", IntegrationType::User, " for a user install")];
                self.parts.integration_type = self.choice(key, value, Subject::IntegrationType, &choices);
            }
            "response_type" => {
                let choices = [("code", ResponseType::Code, ""), ("token", ResponseType::Token, "")];
                self.parts.response_type = self.choice(key, value, Subject::ResponseType, &choices);
            }
            "prompt" => {
                let choices = [("consent", Prompt::Consent, ""), ("none", Prompt::None, "")];
                self.parts.prompt = self.choice(key, value, Subject::Prompt, &choices);
            }
            "redirect_uri" => self.parts.redirect_uri = Some(value.into()),
            "state" => self.parts.state = Some(value.into()),
            _ => self.invalid(
                Subject::Request,
                format!("Discord's authorize link has no parameter `{key}`"),
                "remove it; the parameters are client_id, scope, permissions, guild_id, disable_guild_select, integration_type, response_type, redirect_uri, state and prompt",
            ),
        }
    }

    /// Reads a parameter that takes one of a few words: `(wire value, meaning, what it is for)`.
    fn choice<T: Copy>(&mut self, key: &str, value: &str, subject: Subject, choices: &[(&str, T, &str)]) -> Option<T> {
        if let Some((_, meaning, _)) = choices.iter().find(|(wire, _, _)| *wire == value) {
            return Some(*meaning);
        }
        let written: Vec<String> = choices.iter().map(|(wire, _, purpose)| format!("`{wire}`{purpose}")).collect();
        let help = format!("write {}", written.join(" or "));
        let first = choices.first().map_or("", |(wire, _, _)| *wire);
        let rest: Vec<String> = choices.iter().skip(1).map(|(wire, _, _)| format!("`{wire}`")).collect();
        self.invalid(subject, format!("`{key}={value}` is neither `{first}` nor {}", rest.join(" nor ")), &help);
        None
    }

    fn read_scopes(&mut self, value: &str) {
        for name in value.split([' ', '+']).filter(|name| !name.is_empty()) {
            // Levels are applied once for all findings in `parse_with`.
            match rules::check_scope_name(name, &Levels::DEFAULT) {
                (Some(scope), _) => self.parts.scopes.push(scope),
                (None, finding) => {
                    self.findings.extend(finding.map(|finding| Finding { subject: Subject::Request, ..finding }));
                }
            }
        }
    }

    fn read_permissions(&mut self, value: &str) {
        match value.parse::<u64>() {
            Ok(bits) => self.parts.permissions.push(Permissions::from_bits_retain(bits)),
            Err(_) if value.starts_with('-') && value[1..].bytes().all(|b| b.is_ascii_digit()) => self.invalid(
                Subject::Permission(0),
                format!("`permissions={value}` is negative, and Discord rejects it (nextcord's `Permissions.all()` writes -1)"),
                "write the decimal sum of the flags the bot needs",
            ),
            Err(_) => self.invalid(
                Subject::Permission(0),
                format!("`permissions={value}` is not a decimal integer"),
                "write the decimal sum of the flags the bot needs",
            ),
        }
    }
}

/// Reads `link` and runs the rules at `levels`.
pub(crate) fn parse_with(link: &str, levels: &Levels) -> Result<InviteUrl, ParseInviteError> {
    let url = url::Url::parse(link.trim()).map_err(ParseInviteError::NotAUrl)?;
    let host = url.host_str().unwrap_or_default();
    if !matches!(url.scheme(), "https" | "http") || !DISCORD_HOSTS.contains(&host) {
        // The URL parser lowercases a host, which the redaction no longer recognises: hide it whole then.
        let host = if crate::secrets::detect_secret_in_link(link).is_some() { crate::render::REDACTED } else { host };
        return Err(ParseInviteError::NotDiscord { host: crate::render::clean(host).into_owned() });
    }
    if !is_authorize_path(url.path()) {
        return Err(ParseInviteError::NotAuthorize { path: crate::render::clean(url.path()).into_owned() });
    }
    let pairs: Vec<(Cow<'_, str>, Cow<'_, str>)> = url.query_pairs().collect();
    let client_id = pairs
        .iter()
        .find(|(key, _)| key == "client_id")
        .and_then(|(_, value)| value.parse::<u64>().ok())
        .ok_or(ParseInviteError::MissingClientId)?;
    let mut read = ReadLink { parts: RequestParts { client_id, ..RequestParts::default() }, ..ReadLink::default() };
    for (key, value) in &pairs {
        read.read_pair(key, value);
    }
    let mut findings = core::mem::take(&mut read.findings);
    findings.retain(|finding| levels.level(finding.rule) != rules::Level::Allow);
    for finding in &mut findings {
        finding.level = levels.level(finding.rule);
    }
    findings.extend(rules::check(&read.parts.request(), levels));
    // Anywhere else in the link (the fragment, userinfo, other or repeated parameters, encoded forms), said
    // once: the rules have looked at `redirect_uri` and `state` already.
    let level = levels.level(Rule::SecretInSource);
    if level != rules::Level::Allow
        && !findings.iter().any(|finding| finding.rule == Rule::SecretInSource)
        && let Some(kind) = crate::secrets::detect_secret_in_link(link)
    {
        let found = parse_finding(Rule::SecretInSource, Subject::Request, kind.message().into(), kind.help());
        findings.push(Finding { level, ..found });
    }
    Ok(InviteUrl::from_parts(read.parts, findings, url.as_str().into()))
}
