//! OAuth2 [`Scope`]s, their metadata, and the const-friendly [`Scopes`] set.

use core::fmt;

use crate::data::SCOPE_INFO;
pub use crate::data::{Scope, ScopeGrant, ScopeInfo};
use crate::names;

impl Scope {
    /// What Discord says about this scope.
    pub const fn info(self) -> &'static ScopeInfo {
        &SCOPE_INFO[self as usize]
    }

    /// The scope's name as Discord writes it: `applications.commands`.
    pub const fn as_str(self) -> &'static str {
        self.info().name
    }

    /// Metadata of every scope, in the order of [`Scope::ALL`].
    pub fn table() -> &'static [ScopeInfo] {
        &SCOPE_INFO
    }

    /// Finds a scope by its exact name.
    pub fn from_name(name: &str) -> Option<Scope> {
        names::lookup_scope(name).map(|info| info.scope)
    }

    /// Whether it needs the authorization code (or implicit) grant and so a redirect.
    pub const fn needs_code_grant(self) -> bool {
        matches!(self.info().grant, ScopeGrant::AuthorizationCode)
    }

    const fn bit(self) -> u64 {
        1 << (self as u32)
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not a scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseScopeError {
    /// The name as written, through [`render::clean`](crate::render::clean): a secret in it is redacted and
    /// control chars are escaped.
    pub name: alloc::string::String,
    /// The nearest scope name, if one is close.
    pub suggestion: Option<&'static str>,
}

impl fmt::Display for ParseScopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = crate::render::Untrusted(&self.name);
        match self.suggestion {
            Some(suggestion) => write!(f, "unknown scope `{name}`; did you mean `{suggestion}`?"),
            None => {
                write!(f, "unknown scope `{name}`; scopes are written like `bot` or `applications.commands`")
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParseScopeError {}

impl core::str::FromStr for Scope {
    type Err = ParseScopeError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let trimmed = name.trim();
        Scope::from_name(trimmed).or_else(|| Scope::from_name(&trimmed.to_ascii_lowercase())).ok_or_else(|| {
            ParseScopeError { name: crate::render::clean(name).into_owned(), suggestion: names::suggest_scope(trimmed) }
        })
    }
}

/// A set of scopes, usable in `const`.
///
/// ```
/// use botperms_core::{Scope, Scopes};
/// const SCOPES: Scopes = Scopes::EMPTY.with(Scope::Bot).with(Scope::ApplicationsCommands);
/// assert!(SCOPES.contains(Scope::Bot));
/// assert_eq!(SCOPES.to_string(), "bot applications.commands");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Scopes(u64);

/// The scopes by their wire names, in iteration order: `Scopes[bot, applications.commands]` (the bit set
/// itself, `Scopes(3)`, says nothing to a reader of a log or a failed assertion).
///
/// ```
/// use botperms_core::{Scope, Scopes};
///
/// let scopes = Scopes::EMPTY.with(Scope::ApplicationsCommands).with(Scope::Bot);
/// assert_eq!(format!("{scopes:?}"), "Scopes[bot, applications.commands]");
/// assert_eq!(format!("{:?}", Scopes::EMPTY), "Scopes[]");
/// ```
impl fmt::Debug for Scopes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Scopes[")?;
        for (index, scope) in self.iter().enumerate() {
            if index > 0 {
                f.write_str(", ")?;
            }
            f.write_str(scope.as_str())?;
        }
        f.write_str("]")
    }
}

impl Scopes {
    /// No scope.
    pub const EMPTY: Scopes = Scopes(0);

    /// This set and `scope`.
    #[must_use]
    pub const fn with(self, scope: Scope) -> Scopes {
        Scopes(self.0 | scope.bit())
    }

    /// Both sets together.
    #[must_use]
    pub const fn union(self, other: Scopes) -> Scopes {
        Scopes(self.0 | other.0)
    }

    /// Whether `scope` is in the set.
    pub const fn contains(self, scope: Scope) -> bool {
        self.0 & scope.bit() != 0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The number of scopes in the set.
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The first scope of the set in the order of [`Scope::ALL`], and the set without it; `None`
    /// when empty. For const fns, which cannot use [`Scopes::iter`]: it visits only the scopes in
    /// the set, where a loop over [`Scope::ALL`] steps through every scope Discord defines.
    pub(crate) const fn split_first(self) -> Option<(Scope, Scopes)> {
        if self.0 == 0 {
            return None;
        }
        // A scope's bit is its place in `Scope::ALL` (`every_scope_is_at_its_bit`).
        let first = Scope::ALL[self.0.trailing_zeros() as usize];
        Some((first, Scopes(self.0 & (self.0 - 1))))
    }

    /// The scopes of the set, in the order of [`Scope::ALL`].
    pub fn iter(self) -> impl Iterator<Item = Scope> {
        Scope::ALL.into_iter().filter(move |scope| self.contains(*scope))
    }
}

impl FromIterator<Scope> for Scopes {
    fn from_iter<I: IntoIterator<Item = Scope>>(iter: I) -> Self {
        iter.into_iter().fold(Scopes::EMPTY, Scopes::with)
    }
}

impl fmt::Display for Scopes {
    /// Space separated, as the `scope` parameter carries them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, scope) in self.iter().enumerate() {
            if index > 0 {
                f.write_str(" ")?;
            }
            f.write_str(scope.as_str())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scope_round_trips_through_its_name() {
        for scope in Scope::ALL {
            assert_eq!(scope.as_str().parse::<Scope>(), Ok(scope));
            assert_eq!(scope.info().scope, scope);
        }
        assert_eq!(Scope::ALL.len(), 32);
    }

    #[test]
    fn unknown_scopes_get_a_suggestion() {
        let error = "applications.command".parse::<Scope>().unwrap_err();
        assert_eq!(error.suggestion, Some("applications.commands"));
        assert_eq!(
            alloc::string::ToString::to_string(&error),
            "unknown scope `applications.command`; did you mean `applications.commands`?"
        );
    }

    #[test]
    fn grants_follow_the_docs() {
        assert_eq!(Scope::Bot.info().grant, ScopeGrant::Bot);
        assert_eq!(Scope::ApplicationsCommands.info().grant, ScopeGrant::Shortcut);
        assert_eq!(Scope::ApplicationsCommandsUpdate.info().grant, ScopeGrant::ClientCredentials);
        assert!(Scope::WebhookIncoming.needs_code_grant());
        assert!(Scope::Identify.needs_code_grant());
        assert!(Scope::Rpc.info().requires_approval);
        assert!(!Scope::Guilds.info().requires_approval);
    }

    #[test]
    fn every_scope_is_at_its_bit() {
        for (index, scope) in Scope::ALL.into_iter().enumerate() {
            assert_eq!(scope.bit(), 1 << index, "{scope}");
        }
        let set = Scopes::EMPTY.with(Scope::Rpc).with(Scope::Bot).with(Scope::ApplicationsCommands);
        let (mut rest, mut visited) = (set, alloc::vec::Vec::new());
        while let Some((scope, others)) = rest.split_first() {
            visited.push(scope);
            rest = others;
        }
        assert_eq!(visited, set.iter().collect::<alloc::vec::Vec<_>>());
    }

    #[test]
    fn scopes_set_is_const_and_ordered() {
        const SET: Scopes = Scopes::EMPTY.with(Scope::ApplicationsCommands).with(Scope::Bot).with(Scope::Bot);
        assert_eq!(SET.len(), 2);
        assert!(SET.contains(Scope::ApplicationsCommands));
        assert!(!SET.contains(Scope::Identify));
        let collected: Scopes = [Scope::Bot, Scope::ApplicationsCommands].into_iter().collect();
        assert_eq!(collected, SET);
    }
}
