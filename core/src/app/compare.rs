//! What a bot wants from a new install, and how the Portal's install settings differ from it.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use super::model::Application;
use super::text::{NAME_CHARS, Untrusted};
use crate::{BotPermissions, IntegrationType, InviteUrl, Permissions, Scopes};

/// The scopes and permissions of one install context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct InstallSet {
    /// The scopes.
    pub scopes: Scopes,
    /// The permissions of the bot's role.
    pub permissions: Permissions,
}

impl InstallSet {
    /// A set of `scopes` and `permissions`.
    pub const fn new(scopes: Scopes, permissions: Permissions) -> Self {
        InstallSet { scopes, permissions }
    }
}

/// What a bot wants a new install to ask for, per install context; a context left `None` is not compared.
///
/// ```
/// use botperms_core::app::{InstallSet, InstallWants};
/// use botperms_core::{InviteUrl, Permissions, Scope, Scopes};
///
/// let link = InviteUrl::parse("https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&permissions=2048")?;
/// let wants = InstallWants::from_invite(&link);
/// assert_eq!(wants.guild, Some(InstallSet::new(Scopes::EMPTY.with(Scope::Bot), Permissions::SEND_MESSAGES)));
/// assert_eq!(wants.user, None);
///
/// let by_hand = InstallWants::new().user(Scopes::EMPTY.with(Scope::ApplicationsCommands), Permissions::empty());
/// assert!(by_hand.guild.is_none());
/// # Ok::<(), botperms_core::ParseInviteError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct InstallWants {
    /// The application the wants are for, when known; a different id in the Portal's object is reported.
    pub client_id: Option<u64>,
    /// A guild (server) install: `integration_type=0`.
    pub guild: Option<InstallSet>,
    /// A user install: `integration_type=1`.
    pub user: Option<InstallSet>,
}

impl InstallWants {
    /// Nothing wanted yet.
    pub const fn new() -> Self {
        InstallWants { client_id: None, guild: None, user: None }
    }

    /// Wants a guild install with `scopes` and `permissions`.
    #[must_use]
    pub const fn guild(mut self, scopes: Scopes, permissions: Permissions) -> Self {
        self.guild = Some(InstallSet::new(scopes, permissions));
        self
    }

    /// Wants a user install with `scopes` and `permissions`.
    #[must_use]
    pub const fn user(mut self, scopes: Scopes, permissions: Permissions) -> Self {
        self.user = Some(InstallSet::new(scopes, permissions));
        self
    }

    /// Wants `set` for `context`, replacing what was wanted there.
    #[must_use]
    pub const fn context(mut self, context: IntegrationType, set: InstallSet) -> Self {
        match context {
            IntegrationType::Guild => self.guild = Some(set),
            IntegrationType::User => self.user = Some(set),
        }
        self
    }

    /// Wants what the link asks for, in its `integration_type` (a guild install when it has none).
    pub fn from_invite(invite: &InviteUrl) -> Self {
        let set = InstallSet::new(invite.scopes().iter().copied().collect(), invite.permissions().unwrap_or_default());
        let context = invite.integration_type().unwrap_or(IntegrationType::Guild);
        InstallWants { client_id: Some(invite.client_id()), ..InstallWants::new() }.context(context, set)
    }

    /// Wants what the bot `T` declares: its scopes and permissions, in the install context its
    /// `integration_type` names (a guild install when it names none).
    pub fn of<T: BotPermissions + ?Sized>() -> Self {
        let set = InstallSet::new(T::SCOPES, T::PERMISSIONS);
        // The derive passes `integration_type` to its builder only; a bot without a client id cannot
        // build and so declares none.
        let context = T::invite().build().ok().and_then(|invite| invite.integration_type());
        InstallWants { client_id: T::CLIENT_ID, ..InstallWants::new() }
            .context(context.unwrap_or(IntegrationType::Guild), set)
    }

    /// What is wanted for `context`.
    pub const fn get(&self, context: IntegrationType) -> Option<InstallSet> {
        match context {
            IntegrationType::Guild => self.guild,
            IntegrationType::User => self.user,
        }
    }

    /// The contexts something is wanted for, guild first.
    pub fn contexts(&self) -> impl Iterator<Item = (IntegrationType, InstallSet)> + '_ {
        [IntegrationType::Guild, IntegrationType::User]
            .into_iter()
            .filter_map(|context| self.get(context).map(|set| (context, set)))
    }
}

/// What the Portal holds for an install context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PortalState {
    /// Default install settings are there.
    Configured,
    /// The app supports the context, but has no default install settings for it (its install link
    /// is a custom URL or none).
    NoInstallParams,
    /// The app does not support the context.
    NotEnabled,
}

/// How one install context in the Portal differs from what the bot wants. "Missing" is what the bot
/// wants and a new install would not grant; "extra" is what a new install grants beyond the wants.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ContextDrift {
    /// The install context.
    pub integration_type: IntegrationType,
    /// What the Portal holds for it.
    pub portal: PortalState,
    /// What the bot wants.
    pub wanted: InstallSet,
    /// What the Portal asks for (empty unless [`PortalState::Configured`]), known scopes only.
    pub granted: InstallSet,
    /// Scopes in the Portal that botperms does not know, as written (they count as extra).
    pub unknown_scopes: Vec<String>,
    /// Wanted permissions the Portal does not ask for.
    pub missing_permissions: Permissions,
    /// Permissions the Portal asks for beyond the wanted ones.
    pub extra_permissions: Permissions,
    /// Wanted scopes the Portal does not ask for.
    pub missing_scopes: Scopes,
    /// Known scopes the Portal asks for beyond the wanted ones.
    pub extra_scopes: Scopes,
}

impl ContextDrift {
    /// Whether the Portal asks for exactly what is wanted.
    pub fn is_match(&self) -> bool {
        self.portal == PortalState::Configured
            && self.missing_permissions.is_empty()
            && self.extra_permissions.is_empty()
            && self.missing_scopes.is_empty()
            && self.extra_scopes.is_empty()
            && self.unknown_scopes.is_empty()
    }
}

/// The wire value and the Portal's word for an install context.
pub(super) const fn context_name(context: IntegrationType) -> &'static str {
    match context {
        IntegrationType::Guild => "guild install",
        IntegrationType::User => "user install",
    }
}

impl fmt::Display for ContextDrift {
    /// One line: `guild install: missing permissions Embed Links (EMBED_LINKS); extra scopes identify`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", context_name(self.integration_type))?;
        match self.portal {
            PortalState::NotEnabled => {
                return f.write_str("not enabled in the Developer Portal (Installation, Installation Contexts)");
            }
            PortalState::NoInstallParams => {
                return f.write_str(
                    "no default install settings in the Developer Portal (Installation, Install Link: Discord Provided Link)",
                );
            }
            PortalState::Configured if self.is_match() => return f.write_str("matches the Developer Portal"),
            PortalState::Configured => {}
        }
        let mut parts = Parts { f, first: true };
        if !self.missing_permissions.is_empty() {
            parts.part(format_args!("missing permissions {}", Labels(self.missing_permissions)))?;
        }
        if !self.extra_permissions.is_empty() {
            parts.part(format_args!("extra permissions {}", Labels(self.extra_permissions)))?;
        }
        if !self.missing_scopes.is_empty() {
            parts.part(format_args!("missing scopes {}", ScopeList(self.missing_scopes, &[])))?;
        }
        if !self.extra_scopes.is_empty() || !self.unknown_scopes.is_empty() {
            parts.part(format_args!("extra scopes {}", ScopeList(self.extra_scopes, &self.unknown_scopes)))?;
        }
        Ok(())
    }
}

struct Parts<'a, 'b> {
    f: &'a mut fmt::Formatter<'b>,
    first: bool,
}

impl Parts<'_, '_> {
    fn part(&mut self, part: fmt::Arguments<'_>) -> fmt::Result {
        if !self.first {
            self.f.write_str("; ")?;
        }
        self.first = false;
        self.f.write_fmt(part)
    }
}

/// `Embed Links (EMBED_LINKS), Attach Files (ATTACH_FILES)`: the label an admin sees, then Discord's name.
struct Labels(Permissions);

impl fmt::Display for Labels {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut separator = "";
        for info in self.0.infos() {
            write!(f, "{separator}{} ({})", info.client_label, info.name)?;
            separator = ", ";
        }
        let unknown = self.0.unknown_bits();
        if unknown != 0 {
            write!(f, "{separator}undocumented bits {unknown:#x}")?;
        }
        Ok(())
    }
}

/// `bot, applications.commands, new.scope (unknown to botperms)`.
struct ScopeList<'a>(Scopes, &'a [String]);

impl fmt::Display for ScopeList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut separator = "";
        for scope in self.0.iter() {
            write!(f, "{separator}{scope}")?;
            separator = ", ";
        }
        for name in self.1 {
            write!(f, "{separator}{} (unknown to botperms)", Untrusted(name, NAME_CHARS))?;
            separator = ", ";
        }
        Ok(())
    }
}

/// How the Portal's install settings differ from what the bot wants, per wanted install context.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct InstallDrift {
    /// One entry per wanted context, guild first.
    pub contexts: Vec<ContextDrift>,
    /// The wanted client id and the object's id, when they differ: the object is another application's.
    pub other_application: Option<(u64, u64)>,
    /// The app has "Require OAuth2 Code Grant" on, and a wanted install adds the bot: links with
    /// `bot` then need `response_type=code` and a `redirect_uri`, or the bot never joins.
    pub requires_code_grant: bool,
}

impl InstallDrift {
    /// Whether every wanted context matches and the object is the wanted application's.
    pub fn is_match(&self) -> bool {
        self.other_application.is_none() && self.contexts.iter().all(ContextDrift::is_match)
    }

    /// The contexts that do not match.
    pub fn drifted(&self) -> impl Iterator<Item = &ContextDrift> {
        self.contexts.iter().filter(|context| !context.is_match())
    }
}

impl fmt::Display for InstallDrift {
    /// A first line saying whether the settings match, then one indented line per difference.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_match() {
            f.write_str("the Developer Portal's install settings match what the bot needs")?;
        } else {
            f.write_str("the Developer Portal's install settings drift from what the bot needs:")?;
            if let Some((wanted, found)) = self.other_application {
                write!(f, "\n  the application object is application {found}'s, not {wanted}'s")?;
            }
            for context in self.drifted() {
                write!(f, "\n  {context}")?;
            }
        }
        if self.requires_code_grant {
            f.write_str(
                "\n  note: \"Require OAuth2 Code Grant\" is on: a link with `bot` needs `response_type=code` and a \
                 `redirect_uri`",
            )?;
        }
        Ok(())
    }
}

impl Application {
    /// What the Portal holds for `context`.
    pub fn portal_state(&self, context: IntegrationType) -> PortalState {
        let config = &self.integration_types_config;
        match (config.get(context), self.install_params(context)) {
            (_, Some(_)) => PortalState::Configured,
            (Some(_), None) => PortalState::NoInstallParams,
            (None, None) => PortalState::NotEnabled,
        }
    }

    /// Compares the install settings with `wants`, context by context.
    ///
    /// ```
    /// use botperms_core::app::{Application, InstallWants};
    /// use botperms_core::{Permissions, Scope, Scopes};
    ///
    /// let application = Application::from_json(r#"{"id": "172150183260323840", "integration_types_config": {
    ///     "0": {"oauth2_install_params": {"scopes": ["applications.commands", "bot"], "permissions": "2048"}}}}"#)?;
    /// let scopes = Scopes::EMPTY.with(Scope::Bot).with(Scope::ApplicationsCommands);
    /// let wants = InstallWants::new().guild(scopes, Permissions::SEND_MESSAGES | Permissions::EMBED_LINKS);
    /// let drift = application.drift_from(&wants);
    /// assert_eq!(drift.contexts[0].missing_permissions, Permissions::EMBED_LINKS);
    /// assert_eq!(drift.contexts[0].to_string(), "guild install: missing permissions Embed Links (EMBED_LINKS)");
    /// # Ok::<(), botperms_core::app::ApplicationError>(())
    /// ```
    pub fn drift_from(&self, wants: &InstallWants) -> InstallDrift {
        let contexts: Vec<ContextDrift> =
            wants.contexts().map(|(context, wanted)| self.context_drift(context, wanted)).collect();
        let other_application = wants.client_id.filter(|wanted| *wanted != self.id).map(|wanted| (wanted, self.id));
        let adds_bot = wants.contexts().any(|(_, set)| set.scopes.contains(crate::Scope::Bot));
        InstallDrift { contexts, other_application, requires_code_grant: self.bot_require_code_grant && adds_bot }
    }

    fn context_drift(&self, context: IntegrationType, wanted: InstallSet) -> ContextDrift {
        let portal = self.portal_state(context);
        let params = self.install_params(context);
        let granted = params
            .map_or_else(InstallSet::default, |params| InstallSet::new(params.known_scopes(), params.permissions));
        let unknown_scopes =
            params.map(|params| params.unknown_scopes().map(String::from).collect()).unwrap_or_default();
        ContextDrift {
            integration_type: context,
            portal,
            wanted,
            granted,
            unknown_scopes,
            missing_permissions: wanted.permissions.difference(granted.permissions),
            extra_permissions: granted.permissions.difference(wanted.permissions),
            missing_scopes: difference(wanted.scopes, granted.scopes),
            extra_scopes: difference(granted.scopes, wanted.scopes),
        }
    }
}

/// The scopes of `set` not in `other`.
fn difference(set: Scopes, other: Scopes) -> Scopes {
    set.iter().filter(|scope| !other.contains(*scope)).collect()
}
