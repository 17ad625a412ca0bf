use botperms::BotPermissions;

// A missing `reason` does not stop the check of the attribute's permissions: both show in one build.
#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot])]
#[bot(permissions = [VIEW_CHANEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS])]
struct Bot;

fn main() {
    let _ = Bot::PERMISSIONS;
}
