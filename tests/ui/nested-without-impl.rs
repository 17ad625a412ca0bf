use botperms::BotPermissions;

struct Settings;

#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot])]
struct Bot {
    #[bot(nested)]
    settings: Settings,
}

fn main() {
    let _ = Bot::INVITE_URL;
}
