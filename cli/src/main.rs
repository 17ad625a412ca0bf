//! `botperms`: decode, encode, build and lint Discord bot invite links from a terminal, with the
//! same tables and rules as the `botperms` crate's compile-time checks.

mod app;
mod decode;
mod encode;
mod invite;
mod json;
mod levels;
mod lint;
mod output;
mod presets;
mod rules;
mod style;
mod table;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::output::Context;
use crate::style::Style;

// `about` is the package description, so `--help` and the registry say the same.
#[derive(Debug, Parser)]
#[command(name = "botperms", version, about, long_about = None)]
#[command(after_help = "Exit status: 0 fine, 1 a rule at deny level fired, 2 the input could not be read.")]
struct Cli {
    /// Print machine-readable JSON on stdout instead of text
    ///
    /// Every subcommand writes the same shapes: a permission set as
    /// `{"value": "274877910016", "hex": "0x4000000c00", "flags": ["VIEW_CHANNEL", ...], "unknown_bits": []}`
    /// (64-bit integers are strings; flags are Discord's names, lowest bit first), scopes as
    /// `["bot", ...]`, a finding as `{"rule", "level", "message", "help"}`.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    App(app::Args),
    Decode(decode::Args),
    Encode(encode::Args),
    Invite(invite::Args),
    Lint(lint::Args),
    Presets(presets::Args),
    Rules(rules::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return output::clap_error(&error),
    };
    let context = Context { json: cli.json, out: Style::stdout(), err: Style::stderr(), width: style::stdout_width() };
    // `lint` reports a secret in its link as a finding of the parser, and `app` names the variable it wanted.
    if !matches!(cli.command, Command::Lint(_) | Command::App(_))
        && let Some(outcome) = output::secret_in_arguments(&context)
    {
        return output::finish(Ok(outcome), &context);
    }
    let outcome = match &cli.command {
        Command::App(args) => app::run(args, &context),
        Command::Decode(args) => decode::run(args, &context),
        Command::Encode(args) => encode::run(args, &context),
        Command::Invite(args) => invite::run(args, &context),
        Command::Lint(args) => lint::run(args, &context),
        Command::Presets(args) => presets::run(args, &context),
        Command::Rules(args) => rules::run(args, &context),
    };
    output::finish(outcome, &context)
}
