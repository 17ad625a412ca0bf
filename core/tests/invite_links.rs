//! The builder and the parser against the links Discord's docs and discord.py produce.

use std::collections::BTreeSet;

use botperms_core::{InviteUrl, Permissions, Prompt, ResponseType, Rule, Scope};

const APP: u64 = 157_730_590_492_196_864;

fn pairs(link: &str) -> BTreeSet<(String, String)> {
    url::Url::parse(link).unwrap().query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

#[test]
fn reproduces_discord_py_oauth_url() {
    // discord.py 2.7.1: oauth_url(157730590492196864, permissions=Permissions(8))
    let expected = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot+applications.commands&permissions=8";
    let built = InviteUrl::new(APP)
        .scopes([Scope::Bot, Scope::ApplicationsCommands])
        .permissions(Permissions::ADMINISTRATOR)
        .allow(Rule::Administrator)
        .build()
        .unwrap();
    assert_eq!(built.as_str(), expected);
    let parsed = InviteUrl::parse(expected).unwrap();
    assert_eq!(parsed.permissions(), Some(Permissions::ADMINISTRATOR));
    assert_eq!(parsed.scopes(), [Scope::Bot, Scope::ApplicationsCommands]);
    let rules: Vec<_> = parsed.findings().iter().map(|finding| finding.rule).collect();
    assert_eq!(rules, [Rule::Administrator]);
}

#[test]
fn reproduces_the_docs_webhook_example() {
    let expected = "https://discord.com/oauth2/authorize?response_type=code&client_id=157730590492196864&scope=webhook.incoming&state=15773059ghq9183habn&redirect_uri=https%3A%2F%2Fnicememe.website";
    let built = InviteUrl::new(APP)
        .scope(Scope::WebhookIncoming)
        .response_type(ResponseType::Code)
        .redirect_uri("https://nicememe.website")
        .state("15773059ghq9183habn")
        .build()
        .unwrap();
    assert_eq!(pairs(built.as_str()), pairs(expected));
    let parsed = InviteUrl::parse(expected).unwrap();
    assert!(parsed.findings().is_empty(), "{:?}", parsed.findings());
    assert_eq!(parsed.redirect_uri(), Some("https://nicememe.website"));
    assert_eq!(parsed.state(), Some("15773059ghq9183habn"));
    assert_eq!(parsed.response_type(), Some(ResponseType::Code));
}

#[test]
fn parse_accepts_old_base_any_order_and_both_space_encodings() {
    for link in [
        "https://discord.com/api/oauth2/authorize?scope=bot%20applications.commands&permissions=2048&client_id=157730590492196864",
        "https://discord.com/oauth2/authorize?permissions=2048&scope=bot+applications.commands&client_id=157730590492196864",
        "https://discordapp.com/api/v10/oauth2/authorize?client_id=157730590492196864&permissions=2048&scope=bot applications.commands",
    ] {
        let parsed = InviteUrl::parse(link).unwrap();
        assert_eq!(parsed.client_id(), APP, "{link}");
        assert_eq!(parsed.scopes(), [Scope::Bot, Scope::ApplicationsCommands], "{link}");
        assert_eq!(parsed.permissions(), Some(Permissions::SEND_MESSAGES), "{link}");
    }
}

#[test]
fn parse_rejects_what_is_no_authorize_link() {
    for link in [
        "",
        "https://example.com/oauth2/authorize?client_id=157730590492196864",
        "https://discord.com/channels/1/2",
        "https://discord.com/oauth2/authorize?scope=bot",
        "https://discord.gg/abc123",
    ] {
        let error = InviteUrl::parse(link).unwrap_err();
        assert!(
            error.to_string().contains("https://discord.com/oauth2/authorize")
                || error.to_string().contains("client_id"),
            "{link}: {error}"
        );
    }
}

#[test]
fn lints_nextcord_minus_one_and_typod_scopes() {
    let nextcord =
        InviteUrl::parse("https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&permissions=-1")
            .unwrap();
    let finding = &nextcord.findings()[0];
    assert_eq!(finding.rule, Rule::InvalidParameter);
    assert!(finding.message.contains("negative"), "{}", finding.message);

    let typo = InviteUrl::parse(
        "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot+aplications.commands",
    )
    .unwrap();
    let finding = &typo.findings()[0];
    assert_eq!(finding.rule, Rule::UnknownScope);
    assert_eq!(finding.help, "did you mean `applications.commands`?");
}

#[test]
fn built_links_parse_back_to_the_same_request() {
    let built = InviteUrl::new(APP)
        .scopes([Scope::Bot, Scope::ApplicationsCommands, Scope::Identify])
        .permissions(Permissions::VIEW_CHANNEL | Permissions::MANAGE_ROLES)
        .guild_id(175_928_847_299_117_063_u64)
        .disable_guild_select(true)
        .response_type(ResponseType::Code)
        .redirect_uri("http://localhost:3000/auth?next=/a b&x=ü")
        .state("r4nd0m state")
        .prompt(Prompt::Consent)
        .build()
        .unwrap();
    let parsed = InviteUrl::parse(built.as_str()).unwrap();
    assert_eq!(parsed.scopes(), built.scopes());
    assert_eq!(parsed.permissions(), built.permissions());
    assert_eq!(parsed.guild_id(), built.guild_id());
    assert_eq!(parsed.disable_guild_select(), Some(true));
    assert_eq!(parsed.redirect_uri(), built.redirect_uri());
    assert_eq!(parsed.state(), built.state());
    assert_eq!(parsed.prompt(), Some(Prompt::Consent));
    assert_eq!(url::Url::from(&built).as_str(), built.as_str());
}

#[test]
fn build_errors_say_what_and_how() {
    let admin = InviteUrl::new(APP).scope(Scope::Bot).permissions(Permissions::ADMINISTRATOR);
    let error = admin.deny(Rule::Administrator).build().unwrap_err();
    let text = error.to_string();
    assert!(text.contains("deny[administrator]: `ADMINISTRATOR` grants every permission"), "{text}");
    assert!(text.contains("help: list the permissions the bot uses instead"), "{text}");
}

#[test]
fn unreadable_values_are_invalid_parameters_that_say_what_to_write() {
    let base = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=applications.commands";
    for (pair, message, help) in [
        (
            "integration_type=2",
            "`integration_type=2` is neither `0` nor `1`",
            "write `integration_type=0` (guild) or `integration_type=1` (user)",
        ),
        (
            "disable_guild_select=yes",
            "`disable_guild_select=yes` is neither `true` nor `false`",
            "write `disable_guild_select=true` or `disable_guild_select=false`",
        ),
        (
            "response_type=id_token",
            "`response_type=id_token` is neither `code` nor `token`",
            "write `response_type=code` or `response_type=token`",
        ),
        ("prompt=always", "`prompt=always` is neither `consent` nor `none`", "write `prompt=consent` or `prompt=none`"),
    ] {
        let parsed = InviteUrl::parse(&format!("{base}&{pair}")).unwrap();
        let finding = parsed.findings().iter().find(|finding| finding.rule == Rule::InvalidParameter).expect(pair);
        assert_eq!((finding.message.as_str(), finding.help.as_str()), (message, help), "{pair}");
    }
}
