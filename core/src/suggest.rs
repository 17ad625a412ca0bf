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
    let (typed, candidate) = (typed.as_bytes(), candidate.as_bytes());
    let longest = typed.len().max(candidate.len());
    let edits = 1.0 - as_f64(damerau_levenshtein(typed, candidate)) / as_f64(longest);
    edits.max(jaro_winkler(typed, candidate) - 0.08)
}

// The two measures are written here rather than taken from `strsim`: that crate would be one more
// for every build to compile twice, once for the proc macros, and names are short ASCII words
// (`normalized` keeps letters and digits only), so bytes are characters. The tests compare both
// with `strsim` on random words.

#[expect(clippy::cast_precision_loss, reason = "lengths of names of at most `LONGEST_SUGGESTIBLE` bytes")]
fn as_f64(count: usize) -> f64 {
    count as f64
}

/// Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, where a swapped pair may
/// be edited further: Lowrance and Wagner's unrestricted Damerau-Levenshtein distance. Quadratic in
/// the lengths, which [`nearest`] bounds by [`LONGEST_SUGGESTIBLE`].
fn damerau_levenshtein(a: &[u8], b: &[u8]) -> usize {
    use alloc::vec;

    // `table[i + 1][j + 1]` is the distance from `a[..i]` to `b[..j]`; row and column 0 stand for
    // "further than any real alignment", as the algorithm needs.
    let (rows, columns) = (a.len() + 2, b.len() + 2);
    let far = a.len() + b.len();
    let mut table = vec![0_usize; rows * columns];
    let at = |i: usize, j: usize| i * columns + j;
    for i in 0..rows {
        table[at(i, 0)] = far;
        if i > 0 {
            table[at(i, 1)] = i - 1;
        }
    }
    for j in 0..columns {
        table[at(0, j)] = far;
        if j > 0 {
            table[at(1, j)] = j - 1;
        }
    }
    // The last row of `a` in which each byte was seen, 0 for never.
    let mut last_row = [0_usize; 256];
    for i in 1..=a.len() {
        // The last column of `b`, in this row, whose byte matched `a[i - 1]`.
        let mut last_match_column = 0;
        for j in 1..=b.len() {
            let (k, l) = (last_row[usize::from(b[j - 1])], last_match_column);
            let cost = usize::from(a[i - 1] != b[j - 1]);
            if cost == 0 {
                last_match_column = j;
            }
            let substitute = table[at(i, j)] + cost;
            let insert = table[at(i + 1, j)] + 1;
            let delete = table[at(i, j + 1)] + 1;
            let swap = table[at(k, l)] + (i - k - 1) + 1 + (j - l - 1);
            table[at(i + 1, j + 1)] = substitute.min(insert).min(delete).min(swap);
        }
        last_row[usize::from(a[i - 1])] = i;
    }
    table[at(a.len() + 1, b.len() + 1)]
}

/// Jaro similarity raised for a common prefix of up to four bytes (Winkler's scaling factor 0.1).
fn jaro_winkler(a: &[u8], b: &[u8]) -> f64 {
    let jaro = jaro(a, b);
    if jaro <= 0.7 {
        return jaro;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count().min(4);
    jaro + 0.1 * as_f64(prefix) * (1.0 - jaro)
}

/// Bytes that match within half the longer length of each other, and how many of them are out of
/// order, as Jaro defined.
fn jaro(a: &[u8], b: &[u8]) -> f64 {
    use alloc::vec;

    if a.is_empty() || b.is_empty() {
        return if a.is_empty() && b.is_empty() { 1.0 } else { 0.0 };
    }
    if a.len() == 1 && b.len() == 1 {
        return if a == b { 1.0 } else { 0.0 };
    }
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut b_matched = vec![false; b.len()];
    let mut a_matched = vec![false; a.len()];
    let mut matches = 0_usize;
    for (i, byte) in a.iter().enumerate() {
        let (start, end) = (i.saturating_sub(window), (i + window + 1).min(b.len()));
        if let Some(j) = (start..end).find(|&j| !b_matched[j] && b[j] == *byte) {
            b_matched[j] = true;
            a_matched[i] = true;
            matches += 1;
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let in_a = a.iter().zip(&a_matched).filter(|(_, matched)| **matched).map(|(byte, _)| byte);
    let in_b = b.iter().zip(&b_matched).filter(|(_, matched)| **matched).map(|(byte, _)| byte);
    // Half of them, rounded down as `strsim` rounds, so that suggestions stay what they were.
    let transpositions = in_a.zip(in_b).filter(|(x, y)| x != y).count() / 2;
    let m = as_f64(matches);
    (m / as_f64(a.len()) + m / as_f64(b.len()) + as_f64(matches - transpositions) / m) / 3.0
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
    fn distances_of_known_pairs() {
        assert_eq!(damerau_levenshtein(b"", b"abc"), 3);
        assert_eq!(damerau_levenshtein(b"kitten", b"sitting"), 3);
        assert_eq!(damerau_levenshtein(b"ab", b"ba"), 1, "a swap is one edit");
        // A swap edited further: two edits, where the restricted form counts three.
        assert_eq!(damerau_levenshtein(b"ca", b"abc"), 2);
        assert!((jaro(b"martha", b"marhta") - 0.944_444).abs() < 1e-6);
        assert!((jaro_winkler(b"martha", b"marhta") - 0.961_111).abs() < 1e-6);
        assert!((jaro(b"dixon", b"dicksonx") - 0.766_667).abs() < 1e-6);
    }

    proptest::proptest! {
        #[test]
        fn both_measures_agree_with_strsim(a in "[a-f0-9]{0,12}", b in "[a-f0-9]{0,12}") {
            let distance = damerau_levenshtein(a.as_bytes(), b.as_bytes());
            proptest::prop_assert_eq!(distance, strsim::damerau_levenshtein(&a, &b));
            let ours = jaro_winkler(a.as_bytes(), b.as_bytes());
            let theirs = strsim::jaro_winkler(&a, &b);
            proptest::prop_assert!((ours - theirs).abs() < 1e-12, "{ours} against strsim's {theirs}");
        }
    }

    #[test]
    fn the_nearest_wins_and_a_tie_keeps_the_first() {
        assert_eq!(suggest("MANAGE_MESSAGE"), Some("MANAGE_MESSAGES"));
        assert_eq!(nearest("abcd", [("abce", 1), ("abcf", 2)]), Some(1));
    }
}
