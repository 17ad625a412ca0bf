//! Effective permissions: botperms-core's `PermissionCalculator` against twilight-util's on the same guilds.
//!
//! Both build their calculator from the member's roles, already looked up, inside the measured closure, as a
//! bot does per event. `botperms/from_guild_roles` starts one step earlier, from all of the guild's roles and
//! the member's role ids as Discord sends them, and does the look-up itself.
//!
//! `cargo bench -p botperms-core --bench calc -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use botperms_core::{ChannelKind, Overwrite, PermissionCalculator, Permissions, Role};
use criterion::{Criterion, criterion_group, criterion_main};
use twilight_model::channel::ChannelType;
use twilight_model::channel::permission_overwrite::{PermissionOverwrite, PermissionOverwriteType};
use twilight_model::guild::Permissions as TwilightPermissions;
use twilight_model::id::Id;
use twilight_model::id::marker::RoleMarker;
use twilight_util::permission_calculator::PermissionCalculator as TwilightCalculator;

const GUILD: u64 = 81_384_788_765_712_384;
const USER: u64 = 80_351_110_224_678_912;
const OWNER: u64 = 80_088_516_616_269_824;

/// One guild, one member and one text channel, in both crates' types.
struct Fixture {
    name: &'static str,
    guild_roles: Vec<Role>,
    member_role_ids: Vec<u64>,
    everyone: Permissions,
    member_roles: Vec<Role>,
    overwrites: Vec<Overwrite>,
    twilight_everyone: TwilightPermissions,
    twilight_roles: Vec<(Id<RoleMarker>, TwilightPermissions)>,
    twilight_overwrites: Vec<PermissionOverwrite>,
}

impl Fixture {
    fn new(name: &'static str, guild_roles: Vec<Role>, member_role_ids: Vec<u64>, overwrites: Vec<Overwrite>) -> Self {
        let member_roles: Vec<Role> =
            guild_roles.iter().copied().filter(|role| member_role_ids.contains(&role.id)).collect();
        let twilight = |permissions: Permissions| TwilightPermissions::from_bits_truncate(permissions.bits());
        let twilight_roles = member_roles.iter().map(|role| (Id::new(role.id), twilight(role.permissions))).collect();
        let twilight_overwrites = overwrites
            .iter()
            .map(|overwrite| PermissionOverwrite {
                allow: twilight(overwrite.allow),
                deny: twilight(overwrite.deny),
                id: Id::new(overwrite.id),
                kind: match overwrite.kind {
                    botperms_core::OverwriteKind::Role => PermissionOverwriteType::Role,
                    botperms_core::OverwriteKind::Member => PermissionOverwriteType::Member,
                },
            })
            .collect();
        Self {
            name,
            everyone: guild_roles[0].permissions,
            twilight_everyone: twilight(guild_roles[0].permissions),
            guild_roles,
            member_role_ids,
            member_roles,
            overwrites,
            twilight_roles,
            twilight_overwrites,
        }
    }

    /// A few roles, two overwrites: @everyone may not send in the channel, the helper role may.
    fn small() -> Self {
        let helper = GUILD + 1;
        let guild_roles = vec![
            Role { id: GUILD, permissions: Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES },
            Role { id: helper, permissions: Permissions::MANAGE_MESSAGES | Permissions::EMBED_LINKS },
            Role { id: GUILD + 2, permissions: Permissions::KICK_MEMBERS },
            Role { id: GUILD + 3, permissions: Permissions::ATTACH_FILES | Permissions::ADD_REACTIONS },
        ];
        let overwrites = vec![
            Overwrite::role(GUILD, Permissions::empty(), Permissions::SEND_MESSAGES),
            Overwrite::role(helper, Permissions::SEND_MESSAGES, Permissions::empty()),
        ];
        Self::new("small", guild_roles, vec![helper, GUILD + 3], overwrites)
    }

    /// 50 roles besides @everyone, the member holding 10; 20 overwrites: @everyone, 15 roles (5 of the
    /// member's) and 4 members, the member last.
    fn large() -> Self {
        // Flags both crates treat alike in a text channel, so that they compute the same answer.
        let flags = [
            Permissions::SEND_MESSAGES,
            Permissions::EMBED_LINKS,
            Permissions::ATTACH_FILES,
            Permissions::ADD_REACTIONS,
            Permissions::READ_MESSAGE_HISTORY,
            Permissions::MANAGE_MESSAGES,
            Permissions::USE_EXTERNAL_EMOJIS,
            Permissions::MENTION_EVERYONE,
            Permissions::SEND_TTS_MESSAGES,
            Permissions::CREATE_INSTANT_INVITE,
            Permissions::MANAGE_WEBHOOKS,
            Permissions::KICK_MEMBERS,
            Permissions::BAN_MEMBERS,
            Permissions::CHANGE_NICKNAME,
            Permissions::MANAGE_NICKNAMES,
            Permissions::VIEW_AUDIT_LOG,
            Permissions::MANAGE_THREADS,
        ];
        let mut guild_roles = vec![Role { id: GUILD, permissions: Permissions::VIEW_CHANNEL }];
        for index in 1..=50_usize {
            let flag = |offset: usize| flags[(index + offset) % flags.len()];
            guild_roles.push(Role { id: GUILD + index as u64, permissions: flag(0) | flag(5) | flag(11) });
        }
        let member_role_ids: Vec<u64> = (1..=10).map(|index| GUILD + index * 5).collect();
        let mut overwrites = vec![Overwrite::role(GUILD, Permissions::SEND_MESSAGES, Permissions::ADD_REACTIONS)];
        for index in 1..=15_u64 {
            let (allow, deny) = if index % 2 == 0 {
                (Permissions::EMBED_LINKS | Permissions::ADD_REACTIONS, Permissions::MENTION_EVERYONE)
            } else {
                (Permissions::ATTACH_FILES, Permissions::EMBED_LINKS | Permissions::MANAGE_MESSAGES)
            };
            // Every third overwrite targets one of the member's roles, the others roles the member lacks.
            let id = if index % 3 == 0 {
                member_role_ids[usize::try_from(index / 3).unwrap_or(0)]
            } else {
                GUILD + (1..=50).filter(|k| k % 5 != 0).nth(usize::try_from(index * 2).unwrap_or(0)).unwrap_or(1)
            };
            overwrites.push(Overwrite::role(id, allow, deny));
        }
        for other in 1..=3_u64 {
            overwrites.push(Overwrite::member(USER + other, Permissions::MANAGE_ROLES, Permissions::VIEW_CHANNEL));
        }
        overwrites.push(Overwrite::member(USER, Permissions::READ_MESSAGE_HISTORY, Permissions::SEND_TTS_MESSAGES));
        assert_eq!((guild_roles.len(), member_role_ids.len(), overwrites.len()), (51, 10, 20));
        let role_overwrites_for_the_member =
            overwrites.iter().filter(|overwrite| member_role_ids.contains(&overwrite.id)).count();
        assert_eq!(role_overwrites_for_the_member, 5);
        Self::new("50 roles, 20 overwrites", guild_roles, member_role_ids, overwrites)
    }
}

fn bench_fixture(c: &mut Criterion, fixture: &Fixture) {
    let ours = || {
        PermissionCalculator::new(
            *black_box(&GUILD),
            *black_box(&USER),
            *black_box(&fixture.everyone),
            black_box(&fixture.member_roles),
        )
        .owner_id(*black_box(&OWNER))
    };
    let from_guild_roles = || {
        PermissionCalculator::from_guild_roles(
            *black_box(&GUILD),
            *black_box(&USER),
            black_box(&fixture.guild_roles),
            black_box(&fixture.member_role_ids),
        )
        .owner_id(*black_box(&OWNER))
    };
    let twilight = || {
        TwilightCalculator::new(
            Id::new(*black_box(&GUILD)),
            Id::new(*black_box(&USER)),
            *black_box(&fixture.twilight_everyone),
            black_box(&fixture.twilight_roles),
        )
        .owner_id(Id::new(*black_box(&OWNER)))
    };

    // Both crates must answer the same here, or the comparison would be of different work.
    let in_channel = ours().channel_permissions(ChannelKind::Text, &fixture.overwrites);
    let twilight_in_channel = twilight().in_channel(ChannelType::GuildText, &fixture.twilight_overwrites);
    assert_eq!(in_channel.bits(), twilight_in_channel.bits(), "{}", fixture.name);
    assert_eq!(ours().guild_permissions().bits(), twilight().root().bits(), "{}", fixture.name);
    assert_eq!(from_guild_roles().channel_permissions(ChannelKind::Text, &fixture.overwrites), in_channel);

    let mut group = c.benchmark_group(format!("guild permissions, {}", fixture.name));
    group.bench_function("botperms", |b| b.iter(|| ours().guild_permissions()));
    group.bench_function("botperms/from_guild_roles", |b| b.iter(|| from_guild_roles().guild_permissions()));
    group.bench_function("twilight", |b| b.iter(|| twilight().root()));
    group.finish();

    let mut group = c.benchmark_group(format!("channel permissions, {}", fixture.name));
    group.bench_function("botperms", |b| {
        b.iter(|| ours().channel_permissions(*black_box(&ChannelKind::Text), black_box(&fixture.overwrites)));
    });
    group.bench_function("botperms/from_guild_roles", |b| {
        b.iter(|| {
            from_guild_roles().channel_permissions(*black_box(&ChannelKind::Text), black_box(&fixture.overwrites))
        });
    });
    group.bench_function("twilight", |b| {
        b.iter(|| twilight().in_channel(*black_box(&ChannelType::GuildText), black_box(&fixture.twilight_overwrites)));
    });
    group.finish();
}

fn calc(c: &mut Criterion) {
    bench_fixture(c, &Fixture::small());
    bench_fixture(c, &Fixture::large());
}

criterion_group!(benches, calc);
criterion_main!(benches);
