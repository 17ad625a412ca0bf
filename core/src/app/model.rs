//! The install fields of Discord's application object, as `GET /applications/@me` sends them.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use super::text::{MESSAGE_CHARS, Untrusted};
use crate::{IntegrationType, Permissions, Scope};

/// The install settings of an application object; every other field is ignored.
///
/// Fields the docs mark optional default to empty. Permissions are read as Discord sends them
/// (decimal strings) and keep unknown bits; scope names botperms does not know are kept as
/// [`ScopeName::Unknown`] rather than failing, because Discord adds scopes before they are documented.
///
/// ```
/// use botperms_core::app::Application;
/// use botperms_core::{IntegrationType, Permissions, Scope};
///
/// let application = Application::from_json(r#"{"id": "172150183260323840", "bot_require_code_grant": false,
///     "install_params": {"scopes": ["bot", "applications.commands"], "permissions": "2048"}}"#)?;
/// assert_eq!(application.id, 172150183260323840);
/// let guild = application.install_params(IntegrationType::Guild).unwrap();
/// assert_eq!(guild.permissions, Permissions::SEND_MESSAGES);
/// assert_eq!(guild.scopes[0].known(), Some(Scope::Bot));
/// # Ok::<(), botperms_core::app::ApplicationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct Application {
    /// The application's id (its client id).
    #[serde(deserialize_with = "snowflake")]
    pub id: u64,
    /// The application's public flags.
    #[serde(default)]
    pub flags: Option<u64>,
    /// "Require OAuth2 Code Grant": the bot joins only after the full code grant.
    #[serde(default, deserialize_with = "nullable")]
    pub bot_require_code_grant: bool,
    /// The registered redirect URIs.
    #[serde(default, deserialize_with = "nullable")]
    pub redirect_uris: Vec<String>,
    /// The default in-app authorization link's settings (a guild install), if enabled.
    #[serde(default)]
    pub install_params: Option<InstallParams>,
    /// The default install settings of each install context the app supports.
    #[serde(default, deserialize_with = "nullable")]
    pub integration_types_config: IntegrationTypesConfig,
}

impl Application {
    /// Reads an application object from JSON. Unknown fields are ignored.
    pub fn from_json(json: &str) -> Result<Application, ApplicationError> {
        if json.trim().is_empty() {
            return Err(ApplicationError { detail: String::from("the text is empty") });
        }
        serde_json::from_str(json).map_err(|error| ApplicationError {
            // serde_json quotes offending values; they come from outside, so they are escaped.
            detail: Untrusted(&error.to_string(), MESSAGE_CHARS).to_string(),
        })
    }

    /// The scopes and permissions a new install in `context` asks for, when the Portal has them:
    /// `integration_types_config`, or for a guild install of an object without it, `install_params`.
    pub fn install_params(&self, context: IntegrationType) -> Option<&InstallParams> {
        match self.integration_types_config.get(context) {
            Some(config) => config.oauth2_install_params.as_ref(),
            None if context == IntegrationType::Guild && self.integration_types_config.is_empty() => {
                self.install_params.as_ref()
            }
            None => None,
        }
    }
}

/// An application object that did not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationError {
    detail: String,
}

impl fmt::Display for ApplicationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a Discord application object: {}", self.detail)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ApplicationError {}

/// What one install context asks for: `{"scopes": [...], "permissions": "..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
pub struct InstallParams {
    /// The scopes, in the Portal's order.
    #[serde(default, deserialize_with = "nullable")]
    pub scopes: Vec<ScopeName>,
    /// The permissions of the bot's role; a decimal string on the wire.
    #[serde(default)]
    pub permissions: Permissions,
}

impl InstallParams {
    /// The scopes botperms knows.
    pub fn known_scopes(&self) -> crate::Scopes {
        self.scopes.iter().filter_map(ScopeName::known).collect()
    }

    /// The scope names botperms does not know, as the Portal wrote them.
    pub fn unknown_scopes(&self) -> impl Iterator<Item = &str> {
        self.scopes.iter().filter(|scope| scope.known().is_none()).map(ScopeName::as_str)
    }
}

/// One install context's entry of `integration_types_config`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
pub struct IntegrationTypeConfig {
    /// Its default install settings; absent when the install link is not Discord's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth2_install_params: Option<InstallParams>,
}

/// `integration_types_config`: the entries for `"0"` (guild install) and `"1"` (user install).
/// Keys Discord may add later are named in [`unknown_keys`](Self::unknown_keys), their values ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IntegrationTypesConfig {
    /// `"0"`: installed to a server.
    pub guild: Option<IntegrationTypeConfig>,
    /// `"1"`: installed to a user's account.
    pub user: Option<IntegrationTypeConfig>,
    /// Other keys, as written.
    pub unknown_keys: Vec<String>,
}

impl IntegrationTypesConfig {
    /// The entry of `context`, when the app supports it.
    pub fn get(&self, context: IntegrationType) -> Option<&IntegrationTypeConfig> {
        match context {
            IntegrationType::Guild => self.guild.as_ref(),
            IntegrationType::User => self.user.as_ref(),
        }
    }

    /// Whether no install context has an entry.
    pub fn is_empty(&self) -> bool {
        self.guild.is_none() && self.user.is_none()
    }
}

impl<'de> Deserialize<'de> for IntegrationTypesConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ConfigVisitor)
    }
}

struct ConfigVisitor;

impl<'de> Visitor<'de> for ConfigVisitor {
    type Value = IntegrationTypesConfig;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a map from integration types (\"0\", \"1\") to their install settings")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut config = IntegrationTypesConfig::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "0" => config.guild = map.next_value::<Option<IntegrationTypeConfig>>()?,
                "1" => config.user = map.next_value::<Option<IntegrationTypeConfig>>()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    config.unknown_keys.push(key);
                }
            }
        }
        Ok(config)
    }
}

impl Serialize for IntegrationTypesConfig {
    /// The `"0"` and `"1"` entries present; unknown keys are left out (their values were not kept).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entries = [("0", &self.guild), ("1", &self.user)];
        let mut map = serializer.serialize_map(Some(entries.iter().filter(|(_, entry)| entry.is_some()).count()))?;
        for (key, entry) in entries {
            if let Some(entry) = entry {
                map.serialize_entry(key, entry)?;
            }
        }
        map.end()
    }
}

/// A scope as the Portal names it: one botperms knows, or one it does not (yet).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScopeName {
    /// A documented scope.
    Known(Scope),
    /// A name botperms does not know, as written.
    Unknown(String),
}

impl ScopeName {
    /// The name as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Known(scope) => scope.as_str(),
            Self::Unknown(name) => name,
        }
    }

    /// The scope, when botperms knows it.
    pub fn known(&self) -> Option<Scope> {
        match self {
            Self::Known(scope) => Some(*scope),
            Self::Unknown(_) => None,
        }
    }
}

impl From<Scope> for ScopeName {
    fn from(scope: Scope) -> Self {
        Self::Known(scope)
    }
}

impl Serialize for ScopeName {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ScopeName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;
        impl Visitor<'_> for NameVisitor {
            type Value = ScopeName;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a scope name")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<ScopeName, E> {
                Ok(Scope::from_name(name).map_or_else(|| ScopeName::Unknown(name.into()), ScopeName::Known))
            }
        }
        deserializer.deserialize_str(NameVisitor)
    }
}

/// A snowflake as Discord sends it, a decimal string, or as an integer.
fn snowflake<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    struct SnowflakeVisitor;
    impl Visitor<'_> for SnowflakeVisitor {
        type Value = u64;

        fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            formatter.write_str("a Discord id (a decimal string)")
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<u64, E> {
            crate::parse_snowflake(text)
                .map_err(|_| E::invalid_value(de::Unexpected::Str(&crate::render::clean(text)), &self))
        }

        fn visit_u64<E: de::Error>(self, id: u64) -> Result<u64, E> {
            crate::validate_snowflake(id).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(id), &self))
        }
    }
    deserializer.deserialize_any(SnowflakeVisitor)
}

/// `null` read as the default, as for an absent field.
fn nullable<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(deserializer: D) -> Result<T, D::Error> {
    Option::<T>::deserialize(deserializer).map(Option::unwrap_or_default)
}
