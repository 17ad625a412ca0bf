//! The rule engine shared by the macros (at expansion time) and the runtime builder and parser.
//!
//! [`check`] reads an invite [`Request`] and returns [`Finding`]s: a stable [`Rule`] name, the
//! [`Level`] in force, a message, a help line, and the [`Subject`] the finding is about, so the macros
//! can put the error on the offending token. Users change levels the way rustc lints work, with
//! [`Levels`].

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::ids::validate_snowflake;
use crate::invite::{IntegrationType, Prompt, ResponseType};
use crate::{Permissions, Scope, ScopeGrant, Scopes};

/// How loudly a rule speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Silent.
    Allow,
    /// A compiler warning, or a finding kept beside a successful build.
    Warn,
    /// A build error, or a failed `build()`.
    Deny,
}

impl Level {
    /// `allow`, `warn` or `deny`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Allow => "allow",
            Self::Warn => "warn",
            Self::Deny => "deny",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! rules {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal, $level:ident;)*) => {
        /// A rule of the catalogue. Its [`name`](Rule::name) is stable, like a clippy lint's.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Rule {
            /// Every rule, in catalogue order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's stable `snake_case` name.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }

            /// The level the rule has unless told otherwise.
            pub const fn default_level(self) -> Level {
                match self {
                    $(Self::$variant => Level::$level,)*
                }
            }

            /// One line on when the rule fires.
            pub const fn summary(self) -> &'static str {
                match self {
                    $(Self::$variant => without_leading_space(concat!($($doc),*)),)*
                }
            }
        }
    };
}

/// Doc comments start with a space.
const fn without_leading_space(text: &str) -> &str {
    match text.as_bytes() {
        [b' ', rest @ ..] => match core::str::from_utf8(rest) {
            Ok(rest) => rest,
            Err(_) => text,
        },
        _ => text,
    }
}

rules! {
    /// a permission name matches nothing Discord defines, or is another library's spelling
    UnknownPermission = "unknown_permission", Deny;
    /// a scope name matches no OAuth2 scope
    UnknownScope = "unknown_scope", Deny;
    /// a former Discord name such as `READ_MESSAGES` is used instead of the current one
    RenamedPermission = "renamed_permission", Deny;
    /// a permission or scope is listed twice
    Duplicate = "duplicate", Deny;
    /// permissions are requested without the `bot` scope, which alone carries them
    PermissionsWithoutBot = "permissions_without_bot", Deny;
    /// `ADMINISTRATOR` is requested; a bot rarely needs every permission
    Administrator = "administrator", Deny;
    /// `ADMINISTRATOR` is requested together with flags it already grants
    RedundantWithAdministrator = "redundant_with_administrator", Warn;
    /// a flag has no effect without another one (`EMBED_LINKS` without `SEND_MESSAGES`)
    ImplicitDenial = "implicit_denial", Deny;
    /// `SEND_MESSAGES` without `SEND_MESSAGES_IN_THREADS`: the bot cannot answer in threads
    MissingThreadSend = "missing_thread_send", Warn;
    /// flags are requested whose guild owner needs two-factor authentication where the guild enforces it
    RequiresOwner2fa = "requires_owner_2fa", Allow;
    /// a scope only approved partners can use
    ApprovalScope = "approval_scope", Deny;
    /// `applications.commands.update` belongs to the client credentials grant, not to an authorize link
    ClientCredentialsScope = "client_credentials_scope", Deny;
    /// a user scope, `webhook.incoming` or `require_code_grant` without `redirect_uri` and `response_type = code`
    CodeGrantRequired = "code_grant_required", Deny;
    /// `redirect_uri` is not an absolute https URL (http only for loopback) without a fragment
    InvalidRedirectUri = "invalid_redirect_uri", Deny;
    /// a user install with `bot`, permissions or a guild, or `integration_type` without `applications.commands`
    UserInstallConflict = "user_install_conflict", Deny;
    /// `disable_guild_select` without `guild_id`
    GuildSelectWithoutGuild = "guild_select_without_guild", Deny;
    /// a client or guild id that cannot be a Discord id
    InvalidSnowflake = "invalid_snowflake", Deny;
    /// a permissions integer with bits Discord does not define
    UnknownBits = "unknown_bits", Deny;
    /// a literal that looks like a bot token or client secret
    SecretInSource = "secret_in_source", Deny;
    /// `state` in a compile-time constant, where it cannot be random per request
    ConstantState = "constant_state", Deny;
    /// flags invites have been seen to reject (`STREAM`, `VIEW_GUILD_INSIGHTS`)
    RejectedByInvites = "rejected_by_invites", Warn;
    /// a link parameter Discord does not read, or a value it cannot read (`permissions=-1`)
    InvalidParameter = "invalid_parameter", Deny;
}

impl Rule {
    /// Finds a rule by its name.
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|rule| rule.name() == name)
    }

    /// The rule whose name is nearest to `typed`, for "did you mean" (`adminstrator` finds
    /// `administrator`); `None` when no name is near.
    pub fn suggest(typed: &str) -> Option<Rule> {
        Rule::ALL
            .iter()
            .map(|rule| (*rule, strsim::jaro_winkler(typed, rule.name())))
            .filter(|(_, score)| *score >= 0.8)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(rule, _)| rule)
    }

    const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

const RULE_COUNT: usize = Rule::ALL.len();

/// The level of every rule: the defaults, changed by `allow(..)`, `warn(..)` and `deny(..)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Levels {
    overrides: [Option<Level>; RULE_COUNT],
}

impl Default for Levels {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl Levels {
    /// Every rule at its default level.
    pub const DEFAULT: Levels = Levels { overrides: [None; RULE_COUNT] };

    /// `rule` at `level`.
    #[must_use]
    pub const fn with(mut self, rule: Rule, level: Level) -> Levels {
        self.overrides[rule.index()] = Some(level);
        self
    }

    /// Sets `rule` to `level`.
    pub fn set(&mut self, rule: Rule, level: Level) {
        self.overrides[rule.index()] = Some(level);
    }

    /// The level in force for `rule`.
    pub const fn level(&self, rule: Rule) -> Level {
        match self.overrides[rule.index()] {
            Some(level) => level,
            None => rule.default_level(),
        }
    }
}

/// The part of a request a finding is about, so that a macro can point at its token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Subject {
    /// The request as a whole.
    Request,
    /// `client_id`.
    ClientId,
    /// The scope at this index of [`Request::scopes`].
    Scope(usize),
    /// The permission item at this index of [`Request::permissions`].
    Permission(usize),
    /// The permissions as a whole.
    PermissionList,
    /// `guild_id`.
    GuildId,
    /// `disable_guild_select`.
    DisableGuildSelect,
    /// `integration_type`.
    IntegrationType,
    /// `redirect_uri`.
    RedirectUri,
    /// `response_type`.
    ResponseType,
    /// `state`.
    State,
    /// `prompt`.
    Prompt,
    /// `require_code_grant`.
    RequireCodeGrant,
}

/// One thing a rule found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule that fired.
    pub rule: Rule,
    /// Its level in force (never [`Level::Allow`]).
    pub level: Level,
    /// What the finding is about.
    pub subject: Subject,
    /// What is wrong: lowercase, code in backticks, no final period.
    pub message: String,
    /// How to fix it.
    pub help: String,
    /// Another place that matters, such as the first listing of a duplicate.
    pub related: Option<Subject>,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]: {}\n  help: {}", self.level, self.rule, self.message, self.help)
    }
}

/// An invite request, as the macros and the runtime builder see it, before it becomes a link.
#[derive(Debug, Clone, Copy, Default)]
pub struct Request<'a> {
    /// The application's id, unchecked.
    pub client_id: Option<u64>,
    /// The scopes, in the order given, duplicates kept so the rules can see them.
    pub scopes: &'a [Scope],
    /// The permissions, as given: one item per listed name, or one item for an integer.
    pub permissions: &'a [Permissions],
    /// `guild_id`, unchecked.
    pub guild_id: Option<u64>,
    /// `disable_guild_select`.
    pub disable_guild_select: Option<bool>,
    /// `integration_type`.
    pub integration_type: Option<IntegrationType>,
    /// `redirect_uri`.
    pub redirect_uri: Option<&'a str>,
    /// `response_type`.
    pub response_type: Option<ResponseType>,
    /// `state`.
    pub state: Option<&'a str>,
    /// `prompt`.
    pub prompt: Option<Prompt>,
    /// Whether the app has "Require OAuth2 Code Grant" on.
    pub require_code_grant: bool,
    /// Whether the link becomes a compile-time constant.
    pub compile_time: bool,
}

impl Request<'_> {
    /// Every requested flag.
    pub fn all_permissions(&self) -> Permissions {
        self.permissions.iter().fold(Permissions::empty(), |all, item| all | *item)
    }

    /// Every requested scope.
    pub fn all_scopes(&self) -> Scopes {
        self.scopes.iter().copied().collect()
    }

    fn item_with(&self, flag: Permissions) -> Subject {
        self.permissions.iter().position(|item| item.intersects(flag)).map_or(Subject::Request, Subject::Permission)
    }
}

/// Collects findings at the levels in force, dropping those that are allowed.
struct Findings<'l> {
    levels: &'l Levels,
    found: Vec<Finding>,
}

impl Findings<'_> {
    fn report(&mut self, rule: Rule, subject: Subject, message: String, help: impl Into<String>) {
        self.report_related(rule, subject, None, message, help);
    }

    fn report_related(
        &mut self,
        rule: Rule,
        subject: Subject,
        related: Option<Subject>,
        message: String,
        help: impl Into<String>,
    ) {
        let level = self.levels.level(rule);
        if level != Level::Allow {
            self.found.push(Finding { rule, level, subject, message, help: help.into(), related });
        }
    }
}

/// Runs every rule on `request` and returns what fired, in the order of the input.
pub fn check(request: &Request<'_>, levels: &Levels) -> Vec<Finding> {
    let mut findings = Findings { levels, found: Vec::new() };
    check_ids(request, &mut findings);
    check_scopes(request, &mut findings);
    check_permissions(request, &mut findings);
    check_flow(request, &mut findings);
    check_secrets(request, &mut findings);
    findings.found
}

/// A credential pasted into a link ends up in browser history and server logs.
fn check_secrets(request: &Request<'_>, findings: &mut Findings<'_>) {
    let texts = [(request.redirect_uri, Subject::RedirectUri), (request.state, Subject::State)];
    for (text, subject) in texts {
        if let Some(kind) = text.and_then(crate::secrets::detect_secret) {
            findings.report(Rule::SecretInSource, subject, kind.message().into(), kind.help());
        }
    }
}

fn check_ids(request: &Request<'_>, findings: &mut Findings<'_>) {
    let ids = [(request.client_id, Subject::ClientId, "client_id"), (request.guild_id, Subject::GuildId, "guild_id")];
    for (id, subject, key) in ids {
        if let Some(Err(error)) = id.map(validate_snowflake) {
            let id = id.unwrap_or_default();
            let help = if subject == Subject::ClientId {
                "copy the Application ID from the General Information page of the Developer Portal"
            } else {
                "copy the server's id in Discord (Developer Mode, then right-click the server, Copy Server ID)"
            };
            findings.report(Rule::InvalidSnowflake, subject, format!("`{key}` {id} {}", error.reason()), help);
        }
    }
}

fn check_scopes(request: &Request<'_>, findings: &mut Findings<'_>) {
    for (index, scope) in request.scopes.iter().enumerate() {
        if let Some(first) = request.scopes[..index].iter().position(|earlier| earlier == scope) {
            findings.report_related(
                Rule::Duplicate,
                Subject::Scope(index),
                Some(Subject::Scope(first)),
                format!("scope `{scope}` is listed twice"),
                "remove this one",
            );
            continue;
        }
        let info = scope.info();
        if info.requires_approval {
            findings.report(
                Rule::ApprovalScope,
                Subject::Scope(index),
                format!("scope `{scope}` is only available to apps Discord has approved"),
                "remove it, unless Discord approved your app for it",
            );
        }
        if info.grant == ScopeGrant::ClientCredentials {
            findings.report(
                Rule::ClientCredentialsScope,
                Subject::Scope(index),
                format!("scope `{scope}` is granted only by the client credentials grant, never in an authorize link"),
                "remove it from the link; request it at the token endpoint with your client credentials",
            );
        }
    }
}

fn check_permissions(request: &Request<'_>, findings: &mut Findings<'_>) {
    check_permission_items(request, findings);
    let all = request.all_permissions();
    if all.is_empty() {
        return;
    }
    if !request.scopes.contains(&Scope::Bot) {
        findings.report(
            Rule::PermissionsWithoutBot,
            Subject::PermissionList,
            format!("permissions `{all}` are requested without the `bot` scope"),
            "add `bot` to the scopes: only the bot user receives permissions",
        );
    }
    let elevated = all.elevated();
    if !elevated.is_empty() {
        findings.report(
            Rule::RequiresOwner2fa,
            request.item_with(elevated),
            format!("the guild owner needs two-factor authentication for `{elevated}` where the guild enforces it"),
            "tell server admins, or drop these permissions",
        );
    }
    if all.contains(Permissions::ADMINISTRATOR) {
        let admin = request.item_with(Permissions::ADMINISTRATOR);
        findings.report(
            Rule::Administrator,
            admin,
            "`ADMINISTRATOR` grants every permission and bypasses every channel overwrite".into(),
            "list the permissions the bot uses instead",
        );
        let others = all.difference(Permissions::ADMINISTRATOR);
        if !others.is_empty() {
            findings.report(
                Rule::RedundantWithAdministrator,
                admin,
                format!("`ADMINISTRATOR` already grants `{others}`"),
                "drop `ADMINISTRATOR`, or the other permissions",
            );
        }
        // With ADMINISTRATOR nothing is implicitly denied, so the remaining rules say nothing true.
        return;
    }
    for (flag, requires) in all.without_prerequisites() {
        findings.report(
            Rule::ImplicitDenial,
            request.item_with(flag),
            format!("`{flag}` has no effect without `{requires}`: Discord denies it implicitly"),
            format!("add `{requires}`, or remove `{flag}`"),
        );
    }
    if all.contains(Permissions::SEND_MESSAGES) && !all.contains(Permissions::SEND_MESSAGES_IN_THREADS) {
        findings.report(
            Rule::MissingThreadSend,
            request.item_with(Permissions::SEND_MESSAGES),
            "`SEND_MESSAGES` does not let the bot answer in threads".into(),
            "add `SEND_MESSAGES_IN_THREADS`, unless the bot stays out of threads",
        );
    }
    let rejected = all.rejected_by_invites();
    if !rejected.is_empty() {
        findings.report(
            Rule::RejectedByInvites,
            request.item_with(rejected),
            format!("invites have been seen to reject `{rejected}` (\"Invalid permission(s) provided\")"),
            "drop it from the invite and grant it to the bot's role by hand if it needs it",
        );
    }
}

fn check_permission_items(request: &Request<'_>, findings: &mut Findings<'_>) {
    for (index, item) in request.permissions.iter().enumerate() {
        let unknown = item.unknown_bits();
        if unknown != 0 {
            findings.report(
                Rule::UnknownBits,
                Subject::Permission(index),
                format!("permissions {} carry bits Discord does not define: {unknown:#x}", item.bits()),
                match item.intersection(Permissions::all()) {
                    known if known.is_empty() => "remove the undefined bits".into(),
                    known => format!("remove the undefined bits, keeping `{known}`"),
                },
            );
        }
        let earlier = request.permissions[..index].iter().position(|earlier| earlier.intersects(*item));
        if let Some(first) = earlier {
            let twice = item.intersection(request.permissions[first]);
            findings.report_related(
                Rule::Duplicate,
                Subject::Permission(index),
                Some(Subject::Permission(first)),
                format!("permission `{twice}` is listed twice"),
                "remove this one",
            );
        }
    }
}

fn check_flow(request: &Request<'_>, findings: &mut Findings<'_>) {
    let scopes = request.all_scopes();
    let code_scope = request.scopes.iter().position(|scope| scope.needs_code_grant());
    if let Some(redirect) = request.redirect_uri {
        check_redirect_uri(redirect, findings);
    }
    if code_scope.is_some() || request.require_code_grant {
        let subject = code_scope.map_or(Subject::RequireCodeGrant, Subject::Scope);
        let why = match code_scope {
            Some(index) => format!("scope `{}`", request.scopes[index]),
            None => "`require_code_grant`".into(),
        };
        let missing: Vec<&str> = [
            request.redirect_uri.is_none().then_some("`redirect_uri`"),
            request.response_type.is_none().then_some("`response_type`"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !missing.is_empty() {
            findings.report(
                Rule::CodeGrantRequired,
                subject,
                format!("{why} needs the authorization code grant, but the link has no {}", missing.join(" and no ")),
                "add `response_type = code` and `redirect_uri = \"https://...\"` (one registered in the Developer Portal)",
            );
        } else if request.response_type == Some(ResponseType::Token) && needs_code_exchange(request) {
            findings.report(
                Rule::CodeGrantRequired,
                Subject::ResponseType,
                format!("{why} cannot be granted with `response_type = token`"),
                "use `response_type = code` and exchange the code on your server",
            );
        }
    }
    check_install(request, scopes, findings);
    if request.disable_guild_select == Some(true) && request.guild_id.is_none() {
        findings.report(
            Rule::GuildSelectWithoutGuild,
            Subject::DisableGuildSelect,
            "`disable_guild_select` without `guild_id` leaves the admin no guild to add the bot to".into(),
            "add `guild_id`, or remove `disable_guild_select`",
        );
    }
    if request.compile_time && request.state.is_some() {
        findings.report(
            Rule::ConstantState,
            Subject::State,
            "`state` in a compile-time constant is the same for every request, so it protects nothing".into(),
            "remove `state` here; add a fresh random value per request at run time with `InviteUrl::new(..).state(..)`",
        );
    }
}

/// `webhook.incoming`, `role_connections.write` and "Require OAuth2 Code Grant" need the code exchange.
fn needs_code_exchange(request: &Request<'_>) -> bool {
    request.require_code_grant
        || request.scopes.iter().any(|scope| matches!(scope, Scope::WebhookIncoming | Scope::RoleConnectionsWrite))
}

fn check_install(request: &Request<'_>, scopes: Scopes, findings: &mut Findings<'_>) {
    let Some(integration_type) = request.integration_type else { return };
    if !scopes.contains(Scope::ApplicationsCommands) {
        findings.report(
            Rule::UserInstallConflict,
            Subject::IntegrationType,
            "`integration_type` matters only with the `applications.commands` scope".into(),
            "add `applications.commands` to the scopes, or remove `integration_type`",
        );
    }
    if integration_type != IntegrationType::User {
        return;
    }
    let help = "a user install has no bot user, permissions or guild";
    if let Some(index) = request.scopes.iter().position(|scope| *scope == Scope::Bot) {
        findings.report(
            Rule::UserInstallConflict,
            Subject::Scope(index),
            "`integration_type = user` cannot add the `bot` scope".into(),
            format!("{help}: remove `bot`, or use `integration_type = guild`"),
        );
    }
    if !request.all_permissions().is_empty() {
        findings.report(
            Rule::UserInstallConflict,
            Subject::PermissionList,
            "`integration_type = user` cannot grant permissions".into(),
            format!("{help}: remove the permissions, or use `integration_type = guild`"),
        );
    }
    if request.guild_id.is_some() {
        findings.report(
            Rule::UserInstallConflict,
            Subject::GuildId,
            "`integration_type = user` installs to a user, not to a guild".into(),
            format!("{help}: remove `guild_id`, or use `integration_type = guild`"),
        );
    }
}

fn check_redirect_uri(redirect: &str, findings: &mut Findings<'_>) {
    let problem = match url::Url::parse(redirect) {
        Err(error) => Some(format!("`redirect_uri` is not an absolute URL ({error})")),
        Ok(parsed) if parsed.fragment().is_some() => Some("`redirect_uri` must not have a `#fragment`".into()),
        Ok(parsed) => match parsed.scheme() {
            "https" => None,
            "http" if is_loopback(&parsed) => None,
            "http" => Some("`redirect_uri` uses plain `http` for a host that is not loopback".into()),
            other => Some(format!("`redirect_uri` uses the `{other}` scheme")),
        },
    };
    if let Some(message) = problem {
        findings.report(
            Rule::InvalidRedirectUri,
            Subject::RedirectUri,
            message,
            "use an absolute `https://` URL registered in the Developer Portal (`http://localhost` for development)",
        );
    }
}

fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(address)) => address.octets()[0] == 127,
        Some(url::Host::Ipv6(address)) => address.is_loopback(),
        None => false,
    }
}

/// Checks one permission name as the macros take it: Discord's name exactly. Other spellings of a
/// real flag resolve but raise [`Rule::RenamedPermission`] (a former Discord name) or
/// [`Rule::UnknownPermission`] (another library's spelling, or a client label), which say what to write.
pub fn check_permission_name(name: &str, levels: &Levels) -> (Option<Permissions>, Option<Finding>) {
    let mut findings = Findings { levels, found: Vec::new() };
    let resolved = crate::permissions::resolve_permission_name(name);
    match resolved {
        Some((info, crate::Spelling::Discord)) => return (Some(info.flag), None),
        Some((info, crate::Spelling::Former)) => findings.report(
            Rule::RenamedPermission,
            Subject::Permission(0),
            format!("`{name}` is the former name of `{}`", info.name),
            format!("write `{}`", info.name),
        ),
        Some((info, spelling)) => findings.report(
            Rule::UnknownPermission,
            Subject::Permission(0),
            format!("`{name}` is {}, not a Discord permission name", spelling.source()),
            format!("write Discord's name `{}`", info.name),
        ),
        None => {
            let help = match crate::suggest_permission(name) {
                Some(suggestion) => format!("did you mean `{suggestion}`?"),
                None => "permissions are written as Discord names them, such as `SEND_MESSAGES`".into(),
            };
            findings.report(
                Rule::UnknownPermission,
                Subject::Permission(0),
                format!("unknown permission `{name}`"),
                help,
            );
        }
    }
    (resolved.map(|(info, _)| info.flag), findings.found.pop())
}

/// Checks one scope name: an unknown name raises [`Rule::UnknownScope`] with the nearest scope.
pub fn check_scope_name(name: &str, levels: &Levels) -> (Option<Scope>, Option<Finding>) {
    if let Some(scope) = Scope::from_name(name) {
        return (Some(scope), None);
    }
    let mut findings = Findings { levels, found: Vec::new() };
    let help = match crate::suggest_scope(name) {
        Some(suggestion) => format!("did you mean `{suggestion}`?"),
        None => "scopes are written as Discord names them, such as `bot` or `applications.commands`".into(),
    };
    findings.report(Rule::UnknownScope, Subject::Scope(0), format!("unknown scope `{name}`"), help);
    (None, findings.found.pop())
}
