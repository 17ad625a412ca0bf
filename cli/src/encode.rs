//! `botperms encode`: the permissions integer for a list of flag names.

use botperms_core::rules::check_permission_name_as;
use botperms_core::{Face, Finding, Level, Levels, ParsePermissionsError, Permissions, Subject};
use serde::Serialize;

use crate::json::{self, FindingJson, PermissionsJson};
use crate::levels::LevelArgs;
use crate::output::{self, Context, Failure, Problem, Report, plural};
use crate::style::Tone;

/// Turn permission names into the integer
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Flags as Discord names them (`SEND_MESSAGES`), several per argument when separated by `|` or `,`;
    /// integers (`0x...` too) are added as they are. Other libraries' spellings (`embed_links`,
    /// `AttachFiles`) and former names are rules `unknown_permission` and `renamed_permission`, as in the
    /// macros: `--allow unknown_permission` reads them
    #[arg(required = true, value_name = "NAME", allow_negative_numbers = true)]
    names: Vec<String>,
    #[command(flatten)]
    levels: LevelArgs,
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
    #[serde(skip)]
    resolved: Permissions,
}

/// Whether a token is written as an integer (`8`, `0x10`, `-1`) rather than as a name.
pub(crate) fn is_integer(token: &str) -> bool {
    token.starts_with(|char: char| char.is_ascii_digit() || char == '-' || char == '+')
}

/// A flag name as the macros check it, with the help written by `spell`: the flag, or `None` when the name
/// means nothing; the finding, at `levels`, when it is not Discord's name. Subjects count tokens.
pub(crate) fn read_name(
    token: &str,
    index: usize,
    levels: &Levels,
    spell: &dyn Fn(&str) -> String,
) -> (Option<Permissions>, Option<Finding>) {
    let (flag, finding) = check_permission_name_as(token, levels, Face::Cli, spell);
    (flag, finding.map(|finding| Finding { subject: Subject::Permission(index), ..finding }))
}

/// Encodes `args.names`.
pub(crate) fn run(args: &Args, context: &Context) -> Result<Report, Failure> {
    let levels = args.levels.levels();
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    let mut findings = Vec::new();
    for (index, token) in args.names.iter().flat_map(|argument| tokens(argument)).enumerate() {
        if let Some(quoted) = overlong(token) {
            problems.push(Problem {
                message: format!("{quoted} is no permission name"),
                help: "write flags one by one, such as `SEND_MESSAGES`".to_owned(),
            });
            continue;
        }
        let resolved = if is_integer(token) {
            match token.parse::<Permissions>() {
                Ok(resolved) => Some(resolved),
                Err(error) => {
                    problems.push(problem(&error));
                    continue;
                }
            }
        } else {
            // Names are positional here: the help names the flag alone.
            let (flag, finding) = read_name(token, index, &levels, &|name| name.to_owned());
            findings.extend(finding);
            flag
        };
        if let Some(resolved) = resolved {
            inputs.push(ReadToken { input: token, flags: json::flag_names(resolved), resolved });
        }
    }
    if !problems.is_empty() {
        return Err(Failure(problems));
    }
    if findings.iter().any(|finding| finding.level == Level::Deny) {
        return denied(&findings, context);
    }
    if inputs.is_empty() {
        return Err(Failure::new("no permission to encode", "name at least one flag, such as `SEND_MESSAGES`"));
    }
    let permissions = inputs.iter().fold(Permissions::empty(), |all, input| all | input.resolved);
    if context.json {
        let json = EncodeJson { permissions: permissions.into(), inputs, findings: json::findings(&findings) };
        return Ok(Report { stdout: output::json(&json)?, ..Report::default() });
    }
    // The integer alone on stdout, so that `$(botperms encode ...)` is the integer; findings below deny
    // (another spelling read under `--warn unknown_permission`) go to stderr.
    let mut stderr: String = findings.iter().map(|finding| output::finding_text(context.err, finding)).collect();
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

/// `encode --json` when a rule denies a name.
#[derive(Debug, Serialize)]
struct DeniedJson<'a> {
    findings: Vec<FindingJson<'a>>,
}

/// The findings that stop `encode`, as `botperms invite` reports them.
fn denied(findings: &[Finding], context: &Context) -> Result<Report, Failure> {
    if context.json {
        let json = DeniedJson { findings: json::findings(findings) };
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
                None => "permissions are written as Discord names them, such as `SEND_MESSAGES`".to_owned(),
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

/// `encode --json`: the set, then what each argument was read as.
#[derive(Debug, Serialize)]
struct EncodeJson<'a> {
    permissions: PermissionsJson,
    inputs: Vec<ReadToken<'a>>,
    /// Findings below deny level, such as another library's spelling read under `--warn unknown_permission`.
    findings: Vec<FindingJson<'a>>,
}
