//! `botperms presets`: discord.py's named permission sets.

use botperms_core::presets;
use serde::Serialize;

use crate::json::PermissionsJson;
use crate::output::{self, Context, Failure, Report};
use crate::style::Tone;
use crate::table::{Align, Cell, Table};

/// List discord.py's permission presets (`Permissions.text()` ...): name, value and flags
#[derive(Debug, clap::Args)]
pub(crate) struct Args {}

/// One preset, as programs read it.
#[derive(Debug, Serialize)]
struct PresetJson {
    name: &'static str,
    permissions: PermissionsJson,
}

/// Lists the presets.
pub(crate) fn run(_args: &Args, context: &Context) -> Result<Report, Failure> {
    if context.json {
        let list: Vec<PresetJson> = presets::all()
            .iter()
            .map(|preset| PresetJson { name: preset.name, permissions: preset.permissions.into() })
            .collect();
        return Ok(Report { stdout: output::json(&list)?, ..Report::default() });
    }
    let mut table = Table::new(&[("Preset", Align::Left), ("Value", Align::Right), ("Flags", Align::Left)]);
    for preset in presets::all() {
        let names: Vec<&str> = preset.permissions.infos().map(|info| info.name).collect();
        let names = names.join(" ");
        let flags = if preset.note.is_empty() { names } else { format!("{names} ({})", preset.note) };
        table.row(vec![
            Cell::new(preset.name, Tone::Bold),
            Cell::plain(preset.permissions.bits().to_string()),
            flags.into(),
        ]);
    }
    let mut stdout = table.render(context.out, context.width);
    stdout.push('\n');
    stdout.push_str(&context.out.paint(
        Tone::Dim,
        "As discord.py 2.7.1's `Permissions.<name>()`; pass a value to `botperms invite --perm VALUE` or `botperms decode VALUE`.",
    ));
    stdout.push('\n');
    Ok(Report { stdout, ..Report::default() })
}
