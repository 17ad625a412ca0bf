//! The shape of `core/data/discord.json`, checked as it is read.
//!
//! Every struct denies unknown fields: a key misspelt in the data file is an error here, not a value the
//! generated code silently lacks.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The whole data file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscordData {
    /// Which revision of Discord's documentation the tables were taken from.
    pub docs_revision: DocsRevision,
    /// Every permission flag, in bit order.
    pub permissions: Vec<Permission>,
    /// Named flag sets (`Permissions::text()`), by function name; rendered in name order.
    pub presets: BTreeMap<String, Preset>,
    /// Flags that have no effect without another flag.
    pub prerequisites: Vec<Prerequisite>,
    /// Flags invites have been seen to reject.
    pub rejected_by_invites: Vec<String>,
    /// Every OAuth2 scope, in the order sets iterate.
    pub scopes: Vec<Scope>,
    /// Why the scopes are in the order they are (for readers of the data file).
    pub scopes_order_note: String,
}

/// The documentation revision the tables match.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocsRevision {
    /// `discord/discord-api-docs`.
    pub repository: String,
    /// The snapshot date of that repository.
    pub snapshot: String,
    /// The last change of each documentation file read, by path.
    pub files: BTreeMap<String, String>,
    /// Other tables the data was compared with.
    pub cross_checked: Vec<String>,
}

/// One permission flag.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Permission {
    /// Discord's name: `SEND_MESSAGES`.
    pub name: String,
    /// Its bit number in the 64-bit integer.
    pub bit: u8,
    /// Discord's description.
    pub description: String,
    /// The role settings label in Discord's client.
    pub client_label: String,
    /// The label on the authorize screen.
    pub invite_screen_label: String,
    /// The labels of a channel's overwrite screen.
    pub channel_settings_labels: Vec<String>,
    /// Older client wordings.
    pub former_client_labels: Vec<String>,
    /// The channel kinds it applies to.
    pub channel_types: ChannelTypes,
    /// Whether the owner needs 2FA where the guild enforces it.
    pub requires_2fa: bool,
    /// Names Discord used before.
    pub former_names: Vec<String>,
    /// discord.py's attribute name.
    pub discord_py: String,
    /// discord.py's aliases.
    pub discord_py_aliases: Vec<String>,
    /// discord.js' `PermissionFlagsBits` key.
    pub discord_js: String,
}

/// The channel kinds of a flag, written as Discord's table marks them: `T`, `V`, `S`, or empty for guild-only flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(try_from = "String")]
pub struct ChannelTypes {
    /// Text, announcement, forum and media channels.
    pub text: bool,
    /// Voice channels.
    pub voice: bool,
    /// Stage channels.
    pub stage: bool,
}

impl TryFrom<String> for ChannelTypes {
    type Error = String;

    fn try_from(letters: String) -> Result<Self, String> {
        let mut types = ChannelTypes::default();
        for letter in letters.chars() {
            let seen = match letter {
                'T' => &mut types.text,
                'V' => &mut types.voice,
                'S' => &mut types.stage,
                other => return Err(format!("unknown channel type letter `{other}` (expected `T`, `V` or `S`)")),
            };
            if std::mem::replace(seen, true) {
                return Err(format!("channel type letter `{letter}` given twice in `{letters}`"));
            }
        }
        Ok(types)
    }
}

/// A named set of flags: discord.py's classmethods.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    /// Where the set comes from (`discord.py 2.7.1 Permissions.text()`).
    pub source: String,
    /// The name of its `const fn` on `Permissions`: absent for the preset's own name, `null` for none (the name
    /// is taken, as `all` is by bitflags), another name where the preset's would mislead.
    #[serde(default, deserialize_with = "rust_fn")]
    pub rust_fn: RustFn,
    /// What to know before using it.
    #[serde(default)]
    pub note: Option<String>,
    /// Its flags, by Discord name.
    pub flags: Vec<String>,
}

/// What `rust_fn` says: left out, `null`, or a name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum RustFn {
    /// Key left out: the preset's own name.
    #[default]
    Same,
    /// `null`: no function.
    None,
    /// Another name.
    Named(String),
}

/// Only called for a key that is present (`#[serde(default)]` covers the left-out key), so `null` means none.
fn rust_fn<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<RustFn, D::Error> {
    Ok(Option::<String>::deserialize(deserializer)?.map_or(RustFn::None, RustFn::Named))
}

impl Preset {
    /// The `const fn` to render for preset `name`, if any.
    pub fn function_name<'a>(&'a self, name: &'a str) -> Option<&'a str> {
        match &self.rust_fn {
            RustFn::Same => Some(name),
            RustFn::None => None,
            RustFn::Named(renamed) => Some(renamed),
        }
    }
}

/// Flags that have no effect unless `requires` is granted too.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prerequisite {
    /// The flag they need.
    pub requires: String,
    /// Why (rendered into the docs of the generated table).
    pub note: String,
    /// The flags that need it.
    pub flags: Vec<String>,
}

/// One OAuth2 scope.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// Its name on the wire: `applications.commands`.
    pub name: String,
    /// Discord's description.
    pub description: String,
    /// Whether only approved partners may request it.
    pub requires_approval: bool,
    /// How it is granted.
    pub grant: Grant,
}

/// How a scope is granted; the variants of `botperms_core::ScopeGrant`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grant {
    /// `bot`.
    Bot,
    /// `applications.commands`.
    Shortcut,
    /// The authorization code (or implicit) grant.
    AuthorizationCode,
    /// The client credentials grant only.
    ClientCredentials,
}

impl DiscordData {
    /// Checks what serde cannot: names that refer to flags exist, bits and names are unique, scope names are
    /// unique. Returns every problem found, one per line.
    pub fn validate(&self) -> Result<(), String> {
        let mut problems = Vec::new();
        let mut names = std::collections::BTreeSet::new();
        let mut bits = std::collections::BTreeMap::new();
        for permission in &self.permissions {
            if !names.insert(permission.name.as_str()) {
                problems.push(format!("permission `{}` is listed twice", permission.name));
            }
            if permission.bit >= 64 {
                problems.push(format!("permission `{}` has bit {} (at most 63)", permission.name, permission.bit));
            } else if let Some(first) = bits.insert(permission.bit, permission.name.as_str()) {
                problems.push(format!("`{first}` and `{}` share bit {}", permission.name, permission.bit));
            }
        }
        let mut check_flag = |name: &str, place: &str| {
            if !names.contains(name) {
                problems.push(format!("{place} names `{name}`, which is not a permission of the data file"));
            }
        };
        for (preset, body) in &self.presets {
            body.flags.iter().for_each(|flag| check_flag(flag, &format!("preset `{preset}`")));
        }
        for prerequisite in &self.prerequisites {
            check_flag(&prerequisite.requires, "a prerequisite");
            prerequisite.flags.iter().for_each(|flag| check_flag(flag, "a prerequisite"));
        }
        self.rejected_by_invites.iter().for_each(|flag| check_flag(flag, "`rejected_by_invites`"));
        let mut scopes = std::collections::BTreeSet::new();
        for scope in &self.scopes {
            if !scopes.insert(scope.name.as_str()) {
                problems.push(format!("scope `{}` is listed twice", scope.name));
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
    }
}
