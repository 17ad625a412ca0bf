//! `botperms encode`: the permissions integer for a list of flag names, in any spelling.

use botperms_core::rules::{self, catalogue::messages};
use botperms_core::{
    Face, Finding, Levels, ParsePermissionsError, Permissions, Spelling, Subject, resolve_permission_name,
};
use serde::Serialize;

use crate::output::{self, Context, Failure, FindingJson, Problem, Report, plural};
use crate::style::Tone;

/// Turn permission names into the integer
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Flags in any spelling: `SEND_MESSAGES`, `embed_links`, `AttachFiles`, "Attach Files"; several per
    /// argument when separated by `|` or `,`; integers (`0x...` too) are added as they are
    #[arg(required = true, value_name = "NAME", allow_negative_numbers = true)]
    names: Vec<String>,
}

/// The tokens of one argument: names or integers separated by `|` or `,`, as core's `FromStr` reads them.
pub(crate) fn tokens(argument: &str) -> impl Iterator<Item = &str> {
    argument.split(['|', ',']).map(str::trim).filter(|token| !token.is_empty())
}

/// Far longer than any spelling of any flag or scope (the longest are about 40 characters): such a
/// token is no typo, and core's suggestion search takes time that grows with the square of its length.
const LONGEST_NAME: usize = 100;

/// For a token too long to be a name, the start of it to quote in a message, with its length.
pub(crate) fn overlong(token: &str) -> Option<String> {
    let length = token.chars().count();
    (length > LONGEST_NAME).then(|| format!("`{}…` ({length} characters)", token.chars().take(24).collect::<String>()))
}

/// What one token was read as.
#[derive(Debug, Serialize)]
struct ReadToken<'a> {
    input: &'a str,
    flags: Vec<&'static str>,
    /// The naming scheme the token is written in; `None` for integers.
    spelling: Option<&'static str>,
    #[serde(skip)]
    resolved: Permissions,
    #[serde(skip)]
    scheme: Option<Spelling>,
}

/// Encodes `args.names`.
pub(crate) fn run(args: &Args, context: &Context) -> Result<Report, Failure> {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    let mut renamed = Vec::new();
    for (index, token) in args.names.iter().flat_map(|argument| tokens(argument)).enumerate() {
        renamed.extend(former_name(token, index, &Levels::DEFAULT));
        if let Some(quoted) = overlong(token) {
            problems.push(Problem {
                message: format!("{quoted} is no permission name"),
                help: "write flags one by one, such as `SEND_MESSAGES`".to_owned(),
            });
            continue;
        }
        match token.parse::<Permissions>() {
            Ok(resolved) => {
                let scheme = resolve_permission_name(token).map(|(_, spelling)| spelling);
                let flags = resolved.infos().map(|info| info.name).collect();
                inputs.push(ReadToken {
                    input: token,
                    flags,
                    spelling: scheme.map(Spelling::source),
                    resolved,
                    scheme,
                });
            }
            Err(error) => problems.push(problem(&error)),
        }
    }
    if !problems.is_empty() {
        return Err(Failure(problems));
    }
    if !renamed.is_empty() {
        return denied(&renamed, context);
    }
    if inputs.is_empty() {
        return Err(Failure::new("no permission to encode", "name at least one flag, such as `SEND_MESSAGES`"));
    }
    let permissions = inputs.iter().fold(Permissions::empty(), |all, input| all | input.resolved);
    if context.json {
        let json = EncodeJson {
            permissions: permissions.bits().to_string(),
            hex: format!("{:#x}", permissions.bits()),
            flags: permissions.infos().map(|info| info.name).collect(),
            unknown_bits: output::set_bits(permissions.unknown_bits()).collect(),
            inputs,
        };
        return Ok(Report { stdout: output::json(&json)?, ..Report::default() });
    }
    // The integer alone on stdout, so that `$(botperms encode ...)` is the integer; what the names
    // were read as goes to stderr, where it informs without getting in the way.
    let mut stderr = String::new();
    for input in &inputs {
        if let Some(scheme) = input.scheme.filter(|scheme| *scheme != Spelling::Discord) {
            let message = format!("`{}` is {} for `{}`", input.input, scheme.source(), input.resolved);
            stderr.push_str(&output::diagnostic(context.err, Tone::Note, "note", &message));
        }
    }
    let unknown = permissions.unknown_bits();
    if unknown != 0 {
        let n = unknown.count_ones() as usize;
        let message = format!(
            "{} {} ({unknown:#x}) not defined by Discord; a link carrying {} fails rule `unknown_bits`",
            plural(n, "bit"),
            output::bit_list(unknown),
            if n == 1 { "it" } else { "them" },
        );
        stderr.push_str(&output::diagnostic(context.err, Tone::Warning, "warning", &message));
    }
    Ok(Report { stdout: format!("{}\n", permissions.bits()), stderr, denied: false })
}

/// Rule `renamed_permission` for a former Discord name (`READ_MESSAGES`), as the macros raise it.
/// Other libraries' spellings stay welcome here: the CLI reads every spelling on purpose.
pub(crate) fn former_name(token: &str, index: usize, levels: &Levels) -> Option<Finding> {
    let (info, spelling) = resolve_permission_name(token)?;
    if spelling != Spelling::Former {
        return None;
    }
    let args = [("name", token), ("current", info.name)];
    rules::finding(&messages::RENAMED, Subject::Permission(index), &args, levels, Face::Cli)
}

/// `encode --json` when a rule denies a name.
#[derive(Debug, Serialize)]
struct DeniedJson<'a> {
    findings: Vec<FindingJson<'a>>,
}

/// The findings that stop `encode`, as `botperms invite` reports them.
fn denied(findings: &[Finding], context: &Context) -> Result<Report, Failure> {
    if context.json {
        let json = DeniedJson { findings: findings.iter().map(FindingJson::from).collect() };
        return Ok(Report { stdout: output::json(&json)?, stderr: String::new(), denied: true });
    }
    let stderr = findings.iter().map(|finding| output::finding_text(context.err, finding)).collect();
    Ok(Report { stdout: String::new(), stderr, denied: true })
}

/// A token core could not read, with the suggestion core found for it.
fn problem(error: &ParsePermissionsError) -> Problem {
    match error {
        ParsePermissionsError::UnknownName { token, suggestion } => Problem {
            message: format!("unknown permission `{token}`"),
            help: match suggestion {
                Some(suggestion) => format!("did you mean `{suggestion}`?"),
                None => "write Discord's name (`SEND_MESSAGES`), discord.py's or discord.js' name, \
                         or the label Discord's client shows"
                    .to_owned(),
            },
        },
        ParsePermissionsError::InvalidNumber { token } => Problem {
            message: format!("`{token}` is not a permissions integer"),
            help: "write a decimal integer from 0 to 18446744073709551615, or a hexadecimal one with `0x`".to_owned(),
        },
        // Core may learn new errors; its own message says what is wrong.
        other => Problem { message: other.to_string(), help: String::new() },
    }
}

/// `encode --json`. 64-bit integers are strings, as in Discord's API.
#[derive(Debug, Serialize)]
struct EncodeJson<'a> {
    permissions: String,
    hex: String,
    flags: Vec<&'static str>,
    unknown_bits: Vec<u32>,
    inputs: Vec<ReadToken<'a>>,
}
