//! `InviteUrl::parse` on arbitrary text. A link it reads must render, lint and convert without a panic, read
//! back the same, and build again through the runtime builder.
#![no_main]

use botperms_core::{InviteUrl, Rule};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let invite = match InviteUrl::parse(text) {
        Ok(invite) => invite,
        Err(error) => {
            let _ = error.to_string();
            return;
        }
    };
    for finding in invite.findings() {
        let _ = finding.to_string();
    }
    // `to_url` promises never to panic on a link this crate holds.
    let url = invite.to_url();
    assert_eq!(url.as_str(), invite.as_str());
    // The stored link is the normalized URL: reading it again gives the same invite.
    let again = InviteUrl::parse(invite.as_str()).expect("a parsed link parses again");
    assert_eq!(again, invite, "{text:?} reads differently once normalized");
    rebuild(&invite);
});

/// Feeds what was read to the builder, with every rule allowed so that only a panic can stop it, and reads
/// the built link back: the builder and the parser agree on every field.
fn rebuild(invite: &InviteUrl) {
    let mut builder = InviteUrl::new(invite.client_id()).scopes(invite.scopes().iter().copied());
    for rule in Rule::ALL {
        builder = builder.allow(*rule);
    }
    if let Some(permissions) = invite.permissions() {
        builder = builder.permissions(permissions);
    }
    if let Some(guild_id) = invite.guild_id() {
        builder = builder.guild_id(guild_id);
    }
    if let Some(disable) = invite.disable_guild_select() {
        builder = builder.disable_guild_select(disable);
    }
    if let Some(integration_type) = invite.integration_type() {
        builder = builder.integration_type(integration_type);
    }
    if let Some(redirect_uri) = invite.redirect_uri() {
        builder = builder.redirect_uri(redirect_uri);
    }
    if let Some(response_type) = invite.response_type() {
        builder = builder.response_type(response_type);
    }
    if let Some(state) = invite.state() {
        builder = builder.state(state);
    }
    if let Some(prompt) = invite.prompt() {
        builder = builder.prompt(prompt);
    }
    let built = builder.build().expect("with every rule allowed, nothing is denied");
    let _ = built.to_url();
    let read = InviteUrl::parse(built.as_str()).expect("a built link parses");
    assert_eq!(read.client_id(), invite.client_id());
    // Compared with what was read, duplicates included: `built.scopes()` drops repeats, the link keeps them.
    assert_eq!(read.scopes(), invite.scopes());
    assert_eq!(read.permissions(), invite.permissions());
    assert_eq!(read.guild_id(), invite.guild_id());
    assert_eq!(read.disable_guild_select(), invite.disable_guild_select());
    assert_eq!(read.integration_type(), invite.integration_type());
    assert_eq!(read.redirect_uri(), invite.redirect_uri());
    assert_eq!(read.response_type(), invite.response_type());
    assert_eq!(read.state(), invite.state());
    assert_eq!(read.prompt(), invite.prompt());
}
