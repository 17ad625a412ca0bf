//! `cargo run -p botperms-codegen`: re-renders `core/src/generated.rs` from `core/data/discord.json`.

fn main() {
    let (_, target) = botperms_codegen::paths();
    let rendered = botperms_codegen::render_from_disk();
    std::fs::write(&target, rendered).unwrap_or_else(|error| panic!("write {}: {error}", target.display()));
    println!("rendered {}", target.display());
}
