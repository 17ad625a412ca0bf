use botperms::BotPermissions;

#[derive(BotPermissions)]
#[bot(permissions = [VIEW_CHANNEL], reason = "read")]
enum Mode {
    Quiet,
    Loud,
}

#[derive(BotPermissions)]
union Raw {
    bits: u64,
}

fn main() {}
