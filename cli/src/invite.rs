//! `botperms invite`: build a link with core's builder, checked by the rules.

use botperms_core::request::Choice;
use botperms_core::rules::check_scope_name_as;
use botperms_core::{
    Face, Finding, IntegrationType, InviteUrl, Level, Levels, Param, Permissions, Prompt, ResponseType, Rule, Scope,
    Subject,
};
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use serde::Serialize;

use crate::encode::{is_integer, overlong, read_name, tokens};
use crate::json::{self, FindingJson, PermissionsJson};
use crate::levels::LevelArgs;
use crate::output::{self, Context, Failure, Report};
use crate::style::Tone;

/// Build an invite link, checked by the rules
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The Application ID from the Developer Portal
    #[arg(long = flag(Param::ClientId), value_name = "ID", value_parser = parse_id)]
    client_id: u64,
    /// A scope as Discord names it (repeatable, or several separated by spaces or commas): `bot`,
    /// `applications.commands`, ...
    #[arg(long = flag(Param::Scope), value_name = "SCOPE", required = true)]
    scopes: Vec<String>,
    /// Permissions as Discord names them (`SEND_MESSAGES`; other libraries' spellings are rule
    /// `unknown_permission`, as in the macros), `|`-separated lists, or an integer (repeatable)
    #[arg(long = flag(Param::Permissions), visible_alias = "permissions", value_name = "PERMS")]
    perms: Vec<String>,
    /// Preselect this guild (server)
    #[arg(long = flag(Param::GuildId), visible_alias = "guild-id", value_name = "ID", value_parser = parse_id)]
    guild_id: Option<u64>,
    /// Stop the admin from picking another guild than `--guild`
    #[arg(long = flag(Param::DisableGuildSelect))]
    disable_guild_select: bool,
    /// Where Discord sends the user back (one registered in the Developer Portal)
    #[arg(long = flag(Param::RedirectUri), value_name = "URI")]
    redirect_uri: Option<String>,
    /// The OAuth2 grant
    #[arg(long = flag(Param::ResponseType), value_name = "TYPE", value_parser = choice::<ResponseType>())]
    response_type: Option<ResponseType>,
    /// Install to a guild or to a user's account
    #[arg(long = flag(Param::IntegrationType), value_name = "TYPE", value_parser = choice::<IntegrationType>())]
    integration_type: Option<IntegrationType>,
    /// A CSRF token; make it random per request
    #[arg(long = flag(Param::State))]
    state: Option<String>,
    /// Whether Discord asks again when already authorized
    #[arg(long = flag(Param::Prompt), value_parser = choice::<Prompt>())]
    prompt: Option<Prompt>,
    /// The app has "Require OAuth2 Code Grant" on in the Developer Portal
    #[arg(long = flag(Param::RequireCodeGrant))]
    require_code_grant: bool,
    #[command(flatten)]
    levels: LevelArgs,
}

/// A parameter's flag, from the registry.
const fn flag(param: Param) -> &'static str {
    param.info().cli_flag
}

/// The words a choice takes, from the registry; a wire value that differs from its word
/// (`--integration-type 1`) is taken too.
fn choice<T: Choice + Send + Sync>() -> impl TypedValueParser<Value = T> {
    let values = T::choices().iter().map(|(word, wire)| {
        let value = PossibleValue::new(*word);
        if word == wire { value } else { value.alias(*wire) }
    });
    PossibleValuesParser::new(values)
        .try_map(|text: String| T::from_word(&text).or_else(|| T::from_wire(&text)).ok_or("not one of the choices"))
}

/// Reads an id as a number only: whether it can be a Discord id is for rule `invalid_snowflake`,
/// so that `--allow invalid_snowflake` works as it does everywhere else.
fn parse_id(text: &str) -> Result<u64, String> {
    text.trim().parse().map_err(|_| {
        format!(
            "`{text}` is not a numeric id; copy it from Discord (Developer Mode, then Copy ID) or the Developer Portal"
        )
    })
}

/// Builds the link.
pub(crate) fn run(args: &Args, context: &Context) -> Result<Report, Failure> {
    let levels = args.levels.levels();
    let mut name_findings = Vec::new();
    let scopes = read_scopes(&args.scopes, &levels, &mut name_findings);
    let permissions = read_permissions(&args.perms, &levels, &mut name_findings)?;
    // Names that mean nothing obey the levels like every rule; below deny they are left out of the link.
    name_findings.retain_mut(|finding| {
        finding.level = levels.level(finding.rule);
        finding.level != Level::Allow
    });
    let mut builder =
        InviteUrl::new(args.client_id).written_as(Face::Cli).scopes(scopes).require_code_grant(args.require_code_grant);
    for item in permissions {
        builder = builder.permissions(item);
    }
    if let Some(guild_id) = args.guild_id {
        builder = builder.guild_id(guild_id);
    }
    if args.disable_guild_select {
        builder = builder.disable_guild_select(true);
    }
    if let Some(redirect_uri) = &args.redirect_uri {
        builder = builder.redirect_uri(redirect_uri.as_str());
    }
    if let Some(response_type) = args.response_type {
        builder = builder.response_type(response_type);
    }
    if let Some(integration_type) = args.integration_type {
        builder = builder.integration_type(integration_type);
    }
    if let Some(state) = &args.state {
        builder = builder.state(state.as_str());
    }
    if let Some(prompt) = args.prompt {
        builder = builder.prompt(prompt);
    }
    for (rule, level) in args.levels.overrides() {
        builder = builder.level(rule, level);
    }
    // `--scope` is required, so `default_install_settings` does not speak on this face: when none of
    // its names is a scope, that was said already.
    let (invite, rule_findings) = match builder.build() {
        Ok(invite) => {
            let findings = invite.findings().to_vec();
            (Some(invite), findings)
        }
        Err(error) => (None, error.findings),
    };
    // Names that mean nothing come first, as they were typed first.
    let invite = invite.filter(|_| name_findings.iter().all(|finding| finding.level != Level::Deny));
    let mut findings = name_findings;
    findings.extend(rule_findings);
    report(invite, &findings, context)
}

/// Scopes by name, Discord's name exactly as the macros take it; any other becomes an `unknown_scope`
/// finding with the nearest scope, written as a flag.
fn read_scopes(arguments: &[String], levels: &Levels, findings: &mut Vec<Finding>) -> Vec<Scope> {
    let mut scopes = Vec::new();
    let names = arguments.iter().flat_map(|argument| argument.split([' ', ',', '+']).filter(|name| !name.is_empty()));
    let spell = |name: &str| Param::Scope.set(Face::Cli, name);
    for (index, name) in names.enumerate() {
        let subject = Subject::Scope(index);
        if let Some(quoted) = overlong(name) {
            let help = format!("scopes are written as Discord names them, such as `{}`", spell("bot"));
            findings.push(name_finding(Rule::UnknownScope, subject, format!("{quoted} is no scope"), help));
            continue;
        }
        let (scope, finding) = check_scope_name_as(name, levels, Face::Cli, &spell);
        scopes.extend(scope);
        findings.extend(finding.map(|finding| Finding { subject, ..finding }));
    }
    scopes
}

/// Permission items, one per token so that rule `duplicate` sees a flag listed twice. Names are read as
/// the macros read them: another spelling of a flag is an `unknown_permission` (or `renamed_permission`)
/// finding whose help is written as a flag, an unknown name one with the nearest flag; a malformed integer
/// is an input error.
fn read_permissions(
    arguments: &[String],
    levels: &Levels,
    findings: &mut Vec<Finding>,
) -> Result<Vec<Permissions>, Failure> {
    let spell = |name: &str| Param::Permissions.set(Face::Cli, name);
    let mut items = Vec::new();
    for (index, token) in arguments.iter().flat_map(|argument| tokens(argument)).enumerate() {
        if let Some(quoted) = overlong(token) {
            let message = format!("{quoted} is no permission name");
            let help = format!("permissions are written as Discord names them, such as `{}`", spell("SEND_MESSAGES"));
            findings.push(name_finding(Rule::UnknownPermission, Subject::Permission(index), message, help));
            continue;
        }
        if !is_integer(token) {
            let (flag, finding) = read_name(token, index, levels, &spell);
            items.extend(flag);
            findings.extend(finding);
            continue;
        }
        match token.parse::<Permissions>() {
            Ok(item) => items.push(item),
            Err(error) => {
                return Err(Failure::new(
                    error.to_string(),
                    format!(
                        "`{}` takes flag names or one integer; `botperms encode` turns names into the integer",
                        Param::Permissions.name(Face::Cli)
                    ),
                ));
            }
        }
    }
    Ok(items)
}

fn name_finding(rule: Rule, subject: Subject, message: String, help: String) -> Finding {
    Finding { rule, level: Level::Deny, subject, message, help, related: None }
}

/// `invite --json`.
#[derive(Debug, Serialize)]
struct InviteJson<'a> {
    /// The link, or `null` when a rule at deny level fired.
    link: Option<String>,
    /// The link's scopes and permissions (`null` without a link, or when it carries no `permissions`).
    scopes: Option<Vec<&'static str>>,
    permissions: Option<PermissionsJson>,
    findings: Vec<FindingJson<'a>>,
    errors: usize,
    warnings: usize,
}

fn report(invite: Option<InviteUrl>, findings: &[Finding], context: &Context) -> Result<Report, Failure> {
    let denied = invite.is_none();
    let (errors, warnings, tally) = output::tally(findings);
    if context.json {
        let json = InviteJson {
            link: invite.as_ref().map(InviteUrl::to_string),
            scopes: invite.as_ref().map(|invite| json::scope_names(invite.scopes().iter().copied())),
            permissions: invite.as_ref().and_then(InviteUrl::permissions).map(PermissionsJson::from),
            findings: json::findings(findings),
            errors,
            warnings,
        };
        return Ok(Report { stdout: output::json(&json)?, stderr: String::new(), denied });
    }
    let link = invite.map(|invite| invite.to_string());
    let mut stderr: String = findings.iter().map(|finding| output::finding_text(context.err, finding)).collect();
    if denied {
        let message = format!("no link: the request breaks the rules ({tally})");
        stderr.push_str(&output::diagnostic(context.err, Tone::Error, "error", &message));
        stderr.push_str(&output::help_line(
            context.err,
            "fix the request, or change a rule's level with `--allow RULE` / `--warn RULE` if you mean it",
        ));
    }
    Ok(Report { stdout: link.map(|link| link + "\n").unwrap_or_default(), stderr, denied })
}
