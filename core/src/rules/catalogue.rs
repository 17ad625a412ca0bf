//! The rule catalogue: one declaration per rule, the only place a rule's metadata lives.
//!
//! Each declaration gives the rule's stable name, its default level, a one-line summary, the
//! evidence for when it fires and for its level (a file of Discord's documentation and the sentence
//! that says so, or an issue or an observation), the faces it applies to, whether its errors
//! suggest `allow(..)`, whether it judges the whole permission set, its UI case in `tests/ui/`, and
//! the messages it speaks. Messages are templates: `{name}` is filled by the check, `{@param}` and
//! `{@param=value}` become a link parameter in the syntax of the face that prints it (see
//! [`crate::request::Param`]).
//!
//! Adding a rule is one declaration here plus its check in [`super::check`].

use super::Level;

/// Where a rule's condition or level comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    /// A file of Discord's documentation (`discord-api-docs docs/topics/oauth2.mdx`), an issue, or an observation.
    pub source: &'static str,
    /// What it says, quoted where it is a quotation.
    pub says: &'static str,
}

const fn docs(file: &'static str, says: &'static str) -> Evidence {
    Evidence { source: file, says }
}

/// The faces a rule speaks on: a small set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Faces(u8);

impl Faces {
    /// `invite_url!` and `#[derive(BotPermissions)]`, at expansion time.
    pub const MACROS: Faces = Faces(1);
    /// The const assertion on a derive's permissions composed from `#[bot(nested)]` modules.
    pub const COMPOSED: Faces = Faces(2);
    /// [`InviteBuilder::build`](crate::InviteBuilder::build).
    pub const BUILDER: Faces = Faces(4);
    /// [`InviteUrl::parse`](crate::InviteUrl::parse) and `botperms lint`.
    pub const LINK: Faces = Faces(8);
    /// `botperms invite` and `botperms encode`.
    pub const CLI: Faces = Faces(16);
    /// Every face that sees a whole request: macros, builder, parser, CLI.
    pub const REQUEST: Faces = Faces(1 | 4 | 8 | 16);

    /// Both sets.
    #[must_use]
    pub const fn with(self, other: Faces) -> Faces {
        Faces(self.0 | other.0)
    }

    /// Whether `other` is in the set.
    pub const fn contains(self, other: Faces) -> bool {
        self.0 & other.0 == other.0
    }

    /// The faces' names, for `botperms rules`.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        [
            (Faces::MACROS, "macros"),
            (Faces::COMPOSED, "composed"),
            (Faces::BUILDER, "builder"),
            (Faces::LINK, "link"),
            (Faces::CLI, "cli"),
        ]
        .into_iter()
        .filter(move |(face, _)| self.contains(*face))
        .map(|(_, name)| name)
    }
}

/// One thing a rule can say: the message and the help line, as templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message {
    /// The rule that says it.
    pub rule: Rule,
    /// What is wrong: lowercase, code in backticks, no final period.
    pub text: &'static str,
    /// How to fix it.
    pub help: &'static str,
}

/// A rule's catalogue row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RuleInfo {
    /// The rule.
    pub rule: Rule,
    /// Its stable `snake_case` name.
    pub name: &'static str,
    /// Its level unless told otherwise.
    pub default_level: Level,
    /// One line on when it fires.
    pub summary: &'static str,
    /// Why its condition is a problem.
    pub fires_because: Evidence,
    /// Why its default level is what it is.
    pub level_because: Evidence,
    /// The faces it speaks on.
    pub faces: Faces,
    /// Whether its errors suggest `allow(..)`: false where the link cannot work as written.
    pub overridable: bool,
    /// Whether it judges the whole permission set, so that it says nothing while a name is unresolved.
    pub whole_set: bool,
    /// Its compile-fail case, `tests/ui/<case>.rs`, when the macros face it.
    pub ui_case: Option<&'static str>,
    /// What it says.
    pub messages: &'static [Message],
}

macro_rules! declare_rules {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident {
            name: $name:literal,
            level: $level:ident,
            fires_because: $fires:expr,
            level_because: $because:expr,
            faces: $faces:expr,
            overridable: $overridable:literal,
            whole_set: $whole_set:literal,
            ui_case: $ui:expr,
            messages: { $($message:ident: $text:literal => $help:literal,)+ }
        }
    )*) => {
        /// A rule of the catalogue. Its [`name`](Rule::name) is stable, like a clippy lint's.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $($(#[doc = $doc])* $variant,)*
        }

        /// Every message of every rule, by name.
        pub mod messages {
            use super::{Message, Rule};
            $($(
                #[doc = concat!("`", $name, "`: ", $text)]
                pub const $message: Message = Message { rule: Rule::$variant, text: $text, help: $help };
            )+)*
        }

        /// Every rule's row, in catalogue order.
        pub const CATALOGUE: &[RuleInfo] = &[$(
            RuleInfo {
                rule: Rule::$variant,
                name: $name,
                default_level: Level::$level,
                summary: without_leading_space(concat!($($doc),*)),
                fires_because: $fires,
                level_because: $because,
                faces: $faces,
                overridable: $overridable,
                whole_set: $whole_set,
                ui_case: $ui,
                messages: &[$(messages::$message,)+],
            },
        )*];
    };
}

/// Doc comments start with a space.
const fn without_leading_space(text: &str) -> &str {
    match text.as_bytes() {
        [b' ', rest @ ..] => match core::str::from_utf8(rest) {
            Ok(rest) => rest,
            Err(_) => text,
        },
        _ => text,
    }
}

const OAUTH2: &str = "discord-api-docs developers/topics/oauth2.mdx";
const PERMISSIONS: &str = "discord-api-docs developers/topics/permissions.mdx";
const APPLICATION: &str = "discord-api-docs developers/resources/application.mdx";
const REFERENCE: &str = "discord-api-docs developers/reference.mdx";
/// The level principle, applied to the fact the rule's other evidence names: deny only where Discord
/// rejects the link or it cannot do what it asks, warn where it is probably not what was meant.
const PRINCIPLE: &str = "botperms level principle (deny: broken or certainly unmeant; warn: probably unmeant)";
/// The real links of `core/tests/data/real_links.tsv`, linted by `core/tests/real_links.rs`.
const REAL_LINKS: &str = "observed: the real-link table (core/tests/data/real_links.tsv)";
const ALL: Faces = Faces::REQUEST;
const SET_FACES: Faces = Faces::REQUEST.with(Faces::COMPOSED);

declare_rules! {
    /// a permission name matches nothing Discord defines, or is another library's spelling
    UnknownPermission {
        name: "unknown_permission",
        level: Deny,
        fires_because: docs(PERMISSIONS, "the Bitwise Permission Flags table names every flag; a name outside it (or another library's spelling: discord.py's `manage_guild`, discord.js' `ManageGuild`, the client's \"Manage Server\") is not Discord's name"),
        level_because: docs(PERMISSIONS, "\"Permissions are stored in a variable-length integer\": a name that resolves to no flag cannot be encoded, so the link lacks what the author meant; another spelling is refused on every face alike, with Discord's name as the fix"),
        faces: Faces::MACROS.with(Faces::CLI),
        overridable: false,
        whole_set: false,
        ui_case: Some("unknown-permission"),
        messages: {
            UNKNOWN_PERMISSION_NEAR: "unknown permission `{name}`" => "did you mean `{suggestion}`?",
            UNKNOWN_PERMISSION: "unknown permission `{name}`" => "permissions are written as Discord names them, such as `{example}`",
            OTHER_SPELLING: "`{name}` is {source}, not a Discord permission name" => "write Discord's name instead: `{written}`",
        }
    }
    /// a scope name matches no OAuth2 scope
    UnknownScope {
        name: "unknown_scope",
        level: Deny,
        fires_because: docs(OAUTH2, "\"These are a list of all the OAuth2 scopes that Discord supports.\""),
        level_because: docs("RFC 6749 4.1.2.1 (OAuth 2.0)", "the authorization server answers `invalid_scope`: \"The requested scope is invalid, unknown, or malformed.\" The link cannot be authorized"),
        // The builder takes `Scope` values, so no unknown name can reach it.
        faces: Faces::MACROS.with(Faces::LINK).with(Faces::CLI),
        overridable: false,
        whole_set: false,
        ui_case: Some("unknown-scope"),
        messages: {
            UNKNOWN_SCOPE_NEAR: "unknown scope `{name}`" => "did you mean `{suggestion}`?",
            UNKNOWN_SCOPE: "unknown scope `{name}`" => "scopes are written as Discord names them, such as `{bot}` or `{commands}`",
        }
    }
    /// a former Discord name such as `READ_MESSAGES` is used instead of the current one
    RenamedPermission {
        name: "renamed_permission",
        level: Deny,
        fires_because: docs(PERMISSIONS, "the flags table gives today's names (`VIEW_CHANNEL`, once `READ_MESSAGES`; `MANAGE_GUILD_EXPRESSIONS`, once `MANAGE_EMOJIS_AND_STICKERS`)"),
        level_because: docs(PERMISSIONS, "the flags table no longer lists the former name, so source that keeps it disagrees with the docs its readers check against; the flag it stands for is still right, so allow(renamed_permission) keeps old code building"),
        faces: Faces::MACROS.with(Faces::CLI),
        overridable: true,
        whole_set: false,
        ui_case: Some("renamed-permission"),
        messages: {
            RENAMED: "`{name}` is the former name of `{current}`" => "write `{written}`",
        }
    }
    /// a permission or scope is listed twice
    Duplicate {
        name: "duplicate",
        level: Deny,
        fires_because: docs(PERMISSIONS, "permissions are bits \"calculated using bitwise operations\", and `scope` is \"a list of OAuth2 scopes\": a flag or scope listed twice adds nothing, and of a parameter given twice a URL parser keeps one"),
        level_because: docs(PRINCIPLE, "nothing is gained by a second listing, so it is certainly a slip (a copy-paste or a merge) and never what was meant"),
        faces: ALL,
        overridable: false,
        whole_set: false,
        ui_case: Some("duplicate"),
        messages: {
            DUPLICATE_SCOPE: "scope `{scope}` is listed twice" => "remove this one",
            DUPLICATE_PERMISSION: "permission `{flags}` is listed twice" => "remove this one",
            DUPLICATE_PARAMETER: "parameter `{key}` appears twice; Discord reads only one" => "keep one",
        }
    }
    /// permissions are requested without the `bot` scope, which alone carries them
    PermissionsWithoutBot {
        name: "permissions_without_bot",
        level: Deny,
        fires_because: docs(OAUTH2, "Bot Auth Parameters: `permissions` is \"the permissions you're requesting\" for the bot flow, whose `scope` \"needs to include `bot`\""),
        level_because: docs(OAUTH2, "without `bot` no bot user joins, so the permissions are granted to no one"),
        faces: SET_FACES,
        overridable: true,
        whole_set: true,
        ui_case: Some("permissions-without-bot"),
        messages: {
            PERMISSIONS_WITHOUT_BOT: "permissions `{flags}` are requested without the `bot` scope" => "add `bot` to `{@scope}`: only the bot user receives permissions",
            COMPOSED_PERMISSIONS_WITHOUT_BOT: "permissions are requested without the `bot` scope" => "add `bot` to `{@scope}`: only the bot user receives permissions",
        }
    }
    /// `ADMINISTRATOR` is requested; a bot rarely needs every permission
    Administrator {
        name: "administrator",
        level: Warn,
        fires_because: docs(PERMISSIONS, "`ADMINISTRATOR`: \"Allows all permissions and bypasses channel permission overwrites\": a leaked or compromised bot then controls the whole server"),
        level_because: docs(REAL_LINKS, "13 published links are judged by it alone and work, and nothing in Discord's docs speaks against requesting it: the author asked for it on purpose, so it is a warning, not a broken link; deny(administrator) keeps the strict behaviour"),
        faces: SET_FACES,
        overridable: true,
        whole_set: false,
        ui_case: Some("administrator"),
        messages: {
            ADMINISTRATOR: "`ADMINISTRATOR` grants every permission and bypasses every channel overwrite" => "list the permissions the bot uses instead",
        }
    }
    /// `ADMINISTRATOR` is requested together with flags it already grants
    RedundantWithAdministrator {
        name: "redundant_with_administrator",
        level: Warn,
        fires_because: docs(PERMISSIONS, "`ADMINISTRATOR`: \"Allows all permissions\""),
        level_because: docs(PRINCIPLE, "the link works exactly as with `ADMINISTRATOR` alone: the other flags only say more than needed, probably from an edit that kept both"),
        faces: ALL,
        overridable: true,
        whole_set: true,
        ui_case: Some("warnings"),
        messages: {
            REDUNDANT_WITH_ADMINISTRATOR: "`ADMINISTRATOR` already grants `{flags}`" => "drop `ADMINISTRATOR`, or the other permissions",
        }
    }
    /// a flag relies on a prerequisite the bot's role does not grant (`EMBED_LINKS` without `SEND_MESSAGES`)
    ImplicitDenial {
        name: "implicit_denial",
        level: Warn,
        fires_because: docs(PERMISSIONS, "Implicit Permissions: \"Denying `SEND_MESSAGES` implicitly denies `MENTION_EVERYONE`, `SEND_TTS_MESSAGES`, `ATTACH_FILES`, and `EMBED_LINKS`\"; \"Denying a user or a role `VIEW_CHANNEL` on a channel implicitly denies other permissions on the channel\"; \"denying the `CONNECT` permission also implicitly denies other permissions\""),
        level_because: docs(OAUTH2, "the invite's permissions are the bot's managed role, not all it gets: `@everyone` and overwrites usually grant the prerequisite, and the docs' own bot example asks for `permissions=1` alone"),
        faces: SET_FACES,
        overridable: true,
        whole_set: true,
        ui_case: Some("implicit-denial"),
        messages: {
            IMPLICIT_DENIAL: "`{flag}` relies on `@everyone` or an overwrite granting `{requires}`" => "add `{requires}` so that the bot's own role grants it in every server",
            COMPOSED_IMPLICIT_DENIAL: "`{flag}` relies on `@everyone` or an overwrite granting `{requires}`" => "add `{requires}` to the bot or to a module",
        }
    }
    /// `SEND_MESSAGES` without `SEND_MESSAGES_IN_THREADS`: the bot cannot answer in threads
    MissingThreadSend {
        name: "missing_thread_send",
        level: Warn,
        fires_because: docs(PERMISSIONS, "`SEND_MESSAGES`: \"Allows for sending messages in a channel and creating threads in a forum (does not allow sending messages in threads)\""),
        level_because: docs(REAL_LINKS, "most published bot links ask for `SEND_MESSAGES` alone, and a bot may stay out of threads on purpose: the link works, so a warning"),
        faces: ALL,
        overridable: true,
        whole_set: true,
        ui_case: Some("warnings"),
        messages: {
            MISSING_THREAD_SEND: "`SEND_MESSAGES` does not let the bot answer in threads" => "add `SEND_MESSAGES_IN_THREADS`, unless the bot stays out of threads",
        }
    }
    /// `MANAGE_MESSAGES` without `PIN_MESSAGES`: since 2026-02-23 pinning (and skipping slowmode) needs its own flag
    MissingPinMessages {
        name: "missing_pin_messages",
        level: Warn,
        fires_because: docs("discord-api-docs developers/change-log.mdx", "\"Starting February 23, 2026, users and bots will need the `PIN_MESSAGES` permission to pin messages. `MANAGE_MESSAGES` alone will no longer be sufficient.\"; \"The `BYPASS_SLOWMODE` permission (`1 << 52`) is being split from `MANAGE_MESSAGES`\""),
        level_because: docs(PERMISSIONS, "`MANAGE_MESSAGES`: \"Allows for deletion of other users messages\": a bot that only deletes needs neither new flag, so the link may be exactly what was meant; a warning"),
        faces: ALL,
        overridable: true,
        whole_set: true,
        ui_case: Some("warnings"),
        messages: {
            MISSING_PIN_MESSAGES: "`MANAGE_MESSAGES` no longer lets the bot pin messages (since 2026-02-23 that is `PIN_MESSAGES`) nor skip slowmode (`BYPASS_SLOWMODE`)" => "add `PIN_MESSAGES` if the bot pins, and `BYPASS_SLOWMODE` if it must ignore slowmode",
        }
    }
    /// flags are requested whose guild owner needs two-factor authentication where the guild enforces it
    RequiresOwner2fa {
        name: "requires_owner_2fa",
        level: Allow,
        fires_because: docs(OAUTH2, "\"For bots with elevated permissions (permissions with a `*` next to them), we enforce two-factor authentication on the owner's account when added to guilds that have server-wide 2FA enabled.\""),
        level_because: docs(OAUTH2, "the same sentence limits it to \"guilds that have server-wide 2FA enabled\", and the owner can turn 2FA on: the link works, so it is a fact to know, silent unless asked for"),
        faces: ALL,
        overridable: true,
        whole_set: false,
        ui_case: Some("warnings"),
        messages: {
            REQUIRES_OWNER_2FA: "the guild owner needs two-factor authentication for `{flags}` where the guild enforces it" => "tell server admins, or drop these permissions",
        }
    }
    /// a scope only approved partners can use
    ApprovalScope {
        name: "approval_scope",
        level: Deny,
        fires_because: docs(OAUTH2, "the scopes table marks `applications.builds.upload`, `dm_channels.read`, `identify.premium`, `rpc`, `rpc.activities.write`, `rpc.notifications.read`, `rpc.voice.read`, `rpc.voice.write` and `voice` \"only available to approved partners\"; the Social SDK's `sdk.social_layer`: \"The communications features are currently available but have limited access\" (oauth2-scopes.mdx). Not `sdk.social_layer_presence` nor `relationships.read`: the Social SDK is enabled by a form, \"Click `Submit` and the Social SDK will be enabled for your application\""),
        level_because: docs(OAUTH2, "\"Requesting them from a user without approval from Discord may cause errors or undocumented behavior in the OAuth2 flow.\""),
        faces: ALL,
        overridable: true,
        whole_set: false,
        ui_case: Some("approval-scope"),
        messages: {
            APPROVAL_SCOPE: "scope `{scope}` is only available to apps Discord has approved" => "remove it, unless Discord approved your app for it",
        }
    }
    /// a scope Discord's docs say is not currently available for apps (`activities.read`, `activities.write`)
    UnavailableScope {
        name: "unavailable_scope",
        level: Deny,
        fires_because: docs(OAUTH2, "`activities.read` / `activities.write`: \"not currently available for apps\""),
        level_because: docs(OAUTH2, "no approval makes it available: the link asks for what Discord grants to no app; it is the scope's only verdict, since no `response_type` would make it work (`code_grant_required` does not also fire for it)"),
        faces: ALL,
        overridable: false,
        whole_set: false,
        ui_case: Some("approval-scope"),
        messages: {
            UNAVAILABLE_SCOPE: "scope `{scope}` is not currently available for apps" => "remove it: Discord grants it to no app today",
        }
    }
    /// `applications.commands.update` belongs to the client credentials grant, not to an authorize link
    ClientCredentialsScope {
        name: "client_credentials_scope",
        level: Deny,
        fires_because: docs(OAUTH2, "`applications.commands.update`: \"allows your app to update its commands using a Bearer token - client credentials grant only\""),
        level_because: docs(OAUTH2, "Client Credentials Grant: \"By making a `POST` request to the token URL with a grant type of `client_credentials`\": an authorize link cannot grant it"),
        faces: ALL,
        overridable: false,
        whole_set: false,
        ui_case: Some("client-credentials-scope"),
        messages: {
            CLIENT_CREDENTIALS_SCOPE: "scope `{scope}` is granted only by the client credentials grant, never in an authorize link" => "remove it from the link; request it at the token endpoint with your client credentials",
        }
    }
    /// a user scope, `webhook.incoming` or `require_code_grant` without any `response_type`, or one the grant cannot serve
    CodeGrantRequired {
        name: "code_grant_required",
        level: Deny,
        fires_because: docs(OAUTH2, "Advanced Bot Authorization: \"If you request any scopes outside of `bot` and `applications.commands`, `response_type` is again mandatory; we will also automatically redirect the user to the first URI in your application's registered list unless `redirect_uri` is specified.\" The implicit grant (`response_type=token`) serves user scopes, except \"`role_connections.write` cannot be used with the Implicit grant type\"; the webhook flow \"is a specialized version of an authorization code implementation\""),
        level_because: docs(OAUTH2, "\"`response_type` is again mandatory\": a link without it lacks what the authorization needs"),
        faces: ALL,
        overridable: true,
        whole_set: false,
        ui_case: Some("code-grant-required"),
        messages: {
            NO_RESPONSE_TYPE: "{why} turns the link into an OAuth2 grant, but the link has no `{@response_type}`" => "add `{@response_type=code}` (or `{@response_type=token}` for the implicit grant); without `{@redirect_uri}` Discord redirects to the first URI registered in the Developer Portal",
            NO_CODE_RESPONSE_TYPE: "{why} needs the authorization code grant, but the link has no `{@response_type}`" => "add `{@response_type=code}`; without `{@redirect_uri}` Discord redirects to the first URI registered in the Developer Portal",
            TOKEN_RESPONSE_TYPE: "{why} cannot be granted with `{@response_type=token}`" => "use `{@response_type=code}` and exchange the code on your server",
        }
    }
    /// `redirect_uri` is not an absolute https URL (http only for loopback) without a fragment
    InvalidRedirectUri {
        name: "invalid_redirect_uri",
        level: Deny,
        fires_because: docs(OAUTH2, "\"`redirect_uri` is whatever URL you registered when creating your application, url-encoded\"; RFC 6749 3.1.2: \"The endpoint URI MUST NOT include a fragment component\""),
        level_because: docs("RFC 6749 3.1.2 (OAuth 2.0)", "\"The redirection endpoint URI MUST be an absolute URI\", and Discord matches it against the URLs \"you registered when creating your application\" (oauth2.mdx): one that is not absolute cannot match"),
        faces: ALL,
        overridable: false,
        whole_set: false,
        ui_case: Some("invalid-redirect-uri"),
        messages: {
            INVALID_REDIRECT_URI: "`{@redirect_uri}` {problem}" => "use an absolute `https://` URL registered in the Developer Portal (`http://localhost` for development)",
        }
    }
    /// a user install with `bot`, permissions or a guild (said once), or one without `applications.commands`
    UserInstallConflict {
        name: "user_install_conflict",
        level: Deny,
        fires_because: docs(APPLICATION, "Installation context: a user install (`USER_INSTALL`, 1) makes the app's commands available to the user, and its default install params take only `applications.commands`; oauth2.mdx: `integration_type` \"is only relevant when `scope` contains `applications.commands`\""),
        level_because: docs(APPLICATION, "\"apps installed only to a user can't take actions in a server\": a bot user, its permissions and a guild mean nothing in a user install, so the link cannot do what it asks"),
        faces: ALL,
        overridable: false,
        whole_set: false,
        ui_case: Some("user-install-conflict"),
        messages: {
            USER_INSTALL_IGNORES: "`{@integration_type=user}` installs to a user's account: Discord ignores {ignored} there" => "remove {ignored}, or use `{@integration_type=guild}` to add the bot to a server",
            USER_INSTALL_WITHOUT_COMMANDS: "`{@integration_type=user}` is only read with the `applications.commands` scope" => "add `applications.commands` to `{@scope}`, or remove `{@integration_type}`",
        }
    }
    /// `disable_guild_select` without `guild_id`
    GuildSelectWithoutGuild {
        name: "guild_select_without_guild",
        level: Deny,
        fires_because: docs(OAUTH2, "\"You can use this in conjunction with the parameter `disable_guild_select=true` to disallow the user from picking a different guild\": with no `guild_id` there is none to keep"),
        level_because: docs(OAUTH2, "`disable_guild_select`: \"disallows the user from changing the guild dropdown\"; with nothing pre-filled (`guild_id` \"pre-fills the dropdown picker\") the user has no guild to add the bot to"),
        faces: ALL,
        overridable: false,
        whole_set: false,
        ui_case: Some("guild-select-without-guild"),
        messages: {
            GUILD_SELECT_WITHOUT_GUILD: "`{@disable_guild_select}` without `{@guild_id}` leaves the admin no guild to add the bot to" => "add `{@guild_id}`, or remove `{@disable_guild_select}`",
        }
    }
    /// a client or guild id that cannot be a Discord id
    InvalidSnowflake {
        name: "invalid_snowflake",
        level: Deny,
        fires_because: docs(REFERENCE, "Snowflakes: the top 42 bits are the timestamp, \"Milliseconds since Discord Epoch, the first second of 2015 or 1420070400000\""),
        level_because: docs(REFERENCE, "an id before Discord's epoch or after now was never issued: no application or guild has it, so the link cannot work"),
        faces: ALL,
        overridable: false,
        whole_set: false,
        ui_case: Some("invalid-snowflake"),
        messages: {
            INVALID_SNOWFLAKE: "`{key}` {id} {reason}" => "{fix}",
        }
    }
    /// a permissions integer with bits Discord does not define
    UnknownBits {
        name: "unknown_bits",
        level: Deny,
        fires_because: docs(PERMISSIONS, "the Bitwise Permission Flags table defines bits 0..=52 except 47"),
        level_because: docs("discord-api-docs issues 4671, 5423", "invites answer \"Invalid permission(s) provided\" for flags they do not accept; allow(unknown_bits) for a flag newer than this table"),
        faces: SET_FACES,
        overridable: true,
        whole_set: false,
        ui_case: Some("unknown-bits"),
        messages: {
            UNKNOWN_BITS: "permissions {bits} carry bits Discord does not define: {unknown}" => "remove the undefined bits",
            UNKNOWN_BITS_KEEP: "permissions {bits} carry bits Discord does not define: {unknown}" => "remove the undefined bits, keeping `{known}`",
            COMPOSED_UNKNOWN_BITS: "a module declares bits Discord does not define: {unknown}" => "fix the module's `BotPermissions` implementation to use defined flags only",
        }
    }
    /// a literal that looks like a bot token or client secret
    SecretInSource {
        name: "secret_in_source",
        level: Deny,
        fires_because: docs("discord-api-docs developers/quick-start/getting-started.mdx", "\"Your token is used to authorize API requests and carry your app's permissions, so they are *highly* sensitive. Make sure to never share your token or check it into any kind of version control.\" The value of `state` is meant to be random (oauth2.mdx: \"unique to that user's request\"), so a client secret's shape alone does not count there"),
        level_because: docs("discord-api-docs developers/quick-start/getting-started.mdx", "a credential in source or in a link is shared with everyone who reads it, so it must be reset (on the Bot page, \"Reset Token\" \"to generate a new bot token\"): certainly not meant"),
        faces: ALL,
        overridable: false,
        whole_set: false,
        ui_case: Some("secret-in-source"),
        messages: {
            SECRET: "{message}" => "{help}",
        }
    }
    /// `state` in a compile-time constant, where it cannot be random per request
    ConstantState {
        name: "constant_state",
        level: Deny,
        fires_because: docs(OAUTH2, "State and Security: \"a `state` is generated that is unique to that user's request\""),
        level_because: docs(OAUTH2, "a constant `state` protects against nothing, so it gives false safety"),
        faces: Faces::MACROS,
        overridable: false,
        whole_set: false,
        ui_case: Some("constant-state"),
        messages: {
            CONSTANT_STATE: "`{@state}` in a compile-time constant is the same for every request, so it protects nothing" => "remove `{@state}` here; add a fresh random value per request at run time with `InviteUrl::new(..).state(..)`",
        }
    }
    /// flags invites have been seen to reject (`STREAM`, `VIEW_GUILD_INSIGHTS`, `REQUEST_TO_SPEAK`)
    RejectedByInvites {
        name: "rejected_by_invites",
        level: Warn,
        fires_because: docs("discord-api-docs issues 4671, 4728, 5423", "per flag: see `REJECTED_BY_INVITES_EVIDENCE`"),
        level_because: docs("discord-api-docs issues 4671, 4728", "observed behaviour, both issues closed since: it changes over time, so a warning"),
        faces: ALL,
        overridable: true,
        whole_set: false,
        ui_case: Some("warnings"),
        messages: {
            REJECTED_BY_INVITES: "invites have been seen to reject `{flags}` (\"Invalid permission(s) provided\")" => "drop it from the invite and grant it to the bot's role by hand if it needs it",
        }
    }
    /// a link parameter Discord does not read, or a value it cannot read (`permissions=-1`)
    InvalidParameter {
        name: "invalid_parameter",
        level: Deny,
        fires_because: docs(OAUTH2, "the authorize URL's parameters are `client_id`, `scope`, `permissions`, `guild_id`, `disable_guild_select`, `integration_type`, `response_type`, `redirect_uri`, `state` and `prompt`, each with its documented values"),
        level_because: docs("nextcord 3.2.0", "`permissions=-1` (nextcord's `Permissions.all()`) is rejected by Discord; other unread values do nothing the author meant"),
        faces: Faces::LINK,
        overridable: false,
        whole_set: false,
        ui_case: None,
        messages: {
            INVALID_PARAMETER: "{problem}" => "{fix}",
        }
    }
    /// a link without `scope`: Discord applies the app's Default Install Settings
    DefaultInstallSettings {
        name: "default_install_settings",
        level: Note,
        fires_because: docs(OAUTH2, "\"If you only provide the `client_id` parameter (with optionally `permissions`, `guild_id`, or `disable_guild_select`), the authorization will use the default install settings configured in the developer portal. Specifying `scope`, `integration_type`, or `redirect_uri` will override this behavior.\""),
        level_because: docs(OAUTH2, "the docs describe such links as a supported way to authorize, so they work and are often meant: worth knowing, never wrong"),
        // `botperms invite` requires `--scope`, so only a link read back or a builder can lack one.
        faces: Faces::LINK.with(Faces::BUILDER),
        overridable: true,
        whole_set: false,
        ui_case: None,
        messages: {
            DEFAULT_INSTALL: "the link has no `{@scope}`, so Discord applies the app's Default Install Settings from the Developer Portal" => "keep it to use the Portal's settings, or add `{@scope}` to ask for scopes yourself",
        }
    }
    /// a link whose parameters are separated by `&amp;`, copied out of HTML: it breaks pasted elsewhere
    HtmlEscaped {
        name: "html_escaped",
        level: Warn,
        fires_because: docs("HTML Living Standard, 13.1.4 Character references", "inside an attribute `&amp;` is how `&` is written; pasted anywhere else the text `&amp;` reaches Discord as it is, and `amp;scope` is no parameter Discord reads"),
        level_because: docs(REAL_LINKS, "such links are published in READMEs' HTML and work there (the browser decodes `&amp;`), and break pasted elsewhere: probably not what was meant, never certainly wrong"),
        faces: Faces::LINK,
        overridable: true,
        whole_set: false,
        ui_case: None,
        messages: {
            HTML_ESCAPED: "{problem}" => "{fix}",
        }
    }
    /// a template placeholder (`{client_id}`, `YOUR_CLIENT_ID`, an all-zero id) where a value belongs
    Placeholder {
        name: "placeholder",
        level: Deny,
        fires_because: docs(OAUTH2, "`client_id` is \"your app's client id\", `permissions` \"the permissions you're requesting\" and `guild_id` a guild's id: a template's `{client_id}`, `%s` or `YOUR_CLIENT_ID` is none of them, and no Discord id is all zeros (reference.mdx, Snowflakes)"),
        level_because: docs(REAL_LINKS, "23 published links still carry a template's placeholder: a link that was never filled in names no app, so it cannot work"),
        faces: Faces::LINK,
        overridable: false,
        whole_set: false,
        ui_case: None,
        messages: {
            PLACEHOLDER: "{problem}" => "{fix}",
        }
    }
    /// a link pasted as `<https://...>` or without `https://`, read as the link it stands for
    PastedForm {
        name: "pasted_form",
        level: Note,
        fires_because: docs("Discord chat (observed)", "a link written `<https://...>` is shown without its embed, and chat and many editors link `discord.com/...` without a scheme; the link inside is what Discord receives"),
        level_because: docs(REAL_LINKS, "such links are published and work once opened: worth knowing, never wrong"),
        faces: Faces::LINK,
        overridable: true,
        whole_set: false,
        ui_case: None,
        messages: {
            PASTED_FORM: "{problem}" => "{fix}",
        }
    }
}

/// The evidence for each flag of rule `rejected_by_invites`: `(flag name, source, what was seen)`.
pub const REJECTED_BY_INVITES_EVIDENCE: &[(&str, Evidence)] = &[
    (
        "STREAM",
        docs(
            "discord-api-docs issue 4671 (2022-03-19)",
            "\"Video\" (`STREAM`) in a bot invite causes \"invalid permission errors\"",
        ),
    ),
    (
        "VIEW_GUILD_INSIGHTS",
        docs(
            "discord-api-docs issues 4671, 5423",
            "\"view server insights ... cause invalid permission errors if you attempt to use them\"",
        ),
    ),
    (
        "REQUEST_TO_SPEAK",
        docs(
            "discord-api-docs issue 4728 (2022-03-31)",
            "\"bot invites that request the `REQUEST_TO_SPEAK` (1 << 32) permission return an `Invalid permission(s) provided` error\"",
        ),
    ),
];

impl Rule {
    /// Every rule, in catalogue order.
    pub const ALL: &'static [Rule] = &{
        let mut all = [Rule::UnknownPermission; CATALOGUE.len()];
        let mut index = 0;
        while index < CATALOGUE.len() {
            all[index] = CATALOGUE[index].rule;
            index += 1;
        }
        all
    };

    /// The rule's catalogue row.
    pub const fn info(self) -> &'static RuleInfo {
        &CATALOGUE[self as usize]
    }

    /// The rule's stable `snake_case` name.
    pub const fn name(self) -> &'static str {
        self.info().name
    }

    /// The level the rule has unless told otherwise.
    pub const fn default_level(self) -> Level {
        self.info().default_level
    }

    /// One line on when the rule fires.
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }
}
