use botperms::BotPermissions;

// A reason is required with permissions; field attributes take only their own keys; the
// fallback impl keeps `ModBot::PERMISSIONS` compiling so only these errors show.
#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot])]
#[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS])]
struct ModBot {
    #[bot(permissions = [KICK_MEMBERS])]
    kick: bool,
    #[bot(reason = "ban spammers")]
    ban: bool,
    #[bot(client_id = 1, nested)]
    other: (),
    #[bot]
    bare: (),
}

#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot])]
#[bot(client_id = 157730590492196864)]
struct Twice;

fn main() {
    let _ = (ModBot::PERMISSIONS, ModBot::INVITE_URL, Twice::INVITE_URL);
}
