// Generated code names only `::botperms::__private`: it compiles without the prelude and with
// local modules shadowing `core` and `std`.
#![no_implicit_prelude]

mod core {}
mod std {}
#[allow(dead_code)]
struct Permissions;
#[allow(dead_code)]
struct Option;

const INVITE: &str = ::botperms::invite_url!(
    client_id = 157730590492196864,
    scopes = [bot, applications.commands],
    permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS],
);

const MODERATION: ::botperms::Permissions = ::botperms::permissions!(KICK_MEMBERS | BAN_MEMBERS);

#[derive(::botperms::BotPermissions)]
#[bot(permissions = [VIEW_CHANNEL, CONNECT, SPEAK], reason = "play music")]
struct Music;

#[derive(::botperms::BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot])]
#[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS], reason = "answer")]
struct Generic<T, M: ::botperms::BotPermissions> {
    #[bot(nested)]
    music: M,
    #[bot(permissions = [KICK_MEMBERS], reason = "moderate")]
    settings: T,
}

#[derive(::botperms::BotPermissions)]
#[bot(permissions = [MANAGE_ROLES], reason = "give roles")]
struct Tuple(#[bot(permissions = [BAN_MEMBERS], reason = "ban")] u8);

fn main() {
    let _ = (INVITE, MODERATION, Tuple(0).0);
    let _ = <Generic<u8, Music>>::INVITE_URL;
    let _ = <Music as ::botperms::BotPermissions>::PERMISSIONS;
    let _ = <Tuple as ::botperms::BotPermissions>::REASONS;
}
