//! A bot token and a client secret in every part of every run-time input: the builder, the link parser, the
//! text forms of permissions and scopes. Each is found where it must be, and no message, finding, `Debug` or
//! `Display` of an error repeats it (an `InviteUrl` displays as its link: that is the link the user gave).
//! The secrets are made up at run time from the example id of Discord's docs and filler.

use botperms_core::{InviteUrl, Permissions, Rule, Scope};
use botperms_fake_secrets::{USER_ID, fake_client_secret, fake_token, reveals};

fn encode_all(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    text.bytes()
        .flat_map(|byte| ['%', char::from(HEX[usize::from(byte >> 4)]), char::from(HEX[usize::from(byte & 15)])])
        .collect()
}

const BASE: &str = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot";

/// Links with `{}` where the secret goes: every parameter name and value, repeated, the fragment, the
/// userinfo, the path, and the encoded forms are added by [`placements`].
const LINKS: &[&str] = &[
    "{base}&state={}",
    "{base}&redirect_uri=https%3A%2F%2Fexample.com%2F{}",
    "{base}&{}=1",
    "{base}&token={}",
    "{base}&client_secret={}",
    "{base}&guild_id={}",
    "{base}&permissions={}",
    "{base}&scope=bot+{}",
    "{base}&prompt={}",
    "{base}&response_type={}",
    "{base}&integration_type={}",
    "{base}&disable_guild_select={}",
    "{base}&state=abc&state={}",
    "{base}&guild_id=1&guild_id={}",
    "{base}#{}",
    "{base}#access_token={}&token_type=Bearer",
    "https://bot:{}@discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot",
    "https://{}@discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot",
];

fn placements(secret: &str) -> Vec<String> {
    let mut links = Vec::new();
    // `state` is meant to be random: a client secret's shape there is no secret (see below), a token is.
    let is_client_secret = secret == fake_client_secret();
    for template in LINKS.iter().filter(|template| !(is_client_secret && template.contains("&state="))) {
        let template = template.replace("{base}", BASE);
        for form in [secret.to_owned(), encode_all(secret), encode_all(&encode_all(secret))] {
            links.push(template.replace("{}", &form));
        }
    }
    links
}

#[test]
fn the_parser_finds_a_secret_in_every_part_of_a_link_and_never_repeats_it() {
    for secret in [fake_token(USER_ID), fake_client_secret()] {
        for link in placements(&secret) {
            let invite = InviteUrl::parse(&link).unwrap_or_else(|error| panic!("{link}: {error}"));
            let findings = invite.findings();
            assert!(findings.iter().any(|finding| finding.rule == Rule::SecretInSource), "missed in {link}");
            let shown = [
                format!("{invite:?}"),
                findings.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"),
                format!("{findings:?}"),
            ];
            for text in shown {
                assert!(!reveals(&text, &secret), "{link} repeated as\n{text}");
            }
        }
    }
}

#[test]
fn a_link_without_a_secret_has_no_secret_finding() {
    for link in [BASE.to_owned(), format!("{BASE}&state=abc123&redirect_uri=https%3A%2F%2Fexample.com%2Fcb#top")] {
        let invite = InviteUrl::parse(&link).expect("a link");
        assert!(invite.findings().iter().all(|finding| finding.rule != Rule::SecretInSource), "{link}");
    }
}

#[test]
fn a_random_state_is_no_client_secret_on_any_face() {
    // 32 random base64url chars: the shape of a client secret, and just what `state` should be.
    let random = fake_client_secret();
    for form in [random.clone(), encode_all(&random)] {
        for link in [format!("{BASE}&state={form}"), format!("{BASE}&state=abc&state={form}")] {
            let invite = InviteUrl::parse(&link).expect("a link");
            assert!(invite.findings().iter().all(|finding| finding.rule != Rule::SecretInSource), "{link}");
        }
    }
    let built = InviteUrl::new(157_730_590_492_196_864_u64).scopes([Scope::Bot]).state(random.clone()).build();
    let built = built.expect("a random state builds");
    assert!(built.findings().iter().all(|finding| finding.rule != Rule::SecretInSource));
    assert!(built.as_str().ends_with(&format!("&state={random}")), "{}", built.as_str());
    // The same value elsewhere in the link is still a client secret.
    let invite = InviteUrl::parse(&format!("{BASE}&state=abc#{random}")).expect("a link");
    assert!(invite.findings().iter().any(|finding| finding.rule == Rule::SecretInSource));
    // A bot token or an explicit `client_secret=` in `state` is still a secret.
    for state in [fake_token(USER_ID), format!("client_secret={}", random.to_ascii_lowercase())] {
        let invite = InviteUrl::parse(&format!("{BASE}&state={}", encode_all(&state))).expect("a link");
        assert!(invite.findings().iter().any(|finding| finding.rule == Rule::SecretInSource), "{state}");
        let error = InviteUrl::new(157_730_590_492_196_864_u64).scopes([Scope::Bot]).state(state).build().unwrap_err();
        assert!(error.errors().any(|finding| finding.rule == Rule::SecretInSource));
    }
}

#[test]
fn parse_errors_never_repeat_a_secret() {
    for secret in [fake_token(USER_ID), fake_client_secret()] {
        for link in [
            format!("https://discord.com/{secret}?client_id=157730590492196864"),
            format!("https://discord.com/oauth2/{secret}"),
            format!("https://{secret}/oauth2/authorize?client_id=1"),
            format!("https://{secret}.example/oauth2/authorize?client_id=1"),
            secret.clone(),
        ] {
            let error = InviteUrl::parse(&link).expect_err(&link);
            for text in [error.to_string(), format!("{error:?}")] {
                assert!(!reveals(&text, &secret), "{link} repeated as {text}");
            }
        }
    }
}

#[test]
fn a_secret_as_client_id_is_said_without_repeating_it() {
    for secret in [fake_token(USER_ID), fake_client_secret()] {
        let link = format!("https://discord.com/oauth2/authorize?client_id={secret}");
        let invite = InviteUrl::parse(&link).expect("a link whose client_id is no id");
        assert!(invite.findings().iter().any(|finding| finding.rule == Rule::SecretInSource), "{link}");
        assert!(!reveals(&format!("{invite:?}"), &secret), "{link}");
        for finding in invite.findings() {
            assert!(!reveals(&finding.to_string(), &secret), "{link}: {finding}");
        }
    }
}

#[test]
fn the_builder_never_repeats_a_secret() {
    for secret in [fake_token(USER_ID), fake_client_secret()] {
        let mut builders = vec![
            InviteUrl::new(157_730_590_492_196_864_u64).scopes([Scope::Bot]).redirect_uri(secret.clone()),
            InviteUrl::new(157_730_590_492_196_864_u64)
                .scopes([Scope::Bot])
                .redirect_uri(format!("https://example.com/cb?token={secret}")),
        ];
        // A random `state` is no client secret; a token there is a secret.
        if secret == fake_token(USER_ID) {
            builders.push(InviteUrl::new(157_730_590_492_196_864_u64).scopes([Scope::Bot]).state(secret.clone()));
        }
        for builder in builders {
            let debug = format!("{builder:?}");
            assert!(!reveals(&debug, &secret), "{debug}");
            let error = builder.build().expect_err("a secret is denied");
            assert!(error.errors().any(|finding| finding.rule == Rule::SecretInSource), "{error}");
            for text in [error.to_string(), format!("{error:?}")] {
                assert!(!reveals(&text, &secret), "{text}");
            }
        }
    }
}

#[test]
fn text_forms_never_repeat_a_secret() {
    for secret in [fake_token(USER_ID), fake_client_secret()] {
        for text in [secret.clone(), format!("SEND_MESSAGES | {secret}"), format!("7{secret}")] {
            let error = text.parse::<Permissions>().expect_err(&text);
            for shown in [error.to_string(), format!("{error:?}")] {
                assert!(!reveals(&shown, &secret), "{shown}");
            }
        }
        let error = secret.parse::<Scope>().expect_err("no such scope");
        for shown in [error.to_string(), format!("{error:?}")] {
            assert!(!reveals(&shown, &secret), "{shown}");
        }
    }
}

/// serde's "invalid value" errors quote the string they reject.
#[cfg(feature = "serde")]
#[test]
fn deserialization_errors_never_repeat_a_secret() {
    for secret in [fake_token(USER_ID), fake_client_secret()] {
        let error = serde_json::from_str::<Permissions>(&format!("\"{secret}\"")).expect_err("not a number");
        let shown = error.to_string();
        assert!(shown.contains("[redacted]"), "{shown}");
        assert!(!reveals(&shown, &secret), "{shown}");
    }
}
