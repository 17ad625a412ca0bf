// @generated from core/data/discord.json by `cargo run -p botperms-codegen`. Do not edit by hand:
// edit the data file, then run `cargo run -p botperms-codegen` (a test fails while this file is stale).
// Descriptions are Discord's prose, not Rust docs, hence the `doc_markdown` allowance.

#![allow(clippy::doc_markdown)]
use super::{ChannelTypes, PermissionInfo, Prerequisite, Preset, ScopeGrant, ScopeInfo};

/// The revision of Discord's documentation (discord/discord-api-docs) the tables match.
pub const DOCS_REVISION: &str = "discord/discord-api-docs snapshot 2026-08-06";

bitflags::bitflags! {
    /// A set of Discord permission flags: the `permissions` integer of roles, overwrites and invite links.
    ///
    /// Every flag Discord documents is here under Discord's own name. Bits Discord has not
    /// documented (yet) are kept, never dropped: use [`Permissions::from_bits_retain`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
    pub struct Permissions: u64 {
        /// Allows creation of instant invites.
        ///
        /// Shown in Discord as "Create Invite".
        const CREATE_INSTANT_INVITE = 1 << 0;
        /// Allows kicking members.
        ///
        /// Shown in Discord as "Kick, Approve, and Reject Members".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const KICK_MEMBERS = 1 << 1;
        /// Allows banning members.
        ///
        /// Shown in Discord as "Ban Members".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const BAN_MEMBERS = 1 << 2;
        /// Allows all permissions and bypasses channel permission overwrites.
        ///
        /// Shown in Discord as "Administrator".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const ADMINISTRATOR = 1 << 3;
        /// Allows management and editing of channels.
        ///
        /// Shown in Discord as "Manage Channels".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const MANAGE_CHANNELS = 1 << 4;
        /// Allows management and editing of the guild.
        ///
        /// Shown in Discord as "Manage Server".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const MANAGE_GUILD = 1 << 5;
        /// Allows for adding new reactions to messages. This permission does not apply to reacting with an existing reaction on a message.
        ///
        /// Shown in Discord as "Add Reactions".
        const ADD_REACTIONS = 1 << 6;
        /// Allows for viewing of audit logs.
        ///
        /// Shown in Discord as "View Audit Log".
        const VIEW_AUDIT_LOG = 1 << 7;
        /// Allows for using priority speaker in a voice channel.
        ///
        /// Shown in Discord as "Priority Speaker".
        const PRIORITY_SPEAKER = 1 << 8;
        /// Allows the user to go live.
        ///
        /// Shown in Discord as "Video".
        const STREAM = 1 << 9;
        /// Allows guild members to view a channel, which includes reading messages in text channels and joining voice channels.
        ///
        /// Shown in Discord as "View Channels".
        const VIEW_CHANNEL = 1 << 10;
        /// Allows for sending messages in a channel and creating threads in a forum (does not allow sending messages in threads).
        ///
        /// Shown in Discord as "Send Messages and Create Posts".
        const SEND_MESSAGES = 1 << 11;
        /// Allows for sending of `/tts` messages.
        ///
        /// Shown in Discord as "Send Text-to-Speech Messages".
        const SEND_TTS_MESSAGES = 1 << 12;
        /// Allows for deletion of other users messages.
        ///
        /// Shown in Discord as "Manage Messages".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const MANAGE_MESSAGES = 1 << 13;
        /// Links sent by users with this permission will be auto-embedded.
        ///
        /// Shown in Discord as "Embed Links".
        const EMBED_LINKS = 1 << 14;
        /// Allows for uploading images and files.
        ///
        /// Shown in Discord as "Attach Files".
        const ATTACH_FILES = 1 << 15;
        /// Allows for reading of message history.
        ///
        /// Shown in Discord as "Read Message History".
        const READ_MESSAGE_HISTORY = 1 << 16;
        /// Allows for using the `@everyone` tag to notify all users in a channel, and the `@here` tag to notify all online users in a channel.
        ///
        /// Shown in Discord as "Mention @everyone, @here, and All Roles".
        const MENTION_EVERYONE = 1 << 17;
        /// Allows the usage of custom emojis from other servers.
        ///
        /// Shown in Discord as "Use External Emoji".
        const USE_EXTERNAL_EMOJIS = 1 << 18;
        /// Allows for viewing guild insights.
        ///
        /// Shown in Discord as "View Server Insights".
        const VIEW_GUILD_INSIGHTS = 1 << 19;
        /// Allows for joining of a voice channel.
        ///
        /// Shown in Discord as "Connect".
        const CONNECT = 1 << 20;
        /// Allows for speaking in a voice channel.
        ///
        /// Shown in Discord as "Speak".
        const SPEAK = 1 << 21;
        /// Allows for muting members in a voice channel.
        ///
        /// Shown in Discord as "Mute Members".
        const MUTE_MEMBERS = 1 << 22;
        /// Allows for deafening of members in a voice channel.
        ///
        /// Shown in Discord as "Deafen Members".
        const DEAFEN_MEMBERS = 1 << 23;
        /// Allows for moving of members between voice channels.
        ///
        /// Shown in Discord as "Move Members".
        const MOVE_MEMBERS = 1 << 24;
        /// Allows for using voice-activity-detection in a voice channel.
        ///
        /// Shown in Discord as "Use Voice Activity".
        const USE_VAD = 1 << 25;
        /// Allows for modification of own nickname.
        ///
        /// Shown in Discord as "Change Nickname".
        const CHANGE_NICKNAME = 1 << 26;
        /// Allows for modification of other users nicknames.
        ///
        /// Shown in Discord as "Manage Nicknames".
        const MANAGE_NICKNAMES = 1 << 27;
        /// Allows management and editing of roles.
        ///
        /// Shown in Discord as "Manage Roles".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const MANAGE_ROLES = 1 << 28;
        /// Allows management and editing of webhooks.
        ///
        /// Shown in Discord as "Manage Webhooks".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const MANAGE_WEBHOOKS = 1 << 29;
        /// Allows for editing and deleting emojis, stickers, and soundboard sounds created by all users.
        ///
        /// Shown in Discord as "Manage Expressions".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const MANAGE_GUILD_EXPRESSIONS = 1 << 30;
        /// Allows members to use application commands, including slash commands and context menu commands.
        ///
        /// Shown in Discord as "Use Application Commands".
        const USE_APPLICATION_COMMANDS = 1 << 31;
        /// Allows for requesting to speak in stage channels.
        ///
        /// Shown in Discord as "Request to Speak".
        const REQUEST_TO_SPEAK = 1 << 32;
        /// Allows for editing and deleting scheduled events created by all users.
        ///
        /// Shown in Discord as "Manage Events".
        const MANAGE_EVENTS = 1 << 33;
        /// Allows for deleting and archiving threads, and viewing all private threads.
        ///
        /// Shown in Discord as "Manage Threads and Posts".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const MANAGE_THREADS = 1 << 34;
        /// Allows for creating public and announcement threads.
        ///
        /// Shown in Discord as "Create Public Threads".
        const CREATE_PUBLIC_THREADS = 1 << 35;
        /// Allows for creating private threads.
        ///
        /// Shown in Discord as "Create Private Threads".
        const CREATE_PRIVATE_THREADS = 1 << 36;
        /// Allows the usage of custom stickers from other servers.
        ///
        /// Shown in Discord as "Use External Stickers".
        const USE_EXTERNAL_STICKERS = 1 << 37;
        /// Allows for sending messages in threads.
        ///
        /// Shown in Discord as "Send Messages in Threads and Posts".
        const SEND_MESSAGES_IN_THREADS = 1 << 38;
        /// Allows for using Activities (applications with the `EMBEDDED` flag).
        ///
        /// Shown in Discord as "Use Activities".
        const USE_EMBEDDED_ACTIVITIES = 1 << 39;
        /// Allows for timing out users to prevent them from sending or reacting to messages in chat and threads, and from speaking in voice and stage channels.
        ///
        /// Shown in Discord as "Timeout Members".
        const MODERATE_MEMBERS = 1 << 40;
        /// Allows for viewing role subscription insights.
        ///
        /// Shown in Discord as "View Server Subscription Insights".
        /// The owner needs two-factor authentication in guilds that enforce it.
        const VIEW_CREATOR_MONETIZATION_ANALYTICS = 1 << 41;
        /// Allows for using soundboard in a voice channel.
        ///
        /// Shown in Discord as "Use Soundboard".
        const USE_SOUNDBOARD = 1 << 42;
        /// Allows for creating emojis, stickers, and soundboard sounds, and editing and deleting those created by the current user.
        ///
        /// Shown in Discord as "Create Expressions".
        const CREATE_GUILD_EXPRESSIONS = 1 << 43;
        /// Allows for creating scheduled events, and editing and deleting those created by the current user.
        ///
        /// Shown in Discord as "Create Events".
        const CREATE_EVENTS = 1 << 44;
        /// Allows the usage of custom soundboard sounds from other servers.
        ///
        /// Shown in Discord as "Use External Sounds".
        const USE_EXTERNAL_SOUNDS = 1 << 45;
        /// Allows sending voice messages.
        ///
        /// Shown in Discord as "Send Voice Messages".
        const SEND_VOICE_MESSAGES = 1 << 46;
        /// Allows setting voice channel status.
        ///
        /// Shown in Discord as "Set Voice Channel Status".
        const SET_VOICE_CHANNEL_STATUS = 1 << 48;
        /// Allows sending polls.
        ///
        /// Shown in Discord as "Create Polls".
        const SEND_POLLS = 1 << 49;
        /// Allows user-installed apps to send public responses. When disabled, users will still be allowed to use their apps but the responses will be ephemeral. This only applies to apps not also installed to the server.
        ///
        /// Shown in Discord as "Use External Apps".
        const USE_EXTERNAL_APPS = 1 << 50;
        /// Allows pinning and unpinning messages.
        ///
        /// Shown in Discord as "Pin Messages".
        const PIN_MESSAGES = 1 << 51;
        /// Allows bypassing slowmode restrictions.
        ///
        /// Shown in Discord as "Bypass Slowmode".
        const BYPASS_SLOWMODE = 1 << 52;
    }
}

/// What the data file says of every flag, in bit order.
pub(crate) static PERMISSION_INFO: [PermissionInfo; 52] = [
    PermissionInfo {
        name: "CREATE_INSTANT_INVITE",
        flag: Permissions::CREATE_INSTANT_INVITE,
        description: "Allows creation of instant invites",
        client_label: "Create Invite",
        invite_screen_label: "Create Invite",
        channel_settings_labels: &["Create Invite"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "create_instant_invite",
        discord_py_aliases: &[],
        discord_js: "CreateInstantInvite",
    },
    PermissionInfo {
        name: "KICK_MEMBERS",
        flag: Permissions::KICK_MEMBERS,
        description: "Allows kicking members",
        client_label: "Kick, Approve, and Reject Members",
        invite_screen_label: "Kick Members",
        channel_settings_labels: &[],
        former_client_labels: &["Kick Members"],
        channel_types: ChannelTypes::empty(),
        requires_2fa: true,
        former_names: &[],
        discord_py: "kick_members",
        discord_py_aliases: &[],
        discord_js: "KickMembers",
    },
    PermissionInfo {
        name: "BAN_MEMBERS",
        flag: Permissions::BAN_MEMBERS,
        description: "Allows banning members",
        client_label: "Ban Members",
        invite_screen_label: "Ban Members",
        channel_settings_labels: &[],
        former_client_labels: &[],
        channel_types: ChannelTypes::empty(),
        requires_2fa: true,
        former_names: &[],
        discord_py: "ban_members",
        discord_py_aliases: &[],
        discord_js: "BanMembers",
    },
    PermissionInfo {
        name: "ADMINISTRATOR",
        flag: Permissions::ADMINISTRATOR,
        description: "Allows all permissions and bypasses channel permission overwrites",
        client_label: "Administrator",
        invite_screen_label: "Administrator",
        channel_settings_labels: &[],
        former_client_labels: &[],
        channel_types: ChannelTypes::empty(),
        requires_2fa: true,
        former_names: &[],
        discord_py: "administrator",
        discord_py_aliases: &[],
        discord_js: "Administrator",
    },
    PermissionInfo {
        name: "MANAGE_CHANNELS",
        flag: Permissions::MANAGE_CHANNELS,
        description: "Allows management and editing of channels",
        client_label: "Manage Channels",
        invite_screen_label: "Manage Channels",
        channel_settings_labels: &["Manage Channel", "Manage Channels"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: true,
        former_names: &[],
        discord_py: "manage_channels",
        discord_py_aliases: &[],
        discord_js: "ManageChannels",
    },
    PermissionInfo {
        name: "MANAGE_GUILD",
        flag: Permissions::MANAGE_GUILD,
        description: "Allows management and editing of the guild",
        client_label: "Manage Server",
        invite_screen_label: "Manage Server",
        channel_settings_labels: &[],
        former_client_labels: &[],
        channel_types: ChannelTypes::empty(),
        requires_2fa: true,
        former_names: &[],
        discord_py: "manage_guild",
        discord_py_aliases: &[],
        discord_js: "ManageGuild",
    },
    PermissionInfo {
        name: "ADD_REACTIONS",
        flag: Permissions::ADD_REACTIONS,
        description: "Allows for adding new reactions to messages. This permission does not apply to reacting with an existing reaction on a message.",
        client_label: "Add Reactions",
        invite_screen_label: "Add Reactions",
        channel_settings_labels: &["Add Reactions"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "add_reactions",
        discord_py_aliases: &[],
        discord_js: "AddReactions",
    },
    PermissionInfo {
        name: "VIEW_AUDIT_LOG",
        flag: Permissions::VIEW_AUDIT_LOG,
        description: "Allows for viewing of audit logs",
        client_label: "View Audit Log",
        invite_screen_label: "View Audit Log",
        channel_settings_labels: &[],
        former_client_labels: &[],
        channel_types: ChannelTypes::empty(),
        requires_2fa: false,
        former_names: &[],
        discord_py: "view_audit_log",
        discord_py_aliases: &[],
        discord_js: "ViewAuditLog",
    },
    PermissionInfo {
        name: "PRIORITY_SPEAKER",
        flag: Permissions::PRIORITY_SPEAKER,
        description: "Allows for using priority speaker in a voice channel",
        client_label: "Priority Speaker",
        invite_screen_label: "Priority Speaker",
        channel_settings_labels: &["Priority Speaker"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::VOICE.bits()),
        requires_2fa: false,
        former_names: &[],
        discord_py: "priority_speaker",
        discord_py_aliases: &[],
        discord_js: "PrioritySpeaker",
    },
    PermissionInfo {
        name: "STREAM",
        flag: Permissions::STREAM,
        description: "Allows the user to go live",
        client_label: "Video",
        invite_screen_label: "Video",
        channel_settings_labels: &["Video"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::VOICE.bits() | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "stream",
        discord_py_aliases: &[],
        discord_js: "Stream",
    },
    PermissionInfo {
        name: "VIEW_CHANNEL",
        flag: Permissions::VIEW_CHANNEL,
        description: "Allows guild members to view a channel, which includes reading messages in text channels and joining voice channels",
        client_label: "View Channels",
        invite_screen_label: "View Channels",
        channel_settings_labels: &["View Channel", "View Channels"],
        former_client_labels: &[
            "Read Messages",
            "Read Messages/View Channels",
            "Read Text Channels & See Voice Channels",
        ],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &["READ_MESSAGES"],
        discord_py: "read_messages",
        discord_py_aliases: &["view_channel"],
        discord_js: "ViewChannel",
    },
    PermissionInfo {
        name: "SEND_MESSAGES",
        flag: Permissions::SEND_MESSAGES,
        description: "Allows for sending messages in a channel and creating threads in a forum (does not allow sending messages in threads)",
        client_label: "Send Messages and Create Posts",
        invite_screen_label: "Send Messages",
        channel_settings_labels: &[
            "Create Posts",
            "Send Messages",
            "Send Messages and Create Posts",
        ],
        former_client_labels: &["Send Messages"],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "send_messages",
        discord_py_aliases: &[],
        discord_js: "SendMessages",
    },
    PermissionInfo {
        name: "SEND_TTS_MESSAGES",
        flag: Permissions::SEND_TTS_MESSAGES,
        description: "Allows for sending of `/tts` messages",
        client_label: "Send Text-to-Speech Messages",
        invite_screen_label: "Send TTS Messages",
        channel_settings_labels: &["Send Text-to-Speech Messages"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "send_tts_messages",
        discord_py_aliases: &[],
        discord_js: "SendTTSMessages",
    },
    PermissionInfo {
        name: "MANAGE_MESSAGES",
        flag: Permissions::MANAGE_MESSAGES,
        description: "Allows for deletion of other users messages",
        client_label: "Manage Messages",
        invite_screen_label: "Manage Messages",
        channel_settings_labels: &["Manage Messages"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: true,
        former_names: &[],
        discord_py: "manage_messages",
        discord_py_aliases: &[],
        discord_js: "ManageMessages",
    },
    PermissionInfo {
        name: "EMBED_LINKS",
        flag: Permissions::EMBED_LINKS,
        description: "Links sent by users with this permission will be auto-embedded",
        client_label: "Embed Links",
        invite_screen_label: "Embed Links",
        channel_settings_labels: &["Embed Links"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "embed_links",
        discord_py_aliases: &[],
        discord_js: "EmbedLinks",
    },
    PermissionInfo {
        name: "ATTACH_FILES",
        flag: Permissions::ATTACH_FILES,
        description: "Allows for uploading images and files",
        client_label: "Attach Files",
        invite_screen_label: "Attach Files",
        channel_settings_labels: &["Attach Files"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "attach_files",
        discord_py_aliases: &[],
        discord_js: "AttachFiles",
    },
    PermissionInfo {
        name: "READ_MESSAGE_HISTORY",
        flag: Permissions::READ_MESSAGE_HISTORY,
        description: "Allows for reading of message history",
        client_label: "Read Message History",
        invite_screen_label: "Read Message History",
        channel_settings_labels: &["Read Message History", "Read Post History"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "read_message_history",
        discord_py_aliases: &[],
        discord_js: "ReadMessageHistory",
    },
    PermissionInfo {
        name: "MENTION_EVERYONE",
        flag: Permissions::MENTION_EVERYONE,
        description: "Allows for using the `@everyone` tag to notify all users in a channel, and the `@here` tag to notify all online users in a channel",
        client_label: "Mention @everyone, @here, and All Roles",
        invite_screen_label: "Mention @everyone, @here, and All Roles",
        channel_settings_labels: &[
            "Mention @everyone when a Stage starts",
            "Mention @everyone, @here, and All Roles",
        ],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "mention_everyone",
        discord_py_aliases: &[],
        discord_js: "MentionEveryone",
    },
    PermissionInfo {
        name: "USE_EXTERNAL_EMOJIS",
        flag: Permissions::USE_EXTERNAL_EMOJIS,
        description: "Allows the usage of custom emojis from other servers",
        client_label: "Use External Emoji",
        invite_screen_label: "Use External Emoji",
        channel_settings_labels: &["Use External Emoji"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "external_emojis",
        discord_py_aliases: &["use_external_emojis"],
        discord_js: "UseExternalEmojis",
    },
    PermissionInfo {
        name: "VIEW_GUILD_INSIGHTS",
        flag: Permissions::VIEW_GUILD_INSIGHTS,
        description: "Allows for viewing guild insights",
        client_label: "View Server Insights",
        invite_screen_label: "View Server Insights",
        channel_settings_labels: &[],
        former_client_labels: &[],
        channel_types: ChannelTypes::empty(),
        requires_2fa: false,
        former_names: &[],
        discord_py: "view_guild_insights",
        discord_py_aliases: &[],
        discord_js: "ViewGuildInsights",
    },
    PermissionInfo {
        name: "CONNECT",
        flag: Permissions::CONNECT,
        description: "Allows for joining of a voice channel",
        client_label: "Connect",
        invite_screen_label: "Connect",
        channel_settings_labels: &["Connect"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::VOICE.bits() | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "connect",
        discord_py_aliases: &[],
        discord_js: "Connect",
    },
    PermissionInfo {
        name: "SPEAK",
        flag: Permissions::SPEAK,
        description: "Allows for speaking in a voice channel",
        client_label: "Speak",
        invite_screen_label: "Speak",
        channel_settings_labels: &["Speak"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::VOICE.bits()),
        requires_2fa: false,
        former_names: &[],
        discord_py: "speak",
        discord_py_aliases: &[],
        discord_js: "Speak",
    },
    PermissionInfo {
        name: "MUTE_MEMBERS",
        flag: Permissions::MUTE_MEMBERS,
        description: "Allows for muting members in a voice channel",
        client_label: "Mute Members",
        invite_screen_label: "Mute Members",
        channel_settings_labels: &["Mute Members"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::VOICE.bits() | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "mute_members",
        discord_py_aliases: &[],
        discord_js: "MuteMembers",
    },
    PermissionInfo {
        name: "DEAFEN_MEMBERS",
        flag: Permissions::DEAFEN_MEMBERS,
        description: "Allows for deafening of members in a voice channel",
        client_label: "Deafen Members",
        invite_screen_label: "Deafen Members",
        channel_settings_labels: &["Deafen Members"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::VOICE.bits()),
        requires_2fa: false,
        former_names: &[],
        discord_py: "deafen_members",
        discord_py_aliases: &[],
        discord_js: "DeafenMembers",
    },
    PermissionInfo {
        name: "MOVE_MEMBERS",
        flag: Permissions::MOVE_MEMBERS,
        description: "Allows for moving of members between voice channels",
        client_label: "Move Members",
        invite_screen_label: "Move Members",
        channel_settings_labels: &["Move Members"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::VOICE.bits() | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "move_members",
        discord_py_aliases: &[],
        discord_js: "MoveMembers",
    },
    PermissionInfo {
        name: "USE_VAD",
        flag: Permissions::USE_VAD,
        description: "Allows for using voice-activity-detection in a voice channel",
        client_label: "Use Voice Activity",
        invite_screen_label: "Use Voice Activity",
        channel_settings_labels: &["Use Voice Activity"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::VOICE.bits()),
        requires_2fa: false,
        former_names: &[],
        discord_py: "use_voice_activation",
        discord_py_aliases: &[],
        discord_js: "UseVAD",
    },
    PermissionInfo {
        name: "CHANGE_NICKNAME",
        flag: Permissions::CHANGE_NICKNAME,
        description: "Allows for modification of own nickname",
        client_label: "Change Nickname",
        invite_screen_label: "Change Nickname",
        channel_settings_labels: &[],
        former_client_labels: &[],
        channel_types: ChannelTypes::empty(),
        requires_2fa: false,
        former_names: &[],
        discord_py: "change_nickname",
        discord_py_aliases: &[],
        discord_js: "ChangeNickname",
    },
    PermissionInfo {
        name: "MANAGE_NICKNAMES",
        flag: Permissions::MANAGE_NICKNAMES,
        description: "Allows for modification of other users nicknames",
        client_label: "Manage Nicknames",
        invite_screen_label: "Manage Nicknames",
        channel_settings_labels: &[],
        former_client_labels: &[],
        channel_types: ChannelTypes::empty(),
        requires_2fa: false,
        former_names: &[],
        discord_py: "manage_nicknames",
        discord_py_aliases: &[],
        discord_js: "ManageNicknames",
    },
    PermissionInfo {
        name: "MANAGE_ROLES",
        flag: Permissions::MANAGE_ROLES,
        description: "Allows management and editing of roles",
        client_label: "Manage Roles",
        invite_screen_label: "Manage Roles",
        channel_settings_labels: &["Manage Permissions"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: true,
        former_names: &[],
        discord_py: "manage_roles",
        discord_py_aliases: &["manage_permissions"],
        discord_js: "ManageRoles",
    },
    PermissionInfo {
        name: "MANAGE_WEBHOOKS",
        flag: Permissions::MANAGE_WEBHOOKS,
        description: "Allows management and editing of webhooks",
        client_label: "Manage Webhooks",
        invite_screen_label: "Manage Webhooks",
        channel_settings_labels: &["Manage Webhooks"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: true,
        former_names: &[],
        discord_py: "manage_webhooks",
        discord_py_aliases: &[],
        discord_js: "ManageWebhooks",
    },
    PermissionInfo {
        name: "MANAGE_GUILD_EXPRESSIONS",
        flag: Permissions::MANAGE_GUILD_EXPRESSIONS,
        description: "Allows for editing and deleting emojis, stickers, and soundboard sounds created by all users",
        client_label: "Manage Expressions",
        invite_screen_label: "Manage Expressions",
        channel_settings_labels: &[],
        former_client_labels: &["Manage Emojis", "Manage Emojis and Stickers"],
        channel_types: ChannelTypes::empty(),
        requires_2fa: true,
        former_names: &["MANAGE_EMOJIS", "MANAGE_EMOJIS_AND_STICKERS"],
        discord_py: "manage_expressions",
        discord_py_aliases: &["manage_emojis", "manage_emojis_and_stickers"],
        discord_js: "ManageGuildExpressions",
    },
    PermissionInfo {
        name: "USE_APPLICATION_COMMANDS",
        flag: Permissions::USE_APPLICATION_COMMANDS,
        description: "Allows members to use application commands, including slash commands and context menu commands.",
        client_label: "Use Application Commands",
        invite_screen_label: "Use Application Commands",
        channel_settings_labels: &["Use Application Commands"],
        former_client_labels: &["Use Slash Commands"],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &["USE_SLASH_COMMANDS"],
        discord_py: "use_application_commands",
        discord_py_aliases: &[],
        discord_js: "UseApplicationCommands",
    },
    PermissionInfo {
        name: "REQUEST_TO_SPEAK",
        flag: Permissions::REQUEST_TO_SPEAK,
        description: "Allows for requesting to speak in stage channels",
        client_label: "Request to Speak",
        invite_screen_label: "Request to Speak",
        channel_settings_labels: &["Request to Speak"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::STAGE.bits()),
        requires_2fa: false,
        former_names: &[],
        discord_py: "request_to_speak",
        discord_py_aliases: &[],
        discord_js: "RequestToSpeak",
    },
    PermissionInfo {
        name: "MANAGE_EVENTS",
        flag: Permissions::MANAGE_EVENTS,
        description: "Allows for editing and deleting scheduled events created by all users",
        client_label: "Manage Events",
        invite_screen_label: "Manage Events",
        channel_settings_labels: &["Manage Events"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::VOICE.bits() | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "manage_events",
        discord_py_aliases: &[],
        discord_js: "ManageEvents",
    },
    PermissionInfo {
        name: "MANAGE_THREADS",
        flag: Permissions::MANAGE_THREADS,
        description: "Allows for deleting and archiving threads, and viewing all private threads",
        client_label: "Manage Threads and Posts",
        invite_screen_label: "Manage Threads",
        channel_settings_labels: &[
            "Manage Posts",
            "Manage Threads",
            "Manage Threads and Posts",
        ],
        former_client_labels: &["Manage Threads"],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::TEXT.bits()),
        requires_2fa: true,
        former_names: &[],
        discord_py: "manage_threads",
        discord_py_aliases: &[],
        discord_js: "ManageThreads",
    },
    PermissionInfo {
        name: "CREATE_PUBLIC_THREADS",
        flag: Permissions::CREATE_PUBLIC_THREADS,
        description: "Allows for creating public and announcement threads",
        client_label: "Create Public Threads",
        invite_screen_label: "Create Public Threads",
        channel_settings_labels: &["Create Public Threads"],
        former_client_labels: &["Use Public Threads"],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::TEXT.bits()),
        requires_2fa: false,
        former_names: &["USE_PUBLIC_THREADS"],
        discord_py: "create_public_threads",
        discord_py_aliases: &[],
        discord_js: "CreatePublicThreads",
    },
    PermissionInfo {
        name: "CREATE_PRIVATE_THREADS",
        flag: Permissions::CREATE_PRIVATE_THREADS,
        description: "Allows for creating private threads",
        client_label: "Create Private Threads",
        invite_screen_label: "Create Private Threads",
        channel_settings_labels: &["Create Private Threads"],
        former_client_labels: &["Use Private Threads"],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::TEXT.bits()),
        requires_2fa: false,
        former_names: &["USE_PRIVATE_THREADS"],
        discord_py: "create_private_threads",
        discord_py_aliases: &[],
        discord_js: "CreatePrivateThreads",
    },
    PermissionInfo {
        name: "USE_EXTERNAL_STICKERS",
        flag: Permissions::USE_EXTERNAL_STICKERS,
        description: "Allows the usage of custom stickers from other servers",
        client_label: "Use External Stickers",
        invite_screen_label: "Use External Stickers",
        channel_settings_labels: &["Use External Stickers"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "external_stickers",
        discord_py_aliases: &["use_external_stickers"],
        discord_js: "UseExternalStickers",
    },
    PermissionInfo {
        name: "SEND_MESSAGES_IN_THREADS",
        flag: Permissions::SEND_MESSAGES_IN_THREADS,
        description: "Allows for sending messages in threads",
        client_label: "Send Messages in Threads and Posts",
        invite_screen_label: "Send Messages in Threads",
        channel_settings_labels: &[
            "Send Messages in Posts",
            "Send Messages in Threads",
            "Send Messages in Threads and Posts",
        ],
        former_client_labels: &["Send Messages in Threads"],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::TEXT.bits()),
        requires_2fa: false,
        former_names: &[],
        discord_py: "send_messages_in_threads",
        discord_py_aliases: &[],
        discord_js: "SendMessagesInThreads",
    },
    PermissionInfo {
        name: "USE_EMBEDDED_ACTIVITIES",
        flag: Permissions::USE_EMBEDDED_ACTIVITIES,
        description: "Allows for using Activities (applications with the `EMBEDDED` flag)",
        client_label: "Use Activities",
        invite_screen_label: "Use Activities",
        channel_settings_labels: &["Use Activities"],
        former_client_labels: &[
            "Launch Activities in Voice Channels",
            "Use Embedded Activities",
        ],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits(),
        ),
        requires_2fa: false,
        former_names: &["START_EMBEDDED_ACTIVITIES"],
        discord_py: "use_embedded_activities",
        discord_py_aliases: &[],
        discord_js: "UseEmbeddedActivities",
    },
    PermissionInfo {
        name: "MODERATE_MEMBERS",
        flag: Permissions::MODERATE_MEMBERS,
        description: "Allows for timing out users to prevent them from sending or reacting to messages in chat and threads, and from speaking in voice and stage channels",
        client_label: "Timeout Members",
        invite_screen_label: "Moderate Members",
        channel_settings_labels: &[],
        former_client_labels: &[],
        channel_types: ChannelTypes::empty(),
        requires_2fa: false,
        former_names: &[],
        discord_py: "moderate_members",
        discord_py_aliases: &[],
        discord_js: "ModerateMembers",
    },
    PermissionInfo {
        name: "VIEW_CREATOR_MONETIZATION_ANALYTICS",
        flag: Permissions::VIEW_CREATOR_MONETIZATION_ANALYTICS,
        description: "Allows for viewing role subscription insights",
        client_label: "View Server Subscription Insights",
        invite_screen_label: "View Server Subscription Insights",
        channel_settings_labels: &[],
        former_client_labels: &[
            "View Creator Monetization Analytics",
            "View Creator Monetization Insights",
            "View Monetization Analytics",
        ],
        channel_types: ChannelTypes::empty(),
        requires_2fa: true,
        former_names: &[],
        discord_py: "view_creator_monetization_analytics",
        discord_py_aliases: &[],
        discord_js: "ViewCreatorMonetizationAnalytics",
    },
    PermissionInfo {
        name: "USE_SOUNDBOARD",
        flag: Permissions::USE_SOUNDBOARD,
        description: "Allows for using soundboard in a voice channel",
        client_label: "Use Soundboard",
        invite_screen_label: "Use Soundboard",
        channel_settings_labels: &["Use Soundboard"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::VOICE.bits()),
        requires_2fa: false,
        former_names: &[],
        discord_py: "use_soundboard",
        discord_py_aliases: &[],
        discord_js: "UseSoundboard",
    },
    PermissionInfo {
        name: "CREATE_GUILD_EXPRESSIONS",
        flag: Permissions::CREATE_GUILD_EXPRESSIONS,
        description: "Allows for creating emojis, stickers, and soundboard sounds, and editing and deleting those created by the current user.",
        client_label: "Create Expressions",
        invite_screen_label: "Create Expressions",
        channel_settings_labels: &[],
        former_client_labels: &[],
        channel_types: ChannelTypes::empty(),
        requires_2fa: false,
        former_names: &[],
        discord_py: "create_expressions",
        discord_py_aliases: &[],
        discord_js: "CreateGuildExpressions",
    },
    PermissionInfo {
        name: "CREATE_EVENTS",
        flag: Permissions::CREATE_EVENTS,
        description: "Allows for creating scheduled events, and editing and deleting those created by the current user.",
        client_label: "Create Events",
        invite_screen_label: "Create Events",
        channel_settings_labels: &["Create Events"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::VOICE.bits() | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "create_events",
        discord_py_aliases: &[],
        discord_js: "CreateEvents",
    },
    PermissionInfo {
        name: "USE_EXTERNAL_SOUNDS",
        flag: Permissions::USE_EXTERNAL_SOUNDS,
        description: "Allows the usage of custom soundboard sounds from other servers",
        client_label: "Use External Sounds",
        invite_screen_label: "Use External Sounds",
        channel_settings_labels: &["Use External Sounds"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::VOICE.bits()),
        requires_2fa: false,
        former_names: &[],
        discord_py: "use_external_sounds",
        discord_py_aliases: &[],
        discord_js: "UseExternalSounds",
    },
    PermissionInfo {
        name: "SEND_VOICE_MESSAGES",
        flag: Permissions::SEND_VOICE_MESSAGES,
        description: "Allows sending voice messages",
        client_label: "Send Voice Messages",
        invite_screen_label: "Send Voice Message",
        channel_settings_labels: &["Send Voice Messages"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "send_voice_messages",
        discord_py_aliases: &[],
        discord_js: "SendVoiceMessages",
    },
    PermissionInfo {
        name: "SET_VOICE_CHANNEL_STATUS",
        flag: Permissions::SET_VOICE_CHANNEL_STATUS,
        description: "Allows setting voice channel status",
        client_label: "Set Voice Channel Status",
        invite_screen_label: "Set Voice Channel Status",
        channel_settings_labels: &["Set Voice Channel Status"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::VOICE.bits()),
        requires_2fa: false,
        former_names: &[],
        discord_py: "set_voice_channel_status",
        discord_py_aliases: &[],
        discord_js: "SetVoiceChannelStatus",
    },
    PermissionInfo {
        name: "SEND_POLLS",
        flag: Permissions::SEND_POLLS,
        description: "Allows sending polls",
        client_label: "Create Polls",
        invite_screen_label: "Create Polls",
        channel_settings_labels: &["Create Polls"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "send_polls",
        discord_py_aliases: &["create_polls"],
        discord_js: "SendPolls",
    },
    PermissionInfo {
        name: "USE_EXTERNAL_APPS",
        flag: Permissions::USE_EXTERNAL_APPS,
        description: "Allows user-installed apps to send public responses. When disabled, users will still be allowed to use their apps but the responses will be ephemeral. This only applies to apps not also installed to the server.",
        client_label: "Use External Apps",
        invite_screen_label: "Use External Apps",
        channel_settings_labels: &["Use External Apps"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "use_external_apps",
        discord_py_aliases: &[],
        discord_js: "UseExternalApps",
    },
    PermissionInfo {
        name: "PIN_MESSAGES",
        flag: Permissions::PIN_MESSAGES,
        description: "Allows pinning and unpinning messages",
        client_label: "Pin Messages",
        invite_screen_label: "Pin Messages",
        channel_settings_labels: &["Pin Messages"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(ChannelTypes::TEXT.bits()),
        requires_2fa: false,
        former_names: &[],
        discord_py: "pin_messages",
        discord_py_aliases: &[],
        discord_js: "PinMessages",
    },
    PermissionInfo {
        name: "BYPASS_SLOWMODE",
        flag: Permissions::BYPASS_SLOWMODE,
        description: "Allows bypassing slowmode restrictions",
        client_label: "Bypass Slowmode",
        invite_screen_label: "Bypass Slowmode",
        channel_settings_labels: &["Bypass Slowmode"],
        former_client_labels: &[],
        channel_types: ChannelTypes::from_bits_retain(
            ChannelTypes::TEXT.bits() | ChannelTypes::VOICE.bits()
                | ChannelTypes::STAGE.bits(),
        ),
        requires_2fa: false,
        former_names: &[],
        discord_py: "bypass_slowmode",
        discord_py_aliases: &[],
        discord_js: "BypassSlowmode",
    },
];

impl Permissions {
    /// The flags whose holder's guild owner needs two-factor authentication where the guild enforces it
    /// (Discord's documentation marks them; discord.py's `elevated()` differs).
    pub const ELEVATED: Permissions = Permissions::from_bits_retain(
        Permissions::KICK_MEMBERS.bits() | Permissions::BAN_MEMBERS.bits()
            | Permissions::ADMINISTRATOR.bits() | Permissions::MANAGE_CHANNELS.bits()
            | Permissions::MANAGE_GUILD.bits() | Permissions::MANAGE_MESSAGES.bits()
            | Permissions::MANAGE_ROLES.bits() | Permissions::MANAGE_WEBHOOKS.bits()
            | Permissions::MANAGE_GUILD_EXPRESSIONS.bits()
            | Permissions::MANAGE_THREADS.bits()
            | Permissions::VIEW_CREATOR_MONETIZATION_ANALYTICS.bits(),
    );
    /// The advanced preset, as discord.py 2.7.1 Permissions.advanced(): `ADMINISTRATOR`.
    #[must_use]
    pub const fn advanced() -> Permissions {
        Permissions::from_bits_retain(Permissions::ADMINISTRATOR.bits())
    }
    /// The all_channel preset, as discord.py 2.7.1 Permissions.all_channel(): `CREATE_INSTANT_INVITE`, `MANAGE_CHANNELS`, `ADD_REACTIONS`, `PRIORITY_SPEAKER`, `STREAM`, `VIEW_CHANNEL`, `SEND_MESSAGES`, `SEND_TTS_MESSAGES`, `MANAGE_MESSAGES`, `EMBED_LINKS`, `ATTACH_FILES`, `READ_MESSAGE_HISTORY`, `MENTION_EVERYONE`, `USE_EXTERNAL_EMOJIS`, `CONNECT`, `SPEAK`, `MUTE_MEMBERS`, `DEAFEN_MEMBERS`, `MOVE_MEMBERS`, `USE_VAD`, `MANAGE_ROLES`, `MANAGE_WEBHOOKS`, `USE_APPLICATION_COMMANDS`, `REQUEST_TO_SPEAK`, `MANAGE_THREADS`, `CREATE_PUBLIC_THREADS`, `CREATE_PRIVATE_THREADS`, `USE_EXTERNAL_STICKERS`, `SEND_MESSAGES_IN_THREADS`, `USE_EMBEDDED_ACTIVITIES`, `USE_SOUNDBOARD`, `USE_EXTERNAL_SOUNDS`, `SEND_VOICE_MESSAGES`, `SEND_POLLS`, `USE_EXTERNAL_APPS`, `PIN_MESSAGES`, `BYPASS_SLOWMODE`.
    #[must_use]
    pub const fn all_channel() -> Permissions {
        Permissions::from_bits_retain(
            Permissions::CREATE_INSTANT_INVITE.bits()
                | Permissions::MANAGE_CHANNELS.bits() | Permissions::ADD_REACTIONS.bits()
                | Permissions::PRIORITY_SPEAKER.bits() | Permissions::STREAM.bits()
                | Permissions::VIEW_CHANNEL.bits() | Permissions::SEND_MESSAGES.bits()
                | Permissions::SEND_TTS_MESSAGES.bits()
                | Permissions::MANAGE_MESSAGES.bits() | Permissions::EMBED_LINKS.bits()
                | Permissions::ATTACH_FILES.bits()
                | Permissions::READ_MESSAGE_HISTORY.bits()
                | Permissions::MENTION_EVERYONE.bits()
                | Permissions::USE_EXTERNAL_EMOJIS.bits() | Permissions::CONNECT.bits()
                | Permissions::SPEAK.bits() | Permissions::MUTE_MEMBERS.bits()
                | Permissions::DEAFEN_MEMBERS.bits() | Permissions::MOVE_MEMBERS.bits()
                | Permissions::USE_VAD.bits() | Permissions::MANAGE_ROLES.bits()
                | Permissions::MANAGE_WEBHOOKS.bits()
                | Permissions::USE_APPLICATION_COMMANDS.bits()
                | Permissions::REQUEST_TO_SPEAK.bits()
                | Permissions::MANAGE_THREADS.bits()
                | Permissions::CREATE_PUBLIC_THREADS.bits()
                | Permissions::CREATE_PRIVATE_THREADS.bits()
                | Permissions::USE_EXTERNAL_STICKERS.bits()
                | Permissions::SEND_MESSAGES_IN_THREADS.bits()
                | Permissions::USE_EMBEDDED_ACTIVITIES.bits()
                | Permissions::USE_SOUNDBOARD.bits()
                | Permissions::USE_EXTERNAL_SOUNDS.bits()
                | Permissions::SEND_VOICE_MESSAGES.bits()
                | Permissions::SEND_POLLS.bits() | Permissions::USE_EXTERNAL_APPS.bits()
                | Permissions::PIN_MESSAGES.bits() | Permissions::BYPASS_SLOWMODE.bits(),
        )
    }
    /// The apps preset, as discord.py 2.7.1 Permissions.apps(): `USE_APPLICATION_COMMANDS`, `USE_EMBEDDED_ACTIVITIES`, `USE_EXTERNAL_APPS`.
    #[must_use]
    pub const fn apps() -> Permissions {
        Permissions::from_bits_retain(
            Permissions::USE_APPLICATION_COMMANDS.bits()
                | Permissions::USE_EMBEDDED_ACTIVITIES.bits()
                | Permissions::USE_EXTERNAL_APPS.bits(),
        )
    }
    /// The elevated preset, as discord.py 2.7.1 Permissions.elevated(): `KICK_MEMBERS`, `BAN_MEMBERS`, `ADMINISTRATOR`, `MANAGE_CHANNELS`, `MANAGE_GUILD`, `MANAGE_MESSAGES`, `MANAGE_ROLES`, `MANAGE_WEBHOOKS`, `MANAGE_GUILD_EXPRESSIONS`, `MANAGE_THREADS`, `MODERATE_MEMBERS`.
    ///
    /// discord.py's set, not the flags Discord's docs mark as needing the owner's 2FA: discord.py has MODERATE_MEMBERS where the docs have VIEW_CREATOR_MONETIZATION_ANALYTICS.
    #[must_use]
    pub const fn discord_py_elevated() -> Permissions {
        Permissions::from_bits_retain(
            Permissions::KICK_MEMBERS.bits() | Permissions::BAN_MEMBERS.bits()
                | Permissions::ADMINISTRATOR.bits() | Permissions::MANAGE_CHANNELS.bits()
                | Permissions::MANAGE_GUILD.bits() | Permissions::MANAGE_MESSAGES.bits()
                | Permissions::MANAGE_ROLES.bits() | Permissions::MANAGE_WEBHOOKS.bits()
                | Permissions::MANAGE_GUILD_EXPRESSIONS.bits()
                | Permissions::MANAGE_THREADS.bits()
                | Permissions::MODERATE_MEMBERS.bits(),
        )
    }
    /// The events preset, as discord.py 2.7.1 Permissions.events(): `MANAGE_EVENTS`, `CREATE_EVENTS`.
    #[must_use]
    pub const fn events() -> Permissions {
        Permissions::from_bits_retain(
            Permissions::MANAGE_EVENTS.bits() | Permissions::CREATE_EVENTS.bits(),
        )
    }
    /// The general preset, as discord.py 2.7.1 Permissions.general(): `MANAGE_CHANNELS`, `MANAGE_GUILD`, `VIEW_AUDIT_LOG`, `VIEW_CHANNEL`, `VIEW_GUILD_INSIGHTS`, `MANAGE_ROLES`, `MANAGE_WEBHOOKS`, `MANAGE_GUILD_EXPRESSIONS`, `VIEW_CREATOR_MONETIZATION_ANALYTICS`, `CREATE_GUILD_EXPRESSIONS`.
    #[must_use]
    pub const fn general() -> Permissions {
        Permissions::from_bits_retain(
            Permissions::MANAGE_CHANNELS.bits() | Permissions::MANAGE_GUILD.bits()
                | Permissions::VIEW_AUDIT_LOG.bits() | Permissions::VIEW_CHANNEL.bits()
                | Permissions::VIEW_GUILD_INSIGHTS.bits()
                | Permissions::MANAGE_ROLES.bits() | Permissions::MANAGE_WEBHOOKS.bits()
                | Permissions::MANAGE_GUILD_EXPRESSIONS.bits()
                | Permissions::VIEW_CREATOR_MONETIZATION_ANALYTICS.bits()
                | Permissions::CREATE_GUILD_EXPRESSIONS.bits(),
        )
    }
    /// The membership preset, as discord.py 2.7.1 Permissions.membership(): `CREATE_INSTANT_INVITE`, `KICK_MEMBERS`, `BAN_MEMBERS`, `CHANGE_NICKNAME`, `MANAGE_NICKNAMES`, `MODERATE_MEMBERS`.
    #[must_use]
    pub const fn membership() -> Permissions {
        Permissions::from_bits_retain(
            Permissions::CREATE_INSTANT_INVITE.bits() | Permissions::KICK_MEMBERS.bits()
                | Permissions::BAN_MEMBERS.bits() | Permissions::CHANGE_NICKNAME.bits()
                | Permissions::MANAGE_NICKNAMES.bits()
                | Permissions::MODERATE_MEMBERS.bits(),
        )
    }
    /// The stage preset, as discord.py 2.7.1 Permissions.stage(): `REQUEST_TO_SPEAK`.
    #[must_use]
    pub const fn stage() -> Permissions {
        Permissions::from_bits_retain(Permissions::REQUEST_TO_SPEAK.bits())
    }
    /// The stage_moderator preset, as discord.py 2.7.1 Permissions.stage_moderator(): `MANAGE_CHANNELS`, `MUTE_MEMBERS`, `MOVE_MEMBERS`.
    #[must_use]
    pub const fn stage_moderator() -> Permissions {
        Permissions::from_bits_retain(
            Permissions::MANAGE_CHANNELS.bits() | Permissions::MUTE_MEMBERS.bits()
                | Permissions::MOVE_MEMBERS.bits(),
        )
    }
    /// The text preset, as discord.py 2.7.1 Permissions.text(): `ADD_REACTIONS`, `SEND_MESSAGES`, `SEND_TTS_MESSAGES`, `MANAGE_MESSAGES`, `EMBED_LINKS`, `ATTACH_FILES`, `READ_MESSAGE_HISTORY`, `MENTION_EVERYONE`, `USE_EXTERNAL_EMOJIS`, `USE_APPLICATION_COMMANDS`, `MANAGE_THREADS`, `CREATE_PUBLIC_THREADS`, `CREATE_PRIVATE_THREADS`, `USE_EXTERNAL_STICKERS`, `SEND_MESSAGES_IN_THREADS`, `SEND_VOICE_MESSAGES`, `SEND_POLLS`, `USE_EXTERNAL_APPS`, `PIN_MESSAGES`, `BYPASS_SLOWMODE`.
    #[must_use]
    pub const fn text() -> Permissions {
        Permissions::from_bits_retain(
            Permissions::ADD_REACTIONS.bits() | Permissions::SEND_MESSAGES.bits()
                | Permissions::SEND_TTS_MESSAGES.bits()
                | Permissions::MANAGE_MESSAGES.bits() | Permissions::EMBED_LINKS.bits()
                | Permissions::ATTACH_FILES.bits()
                | Permissions::READ_MESSAGE_HISTORY.bits()
                | Permissions::MENTION_EVERYONE.bits()
                | Permissions::USE_EXTERNAL_EMOJIS.bits()
                | Permissions::USE_APPLICATION_COMMANDS.bits()
                | Permissions::MANAGE_THREADS.bits()
                | Permissions::CREATE_PUBLIC_THREADS.bits()
                | Permissions::CREATE_PRIVATE_THREADS.bits()
                | Permissions::USE_EXTERNAL_STICKERS.bits()
                | Permissions::SEND_MESSAGES_IN_THREADS.bits()
                | Permissions::SEND_VOICE_MESSAGES.bits()
                | Permissions::SEND_POLLS.bits() | Permissions::USE_EXTERNAL_APPS.bits()
                | Permissions::PIN_MESSAGES.bits() | Permissions::BYPASS_SLOWMODE.bits(),
        )
    }
    /// The voice preset, as discord.py 2.7.1 Permissions.voice(): `PRIORITY_SPEAKER`, `STREAM`, `CONNECT`, `SPEAK`, `MUTE_MEMBERS`, `DEAFEN_MEMBERS`, `MOVE_MEMBERS`, `USE_VAD`, `USE_EMBEDDED_ACTIVITIES`, `USE_SOUNDBOARD`, `USE_EXTERNAL_SOUNDS`, `SET_VOICE_CHANNEL_STATUS`.
    #[must_use]
    pub const fn voice() -> Permissions {
        Permissions::from_bits_retain(
            Permissions::PRIORITY_SPEAKER.bits() | Permissions::STREAM.bits()
                | Permissions::CONNECT.bits() | Permissions::SPEAK.bits()
                | Permissions::MUTE_MEMBERS.bits() | Permissions::DEAFEN_MEMBERS.bits()
                | Permissions::MOVE_MEMBERS.bits() | Permissions::USE_VAD.bits()
                | Permissions::USE_EMBEDDED_ACTIVITIES.bits()
                | Permissions::USE_SOUNDBOARD.bits()
                | Permissions::USE_EXTERNAL_SOUNDS.bits()
                | Permissions::SET_VOICE_CHANNEL_STATUS.bits(),
        )
    }
}

/// discord.py's presets, by name.
pub(crate) static PRESETS: [Preset; 12] = [
    Preset {
        name: "advanced",
        permissions: Permissions::from_bits_retain(Permissions::ADMINISTRATOR.bits()),
        source: "discord.py 2.7.1 Permissions.advanced()",
        note: "",
    },
    Preset {
        name: "all",
        permissions: Permissions::from_bits_retain(
            Permissions::CREATE_INSTANT_INVITE.bits() | Permissions::KICK_MEMBERS.bits()
                | Permissions::BAN_MEMBERS.bits() | Permissions::ADMINISTRATOR.bits()
                | Permissions::MANAGE_CHANNELS.bits() | Permissions::MANAGE_GUILD.bits()
                | Permissions::ADD_REACTIONS.bits() | Permissions::VIEW_AUDIT_LOG.bits()
                | Permissions::PRIORITY_SPEAKER.bits() | Permissions::STREAM.bits()
                | Permissions::VIEW_CHANNEL.bits() | Permissions::SEND_MESSAGES.bits()
                | Permissions::SEND_TTS_MESSAGES.bits()
                | Permissions::MANAGE_MESSAGES.bits() | Permissions::EMBED_LINKS.bits()
                | Permissions::ATTACH_FILES.bits()
                | Permissions::READ_MESSAGE_HISTORY.bits()
                | Permissions::MENTION_EVERYONE.bits()
                | Permissions::USE_EXTERNAL_EMOJIS.bits()
                | Permissions::VIEW_GUILD_INSIGHTS.bits() | Permissions::CONNECT.bits()
                | Permissions::SPEAK.bits() | Permissions::MUTE_MEMBERS.bits()
                | Permissions::DEAFEN_MEMBERS.bits() | Permissions::MOVE_MEMBERS.bits()
                | Permissions::USE_VAD.bits() | Permissions::CHANGE_NICKNAME.bits()
                | Permissions::MANAGE_NICKNAMES.bits() | Permissions::MANAGE_ROLES.bits()
                | Permissions::MANAGE_WEBHOOKS.bits()
                | Permissions::MANAGE_GUILD_EXPRESSIONS.bits()
                | Permissions::USE_APPLICATION_COMMANDS.bits()
                | Permissions::REQUEST_TO_SPEAK.bits()
                | Permissions::MANAGE_EVENTS.bits() | Permissions::MANAGE_THREADS.bits()
                | Permissions::CREATE_PUBLIC_THREADS.bits()
                | Permissions::CREATE_PRIVATE_THREADS.bits()
                | Permissions::USE_EXTERNAL_STICKERS.bits()
                | Permissions::SEND_MESSAGES_IN_THREADS.bits()
                | Permissions::USE_EMBEDDED_ACTIVITIES.bits()
                | Permissions::MODERATE_MEMBERS.bits()
                | Permissions::VIEW_CREATOR_MONETIZATION_ANALYTICS.bits()
                | Permissions::USE_SOUNDBOARD.bits()
                | Permissions::CREATE_GUILD_EXPRESSIONS.bits()
                | Permissions::CREATE_EVENTS.bits()
                | Permissions::USE_EXTERNAL_SOUNDS.bits()
                | Permissions::SEND_VOICE_MESSAGES.bits()
                | Permissions::SET_VOICE_CHANNEL_STATUS.bits()
                | Permissions::SEND_POLLS.bits() | Permissions::USE_EXTERNAL_APPS.bits()
                | Permissions::PIN_MESSAGES.bits() | Permissions::BYPASS_SLOWMODE.bits(),
        ),
        source: "discord.py 2.7.1 Permissions.all()",
        note: "every flag Discord defines",
    },
    Preset {
        name: "all_channel",
        permissions: Permissions::from_bits_retain(
            Permissions::CREATE_INSTANT_INVITE.bits()
                | Permissions::MANAGE_CHANNELS.bits() | Permissions::ADD_REACTIONS.bits()
                | Permissions::PRIORITY_SPEAKER.bits() | Permissions::STREAM.bits()
                | Permissions::VIEW_CHANNEL.bits() | Permissions::SEND_MESSAGES.bits()
                | Permissions::SEND_TTS_MESSAGES.bits()
                | Permissions::MANAGE_MESSAGES.bits() | Permissions::EMBED_LINKS.bits()
                | Permissions::ATTACH_FILES.bits()
                | Permissions::READ_MESSAGE_HISTORY.bits()
                | Permissions::MENTION_EVERYONE.bits()
                | Permissions::USE_EXTERNAL_EMOJIS.bits() | Permissions::CONNECT.bits()
                | Permissions::SPEAK.bits() | Permissions::MUTE_MEMBERS.bits()
                | Permissions::DEAFEN_MEMBERS.bits() | Permissions::MOVE_MEMBERS.bits()
                | Permissions::USE_VAD.bits() | Permissions::MANAGE_ROLES.bits()
                | Permissions::MANAGE_WEBHOOKS.bits()
                | Permissions::USE_APPLICATION_COMMANDS.bits()
                | Permissions::REQUEST_TO_SPEAK.bits()
                | Permissions::MANAGE_THREADS.bits()
                | Permissions::CREATE_PUBLIC_THREADS.bits()
                | Permissions::CREATE_PRIVATE_THREADS.bits()
                | Permissions::USE_EXTERNAL_STICKERS.bits()
                | Permissions::SEND_MESSAGES_IN_THREADS.bits()
                | Permissions::USE_EMBEDDED_ACTIVITIES.bits()
                | Permissions::USE_SOUNDBOARD.bits()
                | Permissions::USE_EXTERNAL_SOUNDS.bits()
                | Permissions::SEND_VOICE_MESSAGES.bits()
                | Permissions::SEND_POLLS.bits() | Permissions::USE_EXTERNAL_APPS.bits()
                | Permissions::PIN_MESSAGES.bits() | Permissions::BYPASS_SLOWMODE.bits(),
        ),
        source: "discord.py 2.7.1 Permissions.all_channel()",
        note: "",
    },
    Preset {
        name: "apps",
        permissions: Permissions::from_bits_retain(
            Permissions::USE_APPLICATION_COMMANDS.bits()
                | Permissions::USE_EMBEDDED_ACTIVITIES.bits()
                | Permissions::USE_EXTERNAL_APPS.bits(),
        ),
        source: "discord.py 2.7.1 Permissions.apps()",
        note: "",
    },
    Preset {
        name: "elevated",
        permissions: Permissions::from_bits_retain(
            Permissions::KICK_MEMBERS.bits() | Permissions::BAN_MEMBERS.bits()
                | Permissions::ADMINISTRATOR.bits() | Permissions::MANAGE_CHANNELS.bits()
                | Permissions::MANAGE_GUILD.bits() | Permissions::MANAGE_MESSAGES.bits()
                | Permissions::MANAGE_ROLES.bits() | Permissions::MANAGE_WEBHOOKS.bits()
                | Permissions::MANAGE_GUILD_EXPRESSIONS.bits()
                | Permissions::MANAGE_THREADS.bits()
                | Permissions::MODERATE_MEMBERS.bits(),
        ),
        source: "discord.py 2.7.1 Permissions.elevated()",
        note: "discord.py's set, not the flags Discord's docs mark as needing the owner's 2FA: discord.py has MODERATE_MEMBERS where the docs have VIEW_CREATOR_MONETIZATION_ANALYTICS",
    },
    Preset {
        name: "events",
        permissions: Permissions::from_bits_retain(
            Permissions::MANAGE_EVENTS.bits() | Permissions::CREATE_EVENTS.bits(),
        ),
        source: "discord.py 2.7.1 Permissions.events()",
        note: "",
    },
    Preset {
        name: "general",
        permissions: Permissions::from_bits_retain(
            Permissions::MANAGE_CHANNELS.bits() | Permissions::MANAGE_GUILD.bits()
                | Permissions::VIEW_AUDIT_LOG.bits() | Permissions::VIEW_CHANNEL.bits()
                | Permissions::VIEW_GUILD_INSIGHTS.bits()
                | Permissions::MANAGE_ROLES.bits() | Permissions::MANAGE_WEBHOOKS.bits()
                | Permissions::MANAGE_GUILD_EXPRESSIONS.bits()
                | Permissions::VIEW_CREATOR_MONETIZATION_ANALYTICS.bits()
                | Permissions::CREATE_GUILD_EXPRESSIONS.bits(),
        ),
        source: "discord.py 2.7.1 Permissions.general()",
        note: "",
    },
    Preset {
        name: "membership",
        permissions: Permissions::from_bits_retain(
            Permissions::CREATE_INSTANT_INVITE.bits() | Permissions::KICK_MEMBERS.bits()
                | Permissions::BAN_MEMBERS.bits() | Permissions::CHANGE_NICKNAME.bits()
                | Permissions::MANAGE_NICKNAMES.bits()
                | Permissions::MODERATE_MEMBERS.bits(),
        ),
        source: "discord.py 2.7.1 Permissions.membership()",
        note: "",
    },
    Preset {
        name: "stage",
        permissions: Permissions::from_bits_retain(Permissions::REQUEST_TO_SPEAK.bits()),
        source: "discord.py 2.7.1 Permissions.stage()",
        note: "",
    },
    Preset {
        name: "stage_moderator",
        permissions: Permissions::from_bits_retain(
            Permissions::MANAGE_CHANNELS.bits() | Permissions::MUTE_MEMBERS.bits()
                | Permissions::MOVE_MEMBERS.bits(),
        ),
        source: "discord.py 2.7.1 Permissions.stage_moderator()",
        note: "",
    },
    Preset {
        name: "text",
        permissions: Permissions::from_bits_retain(
            Permissions::ADD_REACTIONS.bits() | Permissions::SEND_MESSAGES.bits()
                | Permissions::SEND_TTS_MESSAGES.bits()
                | Permissions::MANAGE_MESSAGES.bits() | Permissions::EMBED_LINKS.bits()
                | Permissions::ATTACH_FILES.bits()
                | Permissions::READ_MESSAGE_HISTORY.bits()
                | Permissions::MENTION_EVERYONE.bits()
                | Permissions::USE_EXTERNAL_EMOJIS.bits()
                | Permissions::USE_APPLICATION_COMMANDS.bits()
                | Permissions::MANAGE_THREADS.bits()
                | Permissions::CREATE_PUBLIC_THREADS.bits()
                | Permissions::CREATE_PRIVATE_THREADS.bits()
                | Permissions::USE_EXTERNAL_STICKERS.bits()
                | Permissions::SEND_MESSAGES_IN_THREADS.bits()
                | Permissions::SEND_VOICE_MESSAGES.bits()
                | Permissions::SEND_POLLS.bits() | Permissions::USE_EXTERNAL_APPS.bits()
                | Permissions::PIN_MESSAGES.bits() | Permissions::BYPASS_SLOWMODE.bits(),
        ),
        source: "discord.py 2.7.1 Permissions.text()",
        note: "",
    },
    Preset {
        name: "voice",
        permissions: Permissions::from_bits_retain(
            Permissions::PRIORITY_SPEAKER.bits() | Permissions::STREAM.bits()
                | Permissions::CONNECT.bits() | Permissions::SPEAK.bits()
                | Permissions::MUTE_MEMBERS.bits() | Permissions::DEAFEN_MEMBERS.bits()
                | Permissions::MOVE_MEMBERS.bits() | Permissions::USE_VAD.bits()
                | Permissions::USE_EMBEDDED_ACTIVITIES.bits()
                | Permissions::USE_SOUNDBOARD.bits()
                | Permissions::USE_EXTERNAL_SOUNDS.bits()
                | Permissions::SET_VOICE_CHANNEL_STATUS.bits(),
        ),
        source: "discord.py 2.7.1 Permissions.voice()",
        note: "",
    },
];

/// Flags that have no effect without another flag (Discord's implicit permissions):
///
/// - `VIEW_CHANNEL`: without View Channel every other channel permission is ignored; flags that also act guild-wide are left out
/// - `SEND_MESSAGES`: implicitly denied without Send Messages (permissions.mdx, Implicit Permissions)
/// - `CONNECT`: voice actions need Connect first
pub(crate) static PREREQUISITES: [Prerequisite; 3] = [
    Prerequisite {
        requires: Permissions::VIEW_CHANNEL,
        flags: Permissions::from_bits_retain(
            Permissions::CREATE_INSTANT_INVITE.bits() | Permissions::ADD_REACTIONS.bits()
                | Permissions::PRIORITY_SPEAKER.bits() | Permissions::STREAM.bits()
                | Permissions::SEND_MESSAGES.bits()
                | Permissions::SEND_TTS_MESSAGES.bits()
                | Permissions::MANAGE_MESSAGES.bits() | Permissions::EMBED_LINKS.bits()
                | Permissions::ATTACH_FILES.bits()
                | Permissions::READ_MESSAGE_HISTORY.bits()
                | Permissions::MENTION_EVERYONE.bits()
                | Permissions::USE_EXTERNAL_EMOJIS.bits() | Permissions::CONNECT.bits()
                | Permissions::SPEAK.bits() | Permissions::MUTE_MEMBERS.bits()
                | Permissions::DEAFEN_MEMBERS.bits() | Permissions::MOVE_MEMBERS.bits()
                | Permissions::USE_VAD.bits()
                | Permissions::USE_APPLICATION_COMMANDS.bits()
                | Permissions::REQUEST_TO_SPEAK.bits()
                | Permissions::MANAGE_THREADS.bits()
                | Permissions::CREATE_PUBLIC_THREADS.bits()
                | Permissions::CREATE_PRIVATE_THREADS.bits()
                | Permissions::USE_EXTERNAL_STICKERS.bits()
                | Permissions::SEND_MESSAGES_IN_THREADS.bits()
                | Permissions::USE_EMBEDDED_ACTIVITIES.bits()
                | Permissions::USE_SOUNDBOARD.bits()
                | Permissions::USE_EXTERNAL_SOUNDS.bits()
                | Permissions::SEND_VOICE_MESSAGES.bits()
                | Permissions::SET_VOICE_CHANNEL_STATUS.bits()
                | Permissions::SEND_POLLS.bits() | Permissions::USE_EXTERNAL_APPS.bits()
                | Permissions::PIN_MESSAGES.bits() | Permissions::BYPASS_SLOWMODE.bits(),
        ),
    },
    Prerequisite {
        requires: Permissions::SEND_MESSAGES,
        flags: Permissions::from_bits_retain(
            Permissions::SEND_TTS_MESSAGES.bits() | Permissions::EMBED_LINKS.bits()
                | Permissions::ATTACH_FILES.bits() | Permissions::MENTION_EVERYONE.bits(),
        ),
    },
    Prerequisite {
        requires: Permissions::CONNECT,
        flags: Permissions::from_bits_retain(
            Permissions::PRIORITY_SPEAKER.bits() | Permissions::STREAM.bits()
                | Permissions::SPEAK.bits() | Permissions::MUTE_MEMBERS.bits()
                | Permissions::DEAFEN_MEMBERS.bits() | Permissions::MOVE_MEMBERS.bits()
                | Permissions::USE_VAD.bits() | Permissions::REQUEST_TO_SPEAK.bits()
                | Permissions::USE_SOUNDBOARD.bits()
                | Permissions::USE_EXTERNAL_SOUNDS.bits()
                | Permissions::SET_VOICE_CHANNEL_STATUS.bits(),
        ),
    },
];

/// Flags invites have been seen to reject ("Invalid permission(s) provided").
pub(crate) const REJECTED_BY_INVITES: Permissions = Permissions::from_bits_retain(
    Permissions::STREAM.bits() | Permissions::VIEW_GUILD_INSIGHTS.bits()
        | Permissions::REQUEST_TO_SPEAK.bits(),
);

/// An OAuth2 scope: what an authorization link asks a user to grant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `bot`: for oauth2 bots, this puts the bot in the user's selected guild by default
    Bot,
    /// `applications.commands`: allows your app to add commands to a guild - included by default with the `bot` scope
    ApplicationsCommands,
    /// `activities.read`: allows your app to fetch data from a user's "Now Playing/Recently Played" list — not currently available for apps
    ActivitiesRead,
    /// `activities.write`: allows your app to update a user's activity - not currently available for apps (NOT REQUIRED FOR GAMESDK ACTIVITY MANAGER)
    ActivitiesWrite,
    /// `applications.builds.read`: allows your app to read build data for a user's applications
    ApplicationsBuildsRead,
    /// `applications.builds.upload`: allows your app to upload/update builds for a user's applications - only available to approved partners
    ApplicationsBuildsUpload,
    /// `applications.commands.update`: allows your app to update its commands using a Bearer token - client credentials grant only
    ApplicationsCommandsUpdate,
    /// `applications.commands.permissions.update`: allows your app to update permissions for its commands in a guild a user has permissions to
    ApplicationsCommandsPermissionsUpdate,
    /// `applications.entitlements`: allows your app to read entitlements for a user's applications
    ApplicationsEntitlements,
    /// `applications.store.update`: allows your app to read and update store data (SKUs, store listings, achievements, etc.) for a user's applications
    ApplicationsStoreUpdate,
    /// `connections`: allows `/users/@me/connections` to return linked third-party accounts
    Connections,
    /// `dm_channels.read`: allows your app to see information about the user's DMs and group DMs - only available to approved partners
    DmChannelsRead,
    /// `email`: enables `/users/@me` to return an `email`
    Email,
    /// `gdm.join`: allows your app to join users to a group dm
    GdmJoin,
    /// `guilds`: allows `/users/@me/guilds` to return basic information about all of a user's guilds
    Guilds,
    /// `guilds.join`: allows `/guilds/{guild.id}/members/{user.id}` to be used for joining users to a guild
    GuildsJoin,
    /// `guilds.members.read`: allows `/users/@me/guilds/{guild.id}/member` to return a user's member information in a guild
    GuildsMembersRead,
    /// `identify`: allows `/users/@me` without `email`
    Identify,
    /// `identify.premium`: allows your app to read a user's Nitro subscription type as defined by `premium_type` on the User object - only available to approved partners
    IdentifyPremium,
    /// `messages.read`: for local rpc server api access, this allows you to read messages from all client channels (otherwise restricted to channels/guilds your app creates)
    MessagesRead,
    /// `relationships.read`: Allows your app to access a user’s Discord Friends list, their pending requests, and blocked users. This scope is part of our Social SDK - submit for access here. Social SDK Terms apply, including Section 5(a)(ii) to the data you obtain
    RelationshipsRead,
    /// `role_connections.write`: allows your app to update a user's connection and metadata for the app
    RoleConnectionsWrite,
    /// `rpc`: for local rpc server access, this allows you to control a user's local Discord client - only available to approved partners
    Rpc,
    /// `rpc.activities.write`: for local rpc server access, this allows you to update a user's activity - only available to approved partners
    RpcActivitiesWrite,
    /// `rpc.notifications.read`: for local rpc server access, this allows you to receive notifications pushed out to the user - only available to approved partners
    RpcNotificationsRead,
    /// `rpc.voice.read`: for local rpc server access, this allows you to read a user's voice settings and listen for voice events - only available to approved partners
    RpcVoiceRead,
    /// `rpc.voice.write`: for local rpc server access, this allows you to update a user's voice settings - only available to approved partners
    RpcVoiceWrite,
    /// `voice`: allows your app to connect to voice on user's behalf and see all the voice members - only available to approved partners
    Voice,
    /// `webhook.incoming`: this generates a webhook that is returned in the oauth token response for authorization code grants
    WebhookIncoming,
    /// `openid`: OpenID Connect scope; part of the Social SDK default scopes (`openid sdk.social_layer_presence` / `openid sdk.social_layer`).
    Openid,
    /// `sdk.social_layer_presence`: Social SDK default presence scope: "At a minimum, the Social SDK uses the following scopes to use features like rich presence and friends list: openid, sdk.social_layer_presence"
    SdkSocialLayerPresence,
    /// `sdk.social_layer`: Social SDK communication scope: "The communications features are currently available but have limited access. Those features require the scope of sdk.social_layer, which includes the sdk.social_layer_presence scope but also allows your app to use those limited features on behalf of the user."
    SdkSocialLayer,
}

impl Scope {
    /// Every scope: `bot` and `applications.commands` first, as links list them, then by name.
    pub const ALL: [Scope; 32] = [
        Scope::Bot,
        Scope::ApplicationsCommands,
        Scope::ActivitiesRead,
        Scope::ActivitiesWrite,
        Scope::ApplicationsBuildsRead,
        Scope::ApplicationsBuildsUpload,
        Scope::ApplicationsCommandsUpdate,
        Scope::ApplicationsCommandsPermissionsUpdate,
        Scope::ApplicationsEntitlements,
        Scope::ApplicationsStoreUpdate,
        Scope::Connections,
        Scope::DmChannelsRead,
        Scope::Email,
        Scope::GdmJoin,
        Scope::Guilds,
        Scope::GuildsJoin,
        Scope::GuildsMembersRead,
        Scope::Identify,
        Scope::IdentifyPremium,
        Scope::MessagesRead,
        Scope::RelationshipsRead,
        Scope::RoleConnectionsWrite,
        Scope::Rpc,
        Scope::RpcActivitiesWrite,
        Scope::RpcNotificationsRead,
        Scope::RpcVoiceRead,
        Scope::RpcVoiceWrite,
        Scope::Voice,
        Scope::WebhookIncoming,
        Scope::Openid,
        Scope::SdkSocialLayerPresence,
        Scope::SdkSocialLayer,
    ];
}

/// What the data file says of every scope, in the order of [`Scope::ALL`].
pub(crate) static SCOPE_INFO: [ScopeInfo; 32] = [
    ScopeInfo {
        scope: Scope::Bot,
        name: "bot",
        description: "for oauth2 bots, this puts the bot in the user's selected guild by default",
        requires_approval: false,
        grant: ScopeGrant::Bot,
    },
    ScopeInfo {
        scope: Scope::ApplicationsCommands,
        name: "applications.commands",
        description: "allows your app to add commands to a guild - included by default with the `bot` scope",
        requires_approval: false,
        grant: ScopeGrant::Shortcut,
    },
    ScopeInfo {
        scope: Scope::ActivitiesRead,
        name: "activities.read",
        description: "allows your app to fetch data from a user's \"Now Playing/Recently Played\" list — not currently available for apps",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::ActivitiesWrite,
        name: "activities.write",
        description: "allows your app to update a user's activity - not currently available for apps (NOT REQUIRED FOR GAMESDK ACTIVITY MANAGER)",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::ApplicationsBuildsRead,
        name: "applications.builds.read",
        description: "allows your app to read build data for a user's applications",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::ApplicationsBuildsUpload,
        name: "applications.builds.upload",
        description: "allows your app to upload/update builds for a user's applications - only available to approved partners",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::ApplicationsCommandsUpdate,
        name: "applications.commands.update",
        description: "allows your app to update its commands using a Bearer token - client credentials grant only",
        requires_approval: false,
        grant: ScopeGrant::ClientCredentials,
    },
    ScopeInfo {
        scope: Scope::ApplicationsCommandsPermissionsUpdate,
        name: "applications.commands.permissions.update",
        description: "allows your app to update permissions for its commands in a guild a user has permissions to",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::ApplicationsEntitlements,
        name: "applications.entitlements",
        description: "allows your app to read entitlements for a user's applications",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::ApplicationsStoreUpdate,
        name: "applications.store.update",
        description: "allows your app to read and update store data (SKUs, store listings, achievements, etc.) for a user's applications",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::Connections,
        name: "connections",
        description: "allows `/users/@me/connections` to return linked third-party accounts",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::DmChannelsRead,
        name: "dm_channels.read",
        description: "allows your app to see information about the user's DMs and group DMs - only available to approved partners",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::Email,
        name: "email",
        description: "enables `/users/@me` to return an `email`",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::GdmJoin,
        name: "gdm.join",
        description: "allows your app to join users to a group dm",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::Guilds,
        name: "guilds",
        description: "allows `/users/@me/guilds` to return basic information about all of a user's guilds",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::GuildsJoin,
        name: "guilds.join",
        description: "allows `/guilds/{guild.id}/members/{user.id}` to be used for joining users to a guild",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::GuildsMembersRead,
        name: "guilds.members.read",
        description: "allows `/users/@me/guilds/{guild.id}/member` to return a user's member information in a guild",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::Identify,
        name: "identify",
        description: "allows `/users/@me` without `email`",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::IdentifyPremium,
        name: "identify.premium",
        description: "allows your app to read a user's Nitro subscription type as defined by `premium_type` on the User object - only available to approved partners",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::MessagesRead,
        name: "messages.read",
        description: "for local rpc server api access, this allows you to read messages from all client channels (otherwise restricted to channels/guilds your app creates)",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::RelationshipsRead,
        name: "relationships.read",
        description: "Allows your app to access a user’s Discord Friends list, their pending requests, and blocked users. This scope is part of our Social SDK - submit for access here. Social SDK Terms apply, including Section 5(a)(ii) to the data you obtain",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::RoleConnectionsWrite,
        name: "role_connections.write",
        description: "allows your app to update a user's connection and metadata for the app",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::Rpc,
        name: "rpc",
        description: "for local rpc server access, this allows you to control a user's local Discord client - only available to approved partners",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::RpcActivitiesWrite,
        name: "rpc.activities.write",
        description: "for local rpc server access, this allows you to update a user's activity - only available to approved partners",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::RpcNotificationsRead,
        name: "rpc.notifications.read",
        description: "for local rpc server access, this allows you to receive notifications pushed out to the user - only available to approved partners",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::RpcVoiceRead,
        name: "rpc.voice.read",
        description: "for local rpc server access, this allows you to read a user's voice settings and listen for voice events - only available to approved partners",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::RpcVoiceWrite,
        name: "rpc.voice.write",
        description: "for local rpc server access, this allows you to update a user's voice settings - only available to approved partners",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::Voice,
        name: "voice",
        description: "allows your app to connect to voice on user's behalf and see all the voice members - only available to approved partners",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::WebhookIncoming,
        name: "webhook.incoming",
        description: "this generates a webhook that is returned in the oauth token response for authorization code grants",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::Openid,
        name: "openid",
        description: "OpenID Connect scope; part of the Social SDK default scopes (`openid sdk.social_layer_presence` / `openid sdk.social_layer`).",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::SdkSocialLayerPresence,
        name: "sdk.social_layer_presence",
        description: "Social SDK default presence scope: \"At a minimum, the Social SDK uses the following scopes to use features like rich presence and friends list: openid, sdk.social_layer_presence\"",
        requires_approval: false,
        grant: ScopeGrant::AuthorizationCode,
    },
    ScopeInfo {
        scope: Scope::SdkSocialLayer,
        name: "sdk.social_layer",
        description: "Social SDK communication scope: \"The communications features are currently available but have limited access. Those features require the scope of sdk.social_layer, which includes the sdk.social_layer_presence scope but also allows your app to use those limited features on behalf of the user.\"",
        requires_approval: true,
        grant: ScopeGrant::AuthorizationCode,
    },
];
