use botperms::invite_url;

const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot, rpc.voice.read],
);

// "not currently available for apps": no approval helps, so it is a verdict of its own.
const ACTIVITIES: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [bot, activities.write],
);

fn main() {
    let _ = (INVITE, ACTIVITIES);
}
