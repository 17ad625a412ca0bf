//! `Debug` of the invite types that hold what users wrote (`redirect_uri`, `state`, a parsed link), through
//! the renderer: a secret pasted into a builder must not reach a log that prints it with `{:?}`.

use core::fmt;

use super::{InviteUrl, RequestParts};
use crate::render::Untrusted;

impl fmt::Debug for RequestParts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestParts")
            .field("client_id", &self.client_id)
            .field("scopes", &self.scopes)
            .field("permissions", &self.permissions)
            .field("guild_id", &self.guild_id)
            .field("disable_guild_select", &self.disable_guild_select)
            .field("integration_type", &self.integration_type)
            .field("redirect_uri", &self.redirect_uri.as_deref().map(Untrusted))
            .field("response_type", &self.response_type)
            .field("state", &self.state.as_deref().map(Untrusted))
            .field("prompt", &self.prompt)
            .field("require_code_grant", &self.require_code_grant)
            .finish()
    }
}

impl fmt::Debug for InviteUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InviteUrl")
            .field("link", &Untrusted(self.as_str()))
            .field("parts", self.parts())
            .field("findings", &self.findings())
            .finish()
    }
}
