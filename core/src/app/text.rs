//! Text from the Portal's data (scope names, parse errors quoting it) made safe to print.

use core::fmt;

use crate::render::clean;

/// Longest name shown whole (a scope name is under 40 characters); the rest is cut.
pub(super) const NAME_CHARS: usize = 80;
/// Longest parse error shown whole: the parser's message and the value it quotes.
pub(super) const MESSAGE_CHARS: usize = 300;

/// Outside text for a message or a log line, through the one renderer (secrets redacted, control and
/// bidi characters escaped), then cut to `.1` characters, since it may be of any length.
pub(super) struct Untrusted<'a>(pub(super) &'a str, pub(super) usize);

impl fmt::Display for Untrusted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cleaned = clean(self.0);
        match cleaned.char_indices().nth(self.1) {
            None => f.write_str(&cleaned),
            Some((cut, _)) => write!(f, "{}… ({} characters)", &cleaned[..cut], self.0.chars().count()),
        }
    }
}
