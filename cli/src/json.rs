//! The pieces every `--json` output is made of, each written here and nowhere else, so that `jq` reads a
//! permission set, a scope list or a finding the same way whichever subcommand printed it.
//!
//! - A permission set is an object; its 64-bit integer is a string, as in Discord's API, because JSON
//!   readers such as JavaScript's lose precision past 2^53; `flags` are Discord's names, lowest bit first;
//!   `unknown_bits` are the numbers of set bits Discord does not define:
//!   `{"value": "274877910016", "hex": "0x4000000c00", "flags": ["VIEW_CHANNEL", ...], "unknown_bits": []}`
//!   (`jq -r '.permissions.flags[]'`, `jq '.permissions.flags | index("SEND_MESSAGES")'`).
//! - Scopes are an array of Discord's names: `["bot", "applications.commands"]`.
//! - A finding is `{"rule", "level", "message", "help"}`.
//!
//! What stdout carries still goes through the renderer in `output::finish`, which redacts secrets and
//! escapes invisible characters, so these types hold no untrusted text of their own.

use botperms_core::{Finding, Permissions, Scope};
use serde::Serialize;

use crate::output::set_bits;

/// A set of permissions as programs read it.
#[derive(Debug, Serialize)]
pub(crate) struct PermissionsJson {
    value: String,
    hex: String,
    flags: Vec<&'static str>,
    unknown_bits: Vec<u32>,
}

impl From<Permissions> for PermissionsJson {
    fn from(permissions: Permissions) -> PermissionsJson {
        PermissionsJson {
            value: permissions.bits().to_string(),
            hex: format!("{:#x}", permissions.bits()),
            flags: flag_names(permissions),
            unknown_bits: set_bits(permissions.unknown_bits()).collect(),
        }
    }
}

/// Discord's names of the flags in `permissions`, lowest bit first: the `flags` of a permission set, and
/// what any other list of flags in the JSON is written as.
pub(crate) fn flag_names(permissions: Permissions) -> Vec<&'static str> {
    permissions.infos().map(|info| info.name).collect()
}

/// Scopes by Discord's names, in the order given.
pub(crate) fn scope_names(scopes: impl IntoIterator<Item = Scope>) -> Vec<&'static str> {
    scopes.into_iter().map(Scope::as_str).collect()
}

/// A finding as programs read it.
#[derive(Debug, Serialize)]
pub(crate) struct FindingJson<'a> {
    rule: &'static str,
    level: &'static str,
    message: &'a str,
    help: &'a str,
}

impl<'a> From<&'a Finding> for FindingJson<'a> {
    fn from(finding: &'a Finding) -> Self {
        FindingJson {
            rule: finding.rule.name(),
            level: finding.level.as_str(),
            message: &finding.message,
            help: &finding.help,
        }
    }
}

/// Findings as programs read them, in the order given.
pub(crate) fn findings(findings: &[Finding]) -> Vec<FindingJson<'_>> {
    findings.iter().map(FindingJson::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_names_its_flags_and_writes_its_integer_as_text() {
        // VIEW_CHANNEL is bit 10 and SEND_MESSAGES bit 11 in Discord's table; bit 63 is undefined.
        let permissions = Permissions::from_bits_retain((1 << 10) | (1 << 11) | (1 << 63));
        let json = serde_json::to_value(PermissionsJson::from(permissions)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "value": "9223372036854778880",
                "hex": "0x8000000000000c00",
                "flags": ["VIEW_CHANNEL", "SEND_MESSAGES"],
                "unknown_bits": [63],
            })
        );
    }
}
