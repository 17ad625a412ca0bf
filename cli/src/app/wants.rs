//! What the bot wants, from `--want LINK` or from `--scope` / `--perm` as `botperms invite` takes them.

use botperms_core::app::{InstallSet, InstallWants};
use botperms_core::rules::check_scope_name_as;
use botperms_core::{Face, IntegrationType, InviteUrl, Level, Levels, Permissions, Scopes};

use crate::encode::{is_integer, overlong, read_name, tokens};
use crate::output::{Failure, Problem};

/// The wanted install settings.
#[derive(Debug, clap::Args)]
pub(crate) struct WantArgs {
    /// An invite link the bot uses; its `integration_type` says which install it is (repeatable, one per install)
    #[arg(long = "want", value_name = "LINK")]
    links: Vec<String>,
    /// A scope the bot wants (repeatable, or several separated by spaces or commas)
    #[arg(long = "scope", value_name = "SCOPE")]
    scopes: Vec<String>,
    /// Permissions as Discord names them (`SEND_MESSAGES`; other spellings are refused as in the macros),
    /// `|`-separated lists, or an integer (repeatable)
    #[arg(long = "perm", visible_alias = "permissions", value_name = "PERMS")]
    perms: Vec<String>,
    /// The install `--scope` and `--perm` are for
    #[arg(long, value_name = "TYPE", default_value = "guild")]
    integration_type: IntegrationTypeArg,
}

/// `--integration-type`; `0` and `1` as on the wire.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum IntegrationTypeArg {
    #[value(alias = "0")]
    Guild,
    #[value(alias = "1")]
    User,
}

/// The wants, and a warning for each link that breaks a rule at deny level.
pub(crate) struct Wants {
    pub(crate) wants: InstallWants,
    pub(crate) warnings: Vec<String>,
}

impl WantArgs {
    /// Reads every link, scope and permission, reporting every problem at once.
    pub(crate) fn wants(&self) -> Result<Wants, Failure> {
        let mut problems = Vec::new();
        let mut wants = InstallWants::new();
        let mut warnings = Vec::new();
        let mut taken: Vec<(IntegrationType, String)> = Vec::new();
        for link in &self.links {
            let invite = match InviteUrl::parse(link.trim()) {
                Ok(invite) => invite,
                Err(error) => {
                    problems.push(problem(
                        format!("`--want` is no invite link: {error}"),
                        "pass the link the bot uses, such as `--want 'https://discord.com/oauth2/authorize?client_id=…&scope=bot&permissions=…'`",
                    ));
                    continue;
                }
            };
            if invite.scopes().is_empty() {
                problems.push(problem(
                    "a `--want` link has no `scope`: it installs with the Portal's settings, so there is nothing to \
                     compare them with"
                        .to_owned(),
                    "give the link's `scope=` (and `permissions=`), or say what the bot needs with `--scope` and `--perm`",
                ));
                continue;
            }
            let errors = invite.findings().iter().filter(|finding| finding.level == Level::Deny).count();
            if errors > 0 {
                warnings.push(format!(
                    "a `--want` link breaks {errors} rule{} at deny level; `botperms lint` says which",
                    if errors == 1 { "" } else { "s" }
                ));
            }
            let single = InstallWants::from_invite(&invite);
            for (context, set) in single.contexts() {
                claim(&mut taken, context, "a `--want` link", &mut problems);
                wants = wants.context(context, set);
            }
            if let (Some(known), Some(id)) = (wants.client_id, single.client_id)
                && known != id
            {
                problems.push(problem(
                    format!("the `--want` links are for two applications, {known} and {id}"),
                    "compare one application at a time",
                ));
            }
            wants.client_id = wants.client_id.or(single.client_id);
        }
        if !self.scopes.is_empty() || !self.perms.is_empty() {
            let scopes = read_scopes(&self.scopes, &mut problems);
            let permissions = read_permissions(&self.perms, &mut problems);
            let context = match self.integration_type {
                IntegrationTypeArg::Guild => IntegrationType::Guild,
                IntegrationTypeArg::User => IntegrationType::User,
            };
            claim(&mut taken, context, "`--scope`/`--perm`", &mut problems);
            wants = wants.context(context, InstallSet::new(scopes, permissions));
        }
        if self.links.is_empty() && self.scopes.is_empty() && self.perms.is_empty() {
            problems.push(problem(
                "nothing to compare with: say what the bot needs".to_owned(),
                "pass `--want LINK` with the bot's invite link, or `--scope bot --perm SEND_MESSAGES …`",
            ));
        }
        if problems.is_empty() { Ok(Wants { wants, warnings }) } else { Err(Failure(problems)) }
    }
}

fn problem(message: String, help: &str) -> Problem {
    Problem { message, help: help.to_owned() }
}

/// Records that `source` says what `context` wants; a second source for it is a problem.
fn claim(
    taken: &mut Vec<(IntegrationType, String)>,
    context: IntegrationType,
    source: &str,
    problems: &mut Vec<Problem>,
) {
    let name = match context {
        IntegrationType::Guild => "guild",
        IntegrationType::User => "user",
    };
    if let Some((_, first)) = taken.iter().find(|(claimed, _)| *claimed == context) {
        problems.push(problem(
            format!("both {first} and {source} say what the {name} install wants"),
            "give one link or one `--scope`/`--perm` set per install (`--integration-type guild` or `user`)",
        ));
    } else {
        taken.push((context, source.to_owned()));
    }
}

fn read_scopes(arguments: &[String], problems: &mut Vec<Problem>) -> Scopes {
    let mut scopes = Scopes::EMPTY;
    for name in arguments.iter().flat_map(|argument| argument.split([' ', ',', '+']).filter(|name| !name.is_empty())) {
        if let Some(quoted) = overlong(name) {
            problems.push(problem(format!("{quoted} is no scope"), "write scopes such as `--scope bot`"));
            continue;
        }
        // Discord's names exactly, as the macros and `botperms invite` read them.
        let (scope, finding) =
            check_scope_name_as(name, &Levels::DEFAULT, Face::Cli, &|name| format!("--scope {name}"));
        match (scope, finding) {
            (Some(scope), _) => scopes = scopes.with(scope),
            (None, Some(finding)) => {
                problems.push(problem(format!("{} in `--scope` ({})", finding.message, finding.rule), &finding.help));
            }
            (None, None) => {}
        }
    }
    scopes
}

fn read_permissions(arguments: &[String], problems: &mut Vec<Problem>) -> Permissions {
    let mut permissions = Permissions::empty();
    for token in arguments.iter().flat_map(|argument| tokens(argument)) {
        if let Some(quoted) = overlong(token) {
            problems
                .push(problem(format!("{quoted} is no permission name"), "write flags such as `--perm SEND_MESSAGES`"));
            continue;
        }
        if !is_integer(token) {
            // Read as the macros and `botperms invite` read names: another library's spelling is refused
            // with Discord's name, as rule `unknown_permission` says it.
            let (flag, finding) = read_name(token, 0, &Levels::DEFAULT, &|name| format!("--perm {name}"));
            match finding {
                Some(finding) => {
                    problems
                        .push(problem(format!("{} in `--perm` ({})", finding.message, finding.rule), &finding.help));
                }
                None => permissions |= flag.unwrap_or_else(Permissions::empty),
            }
            continue;
        }
        match token.parse::<Permissions>() {
            Ok(flags) => permissions |= flags,
            Err(error) => problems.push(problem(
                format!("{error} in `--perm`"),
                "`--perm` takes flag names or one integer; `botperms encode` turns names into the integer",
            )),
        }
    }
    permissions
}
