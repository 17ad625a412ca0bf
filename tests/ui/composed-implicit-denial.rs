use botperms::BotPermissions;

// Each module is fine alone; the bot composed of them asks for `EMBED_LINKS` but nobody asks for
// `SEND_MESSAGES`. Only const evaluation sees the composed set, and it can only fail: the rule is
// a warning by default, so this bot denies it.
#[derive(BotPermissions)]
#[bot(permissions = [VIEW_CHANNEL, EMBED_LINKS], reason = "post rich previews")]
struct Previews;

#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot], deny(implicit_denial))]
struct PreviewBot {
    #[bot(nested)]
    previews: Previews,
}

fn main() {
    let _ = PreviewBot::INVITE_URL;
}
