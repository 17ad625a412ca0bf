//! Invite (OAuth2 authorize) links: the [`InviteBuilder`], the checked [`InviteUrl`], and its parser.

use alloc::string::String;
use alloc::vec::Vec;
// `Debug` through the renderer: a secret pasted into a builder must not reach a log.
mod debug;

use core::fmt;

use crate::const_text::ConstText;
use crate::ids::Snowflake;
#[cfg(feature = "runtime")]
use crate::render::{Untrusted, clean, clean_owned};
pub(crate) use crate::request::{Face, IntegrationType, Param, Prompt, Request, ResponseType};
use crate::rules::{self, Finding, Level, Levels, Rule};
use crate::{Permissions, Scope, Scopes};

/// The base every link is built on, as Discord's documentation gives it.
pub const AUTHORIZE_URL: &str = "https://discord.com/oauth2/authorize";

/// A link parameter's name, from the registry.
fn url_name(param: Param) -> &'static str {
    param.info().url.unwrap_or(param.info().macro_key)
}

/// Appends `&key=value` (`?key=value` for the first pair), the value form-encoded.
fn push_pair(link: &mut String, first: bool, param: Param, value: &str) {
    push_key(link, first, param);
    crate::uri::push_form_encoded(link, value);
}

fn push_key(link: &mut String, first: bool, param: Param) {
    link.push_str(if first { "?" } else { "&" });
    link.push_str(url_name(param));
    link.push('=');
}

/// Appends `value` in decimal.
fn push_decimal(link: &mut String, value: u64) {
    link.push_str(crate::ids::decimal(value, &mut [0; 20]));
}

/// A link without its `scope` and `permissions` parameters: `head` ends with the `client_id`,
/// `tail` holds every later parameter. The macros render a derive's link in const evaluation from
/// these two pieces and the composed scopes and permissions ([`compose_link`]); the runtime
/// renders from the same pieces ([`render`]), so both are the same bytes.
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTemplate {
    /// Up to and including the `client_id` value.
    pub head: String,
    /// Every parameter after `permissions`, each with its leading `&`.
    pub tail: String,
}

/// The [`LinkTemplate`] of `request`.
#[doc(hidden)]
pub fn link_template(request: &Request<'_>) -> LinkTemplate {
    let mut head = String::new();
    push_head(&mut head, request);
    let mut tail = String::new();
    push_tail(&mut tail, request);
    LinkTemplate { head, tail }
}

/// The link up to and including the `client_id` value.
fn push_head(link: &mut String, request: &Request<'_>) {
    link.push_str(AUTHORIZE_URL);
    push_key(link, true, Param::ClientId);
    push_decimal(link, request.client_id.unwrap_or_default());
}

/// Every parameter after `permissions`, each with its leading `&`.
fn push_tail(link: &mut String, request: &Request<'_>) {
    if let Some(id) = request.guild_id {
        push_key(link, false, Param::GuildId);
        push_decimal(link, id);
    }
    if let Some(disable) = request.disable_guild_select {
        push_pair(link, false, Param::DisableGuildSelect, if disable { "true" } else { "false" });
    }
    let words = [
        (Param::IntegrationType, request.integration_type.map(IntegrationType::as_str)),
        (Param::ResponseType, request.response_type.map(ResponseType::as_str)),
        (Param::RedirectUri, request.redirect_uri),
        (Param::State, request.state),
        (Param::Prompt, request.prompt.map(Prompt::as_str)),
    ];
    let mut index = 0;
    while index < words.len() {
        if let (param, Some(value)) = words[index] {
            push_pair(link, false, param, value);
        }
        index += 1;
    }
}

/// The whole link for `request`: scopes in the order given, permissions when any item is given.
pub fn render(request: &Request<'_>) -> String {
    // Room for the usual link (the base, an id, a few scopes, a permissions integer): one allocation.
    let mut link = String::with_capacity(160);
    push_head(&mut link, request);
    let mut index = 0;
    while index < request.scopes.len() {
        if index == 0 {
            push_key(&mut link, false, Param::Scope);
        } else {
            // The space between scopes, form-encoded.
            link.push('+');
        }
        crate::uri::push_form_encoded(&mut link, request.scopes[index].as_str());
        index += 1;
    }
    if !request.permissions.is_empty() {
        push_key(&mut link, false, Param::Permissions);
        push_decimal(&mut link, request.all_permissions().bits());
    }
    push_tail(&mut link, request);
    link
}

/// The room [`compose_link`] needs beyond `head` and `tail`: every scope name and the largest
/// permissions integer.
#[doc(hidden)]
pub const COMPOSED_PARTS_CAPACITY: usize = {
    let mut room = "&scope=".len() + "&permissions=".len() + 20;
    let mut index = 0;
    while index < Scope::ALL.len() {
        room += Scope::ALL[index].as_str().len() + 1;
        index += 1;
    }
    room
};

/// Renders a link in const evaluation, as [`render`] does at run time for scopes given in the
/// order of [`Scopes`] and the permissions as one item (left out when empty).
///
/// # Panics
/// When `N` is smaller than `head.len() + tail.len() + COMPOSED_PARTS_CAPACITY`: a build error in a constant.
#[doc(hidden)]
pub const fn compose_link<const N: usize>(
    head: &str,
    scopes: Scopes,
    permissions: Permissions,
    tail: &str,
) -> ConstText<N> {
    let mut link = ConstText::new().push(head);
    let mut separator = "&scope=";
    let mut rest = scopes;
    while let Some((scope, others)) = rest.split_first() {
        // Scope names are lowercase letters, dots and underscores: form encoding keeps them as they are.
        link = link.push(separator).push(scope.as_str());
        separator = "+";
        rest = others;
    }
    if !permissions.is_empty() {
        link = link.push("&permissions=").push_decimal(permissions.bits());
    }
    link.push(tail)
}

/// The owned parts of a [`Request`]: what a builder collects, a parser reads and a link keeps. Its `Debug`
/// goes through the renderer (`render/debug.rs`).
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct RequestParts {
    pub(crate) client_id: u64,
    pub(crate) scopes: Vec<Scope>,
    pub(crate) permissions: Vec<Permissions>,
    pub(crate) guild_id: Option<u64>,
    pub(crate) disable_guild_select: Option<bool>,
    pub(crate) integration_type: Option<IntegrationType>,
    pub(crate) redirect_uri: Option<String>,
    pub(crate) response_type: Option<ResponseType>,
    pub(crate) state: Option<String>,
    pub(crate) prompt: Option<Prompt>,
    pub(crate) require_code_grant: bool,
}

impl RequestParts {
    /// The parts lent to the rule engine and the renderer, as a run-time request.
    pub(crate) fn request(&self) -> Request<'_> {
        Request {
            client_id: Some(self.client_id),
            scopes: &self.scopes,
            permissions: &self.permissions,
            guild_id: self.guild_id,
            disable_guild_select: self.disable_guild_select,
            integration_type: self.integration_type,
            redirect_uri: self.redirect_uri.as_deref(),
            response_type: self.response_type,
            state: self.state.as_deref(),
            prompt: self.prompt,
            require_code_grant: self.require_code_grant,
            compile_time: false,
            face: Face::Link,
        }
    }
}

/// Builds an [`InviteUrl`] at run time, checked by the same rules as the macros.
///
/// ```
/// use botperms_core::{InviteUrl, Permissions, Scope};
///
/// let invite = InviteUrl::new(157730590492196864_u64)
///     .scopes([Scope::Bot, Scope::ApplicationsCommands])
///     .permissions(Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES | Permissions::SEND_MESSAGES_IN_THREADS)
///     .build()?;
/// assert_eq!(
///     invite.as_str(),
///     "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot+applications.commands&permissions=274877910016"
/// );
/// # Ok::<(), botperms_core::InviteError>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build()`"]
pub struct InviteBuilder {
    parts: RequestParts,
    levels: Levels,
    face: Face,
}

impl InviteBuilder {
    /// Adds scopes, in order.
    pub fn scopes(mut self, scopes: impl IntoIterator<Item = Scope>) -> Self {
        self.parts.scopes.extend(scopes);
        self
    }

    /// Adds one scope.
    pub fn scope(mut self, scope: Scope) -> Self {
        self.parts.scopes.push(scope);
        self
    }

    /// Adds permissions.
    pub fn permissions(mut self, permissions: Permissions) -> Self {
        self.parts.permissions.push(permissions);
        self
    }

    /// Preselects a guild: `guild_id`.
    pub fn guild_id(mut self, guild_id: impl Snowflake) -> Self {
        self.parts.guild_id = Some(guild_id.snowflake());
        self
    }

    /// Stops the admin from choosing another guild than `guild_id`.
    pub fn disable_guild_select(mut self, disable: bool) -> Self {
        self.parts.disable_guild_select = Some(disable);
        self
    }

    /// Installs to a guild or to a user: `integration_type`.
    pub fn integration_type(mut self, integration_type: IntegrationType) -> Self {
        self.parts.integration_type = Some(integration_type);
        self
    }

    /// Where Discord sends the user back: `redirect_uri`.
    pub fn redirect_uri(mut self, redirect_uri: impl Into<String>) -> Self {
        self.parts.redirect_uri = Some(redirect_uri.into());
        self
    }

    /// The OAuth2 grant: `response_type`.
    pub fn response_type(mut self, response_type: ResponseType) -> Self {
        self.parts.response_type = Some(response_type);
        self
    }

    /// A CSRF token, random per request: `state`.
    pub fn state(mut self, state: impl Into<String>) -> Self {
        self.parts.state = Some(state.into());
        self
    }

    /// Whether Discord asks again: `prompt`.
    pub fn prompt(mut self, prompt: Prompt) -> Self {
        self.parts.prompt = Some(prompt);
        self
    }

    /// Says that the app has "Require OAuth2 Code Grant" on, so the link needs the code grant.
    pub fn require_code_grant(mut self, required: bool) -> Self {
        self.parts.require_code_grant = required;
        self
    }

    /// Silences `rule`.
    pub fn allow(self, rule: Rule) -> Self {
        self.level(rule, Level::Allow)
    }

    /// Makes `rule` a warning.
    pub fn warn(self, rule: Rule) -> Self {
        self.level(rule, Level::Warn)
    }

    /// Makes `rule` an error.
    pub fn deny(self, rule: Rule) -> Self {
        self.level(rule, Level::Deny)
    }

    /// Sets the level of `rule`.
    pub fn level(mut self, rule: Rule, level: Level) -> Self {
        self.levels.set(rule, level);
        self
    }

    /// Writes the findings' help in `face`'s syntax (`--response-type code` for [`Face::Cli`])
    /// instead of the builder's (`.response_type(ResponseType::Code)`).
    pub fn written_as(mut self, face: Face) -> Self {
        self.face = face;
        self
    }

    /// Checks the request and renders the link. Deny-level findings make it fail; warnings and
    /// notes stay on the link, in [`InviteUrl::findings`].
    ///
    /// With `redirect_uri` and no `response_type`, the link gets `response_type=code`, as
    /// discord.py's `oauth_url` does ([`Request::completed`]).
    pub fn build(mut self) -> Result<InviteUrl, InviteError> {
        let completed = Request { face: self.face, ..self.parts.request() }.completed().response_type;
        self.parts.response_type = completed;
        let request = Request { face: self.face, ..self.parts.request() };
        let findings = rules::check(&request, &self.levels);
        if findings.iter().any(|finding| finding.level == Level::Deny) {
            return Err(InviteError { findings });
        }
        let link = render(&request);
        let parts = self.parts;
        Ok(InviteUrl { link, parts, findings })
    }
}

/// Why a link could not be built: every deny-level finding, and the warnings beside them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteError {
    /// What the rules found.
    pub findings: Vec<Finding>,
}

impl InviteError {
    /// The findings that made the build fail.
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|finding| finding.level == Level::Deny)
    }
}

impl fmt::Display for InviteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the invite link breaks the rules:")?;
        for finding in &self.findings {
            write!(f, "\n{finding}")?;
        }
        Ok(())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for InviteError {}

/// A checked invite link. It displays as the link itself; its `Debug` redacts anything secret-shaped.
#[derive(Clone, PartialEq, Eq)]
pub struct InviteUrl {
    link: String,
    parts: RequestParts,
    findings: Vec<Finding>,
}

impl InviteUrl {
    /// Starts a link for the application `client_id`.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(client_id: impl Snowflake) -> InviteBuilder {
        InviteBuilder {
            parts: RequestParts { client_id: client_id.snowflake(), ..RequestParts::default() },
            levels: Levels::DEFAULT,
            face: Face::Builder,
        }
    }

    /// Starts a bare link on purpose: with no scopes, Discord applies the app's Default Install
    /// Settings from the Developer Portal, so the note `default_install_settings` is silenced.
    ///
    /// ```
    /// use botperms_core::InviteUrl;
    ///
    /// let invite = InviteUrl::default_install(157730590492196864_u64).build()?;
    /// assert_eq!(invite.as_str(), "https://discord.com/oauth2/authorize?client_id=157730590492196864");
    /// assert!(invite.findings().is_empty());
    /// # Ok::<(), botperms_core::InviteError>(())
    /// ```
    pub fn default_install(client_id: impl Snowflake) -> InviteBuilder {
        InviteUrl::new(client_id).allow(Rule::DefaultInstallSettings)
    }

    /// The link.
    pub fn as_str(&self) -> &str {
        &self.link
    }

    /// The application's id.
    pub fn client_id(&self) -> u64 {
        self.parts.client_id
    }

    /// The scopes, in link order.
    pub fn scopes(&self) -> &[Scope] {
        &self.parts.scopes
    }

    /// The permissions, when the link carries them.
    pub fn permissions(&self) -> Option<Permissions> {
        (!self.parts.permissions.is_empty()).then(|| self.parts.request().all_permissions())
    }

    /// The preselected guild.
    pub fn guild_id(&self) -> Option<u64> {
        self.parts.guild_id
    }

    /// `disable_guild_select`.
    pub fn disable_guild_select(&self) -> Option<bool> {
        self.parts.disable_guild_select
    }

    /// `integration_type`.
    pub fn integration_type(&self) -> Option<IntegrationType> {
        self.parts.integration_type
    }

    /// `redirect_uri`.
    pub fn redirect_uri(&self) -> Option<&str> {
        self.parts.redirect_uri.as_deref()
    }

    /// `response_type`.
    pub fn response_type(&self) -> Option<ResponseType> {
        self.parts.response_type
    }

    /// `state`.
    pub fn state(&self) -> Option<&str> {
        self.parts.state.as_deref()
    }

    /// `prompt`.
    pub fn prompt(&self) -> Option<Prompt> {
        self.parts.prompt
    }

    /// What the rules found: warnings of a built link; everything, errors included, of a parsed one.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    #[cfg(feature = "runtime")]
    /// The link as a [`url::Url`].
    ///
    /// # Panics
    /// Never: the link was rendered from checked parts with every value form-encoded.
    pub fn to_url(&self) -> url::Url {
        // The link was rendered from checked parts with every value form-encoded.
        url::Url::parse(&self.link).expect("a rendered invite link is an absolute URL")
    }

    pub(crate) fn parts(&self) -> &RequestParts {
        &self.parts
    }

    #[cfg(feature = "runtime")]
    pub(crate) fn from_parts(parts: RequestParts, findings: Vec<Finding>, link: String) -> InviteUrl {
        InviteUrl { link, parts, findings }
    }
}

impl fmt::Display for InviteUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.link)
    }
}

impl AsRef<str> for InviteUrl {
    fn as_ref(&self) -> &str {
        &self.link
    }
}

#[cfg(feature = "runtime")]
impl From<&InviteUrl> for url::Url {
    fn from(invite: &InviteUrl) -> url::Url {
        invite.to_url()
    }
}

#[cfg(feature = "runtime")]
impl From<InviteUrl> for url::Url {
    fn from(invite: InviteUrl) -> url::Url {
        invite.to_url()
    }
}

#[cfg(feature = "runtime")]
/// A text that is no Discord authorize link.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseInviteError {
    /// Not an absolute URL.
    NotAUrl(url::ParseError),
    /// A host other than Discord's.
    NotDiscord {
        /// The host found, through [`render::clean`](crate::render::clean).
        host: String,
    },
    /// A path other than `/oauth2/authorize`.
    NotAuthorize {
        /// The path found, through [`render::clean`](crate::render::clean).
        path: String,
    },
    /// No `client_id` parameter at all.
    MissingClientId,
    /// A server invite (`discord.gg/abc`, `discord.com/invite/abc`): it lets people join a server,
    /// and cannot add an app.
    ServerInvite {
        /// The invite code, through [`render::clean`](crate::render::clean).
        code: String,
    },
    /// More than [`MAX_LINK_PARAMETERS`](crate::MAX_LINK_PARAMETERS) parameters, or more than
    /// [`MAX_LINK_SCOPES`](crate::MAX_LINK_SCOPES) scopes.
    TooLarge {
        /// What there is too much of.
        what: &'static str,
        /// The most that is read.
        limit: usize,
    },
}

#[cfg(feature = "runtime")]
impl fmt::Display for ParseInviteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAUrl(error) => write!(f, "not an absolute URL ({error}); invite links start with {AUTHORIZE_URL}"),
            Self::NotDiscord { host } => {
                write!(f, "`{}` is not Discord; invite links start with {AUTHORIZE_URL}", Untrusted(host))
            }
            Self::NotAuthorize { path } => {
                let path = Untrusted(path);
                write!(f, "`{path}` is not Discord's authorize path; invite links start with {AUTHORIZE_URL}")
            }
            Self::MissingClientId => {
                f.write_str("the link has no `client_id`; add `client_id=` with the Application ID")
            }
            Self::ServerInvite { code } => write!(
                f,
                "`discord.gg/{}` is a server invite, not an app authorize link: it lets people join a server but cannot add an app or bot; app links start with {AUTHORIZE_URL}?client_id=",
                Untrusted(code)
            ),
            Self::TooLarge { what, limit } => write!(
                f,
                "the link has more than {limit} {what}, far more than an invite link holds, so it is not read; keep the parameters Discord documents, each once"
            ),
        }
    }
}

#[cfg(all(feature = "std", feature = "runtime"))]
impl std::error::Error for ParseInviteError {}

#[cfg(feature = "runtime")]
/// A finding raised while reading a link, before the rules run on what was read.
pub(crate) fn parse_finding(rule: Rule, subject: rules::Subject, message: String, help: &str) -> Finding {
    let (message, help) = (clean_owned(message), clean(help).into_owned());
    Finding { rule, level: rule.default_level(), subject, message, help, related: None }
}
