// Warn-level rules can be silenced in the input: with every one allowed, this builds under
// `deny(warnings)`.
#![deny(warnings)]

use botperms::{invite_url, BotPermissions};

const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot],
    permissions = [VIEW_CHANNEL, SEND_MESSAGES, CONNECT, STREAM],
    allow(missing_thread_send, rejected_by_invites),
);

#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot], allow(administrator, redundant_with_administrator))]
#[bot(permissions = [ADMINISTRATOR, KICK_MEMBERS], reason = "everything")]
struct Admin;

fn main() {
    let _ = (INVITE, Admin::INVITE_URL);
}
