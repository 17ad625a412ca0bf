//! What a subcommand hands back, how it reaches the streams, and the exit status it ends with.

use std::fmt::Write as _;
use std::io::Write;
use std::process::ExitCode;

use botperms_core::render::{self, needs_escape};
use botperms_core::rules::Subject;
use botperms_core::secrets::{SecretKind, detect_secret_in_link, detect_secret_in_state};
use botperms_core::{Finding, Level, Rule};
use serde::Serialize;

use crate::style::{Style, Tone};

/// How a subcommand's output is shaped: for people or for programs, and in colour or not.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context {
    /// `--json`: machine-readable output on stdout.
    pub(crate) json: bool,
    /// Colour of stdout.
    pub(crate) out: Style,
    /// Colour of stderr.
    pub(crate) err: Style,
    /// Width to wrap stdout's tables to, when stdout is a terminal.
    pub(crate) width: Option<usize>,
}

/// Exit status 1: the input was understood, and a rule at deny level fired.
const DENIED: u8 = 1;
/// Exit status 2: the input could not be understood (the status clap uses for bad arguments too).
const INVALID_INPUT: u8 = 2;

/// What a subcommand that understood its input produced.
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) stdout: String,
    pub(crate) stderr: String,
    /// Whether a deny-level finding fired.
    pub(crate) denied: bool,
}

/// One thing wrong with the input: what, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub(crate) message: String,
    pub(crate) help: String,
}

/// Input a subcommand could not understand; every problem found, not only the first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure(pub(crate) Vec<Problem>);

impl Failure {
    /// A failure with one problem, cleaned by the renderer: messages quote arguments.
    pub(crate) fn new(message: impl Into<String>, help: impl Into<String>) -> Failure {
        let (message, help) = (render::clean_owned(message.into()), render::clean_owned(help.into()));
        Failure(vec![Problem { message, help }])
    }
}

/// Prints an error of clap's through the renderer (clap quotes the argument it could not use, and that may
/// be a secret pasted in the wrong place) and returns clap's exit status. `--help` and `--version` print as
/// they are.
pub(crate) fn clap_error(error: &clap::Error) -> ExitCode {
    let text = error.to_string();
    if error.use_stderr() {
        let _ = std::io::stderr().lock().write_all(render::clean_message(&text).as_bytes());
    } else {
        let _ = std::io::stdout().lock().write_all(text.as_bytes());
    }
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(INVALID_INPUT))
}

/// The secret the first argument holding one holds. The value of `--state` is meant to be random, so a
/// client secret's shape alone does not count there.
fn secret_in(arguments: &[String]) -> Option<SecretKind> {
    let mut after_state = false;
    arguments.iter().find_map(|argument| {
        let found = match argument.strip_prefix("--state=") {
            Some(value) => detect_secret_in_state(value),
            None if after_state => detect_secret_in_state(argument),
            None => detect_secret_in_link(argument),
        };
        after_state = argument == "--state";
        found
    })
}

/// A `secret_in_source` finding when an argument holds a bot token or client secret, said in place of
/// whatever the subcommand would print: its output could quote the argument, and the shell history already
/// holds it.
pub(crate) fn secret_in_arguments(context: &Context) -> Option<Report> {
    let arguments: Vec<String> =
        std::env::args_os().skip(1).map(|argument| argument.to_string_lossy().into_owned()).collect();
    let kind = secret_in(&arguments)?;
    let finding = Finding {
        rule: Rule::SecretInSource,
        level: Level::Deny,
        subject: Subject::Request,
        message: format!("an argument looks like {kind}; never pass it on a command line"),
        help: format!("it is in your shell history now: reset it in the Developer Portal; {}", kind.help()),
        related: None,
    };
    let report = if context.json {
        let findings = crate::json::findings(std::slice::from_ref(&finding));
        Report { stdout: json(&serde_json::json!({ "findings": findings })).ok()?, ..Report::default() }
    } else {
        Report { stderr: finding_text(context.err, &finding), ..Report::default() }
    };
    Some(Report { denied: true, ..report })
}

/// The last step of every output: secrets redacted, and control and invisible chars escaped unless they are
/// the colours painted here (the untrusted parts were cleaned where they were put in). JSON keeps its own
/// escapes (`serde_json` escapes ASCII control chars); the invisible chars it leaves are escaped the JSON way.
fn cleaned_stream(text: &str, style: Style, json: bool) -> String {
    if json {
        return render::redact(text).chars().fold(String::with_capacity(text.len()), |mut out, char| {
            if needs_escape(char) && !char.is_ascii() {
                let mut units = [0_u16; 2];
                for unit in char.encode_utf16(&mut units) {
                    // Writing to a `String` cannot fail.
                    let _ = write!(out, "\\u{unit:04x}");
                }
            } else {
                out.push(char);
            }
            out
        });
    }
    if style.is_coloured() { render::redact(text).into_owned() } else { render::clean_message(text).into_owned() }
}

/// Writes the outcome and turns it into the exit status.
pub(crate) fn finish(outcome: Result<Report, Failure>, context: &Context) -> ExitCode {
    match outcome {
        Ok(report) => {
            // A closed pipe (`botperms rules | head -1`) is the reader saying it has enough, not an error.
            let stdout = cleaned_stream(&report.stdout, context.out, context.json);
            let stderr = cleaned_stream(&report.stderr, context.err, false);
            let _ = std::io::stdout().lock().write_all(stdout.as_bytes());
            let _ = std::io::stderr().lock().write_all(stderr.as_bytes());
            if report.denied { ExitCode::from(DENIED) } else { ExitCode::SUCCESS }
        }
        Err(Failure(problems)) => {
            let mut text = String::new();
            for problem in &problems {
                text.push_str(&diagnostic(context.err, Tone::Error, "error", &problem.message));
                text.push_str(&help_line(context.err, &problem.help));
            }
            let _ = std::io::stderr().lock().write_all(cleaned_stream(&text, context.err, false).as_bytes());
            ExitCode::from(INVALID_INPUT)
        }
    }
}

/// `label: message` with the label painted, on its own line.
pub(crate) fn diagnostic(style: Style, tone: Tone, label: &str, message: &str) -> String {
    format!("{}{}\n", style.paint(tone, &format!("{label}:")), format_args!(" {message}"))
}

/// The indented `help:` line under a diagnostic; nothing when there is no help.
pub(crate) fn help_line(style: Style, help: &str) -> String {
    if help.is_empty() { String::new() } else { format!("  {} {help}\n", style.paint(Tone::Good, "help:")) }
}

/// How a level reads in diagnostics, in the words rustc and clippy use for it.
pub(crate) const fn level_word(level: Level) -> (&'static str, Tone) {
    match level {
        Level::Deny => ("error", Tone::Error),
        Level::Warn => ("warning", Tone::Warning),
        Level::Note => ("note", Tone::Note),
        Level::Allow => ("allowed", Tone::Dim),
    }
}

/// A finding as people read it, rustc-style: `error[rule]: message` then `  help: fix`.
pub(crate) fn finding_text(style: Style, finding: &Finding) -> String {
    let (word, tone) = level_word(finding.level);
    let label = format!("{word}[{}]", finding.rule.name());
    let mut text = diagnostic(style, tone, &label, &finding.message);
    text.push_str(&help_line(style, &finding.help));
    text
}

/// `N errors, M warnings`, with singulars where they belong.
pub(crate) fn tally(findings: &[Finding]) -> (usize, usize, String) {
    let errors = findings.iter().filter(|finding| finding.level == Level::Deny).count();
    let warnings = findings.iter().filter(|finding| finding.level == Level::Warn).count();
    let text = format!("{} {}, {} {}", errors, plural(errors, "error"), warnings, plural(warnings, "warning"));
    (errors, warnings, text)
}

/// `word` or `words`.
pub(crate) fn plural(count: usize, word: &str) -> String {
    if count == 1 { word.to_owned() } else { format!("{word}s") }
}

/// `value` as pretty JSON and a final newline.
pub(crate) fn json<T: Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value)
        .map(|mut text| {
            text.push('\n');
            text
        })
        // Only a non-string map key or a failing `Serialize` impl can fail, and the output types have neither.
        .map_err(|error| Failure::new(format!("cannot write JSON: {error}"), "please report this as a bug"))
}

/// Bit numbers as Discord's docs write them: `47, 60`.
pub(crate) fn bit_list(bits: u64) -> String {
    set_bits(bits).map(|bit| bit.to_string()).collect::<Vec<_>>().join(", ")
}

/// The numbers of the set bits of `bits`, lowest first.
pub(crate) fn set_bits(bits: u64) -> impl Iterator<Item = u32> {
    (0..u64::BITS).filter(move |bit| bits & (1 << bit) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_are_listed_lowest_first() {
        assert_eq!(bit_list((1 << 47) | (1 << 60)), "47, 60");
        assert_eq!(bit_list(0), "");
    }
}
