//! The checked-in `src/data/generated.rs` must be what `core/data/discord.json` renders to.

#[test]
fn generated_rs_matches_the_data_file() {
    let (_, target) = botperms_codegen::paths();
    let current = std::fs::read_to_string(&target).unwrap_or_default();
    let rendered = botperms_codegen::render_from_disk().unwrap_or_else(|error| panic!("{error}"));
    assert!(
        botperms_codegen::is_fresh(&current, &rendered),
        "core/src/data/generated.rs is stale: it no longer matches core/data/discord.json.\n\
         Re-bless it with:\n\n    {}\n",
        botperms_codegen::BLESS_COMMAND
    );
}
