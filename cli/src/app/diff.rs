//! `botperms app diff`: what the Portal's install settings lack or add to what the bot needs.

use botperms_core::app::{Application, InstallDrift};

use super::json::DriftJson;
use super::source;
use super::wants::WantArgs;
use crate::output::{self, Context, Failure, Report};
use crate::style::Tone;

/// Compare the Portal's install settings with what the bot needs (exit 1 when they differ)
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The application object (`GET /applications/@me`, as `botperms app fetch` prints it); `-` for stdin
    #[arg(long = "app", value_name = "FILE")]
    app: String,
    #[command(flatten)]
    wants: WantArgs,
}

pub(crate) fn run(args: &Args, context: &Context) -> Result<Report, Failure> {
    // Both inputs are read before either fails, so every problem is said at once.
    let wants = args.wants.wants();
    let application = source::read_app(&args.app);
    let (wants, application) = match (wants, application) {
        (Ok(wants), Ok(application)) => (wants, application),
        (wants, application) => {
            let mut problems = wants.err().map(|failure| failure.0).unwrap_or_default();
            problems.extend(application.err().map(|failure| failure.0).unwrap_or_default());
            return Err(Failure(problems));
        }
    };
    let drift = application.drift_from(&wants.wants);
    let mut report = report(&drift, &application, context)?;
    let warnings: String = wants
        .warnings
        .iter()
        .map(|warning| output::diagnostic(context.err, Tone::Warning, "warning", warning))
        .collect();
    report.stderr.insert_str(0, &warnings);
    Ok(report)
}

/// The drift on stdout, text or JSON, with exit status 1 when it is not a match.
pub(crate) fn report(drift: &InstallDrift, application: &Application, context: &Context) -> Result<Report, Failure> {
    let denied = !drift.is_match();
    if context.json {
        return Ok(Report {
            stdout: output::json(&DriftJson::new(drift, application.id))?,
            stderr: String::new(),
            denied,
        });
    }
    let mut stderr = String::new();
    if denied {
        stderr.push_str(&output::help_line(
            context.err,
            "`botperms app sync --print` gives the `PATCH /applications/@me` body that makes the Portal match",
        ));
    }
    Ok(Report { stdout: format!("{drift}\n"), stderr, denied })
}
