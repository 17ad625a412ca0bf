//! Links as people paste them: copied out of HTML, wrapped in `<...>`, without a scheme, as
//! templates, with the wrong separators, or with a secret in them.

use std::fmt::Write as _;

use botperms_core::{Finding, InviteUrl, MAX_LINK_PARAMETERS, MAX_LINK_SCOPES, ParseInviteError, Rule, Scope};

const APP: u64 = 157_730_590_492_196_864;

fn findings(link: &str) -> Vec<Finding> {
    InviteUrl::parse(link).unwrap_or_else(|error| panic!("{link}: {error}")).findings().to_vec()
}

fn rules(link: &str) -> Vec<&'static str> {
    findings(link).iter().map(|finding| finding.rule.name()).collect()
}

fn only(link: &str, rule: Rule) -> Finding {
    let found = findings(link);
    let matching: Vec<&Finding> = found.iter().filter(|finding| finding.rule == rule).collect();
    assert_eq!(matching.len(), 1, "{link}: {found:#?}");
    matching[0].clone()
}

#[test]
fn html_escaped_ampersands_are_read_and_named() {
    let link = "https://discord.com/oauth2/authorize?client_id=157730590492196864&amp;scope=bot&amp;permissions=2048";
    let invite = InviteUrl::parse(link).unwrap();
    assert_eq!(invite.client_id(), APP);
    assert_eq!(invite.scopes(), [Scope::Bot]);
    assert_eq!(invite.permissions().map(|permissions| permissions.bits()), Some(2048));
    assert!(!invite.as_str().contains("&amp;"), "{invite}");
    let finding = only(link, Rule::HtmlEscaped);
    assert_eq!(finding.level.as_str(), "warn");
    assert!(finding.message.contains("HTML attribute") && finding.message.contains("breaks"), "{}", finding.message);
    assert_eq!(finding.help, "replace `&amp;` with `&`");
    // Never the old advice to delete `amp;scope`, which destroys the link.
    assert!(findings(link).iter().all(|finding| !finding.message.contains("amp;scope")));
}

#[test]
fn angle_brackets_and_missing_schemes_are_read() {
    for link in [
        "<https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot>",
        "discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot",
        "  <discordapp.com/api/oauth2/authorize?client_id=157730590492196864&scope=bot>  ",
        "canary.discordapp.com/oauth2/authorize?client_id=157730590492196864&scope=bot",
        "https://ptb.discordapp.com/oauth2/authorize?client_id=157730590492196864&scope=bot",
    ] {
        let invite = InviteUrl::parse(link).unwrap_or_else(|error| panic!("{link}: {error}"));
        assert_eq!(invite.client_id(), APP, "{link}");
        assert_eq!(invite.scopes(), [Scope::Bot], "{link}");
        assert!(invite.as_str().starts_with("https://"), "{invite}");
        let wrapped = link.trim().starts_with('<') || !link.trim().starts_with("https://");
        let notes: Vec<&Finding> =
            invite.findings().iter().filter(|finding| finding.rule == Rule::PastedForm).collect();
        assert_eq!(notes.len(), usize::from(wrapped), "{link}: {:#?}", invite.findings());
        if let Some(note) = notes.first() {
            assert_eq!(note.level.as_str(), "note");
            assert!(note.message.contains("read as the `https://` link"), "{}", note.message);
        }
        assert!(
            invite.findings().iter().all(|finding| finding.level.as_str() != "deny"),
            "{link}: {:#?}",
            invite.findings()
        );
    }
}

#[test]
fn server_invites_are_said_to_be_server_invites() {
    for (link, code) in [
        ("https://discord.gg/discord-developers", "discord-developers"),
        ("discord.gg/abc123", "abc123"),
        ("https://discord.com/invite/abc123", "abc123"),
        ("<https://discordapp.com/invite/abc123>", "abc123"),
    ] {
        let error = InviteUrl::parse(link).unwrap_err();
        assert_eq!(error, ParseInviteError::ServerInvite { code: code.into() }, "{link}");
        let text = error.to_string();
        assert!(text.contains("server invite, not an app authorize link"), "{text}");
        assert!(!text.contains("is not Discord"), "{text}");
    }
}

#[test]
fn an_encoded_plus_between_scopes_is_a_literal_plus() {
    let link = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot%2Bapplications.commands";
    let finding = only(link, Rule::UnknownScope);
    assert_eq!(finding.level.as_str(), "deny");
    assert!(finding.message.contains("`%2B`") && finding.message.contains("literal `+`"), "{}", finding.message);
    assert!(finding.help.contains("`scope=bot+applications.commands`"), "{}", finding.help);
    // The scopes themselves are read, so nothing else cascades from the separator.
    assert_eq!(InviteUrl::parse(link).unwrap().scopes(), [Scope::Bot, Scope::ApplicationsCommands]);
}

#[test]
fn commas_between_scopes_get_separate_with_spaces() {
    let link = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot,applications.commands&permissions=19456";
    let finding = only(link, Rule::UnknownScope);
    assert!(finding.message.contains("not commas"), "{}", finding.message);
    assert!(finding.help.starts_with("separate scopes with spaces"), "{}", finding.help);
    assert!(!finding.help.contains("did you mean"), "{}", finding.help);
    assert!(!rules(link).contains(&"permissions_without_bot"), "{:?}", rules(link));
}

#[test]
fn a_client_secret_in_a_link_is_a_leaked_secret() {
    let secret = "Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4";
    let link =
        format!("https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&client_secret={secret}");
    let finding = only(&link, Rule::SecretInSource);
    assert_eq!(finding.level.as_str(), "deny");
    assert!(finding.help.contains("rotate"), "{}", finding.help);
    assert!(!rules(&link).contains(&"invalid_parameter"), "{:?}", rules(&link));
    for finding in findings(&link) {
        assert!(!finding.message.contains(secret) && !finding.help.contains(secret), "{finding:#?}");
    }
}

#[test]
fn permissions_over_64_bits_say_so() {
    let link =
        "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&permissions=18446744073709551616";
    let finding = only(link, Rule::InvalidParameter);
    assert!(finding.message.contains("64 bits"), "{}", finding.message);
    assert!(finding.help.contains("`permissions=2048`"), "{}", finding.help);
}

#[test]
fn template_placeholders_are_named_as_placeholders() {
    for (key, value) in [
        ("client_id", "${clientId}"),
        ("client_id", "{client_id}"),
        ("client_id", "{}"),
        ("client_id", "%s"),
        ("client_id", "YOUR_CLIENT_ID"),
        ("client_id", "0"),
        ("client_id", "<client id>"),
        ("permissions", "PERMISSIONS"),
        ("permissions", "${permissions}"),
        ("guild_id", "000000000000000000"),
        ("guild_id", "GUILD_ID"),
    ] {
        let mut link = String::from("https://discord.com/oauth2/authorize?scope=bot");
        if key != "client_id" {
            link.push_str("&client_id=157730590492196864");
        }
        let _ = write!(link, "&{key}={value}");
        let finding = only(&link, Rule::Placeholder);
        assert_eq!(finding.level.as_str(), "deny");
        assert!(finding.message.contains(&format!("`{key}={value}` is a template placeholder")), "{}", finding.message);
        assert!(finding.help.contains(&format!("`{key}=")), "{link}: {}", finding.help);
        // The stand-in id behind a placeholder raises nothing of its own.
        assert!(!rules(&link).contains(&"invalid_snowflake"), "{link}: {:?}", rules(&link));
    }
}

#[test]
fn a_word_that_is_no_id_is_said_to_be_no_id() {
    let finding = only("https://discord.com/oauth2/authorize?client_id=abc&scope=bot", Rule::InvalidSnowflake);
    assert!(finding.message.contains("`client_id=abc` is not an application id"), "{}", finding.message);
    assert!(finding.help.contains("`client_id=157730590492196864`"), "{}", finding.help);
}

#[test]
fn help_lines_are_written_as_url_parameters() {
    let finding = only(
        "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&prompt=always",
        Rule::InvalidParameter,
    );
    assert_eq!(finding.help, "write `prompt=consent` or `prompt=none`");
    let finding = only(
        "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&guild=1",
        Rule::InvalidParameter,
    );
    assert!(finding.help.contains("`guild_id=`"), "{}", finding.help);
}

#[test]
fn repeated_parameters_are_said_once_each() {
    let link = "https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&scope=bot&x=1&x=2&x=3";
    let found = rules(link);
    assert_eq!(found.iter().filter(|rule| **rule == "duplicate").count(), 1, "{found:?}");
    assert_eq!(found.iter().filter(|rule| **rule == "invalid_parameter").count(), 1, "{found:?}");
}

#[test]
fn parameter_and_scope_counts_are_capped() {
    let mut link = String::from("https://discord.com/oauth2/authorize?client_id=157730590492196864");
    for index in 1..MAX_LINK_PARAMETERS {
        let _ = write!(link, "&p{index}=1");
    }
    assert!(InviteUrl::parse(&link).is_ok(), "exactly the cap is read");
    link.push_str("&one_more=1");
    let error = InviteUrl::parse(&link).unwrap_err();
    assert_eq!(error, ParseInviteError::TooLarge { what: "parameters", limit: MAX_LINK_PARAMETERS });
    assert!(error.to_string().contains(&format!("more than {MAX_LINK_PARAMETERS} parameters")), "{error}");

    let scopes = vec!["bot"; MAX_LINK_SCOPES + 1].join("+");
    let link = format!("https://discord.com/oauth2/authorize?client_id=157730590492196864&scope={scopes}");
    let error = InviteUrl::parse(&link).unwrap_err();
    assert_eq!(error, ParseInviteError::TooLarge { what: "scopes in `scope=`", limit: MAX_LINK_SCOPES });
}

#[test]
fn a_huge_link_is_refused_quickly() {
    // 100,000 parameters took 24 s when each was looked for among those already read.
    let mut link = String::from("https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot");
    for index in 0..100_000 {
        let _ = write!(link, "&k{index}=1");
    }
    let started = std::time::Instant::now();
    assert!(matches!(InviteUrl::parse(&link), Err(ParseInviteError::TooLarge { .. })));
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "{:?}", started.elapsed());
}
