//! What a bot declared against what a server granted it, in a guild and in channels.

use botperms_core::calc::{ChannelKind, Overwrite, PermissionCalculator, Role};
use botperms_core::{BotPermissions, Permissions as P, Reasons, Scopes};

const GUILD: u64 = 175_928_847_299_117_063;
const BOT: u64 = 157_730_590_492_196_864;
const BOT_ROLE: u64 = 175_928_847_299_117_064;

/// A music and moderation bot: channel flags for text and voice, and a guild-wide one.
struct Bot;
impl BotPermissions for Bot {
    const PERMISSIONS: P = P::VIEW_CHANNEL
        .union(P::SEND_MESSAGES)
        .union(P::SEND_MESSAGES_IN_THREADS)
        .union(P::EMBED_LINKS)
        .union(P::CONNECT)
        .union(P::SPEAK)
        .union(P::KICK_MEMBERS);
    const SCOPES: Scopes = Scopes::EMPTY;
    const REASONS: Reasons = Reasons::NONE;
}

fn calculator(roles: &[Role]) -> PermissionCalculator<'_> {
    PermissionCalculator::new(GUILD, BOT, P::VIEW_CHANNEL | P::SEND_MESSAGES, roles)
}

#[test]
fn everything_granted_means_nothing_missing_anywhere() {
    let roles = [Role { id: BOT_ROLE, permissions: Bot::PERMISSIONS }];
    let calculator = calculator(&roles);
    assert_eq!(Bot::missing_in_guild(&calculator), P::empty());
    for kind in [ChannelKind::Text, ChannelKind::Voice, ChannelKind::PublicThread, ChannelKind::Forum] {
        assert_eq!(Bot::missing_in_channel(&calculator, kind, &[]), P::empty(), "{kind:?}");
    }
}

#[test]
fn a_text_channel_judges_only_what_applies_there() {
    // The role lacks SPEAK and KICK_MEMBERS: SPEAK does not apply to text, KICK is guild-wide.
    let roles = [Role { id: BOT_ROLE, permissions: Bot::PERMISSIONS.difference(P::SPEAK | P::KICK_MEMBERS) }];
    let calculator = calculator(&roles);
    assert_eq!(Bot::missing_in_channel(&calculator, ChannelKind::Text, &[]), P::KICK_MEMBERS);
    assert_eq!(Bot::missing_in_channel(&calculator, ChannelKind::Voice, &[]), P::SPEAK | P::KICK_MEMBERS);
    assert_eq!(Bot::missing_in_guild(&calculator), P::SPEAK | P::KICK_MEMBERS);
}

#[test]
fn overwrites_and_implicit_denials_are_reported_in_discords_words() {
    let roles = [Role { id: BOT_ROLE, permissions: Bot::PERMISSIONS }];
    let calculator = calculator(&roles);
    // Without SEND_MESSAGES in the channel, EMBED_LINKS goes too (an implicit denial).
    let overwrites =
        [Overwrite::role(GUILD, P::empty(), P::SEND_MESSAGES), Overwrite::role(BOT_ROLE, P::empty(), P::SEND_MESSAGES)];
    let missing = Bot::check_in_channel(&calculator, ChannelKind::Text, &overwrites).unwrap_err();
    assert_eq!(missing.missing, P::SEND_MESSAGES | P::EMBED_LINKS);
    assert_eq!(missing.to_string(), "missing Send Messages and Create Posts; Embed Links");
}

#[test]
fn threads_need_their_own_send_permission() {
    let roles = [Role { id: BOT_ROLE, permissions: Bot::PERMISSIONS.difference(P::SEND_MESSAGES_IN_THREADS) }];
    let calculator = calculator(&roles);
    let missing = Bot::missing_in_channel(&calculator, ChannelKind::PublicThread, &[]);
    // SEND_MESSAGES is not judged in a thread; the thread flag and what hangs on it are.
    assert!(missing.contains(P::SEND_MESSAGES_IN_THREADS), "{missing}");
    assert!(!missing.contains(P::SEND_MESSAGES), "{missing}");
    assert_eq!(Bot::check_in_guild(&calculator).unwrap_err().missing, P::SEND_MESSAGES_IN_THREADS);
}
