//! Effective permissions: botperms-core's `PermissionCalculator` against twilight-util's on the same guilds.
//!
//! Both build their calculator from the member's roles, already looked up, inside the measured closure, as a
//! bot does per event. `botperms/from_guild_roles` starts one step earlier, from all of the guild's roles and
//! the member's role ids as Discord sends them, and does the look-up itself.
//!
//! `mixed` is the workload of a bot serving many guilds: 20,000 distinct guilds, members and channels from a
//! fixed seed, computed in one pass over data too large for the L1 and L2 caches.
//!
//! `cargo bench -p botperms-core --bench calc -- --warm-up-time 1 --measurement-time 3`; with
//! `CALC_INTERLEAVED=100` in the environment, the mixed workload's sides timed in turn instead (see
//! `interleaved`).

use std::hint::black_box;

use botperms_core::{ChannelKind, Overwrite, PermissionCalculator, Permissions, Role};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use twilight_model::channel::ChannelType;
use twilight_model::channel::permission_overwrite::{PermissionOverwrite, PermissionOverwriteType};
use twilight_model::guild::Permissions as TwilightPermissions;
use twilight_model::id::Id;
use twilight_model::id::marker::{GuildMarker, RoleMarker, UserMarker};
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

/// `SplitMix64`: a fixed seed gives the same cases on every run and machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..=max`.
    fn upto(&mut self, max: u64) -> u64 {
        self.next() % (max + 1)
    }

    fn one_in(&mut self, n: u64) -> bool {
        self.next().is_multiple_of(n)
    }

    fn index(&mut self, len: usize) -> usize {
        usize::try_from(self.next() % len as u64).unwrap_or(0)
    }

    /// A snowflake of the last few years: a timestamp above 2020 in the high bits, random low bits.
    fn snowflake(&mut self) -> u64 {
        let since_epoch_ms = 157_766_400_000 + self.upto(190_000_000_000);
        since_epoch_ms << 22 | self.upto((1 << 22) - 1)
    }

    /// A few flags of Discord's table, as a role or an overwrite grants them.
    fn flags(&mut self, count: u64) -> Permissions {
        let all: Vec<Permissions> = Permissions::all().iter().collect();
        let mut flags = Permissions::empty();
        for _ in 0..self.upto(count) {
            flags |= all[self.index(all.len())];
        }
        // Administrators are rare: they would skip the channel computation altogether.
        flags.difference(Permissions::ADMINISTRATOR)
    }
}

/// One member in one channel of one guild, as generated: each calculator's inputs are built from it.
struct Spec {
    guild_id: u64,
    user_id: u64,
    owner_id: u64,
    timed_out: bool,
    kind: ChannelKind,
    everyone: Permissions,
    /// The guild's roles, `@everyone` first.
    guild_roles: Vec<Role>,
    /// The member's roles: a subset of the guild's, in the guild's order.
    member_roles: Vec<Role>,
    overwrites: Vec<Overwrite>,
}

/// 20,000 cases: 0-50 roles per member out of up to 80 in the guild, 0-20 overwrites per channel (for
/// `@everyone`, for roles the member has and lacks, for the member and others), every channel kind (threads
/// among them), a fifth of the members timed out, one in a hundred the owner, one in fifty an administrator.
fn mixed_specs() -> Vec<Spec> {
    let mut rng = Rng(0x5EED_0B07_9E12_0000);
    (0..CASES)
        .map(|_| {
            let guild_id = rng.snowflake();
            let user_id = rng.snowflake();
            let owner_id = if rng.one_in(100) { user_id } else { rng.snowflake() };
            let everyone = Permissions::VIEW_CHANNEL.union(rng.flags(6));
            let member_count = usize::try_from(rng.upto(50)).unwrap_or(0);
            let role_count = member_count + usize::try_from(rng.upto(30)).unwrap_or(0);
            let mut guild_roles = vec![Role { id: guild_id, permissions: everyone }];
            for _ in 0..role_count {
                let mut permissions = rng.flags(4);
                if rng.one_in(50 * 20) {
                    permissions |= Permissions::ADMINISTRATOR;
                }
                guild_roles.push(Role { id: rng.snowflake(), permissions });
            }
            let mut member_roles: Vec<Role> = guild_roles[1..].to_vec();
            while member_roles.len() > member_count {
                let drop = rng.index(member_roles.len());
                member_roles.remove(drop);
            }
            let mut overwrites = Vec::new();
            for _ in 0..rng.upto(20) {
                let (allow, deny) = (rng.flags(3), rng.flags(3));
                let overwrite = match rng.upto(9) {
                    0 => Overwrite::role(guild_id, allow, deny),
                    1..=3 if !member_roles.is_empty() => {
                        Overwrite::role(member_roles[rng.index(member_roles.len())].id, allow, deny)
                    }
                    1..=6 => Overwrite::role(guild_roles[rng.index(guild_roles.len())].id, allow, deny),
                    7 => Overwrite::member(user_id, allow, deny),
                    _ => Overwrite::member(rng.snowflake(), allow, deny),
                };
                overwrites.push(overwrite);
            }
            let kind = ChannelKind::ALL[rng.index(ChannelKind::ALL.len())];
            let timed_out = rng.one_in(5);
            Spec { guild_id, user_id, owner_id, timed_out, kind, everyone, guild_roles, member_roles, overwrites }
        })
        .collect()
}

const CASES: usize = 20_000;

/// One vector per case, allocated in an order shuffled from `seed` (Fisher-Yates with the bench's generator)
/// and returned in case order: walking the cases in order then meets each vector at an address unrelated to
/// the previous case's, as a bot's caches hold members' roles and channels' overwrites.
fn shuffled<T>(specs: &[Spec], seed: u64, make: impl Fn(&Spec) -> Vec<T>) -> Vec<Vec<T>> {
    let mut rng = Rng(seed);
    let mut order: Vec<usize> = (0..specs.len()).collect();
    for last in (1..order.len()).rev() {
        order.swap(last, rng.index(last + 1));
    }
    let mut vectors: Vec<Option<Vec<T>>> = specs.iter().map(|_| None).collect();
    for index in order {
        vectors[index] = Some(make(&specs[index]));
    }
    vectors.into_iter().flatten().collect()
}

const ROLES_SEED: u64 = 0x0F1E_57A1_1C00_0001;
const OVERWRITES_SEED: u64 = 0x0F1E_57A1_1C00_0002;
const IDS_SEED: u64 = 0x0F1E_57A1_1C00_0003;

/// botperms' inputs for one case: what `PermissionCalculator::new` and `channel_permissions` take.
struct Ours {
    guild_id: u64,
    user_id: u64,
    owner_id: u64,
    timed_out: bool,
    kind: ChannelKind,
    everyone: Permissions,
    member_roles: Vec<Role>,
    overwrites: Vec<Overwrite>,
}

/// twilight-util's inputs for the same case, in its own types: the same sizes (16-byte roles, 32-byte
/// overwrites) in the same layout.
struct Theirs {
    guild_id: Id<GuildMarker>,
    user_id: Id<UserMarker>,
    owner_id: Id<UserMarker>,
    kind: ChannelType,
    everyone: TwilightPermissions,
    member_roles: Vec<(Id<RoleMarker>, TwilightPermissions)>,
    overwrites: Vec<PermissionOverwrite>,
}

/// What `from_guild_roles` takes: all of the guild's roles and the member's role ids, as Discord sends them.
struct FromGuild {
    guild_id: u64,
    user_id: u64,
    owner_id: u64,
    timed_out: bool,
    kind: ChannelKind,
    guild_roles: Vec<Role>,
    member_role_ids: Vec<u64>,
    overwrites: Vec<Overwrite>,
}

fn twilight_permissions(permissions: Permissions) -> TwilightPermissions {
    TwilightPermissions::from_bits_truncate(permissions.bits())
}

fn twilight_kind(kind: ChannelKind) -> ChannelType {
    match kind {
        ChannelKind::Text => ChannelType::GuildText,
        ChannelKind::Voice => ChannelType::GuildVoice,
        ChannelKind::Category => ChannelType::GuildCategory,
        ChannelKind::Announcement => ChannelType::GuildAnnouncement,
        ChannelKind::AnnouncementThread => ChannelType::AnnouncementThread,
        ChannelKind::PublicThread => ChannelType::PublicThread,
        ChannelKind::PrivateThread => ChannelType::PrivateThread,
        ChannelKind::Stage => ChannelType::GuildStageVoice,
        ChannelKind::Directory => ChannelType::GuildDirectory,
        ChannelKind::Forum => ChannelType::GuildForum,
        _ => ChannelType::GuildMedia,
    }
}

fn twilight_overwrite(overwrite: &Overwrite) -> PermissionOverwrite {
    PermissionOverwrite {
        allow: twilight_permissions(overwrite.allow),
        deny: twilight_permissions(overwrite.deny),
        id: Id::new(overwrite.id),
        kind: match overwrite.kind {
            botperms_core::OverwriteKind::Role => PermissionOverwriteType::Role,
            botperms_core::OverwriteKind::Member => PermissionOverwriteType::Member,
        },
    }
}

fn lay_out_ours(specs: &[Spec]) -> Vec<Ours> {
    let roles = shuffled(specs, ROLES_SEED, |spec| spec.member_roles.clone());
    let overwrites = shuffled(specs, OVERWRITES_SEED, |spec| spec.overwrites.clone());
    specs
        .iter()
        .zip(roles.into_iter().zip(overwrites))
        .map(|(spec, (member_roles, overwrites))| Ours {
            guild_id: spec.guild_id,
            user_id: spec.user_id,
            owner_id: spec.owner_id,
            timed_out: spec.timed_out,
            kind: spec.kind,
            everyone: spec.everyone,
            member_roles,
            overwrites,
        })
        .collect()
}

fn lay_out_theirs(specs: &[Spec]) -> Vec<Theirs> {
    let roles = shuffled(specs, ROLES_SEED, |spec| {
        spec.member_roles.iter().map(|role| (Id::new(role.id), twilight_permissions(role.permissions))).collect()
    });
    let overwrites = shuffled(specs, OVERWRITES_SEED, |spec| spec.overwrites.iter().map(twilight_overwrite).collect());
    specs
        .iter()
        .zip(roles.into_iter().zip(overwrites))
        .map(|(spec, (member_roles, overwrites))| Theirs {
            guild_id: Id::new(spec.guild_id),
            user_id: Id::new(spec.user_id),
            owner_id: Id::new(spec.owner_id),
            kind: twilight_kind(spec.kind),
            everyone: twilight_permissions(spec.everyone),
            member_roles,
            overwrites,
        })
        .collect()
}

fn lay_out_from_guild(specs: &[Spec]) -> Vec<FromGuild> {
    let guild_roles = shuffled(specs, ROLES_SEED, |spec| spec.guild_roles.clone());
    let ids = shuffled(specs, IDS_SEED, |spec| spec.member_roles.iter().map(|role| role.id).collect());
    let overwrites = shuffled(specs, OVERWRITES_SEED, |spec| spec.overwrites.clone());
    specs
        .iter()
        .zip(guild_roles.into_iter().zip(ids.into_iter().zip(overwrites)))
        .map(|(spec, (guild_roles, (member_role_ids, overwrites)))| FromGuild {
            guild_id: spec.guild_id,
            user_id: spec.user_id,
            owner_id: spec.owner_id,
            timed_out: spec.timed_out,
            kind: spec.kind,
            guild_roles,
            member_role_ids,
            overwrites,
        })
        .collect()
}

fn ours(case: &Ours) -> PermissionCalculator<'_> {
    PermissionCalculator::new(case.guild_id, case.user_id, case.everyone, &case.member_roles)
        .owner_id(case.owner_id)
        .timed_out(case.timed_out)
}

fn theirs(case: &Theirs) -> TwilightCalculator<'_> {
    TwilightCalculator::new(case.guild_id, case.user_id, case.everyone, &case.member_roles).owner_id(case.owner_id)
}

fn from_guild(case: &FromGuild) -> PermissionCalculator<'_> {
    PermissionCalculator::from_guild_roles(case.guild_id, case.user_id, &case.guild_roles, &case.member_role_ids)
        .owner_id(case.owner_id)
        .timed_out(case.timed_out)
}

/// Every case once, in one pass: the sum of the results keeps each of them computed.
fn sum<C>(cases: &[C], each: impl Fn(&C) -> u64) -> u64 {
    black_box(cases).iter().fold(0_u64, |sum, case| sum.wrapping_add(each(case)))
}

/// `CALC_INTERLEAVED=<rounds>`: instead of criterion's rows, one after the other, `rounds` rounds that each
/// time botperms, twilight and `from_guild_roles` in turn (the order rotating), each as criterion does (one
/// pass to warm up, then three timed), and print the median time per case of each and the median of the
/// rounds' botperms / twilight ratios. On a machine shared with other work, a ratio taken within a round is
/// steadier than one of two rows measured seconds apart.
fn interleaved(rounds: usize, passes: [&dyn Fn() -> u64; 3]) {
    let mut times = [Vec::new(), Vec::new(), Vec::new()];
    for round in 0..rounds {
        for step in 0..passes.len() {
            let which = (step + round) % passes.len();
            black_box(passes[which]());
            let start = std::time::Instant::now();
            for _ in 0..3 {
                black_box(passes[which]());
            }
            times[which]
                .push(start.elapsed().as_secs_f64() * 1e9 / 3.0 / f64::from(u32::try_from(CASES).unwrap_or(u32::MAX)));
        }
    }
    let median = |values: &[f64]| {
        let mut values = values.to_vec();
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    let ratios: Vec<f64> = times[0].iter().zip(&times[1]).map(|(ours, theirs)| ours / theirs).collect();
    println!(
        "{rounds} rounds, median ns per case: botperms {:.0}, twilight {:.0}, from_guild_roles {:.0}; \
         botperms / twilight, median of the rounds: {:.3}",
        median(&times[0]),
        median(&times[1]),
        median(&times[2]),
        median(&ratios)
    );
}

fn bench_mixed(c: &mut Criterion) {
    let specs = mixed_specs();
    let (roles, overwrites) = specs.iter().fold((0, 0), |(roles, overwrites), spec| {
        (roles + spec.member_roles.len(), overwrites + spec.overwrites.len())
    });
    assert!((20..=30).contains(&(roles / specs.len())) && (8..=12).contains(&(overwrites / specs.len())));
    let ours_cases = lay_out_ours(&specs);
    let theirs_cases = lay_out_theirs(&specs);
    let from_guild_cases = lay_out_from_guild(&specs);
    // Both of botperms' constructors must give the same answers, or the rows would measure different work.
    for (one, other) in ours_cases.iter().zip(&from_guild_cases) {
        assert_eq!(
            ours(one).channel_permissions(one.kind, &one.overwrites),
            from_guild(other).channel_permissions(other.kind, &other.overwrites)
        );
    }

    if let Some(rounds) = std::env::var("CALC_INTERLEAVED").ok().and_then(|rounds| rounds.parse().ok()) {
        interleaved(
            rounds,
            [
                &|| sum(&ours_cases, |case| ours(case).channel_permissions(case.kind, &case.overwrites).bits()),
                &|| sum(&theirs_cases, |case| theirs(case).in_channel(case.kind, &case.overwrites).bits()),
                &|| {
                    sum(&from_guild_cases, |case| {
                        from_guild(case).channel_permissions(case.kind, &case.overwrites).bits()
                    })
                },
            ],
        );
        std::process::exit(0);
    }
    let mut group = c.benchmark_group("mixed, 20,000 cases");
    group.throughput(Throughput::Elements(CASES as u64));
    group.bench_function("botperms", |b| {
        b.iter(|| sum(&ours_cases, |case| ours(case).channel_permissions(case.kind, &case.overwrites).bits()));
    });
    group.bench_function("twilight", |b| {
        b.iter(|| sum(&theirs_cases, |case| theirs(case).in_channel(case.kind, &case.overwrites).bits()));
    });
    group.bench_function("botperms/from_guild_roles", |b| {
        b.iter(|| {
            sum(&from_guild_cases, |case| from_guild(case).channel_permissions(case.kind, &case.overwrites).bits())
        });
    });
    // The parts: building the calculator (the roles' OR) alone, then with the channel step but no overwrites.
    group.bench_function("botperms/guild permissions only", |b| {
        b.iter(|| sum(&ours_cases, |case| ours(case).guild_permissions().bits()));
    });
    group.bench_function("twilight/root only", |b| b.iter(|| sum(&theirs_cases, |case| theirs(case).root().bits())));
    group.bench_function("botperms/no overwrites", |b| {
        b.iter(|| sum(&ours_cases, |case| ours(case).channel_permissions(case.kind, &[]).bits()));
    });
    group.finish();
}

fn calc(c: &mut Criterion) {
    bench_fixture(c, &Fixture::small());
    bench_fixture(c, &Fixture::large());
    bench_mixed(c);
}

criterion_group!(benches, calc);
criterion_main!(benches);
