//! The catalogue is complete: every rule carries evidence for its condition and its level, speaks
//! through messages whose parameters the registry knows, and has a compile-fail case that shows it
//! when the macros face it.

use std::path::Path;

use botperms_core::Permissions;
use botperms_core::rules::catalogue::{CATALOGUE, Faces};
use botperms_core::rules::{Level, REJECTED_BY_INVITES_EVIDENCE, Rule};

fn ui_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/ui"))
}

#[test]
fn every_rule_has_evidence_messages_and_a_ui_case() {
    let mut problems = Vec::new();
    for (index, info) in CATALOGUE.iter().enumerate() {
        let name = info.name;
        if info.rule as usize != index || info.rule.name() != name || Rule::from_name(name) != Some(info.rule) {
            problems.push(format!("{name}: out of place in the catalogue"));
        }
        for (what, evidence) in [("condition", info.fires_because), ("level", info.level_because)] {
            if evidence.source.trim().is_empty() || evidence.says.trim().len() < 20 {
                problems.push(format!("{name}: no evidence for its {what}"));
            }
        }
        if info.summary.is_empty() || info.messages.is_empty() {
            problems.push(format!("{name}: no summary or no message"));
        }
        for message in info.messages {
            if message.rule != info.rule || message.text.is_empty() || message.help.is_empty() {
                problems.push(format!("{name}: a message without text or help, or of another rule"));
            }
            if message.text.ends_with('.') || message.text.starts_with(|c: char| c.is_uppercase()) {
                problems.push(format!("{name}: `{}` is not lowercase without a final period", message.text));
            }
        }
        match info.ui_case {
            Some(case) => {
                let stderr = std::fs::read_to_string(ui_dir().join(format!("{case}.stderr")));
                let named = stderr
                    .as_ref()
                    .is_ok_and(|text| text.contains(&format!("`{name}`")) || text.contains(&format!("[{name}]")));
                if !ui_dir().join(format!("{case}.rs")).exists() || !named {
                    problems.push(format!("{name}: tests/ui/{case}.stderr does not show the rule"));
                }
            }
            None if info.faces.contains(Faces::MACROS) => {
                problems.push(format!("{name}: the macros face it, but it has no UI case"));
            }
            None => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_parameter_a_message_names_is_in_the_registry() {
    for info in CATALOGUE {
        for message in info.messages {
            for template in [message.text, message.help] {
                for hole in template.split('{').skip(1).filter_map(|rest| rest.split_once('}')).map(|(hole, _)| hole) {
                    if let Some(param) = hole.strip_prefix('@') {
                        let name = param.split('=').next().unwrap_or_default();
                        let known = botperms_core::Param::from_url_name(name)
                            .or_else(|| botperms_core::Param::from_macro_key(name));
                        assert!(known.is_some(), "{}: `{{@{param}}}` names no parameter", info.name);
                    }
                }
            }
        }
    }
}

#[test]
fn every_flag_rejected_by_invites_has_its_evidence() {
    let cited = REJECTED_BY_INVITES_EVIDENCE
        .iter()
        .map(|(name, _)| Permissions::from_any_name(name).unwrap_or_else(|| panic!("{name} is no flag")))
        .fold(Permissions::empty(), |all, flag| all | flag);
    assert_eq!(cited, Permissions::all().rejected_by_invites());
    assert!(cited.contains(Permissions::REQUEST_TO_SPEAK));
}

#[test]
fn levels_follow_the_docs() {
    // Denied only where Discord rejects the link or it cannot do what it asks (issue 10).
    assert_eq!(Rule::ImplicitDenial.default_level(), Level::Warn);
    assert_eq!(Rule::MissingPinMessages.default_level(), Level::Warn);
    assert_eq!(Rule::DefaultInstallSettings.default_level(), Level::Note);
    assert_eq!(Rule::UnavailableScope.default_level(), Level::Deny);
}
