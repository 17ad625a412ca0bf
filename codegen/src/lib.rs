//! Renders `core/src/data/generated.rs` from `core/data/discord.json`.
//!
//! The data file is read into the typed model of [`data`] (unknown keys and dangling flag names are errors), the
//! items are built with `quote` and printed with `prettyplease`. Kept out of `botperms-core` so that re-rendering
//! works even when the checked-in file no longer compiles, and so that none of this reaches users' builds.

pub mod data;
mod emit;

use std::path::{Path, PathBuf};

pub use data::DiscordData;

/// The one command that re-renders the generated file.
pub const BLESS_COMMAND: &str = "cargo run -p botperms-codegen";

/// Where the data file and the generated file live.
pub fn paths() -> (PathBuf, PathBuf) {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core");
    (core.join("data/discord.json"), core.join("src/data/generated.rs"))
}

/// Replaces CRLF (and lone CR) line endings by LF, so that a checkout that converted line endings renders and
/// compares the same as any other.
pub fn normalise_line_endings(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Reads the data file (any line endings) into its typed model.
pub fn parse(json: &str) -> Result<DiscordData, String> {
    let data: DiscordData = serde_json::from_str(&normalise_line_endings(json))
        .map_err(|error| format!("core/data/discord.json: {error}"))?;
    data.validate().map_err(|problems| format!("core/data/discord.json:\n{problems}"))?;
    Ok(data)
}

/// Renders the generated Rust source, with LF line endings and a header naming [`BLESS_COMMAND`].
///
/// # Panics
/// When the emitted items do not parse as Rust: a bug of this crate, caught by its tests.
pub fn render(data: &DiscordData) -> String {
    let sections: Vec<String> = emit::sections(data)
        .into_iter()
        .map(|section| match section {
            emit::Section::Items(tokens) => {
                let file: syn::File = syn::parse2(tokens).expect("the emitted items are valid Rust");
                prettyplease::unparse(&file)
            }
            emit::Section::Text(text) => text,
        })
        .collect();
    let body = sections.join("\n");
    let header = format!(
        "// @generated from core/data/discord.json by `{BLESS_COMMAND}`. Do not edit by hand:\n\
         // edit the data file, then run `{BLESS_COMMAND}` (a test fails while this file is stale).\n\
         // Descriptions are Discord's prose, not Rust docs, hence the `doc_markdown` allowance.\n\n"
    );
    normalise_line_endings(&(header + &body))
}

/// Reads the data file from disk and renders the generated source.
pub fn render_from_disk() -> Result<String, String> {
    let (data, _) = paths();
    let json = std::fs::read_to_string(&data).map_err(|error| format!("read {}: {error}", data.display()))?;
    Ok(render(&parse(&json)?))
}

/// Whether the checked-in file is what the data file renders to; line endings do not count.
pub fn is_fresh(checked_in: &str, rendered: &str) -> bool {
    normalise_line_endings(checked_in) == rendered
}

#[cfg(test)]
mod tests;
