use botperms::{permissions, Permissions};

const COMMA: Permissions = permissions!(KICK_MEMBERS, BAN_MEMBERS);
const TRAILING: Permissions = permissions!(KICK_MEMBERS |);
const LITERAL: Permissions = permissions!(8);
const RENAMED: Permissions = permissions!(READ_MESSAGES);

fn main() {
    let _ = (COMMA, TRAILING, LITERAL, RENAMED);
}
