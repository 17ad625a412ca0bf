//! Differential test of `botperms_core::PermissionCalculator` against twilight-util's `PermissionCalculator`.
//!
//! Both run on the same generated guilds. twilight's result is adjusted for each documented difference
//! (module docs of `botperms_core::calc`), and must then equal ours bit for bit on every flag both crates
//! know. Each difference also has a test of its own below, asserting both crates' values.

use botperms_core::{ChannelKind, Overwrite, OverwriteKind, PermissionCalculator, Permissions, Role};
use twilight_model::channel::ChannelType;
use twilight_model::channel::permission_overwrite::{PermissionOverwrite, PermissionOverwriteType};
use twilight_model::guild::Permissions as TwilightPermissions;
use twilight_model::id::Id;
use twilight_util::permission_calculator::PermissionCalculator as TwilightCalculator;

mod discord_rules;
use discord_rules::{NEED_CONNECT, NEED_SEND, TIMED_OUT_KEEPS};

const CASES: u64 = 200_000;
const SEED: u64 = 0x5EED_CA1C_2026;

/// Flags both crates define: twilight-model 0.18 lacks `SET_VOICE_CHANNEL_STATUS` (bit 48).
const SHARED: u64 = Permissions::all().bits() & TwilightPermissions::all().bits();

/// `SplitMix64`: tiny, seedable, and good enough to spread bits. Not proptest: each case draws its overwrite
/// targets from the roles it generated, the run must cover an exact number of cases from one fixed seed, and
/// a failure prints the whole case, so shrinking would add little.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }

    fn index(&mut self, len: usize) -> usize {
        usize::try_from(self.below(len as u64)).expect("below a usize")
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// A flag set whose density varies from case to case, so that rare and common flags both come and go;
    /// `ADMINISTRATOR` is made rare, or it would end most cases early, and now and then undefined bits appear.
    fn permissions(&mut self) -> Permissions {
        let bits = match self.below(4) {
            0 => self.next() & self.next() & self.next(),
            1 => self.next() & self.next(),
            2 => self.next(),
            _ => self.next() | self.next(),
        };
        let mut bits = bits & Permissions::all().bits() & !Permissions::ADMINISTRATOR.bits();
        if self.chance(2) {
            bits |= Permissions::ADMINISTRATOR.bits();
        }
        if self.chance(10) {
            bits |= self.next() & !Permissions::all().bits();
        }
        Permissions::from_bits_retain(bits)
    }
}

#[derive(Debug)]
struct Case {
    guild_id: u64,
    user_id: u64,
    owner_id: u64,
    /// All of the guild's roles, `@everyone` first.
    guild_roles: Vec<Role>,
    member_role_ids: Vec<u64>,
    overwrites: Vec<Overwrite>,
    kind: ChannelKind,
    timed_out: bool,
}

impl Case {
    fn generate(rng: &mut Rng) -> Self {
        let guild_id = 1_000 + rng.below(1_000_000);
        let user_id = guild_id + 100;
        let owner_id = if rng.chance(5) { user_id } else { user_id + 1 };

        let role_count = rng.below(13);
        let mut guild_roles = vec![Role { id: guild_id, permissions: rng.permissions() }];
        let mut member_role_ids = Vec::new();
        for index in 1..=role_count {
            let id = guild_id + index;
            guild_roles.push(Role { id, permissions: rng.permissions() });
            if rng.chance(50) {
                member_role_ids.push(id);
            }
        }

        // Discord keeps one overwrite per target: draw targets without repeats from @everyone, every role
        // (the member's and others), the member and two other members.
        let mut targets: Vec<(OverwriteKind, u64)> =
            guild_roles.iter().map(|role| (OverwriteKind::Role, role.id)).collect();
        targets.extend([user_id, user_id + 1, user_id + 2].map(|id| (OverwriteKind::Member, id)));
        let overwrite_count = rng.below(9).min(targets.len() as u64);
        let mut overwrites = Vec::new();
        for _ in 0..overwrite_count {
            let (kind, id) = targets.swap_remove(rng.index(targets.len()));
            overwrites.push(Overwrite { id, kind, allow: rng.permissions(), deny: rng.permissions() });
        }

        let kind = ChannelKind::ALL[rng.index(ChannelKind::ALL.len())];
        Case { guild_id, user_id, owner_id, guild_roles, member_role_ids, overwrites, kind, timed_out: rng.chance(20) }
    }

    fn member_roles(&self) -> Vec<Role> {
        self.guild_roles.iter().copied().filter(|role| self.member_role_ids.contains(&role.id)).collect()
    }

    fn ours(&self) -> (Permissions, Permissions) {
        let everyone = self.guild_roles[0].permissions;
        let member_roles = self.member_roles();
        let calculator = PermissionCalculator::new(self.guild_id, self.user_id, everyone, &member_roles)
            .owner_id(self.owner_id)
            .timed_out(self.timed_out);
        let from_guild = PermissionCalculator::from_guild_roles(
            self.guild_id,
            self.user_id,
            &self.guild_roles,
            &self.member_role_ids,
        )
        .owner_id(self.owner_id)
        .timed_out(self.timed_out);
        let guild = calculator.guild_permissions();
        let channel = calculator.channel_permissions(self.kind, &self.overwrites);
        // The two ways in must agree exactly, undefined bits included.
        assert_eq!(from_guild.guild_permissions(), guild, "{self:#?}");
        assert_eq!(from_guild.channel_permissions(self.kind, &self.overwrites), channel, "{self:#?}");
        (guild, channel)
    }

    fn twilight(&self) -> (u64, u64) {
        twilight_permissions(
            self.guild_id,
            self.user_id,
            self.owner_id,
            self.guild_roles[0].permissions,
            &self.member_roles(),
            self.kind,
            &self.overwrites,
        )
    }

    fn is_owner_or_administrator(&self) -> bool {
        self.user_id == self.owner_id
            || self
                .guild_roles
                .iter()
                .filter(|role| role.id == self.guild_id || self.member_role_ids.contains(&role.id))
                .any(|role| role.permissions.contains(Permissions::ADMINISTRATOR))
    }
}

fn twilight_permissions(
    guild_id: u64,
    user_id: u64,
    owner_id: u64,
    everyone: Permissions,
    member_roles: &[Role],
    kind: ChannelKind,
    overwrites: &[Overwrite],
) -> (u64, u64) {
    let truncate = |permissions: Permissions| TwilightPermissions::from_bits_truncate(permissions.bits());
    let roles: Vec<_> = member_roles.iter().map(|role| (Id::new(role.id), truncate(role.permissions))).collect();
    let overwrites: Vec<_> = overwrites
        .iter()
        .map(|overwrite| PermissionOverwrite {
            allow: truncate(overwrite.allow),
            deny: truncate(overwrite.deny),
            id: Id::new(overwrite.id),
            kind: match overwrite.kind {
                OverwriteKind::Role => PermissionOverwriteType::Role,
                OverwriteKind::Member => PermissionOverwriteType::Member,
            },
        })
        .collect();
    let calculator = TwilightCalculator::new(Id::new(guild_id), Id::new(user_id), truncate(everyone), &roles)
        .owner_id(Id::new(owner_id));
    let channel_type = ChannelType::from(kind.channel_type());
    (calculator.root().bits(), calculator.in_channel(channel_type, &overwrites).bits())
}

/// The flags twilight ever grants in a channel of `kind`, found by asking it for someone holding everything.
fn twilight_grantable(kind: ChannelKind) -> Permissions {
    let everything = Permissions::all().difference(Permissions::ADMINISTRATOR);
    Permissions::from_bits_retain(twilight_permissions(1, 2, 3, everything, &[], kind, &[]).1)
}

/// twilight's channel result with the documented differences applied, and the flags it can speak for.
/// `grantable` is [`twilight_grantable`] of `kind`.
fn expected_in_channel(
    twilight: u64,
    kind: ChannelKind,
    grantable: Permissions,
    timed_out: bool,
) -> (Permissions, Permissions) {
    let mut expected = Permissions::from_bits_retain(twilight);
    // Flags Discord's table places in this kind that twilight's older lists drop (the message flags in voice
    // and stage channels) cannot be compared.
    let mut comparable = Permissions::from_bits_retain(SHARED).difference(kind.permissions().difference(grantable));

    if !expected.contains(Permissions::VIEW_CHANNEL) {
        expected = Permissions::empty();
    }
    // Discord's table for every kind; twilight filters three kinds, with other lists, and keeps some
    // guild-only flags.
    expected &= kind.permissions();
    if kind.is_thread() {
        // twilight has no thread rule: it gates the message flags on SEND_MESSAGES, which a thread does not
        // inherit, so only SEND_MESSAGES_IN_THREADS can be compared; the message flags are not.
        expected.remove(Permissions::SEND_MESSAGES);
        comparable.remove(NEED_SEND);
    } else if !expected.contains(Permissions::SEND_MESSAGES) {
        expected.remove(NEED_SEND);
    }
    if matches!(kind, ChannelKind::Voice | ChannelKind::Stage) && !expected.contains(Permissions::CONNECT) {
        expected.remove(NEED_CONNECT);
    }
    if timed_out {
        expected &= TIMED_OUT_KEEPS;
    }
    (expected, comparable)
}

#[test]
fn agrees_with_twilight_on_generated_guilds() {
    let mut rng = Rng(SEED);
    let grantable = ChannelKind::ALL.map(twilight_grantable);
    let shared = Permissions::from_bits_retain(SHARED);
    let mut disagreements = Vec::new();
    let mut privileged = 0;
    for _ in 0..CASES {
        let case = Case::generate(&mut rng);
        let (our_guild, our_channel) = case.ours();
        let (twilight_guild, twilight_channel) = case.twilight();

        let (expected_guild, expected_channel, comparable) = if case.is_owner_or_administrator() {
            // Both give everything they know, overwrites and timeout notwithstanding.
            privileged += 1;
            (Permissions::all(), Permissions::all(), shared)
        } else {
            let mut guild = Permissions::from_bits_retain(twilight_guild);
            if case.timed_out {
                guild &= TIMED_OUT_KEEPS;
            }
            let kind_index = ChannelKind::ALL.iter().position(|kind| *kind == case.kind).expect("every kind is listed");
            let (channel, comparable) =
                expected_in_channel(twilight_channel, case.kind, grantable[kind_index], case.timed_out);
            (guild, channel, comparable)
        };
        if (our_guild & shared) != (expected_guild & shared)
            || (our_channel & comparable) != (expected_channel & comparable)
        {
            disagreements.push(format!(
                "{case:#?}\nguild: ours {our_guild} / expected {expected_guild}\n\
                 channel: ours {our_channel} / expected {expected_channel} (compared: {comparable})"
            ));
        }
    }
    println!(
        "compared {CASES} generated cases (guild and channel permissions; {privileged} owner or administrator) \
         with twilight-util: {} disagreements",
        disagreements.len()
    );
    assert!(
        disagreements.is_empty(),
        "{} disagreements; the first:\n{}",
        disagreements.len(),
        disagreements.iter().take(3).cloned().collect::<Vec<_>>().join("\n\n")
    );
}

// --- each documented difference, on its own ---

const GUILD: u64 = 1_000;
const USER: u64 = 2_000;
const OWNER: u64 = 3_000;
const ROLE: u64 = 11;

fn both(
    everyone: Permissions,
    roles: &[Role],
    kind: ChannelKind,
    overwrites: &[Overwrite],
) -> (Permissions, Permissions) {
    let ours =
        PermissionCalculator::new(GUILD, USER, everyone, roles).owner_id(OWNER).channel_permissions(kind, overwrites);
    let twilight = twilight_permissions(GUILD, USER, OWNER, everyone, roles, kind, overwrites).1;
    (ours, Permissions::from_bits_retain(twilight))
}

const VIEW: Permissions = Permissions::VIEW_CHANNEL;
const SEND: Permissions = Permissions::SEND_MESSAGES;

#[test]
fn difference_timeouts_are_not_modelled_by_twilight() {
    let everyone = VIEW | SEND | Permissions::READ_MESSAGE_HISTORY | Permissions::KICK_MEMBERS;
    let ours = PermissionCalculator::new(GUILD, USER, everyone, &[]).timed_out(true);
    assert_eq!(ours.guild_permissions(), VIEW | Permissions::READ_MESSAGE_HISTORY);
    assert_eq!(ours.channel_permissions(ChannelKind::Text, &[]), VIEW | Permissions::READ_MESSAGE_HISTORY);
    // twilight has no timeout input: it gives the member everything their roles grant.
    let (twilight_guild, twilight_channel) =
        twilight_permissions(GUILD, USER, OWNER, everyone, &[], ChannelKind::Text, &[]);
    assert_eq!(twilight_guild, everyone.bits());
    assert_eq!(twilight_channel, (VIEW | SEND | Permissions::READ_MESSAGE_HISTORY).bits());
}

#[test]
fn difference_view_channel_missing_without_a_role_or_member_deny() {
    // Never granted: twilight keeps the rest.
    let (ours, twilight) = both(SEND | Permissions::ADD_REACTIONS, &[], ChannelKind::Text, &[]);
    assert_eq!(ours, Permissions::empty());
    assert_eq!(twilight, SEND | Permissions::ADD_REACTIONS);
    // Denied by @everyone's overwrite: the same.
    let overwrites = [Overwrite::role(GUILD, Permissions::empty(), VIEW)];
    let (ours, twilight) = both(VIEW | SEND, &[], ChannelKind::Text, &overwrites);
    assert_eq!(ours, Permissions::empty());
    assert_eq!(twilight, SEND);
    // Denied by a role's overwrite: both clear the channel.
    let roles = [Role { id: ROLE, permissions: Permissions::empty() }];
    let overwrites = [Overwrite::role(ROLE, Permissions::empty(), VIEW)];
    assert_eq!(both(VIEW | SEND, &roles, ChannelKind::Text, &overwrites), (Permissions::empty(), Permissions::empty()));
}

#[test]
fn difference_send_messages_missing_without_a_role_or_member_deny() {
    let everyone = VIEW | SEND | Permissions::EMBED_LINKS | Permissions::ATTACH_FILES;
    let overwrites = [Overwrite::role(GUILD, Permissions::empty(), SEND)];
    let (ours, twilight) = both(everyone, &[], ChannelKind::Text, &overwrites);
    assert_eq!(ours, VIEW);
    assert_eq!(twilight, VIEW | Permissions::EMBED_LINKS | Permissions::ATTACH_FILES);
    let (ours, twilight) = both(VIEW | Permissions::EMBED_LINKS, &[], ChannelKind::Text, &[]);
    assert_eq!(ours, VIEW);
    assert_eq!(twilight, VIEW | Permissions::EMBED_LINKS);
}

#[test]
fn difference_twilight_has_no_connect_rule() {
    let everyone = VIEW | Permissions::SPEAK | Permissions::MANAGE_CHANNELS | Permissions::MUTE_MEMBERS;
    let (ours, twilight) = both(everyone, &[], ChannelKind::Voice, &[]);
    assert_eq!(ours, VIEW);
    assert_eq!(twilight, everyone);
}

#[test]
fn difference_twilight_drops_the_message_flags_from_voice_and_stage_channels() {
    let text_in_voice = SEND
        | Permissions::ADD_REACTIONS
        | Permissions::ATTACH_FILES
        | Permissions::EMBED_LINKS
        | Permissions::MANAGE_MESSAGES
        | Permissions::MANAGE_WEBHOOKS
        | Permissions::MENTION_EVERYONE
        | Permissions::READ_MESSAGE_HISTORY
        | Permissions::SEND_TTS_MESSAGES
        | Permissions::USE_EXTERNAL_EMOJIS
        | Permissions::USE_APPLICATION_COMMANDS;
    // Exactly these flags, which Discord's table places in voice channels, twilight never grants there
    // (besides SET_VOICE_CHANNEL_STATUS, which it does not know); in stage channels, STREAM too; in text
    // channels it drops nothing the table places there.
    assert_eq!(
        ChannelKind::Voice.permissions().difference(twilight_grantable(ChannelKind::Voice)),
        text_in_voice | Permissions::SET_VOICE_CHANNEL_STATUS
    );
    assert_eq!(
        ChannelKind::Stage.permissions().difference(twilight_grantable(ChannelKind::Stage)),
        text_in_voice | Permissions::STREAM
    );
    assert_eq!(ChannelKind::Text.permissions().difference(twilight_grantable(ChannelKind::Text)), Permissions::empty());

    let (ours, twilight) = both(VIEW | Permissions::CONNECT | SEND, &[], ChannelKind::Voice, &[]);
    assert_eq!(ours, VIEW | Permissions::CONNECT | SEND);
    assert_eq!(twilight, VIEW | Permissions::CONNECT);
}

#[test]
fn difference_twilight_filters_only_text_voice_and_stage_with_older_lists() {
    // MANAGE_EVENTS and CREATE_EVENTS apply to voice and stage channels only.
    let events = Permissions::MANAGE_EVENTS | Permissions::CREATE_EVENTS | Permissions::USE_SOUNDBOARD;
    let (ours, twilight) = both(VIEW | events, &[], ChannelKind::Text, &[]);
    assert_eq!(ours, VIEW);
    assert_eq!(twilight, VIEW | events);
    // Forum, media, announcement, category and thread channels get no filter from twilight.
    let voice = Permissions::CONNECT | Permissions::SPEAK;
    for kind in [ChannelKind::Forum, ChannelKind::Media, ChannelKind::Announcement, ChannelKind::PublicThread] {
        let (ours, twilight) = both(VIEW | voice, &[], kind, &[]);
        assert_eq!(ours, VIEW, "{kind:?}");
        assert_eq!(twilight, VIEW | voice, "{kind:?}");
    }
}

#[test]
fn difference_twilight_keeps_three_guild_only_flags_in_channels() {
    let kept = Permissions::MODERATE_MEMBERS
        | Permissions::VIEW_CREATOR_MONETIZATION_ANALYTICS
        | Permissions::CREATE_GUILD_EXPRESSIONS;
    let dropped_by_both = Permissions::KICK_MEMBERS | Permissions::MANAGE_GUILD | Permissions::VIEW_AUDIT_LOG;
    let (ours, twilight) = both(VIEW | kept | dropped_by_both, &[], ChannelKind::Text, &[]);
    assert_eq!(ours, VIEW);
    assert_eq!(twilight, VIEW | kept);
}

#[test]
fn difference_threads_need_send_messages_in_threads() {
    // Announcement channel: @everyone may not send, but may talk in threads.
    let overwrites = [Overwrite::role(GUILD, Permissions::SEND_MESSAGES_IN_THREADS, SEND)];
    let everyone = VIEW | SEND | Permissions::EMBED_LINKS;
    let (ours, twilight) = both(everyone, &[], ChannelKind::AnnouncementThread, &overwrites);
    assert_eq!(ours, VIEW | Permissions::SEND_MESSAGES_IN_THREADS | Permissions::EMBED_LINKS);
    // twilight drops EMBED_LINKS only when a role or member overwrite denies SEND_MESSAGES.
    assert_eq!(twilight, VIEW | Permissions::SEND_MESSAGES_IN_THREADS | Permissions::EMBED_LINKS);
    let roles = [Role { id: ROLE, permissions: Permissions::empty() }];
    let overwrites = [Overwrite::role(ROLE, Permissions::SEND_MESSAGES_IN_THREADS, SEND)];
    let (ours, twilight) = both(everyone, &roles, ChannelKind::PublicThread, &overwrites);
    assert_eq!(ours, VIEW | Permissions::SEND_MESSAGES_IN_THREADS | Permissions::EMBED_LINKS);
    assert_eq!(twilight, VIEW | Permissions::SEND_MESSAGES_IN_THREADS);
    // SEND_MESSAGES itself is never granted in a thread; twilight passes it through.
    let (ours, twilight) = both(everyone, &[], ChannelKind::PublicThread, &[]);
    assert_eq!(ours, VIEW);
    assert_eq!(twilight, everyone);
}

#[test]
fn difference_flags_twilight_does_not_know_are_dropped_by_it() {
    let status = Permissions::SET_VOICE_CHANNEL_STATUS;
    let undefined = Permissions::from_bits_retain(1 << 47 | 1 << 60);
    let everyone = VIEW | Permissions::CONNECT | status | undefined;
    let (ours, twilight) = both(everyone, &[], ChannelKind::Voice, &[]);
    assert_eq!(ours, everyone);
    assert_eq!(twilight, VIEW | Permissions::CONNECT);
    let guild = twilight_permissions(GUILD, USER, OWNER, everyone, &[], ChannelKind::Voice, &[]).0;
    assert_eq!(PermissionCalculator::new(GUILD, USER, everyone, &[]).guild_permissions(), everyone);
    assert_eq!(guild, (VIEW | Permissions::CONNECT).bits());
}

#[test]
fn difference_duplicate_everyone_overwrites_are_merged_not_chained() {
    // Discord never sends two overwrites for one target; should a list hold them, this crate merges them
    // (allow beats deny), twilight applies them in turn (the later deny wins).
    let overwrites = [
        Overwrite::role(GUILD, Permissions::ADD_REACTIONS, Permissions::empty()),
        Overwrite::role(GUILD, Permissions::empty(), Permissions::ADD_REACTIONS),
    ];
    let (ours, twilight) = both(VIEW, &[], ChannelKind::Text, &overwrites);
    assert_eq!(ours, VIEW | Permissions::ADD_REACTIONS);
    assert_eq!(twilight, VIEW);
}
