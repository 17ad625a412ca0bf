//! The drift as programs read it, made of the shapes every `--json` output shares.

use botperms_core::IntegrationType;
use botperms_core::app::{ContextDrift, InstallDrift, InstallSet, PortalState};
use botperms_core::render::clean;
use serde::Serialize;

use crate::json::{PermissionsJson, scope_names};

/// `app diff --json`.
#[derive(Debug, Serialize)]
pub(crate) struct DriftJson {
    matches: bool,
    application_id: String,
    /// The client id of the wanted links, when it is not the object's.
    other_application: Option<String>,
    requires_code_grant: bool,
    contexts: Vec<ContextJson>,
}

impl DriftJson {
    pub(crate) fn new(drift: &InstallDrift, application_id: u64) -> DriftJson {
        DriftJson {
            matches: drift.is_match(),
            application_id: application_id.to_string(),
            other_application: drift.other_application.map(|(wanted, _)| wanted.to_string()),
            requires_code_grant: drift.requires_code_grant,
            contexts: drift.contexts.iter().map(ContextJson::from).collect(),
        }
    }
}

#[derive(Debug, Serialize)]
struct ContextJson {
    /// `"0"` or `"1"`, as in `integration_types_config`.
    integration_type: &'static str,
    name: &'static str,
    /// `configured`, `no_install_params` or `not_enabled`.
    portal: &'static str,
    matches: bool,
    wanted: SetJson,
    /// What the Portal asks for; `null` unless configured.
    portal_settings: Option<SetJson>,
    missing_permissions: PermissionsJson,
    extra_permissions: PermissionsJson,
    missing_scopes: Vec<&'static str>,
    extra_scopes: Vec<&'static str>,
    /// Scopes in the Portal botperms does not know (also extra).
    unknown_scopes: Vec<String>,
}

impl From<&ContextDrift> for ContextJson {
    fn from(context: &ContextDrift) -> ContextJson {
        let configured = context.portal == PortalState::Configured;
        ContextJson {
            integration_type: context.integration_type.as_str(),
            name: match context.integration_type {
                IntegrationType::Guild => "guild install",
                IntegrationType::User => "user install",
            },
            portal: match context.portal {
                PortalState::Configured => "configured",
                PortalState::NoInstallParams => "no_install_params",
                PortalState::NotEnabled => "not_enabled",
            },
            matches: context.is_match(),
            wanted: SetJson::new(context.wanted),
            portal_settings: configured.then(|| SetJson::new(context.granted)),
            missing_permissions: context.missing_permissions.into(),
            extra_permissions: context.extra_permissions.into(),
            missing_scopes: scope_names(context.missing_scopes.iter()),
            extra_scopes: scope_names(context.extra_scopes.iter()),
            unknown_scopes: context.unknown_scopes.iter().map(|name| clean(name).into_owned()).collect(),
        }
    }
}

#[derive(Debug, Serialize)]
struct SetJson {
    scopes: Vec<&'static str>,
    permissions: PermissionsJson,
}

impl SetJson {
    fn new(set: InstallSet) -> SetJson {
        SetJson { scopes: scope_names(set.scopes.iter()), permissions: set.permissions.into() }
    }
}
