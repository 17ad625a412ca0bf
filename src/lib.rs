//! Compile-time checked Discord bot invites.
//!
//! A Discord bot joins a server through an OAuth2 link: its client id, the scopes, and a
//! permissions integer. botperms turns every mistake in such a link into a **build error** and every
//! invite into a **constant**: misspelled permission names, user scopes without a `response_type`,
//! impossible ids, a bot token pasted into source. What works but is probably not meant, such as
//! `ADMINISTRATOR` or `EMBED_LINKS` without `SEND_MESSAGES`, is a **warning**.
//!
//! ```
//! use botperms::{Permissions, invite_url, permissions};
//!
//! const INVITE: &str = invite_url!(
//!     client_id = 157730590492196864,
//!     scopes = [bot, applications.commands],
//!     permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, EMBED_LINKS],
//! );
//! assert_eq!(
//!     INVITE,
//!     "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot+applications.commands&permissions=274877926400"
//! );
//!
//! const MODERATION: Permissions = permissions!(KICK_MEMBERS | BAN_MEMBERS);
//! assert_eq!(MODERATION.bits(), 6);
//! ```
//!
//! A bot declares what each part of it needs, and why:
//!
//! ```
//! use botperms::{BotPermissions, Permissions};
//!
//! #[derive(BotPermissions)]
//! #[bot(permissions = [VIEW_CHANNEL, CONNECT, SPEAK], reason = "play music in voice channels")]
//! struct Music;
//!
//! #[derive(BotPermissions)]
//! #[bot(client_id = 157730590492196864, scopes = [bot, applications.commands])]
//! #[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS], reason = "answer commands")]
//! struct ModBot {
//!     #[bot(permissions = [KICK_MEMBERS, BAN_MEMBERS], reason = "moderation commands")]
//!     moderation: (),
//!     #[bot(nested)]
//!     music: Music,
//!     prefix: String,
//! }
//!
//! assert!(ModBot::PERMISSIONS.contains(Permissions::SPEAK | Permissions::KICK_MEMBERS));
//! assert!(ModBot::INVITE_URL.ends_with(&format!("permissions={}", ModBot::PERMISSIONS.bits())));
//! assert!(ModBot::REQUIRES_OWNER_2FA);
//! let granted = Permissions::all().difference(Permissions::SPEAK | Permissions::BAN_MEMBERS);
//! assert_eq!(ModBot::missing(granted), Permissions::SPEAK | Permissions::BAN_MEMBERS);
//! assert_eq!(ModBot::check(granted).unwrap_err().to_string(), "missing Ban Members and Speak");
//! ```
//!
//! What is only known at run time goes through the same rules with [`InviteUrl`]:
//!
//! ```
//! use botperms::{InviteUrl, Permissions, Rule, Scope};
//!
//! let invite = InviteUrl::new(157730590492196864)
//!     .scopes([Scope::Bot])
//!     .permissions(Permissions::VIEW_CHANNEL | Permissions::EMBED_LINKS)
//!     .build()?;
//! // `EMBED_LINKS` relies on `@everyone` granting `SEND_MESSAGES`: a warning, kept on the link.
//! assert_eq!(invite.findings()[0].rule.name(), "implicit_denial");
//! // `ADMINISTRATOR` works but is rarely meant: a warning, or an error once denied.
//! let admin = InviteUrl::new(157730590492196864).scopes([Scope::Bot]).permissions(Permissions::ADMINISTRATOR);
//! assert_eq!(admin.clone().build()?.findings()[0].rule.name(), "administrator");
//! let error = admin.deny(Rule::Administrator).build().unwrap_err();
//! assert_eq!(error.findings[0].rule.name(), "administrator");
//! # Ok::<(), botperms::InviteError>(())
//! ```
//!
//! # Effective permissions at run time
//!
//! [`PermissionCalculator`] computes what a member may do in a guild or a channel the way Discord does
//! (owner, `ADMINISTRATOR`, overwrites, implicit denials, channel kinds, threads, timeouts); see [`calc`].
//!
//! ```
//! use botperms::{ChannelKind, Overwrite, PermissionCalculator, Permissions, Role};
//!
//! let (guild, user) = (81_384_788_765_712_384, 80_351_110_224_678_912);
//! let roles = [Role { id: guild, permissions: Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES }];
//! let read_only = [Overwrite::role(guild, Permissions::empty(), Permissions::SEND_MESSAGES)];
//! let member = PermissionCalculator::from_guild_roles(guild, user, &roles, &[]);
//! assert_eq!(member.channel_permissions(ChannelKind::Text, &read_only), Permissions::VIEW_CHANNEL);
//! ```
//!
//! # The rules
//!
//! Every macro and [`InviteBuilder::build`] run the same [`rules`]; see [`Rule`] for the catalogue. Change
//! a rule's level the way rustc lints work: `allow(administrator)`, `warn(..)`, `deny(..)` inside a
//! macro input or `#[bot(..)]`, and [`InviteBuilder::allow`] and friends at run time.
//!
//! # Features
//!
//! - `std` (default): `std::error::Error` impls, `created_at()` as a `SystemTime` and
//!   `Member::is_timed_out()` by the system clock.
//! - `serde`: `Permissions` as Discord's decimal strings; the calculator's inputs (`Role`, `Overwrite`,
//!   `Member`, `ChannelKind`) from Discord's JSON; [`AppPermissions`] from an interaction's JSON.
//! - `serenity`: serenity 0.12's (and so poise 0.7's) guild, role, member, channel and overwrite types
//!   convert into [`Guild`], [`Role`], [`Member`], [`Channel`] and [`Overwrite`]; its `Permissions` into
//!   [`Permissions`] and back. Compiles serenity's model only (no client, no TLS).
//! - `twilight`: the same for twilight-model 0.18.
//!
//! Without either, [`Permissions::to_flags`] and [`Permissions::from_flags`] convert any bitflags 2 type
//! over `u64`, theirs included.
#![no_std]

pub use botperms_core::*;
/// A checked invite link as a `&'static str` literal.
///
/// ```
/// const INVITE: &str = botperms::invite_url!(
///     client_id = 157730590492196864,
///     scopes = [bot, applications.commands],
///     permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS],
/// );
/// assert!(INVITE.ends_with("&permissions=274877910016"));
/// ```
///
/// # Syntax
///
/// `key = value` pairs separated by commas, in any order:
///
/// | key | value |
/// |---|---|
/// | `client_id` (required) | the Application ID: an integer or a string literal of digits |
/// | `scopes` | a list of scope names: `[bot, applications.commands]`, dotted names bare or as string literals |
/// | `permissions` | a list of Discord's flag names, `[VIEW_CHANNEL, SEND_MESSAGES]`, or an integer |
/// | `guild_id` | a guild to preselect: an integer or a string literal |
/// | `disable_guild_select` | `true` or `false`; alone it means `true` |
/// | `integration_type` | `guild` or `user` |
/// | `redirect_uri` | a string literal: an absolute `https` URL (`http` for loopback) |
/// | `response_type` | `code` or `token` |
/// | `prompt` | `consent` or `none` |
/// | `require_code_grant` | alone, or `true`/`false`: the app has "Require OAuth2 Code Grant" on |
/// | `state` | refused by `constant_state`: add it per request at run time with [`InviteBuilder::state`] |
/// | `allow(..)`, `warn(..)`, `deny(..)` | rule names, to change their level for this link |
///
/// Every rule of [`Rule`] runs on the input; deny-level findings are errors on the offending
/// token, warn-level ones are compiler warnings. The link is the same bytes that
/// `InviteUrl::new(..)` with the same inputs builds at run time.
///
/// ```compile_fail
/// // `ADMINISTRATOR` is a warning by default; `deny(administrator)` makes it a build error.
/// const INVITE: &str = botperms::invite_url!(
///     client_id = 157730590492196864,
///     scopes = [bot],
///     permissions = [ADMINISTRATOR],
///     deny(administrator),
/// );
/// ```
pub use botperms_macros::invite_url;

/// A [`Permissions`] constant from Discord's flag names joined by `|`, each checked at build time.
///
/// ```
/// use botperms::{Permissions, permissions};
///
/// const MODERATION: Permissions = permissions!(KICK_MEMBERS | BAN_MEMBERS | MODERATE_MEMBERS);
/// assert_eq!(MODERATION, Permissions::KICK_MEMBERS | Permissions::BAN_MEMBERS | Permissions::MODERATE_MEMBERS);
/// ```
///
/// A misspelled, former or other library's name is an error with the name to write; a flag
/// listed twice is an error on both. The set is not checked as an invite (use [`invite_url!`]
/// or `#[derive(BotPermissions)]` for that).
///
/// ```compile_fail
/// const FLAGS: botperms::Permissions = botperms::permissions!(READ_MESSAGES);
/// ```
pub use botperms_macros::permissions;

/// Implements [`BotPermissions`](trait@BotPermissions) from `#[bot(..)]` attributes.
///
/// ```
/// use botperms::{BotPermissions, Permissions};
///
/// #[derive(BotPermissions)]
/// #[bot(permissions = [VIEW_CHANNEL, CONNECT, SPEAK], reason = "play music")]
/// struct Music;
///
/// #[derive(BotPermissions)]
/// #[bot(client_id = 157730590492196864, scopes = [bot])]
/// #[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS], reason = "answer commands")]
/// struct Bot {
///     #[bot(nested)]
///     music: Music,
///     #[bot(permissions = [MANAGE_MESSAGES], reason = "delete spam")]
///     spam_filter: bool,
/// }
///
/// assert!(Bot::PERMISSIONS.contains(Permissions::SPEAK | Permissions::MANAGE_MESSAGES));
/// assert!(Bot::INVITE_URL.starts_with("https://discord.com/oauth2/authorize?client_id=157730590492196864"));
/// # let _ = Bot { music: Music, spam_filter: true };
/// ```
///
/// # Attributes
///
/// On the struct, any number of `#[bot(..)]` with:
/// - `permissions = [..], reason = ".."`: what the bot needs and why (the reason is required: it
///   is what [`PermissionTable`] and server admins read);
/// - `client_id = ..`: makes the struct a bot, with `CLIENT_ID` and an inherent
///   `INVITE_URL: &'static str` checked at build time;
/// - `scopes = [..]`, and every other key of [`invite_url!`] (`guild_id`, `integration_type`,
///   `redirect_uri`, `response_type`, `prompt`, `disable_guild_select`, `require_code_grant`),
///   which also prefill [`BotPermissions::invite`];
/// - `allow(..)`, `warn(..)`, `deny(..)`: rule levels for this bot;
/// - `commands = [Ping, Ban]`: the bot's commands, each a type that implements `BotPermissions`
///   (usually a unit struct with its own `#[bot(permissions = [..], reason = "..")]`). Their needs are
///   added as a `nested` field's are, so the invite asks for exactly what the commands use, and each
///   command is checked on its own at run time (`Ban::check(granted)`,
///   [`AppPermissions::check::<Ban>()`](AppPermissions::check) on an interaction).
///
/// ```
/// use botperms::{AppPermissions, BotPermissions, Permissions};
///
/// #[derive(BotPermissions)]
/// #[bot(permissions = [BAN_MEMBERS], reason = "ban the member `/ban` names")]
/// struct Ban;
///
/// #[derive(BotPermissions)]
/// #[bot(permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS], reason = "answer `/echo`")]
/// struct Echo;
///
/// #[derive(BotPermissions)]
/// #[bot(client_id = 157730590492196864, scopes = [bot, applications.commands], commands = [Ban, Echo])]
/// struct Bot;
///
/// assert_eq!(Bot::PERMISSIONS, Ban::PERMISSIONS | Echo::PERMISSIONS);
/// let here: AppPermissions = "274877910016".parse()?; // what `/echo` needs, nothing more
/// assert!(here.check::<Echo>().is_ok());
/// assert_eq!(here.check::<Ban>().unwrap_err().missing, Permissions::BAN_MEMBERS);
/// # Ok::<(), botperms::ParseAppPermissionsError>(())
/// ```
///
/// On a field: `permissions = [..], reason = ".."`, or `nested` when the field's type implements
/// `BotPermissions` (a module): its permissions, scopes and reasons are added in const
/// evaluation, where the rules that need the whole set (`implicit_denial`, `administrator`,
/// `permissions_without_bot`) run as a const assertion. Const evaluation can fail but not warn, so
/// there only deny-level rules speak: `deny(implicit_denial)` or `deny(administrator)` on the struct
/// makes the composed set answer to them. Unannotated fields add nothing.
///
/// Structs may be named, tuple or unit structs, and generic; enums and unions are refused.
pub use botperms_macros::BotPermissions;

/// What generated code names, and nothing else. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use botperms_core::{
        BotPermissions, ConstText, IntegrationType, InviteBuilder, InviteUrl, Level, Levels, Permissions, Prompt,
        Reason, Reasons, ResponseType, Rule, Scope, Scopes, assert_composition, compose_link,
    };
    pub use core::option::Option;
}
