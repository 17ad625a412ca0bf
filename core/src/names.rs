//! Name lookup across every spelling people type, and "did you mean" suggestions.

use crate::data::{PERMISSION_INFO, PermissionInfo, SCOPE_INFO, ScopeInfo};
use crate::suggest;

/// Which naming scheme a permission name was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Spelling {
    /// Discord's own name, exactly: `SEND_MESSAGES`.
    Discord,
    /// A name Discord used before: `READ_MESSAGES`.
    Former,
    /// discord.py's attribute name or alias: `send_messages`, `external_emojis`.
    DiscordPy,
    /// discord.js' key: `SendMessages`.
    DiscordJs,
    /// A label of Discord's client, current or former: "Manage Server".
    ClientLabel,
    /// Discord's name in another case or with other separators: `send-messages`.
    Loose,
}

impl Spelling {
    /// Who spells names this way, for messages.
    pub const fn source(self) -> &'static str {
        match self {
            Self::Discord => "Discord's name",
            Self::Former => "a former Discord name",
            Self::DiscordPy => "discord.py's name",
            Self::DiscordJs => "discord.js' name",
            Self::ClientLabel => "a Discord client label",
            Self::Loose => "Discord's name in another case",
        }
    }
}

/// Lowercase letters and digits only, so `SEND_MESSAGES`, `send_messages`, `SendMessages` and
/// "Send Messages" compare equal.
fn normalized(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase())
}

fn loosely_equal(a: &str, b: &str) -> bool {
    normalized(a).eq(normalized(b))
}

fn labels(info: &PermissionInfo) -> impl Iterator<Item = &'static str> {
    [info.client_label, info.invite_screen_label]
        .into_iter()
        .chain(info.channel_settings_labels.iter().copied())
        .chain(info.former_client_labels.iter().copied())
}

/// Every spelling of a flag, with its scheme; Discord's own name first.
pub(crate) fn spellings(info: &'static PermissionInfo) -> impl Iterator<Item = (&'static str, Spelling)> {
    core::iter::once((info.name, Spelling::Discord))
        .chain(info.former_names.iter().map(|name| (*name, Spelling::Former)))
        .chain(core::iter::once((info.discord_py, Spelling::DiscordPy)))
        .chain(info.discord_py_aliases.iter().map(|name| (*name, Spelling::DiscordPy)))
        .chain(core::iter::once((info.discord_js, Spelling::DiscordJs)))
        .chain(labels(info).map(|label| (label, Spelling::ClientLabel)))
}

/// The longest of Discord's permission names.
const LONGEST_NAME: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < PERMISSION_INFO.len() {
        if PERMISSION_INFO[i].name.len() > longest {
            longest = PERMISSION_INFO[i].name.len();
        }
        i += 1;
    }
    longest
};

/// The indices of [`PERMISSION_INFO`] by the length of Discord's name, and where each length starts
/// among them (`starts[len]..starts[len + 1]`), laid out when the crate is compiled: a name is compared
/// only with the few of its length.
static BY_LENGTH: ([u8; PERMISSION_INFO.len()], [u8; LONGEST_NAME + 2]) = {
    const { assert!(PERMISSION_INFO.len() < 256, "indices are bytes") };
    let mut order = [0_u8; PERMISSION_INFO.len()];
    let mut starts = [0_u8; LONGEST_NAME + 2];
    let mut placed = 0;
    let mut len = 0;
    while len <= LONGEST_NAME {
        #[expect(clippy::cast_possible_truncation, reason = "asserted above: fewer than 256 flags")]
        let start = placed as u8;
        starts[len] = start;
        let mut i = 0;
        while i < PERMISSION_INFO.len() {
            if PERMISSION_INFO[i].name.len() == len {
                #[expect(clippy::cast_possible_truncation, reason = "asserted above: fewer than 256 flags")]
                let index = i as u8;
                order[placed] = index;
                placed += 1;
            }
            i += 1;
        }
        len += 1;
    }
    #[expect(clippy::cast_possible_truncation, reason = "asserted above: fewer than 256 flags")]
    let end = placed as u8;
    starts[LONGEST_NAME + 1] = end;
    (order, starts)
};

/// The flag whose Discord name is `name` exactly.
fn by_discord_name(name: &str) -> Option<&'static PermissionInfo> {
    // Indexed loops and byte comparisons: the proc macros run this unoptimized, where a binary search's
    // closure and `str::cmp` were most of a name's cost.
    let (order, starts) = &BY_LENGTH;
    if name.len() > LONGEST_NAME {
        return None;
    }
    let mut position = usize::from(starts[name.len()]);
    let end = usize::from(starts[name.len() + 1]);
    while position < end {
        let info = &PERMISSION_INFO[usize::from(order[position])];
        if info.name.as_bytes() == name.as_bytes() {
            return Some(info);
        }
        position += 1;
    }
    None
}

/// Finds the flag a name means, in any spelling. Exact spellings win over loose ones, so the
/// reported [`Spelling`] is the most specific one that matches.
pub(crate) fn lookup_permission(name: &str) -> Option<(&'static PermissionInfo, Spelling)> {
    // Discord's own name is what the macros accept and what nearly every name they read is: a look
    // among the names of its length finds it, where walking every spelling of every flag costs the
    // macros tens of microseconds per name in an unoptimized build. No spelling of another flag
    // equals it (`every_spelling_means_one_flag_only`), so the walk
    // below would find the same answer.
    if let Some(info) = by_discord_name(name) {
        return Some((info, Spelling::Discord));
    }
    for info in &PERMISSION_INFO {
        if let Some((_, spelling)) = spellings(info).find(|(spelling, _)| *spelling == name) {
            return Some((info, spelling));
        }
    }
    for info in &PERMISSION_INFO {
        if let Some((_, spelling)) = spellings(info).find(|(spelling, _)| loosely_equal(spelling, name)) {
            let spelling = if spelling == Spelling::Discord { Spelling::Loose } else { spelling };
            return Some((info, spelling));
        }
    }
    None
}

/// Finds a scope by its exact name.
pub(crate) fn lookup_scope(name: &str) -> Option<&'static ScopeInfo> {
    SCOPE_INFO.iter().find(|info| info.name == name)
}

/// Discord's name of the flag whose spelling (any scheme) is nearest to `typed`, if one is near.
pub fn suggest_permission(typed: &str) -> Option<&'static str> {
    suggest::nearest(
        typed,
        PERMISSION_INFO.iter().flat_map(|info| spellings(info).map(move |(spelling, _)| (spelling, info.name))),
    )
}

/// The scope name nearest to `typed`, if one is near: `applications_commands` finds
/// `applications.commands`.
pub fn suggest_scope(typed: &str) -> Option<&'static str> {
    suggest::nearest(typed, SCOPE_INFO.iter().map(|info| (info.name, info.name)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Permissions;

    #[test]
    fn every_spelling_means_one_flag_only() {
        for info in &PERMISSION_INFO {
            for (spelling, _) in spellings(info) {
                for other in PERMISSION_INFO.iter().filter(|other| other.name != info.name) {
                    assert!(
                        !spellings(other).any(|(theirs, _)| loosely_equal(theirs, spelling)),
                        "`{spelling}` of {} also spells {}",
                        info.name,
                        other.name
                    );
                }
            }
        }
    }

    #[test]
    fn every_spelling_finds_its_own_flag() {
        for info in &PERMISSION_INFO {
            assert_eq!(lookup_permission(info.name), Some((info, Spelling::Discord)));
            for (spelling, scheme) in spellings(info) {
                let (found, _) = lookup_permission(spelling).unwrap_or_else(|| panic!("`{spelling}` not found"));
                assert_eq!(found.name, info.name, "`{spelling}` ({scheme:?})");
            }
        }
    }

    #[test]
    fn lookup_reports_the_scheme_a_name_is_written_in() {
        let cases = [
            ("SEND_MESSAGES", "SEND_MESSAGES", Spelling::Discord),
            ("READ_MESSAGES", "VIEW_CHANNEL", Spelling::Former),
            ("MANAGE_EMOJIS_AND_STICKERS", "MANAGE_GUILD_EXPRESSIONS", Spelling::Former),
            ("external_emojis", "USE_EXTERNAL_EMOJIS", Spelling::DiscordPy),
            ("use_voice_activation", "USE_VAD", Spelling::DiscordPy),
            ("UseVAD", "USE_VAD", Spelling::DiscordJs),
            ("Manage Server", "MANAGE_GUILD", Spelling::ClientLabel),
            ("Timeout Members", "MODERATE_MEMBERS", Spelling::ClientLabel),
            ("Video", "STREAM", Spelling::ClientLabel),
            ("manage permissions", "MANAGE_ROLES", Spelling::DiscordPy),
            ("send-messages", "SEND_MESSAGES", Spelling::Loose),
        ];
        for (typed, expected, spelling) in cases {
            let (info, found) = lookup_permission(typed).unwrap_or_else(|| panic!("`{typed}` not found"));
            assert_eq!((info.name, found), (expected, spelling), "looking up `{typed}`");
        }
        assert!(lookup_permission("SEND_MESAGES").is_none());
        assert!(lookup_permission("").is_none());
    }

    #[test]
    fn suggestions_come_from_every_naming_scheme() {
        assert_eq!(suggest_permission("SEND_MESAGES"), Some("SEND_MESSAGES"));
        assert_eq!(suggest_permission("manage_emoji"), Some("MANAGE_GUILD_EXPRESSIONS"));
        assert_eq!(suggest_permission("BanMember"), Some("BAN_MEMBERS"));
        assert_eq!(suggest_permission("Manage Sever"), Some("MANAGE_GUILD"));
        assert_eq!(suggest_permission("EMBED_LINK"), Some("EMBED_LINKS"));
        assert_eq!(suggest_permission("zzzzzz"), None);
        assert_eq!(suggest_scope("applications.command"), Some("applications.commands"));
        assert_eq!(suggest_scope("applications_commands"), Some("applications.commands"));
        assert_eq!(suggest_scope("bots"), Some("bot"));
        assert_eq!(suggest_scope("qqqqqqqqq"), None);
        assert_eq!(suggest_permission(&"SEND_MESSAGES".repeat(1000)), None);
        assert!(Permissions::from_any_name("kick members").is_some());
    }
}
