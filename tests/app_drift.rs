//! The start-up drift check on bots declared with the derive, against Discord's documented
//! application object (resources/application.mdx: guild install `applications.commands bot` with
//! `"2048"`, user install `applications.commands` with `"0"`).
#![cfg(feature = "serde")]

use botperms::app::{InstallWants, install_drift};
use botperms::{BotPermissions, IntegrationType, Permissions};

const DOCS_EXAMPLE: &str = r#"{
  "bot_public": true,
  "bot_require_code_grant": false,
  "id": "172150183260323840",
  "integration_types_config": {
    "0": {"oauth2_install_params": {"scopes": ["applications.commands", "bot"], "permissions": "2048"}},
    "1": {"oauth2_install_params": {"scopes": ["applications.commands"], "permissions": "0"}}
  },
  "name": "Baba O-Riley"
}"#;

#[derive(BotPermissions)]
#[bot(client_id = 172150183260323840, scopes = [bot, applications.commands], allow(missing_thread_send))]
#[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES], reason = "answer commands")]
struct Chat;

#[derive(BotPermissions)]
#[bot(client_id = 172150183260323840, scopes = [applications.commands], integration_type = user)]
struct Everywhere;

#[derive(BotPermissions)]
// The docs' example grants SEND_MESSAGES alone, which two warn-level rules question.
#[bot(
    client_id = 172150183260323840,
    scopes = [bot, applications.commands],
    allow(implicit_denial, missing_thread_send)
)]
#[bot(permissions = [SEND_MESSAGES], reason = "answer")]
struct Documented;

#[test]
fn a_derive_that_needs_more_than_the_portal_grants_drifts() {
    let drift = install_drift::<Chat>(DOCS_EXAMPLE).unwrap();
    assert!(!drift.is_match());
    assert_eq!(drift.contexts.len(), 1);
    assert_eq!(drift.contexts[0].integration_type, IntegrationType::Guild);
    // VIEW_CHANNEL (bit 10) is declared; the Portal asks for SEND_MESSAGES (bit 11) only.
    assert_eq!(drift.contexts[0].missing_permissions, Permissions::VIEW_CHANNEL);
    assert!(drift.contexts[0].extra_permissions.is_empty());
}

#[test]
fn the_derive_s_integration_type_picks_the_install_compared() {
    let wants = InstallWants::of::<Everywhere>();
    assert!(wants.guild.is_none());
    assert!(wants.user.is_some());
    assert!(install_drift::<Everywhere>(DOCS_EXAMPLE).unwrap().is_match());
}

#[test]
fn a_derive_that_asks_for_what_the_portal_grants_matches() {
    let drift = install_drift::<Documented>(DOCS_EXAMPLE).unwrap();
    assert!(drift.is_match(), "{drift}");
}
