//! The runtime core of [botperms](https://docs.rs/botperms): Discord's permission and scope tables,
//! the invite-link rule engine, the invite builder and parser, and effective-permission computation.
//!
//! Most users depend on the `botperms` facade instead, which re-exports all of this next to the macros.
//!
//! ```
//! use botperms_core::{Permissions, Scope};
//!
//! let needs: Permissions = "VIEW_CHANNEL | send_messages | Embed Links".parse()?;
//! assert_eq!(needs.bits(), 19456);
//! assert_eq!(needs.to_string(), "VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS");
//! assert_eq!(Scope::ApplicationsCommands.as_str(), "applications.commands");
//! # Ok::<(), botperms_core::ParsePermissionsError>(())
//! ```
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

#[rustfmt::skip]
mod data;
#[cfg(all(feature = "serde", feature = "runtime"))]
pub mod app;
#[cfg(feature = "runtime")]
mod bot;
mod bridge;
#[cfg(feature = "runtime")]
pub mod calc;
mod composed;
mod const_text;
mod ids;
#[cfg(feature = "runtime")]
mod interaction;
mod invite;
#[cfg(feature = "runtime")]
mod invite_parse;
mod names;
mod permissions;
#[cfg(feature = "serde")]
mod permissions_serde;
pub mod presets;
pub mod render;
pub mod request;
pub mod rules;
mod scopes;
pub mod secrets;
pub mod suggest;
#[cfg(feature = "runtime")]
mod table;
#[cfg(feature = "runtime")]
mod token;
mod uri;

#[cfg(feature = "runtime")]
pub use bot::{BotPermissions, MissingPermissions, Reason, Reasons};
#[cfg(feature = "runtime")]
pub use bridge::{BridgeError, Channel, Guild};
#[cfg(feature = "runtime")]
pub use calc::{ChannelKind, Member, Overwrite, OverwriteKind, PermissionCalculator, Role};
// What the macros' generated code and expansion use: public because they live in other crates,
// hidden because they are no API of their own.
#[doc(hidden)]
pub use composed::{CompositionMessage, assert_composition, check_composition};
#[doc(hidden)]
pub use const_text::ConstText;
pub use data::DOCS_REVISION;
pub use ids::{ClientId, DISCORD_EPOCH_MS, GuildId, IdError, Snowflake, parse_snowflake, validate_snowflake};
#[cfg(feature = "runtime")]
pub use interaction::{AppPermissions, InteractionDenied, ParseAppPermissionsError, REPLY_LIMIT};
#[cfg(feature = "runtime")]
pub use invite::ParseInviteError;
pub use invite::{AUTHORIZE_URL, InviteBuilder, InviteError, InviteUrl, render};
#[doc(hidden)]
pub use invite::{COMPOSED_PARTS_CAPACITY, LinkTemplate, compose_link, link_template};
#[cfg(feature = "runtime")]
pub use invite_parse::{MAX_LINK_PARAMETERS, MAX_LINK_SCOPES};
pub use names::{Spelling, suggest_permission, suggest_scope};
pub use permissions::{ChannelTypes, ParsePermissionsError, PermissionInfo, Permissions, resolve_permission_name};
pub use request::{Face, IntegrationType, Param, Prompt, ResponseType};
pub use rules::{Finding, Level, Levels, Rule, Subject};
pub use scopes::{ParseScopeError, Scope, ScopeGrant, ScopeInfo, Scopes};
/// The `secrecy` crate, whose [`SecretString`](secrecy::SecretString) and
/// [`ExposeSecret`](secrecy::ExposeSecret) [`BotToken::authorization_header`] returns and needs.
#[cfg(feature = "runtime")]
pub use secrecy;
pub use secrets::{SECRET_IN_SOURCE, SecretKind, detect_secret, detect_secret_in_link, detect_secret_in_state};
#[cfg(feature = "runtime")]
pub use table::PermissionTable;
#[cfg(feature = "runtime")]
pub use token::{BotToken, ShapeProblem, TokenError, TokenErrorKind, TokenMismatch};
