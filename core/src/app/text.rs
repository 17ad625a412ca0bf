//! Text from the Portal's data (scope names, parse errors quoting it) made safe to print.

use core::fmt::{self, Write as _};

use crate::secrets::detect_secret;

/// Longest name shown whole (a scope name is under 40 characters); the rest is cut.
pub(super) const NAME_CHARS: usize = 80;
/// Longest parse error shown whole: the parser's message and the value it quotes.
pub(super) const MESSAGE_CHARS: usize = 300;

/// Outside text for a message or a log line: control and bidi characters escaped (so it cannot
/// move the cursor or reorder the line), long text cut, and anything shaped like a token or client
/// secret replaced, since a log is no place for one whatever its source.
pub(super) struct Untrusted<'a>(pub(super) &'a str, pub(super) usize);

impl fmt::Display for Untrusted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if detect_secret(self.0).is_some() {
            return f.write_str("[redacted: shaped like a secret]");
        }
        for (index, character) in self.0.chars().enumerate() {
            if index == self.1 {
                return write!(f, "… ({} characters)", self.0.chars().count());
            }
            if character.is_control() || is_bidi(character) {
                write!(f, "{}", character.escape_unicode())?;
            } else {
                f.write_char(character)?;
            }
        }
        Ok(())
    }
}

/// The characters that change the direction of the text after them.
fn is_bidi(character: char) -> bool {
    matches!(character, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
