//! The `PATCH /applications/@me` body that makes the Portal's install settings what a bot wants.

use alloc::vec::Vec;
use core::fmt;

use serde::Serialize;

use super::compare::{InstallSet, InstallWants, context_name};
use super::model::{Application, InstallParams, IntegrationTypeConfig, IntegrationTypesConfig, ScopeName};
use crate::{IntegrationType, Scope};

/// The install fields of an Edit Current Application request; nothing else is sent, so no other
/// setting changes. `integration_types_config` always carries both contexts the app supports (a
/// context not wanted keeps what the Portal has), since Discord replaces the whole map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct InstallPatch {
    /// Sent only when the object has it and a guild install is wanted, so that it says the same as
    /// the guild install's settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install_params: Option<InstallParams>,
    /// Every supported context's settings.
    pub integration_types_config: IntegrationTypesConfig,
}

/// Settings the Portal cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PatchError {
    /// Default install settings hold only `bot` and `applications.commands` ("Discord Provided Links
    /// are limited to the `application.commands` and `bot` scopes", resources/application.mdx).
    ScopeNotInstallable {
        /// The context it was wanted in.
        integration_type: IntegrationType,
        /// The scope.
        scope: Scope,
    },
}

impl fmt::Display for PatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ScopeNotInstallable { integration_type, scope } => write!(
                f,
                "the {} settings cannot hold scope `{scope}`: the Developer Portal's default install settings take \
                 only `bot` and `applications.commands`; use a custom install link for other scopes",
                context_name(*integration_type)
            ),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for PatchError {}

/// The install params of `set`, scopes in the order of [`Scope::ALL`].
fn params(set: InstallSet) -> InstallParams {
    InstallParams { scopes: set.scopes.iter().map(ScopeName::Known).collect(), permissions: set.permissions }
}

impl Application {
    /// The body of `PATCH /applications/@me` after which [`drift_from`](Self::drift_from) finds no
    /// difference for `wants`: the wanted contexts get the wanted settings, the others keep theirs.
    ///
    /// ```
    /// use botperms_core::app::{Application, InstallWants};
    /// use botperms_core::{Permissions, Scope, Scopes};
    ///
    /// let application = Application::from_json(r#"{"id": "172150183260323840", "integration_types_config": {
    ///     "0": {"oauth2_install_params": {"scopes": ["applications.commands", "bot"], "permissions": "2048"}},
    ///     "1": {"oauth2_install_params": {"scopes": ["applications.commands"], "permissions": "0"}}}}"#)?;
    /// let wants = InstallWants::new().guild(Scopes::EMPTY.with(Scope::Bot), Permissions::SEND_MESSAGES | Permissions::EMBED_LINKS);
    /// let patch = application.patch_for(&wants).unwrap();
    /// let guild = patch.integration_types_config.guild.unwrap().oauth2_install_params.unwrap();
    /// assert_eq!(guild.permissions.bits(), 2048 + 16384);
    /// assert!(patch.integration_types_config.user.is_some(), "the user install is kept");
    /// # Ok::<(), botperms_core::app::ApplicationError>(())
    /// ```
    pub fn patch_for(&self, wants: &InstallWants) -> Result<InstallPatch, PatchError> {
        let installable = [Scope::Bot, Scope::ApplicationsCommands];
        for (integration_type, set) in wants.contexts() {
            if let Some(scope) = set.scopes.iter().find(|scope| !installable.contains(scope)) {
                return Err(PatchError::ScopeNotInstallable { integration_type, scope });
            }
        }
        let mut config = IntegrationTypesConfig { unknown_keys: Vec::new(), ..self.integration_types_config.clone() };
        // An object from before install contexts holds its guild settings in `install_params` only.
        if config.is_empty() && self.install_params.is_some() {
            config.guild = Some(IntegrationTypeConfig { oauth2_install_params: self.install_params.clone() });
        }
        for (context, set) in wants.contexts() {
            let entry = IntegrationTypeConfig { oauth2_install_params: Some(params(set)) };
            match context {
                IntegrationType::Guild => config.guild = Some(entry),
                IntegrationType::User => config.user = Some(entry),
            }
        }
        let install_params = self.install_params.as_ref().and(wants.guild).map(params);
        Ok(InstallPatch { install_params, integration_types_config: config })
    }
}
