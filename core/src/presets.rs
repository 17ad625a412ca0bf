//! discord.py's named permission sets (`Permissions.text()`, `Permissions.voice()`, ...), by name.
//!
//! Bot authors coming from discord.py think in these names; `botperms presets` lists them. The
//! flags come from `core/data/discord.json`, like every other table.

use crate::data::PRESETS;
pub use crate::data::Preset;

/// Every preset, sorted by name.
///
/// ```
/// let names: Vec<&str> = botperms_core::presets::all().iter().map(|preset| preset.name).collect();
/// assert!(names.contains(&"stage_moderator"));
/// ```
pub fn all() -> &'static [Preset] {
    &PRESETS
}

/// The preset discord.py calls `name`, if there is one.
///
/// discord.py's `elevated()` is not [`Permissions::ELEVATED`](crate::Permissions::ELEVATED), the flags Discord's documentation marks as
/// needing the owner's two-factor authentication: discord.py counts `MODERATE_MEMBERS`, the docs count
/// `VIEW_CREATOR_MONETIZATION_ANALYTICS`.
///
/// ```
/// use botperms_core::{Permissions, presets};
///
/// let elevated = presets::find("elevated").unwrap().permissions;
/// assert!(elevated.contains(Permissions::MODERATE_MEMBERS));
/// assert!(!Permissions::ELEVATED.contains(Permissions::MODERATE_MEMBERS));
/// assert_eq!(presets::find("text-channel"), None);
/// ```
pub fn find(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|preset| preset.name == name)
}
