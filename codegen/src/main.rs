//! `cargo run -p botperms-codegen`: re-renders `core/src/data/generated.rs` from `core/data/discord.json`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let (_, target) = botperms_codegen::paths();
    let rendered = match botperms_codegen::render_from_disk() {
        Ok(rendered) => rendered,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = std::fs::write(&target, rendered) {
        eprintln!("error: write {}: {error}", target.display());
        return ExitCode::FAILURE;
    }
    println!("rendered {}", target.display());
    ExitCode::SUCCESS
}
