//! Renders `core/src/generated.rs` from `core/data/discord.json`.
//!
//! Kept out of `botperms-core` so that re-blessing works even when the checked-in file no longer compiles.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// The one command that re-renders the generated file.
pub const BLESS_COMMAND: &str = "cargo run -p botperms-codegen";

/// Where the data file and the generated file live.
pub fn paths() -> (PathBuf, PathBuf) {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core");
    (core.join("data/discord.json"), core.join("src/generated.rs"))
}

/// Reads the data file and renders the generated Rust source.
///
/// # Panics
/// When the data file is missing or does not have the expected shape: it is the project's own file.
pub fn render_from_disk() -> String {
    let (data, _) = paths();
    let text = std::fs::read_to_string(&data).unwrap_or_else(|error| panic!("read {}: {error}", data.display()));
    let table: Value = serde_json::from_str(&text).expect("core/data/discord.json is valid JSON");
    render(&table)
}

fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key].as_str().unwrap_or_else(|| panic!("`{key}` must be a string in {value}"))
}

fn list_of<'a>(value: &'a Value, key: &str) -> Vec<&'a str> {
    value[key]
        .as_array()
        .unwrap_or_else(|| panic!("`{key}` must be an array in {value}"))
        .iter()
        .map(|item| item.as_str().expect("array of strings"))
        .collect()
}

fn rust_str_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|item| format!("{item:?}")).collect();
    format!("&[{}]", quoted.join(", "))
}

fn pascal_case(dotted: &str) -> String {
    dotted
        .split(['.', '_'])
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

fn channel_types_expr(letters: &str) -> String {
    let mut parts = Vec::new();
    for letter in letters.chars() {
        parts.push(match letter {
            'T' => "ChannelTypes::TEXT.bits()",
            'V' => "ChannelTypes::VOICE.bits()",
            'S' => "ChannelTypes::STAGE.bits()",
            other => panic!("unknown channel type letter `{other}`"),
        });
    }
    if parts.is_empty() {
        "ChannelTypes::empty()".to_owned()
    } else {
        format!("ChannelTypes::from_bits_retain({})", parts.join(" | "))
    }
}

fn flag_union(names: &[&str]) -> String {
    let bits: Vec<String> = names.iter().map(|name| format!("Permissions::{name}.bits()")).collect();
    format!("Permissions::from_bits_retain({})", bits.join(" | "))
}

/// Renders the generated Rust source from the parsed data file.
///
/// # Panics
/// When the data file does not have the expected shape.
#[allow(clippy::too_many_lines)]
pub fn render(table: &Value) -> String {
    let mut out = String::new();
    let revision = &table["docs_revision"];
    out.push_str(
        "// @generated from core/data/discord.json by core/tests/generated_is_fresh.rs. Do not edit by hand.\n",
    );
    writeln!(out, "// Re-bless after editing the data file: {BLESS_COMMAND}").unwrap();
    out.push_str("\n// Descriptions are Discord's prose, not Rust docs.\n#![allow(clippy::doc_markdown)]\n");
    out.push_str("\nuse crate::permissions::{ChannelTypes, PermissionInfo, Prerequisite};\n");
    out.push_str("use crate::presets::Preset;\n");
    out.push_str("use crate::scopes::{ScopeGrant, ScopeInfo};\n\n");

    writeln!(
        out,
        "/// The revision of Discord's documentation ({}) the tables match.\npub const DOCS_REVISION: &str = \"{} snapshot {}\";\n",
        str_of(revision, "repository"),
        str_of(revision, "repository"),
        str_of(revision, "snapshot"),
    )
    .unwrap();

    let permissions = table["permissions"].as_array().expect("permissions array");
    out.push_str("bitflags::bitflags! {\n");
    out.push_str(
        "    /// A set of Discord permission flags: the `permissions` integer of roles, overwrites and invite links.\n",
    );
    out.push_str(
        "    ///\n    /// Every flag Discord documents is here under Discord's own name. Bits Discord has not\n",
    );
    out.push_str("    /// documented (yet) are kept, never dropped: use [`Permissions::from_bits_retain`].\n");
    out.push_str("    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]\n");
    out.push_str("    pub struct Permissions: u64 {\n");
    for permission in permissions {
        let name = str_of(permission, "name");
        let bit = permission["bit"].as_u64().expect("bit");
        writeln!(out, "        /// {}.", str_of(permission, "description").trim_end_matches('.')).unwrap();
        writeln!(out, "        ///").unwrap();
        writeln!(out, "        /// Shown in Discord as \"{}\".", str_of(permission, "client_label")).unwrap();
        if permission["requires_2fa"].as_bool() == Some(true) {
            writeln!(out, "        /// The owner needs two-factor authentication in guilds that enforce it.").unwrap();
        }
        writeln!(out, "        const {name} = 1 << {bit};").unwrap();
    }
    out.push_str("    }\n}\n\n");

    writeln!(out, "/// What the data file says of every flag, in bit order.").unwrap();
    writeln!(out, "pub(crate) static PERMISSION_INFO: [PermissionInfo; {}] = [", permissions.len()).unwrap();
    for permission in permissions {
        let name = str_of(permission, "name");
        writeln!(out, "    PermissionInfo {{").unwrap();
        writeln!(out, "        name: {name:?},").unwrap();
        writeln!(out, "        flag: Permissions::{name},").unwrap();
        writeln!(out, "        description: {:?},", str_of(permission, "description")).unwrap();
        writeln!(out, "        client_label: {:?},", str_of(permission, "client_label")).unwrap();
        writeln!(out, "        invite_screen_label: {:?},", str_of(permission, "invite_screen_label")).unwrap();
        writeln!(
            out,
            "        channel_settings_labels: {},",
            rust_str_list(&list_of(permission, "channel_settings_labels"))
        )
        .unwrap();
        writeln!(out, "        former_client_labels: {},", rust_str_list(&list_of(permission, "former_client_labels")))
            .unwrap();
        writeln!(out, "        channel_types: {},", channel_types_expr(str_of(permission, "channel_types"))).unwrap();
        writeln!(out, "        requires_2fa: {},", permission["requires_2fa"].as_bool().expect("requires_2fa"))
            .unwrap();
        writeln!(out, "        former_names: {},", rust_str_list(&list_of(permission, "former_names"))).unwrap();
        writeln!(out, "        discord_py: {:?},", str_of(permission, "discord_py")).unwrap();
        writeln!(out, "        discord_py_aliases: {},", rust_str_list(&list_of(permission, "discord_py_aliases")))
            .unwrap();
        writeln!(out, "        discord_js: {:?},", str_of(permission, "discord_js")).unwrap();
        writeln!(out, "    }},").unwrap();
    }
    out.push_str("];\n\n");

    let elevated: Vec<&str> = permissions
        .iter()
        .filter(|permission| permission["requires_2fa"].as_bool() == Some(true))
        .map(|permission| str_of(permission, "name"))
        .collect();
    out.push_str("impl Permissions {\n");
    out.push_str(
        "    /// The flags whose holder's guild owner needs two-factor authentication where the guild enforces it\n",
    );
    out.push_str("    /// (Discord's documentation marks them; discord.py's `elevated()` differs).\n");
    writeln!(out, "    pub const ELEVATED: Permissions = {};\n", flag_union(&elevated)).unwrap();
    let presets = table["presets"].as_object().expect("presets object");
    for (preset, body) in presets {
        // `rust_fn: null` where the name is taken (`all` is bitflags' own), another name where it clashes
        let function = match &body["rust_fn"] {
            Value::Null if body.get("rust_fn").is_some() => continue,
            Value::Null => preset.as_str(),
            other => other.as_str().expect("`rust_fn` is a string or null"),
        };
        let flags = list_of(body, "flags");
        writeln!(
            out,
            "    /// The {preset} preset, as {}: {}.",
            str_of(body, "source"),
            flags.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
        )
        .unwrap();
        if let Some(note) = body["note"].as_str() {
            writeln!(out, "    ///\n    /// {}.", note.trim_end_matches('.')).unwrap();
        }
        writeln!(out, "    #[must_use]").unwrap();
        writeln!(out, "    pub const fn {function}() -> Permissions {{\n        {}\n    }}\n", flag_union(&flags))
            .unwrap();
    }
    out.truncate(out.trim_end().len());
    out.push_str("\n}\n\n");

    writeln!(out, "/// discord.py's presets, by name.").unwrap();
    writeln!(out, "pub(crate) static PRESETS: [Preset; {}] = [", presets.len()).unwrap();
    for (preset, body) in presets {
        writeln!(out, "    Preset {{").unwrap();
        writeln!(out, "        name: {preset:?},").unwrap();
        writeln!(out, "        permissions: {},", flag_union(&list_of(body, "flags"))).unwrap();
        writeln!(out, "        source: {:?},", str_of(body, "source")).unwrap();
        writeln!(out, "        note: {:?},", body["note"].as_str().unwrap_or_default()).unwrap();
        writeln!(out, "    }},").unwrap();
    }
    out.push_str("];\n\n");

    let prerequisites = table["prerequisites"].as_array().expect("prerequisites array");
    writeln!(out, "/// Flags that have no effect without another flag (Discord's implicit permissions).").unwrap();
    writeln!(out, "pub(crate) static PREREQUISITES: [Prerequisite; {}] = [", prerequisites.len()).unwrap();
    for prerequisite in prerequisites {
        writeln!(out, "    // {}", str_of(prerequisite, "note")).unwrap();
        writeln!(out, "    Prerequisite {{").unwrap();
        writeln!(out, "        requires: Permissions::{},", str_of(prerequisite, "requires")).unwrap();
        writeln!(out, "        flags: {},", flag_union(&list_of(prerequisite, "flags"))).unwrap();
        writeln!(out, "    }},").unwrap();
    }
    out.push_str("];\n\n");
    writeln!(out, "/// Flags invites have been seen to reject (\"Invalid permission(s) provided\").").unwrap();
    writeln!(
        out,
        "pub(crate) const REJECTED_BY_INVITES: Permissions = {};\n",
        flag_union(&list_of(table, "rejected_by_invites"))
    )
    .unwrap();

    let scopes = table["scopes"].as_array().expect("scopes array");
    out.push_str("/// An OAuth2 scope: what an authorization link asks a user to grant.\n");
    out.push_str(
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\n#[non_exhaustive]\npub enum Scope {\n",
    );
    for scope in scopes {
        writeln!(out, "    /// `{}`: {}", str_of(scope, "name"), str_of(scope, "description")).unwrap();
        writeln!(out, "    {},", pascal_case(str_of(scope, "name"))).unwrap();
    }
    out.push_str("}\n\nimpl Scope {\n    /// Every scope: `bot` and `applications.commands` first, as links list them, then by name.\n");
    writeln!(out, "    pub const ALL: [Scope; {}] = [", scopes.len()).unwrap();
    for scope in scopes {
        writeln!(out, "        Scope::{},", pascal_case(str_of(scope, "name"))).unwrap();
    }
    out.push_str("    ];\n}\n\n");
    writeln!(out, "/// What the data file says of every scope, in the order of [`Scope::ALL`].").unwrap();
    writeln!(out, "pub(crate) static SCOPE_INFO: [ScopeInfo; {}] = [", scopes.len()).unwrap();
    for scope in scopes {
        let grant = match str_of(scope, "grant") {
            "bot" => "Bot",
            "shortcut" => "Shortcut",
            "authorization_code" => "AuthorizationCode",
            "client_credentials" => "ClientCredentials",
            other => panic!("unknown grant `{other}`"),
        };
        writeln!(out, "    ScopeInfo {{").unwrap();
        writeln!(out, "        scope: Scope::{},", pascal_case(str_of(scope, "name"))).unwrap();
        writeln!(out, "        name: {:?},", str_of(scope, "name")).unwrap();
        writeln!(out, "        description: {:?},", str_of(scope, "description")).unwrap();
        writeln!(
            out,
            "        requires_approval: {},",
            scope["requires_approval"].as_bool().expect("requires_approval")
        )
        .unwrap();
        writeln!(out, "        grant: ScopeGrant::{grant},").unwrap();
        writeln!(out, "    }},").unwrap();
    }
    out.push_str("];\n");
    out
}
