//! `#[derive(BotPermissions)]`: composition, constants and the run-time methods.

use botperms::{BotPermissions, InviteUrl, Permissions as P, Scope, Scopes};

#[derive(BotPermissions)]
#[bot(permissions = [VIEW_CHANNEL, CONNECT, SPEAK], reason = "play music")]
struct Music;

#[derive(BotPermissions)]
#[bot(scopes = [applications.commands])]
#[bot(permissions = [MANAGE_MESSAGES], reason = "clean up")]
struct Janitor {
    #[bot(permissions = [READ_MESSAGE_HISTORY], reason = "find old messages")]
    _history_days: u16,
}

#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot])]
#[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS], reason = "answer commands")]
struct Composed {
    #[bot(nested)]
    _music: Music,
    #[bot(nested)]
    _janitor: Janitor,
    _unannotated: String,
}

#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot, applications.commands])]
#[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, KICK_MEMBERS], reason = "moderate")]
struct Flat;

#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot])]
struct Generic<M> {
    #[bot(nested)]
    _module: M,
}

// The `administrator` warning speaks where `ADMINISTRATOR` is written, at the module (allowed here so
// that the test builds under `-D warnings`); the composition adds no second one.
#[derive(BotPermissions)]
#[bot(permissions = [ADMINISTRATOR], reason = "everything", allow(administrator))]
struct Everything;

#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot])]
struct AdminBot {
    #[bot(nested)]
    _everything: Everything,
}

#[test]
fn a_composed_administrator_builds_and_warns_at_run_time() {
    // A warning, which const evaluation cannot show: the composed constant builds, and the run-time
    // builder, which sees the whole set, warns.
    const LINK: &str = AdminBot::INVITE_URL;
    assert_eq!(LINK, "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&permissions=8");
    let invite = AdminBot::invite().build().unwrap();
    let verdicts: Vec<_> = invite.findings().iter().map(|finding| (finding.rule, finding.level)).collect();
    assert_eq!(verdicts, [(botperms::Rule::Administrator, botperms::Level::Warn)]);
}

#[test]
fn nested_modules_add_up() {
    let expected = P::VIEW_CHANNEL
        | P::SEND_MESSAGES
        | P::SEND_MESSAGES_IN_THREADS
        | P::CONNECT
        | P::SPEAK
        | P::MANAGE_MESSAGES
        | P::READ_MESSAGE_HISTORY;
    assert_eq!(Composed::PERMISSIONS, expected);
    assert_eq!(Composed::SCOPES, Scopes::EMPTY.with(Scope::Bot).with(Scope::ApplicationsCommands));
    assert_eq!(Janitor::PERMISSIONS, P::MANAGE_MESSAGES | P::READ_MESSAGE_HISTORY);
}

#[test]
fn invite_url_is_a_constant_that_includes_nested_permissions() {
    const LINK: &str = Composed::INVITE_URL;
    let expected = format!(
        "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot+applications.commands&permissions={}",
        (1u64 << 10) | (1 << 11) | (1 << 38) | (1 << 20) | (1 << 21) | (1 << 13) | (1 << 16)
    );
    assert_eq!(LINK, expected);
    assert_eq!(Composed::invite().build().unwrap().as_str(), LINK);
    // The janitor's `MANAGE_MESSAGES` without `PIN_MESSAGES` is a warning, the only finding.
    let findings = InviteUrl::parse(LINK).unwrap().findings().to_vec();
    let verdicts: Vec<_> = findings.iter().map(|finding| (finding.rule, finding.level)).collect();
    assert_eq!(verdicts, [(botperms::Rule::MissingPinMessages, botperms::Level::Warn)]);
}

#[test]
fn a_flat_bot_gets_a_literal_link() {
    assert_eq!(
        Flat::INVITE_URL,
        "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot+applications.commands&permissions=274877910018"
    );
    assert_eq!((Flat::REQUIRES_OWNER_2FA, Music::REQUIRES_OWNER_2FA), (true, false));
    assert_eq!(Flat::CLIENT_ID, Some(157_730_590_492_196_864));
    assert_eq!(Music::CLIENT_ID, None);
}

#[test]
fn generic_bots_compose_their_parameter() {
    assert_eq!(<Generic<Music>>::PERMISSIONS, Music::PERMISSIONS);
    assert!(<Generic<Music>>::INVITE_URL.ends_with(&format!("permissions={}", Music::PERMISSIONS.bits())));
}

#[test]
fn reasons_say_why_each_permission_is_needed() {
    let reasons = Composed::REASONS;
    assert_eq!(reasons.why(P::SEND_MESSAGES), ["answer commands"]);
    assert_eq!(reasons.why(P::VIEW_CHANNEL), ["answer commands", "play music"]);
    assert_eq!(reasons.why(P::READ_MESSAGE_HISTORY), ["find old messages"]);
    let declared: Vec<&str> = reasons.all().iter().map(|reason| reason.declared_in).collect();
    assert_eq!(declared, ["Composed", "Music", "Janitor", "Janitor._history_days"]);
}

#[test]
fn missing_and_check_name_what_a_server_did_not_grant() {
    let granted = Composed::PERMISSIONS.difference(P::EMBED_LINKS | P::SPEAK | P::MANAGE_MESSAGES);
    assert_eq!(Composed::missing(granted), P::SPEAK | P::MANAGE_MESSAGES);
    assert_eq!(Composed::check(granted).unwrap_err().to_string(), "missing Manage Messages and Speak");
    assert!(Composed::check(P::all()).is_ok());
}
