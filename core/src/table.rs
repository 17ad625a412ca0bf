//! A terminal table of what a bot asks for and why: the view a server admin needs.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::{BotPermissions, Permissions, Reasons};

/// Each permission of a bot with its Discord client label, why the bot needs it, and whether the
/// guild owner needs two-factor authentication for it.
///
/// ```
/// use botperms_core::{BotPermissions, PermissionTable, Permissions, Reason, Reasons, Scopes};
///
/// struct Greeter;
/// impl BotPermissions for Greeter {
///     const PERMISSIONS: Permissions = Permissions::VIEW_CHANNEL.union(Permissions::KICK_MEMBERS);
///     const SCOPES: Scopes = Scopes::EMPTY;
///     const REASONS: Reasons = Reasons {
///         own: &[Reason { permissions: Permissions::KICK_MEMBERS, reason: "kick spammers", declared_in: "Greeter" }],
///         nested: &[],
///     };
/// }
///
/// let table = PermissionTable::of::<Greeter>().to_string();
/// assert!(table.lines().any(|line| line.starts_with("KICK_MEMBERS") && line.contains("kick spammers") && line.ends_with("yes")));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct PermissionTable {
    permissions: Permissions,
    reasons: Reasons,
}

impl PermissionTable {
    /// The table of `permissions`, explained by `reasons`.
    pub const fn new(permissions: Permissions, reasons: Reasons) -> Self {
        PermissionTable { permissions, reasons }
    }

    /// The table of a bot.
    pub const fn of<B: BotPermissions + ?Sized>() -> Self {
        PermissionTable { permissions: B::PERMISSIONS, reasons: B::REASONS }
    }

    fn rows(&self) -> Vec<[String; 4]> {
        let mut rows: Vec<[String; 4]> = self
            .permissions
            .infos()
            .map(|info| {
                let why = self.reasons.why(info.flag);
                let why = if why.is_empty() { String::from("(no reason given)") } else { why.join("; ") };
                let two_factor = if info.requires_2fa { "yes" } else { "no" };
                [info.name.into(), info.client_label.into(), why, two_factor.into()]
            })
            .collect();
        let unknown = self.permissions.unknown_bits();
        if unknown != 0 {
            rows.push([alloc::format!("{unknown:#x}"), "(undocumented bits)".into(), String::new(), String::new()]);
        }
        rows
    }
}

impl fmt::Display for PermissionTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = ["permission", "shown in Discord as", "why the bot needs it", "owner 2FA"].map(String::from);
        let rows = self.rows();
        let mut widths = [0usize; 4];
        for row in core::iter::once(&header).chain(&rows) {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        for row in core::iter::once(&header).chain(&rows) {
            for (index, (cell, width)) in row.iter().zip(widths).enumerate() {
                if index + 1 == row.len() {
                    writeln!(f, "{cell}")?;
                } else {
                    write!(f, "{cell:<width$}  ")?;
                }
            }
        }
        Ok(())
    }
}
