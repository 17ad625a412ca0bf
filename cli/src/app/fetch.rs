//! `botperms app fetch`: the application object, from Discord.

use super::http::{ApiArgs, Discord};
use super::source;
use crate::output::{self, Context, Failure, Report};

/// Fetch the application object (`GET /applications/@me`) with the bot token from the environment
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The environment variable that holds the bot token (the token itself is never an argument)
    #[arg(long, value_name = "VAR")]
    token_env: String,
    #[command(flatten)]
    api: ApiArgs,
}

pub(crate) fn run(args: &Args, context: &Context) -> Result<Report, Failure> {
    let discord = Discord::connect(&args.token_env, &args.api)?;
    let body = discord.get_application()?;
    let application = source::parse(&body, "Discord's answer")?;
    // Every field kept (keys sorted), so that `app diff --app -` and other tools can read it.
    let object: serde_json::Value = serde_json::from_str(&body)
        .map_err(|error| Failure::new(format!("Discord's answer is not JSON: {error}"), "try again later"))?;
    let stderr = if context.json {
        String::new()
    } else {
        format!("fetched the application object of application {}\n", application.id)
    };
    Ok(Report { stdout: discord.redact(&output::json(&object)?), stderr, denied: false })
}
