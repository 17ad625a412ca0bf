//! A bot token and a client secret in every key, list item and literal kind of every macro: each is found,
//! and no message (nor anything else the expansion emits) repeats it. The secrets are made up here, from the
//! example id of Discord's docs and filler, so that no secret-shaped literal sits in the source.

use proc_macro2::TokenStream;

use crate::{derive, invite_url, permissions_macro};

/// Base64url without padding, enough for a token's first part.
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let bits =
            chunk.iter().enumerate().fold(0_u32, |bits, (index, byte)| bits | u32::from(*byte) << (16 - 8 * index));
        for index in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(bits >> (18 - 6 * index) & 63) as usize]));
        }
    }
    out
}

fn fake_token() -> String {
    let signature: String = "s1Gn4tUr3-_xYz".chars().cycle().take(38).collect();
    format!("{}.GhIjKl.{signature}", base64url(b"157730590492196864"))
}

fn fake_client_secret() -> String {
    ["Ab3dE", "fGh1jK", "lMn0pQ", "rSt9uV", "wXy8zA", "bC7"].concat()
}

/// Whether `shown` holds more of `secret` than the four chars a redaction keeps.
fn reveals(shown: &str, secret: &str) -> bool {
    secret.as_bytes().windows(5).any(|piece| shown.as_bytes().windows(5).any(|window| window == piece))
}

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
    for secret in [fake_token(), fake_client_secret()] {
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
    let token = fake_token();
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
