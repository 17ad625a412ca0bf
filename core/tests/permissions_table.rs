//! The flag table against Discord's documentation, and the text forms of `Permissions`.

use botperms_core::{ChannelTypes, ParsePermissionsError, Permissions, presets};

/// Discord's permission table (developers/topics/permissions.mdx), name and bit, typed from the docs.
const DISCORD_DOCS: [(&str, u32); 52] = [
    ("CREATE_INSTANT_INVITE", 0),
    ("KICK_MEMBERS", 1),
    ("BAN_MEMBERS", 2),
    ("ADMINISTRATOR", 3),
    ("MANAGE_CHANNELS", 4),
    ("MANAGE_GUILD", 5),
    ("ADD_REACTIONS", 6),
    ("VIEW_AUDIT_LOG", 7),
    ("PRIORITY_SPEAKER", 8),
    ("STREAM", 9),
    ("VIEW_CHANNEL", 10),
    ("SEND_MESSAGES", 11),
    ("SEND_TTS_MESSAGES", 12),
    ("MANAGE_MESSAGES", 13),
    ("EMBED_LINKS", 14),
    ("ATTACH_FILES", 15),
    ("READ_MESSAGE_HISTORY", 16),
    ("MENTION_EVERYONE", 17),
    ("USE_EXTERNAL_EMOJIS", 18),
    ("VIEW_GUILD_INSIGHTS", 19),
    ("CONNECT", 20),
    ("SPEAK", 21),
    ("MUTE_MEMBERS", 22),
    ("DEAFEN_MEMBERS", 23),
    ("MOVE_MEMBERS", 24),
    ("USE_VAD", 25),
    ("CHANGE_NICKNAME", 26),
    ("MANAGE_NICKNAMES", 27),
    ("MANAGE_ROLES", 28),
    ("MANAGE_WEBHOOKS", 29),
    ("MANAGE_GUILD_EXPRESSIONS", 30),
    ("USE_APPLICATION_COMMANDS", 31),
    ("REQUEST_TO_SPEAK", 32),
    ("MANAGE_EVENTS", 33),
    ("MANAGE_THREADS", 34),
    ("CREATE_PUBLIC_THREADS", 35),
    ("CREATE_PRIVATE_THREADS", 36),
    ("USE_EXTERNAL_STICKERS", 37),
    ("SEND_MESSAGES_IN_THREADS", 38),
    ("USE_EMBEDDED_ACTIVITIES", 39),
    ("MODERATE_MEMBERS", 40),
    ("VIEW_CREATOR_MONETIZATION_ANALYTICS", 41),
    ("USE_SOUNDBOARD", 42),
    ("CREATE_GUILD_EXPRESSIONS", 43),
    ("CREATE_EVENTS", 44),
    ("USE_EXTERNAL_SOUNDS", 45),
    ("SEND_VOICE_MESSAGES", 46),
    ("SET_VOICE_CHANNEL_STATUS", 48),
    ("SEND_POLLS", 49),
    ("USE_EXTERNAL_APPS", 50),
    ("PIN_MESSAGES", 51),
    ("BYPASS_SLOWMODE", 52),
];

#[test]
fn every_flag_has_discords_bit() {
    for (name, bit) in DISCORD_DOCS {
        let flag = Permissions::from_name(name).unwrap_or_else(|| panic!("{name} is missing"));
        assert_eq!(flag.bits(), 1 << bit, "{name}");
        assert_eq!(flag.info().map(|info| (info.name, info.bit())), Some((name, bit)));
    }
    assert_eq!(Permissions::all().iter().count(), DISCORD_DOCS.len());
}

#[test]
fn all_is_exactly_the_defined_flags() {
    assert_eq!(Permissions::all().bits(), 8_866_461_766_385_663);
    assert_eq!(Permissions::all().bits() & (1 << 47), 0, "bit 47 is reserved and unnamed");
    assert!(Permissions::from_bits_retain(1 << 47).info().is_none());
    assert_eq!(Permissions::table().len(), 52);
}

#[test]
fn unknown_bits_are_kept_and_shown_as_hex() {
    let with_unknown = Permissions::from_bits_retain((1 << 60) | (1 << 11));
    assert_eq!(with_unknown.bits(), 1_152_921_504_606_849_024);
    assert_eq!(with_unknown.unknown_bits(), 1 << 60);
    assert_eq!(with_unknown.to_string(), "SEND_MESSAGES | 0x1000000000000000");
    assert_eq!(with_unknown.to_string().parse::<Permissions>(), Ok(with_unknown));
    assert_eq!("1152921504606849024".parse::<Permissions>(), Ok(with_unknown));
}

#[test]
fn display_joins_discord_names_in_bit_order() {
    let set = Permissions::EMBED_LINKS | Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES;
    assert_eq!(set.to_string(), "VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS");
    assert_eq!(Permissions::empty().to_string(), "");
    assert_eq!("".parse::<Permissions>(), Ok(Permissions::empty()));
}

#[test]
fn from_str_reads_every_spelling() {
    let parsed: Permissions = "send_messages, EmbedLinks | Attach Files,READ_MESSAGES | manage server".parse().unwrap();
    assert_eq!(
        parsed,
        Permissions::SEND_MESSAGES
            | Permissions::EMBED_LINKS
            | Permissions::ATTACH_FILES
            | Permissions::VIEW_CHANNEL
            | Permissions::MANAGE_GUILD
    );
    assert_eq!("8".parse::<Permissions>(), Ok(Permissions::ADMINISTRATOR));
    assert_eq!("0x800".parse::<Permissions>(), Ok(Permissions::SEND_MESSAGES));
}

#[test]
fn from_str_errors_name_the_token_and_suggest() {
    let error = "VIEW_CHANNEL | SEND_MESAGES".parse::<Permissions>().unwrap_err();
    assert_eq!(
        error,
        ParsePermissionsError::UnknownName { token: "SEND_MESAGES".into(), suggestion: Some("SEND_MESSAGES") }
    );
    assert_eq!(error.to_string(), "unknown permission `SEND_MESAGES`; did you mean `SEND_MESSAGES`?");
    for bad in ["-1", "18446744073709551616", "1.5", "0xZZ"] {
        assert_eq!(
            bad.parse::<Permissions>(),
            Err(ParsePermissionsError::InvalidNumber { token: bad.into() }),
            "{bad}"
        );
    }
}

#[test]
fn presets_match_discord_py() {
    // discord.py 2.7.1's classmethods, as integers: `Permissions.text().value` and so on.
    let expected: [(&str, u64); 12] = [
        ("advanced", 8),
        ("all", 8_866_461_766_385_663),
        ("all_channel", 8_555_290_110_197_585),
        ("apps", 1_126_451_810_140_160),
        ("elevated", 1_118_570_553_406),
        ("events", 17_600_775_979_008),
        ("general", 10_996_995_851_440),
        ("membership", 1_099_712_954_375),
        ("stage", 4_294_967_296),
        ("stage_moderator", 20_971_536),
        ("text", 8_515_152_769_448_000),
        ("voice", 321_607_217_185_536),
    ];
    let listed: Vec<(&str, u64)> =
        presets::all().iter().map(|preset| (preset.name, preset.permissions.bits())).collect();
    assert_eq!(listed, expected);
    for (name, bits) in expected {
        assert_eq!(presets::find(name).map(|preset| preset.permissions.bits()), Some(bits), "{name}");
    }
    // The same sets under their method names; `all` is every flag Discord defines.
    assert_eq!(Permissions::all().bits(), 8_866_461_766_385_663);
    assert_eq!(Permissions::advanced().bits(), 8);
    assert_eq!(Permissions::all_channel().bits(), 8_555_290_110_197_585);
    assert_eq!(Permissions::apps().bits(), 1_126_451_810_140_160);
    assert_eq!(Permissions::discord_py_elevated().bits(), 1_118_570_553_406);
    assert_eq!(Permissions::events().bits(), 17_600_775_979_008);
    assert_eq!(Permissions::general().bits(), 10_996_995_851_440);
    assert_eq!(Permissions::membership().bits(), 1_099_712_954_375);
    assert_eq!(Permissions::stage().bits(), 4_294_967_296);
    assert_eq!(Permissions::stage_moderator().bits(), 20_971_536);
    assert_eq!(Permissions::text().bits(), 8_515_152_769_448_000);
    assert_eq!(Permissions::voice().bits(), 321_607_217_185_536);
}

#[test]
fn discord_py_elevated_differs_from_the_docs_2fa_set() {
    let discord_py = presets::find("elevated").unwrap();
    assert_eq!(
        discord_py.permissions.symmetric_difference(Permissions::ELEVATED),
        Permissions::MODERATE_MEMBERS | Permissions::VIEW_CREATOR_MONETIZATION_ANALYTICS
    );
    assert!(discord_py.note.contains("not the flags Discord's docs mark"), "{}", discord_py.note);
    assert!(presets::all().iter().all(|preset| preset.source.starts_with("discord.py 2.7.1 Permissions.")));
}

#[test]
fn elevated_is_what_the_docs_mark() {
    let documented = [1, 2, 3, 4, 5, 13, 28, 29, 30, 34, 41].iter().fold(0u64, |bits, bit| bits | (1 << bit));
    assert_eq!(Permissions::ELEVATED.bits(), documented);
}

#[test]
fn metadata_carries_labels_and_channel_types() {
    let info = Permissions::MANAGE_GUILD.info().unwrap();
    assert_eq!(info.client_label, "Manage Server");
    assert!(info.channel_types.is_empty());
    assert!(info.requires_2fa);
    let info = Permissions::CONNECT.info().unwrap();
    assert_eq!(info.channel_types, ChannelTypes::VOICE | ChannelTypes::STAGE);
    assert_eq!(Permissions::USE_VAD.info().unwrap().discord_py, "use_voice_activation");
    assert!((Permissions::SEND_MESSAGES | Permissions::EMBED_LINKS).info().is_none());
}

#[test]
fn prerequisites_find_flags_that_do_nothing_alone() {
    let lonely: Vec<_> =
        (Permissions::VIEW_CHANNEL | Permissions::EMBED_LINKS | Permissions::SPEAK).without_prerequisites().collect();
    assert!(lonely.contains(&(Permissions::EMBED_LINKS, Permissions::SEND_MESSAGES)));
    assert!(lonely.contains(&(Permissions::SPEAK, Permissions::CONNECT)));
    assert_eq!(lonely.len(), 2);
    assert_eq!((Permissions::KICK_MEMBERS).without_prerequisites().count(), 0);
}
