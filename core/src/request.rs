//! The request vocabulary every face shares: the [`Request`] the macros, the builder, the parser and
//! the CLI fill in, and the one registry of link parameters ([`Param`]) that knows how each face
//! spells a parameter: `redirect_uri=` in a link, `redirect_uri = ".."` in a macro,
//! `--redirect-uri` on the command line, `.redirect_uri(..)` on the builder.
//!
//! Adding a link parameter is one [`PARAMS`] entry (plus a field of [`Request`] and the rules that
//! read it); the renderer, the parser and every help line read the spelling from here.
//!
//! ```
//! use botperms_core::request::{Face, Param};
//!
//! assert_eq!(Param::RedirectUri.set(Face::Link, "https://example.com"), "redirect_uri=https://example.com");
//! assert_eq!(Param::ResponseType.set(Face::Cli, "code"), "--response-type code");
//! assert_eq!(Param::IntegrationType.set(Face::Link, "user"), "integration_type=1");
//! assert_eq!(Param::Scope.set(Face::Macro, "[bot]"), "scopes = [bot]");
//! ```

use alloc::format;
use alloc::string::String;

use crate::{Permissions, Scope, Scopes};

/// Where a request was written, so that help is written in that place's syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Face {
    /// `invite_url!` and `#[derive(BotPermissions)]`: `key = value`.
    Macro,
    /// [`InviteBuilder`](crate::InviteBuilder): `.method(value)`.
    #[default]
    Builder,
    /// A link read back by [`InviteUrl::parse`](crate::InviteUrl::parse): `key=value`.
    Link,
    /// `botperms invite`: `--flag value`.
    Cli,
}

/// Where the app is installed: `integration_type` (`0` guild, `1` user).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntegrationType {
    /// Installed to a guild (server): `integration_type=0`.
    Guild,
    /// Installed to a user's account: `integration_type=1`.
    User,
}

impl IntegrationType {
    /// The value on the wire, from the registry's [`INTEGRATION_TYPES`].
    pub const fn as_str(self) -> &'static str {
        INTEGRATION_TYPES[self as usize].1
    }
}

impl Choice for IntegrationType {
    const PARAM: Param = Param::IntegrationType;
    const ALL: &'static [Self] = &[Self::Guild, Self::User];
}

/// The OAuth2 grant a link asks for: `response_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResponseType {
    /// The authorization code grant.
    Code,
    /// The implicit grant.
    Token,
}

impl ResponseType {
    /// The value on the wire, from the registry's [`RESPONSE_TYPES`].
    pub const fn as_str(self) -> &'static str {
        RESPONSE_TYPES[self as usize].1
    }
}

impl Choice for ResponseType {
    const PARAM: Param = Param::ResponseType;
    const ALL: &'static [Self] = &[Self::Code, Self::Token];
}

/// Whether Discord asks the user again: `prompt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Prompt {
    /// Always ask.
    Consent,
    /// Skip the screen when already authorized (ignored for `bot` and `webhook.incoming`).
    None,
}

impl Prompt {
    /// The value on the wire, from the registry's [`PROMPTS`].
    pub const fn as_str(self) -> &'static str {
        PROMPTS[self as usize].1
    }
}

impl Choice for Prompt {
    const PARAM: Param = Param::Prompt;
    const ALL: &'static [Self] = &[Self::Consent, Self::None];
}

/// A parameter that takes one of a few words: its values in the order of the registry's
/// [`ValueKind::Choice`] table, so that every face reads the words and wire values from there.
///
/// ```
/// use botperms_core::request::{Choice, IntegrationType};
///
/// assert_eq!(IntegrationType::from_word("user"), Some(IntegrationType::User));
/// assert_eq!(IntegrationType::from_wire("0"), Some(IntegrationType::Guild));
/// assert_eq!(IntegrationType::User.word(), "user");
/// ```
pub trait Choice: Copy + PartialEq + Sized + 'static {
    /// The parameter it is the value of.
    const PARAM: Param;
    /// Every value, in the order of the parameter's choices.
    const ALL: &'static [Self];

    /// `(word in macros and the CLI, value on the wire)`, from the registry.
    fn choices() -> &'static [(&'static str, &'static str)] {
        match Self::PARAM.info().kind {
            ValueKind::Choice(choices) => choices,
            _ => &[],
        }
    }

    /// The value a macro or the CLI calls `word`.
    fn from_word(word: &str) -> Option<Self> {
        Self::choices().iter().position(|(known, _)| *known == word).and_then(|index| Self::ALL.get(index).copied())
    }

    /// The value a link writes `wire`.
    fn from_wire(wire: &str) -> Option<Self> {
        Self::choices().iter().position(|(_, known)| *known == wire).and_then(|index| Self::ALL.get(index).copied())
    }

    /// Its word in macros and the CLI.
    fn word(self) -> &'static str {
        let index = Self::ALL.iter().position(|value| *value == self).unwrap_or_default();
        Self::choices().get(index).map_or("", |(word, _)| word)
    }
}

/// What a parameter's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValueKind {
    /// A Discord id (snowflake), decimal on the wire.
    Id,
    /// Space-separated scope names.
    Scopes,
    /// A decimal permissions integer.
    Permissions,
    /// `true` or `false` ([`BOOLS`]); in macros and on the command line the key alone says `true`.
    Bool,
    /// One of a few words: `(word in macros and the CLI, value on the wire)`.
    Choice(&'static [(&'static str, &'static str)]),
    /// Free text, form-encoded on the wire.
    Text,
}

/// A link parameter (or, for `require_code_grant`, an app setting a request states).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Param {
    /// `client_id`.
    ClientId,
    /// `scope`.
    Scope,
    /// `permissions`.
    Permissions,
    /// `guild_id`.
    GuildId,
    /// `disable_guild_select`.
    DisableGuildSelect,
    /// `integration_type`.
    IntegrationType,
    /// `response_type`.
    ResponseType,
    /// `redirect_uri`.
    RedirectUri,
    /// `state`.
    State,
    /// `prompt`.
    Prompt,
    /// The app's "Require OAuth2 Code Grant" setting: no link parameter, but it changes what a link needs.
    RequireCodeGrant,
}

/// How each face spells one [`Param`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParamInfo {
    /// The parameter.
    pub param: Param,
    /// Its name in a link, `None` when it is no link parameter.
    pub url: Option<&'static str>,
    /// Its key in `invite_url!` and `#[bot(..)]`.
    pub macro_key: &'static str,
    /// Its flag on `botperms invite`, without the dashes.
    pub cli_flag: &'static str,
    /// The [`InviteBuilder`](crate::InviteBuilder) method that sets it.
    pub builder: &'static str,
    /// What its value is.
    pub kind: ValueKind,
}

const fn param(
    param: Param,
    url: Option<&'static str>,
    macro_key: &'static str,
    cli_flag: &'static str,
    builder: &'static str,
    kind: ValueKind,
) -> ParamInfo {
    ParamInfo { param, url, macro_key, cli_flag, builder, kind }
}

/// `(word, wire)` of a [`ValueKind::Bool`].
pub const BOOLS: &[(&str, &str)] = &[("true", "true"), ("false", "false")];
/// `(word, wire)` of `integration_type`.
pub const INTEGRATION_TYPES: &[(&str, &str)] = &[("guild", "0"), ("user", "1")];
/// `(word, wire)` of `response_type`.
pub const RESPONSE_TYPES: &[(&str, &str)] = &[("code", "code"), ("token", "token")];
/// `(word, wire)` of `prompt`.
pub const PROMPTS: &[(&str, &str)] = &[("consent", "consent"), ("none", "none")];

/// Every parameter, in the order a link renders them.
pub const PARAMS: &[ParamInfo] = &[
    param(Param::ClientId, Some("client_id"), "client_id", "client-id", "InviteUrl::new", ValueKind::Id),
    param(Param::Scope, Some("scope"), "scopes", "scope", "scopes", ValueKind::Scopes),
    param(Param::Permissions, Some("permissions"), "permissions", "perm", "permissions", ValueKind::Permissions),
    param(Param::GuildId, Some("guild_id"), "guild_id", "guild", "guild_id", ValueKind::Id),
    param(
        Param::DisableGuildSelect,
        Some("disable_guild_select"),
        "disable_guild_select",
        "disable-guild-select",
        "disable_guild_select",
        ValueKind::Bool,
    ),
    param(
        Param::IntegrationType,
        Some("integration_type"),
        "integration_type",
        "integration-type",
        "integration_type",
        ValueKind::Choice(INTEGRATION_TYPES),
    ),
    param(
        Param::ResponseType,
        Some("response_type"),
        "response_type",
        "response-type",
        "response_type",
        ValueKind::Choice(RESPONSE_TYPES),
    ),
    param(Param::RedirectUri, Some("redirect_uri"), "redirect_uri", "redirect-uri", "redirect_uri", ValueKind::Text),
    param(Param::State, Some("state"), "state", "state", "state", ValueKind::Text),
    param(Param::Prompt, Some("prompt"), "prompt", "prompt", "prompt", ValueKind::Choice(PROMPTS)),
    param(
        Param::RequireCodeGrant,
        None,
        "require_code_grant",
        "require-code-grant",
        "require_code_grant",
        ValueKind::Bool,
    ),
];

impl Param {
    /// How each face spells it.
    pub const fn info(self) -> &'static ParamInfo {
        // PARAMS lists every parameter once, in declaration order (a test holds it to that).
        &PARAMS[self as usize]
    }

    /// The parameter a link calls `name`.
    pub fn from_url_name(name: &str) -> Option<Param> {
        PARAMS.iter().find(|info| info.url == Some(name)).map(|info| info.param)
    }

    /// The names of every link parameter, in the order a link renders them.
    pub fn url_names() -> impl Iterator<Item = &'static str> {
        PARAMS.iter().filter_map(|info| info.url)
    }

    /// The parameter a macro calls `key`.
    pub fn from_macro_key(key: &str) -> Option<Param> {
        PARAMS.iter().find(|info| info.macro_key == key).map(|info| info.param)
    }

    /// The parameter's name as `face` writes it: `redirect_uri`, `--redirect-uri`, `.redirect_uri(..)`.
    pub fn name(self, face: Face) -> String {
        let info = self.info();
        match face {
            Face::Link => info.url.unwrap_or(info.macro_key).into(),
            Face::Macro => info.macro_key.into(),
            Face::Cli => format!("--{}", info.cli_flag),
            Face::Builder if self == Param::ClientId => format!("{}(..)", info.builder),
            Face::Builder => format!(".{}(..)", info.builder),
        }
    }

    /// The parameter set to `value` as `face` writes it. Choices take their word (`user`), which
    /// becomes the wire value in a link (`integration_type=1`).
    pub fn set(self, face: Face, value: &str) -> String {
        let info = self.info();
        let wire = match info.kind {
            ValueKind::Choice(choices) => {
                choices.iter().find(|(word, _)| *word == value).map_or(value, |(_, wire)| *wire)
            }
            _ => value,
        };
        match face {
            Face::Link => format!("{}={wire}", info.url.unwrap_or(info.macro_key)),
            Face::Cli if info.kind == ValueKind::Bool && value == "true" => format!("--{}", info.cli_flag),
            Face::Cli => format!("--{} {value}", info.cli_flag),
            Face::Macro if info.kind == ValueKind::Text => format!("{} = \"{value}\"", info.macro_key),
            Face::Macro => format!("{} = {value}", info.macro_key),
            Face::Builder => format!(".{}({})", info.builder, builder_value(info, value)),
        }
    }
}

fn builder_value(info: &ParamInfo, value: &str) -> String {
    match info.param {
        Param::IntegrationType | Param::ResponseType | Param::Prompt => {
            let type_name = match info.param {
                Param::IntegrationType => "IntegrationType",
                Param::ResponseType => "ResponseType",
                _ => "Prompt",
            };
            let mut variant = String::new();
            let mut chars = value.chars();
            if let Some(first) = chars.next() {
                variant.extend(first.to_uppercase());
                variant.push_str(chars.as_str());
            }
            format!("{type_name}::{variant}")
        }
        _ if info.kind == ValueKind::Text => format!("\"{value}\""),
        _ => value.into(),
    }
}

/// An invite request, as the macros, the runtime builder, the parser and the CLI see it, before it
/// becomes a link.
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
    /// Where the request was written: help is given in its syntax.
    pub face: Face,
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

    /// What a builder face fills in that the author left out: with `redirect_uri` and no
    /// `response_type`, `response_type=code`, as discord.py's `oauth_url` does (a redirect only
    /// comes back from a grant, and the code grant is the one every scope accepts).
    ///
    /// ```
    /// use botperms_core::request::{Request, ResponseType};
    ///
    /// let request = Request { redirect_uri: Some("https://example.com/cb"), ..Request::default() };
    /// assert_eq!(request.completed().response_type, Some(ResponseType::Code));
    /// ```
    #[must_use]
    pub fn completed(mut self) -> Self {
        if self.redirect_uri.is_some() && self.response_type.is_none() {
            self.response_type = Some(ResponseType::Code);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_lists_every_parameter_once_in_order() {
        for (index, info) in PARAMS.iter().enumerate() {
            assert_eq!(info.param as usize, index, "{:?} is out of place", info.param);
        }
        assert_eq!(Param::from_url_name("redirect_uri"), Some(Param::RedirectUri));
        assert_eq!(Param::from_url_name("require_code_grant"), None);
        assert_eq!(Param::from_macro_key("scopes"), Some(Param::Scope));
    }

    fn choices_follow_the_registry<T: Choice + core::fmt::Debug>() {
        assert_eq!(T::ALL.len(), T::choices().len(), "{:?}", T::PARAM);
        for (value, (word, wire)) in T::ALL.iter().zip(T::choices()) {
            assert_eq!(T::from_word(word), Some(*value));
            assert_eq!(T::from_wire(wire), Some(*value));
            assert_eq!(value.word(), *word);
        }
    }

    #[test]
    fn each_choice_reads_its_words_from_the_registry() {
        choices_follow_the_registry::<IntegrationType>();
        choices_follow_the_registry::<ResponseType>();
        choices_follow_the_registry::<Prompt>();
        assert_eq!(IntegrationType::User.as_str(), "1");
        assert_eq!(ResponseType::from_word("tokens"), None);
    }

    #[test]
    fn each_face_writes_a_parameter_its_own_way() {
        assert_eq!(Param::ResponseType.set(Face::Link, "code"), "response_type=code");
        assert_eq!(Param::ResponseType.set(Face::Macro, "code"), "response_type = code");
        assert_eq!(Param::ResponseType.set(Face::Cli, "code"), "--response-type code");
        assert_eq!(Param::ResponseType.set(Face::Builder, "code"), ".response_type(ResponseType::Code)");
        assert_eq!(Param::RedirectUri.set(Face::Macro, "https://a.b"), "redirect_uri = \"https://a.b\"");
        assert_eq!(Param::RedirectUri.set(Face::Builder, "https://a.b"), ".redirect_uri(\"https://a.b\")");
        assert_eq!(Param::DisableGuildSelect.set(Face::Cli, "true"), "--disable-guild-select");
        assert_eq!(Param::IntegrationType.set(Face::Link, "guild"), "integration_type=0");
        assert_eq!(Param::GuildId.name(Face::Cli), "--guild");
        assert_eq!(Param::Scope.name(Face::Link), "scope");
        assert_eq!(Param::Scope.name(Face::Macro), "scopes");
    }
}
