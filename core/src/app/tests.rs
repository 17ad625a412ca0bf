//! The install settings read from Discord's documented application object, compared and patched.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use super::*;
use crate::{IntegrationType, InviteUrl, Permissions, Reasons, Scope, Scopes};

/// The "Example Application Object" of resources/application.mdx, as documented.
const DOCS_EXAMPLE: &str = r#"{
  "bot_public": true,
  "bot_require_code_grant": false,
  "cover_image": "31deabb7e45b6c8ecfef77d2f99c81a5",
  "description": "Test",
  "guild_id": "290926798626357260",
  "icon": null,
  "id": "172150183260323840",
  "integration_types_config": {
    "0": {
      "oauth2_install_params": {
        "scopes": [
          "applications.commands",
          "bot"
        ],
        "permissions": "2048"
      }
    },
    "1": {
      "oauth2_install_params": {
        "scopes": [
          "applications.commands"
        ],
        "permissions": "0"
      }
    }
  },
  "name": "Baba O-Riley",
  "interactions_endpoint_url": null,
  "role_connections_verification_url": null,
  "event_webhooks_url": null,
  "event_webhooks_status": 1,
  "owner": {
    "avatar": null,
    "discriminator": "1738",
    "flags": 1024,
    "id": "172150183260323840",
    "username": "i own a bot"
  },
  "primary_sku_id": "172150183260323840",
  "slug": "test",
  "team": {
    "icon": "dd9b7dcfdf5351b9c3de0fe167bacbe1",
    "id": "531992624043786253",
    "members": [
      {
        "membership_state": 2,
        "permissions": ["*"],
        "team_id": "531992624043786253",
        "user": {
          "avatar": "d9e261cd35999608eb7e3de1fae3688b",
          "discriminator": "0001",
          "id": "511972282709709995",
          "username": "Mr Owner"
        }
      }
    ]
  },
  "verify_key": "1e0a356058d627ca38a5c8c9648818061d49e49bd9da9e3ab17d98ad4d6bg2u8"
}"#;

const APP_ID: u64 = 172_150_183_260_323_840;
/// `SEND_MESSAGES`, bit 11 in the docs' permission table: the `"2048"` of the example.
const SEND_MESSAGES_BIT: u64 = 1 << 11;
const BOT_AND_COMMANDS: Scopes = Scopes::EMPTY.with(Scope::Bot).with(Scope::ApplicationsCommands);
const COMMANDS: Scopes = Scopes::EMPTY.with(Scope::ApplicationsCommands);

fn docs_example() -> Application {
    Application::from_json(DOCS_EXAMPLE).expect("the documented example reads")
}

#[test]
fn the_documented_example_reads_with_both_install_contexts() {
    let application = docs_example();
    assert_eq!(application.id, APP_ID);
    assert!(!application.bot_require_code_grant);
    assert!(application.redirect_uris.is_empty());
    assert_eq!(application.install_params, None);
    let guild = application.install_params(IntegrationType::Guild).unwrap();
    assert_eq!(guild.scopes, vec![ScopeName::Known(Scope::ApplicationsCommands), ScopeName::Known(Scope::Bot)]);
    assert_eq!(guild.permissions.bits(), SEND_MESSAGES_BIT);
    let user = application.install_params(IntegrationType::User).unwrap();
    assert_eq!(user.scopes, vec![ScopeName::Known(Scope::ApplicationsCommands)]);
    assert_eq!(user.permissions.bits(), 0);
}

#[test]
fn the_documented_example_matches_what_it_says() {
    let wants = InstallWants::new()
        .guild(BOT_AND_COMMANDS, Permissions::from_bits_retain(SEND_MESSAGES_BIT))
        .user(COMMANDS, Permissions::empty());
    let drift = docs_example().drift_from(&wants);
    assert!(drift.is_match(), "{drift}");
    assert_eq!(drift.contexts.len(), 2);
    assert_eq!(drift.to_string(), "the Developer Portal's install settings match what the bot needs");
}

#[test]
fn missing_and_extra_permissions_and_scopes_are_named_per_context() {
    let wants =
        InstallWants::new().guild(Scopes::EMPTY.with(Scope::Bot), Permissions::VIEW_CHANNEL | Permissions::EMBED_LINKS);
    let drift = docs_example().drift_from(&wants);
    assert!(!drift.is_match());
    let guild = &drift.contexts[0];
    assert_eq!(guild.integration_type, IntegrationType::Guild);
    assert_eq!(guild.missing_permissions, Permissions::VIEW_CHANNEL | Permissions::EMBED_LINKS);
    assert_eq!(guild.extra_permissions, Permissions::SEND_MESSAGES);
    assert_eq!(guild.missing_scopes, Scopes::EMPTY);
    assert_eq!(guild.extra_scopes, COMMANDS);
    assert_eq!(
        guild.to_string(),
        "guild install: missing permissions View Channels (VIEW_CHANNEL), Embed Links (EMBED_LINKS); \
         extra permissions Send Messages and Create Posts (SEND_MESSAGES); extra scopes applications.commands"
    );
    // The user install is not wanted, so it is not compared.
    assert_eq!(drift.contexts.len(), 1);
}

#[test]
fn a_context_the_app_lacks_is_drift() {
    let json = r#"{"id": "172150183260323840", "integration_types_config": {"0": {}}}"#;
    let application = Application::from_json(json).unwrap();
    let wants = InstallWants::new().guild(BOT_AND_COMMANDS, Permissions::empty()).user(COMMANDS, Permissions::empty());
    let drift = application.drift_from(&wants);
    assert_eq!(drift.contexts[0].portal, PortalState::NoInstallParams);
    assert_eq!(drift.contexts[1].portal, PortalState::NotEnabled);
    assert_eq!(drift.contexts[0].missing_scopes, BOT_AND_COMMANDS);
    assert!(drift.to_string().contains("\n  user install: not enabled in the Developer Portal"));
    assert!(drift.to_string().contains("\n  guild install: no default install settings"));
}

#[test]
fn an_object_without_install_contexts_uses_install_params_for_the_guild() {
    let json = r#"{"id": "172150183260323840", "install_params": {"scopes": ["bot"], "permissions": "8"}}"#;
    let application = Application::from_json(json).unwrap();
    assert_eq!(application.portal_state(IntegrationType::Guild), PortalState::Configured);
    assert_eq!(application.portal_state(IntegrationType::User), PortalState::NotEnabled);
    let drift =
        application.drift_from(&InstallWants::new().guild(Scopes::EMPTY.with(Scope::Bot), Permissions::empty()));
    assert_eq!(drift.contexts[0].extra_permissions, Permissions::ADMINISTRATOR);
}

#[test]
fn unknown_scopes_and_keys_and_bits_are_kept_and_reported() {
    let json = r#"{"id": "172150183260323840", "integration_types_config": {
        "0": {"oauth2_install_params": {"scopes": ["bot", "future.scope\u202e"], "permissions": "9223372036854775808"}},
        "7": {"oauth2_install_params": {"scopes": [1, 2]}}}}"#;
    let application = Application::from_json(json).unwrap();
    assert_eq!(application.integration_types_config.unknown_keys, vec![String::from("7")]);
    let guild = application.install_params(IntegrationType::Guild).unwrap();
    assert_eq!(guild.unknown_scopes().collect::<Vec<_>>(), vec!["future.scope\u{202e}"]);
    assert_eq!(guild.permissions.unknown_bits(), 1 << 63);
    let drift =
        application.drift_from(&InstallWants::new().guild(Scopes::EMPTY.with(Scope::Bot), Permissions::empty()));
    let guild = &drift.contexts[0];
    assert!(!guild.is_match());
    assert_eq!(guild.unknown_scopes, vec![String::from("future.scope\u{202e}")]);
    // The bidi override is escaped, so the log line reads as it is stored.
    assert_eq!(
        guild.to_string(),
        "guild install: extra permissions undocumented bits 0x8000000000000000; \
         extra scopes future.scope\\u{202e} (unknown to botperms)"
    );
}

#[test]
fn fields_that_may_be_null_or_absent_read_as_empty() {
    let json = r#"{"id": 172150183260323840, "redirect_uris": null, "flags": 8388608,
        "integration_types_config": {"0": {"oauth2_install_params": {"scopes": null}}, "1": null}}"#;
    let application = Application::from_json(json).unwrap();
    assert_eq!(application.flags, Some(1 << 23));
    assert!(application.redirect_uris.is_empty());
    assert_eq!(application.install_params(IntegrationType::Guild), Some(&InstallParams::default()));
    assert_eq!(application.portal_state(IntegrationType::User), PortalState::NotEnabled);
}

#[test]
fn what_is_no_application_object_fails_with_a_reason() {
    let message = |json: &str| Application::from_json(json).unwrap_err().to_string();
    assert_eq!(message(""), "not a Discord application object: the text is empty");
    assert!(message("{").starts_with("not a Discord application object: EOF while parsing"), "{}", message("{"));
    assert!(message(r#"{"name": "no id"}"#).contains("missing field `id`"));
    assert!(message(r#"{"id": "12"}"#).contains("a Discord id"));
    assert!(
        message(r#"{"id": "172150183260323840", "install_params": {"permissions": "-1"}}"#).contains("permissions")
    );
    // Text quoted from the input has its control characters escaped.
    let quoted = message("{\"id\": \"1\\u001b[2J\"}");
    assert!(!quoted.contains('\u{1b}') && quoted.contains("\\u{1b}"), "{quoted}");
    // Deep nesting is no stack overflow: read fields fail on the first wrong type, others are skipped.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let nested = |field: &str| format!("{{\"id\": \"172150183260323840\", \"{field}\": {deep}}}");
    assert!(message(&nested("redirect_uris")).contains("invalid type: sequence, expected a string"));
    assert!(message(&nested("integration_types_config")).contains("invalid type: sequence, expected a map"));
    assert!(Application::from_json(&nested("some_field_discord_adds")).is_ok());
}

#[test]
fn wants_come_from_a_link_in_its_integration_type() {
    let link = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=applications.commands&integration_type=1";
    let wants = InstallWants::from_invite(&InviteUrl::parse(link).unwrap());
    assert_eq!(wants.client_id, Some(157_730_590_492_196_864));
    assert_eq!(wants.guild, None);
    assert_eq!(wants.user, Some(InstallSet::new(COMMANDS, Permissions::empty())));
    // The docs' object is another application's.
    let drift = docs_example().drift_from(&wants);
    assert_eq!(drift.other_application, Some((157_730_590_492_196_864, APP_ID)));
    assert!(!drift.is_match());
    assert!(
        drift
            .to_string()
            .contains("the application object is application 172150183260323840's, not 157730590492196864's")
    );
}

struct Poster;
impl crate::BotPermissions for Poster {
    const PERMISSIONS: Permissions = Permissions::SEND_MESSAGES.union(Permissions::EMBED_LINKS);
    const SCOPES: Scopes = BOT_AND_COMMANDS;
    const REASONS: Reasons = Reasons::NONE;
    const CLIENT_ID: Option<u64> = Some(APP_ID);
}

#[test]
fn the_start_up_check_reads_the_json_and_compares_the_bots_needs() {
    let drift = install_drift::<Poster>(DOCS_EXAMPLE).unwrap();
    assert_eq!(drift.contexts.len(), 1);
    assert_eq!(drift.contexts[0].missing_permissions, Permissions::EMBED_LINKS);
    assert_eq!(
        drift.to_string(),
        "the Developer Portal's install settings drift from what the bot needs:\n  \
         guild install: missing permissions Embed Links (EMBED_LINKS)"
    );
    assert!(install_drift::<Poster>("<html>").is_err());
}

#[test]
fn the_code_grant_setting_is_noted_for_bot_installs() {
    let json = DOCS_EXAMPLE.replace("\"bot_require_code_grant\": false", "\"bot_require_code_grant\": true");
    let drift = install_drift::<Poster>(&json).unwrap();
    assert!(drift.requires_code_grant);
    assert!(drift.to_string().ends_with("a link with `bot` needs `response_type=code` and a `redirect_uri`"));
}

#[test]
fn the_patch_makes_the_portal_match_and_keeps_the_other_context() {
    let application = docs_example();
    let wants = InstallWants::of::<Poster>();
    let patch = application.patch_for(&wants).unwrap();
    let body = serde_json::to_value(&patch).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "integration_types_config": {
                "0": {"oauth2_install_params": {"scopes": ["bot", "applications.commands"], "permissions": "18432"}},
                "1": {"oauth2_install_params": {"scopes": ["applications.commands"], "permissions": "0"}}
            }
        })
    );
    // Read back as Discord would answer, the object now matches.
    let mut updated: serde_json::Value = serde_json::from_str(DOCS_EXAMPLE).unwrap();
    updated["integration_types_config"] = body["integration_types_config"].clone();
    let updated = Application::from_json(&updated.to_string()).unwrap();
    assert!(updated.drift_from(&wants).is_match());
}

#[test]
fn the_patch_updates_install_params_only_where_the_object_has_them() {
    let json = r#"{"id": "172150183260323840", "install_params": {"scopes": ["bot"], "permissions": "8"}}"#;
    let application = Application::from_json(json).unwrap();
    let wants = InstallWants::new().guild(Scopes::EMPTY.with(Scope::Bot), Permissions::SEND_MESSAGES);
    let body = serde_json::to_value(application.patch_for(&wants).unwrap()).unwrap();
    let expected = serde_json::json!({"scopes": ["bot"], "permissions": "2048"});
    assert_eq!(body["install_params"], expected);
    assert_eq!(body["integration_types_config"]["0"]["oauth2_install_params"], expected);
    assert!(body["integration_types_config"].get("1").is_none());
}

#[test]
fn the_patch_refuses_scopes_install_settings_cannot_hold() {
    let wants = InstallWants::new().guild(Scopes::EMPTY.with(Scope::Bot).with(Scope::Identify), Permissions::empty());
    let error = docs_example().patch_for(&wants).unwrap_err();
    assert_eq!(
        error,
        PatchError::ScopeNotInstallable { integration_type: IntegrationType::Guild, scope: Scope::Identify }
    );
    assert!(error.to_string().starts_with("the guild install settings cannot hold scope `identify`"));
}

#[test]
fn secret_shaped_text_from_outside_is_never_repeated() {
    // Assembled at run time so that no token-shaped literal sits in the source.
    let token = ["MTU3NzMwNTkwNDkyMTk2ODY0", "GhIjKl", &"s1Gn4tUr3".repeat(3)].join(".");
    let json = format!(r#"{{"id": "172150183260323840", "install_params": {{"scopes": ["{token}"]}}}}"#);
    let drift = Application::from_json(&json)
        .unwrap()
        .drift_from(&InstallWants::new().guild(Scopes::EMPTY, Permissions::empty()));
    let text = drift.to_string();
    assert!(!text.contains(&token) && text.contains("[redacted"), "{text}");
    let error = Application::from_json(&format!(r#"{{"id": "{token}"}}"#)).unwrap_err().to_string();
    assert!(!error.contains(&token), "{error}");
}
