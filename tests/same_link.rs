//! One table drives both faces: each case is written once in the macro's syntax, expanded by
//! `invite_url!` at build time and replayed through `InviteUrl::new(..)` at run time, and the two
//! links must be the same bytes.

use botperms::{IntegrationType, InviteBuilder, InviteUrl, Permissions, Prompt, ResponseType, Rule, Scope, invite_url};

/// Replays one `key = value` argument of `invite_url!` on the run-time builder.
fn apply(builder: InviteBuilder, key: &str, value: &str) -> InviteBuilder {
    let list =
        || value.trim_matches(['[', ']']).split(',').map(|item| item.replace(' ', "")).filter(|item| !item.is_empty());
    let text = || value.trim_matches('"').to_owned();
    match key {
        "scopes" => builder.scopes(list().map(|name| Scope::from_name(name.trim_matches('"')).expect("a scope"))),
        "permissions" if value.starts_with('[') => {
            builder.permissions(list().collect::<Vec<_>>().join("|").parse::<Permissions>().expect("flags"))
        }
        "permissions" => builder.permissions(Permissions::from_bits_retain(value.parse().expect("an integer"))),
        "guild_id" => builder.guild_id(value.trim_matches('"').parse::<u64>().expect("an id")),
        "disable_guild_select" => builder.disable_guild_select(value == "true"),
        "integration_type" => {
            builder.integration_type(if value == "user" { IntegrationType::User } else { IntegrationType::Guild })
        }
        "response_type" => {
            builder.response_type(if value == "code" { ResponseType::Code } else { ResponseType::Token })
        }
        "prompt" => builder.prompt(if value == "none" { Prompt::None } else { Prompt::Consent }),
        "redirect_uri" => builder.redirect_uri(text()),
        other => panic!("the table uses `{other}`, which `apply` does not replay yet"),
    }
}

macro_rules! same_link {
    (client_id = $id:literal $(, $key:ident = $value:tt)* $(; allow($($rule:ident),*))? $(,)?) => {{
        const LINK: &str = invite_url!(client_id = $id $(, $key = $value)* $(, allow($($rule),*))?);
        let builder = InviteUrl::new(stringify!($id).trim_matches('"').parse::<u64>().unwrap());
        $( let builder = apply(builder, stringify!($key), stringify!($value)); )*
        $($( let builder = builder.allow(Rule::from_name(stringify!($rule)).expect("a rule")); )*)?
        let built = builder.build().unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(LINK, built.as_str());
        // Read back by the linter, only what the case allowed on purpose is found.
        let allowed: &[&str] = &[$($(stringify!($rule)),*)?];
        for finding in InviteUrl::parse(LINK).unwrap().findings() {
            assert!(allowed.contains(&finding.rule.name()), "{LINK}: {finding}");
        }
    }};
}

#[test]
fn macro_and_builder_render_the_same_bytes() {
    same_link!(client_id = 157730590492196864, scopes = [bot]);
    same_link!(client_id = "157730590492196864", scopes = [applications.commands]);
    same_link!(
        client_id = 157730590492196864,
        scopes = [bot, applications.commands],
        permissions = [VIEW_CHANNEL, SEND_MESSAGES, SEND_MESSAGES_IN_THREADS, EMBED_LINKS, ATTACH_FILES],
    );
    same_link!(client_id = 157730590492196864, scopes = [bot], permissions = 3072; allow(missing_thread_send));
    same_link!(
        client_id = 157730590492196864,
        scopes = [bot],
        permissions = [VIEW_CHANNEL, CONNECT, SPEAK, USE_VAD],
        guild_id = 175928847299117063,
        disable_guild_select = true,
    );
    same_link!(client_id = 157730590492196864, scopes = [applications.commands], integration_type = user);
    same_link!(client_id = 157730590492196864, scopes = [bot, applications.commands], integration_type = guild);
    same_link!(
        client_id = 157730590492196864,
        scopes = [bot, identify, guilds.join],
        permissions = [KICK_MEMBERS],
        response_type = code,
        redirect_uri = "https://example.com/callback?from=discord&x=a b",
        prompt = consent,
    );
    same_link!(
        client_id = 157730590492196864,
        scopes = ["webhook.incoming"],
        response_type = code,
        redirect_uri = "http://localhost:8080/hook",
    );
    same_link!(client_id = 157730590492196864, scopes = [bot], permissions = [ADMINISTRATOR]; allow(administrator));
}
