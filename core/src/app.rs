//! The Developer Portal's install settings, and how far they have drifted from what a bot needs.
//!
//! Discord's application object (`GET /applications/@me`) carries the **Default Install Settings** a
//! link without scopes uses: `install_params` and, per install context, `integration_types_config`
//! (`"0"` guild install, `"1"` user install). [`Application`] reads those fields (every other field is
//! ignored); [`InstallWants`] says what the bot needs (an [`InviteUrl`](crate::InviteUrl), a derive's
//! constants, or scopes and permissions per install context); [`Application::drift_from`] compares
//! them, and [`Application::patch_for`] gives the `PATCH /applications/@me` body that makes the Portal
//! match.
//!
//! A bot can run the check at start-up on the object it fetched anyway, and log the result:
//!
//! ```
//! use botperms_core::app::install_drift;
//! use botperms_core::{BotPermissions, Permissions, Reasons, Scope, Scopes};
//!
//! struct Greeter;
//! impl BotPermissions for Greeter {
//!     const PERMISSIONS: Permissions = Permissions::VIEW_CHANNEL.union(Permissions::SEND_MESSAGES);
//!     const SCOPES: Scopes = Scopes::EMPTY.with(Scope::Bot).with(Scope::ApplicationsCommands);
//!     const REASONS: Reasons = Reasons::NONE;
//! }
//!
//! // What `GET /applications/@me` answered (the fields that matter here).
//! let application = r#"{
//!     "id": "172150183260323840",
//!     "integration_types_config": {
//!         "0": { "oauth2_install_params": { "scopes": ["applications.commands", "bot"], "permissions": "2048" } }
//!     }
//! }"#;
//! let drift = install_drift::<Greeter>(application)?;
//! assert!(!drift.is_match());
//! assert_eq!(drift.to_string(), "the Developer Portal's install settings drift from what the bot needs:\n  \
//!     guild install: missing permissions View Channels (VIEW_CHANNEL)");
//! # Ok::<(), botperms_core::app::ApplicationError>(())
//! ```

mod compare;
mod model;
mod patch;
#[cfg(test)]
mod tests;
mod text;

pub use compare::{ContextDrift, InstallDrift, InstallSet, InstallWants, PortalState};
pub use model::{
    Application, ApplicationError, InstallParams, IntegrationTypeConfig, IntegrationTypesConfig, ScopeName,
};
pub use patch::{InstallPatch, PatchError};

use crate::BotPermissions;

/// Compares the install settings of an application object, as JSON, with what the bot `T` declares.
///
/// For a bot's start-up: pass the body of `GET /applications/@me` that it fetched anyway (or its
/// framework's application info serialized back to JSON), and log what [`InstallDrift`]'s `Display`
/// says when [`is_match`](InstallDrift::is_match) is false. Nothing is sent anywhere.
pub fn install_drift<T: BotPermissions + ?Sized>(application_json: &str) -> Result<InstallDrift, ApplicationError> {
    Ok(Application::from_json(application_json)?.drift_from(&InstallWants::of::<T>()))
}
