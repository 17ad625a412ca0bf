//! Compile-time checked Discord bot invites.
//!
//! A Discord bot joins a server through an OAuth2 link: its client id, the scopes, and a
//! permissions integer. botperms turns every mistake in such a link into a **build error** and every
//! invite into a **constant**: misspelled permission names, `ADMINISTRATOR`, `EMBED_LINKS` without
//! `SEND_MESSAGES`, user scopes without a redirect, impossible ids, a bot token pasted into source.
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
//! use botperms::{InviteUrl, Permissions, Scope};
//!
//! let invite = InviteUrl::new(157730590492196864_u64)
//!     .scopes([Scope::Bot])
//!     .permissions(Permissions::VIEW_CHANNEL | Permissions::EMBED_LINKS)
//!     .build();
//! let error = invite.unwrap_err();
//! assert_eq!(error.findings[0].rule.name(), "implicit_denial");
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
//! - `std` (default): `std::error::Error` impls and `created_at()` as a `SystemTime`.
//! - `serde`: `Permissions` as Discord's decimal strings.
#![no_std]

pub use botperms_core::*;
pub use botperms_macros::{BotPermissions, invite_url, permissions};

/// What generated code names, and nothing else. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use botperms_core::{
        BotPermissions, ConstText, IntegrationType, InviteBuilder, InviteUrl, Level, Levels, Permissions, Prompt,
        Reason, Reasons, ResponseType, Rule, Scope, Scopes, assert_composition, compose_link,
    };
    pub use core::option::Option;
}
