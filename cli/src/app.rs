//! `botperms app`: the Developer Portal's install settings against what the bot needs.

mod diff;
mod fetch;
mod http;
mod json;
mod source;
mod sync;
mod wants;

use crate::output::{Context, Failure, Report};

/// Compare the Developer Portal's install settings with what the bot needs, fetch them, make them match
#[derive(Debug, clap::Args)]
#[command(after_help = "Exit status: 0 the Portal matches (or the request succeeded), 1 it drifts, \
                        2 bad input or a failed request.")]
pub(crate) struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    Diff(diff::Args),
    Fetch(fetch::Args),
    Sync(sync::Args),
}

/// Runs `botperms app ...`.
pub(crate) fn run(args: &Args, context: &Context) -> Result<Report, Failure> {
    match &args.command {
        Command::Diff(args) => diff::run(args, context),
        Command::Fetch(args) => fetch::run(args, context),
        Command::Sync(args) => sync::run(args, context),
    }
}
