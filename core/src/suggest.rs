//! The one "did you mean" search, for every name botperms reads: permission and scope names in every
//! library's spelling, rule names in `allow(..)`, macro keys, command-line words. One comparison and one
//! threshold, so that a typo gets the same suggestion on every face.

use alloc::string::String;

/// Below this similarity a suggestion would be noise rather than help.
pub const THRESHOLD: f64 = 0.78;

/// The longest name botperms knows is about 40 characters; text far longer resembles none, and edit
/// distance on it costs time proportional to its length for every candidate.
pub const LONGEST_SUGGESTIBLE: usize = 80;

/// Letters and digits only, lowercased: `Send Messages`, `send_messages` and `SEND-MESSAGES` compare
/// equal, and so do `applications_commands` and `applications.commands`.
fn normalized(text: &str) -> String {
    text.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// How alike `typed` and `candidate` are, from 0 to 1, case and separators aside. Edit distance
/// (with transpositions) catches typos in long names; Jaro-Winkler, lowered a little so that it only
/// decides when edit distance is far, catches a prefix typed short (`perms` for `permissions`).
pub fn similarity(typed: &str, candidate: &str) -> f64 {
    let typed = normalized(typed);
    let candidate = normalized(candidate);
    if typed.is_empty() || candidate.is_empty() {
        return 0.0;
    }
    strsim::normalized_damerau_levenshtein(&typed, &candidate).max(strsim::jaro_winkler(&typed, &candidate) - 0.08)
}

/// The value of the candidate whose name is nearest to `typed`, if one is at least [`THRESHOLD`]
/// alike; on a tie, the first listed.
///
/// ```
/// use botperms_core::suggest::nearest;
///
/// let keys = ["client_id", "scopes", "permissions"];
/// assert_eq!(nearest("clinet_id", keys.map(|key| (key, key))), Some("client_id"));
/// assert_eq!(nearest("colour", keys.map(|key| (key, key))), None);
/// ```
pub fn nearest<'a, T>(typed: &str, candidates: impl IntoIterator<Item = (&'a str, T)>) -> Option<T> {
    if typed.len() > LONGEST_SUGGESTIBLE {
        return None;
    }
    let mut best: Option<(f64, T)> = None;
    for (name, value) in candidates {
        let score = similarity(typed, name);
        if score >= THRESHOLD && best.as_ref().is_none_or(|(best_score, _)| score > *best_score) {
            best = Some((score, value));
        }
    }
    best.map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 5] =
        ["SEND_MESSAGES", "MANAGE_MESSAGES", "MANAGE_GUILD", "applications.commands", "administrator"];

    fn suggest(typed: &str) -> Option<&'static str> {
        nearest(typed, NAMES.map(|name| (name, name)))
    }

    #[test]
    fn typos_of_every_kind_find_the_name() {
        assert_eq!(suggest("SEND_MESAGES"), Some("SEND_MESSAGES"), "a letter dropped");
        assert_eq!(suggest("SEND_MESSGAES"), Some("SEND_MESSAGES"), "two letters swapped");
        assert_eq!(suggest("send messages"), Some("SEND_MESSAGES"), "case and separators");
        assert_eq!(suggest("applications_commands"), Some("applications.commands"), "another separator");
        assert_eq!(suggest("adminstrator"), Some("administrator"));
        assert_eq!(suggest("MANAGE_GUILDS"), Some("MANAGE_GUILD"));
    }

    #[test]
    fn far_off_words_and_overlong_text_find_nothing() {
        assert_eq!(suggest("colour"), None);
        assert_eq!(suggest("BAN"), None);
        assert_eq!(suggest(""), None);
        assert_eq!(suggest(&"SEND_MESSAGES".repeat(10)), None, "past the length cap");
    }

    #[test]
    fn the_nearest_wins_and_a_tie_keeps_the_first() {
        assert_eq!(suggest("MANAGE_MESSAGE"), Some("MANAGE_MESSAGES"));
        assert_eq!(nearest("abcd", [("abce", 1), ("abcf", 2)]), Some(1));
    }
}
