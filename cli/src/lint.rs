//! `botperms lint`: read an existing link and report what the rules find in it.

use std::io::Read;

use botperms_core::request::Choice;
use botperms_core::{Face, Finding, IntegrationType, InviteUrl, Level, Param, Prompt, ResponseType, render};
use serde::Serialize;

use crate::json::{self, FindingJson, PermissionsJson};
use crate::levels::LevelArgs;
use crate::output::{self, Context, Failure, Report};
use crate::style::Tone;
use crate::table::{Align, Cell, Table};

/// Check an existing invite link against the rules
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The link, in quotes (a shell cuts an unquoted link at its first `&`); `-` reads it from stdin
    link: String,
    #[command(flatten)]
    levels: LevelArgs,
}

/// Lints `args.link`.
pub(crate) fn run(args: &Args, context: &Context) -> Result<Report, Failure> {
    let text = if args.link == "-" { read_stdin()? } else { args.link.clone() };
    let invite = InviteUrl::parse_with(&text, &args.levels.levels()).map_err(|error| {
        Failure::new(
            format!("not an invite link: {error}"),
            "`botperms lint` reads Discord authorize links such as \
             `https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot`",
        )
    })?;
    let findings = invite.findings().to_vec();
    let (errors, warnings, tally) = output::tally(&findings);
    let denied = errors > 0;
    let stdout = if context.json {
        output::json(&LintJson::new(&invite, &findings, errors, warnings))?
    } else {
        text_report(&invite, &findings, &tally, context)
    };
    Ok(Report { stdout, stderr: String::new(), denied })
}

fn read_stdin() -> Result<String, Failure> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).map_err(|error| {
        Failure::new(format!("cannot read the link from stdin: {error}"), "pass the link as an argument")
    })?;
    Ok(text)
}

fn text_report(invite: &InviteUrl, findings: &[Finding], tally: &str, context: &Context) -> String {
    let mut table = Table::headless(&[Align::Left, Align::Left]);
    // Rows are named as the link names its parameters, from the registry.
    let mut row =
        |param: Param, value: String| table.row(vec![Cell::new(param.name(Face::Link), Tone::Bold), value.into()]);
    row(Param::ClientId, invite.client_id().to_string());
    let scopes: Vec<&str> = invite.scopes().iter().map(|scope| scope.as_str()).collect();
    row(Param::Scope, if scopes.is_empty() { "(none)".to_owned() } else { scopes.join(" ") });
    row(
        Param::Permissions,
        invite.permissions().map_or_else(
            || "(none)".to_owned(),
            |permissions| {
                if permissions.is_empty() { "0".to_owned() } else { format!("{} = {permissions}", permissions.bits()) }
            },
        ),
    );
    let optional = [
        (Param::GuildId, invite.guild_id().map(|id| id.to_string())),
        (Param::DisableGuildSelect, invite.disable_guild_select().map(|disable| disable.to_string())),
        (Param::IntegrationType, invite.integration_type().map(|kind| kind.word().to_owned())),
        (Param::ResponseType, invite.response_type().map(|kind| kind.as_str().to_owned())),
        // Percent-decoded text of the link: through the renderer, or `%1B%5B2J` would clear the screen.
        (Param::RedirectUri, invite.redirect_uri().map(|text| render::clean(text).into_owned())),
        (Param::State, invite.state().map(|text| render::clean(text).into_owned())),
        (Param::Prompt, invite.prompt().map(|prompt| prompt.as_str().to_owned())),
    ];
    for (param, value) in optional {
        if let Some(value) = value {
            row(param, value);
        }
    }
    let mut out = table.render(context.out, context.width);
    for finding in findings {
        out.push('\n');
        out.push_str(&output::finding_text(context.out, finding));
    }
    out.push('\n');
    let summary = if findings.is_empty() {
        context.out.paint(Tone::Good, "no findings: the link passes every rule")
    } else if findings.iter().any(|finding| finding.level == Level::Deny) {
        context.out.paint(Tone::Error, tally)
    } else {
        context.out.paint(Tone::Warning, tally)
    };
    out.push_str(&summary);
    out.push('\n');
    if !findings.is_empty() {
        out.push_str(&context.out.paint(
            Tone::Dim,
            "Change a rule's level with `--allow RULE`, `--warn RULE` or `--deny RULE`; `botperms rules` lists them.",
        ));
        out.push('\n');
    }
    out
}

/// `lint --json`. 64-bit integers are strings, as in Discord's API.
#[derive(Debug, Serialize)]
struct LintJson<'a> {
    link: &'a str,
    client_id: String,
    scopes: Vec<&'static str>,
    /// `null` when the link has no readable `permissions`.
    permissions: Option<PermissionsJson>,
    guild_id: Option<String>,
    disable_guild_select: Option<bool>,
    integration_type: Option<&'static str>,
    response_type: Option<&'static str>,
    redirect_uri: Option<&'a str>,
    state: Option<&'a str>,
    prompt: Option<&'static str>,
    findings: Vec<FindingJson<'a>>,
    errors: usize,
    warnings: usize,
}

impl<'a> LintJson<'a> {
    fn new(invite: &'a InviteUrl, findings: &'a [Finding], errors: usize, warnings: usize) -> LintJson<'a> {
        LintJson {
            link: invite.as_str(),
            client_id: invite.client_id().to_string(),
            scopes: json::scope_names(invite.scopes().iter().copied()),
            permissions: invite.permissions().map(PermissionsJson::from),
            guild_id: invite.guild_id().map(|id| id.to_string()),
            disable_guild_select: invite.disable_guild_select(),
            integration_type: invite.integration_type().map(IntegrationType::word),
            response_type: invite.response_type().map(ResponseType::as_str),
            redirect_uri: invite.redirect_uri(),
            state: invite.state(),
            prompt: invite.prompt().map(Prompt::as_str),
            findings: json::findings(findings),
            errors,
            warnings,
        }
    }
}
