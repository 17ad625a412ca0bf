//! Bridges to the flag types of Discord frameworks: serenity 0.12, poise 0.7 and twilight-model 0.18
//! all define their `Permissions` with bitflags 2 over a `u64`, so one pair of generic conversions
//! serves them all, with no dependency on any of them.

//!
//! [`Guild`] and [`Channel`] gather what the calculator needs of a guild and a channel; with the
//! `serenity` or `twilight` feature, the framework's guild, role, member, channel and overwrite types
//! convert into them and into [`Role`](crate::Role), [`Member`](crate::Member) and
//! [`Overwrite`](crate::Overwrite), so that what a cache or an event hands you is checked in one line:
//!
//! ```ignore
//! let guild = botperms::Guild::from(&guild);            // serenity or twilight guild
//! let me = botperms::Member::from(&member);             // the bot's member
//! let channel = botperms::Channel::try_from(&channel)?; // a guild channel: kind and overwrites
//! MyBot::check_in_channel(&guild.calculator(&me), channel.kind, &channel.overwrites)?;
//! ```

#[cfg(feature = "runtime")]
mod inputs;
#[cfg(feature = "serenity")]
mod serenity;
#[cfg(feature = "twilight")]
mod twilight;

#[cfg(feature = "runtime")]
pub use inputs::{BridgeError, Channel, Guild};

use crate::Permissions;

impl Permissions {
    /// This set as a framework's flag type, every bit kept, those the framework does not define too.
    ///
    /// twilight-model (here a real test):
    ///
    /// ```
    /// use botperms_core::Permissions;
    ///
    /// let needs = Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES;
    /// let flags: twilight_model::guild::Permissions = needs.to_flags();
    /// assert_eq!(flags, twilight_model::guild::Permissions::VIEW_CHANNEL | twilight_model::guild::Permissions::SEND_MESSAGES);
    /// ```
    ///
    /// serenity 0.12 and poise 0.7 (which uses serenity's type), in a bot that depends on them:
    ///
    /// ```ignore
    /// use botperms::BotPermissions;
    ///
    /// let flags: serenity::all::Permissions = MyBot::PERMISSIONS.to_flags();
    /// // poise: a command's `required_bot_permissions` from what the derive declared
    /// let ban = poise::Command { required_bot_permissions: Ban::PERMISSIONS.to_flags(), ..ban() };
    /// ```
    #[must_use]
    pub fn to_flags<F: bitflags::Flags<Bits = u64>>(self) -> F {
        F::from_bits_retain(self.bits())
    }

    /// A framework's flags as a [`Permissions`], every bit kept, those botperms does not define too
    /// (they stay visible as [`Permissions::unknown_bits`]).
    ///
    /// ```
    /// use botperms_core::Permissions;
    /// use twilight_model::guild::Permissions as TwilightPermissions;
    ///
    /// let granted = Permissions::from_flags(TwilightPermissions::KICK_MEMBERS | TwilightPermissions::BAN_MEMBERS);
    /// assert_eq!(granted, Permissions::KICK_MEMBERS | Permissions::BAN_MEMBERS);
    /// ```
    ///
    /// serenity and poise (`ctx.author_member()`, a cache lookup or an interaction give serenity's type):
    ///
    /// ```ignore
    /// let granted = botperms::Permissions::from_flags(interaction.app_permissions.unwrap_or_default());
    /// MyBot::check(granted)?;
    /// ```
    #[must_use]
    #[allow(clippy::needless_pass_by_value, reason = "flag sets are small values: `from_flags(a | b)` reads best")]
    pub fn from_flags<F: bitflags::Flags<Bits = u64>>(flags: F) -> Self {
        Self::from_bits_retain(flags.bits())
    }
}
