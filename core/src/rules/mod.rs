//! The rule engine shared by the macros (at expansion time) and the runtime builder and parser.
//!
//! [`check`] reads an invite [`Request`] and returns [`Finding`]s: a stable [`Rule`] name, the
//! [`Level`] in force, a message, a help line, and the [`Subject`] the finding is about, so the macros
//! can put the error on the offending token. Users change levels the way rustc lints work, with
//! [`Levels`]. Every rule's metadata and words are in the [`catalogue`].

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use crate::ids::validate_snowflake;
use crate::render::Untrusted;
pub use crate::request::Request;
use crate::request::{Face, IntegrationType, Param, ResponseType};
use crate::{Permissions, Scope, ScopeGrant};

pub mod catalogue;
mod text;

use catalogue::messages as say;
pub use catalogue::{Evidence, Faces, Message, REJECTED_BY_INVITES_EVIDENCE, Rule, RuleInfo};
pub(crate) use text::fill_const;

/// How loudly a rule speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Silent.
    Allow,
    /// Worth knowing, never wrong: shown by the linter and kept on a built link, silent in the macros.
    Note,
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
            Self::Note => "note",
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

impl Rule {
    /// Finds a rule by its name.
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|rule| rule.name() == name)
    }

    /// The rule whose name is nearest to `typed`, for "did you mean" (`adminstrator` finds
    /// `administrator`); `None` when no name is near.
    pub fn suggest(typed: &str) -> Option<Rule> {
        crate::suggest::nearest(typed, Rule::ALL.iter().map(|rule| (rule.name(), *rule)))
    }

    const fn index(self) -> usize {
        self as usize
    }
}

impl crate::secrets::SecretKind {
    /// The rule that reports this kind of secret in source code: [`Rule::SecretInSource`].
    pub const fn rule(self) -> Rule {
        Rule::SecretInSource
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
    /// What is wrong: lowercase, code in backticks, no final period. What it quotes of the input went
    /// through [`render::clean`](crate::render::clean): no secret, no control char.
    pub message: String,
    /// How to fix it, cleaned the same way.
    pub help: String,
    /// Another place that matters, such as the first listing of a duplicate.
    pub related: Option<Subject>,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (message, help) = (Untrusted(&self.message), Untrusted(&self.help));
        write!(f, "{}[{}]: {message}\n  help: {help}", self.level, self.rule)
    }
}

impl Subject {
    /// The link parameter the subject is, if it is one.
    pub const fn param(self) -> Option<Param> {
        Some(match self {
            Self::ClientId => Param::ClientId,
            Self::Scope(_) => Param::Scope,
            Self::Permission(_) | Self::PermissionList => Param::Permissions,
            Self::GuildId => Param::GuildId,
            Self::DisableGuildSelect => Param::DisableGuildSelect,
            Self::IntegrationType => Param::IntegrationType,
            Self::RedirectUri => Param::RedirectUri,
            Self::ResponseType => Param::ResponseType,
            Self::State => Param::State,
            Self::Prompt => Param::Prompt,
            Self::RequireCodeGrant => Param::RequireCodeGrant,
            Self::Request => return None,
        })
    }
}

const fn faces_of(face: Face) -> Faces {
    match face {
        Face::Macro => Faces::MACROS,
        Face::Builder => Faces::BUILDER,
        Face::Link => Faces::LINK,
        Face::Cli => Faces::CLI,
    }
}

/// A finding of `rule` from its catalogue `message`, at the level `levels` give it, in `face`'s
/// syntax; `None` when the rule is allowed. For findings raised outside [`check`], such as the
/// parser's.
pub fn finding(
    message: &Message,
    subject: Subject,
    args: &[(&str, &str)],
    levels: &Levels,
    face: Face,
) -> Option<Finding> {
    let level = levels.level(message.rule);
    (level != Level::Allow).then(|| Finding {
        rule: message.rule,
        level,
        subject,
        message: text::fill(message.text, args, face),
        help: text::fill(message.help, args, face),
        related: None,
    })
}

fn item_with(request: &Request<'_>, flag: Permissions) -> Subject {
    request.permissions.iter().position(|item| item.intersects(flag)).map_or(Subject::Request, Subject::Permission)
}

/// Collects findings at the levels in force, dropping those that are allowed or that the rule does
/// not say on this face.
struct Findings<'l> {
    levels: &'l Levels,
    face: Face,
    found: Vec<Finding>,
}

impl Findings<'_> {
    fn say(&mut self, message: &Message, subject: Subject, args: &[(&str, &str)]) {
        self.say_related(message, subject, None, args);
    }

    /// Whether `message` would be kept: its rule speaks on this face, at a level this face shows. The
    /// macros show no notes (a build has nothing to show one with), so a note is not even worded for them;
    /// a message whose words cost a formatted flag list asks first.
    fn hears(&self, message: &Message) -> bool {
        let level = self.levels.level(message.rule);
        message.rule.info().faces.contains(faces_of(self.face))
            && level != Level::Allow
            && !(level == Level::Note && self.face == Face::Macro)
    }

    fn say_related(&mut self, message: &Message, subject: Subject, related: Option<Subject>, args: &[(&str, &str)]) {
        if !self.hears(message) {
            return;
        }
        if let Some(found) = finding(message, subject, args, self.levels, self.face) {
            self.found.push(Finding { related, ..found });
        }
    }
}

/// Runs every rule on `request` and returns what fired, in the order of the input.
pub fn check(request: &Request<'_>, levels: &Levels) -> Vec<Finding> {
    let mut findings = Findings { levels, face: request.face, found: Vec::new() };
    check_ids(request, &mut findings);
    check_scopes(request, &mut findings);
    check_permissions(request, &mut findings);
    check_flow(request, &mut findings);
    check_secrets(request, &mut findings);
    findings.found
}

/// A credential pasted into a link ends up in browser history and server logs. `state` is meant to be
/// random, so a client secret's shape alone does not count there.
fn check_secrets(request: &Request<'_>, findings: &mut Findings<'_>) {
    let found = [
        (request.redirect_uri.and_then(crate::secrets::detect_secret_in_link), Subject::RedirectUri),
        (request.state.and_then(crate::secrets::detect_secret_in_state), Subject::State),
    ];
    for (kind, subject) in found {
        if let Some(kind) = kind {
            findings.say(&say::SECRET, subject, &[("message", kind.message()), ("help", kind.help())]);
        }
    }
}

fn check_ids(request: &Request<'_>, findings: &mut Findings<'_>) {
    let ids = [(request.client_id, Subject::ClientId), (request.guild_id, Subject::GuildId)];
    for (id, subject) in ids {
        if let Some(Err(error)) = id.map(validate_snowflake) {
            let fix = if subject == Subject::ClientId {
                "copy the Application ID from the General Information page of the Developer Portal"
            } else {
                "copy the server's id in Discord (Developer Mode, then right-click the server, Copy Server ID)"
            };
            let key = subject.param().map(|param| param.name(findings.face)).unwrap_or_default();
            let id = id.unwrap_or_default().to_string();
            let args = [("key", key.as_str()), ("id", id.as_str()), ("reason", error.reason()), ("fix", fix)];
            findings.say(&say::INVALID_SNOWFLAKE, subject, &args);
        }
    }
}

/// Whether Discord's docs call the scope "not currently available for apps": no approval helps.
fn unavailable(scope: Scope) -> bool {
    UNAVAILABLE[scope as usize]
}

/// [`unavailable`] for each scope of [`Scope::ALL`], found when the crate is compiled: a search of the
/// description per listed scope was a tenth of the rules' time in the macros, which run unoptimized.
static UNAVAILABLE: [bool; Scope::ALL.len()] = {
    const NEEDLE: &[u8] = b"not currently available for apps";
    let mut unavailable = [false; Scope::ALL.len()];
    let mut index = 0;
    while index < Scope::ALL.len() {
        let text = Scope::ALL[index].info().description.as_bytes();
        let mut start = 0;
        while start + NEEDLE.len() <= text.len() {
            let mut matched = 0;
            while matched < NEEDLE.len() && text[start + matched] == NEEDLE[matched] {
                matched += 1;
            }
            if matched == NEEDLE.len() {
                unavailable[index] = true;
            }
            start += 1;
        }
        index += 1;
    }
    unavailable
};

fn check_scopes(request: &Request<'_>, findings: &mut Findings<'_>) {
    // "Specifying `scope`, `integration_type`, or `redirect_uri` will override this behavior" (oauth2.mdx).
    if request.scopes.is_empty() && request.integration_type.is_none() && request.redirect_uri.is_none() {
        findings.say(&say::DEFAULT_INSTALL, Subject::Request, &[]);
    }
    // Where each scope was first listed, by its place in `Scope::ALL`: one lookup per item, not a scan of the
    // items before it, so a long list costs linear time.
    let mut first_listed = [None; Scope::ALL.len()];
    for (index, scope) in request.scopes.iter().enumerate() {
        let subject = Subject::Scope(index);
        let args = [("scope", scope.as_str())];
        if let Some(first) = first_listed[*scope as usize] {
            findings.say_related(&say::DUPLICATE_SCOPE, subject, Some(Subject::Scope(first)), &args);
            continue;
        }
        first_listed[*scope as usize] = Some(index);
        let info = scope.info();
        if unavailable(*scope) {
            findings.say(&say::UNAVAILABLE_SCOPE, subject, &args);
        } else if info.requires_approval {
            findings.say(&say::APPROVAL_SCOPE, subject, &args);
        }
        if info.grant == ScopeGrant::ClientCredentials {
            findings.say(&say::CLIENT_CREDENTIALS_SCOPE, subject, &args);
        }
    }
}

fn check_permissions(request: &Request<'_>, findings: &mut Findings<'_>) {
    check_permission_items(request, findings);
    let all = request.all_permissions();
    // A user install grants no permissions at all: `check_install` says so once, and the rules
    // below would judge flags that are never granted.
    if all.is_empty() || request.integration_type == Some(IntegrationType::User) {
        return;
    }
    // Without any scope Discord takes the scopes from the Default Install Settings, which usually
    // hold `bot`: `default_install_settings` says so instead.
    if !request.scopes.is_empty()
        && !request.scopes.contains(&Scope::Bot)
        && findings.hears(&say::PERMISSIONS_WITHOUT_BOT)
    {
        findings.say(&say::PERMISSIONS_WITHOUT_BOT, Subject::PermissionList, &[("flags", &all.to_string())]);
    }
    let elevated = all.elevated();
    if !elevated.is_empty() && findings.hears(&say::REQUIRES_OWNER_2FA) {
        let flags = elevated.to_string();
        findings.say(&say::REQUIRES_OWNER_2FA, item_with(request, elevated), &[("flags", &flags)]);
    }
    if all.contains(Permissions::ADMINISTRATOR) {
        let admin = item_with(request, Permissions::ADMINISTRATOR);
        findings.say(&say::ADMINISTRATOR, admin, &[]);
        let others = all.difference(Permissions::ADMINISTRATOR);
        if !others.is_empty() && findings.hears(&say::REDUNDANT_WITH_ADMINISTRATOR) {
            findings.say(&say::REDUNDANT_WITH_ADMINISTRATOR, admin, &[("flags", &others.to_string())]);
        }
        // With ADMINISTRATOR nothing is implicitly denied, so the remaining rules say nothing true.
        return;
    }
    let implicit_denial = findings.hears(&say::IMPLICIT_DENIAL);
    for (flag, requires) in all.without_prerequisites().filter(|_| implicit_denial) {
        let (flag_name, requires_name) = (flag.to_string(), requires.to_string());
        findings.say(
            &say::IMPLICIT_DENIAL,
            item_with(request, flag),
            &[("flag", &flag_name), ("requires", &requires_name)],
        );
    }
    if all.contains(Permissions::SEND_MESSAGES) && !all.contains(Permissions::SEND_MESSAGES_IN_THREADS) {
        findings.say(&say::MISSING_THREAD_SEND, item_with(request, Permissions::SEND_MESSAGES), &[]);
    }
    if all.contains(Permissions::MANAGE_MESSAGES) && !all.contains(Permissions::PIN_MESSAGES) {
        findings.say(&say::MISSING_PIN_MESSAGES, item_with(request, Permissions::MANAGE_MESSAGES), &[]);
    }
    let rejected = all.rejected_by_invites();
    if !rejected.is_empty() {
        findings.say(&say::REJECTED_BY_INVITES, item_with(request, rejected), &[("flags", &rejected.to_string())]);
    }
}

fn check_permission_items(request: &Request<'_>, findings: &mut Findings<'_>) {
    // The first item holding each bit: the earliest item sharing a bit with this one is the least of these, so
    // each item costs at most 64 lookups instead of a scan of every earlier item.
    let mut first_holder: [Option<usize>; 64] = [None; 64];
    for (index, item) in request.permissions.iter().enumerate() {
        let unknown = item.unknown_bits();
        if unknown != 0 {
            let (bits, unknown) = (item.bits().to_string(), format!("{unknown:#x}"));
            let known = item.intersection(Permissions::all());
            let (message, known) = if known.is_empty() {
                (&say::UNKNOWN_BITS, String::new())
            } else {
                (&say::UNKNOWN_BITS_KEEP, known.to_string())
            };
            let args = [("bits", bits.as_str()), ("unknown", unknown.as_str()), ("known", known.as_str())];
            findings.say(message, Subject::Permission(index), &args);
        }
        let mut earlier = None;
        let mut bits = item.bits();
        while bits != 0 {
            let bit = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            match first_holder[bit] {
                Some(holder) => earlier = Some(earlier.map_or(holder, |first: usize| first.min(holder))),
                None => first_holder[bit] = Some(index),
            }
        }
        if let Some(first) = earlier {
            let twice = item.intersection(request.permissions[first]).to_string();
            let related = Some(Subject::Permission(first));
            findings.say_related(&say::DUPLICATE_PERMISSION, Subject::Permission(index), related, &[("flags", &twice)]);
        }
    }
}

/// What a grant is needed for, as the message names it.
fn grant_reason(request: &Request<'_>, scope: Option<usize>) -> String {
    match scope {
        Some(index) => format!("scope `{}`", request.scopes[index]),
        None => format!("`{}`", Param::RequireCodeGrant.name(request.face)),
    }
}

fn check_flow(request: &Request<'_>, findings: &mut Findings<'_>) {
    if let Some(redirect) = request.redirect_uri {
        check_redirect_uri(redirect, findings);
    }
    check_grant(request, findings);
    check_install(request, findings);
    if request.disable_guild_select == Some(true) && request.guild_id.is_none() {
        findings.say(&say::GUILD_SELECT_WITHOUT_GUILD, Subject::DisableGuildSelect, &[]);
    }
    if request.compile_time && request.state.is_some() {
        findings.say(&say::CONSTANT_STATE, Subject::State, &[]);
    }
}

/// A user scope needs some grant (the implicit `token` one serves); `webhook.incoming`,
/// `role_connections.write` and "Require OAuth2 Code Grant" need the code grant. `redirect_uri` is
/// optional: Discord then redirects to the first registered URI. A scope no app can get
/// (`unavailable_scope`) has its verdict already; asking for a grant for it as well would send the
/// author to fix a link that cannot work whatever its `response_type`.
fn check_grant(request: &Request<'_>, findings: &mut Findings<'_>) {
    let grant_scope = request.scopes.iter().position(|scope| scope.needs_code_grant() && !unavailable(*scope));
    let code_scope =
        request.scopes.iter().position(|scope| matches!(scope, Scope::WebhookIncoming | Scope::RoleConnectionsWrite));
    let code_needed = code_scope.is_some() || request.require_code_grant;
    let subject = |scope: Option<usize>| scope.map_or(Subject::RequireCodeGrant, Subject::Scope);
    match request.response_type {
        None if code_needed => {
            let why = grant_reason(request, code_scope);
            findings.say(&say::NO_CODE_RESPONSE_TYPE, subject(code_scope), &[("why", &why)]);
        }
        None if grant_scope.is_some() => {
            let why = grant_reason(request, grant_scope);
            findings.say(&say::NO_RESPONSE_TYPE, subject(grant_scope), &[("why", &why)]);
        }
        Some(ResponseType::Token) if code_needed => {
            let why = grant_reason(request, code_scope);
            findings.say(&say::TOKEN_RESPONSE_TYPE, Subject::ResponseType, &[("why", &why)]);
        }
        _ => {}
    }
}

/// Only a user install is judged: `integration_type=0` without `applications.commands` is a no-op
/// ("only relevant when `scope` contains `applications.commands`"), as the Portal's own links show.
fn check_install(request: &Request<'_>, findings: &mut Findings<'_>) {
    if request.integration_type != Some(IntegrationType::User) {
        return;
    }
    if !request.scopes.contains(&Scope::ApplicationsCommands) {
        findings.say(&say::USER_INSTALL_WITHOUT_COMMANDS, Subject::IntegrationType, &[]);
    }
    let bot = request.scopes.iter().position(|scope| *scope == Scope::Bot);
    let permissions = !request.all_permissions().is_empty();
    let guild = request.guild_id.is_some();
    let ignored: Vec<&str> =
        [bot.map(|_| "`bot` scope"), permissions.then_some("permissions"), guild.then_some("guild")]
            .into_iter()
            .flatten()
            .collect();
    let Some(last) = ignored.last() else { return };
    let ignored = match &ignored[..ignored.len() - 1] {
        [] => format!("the {last}"),
        rest => format!("the {} and the {last}", rest.join(", the ")),
    };
    let subject = match (bot, permissions) {
        (Some(index), _) => Subject::Scope(index),
        (None, true) => Subject::PermissionList,
        (None, false) => Subject::GuildId,
    };
    findings.say(&say::USER_INSTALL_IGNORES, subject, &[("ignored", &ignored)]);
}

fn check_redirect_uri(redirect: &str, findings: &mut Findings<'_>) {
    // One reading of the URI (an RFC 3986 check of our own) for the macros, the builder and the parser.
    let problem = match crate::uri::parse_absolute(redirect) {
        Err(error) => Some(format!("is not an absolute URL: {}", error.describe())),
        Ok(parsed) if parsed.fragment.is_some() => Some("must not have a `#fragment`".into()),
        Ok(parsed) if parsed.scheme.eq_ignore_ascii_case("https") || parsed.scheme.eq_ignore_ascii_case("http") => {
            match parsed.authority {
                Some(authority) if matches!(authority.host, crate::uri::Host::Name("")) => {
                    Some("has no host after `//`".into())
                }
                None => Some(format!("has no `//` and host after `{}:`", parsed.scheme)),
                Some(authority) if parsed.scheme.eq_ignore_ascii_case("http") && !authority.host.is_loopback() => {
                    Some("uses plain `http` for a host that is not loopback".into())
                }
                Some(_) => None,
            }
        }
        Ok(parsed) => Some(format!("uses the `{}` scheme", parsed.scheme)),
    };
    if let Some(problem) = problem {
        findings.say(&say::INVALID_REDIRECT_URI, Subject::RedirectUri, &[("problem", &problem)]);
    }
}

/// Checks one permission name as the macros take it: Discord's name exactly. Other spellings of a
/// real flag resolve but raise [`Rule::RenamedPermission`] (a former Discord name) or
/// [`Rule::UnknownPermission`] (another library's spelling, or a client label), which say what to write.
///
/// ```
/// use botperms_core::rules::check_permission_name;
/// use botperms_core::{Levels, Permissions, Rule};
///
/// let (flag, finding) = check_permission_name("manage_guild", &Levels::DEFAULT);
/// assert_eq!(flag, Some(Permissions::MANAGE_GUILD));
/// let finding = finding.unwrap();
/// assert_eq!(finding.rule, Rule::UnknownPermission);
/// assert_eq!(finding.help, "write Discord's name instead: `MANAGE_GUILD`");
/// ```
pub fn check_permission_name(name: &str, levels: &Levels) -> (Option<Permissions>, Option<Finding>) {
    check_permission_name_as(name, levels, Face::Macro, &|name| name.into())
}

/// [`check_permission_name`] for a face that reads names elsewhere: `spell` writes a permission name
/// as that face's user types it, for the help line (`--perm SEND_MESSAGES` for `botperms invite`).
///
/// ```
/// use botperms_core::rules::check_permission_name_as;
/// use botperms_core::{Face, Levels};
///
/// let spell = |name: &str| format!("--perm {name}");
/// let (_, finding) = check_permission_name_as("ManageGuild", &Levels::DEFAULT, Face::Cli, &spell);
/// assert_eq!(finding.unwrap().help, "write Discord's name instead: `--perm MANAGE_GUILD`");
/// ```
pub fn check_permission_name_as(
    name: &str,
    levels: &Levels,
    face: Face,
    spell: &dyn Fn(&str) -> String,
) -> (Option<Permissions>, Option<Finding>) {
    let resolved = crate::permissions::resolve_permission_name(name);
    let subject = Subject::Permission(0);
    let found = match resolved {
        Some((info, crate::Spelling::Discord)) => return (Some(info.flag), None),
        Some((info, crate::Spelling::Former)) => {
            let written = spell(info.name);
            let args = [("name", name), ("current", info.name), ("written", &written)];
            finding(&say::RENAMED, subject, &args, levels, face)
        }
        Some((info, spelling)) => {
            let written = spell(info.name);
            let args = [("name", name), ("source", spelling.source()), ("written", &written)];
            finding(&say::OTHER_SPELLING, subject, &args, levels, face)
        }
        None => {
            let (message, hole, written) = match crate::suggest_permission(name) {
                Some(near) => (&say::UNKNOWN_PERMISSION_NEAR, "suggestion", spell(near)),
                None => (&say::UNKNOWN_PERMISSION, "example", spell("SEND_MESSAGES")),
            };
            finding(message, subject, &[("name", name), (hole, &written)], levels, face)
        }
    };
    (resolved.map(|(info, _)| info.flag), found)
}

/// Checks one scope name: an unknown name raises [`Rule::UnknownScope`] with the nearest scope.
pub fn check_scope_name(name: &str, levels: &Levels) -> (Option<Scope>, Option<Finding>) {
    check_scope_name_as(name, levels, Face::Macro, &|name| name.into())
}

/// [`check_scope_name`] for a face that reads names elsewhere: `spell` writes a scope as that face's
/// user types it, for the help line (`--scope bot` for `botperms invite`). Discord's name exactly, as
/// the macros take it: `BOT` is no scope.
pub fn check_scope_name_as(
    name: &str,
    levels: &Levels,
    face: Face,
    spell: &dyn Fn(&str) -> String,
) -> (Option<Scope>, Option<Finding>) {
    if let Some(scope) = Scope::from_name(name) {
        return (Some(scope), None);
    }
    let subject = Subject::Scope(0);
    let found = if let Some(near) = crate::suggest_scope(name) {
        let suggestion = spell(near);
        finding(&say::UNKNOWN_SCOPE_NEAR, subject, &[("name", name), ("suggestion", &suggestion)], levels, face)
    } else {
        let (bot, commands) = (spell("bot"), spell("applications.commands"));
        let args = [("name", name), ("bot", bot.as_str()), ("commands", commands.as_str())];
        finding(&say::UNKNOWN_SCOPE, subject, &args, levels, face)
    };
    (None, found)
}
