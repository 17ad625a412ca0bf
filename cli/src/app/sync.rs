//! `botperms app sync`: the `PATCH /applications/@me` body that makes the Portal match, and sending it.

use std::fmt::Write as _;
use std::io::{BufRead as _, IsTerminal as _, Write as _};

use botperms_core::app::{Application, InstallPatch};
use serde::Serialize;

use super::diff;
use super::http::{ApiArgs, Discord};
use super::json::DriftJson;
use super::source;
use super::wants::WantArgs;
use crate::output::{self, Context, Failure, Report};
use crate::style::Tone;

/// Make the Portal's install settings what the bot needs: print the PATCH body, or send it
#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("action").required(true).multiple(true).args(["print", "apply"]))]
pub(crate) struct Args {
    /// The application object to start from; `-` for stdin (without it, it is fetched with `--token-env`)
    #[arg(long = "app", value_name = "FILE", conflicts_with = "apply", required_unless_present = "token_env")]
    app: Option<String>,
    #[command(flatten)]
    wants: WantArgs,
    /// Print the `PATCH /applications/@me` body (only `install_params` and `integration_types_config`)
    #[arg(long)]
    print: bool,
    /// Send it, after showing the differences: fetches the object first and asks before changing it
    #[arg(long, requires = "token_env")]
    apply: bool,
    /// Apply without asking
    #[arg(long, requires = "apply")]
    yes: bool,
    /// The environment variable that holds the bot token
    #[arg(long, value_name = "VAR")]
    token_env: Option<String>,
    #[command(flatten)]
    api: ApiArgs,
}

/// `app sync --json`.
#[derive(Debug, Serialize)]
struct SyncJson<'a> {
    patch: &'a InstallPatch,
    before: DriftJson,
    applied: bool,
    /// After the request, when it was sent.
    after: Option<DriftJson>,
}

pub(crate) fn run(args: &Args, context: &Context) -> Result<Report, Failure> {
    let wants = args.wants.wants()?.wants;
    let discord = args.token_env.as_deref().map(|var| Discord::connect(var, &args.api)).transpose()?;
    let application = match (&args.app, &discord) {
        (Some(path), _) => source::read_app(path)?,
        (None, Some(discord)) => source::parse(&discord.get_application()?, "Discord's answer")?,
        // clap requires one of the two.
        (None, None) => return Err(Failure::new("no application object", "pass `--app FILE` or `--token-env VAR`")),
    };
    let drift = application.drift_from(&wants);
    let patch = application.patch_for(&wants).map_err(|error| {
        Failure::new(error.to_string(), "change the link or `--scope`, or edit the install link in the Portal by hand")
    })?;
    let body = serde_json::to_string(&patch)
        .map_err(|error| Failure::new(format!("cannot write JSON: {error}"), "please report this as a bug"))?;
    let mut stderr = format!("{drift}\n");
    let mut after = None;
    let mut applied = false;
    if let (true, Some(discord)) = (args.apply, &discord) {
        if drift.is_match() {
            stderr.push_str("nothing to change: nothing was sent\n");
        } else {
            if !confirmed(args.yes, &application, &mut stderr, context)? {
                stderr.push_str(&output::diagnostic(
                    context.err,
                    Tone::Warning,
                    "warning",
                    "not applied: nothing was sent",
                ));
                return Ok(Report { stdout: String::new(), stderr, denied: true });
            }
            let answer = discord.patch_application(&body)?;
            let updated = source::parse(&answer, "Discord's answer to the PATCH")?;
            let now = updated.drift_from(&wants);
            applied = true;
            let _ = writeln!(stderr, "applied; now {now}");
            after = Some((now, updated));
        }
    }
    let denied = after.as_ref().is_some_and(|(now, _)| !now.is_match());
    if context.json {
        let json = SyncJson {
            patch: &patch,
            before: DriftJson::new(&drift, application.id),
            applied,
            after: after.as_ref().map(|(now, updated)| DriftJson::new(now, updated.id)),
        };
        return Ok(Report { stdout: output::json(&json)?, stderr: String::new(), denied });
    }
    let stdout = if args.print { output::json(&patch)? } else { String::new() };
    if let Some((now, updated)) = &after {
        stderr.push_str(&diff::report(now, updated, context)?.stderr);
    }
    Ok(Report { stdout, stderr, denied })
}

/// Shows what was gathered so far (the differences), then asks: `--yes`, or a `yes` typed on a
/// terminal; with neither a terminal nor `--yes`, an error.
fn confirmed(yes: bool, application: &Application, shown: &mut String, context: &Context) -> Result<bool, Failure> {
    // Written now, so it is read before the question and stays on screen if the request then fails.
    let mut terminal = std::io::stderr().lock();
    let _ = terminal.write_all(shown.as_bytes());
    let _ = terminal.flush();
    shown.clear();
    if yes {
        return Ok(true);
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Failure::new(
            "refusing to change the Developer Portal without a confirmation, and stdin is no terminal to ask on",
            "run it in a terminal to confirm, or pass `--yes` to apply without asking",
        ));
    }
    let question = format!("change the install settings of application {} as above? [y/N] ", application.id);
    let _ = write!(terminal, "{}", context.err.paint(Tone::Warning, &question));
    let _ = terminal.flush();
    drop(terminal);
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .map_err(|error| Failure::new(format!("cannot read the answer: {error}"), "answer `y` or `n`"))?;
    Ok(matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}
