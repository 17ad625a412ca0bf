//! Effective permissions: what a member may do in a guild, and in one of its channels, computed the way
//! Discord computes them.
//!
//! [`PermissionCalculator`] takes plain data (ids as `u64`, [`Permissions`], slices of [`Role`] and
//! [`Overwrite`]), allocates nothing and is `const fn` throughout, so it runs anywhere, from a gateway
//! event handler to a `const` item.
//!
//! # The algorithm
//!
//! Guild permissions ([`PermissionCalculator::guild_permissions`]):
//! 1. The guild owner holds every permission.
//! 2. Otherwise the base is the `@everyone` role (its id is the guild's id) OR'd with every role of the member.
//! 3. A base with `ADMINISTRATOR` holds every permission.
//! 4. A timed-out member keeps only `VIEW_CHANNEL` and `READ_MESSAGE_HISTORY` (owners and administrators
//!    are exempt).
//!
//! Channel permissions ([`PermissionCalculator::channel_permissions`]), for anyone neither owner nor
//! administrator:
//! 1. The channel's overwrites apply to the base in Discord's order: the `@everyone` overwrite (deny, then
//!    allow); the overwrites of the member's roles together (every deny OR'd, every allow OR'd; deny, then
//!    allow, so among roles an allow beats a deny); the member's own overwrite (deny, then allow).
//! 2. Flags that do not apply to the channel's kind are dropped: guild-only flags (`KICK_MEMBERS`,
//!    `MODERATE_MEMBERS`, ...) everywhere, voice flags in text channels, and so on, per the channel types
//!    Discord's table gives each flag ([`PermissionInfo::channel_types`](crate::PermissionInfo)).
//! 3. Implicit denials: without `VIEW_CHANNEL` nothing remains; without `SEND_MESSAGES`,
//!    `MENTION_EVERYONE`, `SEND_TTS_MESSAGES`, `ATTACH_FILES` and `EMBED_LINKS` go; in voice and stage
//!    channels, without `CONNECT` the voice flags go, and so do `MANAGE_CHANNELS` (Discord's example) and
//!    `MANAGE_ROLES` (editing a channel's overwrites is editing the channel; discord.py denies it too).
//! 4. Threads: pass the parent channel's overwrites and a thread [`ChannelKind`]. `SEND_MESSAGES` is not
//!    inherited by a thread (it is never in the result); sending there takes `SEND_MESSAGES_IN_THREADS`,
//!    which also gates the four flags that need a message to be sent.
//! 5. A timed-out member keeps only `VIEW_CHANNEL` and `READ_MESSAGE_HISTORY`.
//!
//! Owners and administrators get [`Permissions::all()`] in every channel, as Discord's own algorithm returns
//! "ALL" for them: no overwrite, filter, implicit denial or timeout applies.
//!
//! # Choices
//!
//! - **Timeouts are a `bool`** ([`PermissionCalculator::timed_out`]), not a timestamp. Whether a timeout is
//!   over depends on the current time, which a `no_std` crate cannot read and a `const fn` must not; the
//!   caller knows its clock (or the event's timestamp). [`Member::is_timed_out_at`] turns Discord's
//!   `communication_disabled_until` into that `bool`.
//! - **Undocumented bits are kept**: Discord grants flags before it documents them (`SET_VOICE_CHANNEL_STATUS`
//!   was live for years first), so a bit this crate does not know passes through guild permissions, and
//!   channel permissions unless `VIEW_CHANNEL` is missing or the member is timed out. The channel-type
//!   filter only drops flags Discord's table places elsewhere.
//! - **Duplicate overwrites are merged**: Discord sends at most one overwrite per role or member; should a
//!   list hold two for the same target, their denies and allows are OR'd as if they were one.
//! - **Not modelled**: a private thread is visible only to its members and to those with `MANAGE_THREADS`,
//!   and a voice channel is visible to whoever is connected to it; neither membership nor voice state is an
//!   input, so the result is what the member holds given access. Discord says its list of implicit denials
//!   is not exhaustive; the ones it names are applied.
//!
//! # Compared with twilight-util's `PermissionCalculator`
//!
//! A differential test runs both on generated guilds and finds them equal wherever they mean the same thing.
//! Where they differ, this module follows Discord's documentation on purpose:
//! - **Timeouts**: twilight does not model them.
//! - **Implicit denials**: twilight clears the channel only when a role or member overwrite denies
//!   `VIEW_CHANNEL`, and drops the message flags only when one denies `SEND_MESSAGES`; here they apply however
//!   the flag went missing (never granted, or denied by the `@everyone` overwrite). twilight has no `CONNECT`
//!   rule.
//! - **Channel kinds**: twilight filters text, voice and stage channels only, with older lists: it drops the
//!   message flags (`SEND_MESSAGES`, `READ_MESSAGE_HISTORY`, ...) from voice and stage channels, which have
//!   text chat, and `STREAM` from stage channels, and keeps voice-and-stage flags such as `MANAGE_EVENTS` in
//!   text channels; announcement, forum, media, thread and category channels get no filter at all.
//! - **Guild-only flags**: twilight drops nine of them from channel permissions; `MODERATE_MEMBERS`,
//!   `VIEW_CREATOR_MONETIZATION_ANALYTICS` and `CREATE_GUILD_EXPRESSIONS` stay there.
//! - **Threads**: twilight treats them as any other channel: `SEND_MESSAGES` passes, and the message flags
//!   hang on it rather than on `SEND_MESSAGES_IN_THREADS`.
//! - **Flags it does not know**: twilight-model 0.18 lacks `SET_VOICE_CHANNEL_STATUS` (bit 48) and drops
//!   every undocumented bit.
//! - **Duplicate `@everyone` overwrites**: twilight applies them one after the other.

use crate::Permissions;
use crate::data::{PERMISSION_INFO, PREREQUISITES};
use crate::permissions::ChannelTypes;

#[cfg(test)]
mod tests;
#[cfg(feature = "serde")]
pub(crate) mod wire;

/// A role: its id and the permissions it grants guild-wide.
///
/// The `@everyone` role is the one whose id is the guild's id. With the `serde` feature, a role deserializes
/// from Discord's role object (`"id"` and `"permissions"` as decimal strings; other fields are ignored).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct Role {
    /// The role's id.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "wire::snowflake"))]
    pub id: u64,
    /// The permissions the role grants.
    pub permissions: Permissions,
}

/// What a channel permission overwrite targets.
///
/// With the `serde` feature it deserializes from Discord's integer: `0` role, `1` member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OverwriteKind {
    /// A role; the role whose id is the guild's id is `@everyone`.
    Role,
    /// A single member.
    Member,
}

/// A channel's permission overwrite: flags it denies and allows to one role or member.
///
/// With the `serde` feature it deserializes from Discord's overwrite object
/// (`{"id": "…", "type": 0, "allow": "…", "deny": "…"}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct Overwrite {
    /// The id of the role or member.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "wire::snowflake"))]
    pub id: u64,
    /// Whether `id` is a role or a member.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: OverwriteKind,
    /// The flags granted in the channel.
    pub allow: Permissions,
    /// The flags taken away in the channel.
    pub deny: Permissions,
}

impl Overwrite {
    /// An overwrite for a role (for `@everyone`, pass the guild's id).
    pub const fn role(id: u64, allow: Permissions, deny: Permissions) -> Self {
        Self { id, kind: OverwriteKind::Role, allow, deny }
    }

    /// An overwrite for one member.
    pub const fn member(id: u64, allow: Permissions, deny: Permissions) -> Self {
        Self { id, kind: OverwriteKind::Member, allow, deny }
    }
}

/// The kind of a guild channel, as far as permissions go: Discord's channel `type` without the DM types.
///
/// With the `serde` feature it deserializes from Discord's integer; a DM or group DM type, or a type this
/// crate does not know, is an error rather than a guess, since it would decide which flags apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChannelKind {
    /// `GUILD_TEXT` (0).
    Text,
    /// `GUILD_VOICE` (2).
    Voice,
    /// `GUILD_CATEGORY` (4): its overwrites are what its channels start from, so every channel flag applies.
    Category,
    /// `GUILD_ANNOUNCEMENT` (5).
    Announcement,
    /// `ANNOUNCEMENT_THREAD` (10), in an announcement channel.
    AnnouncementThread,
    /// `PUBLIC_THREAD` (11), in a text, forum or media channel.
    PublicThread,
    /// `PRIVATE_THREAD` (12), in a text channel.
    PrivateThread,
    /// `GUILD_STAGE_VOICE` (13).
    Stage,
    /// `GUILD_DIRECTORY` (14), a hub's list of servers; treated as a text channel.
    Directory,
    /// `GUILD_FORUM` (15).
    Forum,
    /// `GUILD_MEDIA` (16).
    Media,
}

impl ChannelKind {
    /// Every kind, in order of Discord's type number.
    pub const ALL: [ChannelKind; 11] = [
        Self::Text,
        Self::Voice,
        Self::Category,
        Self::Announcement,
        Self::AnnouncementThread,
        Self::PublicThread,
        Self::PrivateThread,
        Self::Stage,
        Self::Directory,
        Self::Forum,
        Self::Media,
    ];

    /// The kind of Discord's channel `type`, or `None` for DMs, group DMs and types this crate does not know.
    /// Takes the `u8` serenity and twilight give (`u8::from(channel.kind)`) as well as a JSON `u64`.
    ///
    /// ```
    /// use botperms_core::ChannelKind;
    ///
    /// assert_eq!(ChannelKind::from_type(15_u8), Some(ChannelKind::Forum));
    /// assert_eq!(ChannelKind::from_type(1_u64), None); // a DM
    /// ```
    pub fn from_type<T: Into<u64>>(channel_type: T) -> Option<Self> {
        Some(match channel_type.into() {
            0 => Self::Text,
            2 => Self::Voice,
            4 => Self::Category,
            5 => Self::Announcement,
            10 => Self::AnnouncementThread,
            11 => Self::PublicThread,
            12 => Self::PrivateThread,
            13 => Self::Stage,
            14 => Self::Directory,
            15 => Self::Forum,
            16 => Self::Media,
            _ => return None,
        })
    }

    /// Discord's channel `type` number.
    pub const fn channel_type(self) -> u8 {
        match self {
            Self::Text => 0,
            Self::Voice => 2,
            Self::Category => 4,
            Self::Announcement => 5,
            Self::AnnouncementThread => 10,
            Self::PublicThread => 11,
            Self::PrivateThread => 12,
            Self::Stage => 13,
            Self::Directory => 14,
            Self::Forum => 15,
            Self::Media => 16,
        }
    }

    /// Whether this is a thread, which takes its permissions from its parent channel.
    pub const fn is_thread(self) -> bool {
        matches!(self, Self::AnnouncementThread | Self::PublicThread | Self::PrivateThread)
    }

    /// The columns of Discord's permission table that apply here: T for text-like channels and threads,
    /// V for voice, S for stage, all three for categories.
    pub const fn channel_types(self) -> ChannelTypes {
        match self {
            Self::Voice => ChannelTypes::VOICE,
            Self::Stage => ChannelTypes::STAGE,
            Self::Category => ChannelTypes::all(),
            Self::Text
            | Self::Announcement
            | Self::AnnouncementThread
            | Self::PublicThread
            | Self::PrivateThread
            | Self::Directory
            | Self::Forum
            | Self::Media => ChannelTypes::TEXT,
        }
    }

    /// The defined flags that can be granted in a channel of this kind.
    pub const fn permissions(self) -> Permissions {
        match self {
            Self::Voice => VOICE_CHANNEL_FLAGS,
            Self::Stage => STAGE_CHANNEL_FLAGS,
            Self::Category => ANY_CHANNEL_FLAGS,
            _ => TEXT_CHANNEL_FLAGS,
        }
    }
}

/// What remains to a timed-out member.
const TIMED_OUT_KEEPS: Permissions = Permissions::VIEW_CHANNEL.union(Permissions::READ_MESSAGE_HISTORY);

/// Bits Discord does not define (yet): kept through the channel-type filter, which cannot place them.
const UNDEFINED_BITS: Permissions = Permissions::from_bits_retain(!Permissions::all().bits());

/// The flags whose entry in Discord's table names any of `types`.
const fn flags_for(types: ChannelTypes) -> Permissions {
    let mut flags = Permissions::empty();
    let mut index = 0;
    while index < PERMISSION_INFO.len() {
        if PERMISSION_INFO[index].channel_types.intersects(types) {
            flags = flags.union(PERMISSION_INFO[index].flag);
        }
        index += 1;
    }
    flags
}

const TEXT_CHANNEL_FLAGS: Permissions = flags_for(ChannelTypes::TEXT);
const VOICE_CHANNEL_FLAGS: Permissions = flags_for(ChannelTypes::VOICE);
const STAGE_CHANNEL_FLAGS: Permissions = flags_for(ChannelTypes::STAGE);
const ANY_CHANNEL_FLAGS: Permissions = flags_for(ChannelTypes::all());

/// The flags the data file says have no effect without `requires`: the same rows the invite rules use.
const fn needing(requires: Permissions) -> Permissions {
    let mut flags = Permissions::empty();
    let mut index = 0;
    while index < PREREQUISITES.len() {
        if PREREQUISITES[index].requires.bits() == requires.bits() {
            flags = flags.union(PREREQUISITES[index].flags);
        }
        index += 1;
    }
    flags
}

/// Denied without `SEND_MESSAGES` (or, in threads, `SEND_MESSAGES_IN_THREADS`): Discord's list of four.
const NEED_SEND: Permissions = needing(Permissions::SEND_MESSAGES);

/// Denied in voice and stage channels without `CONNECT`: the voice flags of the data file, the voice group
/// of Discord's role screen (adds `USE_EMBEDDED_ACTIVITIES`), `MANAGE_CHANNELS` (Discord's own example) and
/// `MANAGE_ROLES` (editing the channel's overwrites is editing the channel; discord.py denies it too).
const NEED_CONNECT: Permissions = needing(Permissions::CONNECT)
    .union(Permissions::voice())
    .union(Permissions::MANAGE_CHANNELS)
    .union(Permissions::MANAGE_ROLES)
    .difference(Permissions::CONNECT);

/// The member's roles, in whichever shape the caller had them.
///
/// Membership is a plain scan, with no Bloom filter of the ids in front of it: measured on many guilds in one
/// pass (BENCHMARKS.md, "Effective permissions"), a filter cost more than it saved. Building it takes work per
/// role before the channel's overwrites are first read, which delays the second cache miss of each case, and
/// most role overwrites a member meets are for roles the member has, which a filter cannot rule out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MemberRoles<'a> {
    /// The member's own roles with their permissions ([`PermissionCalculator::new`]).
    Resolved(&'a [Role]),
    /// The ids of the member's roles ([`PermissionCalculator::from_guild_roles`]).
    Ids(&'a [u64]),
}

impl MemberRoles<'_> {
    #[inline]
    const fn contains(self, role_id: u64) -> bool {
        match self {
            MemberRoles::Resolved(roles) => {
                let mut index = 0;
                while index < roles.len() {
                    if roles[index].id == role_id {
                        return true;
                    }
                    index += 1;
                }
                false
            }
            MemberRoles::Ids(ids) => {
                let mut index = 0;
                while index < ids.len() {
                    if ids[index] == role_id {
                        return true;
                    }
                    index += 1;
                }
                false
            }
        }
    }
}

/// Denies and allows gathered from the overwrites of one level (`@everyone`, roles, member).
#[derive(Clone, Copy)]
struct OverwriteLevel {
    deny: Permissions,
    allow: Permissions,
}

impl OverwriteLevel {
    const NONE: Self = Self { deny: Permissions::empty(), allow: Permissions::empty() };

    const fn merge(self, overwrite: &Overwrite) -> Self {
        Self { deny: self.deny.union(overwrite.deny), allow: self.allow.union(overwrite.allow) }
    }

    /// Deny first, then allow: within a level an allow beats a deny.
    const fn apply(self, permissions: Permissions) -> Permissions {
        permissions.difference(self.deny).union(self.allow)
    }
}

/// A member's effective permissions in a guild and its channels.
///
/// Build it once per member from the guild's data, then ask for the guild or any channel. Ids are plain
/// `u64` (a [`GuildId`](crate::GuildId) gives its number with `.get()`); nothing is allocated and every
/// method is `const fn`.
///
/// ```
/// use botperms_core::{ChannelKind, Overwrite, PermissionCalculator, Permissions, Role};
///
/// const GUILD: u64 = 81_384_788_765_712_384;
/// const MODERATOR: u64 = 175_928_847_299_117_063;
/// const USER: u64 = 80_351_110_224_678_912;
///
/// // The guild's roles as Discord sends them, `@everyone` (id = guild id) included.
/// let roles = [
///     Role { id: GUILD, permissions: Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES },
///     Role { id: MODERATOR, permissions: Permissions::KICK_MEMBERS | Permissions::MANAGE_MESSAGES },
/// ];
/// let member_roles = [MODERATOR];
/// let member = PermissionCalculator::from_guild_roles(GUILD, USER, &roles, &member_roles);
///
/// assert!(member.guild_permissions().contains(Permissions::KICK_MEMBERS));
///
/// // #announcements: @everyone may read but not write; moderators may write again.
/// let overwrites = [
///     Overwrite::role(GUILD, Permissions::empty(), Permissions::SEND_MESSAGES),
///     Overwrite::role(MODERATOR, Permissions::SEND_MESSAGES, Permissions::empty()),
/// ];
/// let in_channel = member.channel_permissions(ChannelKind::Announcement, &overwrites);
/// assert_eq!(in_channel, Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES | Permissions::MANAGE_MESSAGES);
///
/// // Timed out: reading is all that is left.
/// let in_channel = member.timed_out(true).channel_permissions(ChannelKind::Announcement, &overwrites);
/// assert_eq!(in_channel, Permissions::VIEW_CHANNEL);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PermissionCalculator<'a> {
    guild_id: u64,
    user_id: u64,
    /// `@everyone`, with the member's roles OR'd in for [`Self::from_guild_roles`]; [`Self::new`]'s roles are
    /// OR'd in by [`Self::base`] when asked, so that a channel's overwrites are read in the same breath.
    base: Permissions,
    member_roles: MemberRoles<'a>,
    is_owner: bool,
    timed_out: bool,
}

impl<'a> PermissionCalculator<'a> {
    /// A calculator from the member's own roles, already looked up, and the `@everyone` role's permissions.
    ///
    /// `member_roles` should not contain `@everyone`; were it there, it would only be OR'd in a second time.
    #[inline]
    pub const fn new(guild_id: u64, user_id: u64, everyone: Permissions, member_roles: &'a [Role]) -> Self {
        Self {
            guild_id,
            user_id,
            base: everyone,
            member_roles: MemberRoles::Resolved(member_roles),
            is_owner: false,
            timed_out: false,
        }
    }

    /// From this many member roles on, [`Self::from_guild_roles`] sorts a copy of the ids (on the stack up to 64
    /// of them) and looks each guild role up by binary search; below it, scanning the few ids is cheaper.
    pub const SORT_MEMBER_ROLES_FROM: usize = 8;

    /// A calculator from all of the guild's roles (the guild object's `roles`, `@everyone` included) and the
    /// ids of the member's roles (the member object's `roles`).
    ///
    /// A role id the guild does not list grants nothing guild-wide (Discord may still be sending its deletion)
    /// but an overwrite naming it still applies, as the member object says the member has it.
    ///
    /// Cost: linear in the guild's roles for a member with few roles; from [`Self::SORT_MEMBER_ROLES_FROM`] roles
    /// on, the member's ids are sorted once and each guild role is a binary search; past 64 roles they go
    /// into a hash set instead, so the cost stays linear in the two lists and never their product.
    #[inline]
    pub fn from_guild_roles(guild_id: u64, user_id: u64, guild_roles: &[Role], member_role_ids: &'a [u64]) -> Self {
        let member_roles = MemberRoles::Ids(member_role_ids);
        let count = member_role_ids.len();
        let base = if count < Self::SORT_MEMBER_ROLES_FROM {
            or_of_listed(guild_id, guild_roles, |id| member_roles.contains(id))
        } else if count <= SORTED_ON_STACK {
            let mut buffer = [0_u64; SORTED_ON_STACK];
            let sorted = &mut buffer[..count];
            sorted.copy_from_slice(member_role_ids);
            sorted.sort_unstable();
            or_of_listed(guild_id, guild_roles, |id| sorted.binary_search(&id).is_ok())
        } else {
            let set = IdSet::new(member_role_ids);
            or_of_listed(guild_id, guild_roles, |id| set.contains(id))
        };
        Self { guild_id, user_id, base, member_roles, is_owner: false, timed_out: false }
    }

    /// `@everyone` OR'd with the member's roles, before owner, administrator and timeout are considered.
    const fn base(&self) -> Permissions {
        match self.member_roles {
            MemberRoles::Resolved(roles) => {
                let mut base = self.base;
                let mut index = 0;
                while index < roles.len() {
                    base = base.union(roles[index].permissions);
                    index += 1;
                }
                base
            }
            MemberRoles::Ids(_) => self.base,
        }
    }

    /// Names the guild's owner (the guild object's `owner_id`); the owner holds every permission.
    #[must_use]
    #[inline]
    pub const fn owner_id(mut self, owner_id: u64) -> Self {
        self.is_owner = owner_id == self.user_id;
        self
    }

    /// Whether the member is timed out now (see [`Member::is_timed_out_at`]). A timed-out member who is
    /// neither owner nor administrator keeps only `VIEW_CHANNEL` and `READ_MESSAGE_HISTORY`.
    #[must_use]
    #[inline]
    pub const fn timed_out(mut self, timed_out: bool) -> Self {
        self.timed_out = timed_out;
        self
    }

    /// Whether the member holds every permission everywhere: the owner, or `ADMINISTRATOR` through a role.
    #[inline]
    pub const fn is_owner_or_administrator(&self) -> bool {
        self.holds_everything(self.base())
    }

    /// [`Self::is_owner_or_administrator`] for a `base` already computed.
    const fn holds_everything(&self, base: Permissions) -> bool {
        self.is_owner || base.contains(Permissions::ADMINISTRATOR)
    }

    /// The member's guild-wide permissions, before any channel's overwrites: what their roles grant; every
    /// flag for the owner and administrators; only `VIEW_CHANNEL` and `READ_MESSAGE_HISTORY` while timed out.
    #[inline]
    pub const fn guild_permissions(&self) -> Permissions {
        let base = self.base();
        if self.holds_everything(base) {
            Permissions::all()
        } else if self.timed_out {
            base.intersection(TIMED_OUT_KEEPS)
        } else {
            base
        }
    }

    /// The member's permissions in a channel of `kind` with `overwrites`. For a thread, pass the parent
    /// channel's overwrites: threads have none of their own.
    // Inlined where it is called, the calculator built there never goes through memory and the shape of its
    // roles is known, so the overwrite loop is specialised; LLVM judges the function too large to do it
    // unasked, and the small-guild benchmark (BENCHMARKS.md) was no faster than twilight's without it.
    #[allow(clippy::inline_always, reason = "measured; see the comment above")]
    #[inline(always)]
    pub const fn channel_permissions(&self, kind: ChannelKind, overwrites: &[Overwrite]) -> Permissions {
        // The overwrites and the member's roles are two allocations of their own, each a cache miss for a bot
        // serving many guilds. Reading the first overwrite before the roles' OR puts both misses in flight at
        // once; computed in `new`, the OR ran before the overwrites were known and the misses came one after
        // the other (BENCHMARKS.md, "Effective permissions").
        if !overwrites.is_empty() {
            core::hint::black_box(overwrites[0].id);
        }
        let base = self.base();
        if self.holds_everything(base) {
            return Permissions::all();
        }

        // One pass sorts the overwrites into their levels; the levels then apply in Discord's order,
        // whatever order the list came in.
        let mut everyone = OverwriteLevel::NONE;
        let mut roles = OverwriteLevel::NONE;
        let mut member = OverwriteLevel::NONE;
        let mut index = 0;
        while index < overwrites.len() {
            let overwrite = &overwrites[index];
            match overwrite.kind {
                // Checked before the member's roles: the @everyone overwrite is applied first and only once,
                // even if a caller listed the guild id among the member's roles.
                OverwriteKind::Role if overwrite.id == self.guild_id => everyone = everyone.merge(overwrite),
                OverwriteKind::Role if self.member_roles.contains(overwrite.id) => roles = roles.merge(overwrite),
                OverwriteKind::Member if overwrite.id == self.user_id => member = member.merge(overwrite),
                OverwriteKind::Role | OverwriteKind::Member => {}
            }
            index += 1;
        }
        let permissions = member.apply(roles.apply(everyone.apply(base)));

        let permissions = implicit_denials(permissions, kind);
        if self.timed_out { permissions.intersection(TIMED_OUT_KEEPS) } else { permissions }
    }
}

/// Up to this many member roles, [`PermissionCalculator::from_guild_roles`] sorts a copy of their ids on the
/// stack rather than on the heap: Discord caps a guild at 250 roles, and members rarely hold more than a few
/// dozen.
const SORTED_ON_STACK: usize = 64;

/// A member's role ids as an open-addressing hash set, for members with more roles than sort well on
/// the stack: building it and each lookup cost constant time on average, where sorting would make a
/// large guild cost n log n. Snowflakes are spread by a multiplicative hash of their high bits.
struct IdSet {
    /// Twice as many slots as ids (a power of two), so probes stay short; 0 marks an empty slot.
    slots: alloc::vec::Vec<u64>,
    /// `64 - log2(slots.len())`: the hash's top bits index the slots.
    shift: u32,
    /// Whether 0, the empty marker, is among the ids (no Discord id is, but the input may say so).
    has_zero: bool,
}

impl IdSet {
    fn new(ids: &[u64]) -> Self {
        let len = (ids.len() * 2).next_power_of_two().max(2);
        let mut set = IdSet { slots: alloc::vec![0; len], shift: 64 - len.trailing_zeros(), has_zero: false };
        for &id in ids {
            if id == 0 {
                set.has_zero = true;
                continue;
            }
            let mut slot = set.home(id);
            while set.slots[slot] != 0 && set.slots[slot] != id {
                slot = (slot + 1) & (len - 1);
            }
            set.slots[slot] = id;
        }
        set
    }

    #[inline]
    #[expect(clippy::cast_possible_truncation, reason = "the shifted hash is below the slot count, a usize")]
    fn home(&self, id: u64) -> usize {
        (id.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn contains(&self, id: u64) -> bool {
        if id == 0 {
            return self.has_zero;
        }
        let mask = self.slots.len() - 1;
        let mut slot = self.home(id);
        loop {
            match self.slots[slot] {
                0 => return false,
                found if found == id => return true,
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// `@everyone` (the role whose id is the guild's) OR'd with every guild role `is_members` accepts. Without a
/// branch on the answer: whether a guild role is the member's is a coin toss the branch predictor loses.
#[inline]
fn or_of_listed(guild_id: u64, guild_roles: &[Role], is_members: impl Fn(u64) -> bool) -> Permissions {
    let mut base = 0_u64;
    for role in guild_roles {
        let listed = (role.id == guild_id) | is_members(role.id);
        base |= role.permissions.bits() & 0_u64.wrapping_sub(u64::from(listed));
    }
    Permissions::from_bits_retain(base)
}

/// The rules of one channel kind, as masks so that applying them takes no branch on the kind.
#[derive(Clone, Copy)]
struct KindRules {
    /// The flags that can be held there, undefined bits included; in threads, not `SEND_MESSAGES`.
    keeps: Permissions,
    /// The flag that sending a message takes there.
    send: Permissions,
    /// What goes without `CONNECT`: empty where there is nothing to connect to.
    needs_connect: Permissions,
}

impl KindRules {
    const fn of(kind: ChannelKind) -> Self {
        let keeps = kind.permissions().union(UNDEFINED_BITS);
        if kind.is_thread() {
            // Threads do not inherit SEND_MESSAGES; their own flag decides whether a message can be sent.
            Self {
                keeps: keeps.difference(Permissions::SEND_MESSAGES),
                send: Permissions::SEND_MESSAGES_IN_THREADS,
                needs_connect: Permissions::empty(),
            }
        } else if matches!(kind, ChannelKind::Voice | ChannelKind::Stage) {
            Self { keeps, send: Permissions::SEND_MESSAGES, needs_connect: NEED_CONNECT }
        } else {
            Self { keeps, send: Permissions::SEND_MESSAGES, needs_connect: Permissions::empty() }
        }
    }
}

/// [`KindRules`] of every kind, in the order of [`ChannelKind::ALL`] (which is the declaration order).
const KIND_RULES: [KindRules; ChannelKind::ALL.len()] = {
    let mut rules = [KindRules::of(ChannelKind::Text); ChannelKind::ALL.len()];
    let mut index = 0;
    while index < rules.len() {
        rules[index] = KindRules::of(ChannelKind::ALL[index]);
        index += 1;
    }
    rules
};

/// Keeps what can be exercised in a channel of `kind`: the flags that apply there and whose prerequisites
/// are held.
#[inline]
const fn implicit_denials(permissions: Permissions, kind: ChannelKind) -> Permissions {
    // Without seeing the channel nothing in it can be done; undefined bits go too.
    if !permissions.contains(Permissions::VIEW_CHANNEL) {
        return Permissions::empty();
    }
    let rules = KIND_RULES[kind as usize];
    let mut permissions = permissions.intersection(rules.keeps);
    if !permissions.contains(rules.send) {
        permissions = permissions.difference(NEED_SEND);
    }
    if !permissions.contains(Permissions::CONNECT) {
        permissions = permissions.difference(rules.needs_connect);
    }
    permissions
}

/// A guild member as Discord describes one: the parts that decide permissions.
///
/// With the `serde` feature it deserializes from Discord's guild member object: `roles` (ids as decimal
/// strings), `communication_disabled_until` (an ISO 8601 timestamp or `null`) and `user.id` when present
/// (message events leave `user` out). Other fields are ignored.
///
/// ```
/// use botperms_core::{Member, PermissionCalculator, Permissions, Role};
///
/// let member = Member {
///     user_id: Some(80_351_110_224_678_912),
///     role_ids: vec![41_771_983_423_143_936],
///     communication_disabled_until_ms: Some(1_700_000_000_000),
/// };
/// let guild_id = 41_771_983_423_143_937;
/// let guild_roles = [
///     Role { id: guild_id, permissions: Permissions::VIEW_CHANNEL },
///     Role { id: 41_771_983_423_143_936, permissions: Permissions::SEND_MESSAGES },
/// ];
/// let now_ms = 1_690_000_000_000; // before the timeout ends
/// let user_id = member.user_id.unwrap_or_default();
/// let calculator = PermissionCalculator::from_guild_roles(guild_id, user_id, &guild_roles, &member.role_ids)
///     .timed_out(member.is_timed_out_at(now_ms));
/// assert_eq!(calculator.guild_permissions(), Permissions::VIEW_CHANNEL);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize), serde(from = "wire::WireMember"))]
pub struct Member {
    /// The member's user id, when the payload carries it.
    pub user_id: Option<u64>,
    /// The ids of the member's roles, `@everyone` not included.
    pub role_ids: alloc::vec::Vec<u64>,
    /// When the member's timeout ends, in milliseconds since the Unix epoch; `None` if never timed out.
    pub communication_disabled_until_ms: Option<u64>,
}

impl Member {
    /// Whether the member is timed out at `now_unix_ms` (milliseconds since the Unix epoch): the timeout
    /// ends after `now`. A timeout that has ended stays in the member object until Discord clears it.
    pub const fn is_timed_out_at(&self, now_unix_ms: u64) -> bool {
        match self.communication_disabled_until_ms {
            Some(until) => until > now_unix_ms,
            None => false,
        }
    }

    /// Whether the member is timed out now, by the system clock.
    #[cfg(feature = "std")]
    pub fn is_timed_out(&self) -> bool {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| u64::try_from(since.as_millis()).unwrap_or(u64::MAX));
        self.is_timed_out_at(now)
    }
}
