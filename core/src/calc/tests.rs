//! One test per rule of the algorithm, each asserting the computed set.

use super::*;

const GUILD: u64 = 1_000;
const USER: u64 = 2_000;
const OTHER_USER: u64 = 2_001;
const OWNER: u64 = 3_000;
const HELPER: u64 = 11;
const MUTED: u64 = 12;
const NOT_MINE: u64 = 13;

const VIEW: Permissions = Permissions::VIEW_CHANNEL;
const SEND: Permissions = Permissions::SEND_MESSAGES;
const NONE: Permissions = Permissions::empty();

fn calculator(everyone: Permissions, roles: &[Role]) -> PermissionCalculator<'_> {
    PermissionCalculator::new(GUILD, USER, everyone, roles).owner_id(OWNER)
}

fn role(id: u64, permissions: Permissions) -> Role {
    Role { id, permissions }
}

fn in_text(calculator: &PermissionCalculator<'_>, overwrites: &[Overwrite]) -> Permissions {
    calculator.channel_permissions(ChannelKind::Text, overwrites)
}

// --- owner and administrator ---

#[test]
fn the_owner_holds_every_permission_whatever_the_overwrites_or_timeout() {
    let owner = PermissionCalculator::new(GUILD, OWNER, NONE, &[]).owner_id(OWNER).timed_out(true);
    let deny_all = [Overwrite::member(OWNER, NONE, Permissions::all())];
    assert_eq!(owner.guild_permissions(), Permissions::all());
    assert_eq!(owner.channel_permissions(ChannelKind::Voice, &deny_all), Permissions::all());
    assert!(owner.is_owner_or_administrator());
}

#[test]
fn someone_else_is_not_the_owner() {
    let member = calculator(VIEW, &[]);
    assert!(!member.is_owner_or_administrator());
    assert_eq!(member.guild_permissions(), VIEW);
}

#[test]
fn administrator_from_any_role_holds_every_permission_and_skips_overwrites() {
    let roles = [role(HELPER, Permissions::ADMINISTRATOR)];
    let admin = calculator(NONE, &roles).timed_out(true);
    let deny_all =
        [Overwrite::role(GUILD, NONE, Permissions::all()), Overwrite::member(USER, NONE, Permissions::all())];
    assert_eq!(admin.guild_permissions(), Permissions::all());
    assert_eq!(admin.channel_permissions(ChannelKind::Stage, &deny_all), Permissions::all());

    let everyone_admin = calculator(Permissions::ADMINISTRATOR, &[]);
    assert_eq!(in_text(&everyone_admin, &deny_all), Permissions::all());
}

#[test]
fn an_overwrite_cannot_grant_administrator() {
    let member = calculator(VIEW, &[]);
    let overwrites = [Overwrite::member(USER, Permissions::ADMINISTRATOR | SEND, NONE)];
    // ADMINISTRATOR is guild-only: the overwrite neither makes the member an administrator nor shows up.
    assert_eq!(in_text(&member, &overwrites), VIEW | SEND);
}

// --- base permissions ---

#[test]
fn base_is_everyone_or_every_role_of_the_member() {
    let roles = [role(HELPER, Permissions::KICK_MEMBERS), role(MUTED, Permissions::MANAGE_MESSAGES)];
    let member = calculator(VIEW | SEND, &roles);
    assert_eq!(member.guild_permissions(), VIEW | SEND | Permissions::KICK_MEMBERS | Permissions::MANAGE_MESSAGES);
}

#[test]
fn from_guild_roles_picks_everyone_and_the_members_roles_only() {
    let guild_roles = [
        role(GUILD, VIEW),
        role(HELPER, Permissions::KICK_MEMBERS),
        role(NOT_MINE, Permissions::BAN_MEMBERS),
        role(MUTED, SEND),
    ];
    let member_role_ids = [HELPER, MUTED];
    let member = PermissionCalculator::from_guild_roles(GUILD, USER, &guild_roles, &member_role_ids);
    assert_eq!(member.guild_permissions(), VIEW | SEND | Permissions::KICK_MEMBERS);

    let resolved = [guild_roles[1], guild_roles[3]];
    let same = PermissionCalculator::new(GUILD, USER, VIEW, &resolved);
    let overwrites = [
        Overwrite::role(HELPER, Permissions::ATTACH_FILES, NONE),
        Overwrite::role(NOT_MINE, Permissions::EMBED_LINKS, NONE),
    ];
    assert_eq!(in_text(&member, &overwrites), in_text(&same, &overwrites));
    assert_eq!(in_text(&member, &overwrites), VIEW | SEND | Permissions::ATTACH_FILES);
}

// --- overwrites ---

#[test]
fn overwrites_apply_everyone_then_roles_then_member() {
    let roles = [role(HELPER, NONE)];
    let member = calculator(VIEW | SEND | Permissions::EMBED_LINKS, &roles);

    // The member's deny comes last and wins over the role's allow, which won over @everyone's deny.
    let overwrites = [
        Overwrite::member(USER, NONE, Permissions::EMBED_LINKS),
        Overwrite::role(HELPER, Permissions::EMBED_LINKS | Permissions::ATTACH_FILES, NONE),
        Overwrite::role(GUILD, Permissions::ADD_REACTIONS, Permissions::EMBED_LINKS | Permissions::ATTACH_FILES),
    ];
    assert_eq!(in_text(&member, &overwrites), VIEW | SEND | Permissions::ATTACH_FILES | Permissions::ADD_REACTIONS);

    // The order of the list does not matter, only the level of each overwrite.
    let mut reversed = overwrites;
    reversed.reverse();
    assert_eq!(in_text(&member, &reversed), in_text(&member, &overwrites));

    // A role's deny beats @everyone's allow; the member's allow beats the role's deny.
    let overwrites = [
        Overwrite::role(GUILD, Permissions::ADD_REACTIONS | Permissions::ATTACH_FILES, NONE),
        Overwrite::role(HELPER, NONE, Permissions::ADD_REACTIONS | Permissions::ATTACH_FILES),
        Overwrite::member(USER, Permissions::ATTACH_FILES, NONE),
    ];
    assert_eq!(in_text(&member, &overwrites), VIEW | SEND | Permissions::EMBED_LINKS | Permissions::ATTACH_FILES);
}

#[test]
fn within_one_overwrite_allow_beats_deny() {
    let member = calculator(VIEW, &[]);
    let overwrites = [Overwrite::role(GUILD, SEND, SEND)];
    assert_eq!(in_text(&member, &overwrites), VIEW | SEND);
}

#[test]
fn role_overwrites_are_aggregated_so_an_allow_beats_a_deny_whatever_the_role_order() {
    let roles = [role(HELPER, NONE), role(MUTED, NONE)];
    let member = calculator(VIEW | SEND | Permissions::ADD_REACTIONS, &roles);
    let overwrites =
        [Overwrite::role(MUTED, NONE, SEND | Permissions::ADD_REACTIONS), Overwrite::role(HELPER, SEND, NONE)];
    assert_eq!(in_text(&member, &overwrites), VIEW | SEND);
    let mut swapped = overwrites;
    swapped.swap(0, 1);
    assert_eq!(in_text(&member, &swapped), VIEW | SEND);
}

#[test]
fn overwrites_of_other_roles_and_members_do_not_apply() {
    let roles = [role(HELPER, NONE)];
    let member = calculator(VIEW | SEND, &roles);
    let overwrites = [
        Overwrite::role(NOT_MINE, NONE, SEND),
        Overwrite::member(OTHER_USER, NONE, VIEW),
        // A member overwrite whose id happens to be a role of the member is still a member overwrite.
        Overwrite::member(HELPER, NONE, VIEW),
        // A role overwrite whose id is the user's id targets a role, not the user.
        Overwrite::role(USER, NONE, VIEW),
    ];
    assert_eq!(in_text(&member, &overwrites), VIEW | SEND);
}

#[test]
fn the_everyone_overwrite_applies_once_even_if_the_guild_id_is_listed_as_a_role() {
    let roles = [role(GUILD, NONE), role(HELPER, NONE)];
    let member = calculator(VIEW | SEND | Permissions::ADD_REACTIONS, &roles);
    // Were the @everyone overwrite also counted among the member's roles, its allow would beat the role's
    // deny below; applied first, on its own, it is overridden by it.
    let overwrites = [
        Overwrite::role(GUILD, Permissions::ADD_REACTIONS, NONE),
        Overwrite::role(HELPER, NONE, Permissions::ADD_REACTIONS),
    ];
    assert_eq!(in_text(&member, &overwrites), VIEW | SEND);
}

#[test]
fn duplicate_overwrites_for_one_target_are_merged() {
    let member = calculator(VIEW | SEND, &[]);
    let overwrites = [Overwrite::role(GUILD, Permissions::ADD_REACTIONS, NONE), Overwrite::role(GUILD, NONE, SEND)];
    assert_eq!(in_text(&member, &overwrites), VIEW | Permissions::ADD_REACTIONS);
    let overwrites = [Overwrite::role(GUILD, NONE, SEND), Overwrite::role(GUILD, SEND, NONE)];
    assert_eq!(in_text(&member, &overwrites), VIEW | SEND);
}

// --- implicit denials ---

#[test]
fn without_view_channel_nothing_remains_in_the_channel() {
    let undefined = Permissions::from_bits_retain(1 << 60);
    let member = calculator(SEND | Permissions::MANAGE_CHANNELS | Permissions::KICK_MEMBERS | undefined, &[]);
    assert_eq!(in_text(&member, &[]), NONE);
    assert_eq!(member.channel_permissions(ChannelKind::Voice, &[]), NONE);

    // Granted at guild level, then denied by @everyone's overwrite: still nothing, even with allows below.
    let member = calculator(VIEW | SEND, &[]);
    let overwrites = [Overwrite::role(GUILD, NONE, VIEW), Overwrite::member(USER, Permissions::EMBED_LINKS, NONE)];
    assert_eq!(in_text(&member, &overwrites), NONE);

    // Allowed back by the member's overwrite: visible again.
    let overwrites = [Overwrite::role(GUILD, NONE, VIEW), Overwrite::member(USER, VIEW, NONE)];
    assert_eq!(in_text(&member, &overwrites), VIEW | SEND);
}

#[test]
fn without_send_messages_the_four_message_flags_go() {
    let message_flags = Permissions::EMBED_LINKS
        | Permissions::ATTACH_FILES
        | Permissions::MENTION_EVERYONE
        | Permissions::SEND_TTS_MESSAGES;
    let others = Permissions::ADD_REACTIONS | Permissions::READ_MESSAGE_HISTORY | Permissions::SEND_POLLS;
    let member = calculator(VIEW | message_flags | others, &[]);
    assert_eq!(in_text(&member, &[]), VIEW | others);

    let member = calculator(VIEW | SEND | message_flags | others, &[]);
    assert_eq!(in_text(&member, &[]), VIEW | SEND | message_flags | others);
    let denied_by_role_level = [Overwrite::role(GUILD, NONE, SEND)];
    assert_eq!(in_text(&member, &denied_by_role_level), VIEW | others);
    // Voice channels have text chat: the same rule applies there.
    assert_eq!(member.channel_permissions(ChannelKind::Voice, &denied_by_role_level), VIEW | others);
}

#[test]
fn in_voice_and_stage_channels_without_connect_the_voice_flags_and_channel_management_go() {
    let voice_flags = Permissions::SPEAK
        | Permissions::STREAM
        | Permissions::USE_VAD
        | Permissions::PRIORITY_SPEAKER
        | Permissions::MUTE_MEMBERS
        | Permissions::MOVE_MEMBERS
        | Permissions::USE_SOUNDBOARD
        | Permissions::SET_VOICE_CHANNEL_STATUS
        | Permissions::USE_EMBEDDED_ACTIVITIES;
    let managing = Permissions::MANAGE_CHANNELS | Permissions::MANAGE_ROLES;
    let chat = VIEW | SEND | Permissions::MANAGE_WEBHOOKS | Permissions::CREATE_INSTANT_INVITE;
    let member = calculator(chat | voice_flags | managing | Permissions::REQUEST_TO_SPEAK, &[]);

    assert_eq!(member.channel_permissions(ChannelKind::Voice, &[]), chat);
    assert_eq!(member.channel_permissions(ChannelKind::Stage, &[]), chat);
    // Text channels have no CONNECT rule: managing the channel stays, and so do activities, which text
    // channels have too.
    assert_eq!(in_text(&member, &[]), chat | managing | Permissions::USE_EMBEDDED_ACTIVITIES);

    let connected = calculator(chat | voice_flags | managing | Permissions::CONNECT, &[]);
    assert_eq!(
        connected.channel_permissions(ChannelKind::Voice, &[]),
        chat | voice_flags | managing | Permissions::CONNECT
    );
    let denied_connect = [Overwrite::member(USER, NONE, Permissions::CONNECT)];
    assert_eq!(connected.channel_permissions(ChannelKind::Voice, &denied_connect), chat);
}

#[test]
fn the_prerequisite_lists_match_discords_wording() {
    assert_eq!(
        NEED_SEND,
        Permissions::MENTION_EVERYONE
            | Permissions::SEND_TTS_MESSAGES
            | Permissions::ATTACH_FILES
            | Permissions::EMBED_LINKS
    );
    assert!(NEED_CONNECT.contains(Permissions::MANAGE_CHANNELS | Permissions::SPEAK | Permissions::REQUEST_TO_SPEAK));
    assert!(!NEED_CONNECT.intersects(Permissions::CONNECT | VIEW | SEND));
}

// --- channel kinds ---

#[test]
fn flags_that_do_not_apply_to_the_channel_kind_are_not_granted() {
    let everything = calculator(Permissions::all().difference(Permissions::ADMINISTRATOR), &[]);

    let text = in_text(&everything, &[]);
    assert!(text.contains(VIEW | SEND | Permissions::PIN_MESSAGES | Permissions::MANAGE_THREADS));
    assert!(!text.intersects(Permissions::CONNECT | Permissions::SPEAK | Permissions::REQUEST_TO_SPEAK));
    assert!(!text.intersects(Permissions::MANAGE_EVENTS | Permissions::USE_SOUNDBOARD));

    let voice = everything.channel_permissions(ChannelKind::Voice, &[]);
    assert!(voice.contains(VIEW | SEND | Permissions::CONNECT | Permissions::SPEAK | Permissions::MANAGE_EVENTS));
    assert!(!voice.intersects(Permissions::REQUEST_TO_SPEAK | Permissions::PIN_MESSAGES | Permissions::MANAGE_THREADS));

    let stage = everything.channel_permissions(ChannelKind::Stage, &[]);
    assert!(stage.contains(VIEW | Permissions::CONNECT | Permissions::REQUEST_TO_SPEAK | Permissions::STREAM));
    assert!(!stage.intersects(Permissions::SPEAK | Permissions::USE_VAD | Permissions::USE_EMBEDDED_ACTIVITIES));

    let category = everything.channel_permissions(ChannelKind::Category, &[]);
    assert!(category.contains(text | voice | stage));

    for kind in ChannelKind::ALL {
        assert_eq!(everything.channel_permissions(kind, &[]).difference(kind.permissions()), NONE, "{kind:?}");
    }
}

#[test]
fn guild_only_flags_are_not_channel_permissions() {
    let guild_only = Permissions::KICK_MEMBERS
        | Permissions::BAN_MEMBERS
        | Permissions::MANAGE_GUILD
        | Permissions::VIEW_AUDIT_LOG
        | Permissions::MODERATE_MEMBERS
        | Permissions::CREATE_GUILD_EXPRESSIONS
        | Permissions::VIEW_CREATOR_MONETIZATION_ANALYTICS;
    let member = calculator(VIEW | guild_only, &[]);
    assert_eq!(member.guild_permissions(), VIEW | guild_only);
    for kind in ChannelKind::ALL {
        assert_eq!(member.channel_permissions(kind, &[]), VIEW, "{kind:?}");
    }
}

#[test]
fn each_kind_grants_the_flags_discords_table_places_there() {
    for kind in ChannelKind::ALL {
        let expected: Permissions = Permissions::table()
            .iter()
            .filter(|info| info.channel_types.intersects(kind.channel_types()))
            .map(|info| info.flag)
            .collect();
        assert_eq!(kind.permissions(), expected, "{kind:?}");
    }
    assert_eq!(ChannelKind::Category.permissions(), ANY_CHANNEL_FLAGS);
    assert!(ChannelKind::Forum.permissions().contains(Permissions::SEND_MESSAGES_IN_THREADS));
}

#[test]
fn kind_rules_are_indexed_by_declaration_order() {
    for (index, kind) in ChannelKind::ALL.into_iter().enumerate() {
        assert_eq!(kind as usize, index);
        assert_eq!(
            KIND_RULES[index].keeps.difference(UNDEFINED_BITS),
            kind.permissions().difference(if kind.is_thread() { SEND } else { NONE })
        );
    }
}

#[test]
fn member_role_lists_hold_exactly_their_ids() {
    // Snowflakes one millisecond apart differ only in their high bits, as a guild's roles often do.
    for count in 0..12_u64 {
        let ids: alloc::vec::Vec<u64> = (0..count).map(|index| 175_928_847_299_117_063 + index * 4_194_304).collect();
        let roles: alloc::vec::Vec<Role> = ids.iter().map(|&id| role(id, NONE)).collect();
        for (list, label) in [(MemberRoles::Ids(&ids), "ids"), (MemberRoles::Resolved(&roles), "resolved")] {
            assert!(ids.iter().all(|&id| list.contains(id)), "{label} {count}");
            assert!(!list.contains(1) && !list.contains(175_928_847_299_117_064), "{label} {count}");
        }
    }
}

#[test]
fn from_guild_roles_finds_the_members_roles_however_many_they_hold() {
    // Below the size where the ids are sorted, sorted on the stack, and sorted on the heap; the ids come in
    // descending order and one is unknown to the guild, so a lookup that skipped the sort would miss them.
    let bits: alloc::vec::Vec<Permissions> = Permissions::all().iter().collect();
    for count in [
        0,
        1,
        PermissionCalculator::SORT_MEMBER_ROLES_FROM - 1,
        PermissionCalculator::SORT_MEMBER_ROLES_FROM,
        64,
        65,
        120,
    ] {
        let guild_roles: alloc::vec::Vec<Role> = core::iter::once(role(GUILD, VIEW))
            .chain((0..130).map(|index| role(100 + index as u64, bits[index % bits.len()])))
            .collect();
        let mut member_role_ids: alloc::vec::Vec<u64> = (0..count).map(|index| 100 + 2 * index as u64).collect();
        member_role_ids.reverse();
        member_role_ids.push(99_999);
        let expected = member_role_ids
            .iter()
            .filter_map(|id| guild_roles.iter().find(|role| role.id == *id))
            .fold(VIEW, |base, role| base | role.permissions);
        let member = PermissionCalculator::from_guild_roles(GUILD, USER, &guild_roles, &member_role_ids);
        assert_eq!(member.guild_permissions(), expected, "{count} roles");
        let overwrites = [Overwrite::role(99_999, Permissions::ADD_REACTIONS, NONE)];
        assert!(in_text(&member, &overwrites).contains(Permissions::ADD_REACTIONS), "{count} roles");
    }
}

#[test]
fn channel_kinds_round_trip_through_discords_numbers() {
    for kind in ChannelKind::ALL {
        assert_eq!(ChannelKind::from_type(u64::from(kind.channel_type())), Some(kind));
    }
    for not_a_guild_channel in [1, 3, 6, 17, 255, u64::MAX] {
        assert_eq!(ChannelKind::from_type(not_a_guild_channel), None);
    }
    let threads: [ChannelKind; 3] =
        [ChannelKind::AnnouncementThread, ChannelKind::PublicThread, ChannelKind::PrivateThread];
    assert!(ChannelKind::ALL.iter().all(|kind| kind.is_thread() == threads.contains(kind)));
}

// --- threads ---

#[test]
fn threads_use_the_parents_overwrites_and_need_send_messages_in_threads() {
    let in_threads = Permissions::SEND_MESSAGES_IN_THREADS;
    let member = calculator(VIEW | SEND | Permissions::EMBED_LINKS | Permissions::MANAGE_EVENTS, &[]);

    // SEND_MESSAGES is not inherited; without SEND_MESSAGES_IN_THREADS nothing needing a message remains.
    assert_eq!(member.channel_permissions(ChannelKind::PublicThread, &[]), VIEW);
    // In the parent the same member sends and embeds.
    assert_eq!(in_text(&member, &[]), VIEW | SEND | Permissions::EMBED_LINKS);

    // An announcement channel where only threads are open to @everyone.
    let parent_overwrites = [Overwrite::role(GUILD, in_threads, SEND)];
    let member = calculator(VIEW | Permissions::EMBED_LINKS, &[]);
    assert_eq!(
        member.channel_permissions(ChannelKind::AnnouncementThread, &parent_overwrites),
        VIEW | in_threads | Permissions::EMBED_LINKS
    );
    assert_eq!(member.channel_permissions(ChannelKind::Announcement, &parent_overwrites), VIEW | in_threads);

    // Hidden parent, hidden threads.
    let hidden = [Overwrite::role(GUILD, in_threads, VIEW)];
    for thread in [ChannelKind::AnnouncementThread, ChannelKind::PublicThread, ChannelKind::PrivateThread] {
        assert_eq!(member.channel_permissions(thread, &hidden), NONE);
    }
}

// --- timeouts ---

#[test]
fn timed_out_members_keep_only_view_channel_and_read_message_history() {
    let roles = [role(HELPER, Permissions::KICK_MEMBERS | Permissions::MANAGE_MESSAGES)];
    let undefined = Permissions::from_bits_retain(1 << 60);
    let member = calculator(VIEW | SEND | Permissions::READ_MESSAGE_HISTORY | undefined, &roles).timed_out(true);
    assert_eq!(member.guild_permissions(), VIEW | Permissions::READ_MESSAGE_HISTORY);
    assert_eq!(in_text(&member, &[]), VIEW | Permissions::READ_MESSAGE_HISTORY);
    let allowed_more = [Overwrite::member(USER, Permissions::ATTACH_FILES | Permissions::ADD_REACTIONS, NONE)];
    assert_eq!(in_text(&member, &allowed_more), VIEW | Permissions::READ_MESSAGE_HISTORY);
    // The timeout takes nothing that was not there.
    assert_eq!(calculator(SEND, &[]).timed_out(true).guild_permissions(), NONE);
    // Lifting it gives everything back.
    assert_eq!(
        member.timed_out(false).guild_permissions(),
        VIEW | SEND | Permissions::READ_MESSAGE_HISTORY | undefined | roles[0].permissions
    );
}

#[test]
fn member_timeouts_end_at_their_timestamp() {
    let member = Member { user_id: Some(USER), role_ids: alloc::vec![], communication_disabled_until_ms: Some(5_000) };
    assert!(member.is_timed_out_at(4_999));
    assert!(!member.is_timed_out_at(5_000));
    assert!(!Member::default().is_timed_out_at(0));
}

// --- undefined bits, const use ---

#[test]
fn undefined_bits_are_kept_while_the_channel_is_visible() {
    let undefined = Permissions::from_bits_retain((1 << 47) | (1 << 53));
    let member = calculator(VIEW | undefined, &[]);
    assert_eq!(member.guild_permissions(), VIEW | undefined);
    assert_eq!(in_text(&member, &[]), VIEW | undefined);
    let denied = [Overwrite::role(GUILD, NONE, Permissions::from_bits_retain(1 << 53))];
    assert_eq!(in_text(&member, &denied), VIEW | Permissions::from_bits_retain(1 << 47));
}

#[test]
fn works_in_const_context() {
    const ROLES: [Role; 1] = [Role { id: HELPER, permissions: Permissions::SEND_MESSAGES }];
    const OVERWRITES: [Overwrite; 1] = [Overwrite::role(GUILD, Permissions::EMBED_LINKS, NONE)];
    const IN_CHANNEL: Permissions = PermissionCalculator::new(GUILD, USER, Permissions::VIEW_CHANNEL, &ROLES)
        .channel_permissions(ChannelKind::Text, &OVERWRITES);
    assert_eq!(IN_CHANNEL, VIEW | SEND | Permissions::EMBED_LINKS);
}

// --- Discord's JSON ---

#[cfg(feature = "serde")]
mod json {
    use alloc::string::ToString;

    use super::*;
    use crate::calc::wire::parse_timestamp_ms;

    fn error_of<T: serde::de::DeserializeOwned + core::fmt::Debug>(json: &str) -> alloc::string::String {
        serde_json::from_str::<T>(json).expect_err(json).to_string()
    }

    #[test]
    fn roles_read_from_discords_role_object() {
        let json = r#"{"id":"41771983423143936","name":"WE DEM BOYZZ!!!!!!","color":3447003,"colors":{"primary_color":3447003,"secondary_color":null,"tertiary_color":null},"hoist":true,"icon":"cf3ced8600b777c9486c1d8e8d2a5ef2","unicode_emoji":null,"position":1,"permissions":"66321471","managed":false,"mentionable":false,"flags":0}"#;
        let role: Role = serde_json::from_str(json).unwrap();
        assert_eq!(role, Role { id: 41_771_983_423_143_936, permissions: Permissions::from_bits_retain(66_321_471) });
        // Undocumented bits are kept, and integers are accepted too.
        let role: Role = serde_json::from_str(r#"{"id":1,"permissions":18446744073709551615}"#).unwrap();
        assert_eq!(role.permissions.bits(), u64::MAX);
    }

    #[test]
    fn overwrites_read_from_discords_overwrite_object() {
        let json = r#"[{"id":"41771983423143936","type":0,"allow":"1024","deny":"2048"},
                       {"id":"80351110224678912","type":1,"allow":"0","deny":"8192"}]"#;
        let overwrites: alloc::vec::Vec<Overwrite> = serde_json::from_str(json).unwrap();
        assert_eq!(
            overwrites,
            [
                Overwrite::role(41_771_983_423_143_936, VIEW, SEND),
                Overwrite::member(80_351_110_224_678_912, NONE, Permissions::MANAGE_MESSAGES)
            ]
        );
    }

    #[test]
    fn members_read_from_discords_member_object() {
        let json = r#"{"user":{"id":"80351110224678912","username":"Nelly"},"nick":"NOT API SUPPORT","avatar":null,
            "roles":["41771983423143936","41771983423143937"],"joined_at":"2015-04-26T06:26:56.936000+00:00",
            "deaf":false,"mute":false,"communication_disabled_until":"2021-12-23T12:34:56.789000+00:00"}"#;
        let member: Member = serde_json::from_str(json).unwrap();
        assert_eq!(
            member,
            Member {
                user_id: Some(80_351_110_224_678_912),
                role_ids: alloc::vec![41_771_983_423_143_936, 41_771_983_423_143_937],
                communication_disabled_until_ms: Some(1_640_262_896_789),
            }
        );
        assert!(member.is_timed_out_at(1_640_262_896_788));

        // MESSAGE_CREATE leaves the user out; a member never timed out has null or nothing.
        let member: Member = serde_json::from_str(r#"{"roles":[],"communication_disabled_until":null}"#).unwrap();
        assert_eq!(member, Member::default());
        let member: Member = serde_json::from_str(r#"{"roles":["5"]}"#).unwrap();
        assert_eq!(member.role_ids, [5]);
    }

    #[test]
    fn channel_kinds_read_from_discords_type_integer() {
        let kinds: alloc::vec::Vec<ChannelKind> = serde_json::from_str("[0, 2, 13, 11, 15]").unwrap();
        assert_eq!(
            kinds,
            [ChannelKind::Text, ChannelKind::Voice, ChannelKind::Stage, ChannelKind::PublicThread, ChannelKind::Forum]
        );
    }

    #[test]
    fn bad_input_is_a_clear_error() {
        assert_eq!(
            error_of::<Role>(r#"{"id":"12a","permissions":"0"}"#),
            "invalid value: string \"12a\", expected a Discord id as a decimal string at line 1 column 11"
        );
        assert_eq!(
            error_of::<Role>(r#"{"id":"1","permissions":"18446744073709551616"}"#),
            "invalid value: string \"18446744073709551616\", expected a permissions integer: a decimal string or a \
             non-negative integer below 2^64 at line 1 column 46"
        );
        assert!(error_of::<Role>(r#"{"id":"1","permissions":"-8"}"#).starts_with("invalid value: string \"-8\""));
        assert!(error_of::<Role>(r#"{"id":"1","permissions":"+8"}"#).starts_with("invalid value: string \"+8\""));
        assert!(error_of::<Role>(r#"{"id":"1","permissions":""}"#).starts_with("invalid value: string \"\""));
        assert!(error_of::<Role>(r#"{"id":-1,"permissions":"0"}"#).starts_with("invalid value: integer `-1`"));
        assert!(error_of::<Role>(r#"{"id":"1","permissions":1.5}"#).starts_with("invalid value: floating point `1.5`"));
        assert!(error_of::<Role>(r#"{"id":"1"}"#).starts_with("missing field `permissions`"));
        assert_eq!(
            error_of::<Overwrite>(r#"{"id":"1","type":2,"allow":"0","deny":"0"}"#),
            "invalid value: integer `2`, expected a permission overwrite type: 0 (role) or 1 (member) at line 1 column 18"
        );
        assert!(
            error_of::<Overwrite>(r#"{"id":"1","type":"role","allow":"0","deny":"0"}"#)
                .starts_with("invalid type: string \"role\", expected a permission overwrite type")
        );
        assert!(
            error_of::<ChannelKind>("1")
                .starts_with("invalid value: integer `1`, expected a guild channel type: 0, 2, 4, 5, 10 to 16")
        );
        assert!(error_of::<ChannelKind>("-3").starts_with("invalid value: integer `-3`"));
        assert!(
            error_of::<Member>(r#"{"roles":[],"communication_disabled_until":"tomorrow"}"#)
                .starts_with("invalid value: string \"tomorrow\", expected an ISO 8601 timestamp")
        );
        assert!(error_of::<Member>(r#"{"roles":["x"]}"#).starts_with("invalid value: string \"x\""));
        assert!(error_of::<Member>(r#"{"user":{},"roles":[]}"#).starts_with("missing field `id`"));
        assert!(error_of::<Member>("{}").starts_with("missing field `roles`"));
    }

    #[test]
    fn timestamps_read_as_rfc_3339() {
        assert_eq!(parse_timestamp_ms("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_timestamp_ms("2021-12-23T12:34:56.789000+00:00"), Some(1_640_262_896_789));
        assert_eq!(parse_timestamp_ms("2024-02-29T23:59:59.999+05:30"), Some(1_709_231_399_999));
        assert_eq!(parse_timestamp_ms("2000-03-01T00:00:00-01:00"), Some(951_872_400_000));
        assert_eq!(parse_timestamp_ms("2000-03-01 00:00:00.5z"), Some(951_868_800_500));
        assert_eq!(parse_timestamp_ms("2021-12-23T12:34:56.123456789123456789Z"), Some(1_640_262_896_123));
        assert_eq!(parse_timestamp_ms("9999-12-31T23:59:59Z"), Some(253_402_300_799_000));
        for bad in [
            "",
            "1969-12-31T23:59:59Z",
            "1970-01-01T00:00:00+00:01",
            "2023-02-29T00:00:00Z",
            "2021-13-01T00:00:00Z",
            "2021-00-01T00:00:00Z",
            "2021-04-31T00:00:00Z",
            "2021-12-23T24:00:00Z",
            "2021-12-23T12:60:00Z",
            "2021-12-23T12:34:60Z",
            "2021-12-23T12:34:56",
            "2021-12-23T12:34:56.Z",
            "2021-12-23T12:34:56+0000",
            "2021-12-23T12:34:56+24:00",
            "2021-12-23T12:34:56Z ",
            "2021-12-23X12:34:56Z",
            "+021-12-23T12:34:56Z",
            "2021-12-23T12:34:5éZ",
        ] {
            assert_eq!(parse_timestamp_ms(bad), None, "{bad}");
        }
    }

    #[test]
    fn no_input_panics() {
        // Every prefix and every one-byte change of valid payloads must give a value or an error.
        let payloads = [
            r#"{"id":"41771983423143936","type":1,"allow":"1024","deny":"2048"}"#,
            r#"{"user":{"id":"8"},"roles":["4"],"communication_disabled_until":"2021-12-23T12:34:56.789+00:00"}"#,
        ];
        let replacements = [b'0', b'9', b'-', b'"', b'.', b'Z', b':', b'{', b'x'];
        for payload in payloads {
            for end in 0..payload.len() {
                let _ = serde_json::from_str::<Overwrite>(&payload[..end]);
                let _ = serde_json::from_str::<Member>(&payload[..end]);
            }
            for at in 0..payload.len() {
                for replacement in replacements {
                    let mut bytes = payload.as_bytes().to_vec();
                    bytes[at] = replacement;
                    let _ = serde_json::from_slice::<Overwrite>(&bytes);
                    let _ = serde_json::from_slice::<Member>(&bytes);
                }
            }
        }
    }
}

#[test]
fn the_id_set_holds_exactly_its_ids_zero_and_repeats_included() {
    let mut ids: alloc::vec::Vec<u64> =
        (1..=200_u64).map(|index| 175_928_847_299_117_063 + index * 4_194_304).collect();
    ids.push(ids[7]);
    ids.push(0);
    let set = super::IdSet::new(&ids);
    assert!(ids.iter().all(|id| set.contains(*id)));
    assert!(!set.contains(175_928_847_299_117_063), "an id one step below the first is not in it");
    assert!(!set.contains(u64::MAX));
    assert!(!super::IdSet::new(&ids[..100]).contains(0), "0 only when listed");
}
