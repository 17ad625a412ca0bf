//! The interaction helper on Discord's documented slash-command interaction (`payloads/`).

use botperms_core::{AppPermissions, BotPermissions, Permissions, REPLY_LIMIT, Reason, Reasons, Scopes};

const INTERACTION: &str = include_str!("payloads/interaction-slash-command.json");

fn app_permissions() -> AppPermissions {
    let interaction: serde_json::Value = serde_json::from_str(INTERACTION).unwrap();
    interaction["app_permissions"].as_str().unwrap().parse().unwrap()
}

/// `/cardsearch` of Discord's example: posts the card as an embed with its image.
struct CardSearch;
impl BotPermissions for CardSearch {
    const PERMISSIONS: Permissions = Permissions::VIEW_CHANNEL
        .union(Permissions::SEND_MESSAGES)
        .union(Permissions::EMBED_LINKS)
        .union(Permissions::ATTACH_FILES);
    const SCOPES: Scopes = Scopes::EMPTY;
    const REASONS: Reasons = Reasons {
        own: &[
            Reason {
                permissions: Permissions::VIEW_CHANNEL.union(Permissions::SEND_MESSAGES),
                reason: "post the card",
                declared_in: "CardSearch",
            },
            Reason {
                permissions: Permissions::EMBED_LINKS.union(Permissions::ATTACH_FILES),
                reason: "show its picture",
                declared_in: "CardSearch",
            },
        ],
        nested: &[],
    };
}

/// Needs only what Discord's example grants.
struct Embeds;
impl BotPermissions for Embeds {
    const PERMISSIONS: Permissions = Permissions::EMBED_LINKS.union(Permissions::USE_EXTERNAL_EMOJIS);
    const SCOPES: Scopes = Scopes::EMPTY;
    const REASONS: Reasons = Reasons::NONE;
}

#[test]
fn documented_app_permissions_read_as_discord_defines_them() {
    // 442368 = 1 << 14 | 1 << 15 | 1 << 17 | 1 << 18
    assert_eq!(
        app_permissions().permissions(),
        Permissions::EMBED_LINKS
            | Permissions::ATTACH_FILES
            | Permissions::MENTION_EVERYONE
            | Permissions::USE_EXTERNAL_EMOJIS
    );
}

#[test]
fn a_command_whose_needs_are_granted_passes() {
    assert_eq!(app_permissions().check::<Embeds>(), Ok(()));
}

#[test]
fn missing_permissions_are_named_with_labels_reasons_and_who_can_grant_them() {
    let denied = app_permissions().check::<CardSearch>().unwrap_err();
    assert_eq!(denied.missing, Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES);
    assert_eq!(
        denied.reply(),
        "I can't do that here: I'm missing these permissions:\n\
         - **View Channels** (post the card)\n\
         - **Send Messages and Create Posts** (post the card)\n\
         Someone with **Manage Roles** can grant them to my role in Server Settings > Roles, \
         or allow them for me in this channel's settings under Permissions (**Manage Permissions**)."
    );
    assert_eq!(denied.to_string(), denied.reply());
}

#[test]
fn guild_wide_flags_are_not_sent_to_the_channel_screen() {
    let denied = app_permissions().check_needs(Permissions::KICK_MEMBERS | Permissions::EMBED_LINKS, &Reasons::NONE);
    let reply = denied.unwrap_err().reply();
    assert_eq!(
        reply,
        "I can't do that here: I'm missing the **Kick, Approve, and Reject Members** permission.\n\
         Someone with **Manage Roles** can grant it to my role in Server Settings > Roles."
    );
}

#[test]
fn undocumented_bits_are_reported_not_dropped() {
    let needs = Permissions::from_bits_retain(1 << 62) | Permissions::EMBED_LINKS;
    let denied = app_permissions().check_needs(needs, &Reasons::NONE).unwrap_err();
    assert_eq!(denied.missing.bits(), 1 << 62);
    assert!(
        denied.reply().contains("- permission bits `0x4000000000000000`, which Discord's client does not label yet\n")
    );
}

#[test]
fn the_reply_fits_in_one_discord_message() {
    const LONG: &str =
        "a reason far longer than any real one, repeated to fill the reply well past two thousand characters";
    static MANY: [Reason; 1] = [Reason { permissions: Permissions::all(), reason: LONG, declared_in: "Everything" }];
    let reasons = Reasons { own: &MANY, nested: &[] };
    let reply = AppPermissions::default().check_needs(Permissions::all(), &reasons).unwrap_err().reply();
    assert_eq!(reply.chars().count(), REPLY_LIMIT);
    assert!(reply.ends_with('…'));
}

#[test]
fn malformed_app_permissions_are_refused_without_being_repeated() {
    for bad in ["", "-1", "+5", "0x10", "SEND_MESSAGES", "18446744073709551616", "1 2", "１２"] {
        let error = bad.parse::<AppPermissions>().unwrap_err().to_string();
        assert!(error.starts_with("`app_permissions` ("), "{bad:?}: {error}");
        assert!(bad.is_empty() || !error.contains(bad), "{bad:?} repeated in {error}");
    }
    assert_eq!("18446744073709551615".parse::<AppPermissions>().unwrap().permissions().bits(), u64::MAX);
    assert_eq!("0".parse::<AppPermissions>().unwrap().permissions(), Permissions::empty());
}
