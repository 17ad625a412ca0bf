//! The rules that can only run in const evaluation: a bot composed of `#[bot(nested)]` modules
//! learns its whole permission set there, after the macros have run. Same rules, same words as
//! [`crate::rules::check`], with the message built in a [`ConstText`] because nothing can allocate.

use crate::const_text::ConstText;
use crate::generated::{PERMISSION_INFO, PREREQUISITES};
use crate::rules::{Level, Levels, Rule};
use crate::{Permissions, Scope, Scopes};

/// The message of a failed composition check.
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

// By value: const fns build text by moving the buffer through, as `ConstText::push` does.
#[allow(clippy::large_types_passed_by_value)]
const fn footer(message: CompositionMessage, help: &str) -> CompositionMessage {
    message.push(" (in the permissions composed from `#[bot(nested)]` modules)\nhelp: ").push(help)
}

const fn denied(levels: &Levels, rule: Rule) -> bool {
    matches!(levels.level(rule), Level::Deny)
}

/// The first deny-level finding on a composed bot, as a message; `None` when the composition is fine.
pub const fn check_composition(
    permissions: Permissions,
    scopes: Scopes,
    levels: &Levels,
) -> Option<CompositionMessage> {
    let unknown = permissions.unknown_bits();
    if unknown != 0 && denied(levels, Rule::UnknownBits) {
        let message =
            header(Rule::UnknownBits).push("a module declares bits Discord does not define: ").push_decimal(unknown);
        return Some(footer(message, "fix the module's `BotPermissions` implementation to use defined flags only"));
    }
    if !permissions.is_empty() && !scopes.contains(Scope::Bot) && denied(levels, Rule::PermissionsWithoutBot) {
        let message = header(Rule::PermissionsWithoutBot).push("permissions are requested without the `bot` scope");
        return Some(footer(message, "add `bot` to the scopes: only the bot user receives permissions"));
    }
    if permissions.contains(Permissions::ADMINISTRATOR) {
        if denied(levels, Rule::Administrator) {
            let message = header(Rule::Administrator)
                .push("`ADMINISTRATOR` grants every permission and bypasses every channel overwrite");
            return Some(footer(
                message,
                "list the permissions the bot uses instead, or `allow(administrator)` on the bot",
            ));
        }
        return None;
    }
    if denied(levels, Rule::ImplicitDenial) {
        let mut index = 0;
        while index < PREREQUISITES.len() {
            let rule = &PREREQUISITES[index];
            let lonely = permissions.intersection(rule.flags);
            if !lonely.is_empty() && !permissions.contains(rule.requires) {
                let flag = flag_name(lowest_flag(lonely));
                let requires = flag_name(rule.requires);
                let message = header(Rule::ImplicitDenial)
                    .push("`")
                    .push(flag)
                    .push("` has no effect without `")
                    .push(requires)
                    .push("`: Discord denies it implicitly");
                let help = ConstText::<96>::new().push("add `").push(requires).push("` to the bot or to a module");
                return Some(footer(message, help.as_str()));
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
        let message =
            check_composition(Permissions::VIEW_CHANNEL.union(Permissions::EMBED_LINKS), BOT, &Levels::DEFAULT);
        assert_eq!(
            message.as_ref().map(ConstText::as_str),
            Some(
                "botperms: implicit_denial: `EMBED_LINKS` has no effect without `SEND_MESSAGES`: Discord denies it implicitly \
                 (in the permissions composed from `#[bot(nested)]` modules)\nhelp: add `SEND_MESSAGES` to the bot or to a module"
            )
        );
        let fine = Permissions::VIEW_CHANNEL.union(Permissions::SEND_MESSAGES).union(Permissions::EMBED_LINKS);
        assert!(check_composition(fine, BOT, &Levels::DEFAULT).is_none());
        let quiet = Levels::DEFAULT.with(Rule::ImplicitDenial, Level::Allow);
        assert!(check_composition(Permissions::EMBED_LINKS, BOT, &quiet).is_none());
    }

    #[test]
    fn composition_checks_bot_scope_administrator_and_bits() {
        let message = |permissions, scopes| {
            check_composition(permissions, scopes, &Levels::DEFAULT)
                .map(|text| alloc::string::String::from(text.as_str()))
        };
        assert!(message(Permissions::KICK_MEMBERS, Scopes::EMPTY).unwrap().contains("permissions_without_bot"));
        assert!(message(Permissions::ADMINISTRATOR, BOT).unwrap().contains("botperms: administrator:"));
        assert!(message(Permissions::from_bits_retain(1 << 47), BOT).unwrap().contains("unknown_bits"));
        assert!(message(Permissions::KICK_MEMBERS, BOT).is_none());
        assert!(message(Permissions::empty(), Scopes::EMPTY).is_none());
    }
}
