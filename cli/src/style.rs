//! Colour for terminals, and nothing for pipes, files or people who asked for none.

use std::io::IsTerminal;

/// What a piece of output means, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    /// No styling.
    Plain,
    /// Headers and names.
    Bold,
    /// Secondary text: legends, placeholders.
    Dim,
    /// Deny-level findings and errors.
    Error,
    /// Warn-level findings.
    Warning,
    /// `help:` lines and a clean bill of health.
    Good,
    /// Notes.
    Note,
}

impl Tone {
    const fn code(self) -> &'static str {
        match self {
            Self::Plain => "",
            Self::Bold => "1",
            Self::Dim => "2",
            Self::Error => "1;31",
            Self::Warning => "1;33",
            Self::Good => "1;32",
            Self::Note => "1;36",
        }
    }
}

/// Whether one output stream gets ANSI colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Style {
    colour: bool,
}

impl Style {
    /// Colour for stdout when it is a terminal and `NO_COLOR` does not forbid it.
    pub(crate) fn stdout() -> Style {
        Style { colour: std::io::stdout().is_terminal() && !no_color() }
    }

    /// Colour for stderr when it is a terminal and `NO_COLOR` does not forbid it.
    pub(crate) fn stderr() -> Style {
        Style { colour: std::io::stderr().is_terminal() && !no_color() }
    }

    /// Whether this stream gets colour.
    pub(crate) const fn is_coloured(self) -> bool {
        self.colour
    }

    /// `text` in `tone`, or `text` as it is when colour is off.
    pub(crate) fn paint(self, tone: Tone, text: &str) -> String {
        if !self.colour || tone == Tone::Plain || text.is_empty() {
            return text.to_owned();
        }
        format!("\x1b[{}m{text}\x1b[0m", tone.code())
    }
}

/// <https://no-color.org>: a `NO_COLOR` that is present and not empty turns colour off, whatever its value.
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

/// How wide stdout's lines may be: the terminal's width when it is a terminal, else unlimited so that
/// each record stays on one line for `grep` and friends.
pub(crate) fn stdout_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    // Shells keep `COLUMNS` up to date; asking the terminal itself would need `unsafe` ioctls or a crate.
    let columns = std::env::var("COLUMNS").ok().and_then(|columns| columns.trim().parse::<usize>().ok());
    Some(columns.filter(|columns| *columns >= 40).unwrap_or(100))
}
