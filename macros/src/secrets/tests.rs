//! A bot token and a client secret in every key, list item and literal kind of every macro: each is found,
//! and no message (nor anything else the expansion emits) repeats it. The secrets are made up at run time, from
//! the example id of Discord's docs and filler, so that no secret-shaped literal sits in the source.

use botperms_fake_secrets::{USER_ID, fake_client_secret, fake_token, reveals};
use proc_macro2::TokenStream;

use crate::{derive, invite_url, permissions_macro};

/// Where a secret can be written in `invite_url!`, `{}` standing for it.
const INVITE_PLACES: &[&str] = &[
    "client_id = {}",
    "client_id = \"{}\"",
    "scopes = [{}]",
    "scopes = [bot, {}]",
    "scopes = [\"{}\"]",
    "scopes = [bot, applications.{}]",
    "permissions = [{}]",
    "permissions = [SEND_MESSAGES, {}]",
    "permissions = {}",
    "guild_id = {}",
    "disable_guild_select = {}",
    "integration_type = {}",
    "response_type = {}",
    "prompt = {}",
    "require_code_grant = {}",
    "redirect_uri = \"{}\"",
    "redirect_uri = \"https://example.com/cb?token={}\"",
    "state = \"{}\"",
    "state = r#\"{}\"#",
    "state = b\"{}\"",
    "state = c\"{}\"",
    "{} = 1",
    "{}",
    "allow({})",
    "deny(administrator, {})",
    "scopes = [bot] {}",
];

fn expansions(secret: &str) -> Vec<(String, TokenStream)> {
    let mut found = Vec::new();
    // `state` is meant to be random: a client secret's shape there is no secret (see below), a token is.
    let in_state = |place: &str| place.contains("state =");
    let is_client_secret = secret == fake_client_secret();
    for place in INVITE_PLACES.iter().filter(|place| !(is_client_secret && in_state(place))) {
        let input = format!("client_id = 157730590492196864, scopes = [bot], {}", place.replace("{}", secret));
        let input = input.replace("scopes = [bot], scopes", "scopes");
        let input = input.replace("client_id = 157730590492196864, client_id", "client_id");
        found.push((input.clone(), invite_url::expand(input.parse().expect("tokens"))));
    }
    for input in [secret.to_owned(), format!("SEND_MESSAGES | {secret}"), format!("{secret} | VIEW_CHANNEL")] {
        found.push((input.clone(), permissions_macro::expand(input.parse().expect("tokens"))));
    }
    for attributes in [
        format!("#[bot(client_id = 157730590492196864, scopes = [bot, {secret}])] struct Bot;"),
        format!("#[bot(client_id = {secret}, scopes = [bot])] struct Bot;"),
        format!("#[bot(scopes = [bot])] #[bot(permissions = [{secret}], reason = \"x\")] struct Bot;"),
        format!("#[bot(scopes = [bot])] #[bot(permissions = [SEND_MESSAGES], reason = \"{secret}\")] struct Bot;"),
        format!("#[bot(scopes = [bot])] struct Bot {{ #[bot(permissions = [{secret}], reason = \"x\")] field: u8 }}"),
        format!("#[bot(scopes = [bot])] struct Bot {{ #[bot({secret} = [SEND_MESSAGES], reason = \"x\")] field: u8 }}"),
        format!(
            "#[bot(scopes = [bot])] struct Bot {{ #[bot(permissions = [SEND_MESSAGES], reason = b\"{secret}\")] field: u8 }}"
        ),
    ] {
        found.push((attributes.clone(), derive::expand(attributes.parse().expect("tokens"))));
    }
    found
}

#[test]
fn a_secret_anywhere_in_macro_input_is_found_and_never_repeated() {
    for secret in [fake_token(USER_ID), fake_client_secret()] {
        for (input, output) in expansions(&secret) {
            let shown = output.to_string();
            assert!(shown.contains("never put it in source"), "not found in `{input}`:\n{shown}");
            assert!(!reveals(&shown, &secret), "`{input}` repeats it:\n{shown}");
        }
    }
}

#[test]
fn a_random_state_is_no_client_secret_but_a_token_there_is_a_secret() {
    let random = fake_client_secret();
    let token = fake_token(USER_ID);
    let invite = |state: &str| {
        let input =
            format!("client_id = 157730590492196864, scopes = [identify], response_type = code, state = \"{state}\"");
        invite_url::expand(input.parse().expect("tokens")).to_string()
    };
    let derive = |state: &str| {
        let input = format!("#[bot(client_id = 157730590492196864, scopes = [bot], state = \"{state}\")] struct Bot;");
        derive::expand(input.parse().expect("tokens")).to_string()
    };
    for shown in [invite(&random), derive(&random)] {
        // Only `constant_state` speaks: the value is fine, its being a constant is not.
        assert!(!shown.contains("never put it in source"), "{shown}");
        assert!(shown.contains("in a compile-time constant is the same for every request"), "{shown}");
    }
    for shown in [invite(&token), derive(&token)] {
        assert!(shown.contains("looks like a Discord bot token"), "{shown}");
        assert!(!reveals(&shown, &token), "{shown}");
    }
    // The same value under another key is still a client secret.
    let input = format!("client_id = 157730590492196864, scopes = [bot], redirect_uri = \"{random}\"");
    assert!(invite_url::expand(input.parse().expect("tokens")).to_string().contains("never put it in source"));
}

#[test]
fn ordinary_input_raises_no_secret_finding() {
    let input: TokenStream = "client_id = 157730590492196864, scopes = [bot, applications.commands], \
        permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS], state = \"abc\", \
        redirect_uri = \"https://example.com/discord/callback\""
        .parse()
        .expect("tokens");
    let shown = invite_url::expand(input).to_string();
    assert!(!shown.contains("never put it in source"), "{shown}");
}

#[test]
fn the_places_cover_every_key_of_the_registry() {
    for info in botperms_core::request::PARAMS {
        let key = format!("{} = ", info.macro_key);
        assert!(INVITE_PLACES.iter().any(|place| place.starts_with(&key)), "no secret is placed in `{key}..`");
    }
}
