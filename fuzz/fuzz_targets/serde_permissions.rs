//! JSON deserialization of `Permissions` and of the permission calculator's inputs (Discord's role, member,
//! overwrite and channel type objects): no panic, what is read computes without a panic, and permissions
//! serialize back to the same bits.
#![no_main]

use std::collections::BTreeMap;

use botperms_core::Permissions;
use botperms_core::calc::{ChannelKind, Member, Overwrite, OverwriteKind, PermissionCalculator, Role};
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;

/// Everything the calculator needs about one member in one channel, as one JSON object.
#[derive(Debug, Deserialize)]
struct Channel {
    guild_id: u64,
    owner_id: Option<u64>,
    roles: Vec<Role>,
    member: Member,
    #[serde(rename = "type")]
    kind: ChannelKind,
    permission_overwrites: Vec<Overwrite>,
    now_ms: u64,
}

fuzz_target!(|data: &[u8]| {
    // Inside containers serde_json takes other paths (map keys, borrowed and escaped strings).
    let _ = serde_json::from_slice::<Vec<Permissions>>(data);
    let _ = serde_json::from_slice::<BTreeMap<String, Permissions>>(data);
    let _ = serde_json::from_slice::<Vec<Role>>(data);
    let _ = serde_json::from_slice::<Vec<Overwrite>>(data);
    let _ = serde_json::from_slice::<OverwriteKind>(data);
    if let Ok(member) = serde_json::from_slice::<Member>(data) {
        let _ = member.is_timed_out_at(0);
        let _ = member.is_timed_out_at(u64::MAX);
    }
    if let Ok(channel) = serde_json::from_slice::<Channel>(data) {
        let user_id = channel.member.user_id.unwrap_or_default();
        let calculator =
            PermissionCalculator::from_guild_roles(channel.guild_id, user_id, &channel.roles, &channel.member.role_ids)
                .owner_id(channel.owner_id.unwrap_or_default())
                .timed_out(channel.member.is_timed_out_at(channel.now_ms));
        let guild = calculator.guild_permissions();
        let in_channel = calculator.channel_permissions(channel.kind, &channel.permission_overwrites);
        if calculator.is_owner_or_administrator() {
            assert_eq!((guild, in_channel), (Permissions::all(), Permissions::all()));
        }
    }
    let Ok(permissions) = serde_json::from_slice::<Permissions>(data) else { return };
    let json = serde_json::to_string(&permissions).expect("permissions always serialize");
    assert_eq!(json, format!("\"{}\"", permissions.bits()));
    assert_eq!(serde_json::from_str::<Permissions>(&json).ok(), Some(permissions));
});
