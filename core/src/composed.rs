//! The rules that can only run in const evaluation: a bot composed of `#[bot(nested)]` modules
//! learns its whole permission set there, after the macros have run. Same rules, same words as
//! [`crate::rules::check`], with the message built in a [`ConstText`] because nothing can allocate.

use crate::const_text::ConstText;
use crate::data::{PERMISSION_INFO, PREREQUISITES};
use crate::rules::catalogue::messages;
use crate::rules::{Level, Levels, Message, Rule, fill_const};
use crate::{Permissions, Scope, Scopes};

/// The message of a failed composition check.
#[doc(hidden)]
pub type CompositionMessage = ConstText<640>;

const fn flag_name(flag: Permissions) -> &'static str {
    let mut index = 0;
    while index < PERMISSION_INFO.len() {
        if PERMISSION_INFO[index].flag.bits() == flag.bits() {
            return PERMISSION_INFO[index].name;
        }
        index += 1;
    }
    "an undocumented bit"
}

const fn lowest_flag(set: Permissions) -> Permissions {
    Permissions::from_bits_retain(set.bits() & set.bits().wrapping_neg())
}

const fn header(rule: Rule) -> CompositionMessage {
    ConstText::new().push("botperms: ").push(rule.name()).push(": ")
}

/// A catalogue message in const evaluation: `botperms: rule: text (in the permissions composed ..)\nhelp: help`.
const fn say(message: &Message, args: &[(&str, &str)]) -> CompositionMessage {
    let text = fill_const(header(message.rule), message.text, args)
        .push(" (in the permissions composed from `#[bot(nested)]` modules)\nhelp: ");
    fill_const(text, message.help, args)
}

const fn denied(levels: &Levels, rule: Rule) -> bool {
    matches!(levels.level(rule), Level::Deny)
}

/// The first deny-level finding on a composed bot, as a message; `None` when the composition is fine.
#[doc(hidden)]
pub const fn check_composition(
    permissions: Permissions,
    scopes: Scopes,
    levels: &Levels,
) -> Option<CompositionMessage> {
    let unknown = permissions.unknown_bits();
    if unknown != 0 && denied(levels, Rule::UnknownBits) {
        let decimal = ConstText::<20>::new().push_decimal(unknown);
        return Some(say(&messages::COMPOSED_UNKNOWN_BITS, &[("unknown", decimal.as_str())]));
    }
    if !permissions.is_empty() && !scopes.contains(Scope::Bot) && denied(levels, Rule::PermissionsWithoutBot) {
        return Some(say(&messages::COMPOSED_PERMISSIONS_WITHOUT_BOT, &[]));
    }
    if permissions.contains(Permissions::ADMINISTRATOR) {
        if denied(levels, Rule::Administrator) {
            return Some(say(&messages::ADMINISTRATOR, &[]));
        }
        return None;
    }
    if denied(levels, Rule::ImplicitDenial) {
        let mut index = 0;
        while index < PREREQUISITES.len() {
            let rule = &PREREQUISITES[index];
            let lonely = permissions.intersection(rule.flags);
            if !lonely.is_empty() && !permissions.contains(rule.requires) {
                let args = [("flag", flag_name(lowest_flag(lonely))), ("requires", flag_name(rule.requires))];
                return Some(say(&messages::COMPOSED_IMPLICIT_DENIAL, &args));
            }
            index += 1;
        }
    }
    None
}

/// Fails const evaluation with the rule's message when the composition breaks a deny-level rule.
///
/// # Panics
/// That is its purpose: in a constant, the panic is a build error carrying the message.
#[doc(hidden)]
pub const fn assert_composition(permissions: Permissions, scopes: Scopes, levels: &Levels) -> Permissions {
    if let Some(message) = check_composition(permissions, scopes, levels) {
        panic!("{}", message.as_str());
    }
    permissions
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOT: Scopes = Scopes::EMPTY.with(Scope::Bot);

    #[test]
    fn composition_uses_the_rules_words() {
        let lonely = Permissions::VIEW_CHANNEL.union(Permissions::EMBED_LINKS);
        // A warning by default, which const evaluation cannot show: only `deny(implicit_denial)` speaks.
        assert!(check_composition(lonely, BOT, &Levels::DEFAULT).is_none());
        let strict = Levels::DEFAULT.with(Rule::ImplicitDenial, Level::Deny);
        assert_eq!(
            check_composition(lonely, BOT, &strict).as_ref().map(ConstText::as_str),
            Some(
                "botperms: implicit_denial: `EMBED_LINKS` relies on `@everyone` or an overwrite granting `SEND_MESSAGES` \
                 (in the permissions composed from `#[bot(nested)]` modules)\nhelp: add `SEND_MESSAGES` to the bot or to a module"
            )
        );
        let fine = Permissions::VIEW_CHANNEL.union(Permissions::SEND_MESSAGES).union(Permissions::EMBED_LINKS);
        assert!(check_composition(fine, BOT, &strict).is_none());
    }

    #[test]
    fn composition_checks_bot_scope_administrator_and_bits() {
        let message = |permissions, scopes| {
            check_composition(permissions, scopes, &Levels::DEFAULT)
                .map(|text| alloc::string::String::from(text.as_str()))
        };
        assert!(message(Permissions::KICK_MEMBERS, Scopes::EMPTY).unwrap().contains("permissions_without_bot"));
        // `administrator` is a warning by default, which const evaluation cannot show.
        assert!(message(Permissions::ADMINISTRATOR, BOT).is_none());
        let strict = Levels::DEFAULT.with(Rule::Administrator, Level::Deny);
        let denied = check_composition(Permissions::ADMINISTRATOR, BOT, &strict)
            .map(|text| alloc::string::String::from(text.as_str()));
        assert!(denied.unwrap().starts_with("botperms: administrator: `ADMINISTRATOR` grants every permission"));
        assert!(message(Permissions::from_bits_retain(1 << 47), BOT).unwrap().contains("unknown_bits"));
        assert!(message(Permissions::KICK_MEMBERS, BOT).is_none());
        assert!(message(Permissions::empty(), Scopes::EMPTY).is_none());
    }
}
