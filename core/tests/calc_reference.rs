//! `PermissionCalculator` against a reference written the plain way from Discord's documented algorithm
//! (`compute_base_permissions` and `compute_overwrites` in Discord's permissions topic, with the implicit
//! denials, channel kinds, threads and timeouts the calculator documents): hash sets for role membership, one
//! filter per overwrite level, no early exits and no shortcuts. Any speed-up of the calculator (how it tests
//! role membership, how many passes it makes over the overwrites, when `from_guild_roles` sorts) must leave
//! every result as the reference computes it.
//!
//! The cases are large enough to cross the sizes where the calculator changes strategy (`from_guild_roles`
//! sorts from `SORT_MEMBER_ROLES_FROM` member roles, on the stack up to 64 and on the heap above), and ids
//! repeat on purpose: a role listed twice, two overwrites for one target, the guild id among the member's
//! roles, a member role the guild does not list.

use std::collections::HashSet;

use botperms_core::{ChannelKind, Overwrite, OverwriteKind, PermissionCalculator, Permissions, Role};
use proptest::prelude::*;

mod discord_rules;
use discord_rules::{NEED_CONNECT, NEED_SEND, TIMED_OUT_KEEPS};

const GUILD_ID: u64 = 175_928_847_299_117_063;
const USER_ID: u64 = 80_351_110_224_678_912;
const OTHER_USER_ID: u64 = 80_351_110_224_678_913;

#[derive(Debug, Clone)]
struct Case {
    owner: bool,
    timed_out: bool,
    kind: ChannelKind,
    /// All of the guild's roles; the one with the guild's id is `@everyone`.
    guild_roles: Vec<Role>,
    /// The member object's `roles`.
    member_role_ids: Vec<u64>,
    overwrites: Vec<Overwrite>,
}

/// The member's permissions in the guild and in the channel, computed as Discord's pseudocode reads.
fn reference(case: &Case, membership: &HashSet<u64>, grants: &[Role]) -> (Permissions, Permissions) {
    let mut base = Permissions::empty();
    for role in grants {
        base |= role.permissions;
    }
    if case.owner || base.contains(Permissions::ADMINISTRATOR) {
        return (Permissions::all(), Permissions::all());
    }
    let guild = if case.timed_out { base & TIMED_OUT_KEEPS } else { base };

    let level = |applies: &dyn Fn(&Overwrite) -> bool| {
        let targeted: Vec<&Overwrite> = case.overwrites.iter().filter(|overwrite| applies(overwrite)).collect();
        let deny = targeted.iter().fold(Permissions::empty(), |deny, overwrite| deny | overwrite.deny);
        let allow = targeted.iter().fold(Permissions::empty(), |allow, overwrite| allow | overwrite.allow);
        (deny, allow)
    };
    let everyone = level(&|overwrite| overwrite.kind == OverwriteKind::Role && overwrite.id == GUILD_ID);
    let roles = level(&|overwrite| {
        overwrite.kind == OverwriteKind::Role && overwrite.id != GUILD_ID && membership.contains(&overwrite.id)
    });
    let member = level(&|overwrite| overwrite.kind == OverwriteKind::Member && overwrite.id == USER_ID);
    let mut channel = base;
    for (deny, allow) in [everyone, roles, member] {
        channel = channel.difference(deny) | allow;
    }

    if !channel.contains(Permissions::VIEW_CHANNEL) {
        return (guild, Permissions::empty());
    }
    let undefined = Permissions::from_bits_retain(!Permissions::all().bits());
    channel &= case.kind.permissions() | undefined;
    let send = if case.kind.is_thread() {
        channel.remove(Permissions::SEND_MESSAGES);
        Permissions::SEND_MESSAGES_IN_THREADS
    } else {
        Permissions::SEND_MESSAGES
    };
    if !channel.contains(send) {
        channel.remove(NEED_SEND);
    }
    if matches!(case.kind, ChannelKind::Voice | ChannelKind::Stage) && !channel.contains(Permissions::CONNECT) {
        channel.remove(NEED_CONNECT);
    }
    if case.timed_out {
        channel &= TIMED_OUT_KEEPS;
    }
    (guild, channel)
}

/// A flag set, now and then with `ADMINISTRATOR` or bits Discord does not define.
fn permissions() -> impl Strategy<Value = Permissions> {
    (any::<u64>(), any::<u64>(), 0_u8..100).prop_map(|(bits, extra, roll)| {
        let mut bits = bits & Permissions::all().bits() & !Permissions::ADMINISTRATOR.bits();
        if roll < 2 {
            bits |= Permissions::ADMINISTRATOR.bits();
        }
        if roll >= 90 {
            bits |= extra & !Permissions::all().bits();
        }
        Permissions::from_bits_retain(bits)
    })
}

fn case() -> impl Strategy<Value = Case> {
    // Role ids come from a pool of 100 so that lists collide; the first id is the guild's.
    let role_id = prop_oneof![1 => Just(GUILD_ID), 30 => (1_u64..100).prop_map(|n| GUILD_ID + n)];
    (
        prop::collection::vec((role_id.clone(), permissions()), 0..90),
        prop_oneof![prop::collection::vec(role_id.clone(), 0..12), prop::collection::vec(role_id.clone(), 0..90)],
        prop::collection::vec(
            (
                prop_oneof![
                    role_id.prop_map(|id| (OverwriteKind::Role, id)),
                    prop::sample::select(vec![USER_ID, OTHER_USER_ID, GUILD_ID])
                        .prop_map(|id| (OverwriteKind::Member, id)),
                ],
                permissions(),
                permissions(),
            ),
            0..25,
        ),
        (0_u8..20, any::<bool>(), prop::sample::select(ChannelKind::ALL.to_vec())),
    )
        .prop_map(|(guild_roles, member_role_ids, overwrites, (owner, timed_out, kind))| Case {
            owner: owner == 0,
            timed_out,
            kind,
            guild_roles: guild_roles.into_iter().map(|(id, permissions)| Role { id, permissions }).collect(),
            member_role_ids,
            overwrites: overwrites
                .into_iter()
                .map(|((kind, id), allow, deny)| Overwrite { id, kind, allow, deny })
                .collect(),
        })
}

fn owner_id(case: &Case) -> u64 {
    if case.owner { USER_ID } else { OTHER_USER_ID }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// From the guild's roles and the member's ids: the guild roles listed, `@everyone` among them, grant;
    /// every id of the member's counts for role overwrites, listed by the guild or not.
    #[test]
    fn from_guild_roles_computes_what_the_reference_computes(case in case()) {
        let membership: HashSet<u64> = case.member_role_ids.iter().copied().collect();
        let grants: Vec<Role> = case
            .guild_roles
            .iter()
            .copied()
            .filter(|role| role.id == GUILD_ID || membership.contains(&role.id))
            .collect();
        let (guild, channel) = reference(&case, &membership, &grants);
        let calculator =
            PermissionCalculator::from_guild_roles(GUILD_ID, USER_ID, &case.guild_roles, &case.member_role_ids)
                .owner_id(owner_id(&case))
                .timed_out(case.timed_out);
        prop_assert_eq!(calculator.guild_permissions(), guild);
        prop_assert_eq!(calculator.channel_permissions(case.kind, &case.overwrites), channel);
    }

    /// From the member's roles, already looked up: they grant, and they alone count for role overwrites.
    #[test]
    fn new_computes_what_the_reference_computes(case in case(), everyone in permissions()) {
        let member_roles: Vec<Role> =
            case.guild_roles.iter().copied().filter(|role| role.id != GUILD_ID).collect();
        let membership: HashSet<u64> = member_roles.iter().map(|role| role.id).collect();
        let mut grants = member_roles.clone();
        grants.push(Role { id: GUILD_ID, permissions: everyone });
        let (guild, channel) = reference(&case, &membership, &grants);
        let calculator = PermissionCalculator::new(GUILD_ID, USER_ID, everyone, &member_roles)
            .owner_id(owner_id(&case))
            .timed_out(case.timed_out);
        prop_assert_eq!(calculator.guild_permissions(), guild);
        prop_assert_eq!(calculator.channel_permissions(case.kind, &case.overwrites), channel);
    }
}
