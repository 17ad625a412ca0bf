use botperms::BotPermissions;

#[derive(BotPermissions)]
#[bot(permissions = [BAN_MEMBERS], reason = "ban")]
struct Ban;

// Not a list.
#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot], commands = Ban)]
struct NotAList;

// An empty list.
#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot], commands = [])]
struct Empty;

// Listed twice, and an item that is no type.
#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot], commands = [Ban, 42, Ban])]
struct Twice;

// On a field, where it means nothing.
#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot])]
struct OnField {
    #[bot(commands = [Ban])]
    ban: Ban,
}

// A type that declares nothing.
struct Plain;

#[derive(BotPermissions)]
#[bot(client_id = 157730590492196864, scopes = [bot], commands = [Plain])]
struct NotACommand;

fn main() {}
