//! Every rule fires where it should and stays quiet where it should not, at run time.

use botperms_core::rules::{Request, check, check_permission_name, check_scope_name};
use botperms_core::{
    Face, IntegrationType, InviteBuilder, InviteUrl, Level, Levels, Permissions as P, ResponseType, Rule, Scope,
    Subject,
};

const APP: u64 = 157_730_590_492_196_864;
const GUILD: u64 = 175_928_847_299_117_063;

/// A bot invite that no rule objects to.
fn clean() -> InviteBuilder {
    InviteUrl::new(APP)
        .scopes([Scope::Bot, Scope::ApplicationsCommands])
        .permissions(P::VIEW_CHANNEL | P::SEND_MESSAGES | P::SEND_MESSAGES_IN_THREADS | P::EMBED_LINKS)
}

fn rules_of(builder: InviteBuilder) -> Vec<(Rule, Level)> {
    let findings = match builder.build() {
        Ok(invite) => invite.findings().to_vec(),
        Err(error) => error.findings,
    };
    findings.iter().map(|finding| (finding.rule, finding.level)).collect()
}

fn fires(builder: InviteBuilder, rule: Rule) {
    let found = rules_of(builder);
    assert!(found.iter().any(|(fired, _)| *fired == rule), "{rule} should fire, found {found:?}");
}

fn quiet(builder: InviteBuilder, rule: Rule) {
    let found = rules_of(builder);
    assert!(!found.iter().any(|(fired, _)| *fired == rule), "{rule} should stay quiet, found {found:?}");
}

#[test]
fn a_clean_invite_builds_without_findings() {
    let invite = clean().build().unwrap();
    assert!(invite.findings().is_empty(), "{:?}", invite.findings());
}

#[test]
fn unknown_and_renamed_permission_names() {
    let levels = Levels::DEFAULT;
    let (flag, finding) = check_permission_name("SEND_MESAGES", &levels);
    let finding = finding.unwrap();
    assert_eq!((flag, finding.rule), (None, Rule::UnknownPermission));
    assert_eq!(finding.message, "unknown permission `SEND_MESAGES`");
    assert_eq!(finding.help, "did you mean `SEND_MESSAGES`?");

    let (flag, finding) = check_permission_name("send_messages", &levels);
    assert_eq!(flag, Some(P::SEND_MESSAGES));
    assert_eq!(finding.unwrap().help, "write Discord's name instead: `SEND_MESSAGES`");

    let (flag, finding) = check_permission_name("READ_MESSAGES", &levels);
    let finding = finding.unwrap();
    assert_eq!((flag, finding.rule), (Some(P::VIEW_CHANNEL), Rule::RenamedPermission));
    assert_eq!(finding.message, "`READ_MESSAGES` is the former name of `VIEW_CHANNEL`");

    assert_eq!(check_permission_name("VIEW_CHANNEL", &levels), (Some(P::VIEW_CHANNEL), None));
    let allowed = Levels::DEFAULT.with(Rule::RenamedPermission, Level::Allow);
    assert_eq!(check_permission_name("READ_MESSAGES", &allowed), (Some(P::VIEW_CHANNEL), None));
}

#[test]
fn unknown_scope_names() {
    let (scope, finding) = check_scope_name("applications.command", &Levels::DEFAULT);
    let finding = finding.unwrap();
    assert_eq!((scope, finding.rule), (None, Rule::UnknownScope));
    assert_eq!(finding.help, "did you mean `applications.commands`?");
    assert_eq!(check_scope_name("applications.commands", &Levels::DEFAULT), (Some(Scope::ApplicationsCommands), None));
}

#[test]
fn duplicate() {
    fires(clean().scope(Scope::Bot), Rule::Duplicate);
    fires(clean().permissions(P::SEND_MESSAGES), Rule::Duplicate);
    quiet(clean().permissions(P::ATTACH_FILES), Rule::Duplicate);
    let error = clean().permissions(P::EMBED_LINKS).build().unwrap_err();
    let duplicate = error.findings.iter().find(|finding| finding.rule == Rule::Duplicate).unwrap();
    assert_eq!((duplicate.subject, duplicate.related), (Subject::Permission(1), Some(Subject::Permission(0))));
    assert_eq!(duplicate.message, "permission `EMBED_LINKS` is listed twice");
}

#[test]
fn permissions_without_bot() {
    fires(
        InviteUrl::new(APP).scope(Scope::ApplicationsCommands).permissions(P::VIEW_CHANNEL),
        Rule::PermissionsWithoutBot,
    );
    quiet(clean(), Rule::PermissionsWithoutBot);
    quiet(InviteUrl::new(APP).scope(Scope::ApplicationsCommands), Rule::PermissionsWithoutBot);
}

#[test]
fn administrator_and_redundancy() {
    let admin = || InviteUrl::new(APP).scope(Scope::Bot).permissions(P::ADMINISTRATOR);
    fires(admin(), Rule::Administrator);
    quiet(admin(), Rule::RedundantWithAdministrator);
    fires(admin().permissions(P::KICK_MEMBERS), Rule::RedundantWithAdministrator);
    quiet(clean(), Rule::Administrator);
    quiet(clean(), Rule::RedundantWithAdministrator);
    // A warning: the link works and the author asked for it (issue 10); `deny` keeps the strict behaviour.
    let invite = admin().build().unwrap();
    let found: Vec<(Rule, Level)> = invite.findings().iter().map(|finding| (finding.rule, finding.level)).collect();
    assert_eq!(found, [(Rule::Administrator, Level::Warn)]);
    assert_eq!(invite.findings()[0].help, "list the permissions the bot uses instead");
    let error = admin().deny(Rule::Administrator).build().unwrap_err();
    assert_eq!(error.findings[0].rule, Rule::Administrator);
    assert_eq!(error.findings[0].level, Level::Deny);
    let allowed = admin().allow(Rule::Administrator).build().unwrap();
    assert_eq!(allowed.permissions(), Some(P::ADMINISTRATOR));
    assert!(allowed.findings().is_empty(), "{:?}", allowed.findings());
}

#[test]
fn implicit_denial() {
    let bot = || InviteUrl::new(APP).scope(Scope::Bot);
    fires(bot().permissions(P::VIEW_CHANNEL | P::EMBED_LINKS), Rule::ImplicitDenial);
    fires(bot().permissions(P::SEND_MESSAGES | P::SEND_MESSAGES_IN_THREADS), Rule::ImplicitDenial);
    fires(bot().permissions(P::VIEW_CHANNEL | P::SPEAK), Rule::ImplicitDenial);
    quiet(bot().permissions(P::VIEW_CHANNEL | P::CONNECT | P::SPEAK), Rule::ImplicitDenial);
    quiet(bot().permissions(P::KICK_MEMBERS | P::BAN_MEMBERS), Rule::ImplicitDenial);
    // A warning: `@everyone` usually grants the prerequisite, so the link builds (issue 10).
    let invite = bot().permissions(P::VIEW_CHANNEL | P::ATTACH_FILES).build().unwrap();
    let finding = &invite.findings()[0];
    assert_eq!((finding.rule, finding.level), (Rule::ImplicitDenial, Level::Warn));
    assert_eq!(finding.message, "`ATTACH_FILES` relies on `@everyone` or an overwrite granting `SEND_MESSAGES`");
    assert_eq!(finding.help, "add `SEND_MESSAGES` so that the bot's own role grants it in every server");
    // Discord's own bot example, `permissions=1`, builds.
    assert!(bot().permissions(P::CREATE_INSTANT_INVITE).build().is_ok());
    // The strict behaviour for those who want it.
    assert!(bot().permissions(P::VIEW_CHANNEL | P::ATTACH_FILES).deny(Rule::ImplicitDenial).build().is_err());
}

#[test]
fn missing_pin_messages_is_a_warning() {
    let moderation = || clean().permissions(P::MANAGE_MESSAGES);
    let invite = moderation().build().unwrap();
    let finding = invite.findings().iter().find(|finding| finding.rule == Rule::MissingPinMessages).unwrap();
    assert_eq!(finding.level, Level::Warn);
    assert!(finding.message.contains("`PIN_MESSAGES`") && finding.message.contains("`BYPASS_SLOWMODE`"));
    quiet(moderation().permissions(P::PIN_MESSAGES), Rule::MissingPinMessages);
    quiet(clean(), Rule::MissingPinMessages);
}

#[test]
fn a_bare_link_is_a_note_unless_meant() {
    let invite = InviteUrl::new(APP).build().unwrap();
    let note: Vec<_> = invite.findings().iter().map(|finding| (finding.rule, finding.level)).collect();
    assert_eq!(note, [(Rule::DefaultInstallSettings, Level::Note)]);
    assert!(invite.findings()[0].message.contains("Default Install Settings"));
    let meant = InviteUrl::default_install(APP).permissions(P::VIEW_CHANNEL).build().unwrap();
    assert!(meant.findings().iter().all(|finding| finding.rule != Rule::DefaultInstallSettings));
    let parsed = InviteUrl::parse("https://discord.com/oauth2/authorize?client_id=157730590492196864").unwrap();
    assert_eq!(parsed.findings()[0].rule, Rule::DefaultInstallSettings);
    assert_eq!(
        parsed.findings()[0].message,
        "the link has no `scope`, so Discord applies the app's Default Install Settings from the Developer Portal"
    );
    // "Specifying `scope`, `integration_type`, or `redirect_uri` will override this behavior" (oauth2.mdx).
    for link in ["&integration_type=0", "&redirect_uri=https%3A%2F%2Fexample.com%2Fcb"] {
        let parsed =
            InviteUrl::parse(&format!("https://discord.com/oauth2/authorize?client_id=157730590492196864{link}"));
        let parsed = parsed.unwrap();
        assert!(parsed.findings().iter().all(|finding| finding.rule != Rule::DefaultInstallSettings), "{link}");
    }
}

#[test]
fn missing_thread_send_is_a_warning() {
    let invite = InviteUrl::new(APP).scope(Scope::Bot).permissions(P::VIEW_CHANNEL | P::SEND_MESSAGES).build().unwrap();
    assert_eq!(invite.findings()[0].rule, Rule::MissingThreadSend);
    assert_eq!(invite.findings()[0].level, Level::Warn);
    quiet(clean(), Rule::MissingThreadSend);
}

#[test]
fn requires_owner_2fa_is_allowed_by_default() {
    let moderation = || clean().permissions(P::KICK_MEMBERS);
    quiet(moderation(), Rule::RequiresOwner2fa);
    fires(moderation().warn(Rule::RequiresOwner2fa), Rule::RequiresOwner2fa);
    quiet(clean().warn(Rule::RequiresOwner2fa), Rule::RequiresOwner2fa);
}

#[test]
fn approval_and_client_credentials_scopes() {
    fires(clean().scope(Scope::Rpc), Rule::ApprovalScope);
    // "not currently available for apps" is a verdict of its own: no approval helps.
    fires(clean().scope(Scope::ActivitiesRead), Rule::UnavailableScope);
    quiet(clean().scope(Scope::ActivitiesWrite), Rule::ApprovalScope);
    // The Social SDK's scopes as its docs word them: `sdk.social_layer`'s features "have limited access";
    // the presence scope and `relationships.read` need the SDK enabled, which a form does without approval.
    let code = |scope| clean().scope(scope).response_type(ResponseType::Code);
    assert_eq!(rules_of(code(Scope::SdkSocialLayer)), [(Rule::ApprovalScope, Level::Deny)]);
    for scope in [Scope::SdkSocialLayerPresence, Scope::RelationshipsRead, Scope::Openid] {
        assert_eq!(rules_of(code(scope)), [], "{scope}");
    }
    // One verdict: a scope no app can get does not also ask for a `response_type`.
    for scope in [Scope::ActivitiesRead, Scope::ActivitiesWrite] {
        assert_eq!(rules_of(clean().scope(scope)), [(Rule::UnavailableScope, Level::Deny)]);
        // Beside a user scope, that scope still needs its grant.
        let found = rules_of(clean().scopes([scope, Scope::Identify]));
        assert_eq!(found, [(Rule::UnavailableScope, Level::Deny), (Rule::CodeGrantRequired, Level::Deny)]);
    }
    quiet(clean(), Rule::ApprovalScope);
    fires(clean().scope(Scope::ApplicationsCommandsUpdate), Rule::ClientCredentialsScope);
    quiet(clean(), Rule::ClientCredentialsScope);
}

#[test]
fn code_grant_required() {
    fires(clean().scope(Scope::Identify), Rule::CodeGrantRequired);
    fires(clean().require_code_grant(true), Rule::CodeGrantRequired);
    // The implicit grant serves user scopes, and `redirect_uri` is optional (oauth2.mdx).
    quiet(InviteUrl::new(APP).scope(Scope::Identify).response_type(ResponseType::Token), Rule::CodeGrantRequired);
    quiet(clean().scope(Scope::Identify).response_type(ResponseType::Code), Rule::CodeGrantRequired);
    // A redirect without a grant gets `response_type=code`, as discord.py's `oauth_url` does.
    let completed = clean().scope(Scope::Identify).redirect_uri("https://example.com/cb").build().unwrap();
    assert_eq!(completed.response_type(), Some(ResponseType::Code));
    assert!(completed.as_str().contains("&response_type=code&redirect_uri="), "{completed}");
    fires(
        InviteUrl::new(APP).scope(Scope::RoleConnectionsWrite).response_type(ResponseType::Token),
        Rule::CodeGrantRequired,
    );
    fires(
        InviteUrl::new(APP)
            .scope(Scope::WebhookIncoming)
            .redirect_uri("https://example.com/cb")
            .response_type(ResponseType::Token),
        Rule::CodeGrantRequired,
    );
    quiet(
        clean().scope(Scope::Identify).redirect_uri("https://example.com/cb").response_type(ResponseType::Code),
        Rule::CodeGrantRequired,
    );
    quiet(clean(), Rule::CodeGrantRequired);
}

#[test]
fn invalid_redirect_uri() {
    let with =
        |uri: &str| clean().scope(Scope::Identify).response_type(ResponseType::Code).redirect_uri(uri.to_owned());
    for bad in ["/callback", "http://example.com/cb", "https://example.com/cb#top", "ftp://example.com", "not a url"] {
        fires(with(bad), Rule::InvalidRedirectUri);
    }
    // No host, a host that is not one, loopback only in the strict forms, control characters.
    for bad in ["https:example.com/cb", "https:///cb", "https://a b/cb", "https://[::1/cb", "http://127.1/cb"] {
        fires(with(bad), Rule::InvalidRedirectUri);
    }
    for bad in ["http://[::2]/cb", "http://localhost.evil.example/cb", "https://example.com:99999/", "https://a.b/\n"] {
        fires(with(bad), Rule::InvalidRedirectUri);
    }
    for good in ["https://example.com/cb?x=1", "http://localhost:8080/cb", "http://127.0.0.1/cb", "http://[::1]/cb"] {
        quiet(with(good), Rule::InvalidRedirectUri);
    }
    for good in
        ["HTTPS://Example.COM/cb", "http://LOCALHOST/cb", "https://[2001:db8::1]:8443/cb", "https://bücher.example/"]
    {
        quiet(with(good), Rule::InvalidRedirectUri);
    }
}

#[test]
fn user_install_conflict() {
    fires(clean().integration_type(IntegrationType::User), Rule::UserInstallConflict);
    // Said once, and no rule judges permissions a user install never grants.
    let admin = InviteUrl::new(APP)
        .scopes([Scope::Bot, Scope::ApplicationsCommands])
        .permissions(P::ADMINISTRATOR | P::EMBED_LINKS)
        .guild_id(GUILD)
        .integration_type(IntegrationType::User);
    let error = admin.build().unwrap_err();
    let rules: Vec<Rule> = error.findings.iter().map(|finding| finding.rule).collect();
    assert_eq!(rules, [Rule::UserInstallConflict]);
    assert_eq!(
        error.findings[0].message,
        "`.integration_type(IntegrationType::User)` installs to a user's account: Discord ignores the `bot` scope, the permissions and the guild there"
    );
    // `integration_type=0` without `applications.commands` is a no-op the Portal's own links carry.
    quiet(InviteUrl::new(APP).scope(Scope::Bot).integration_type(IntegrationType::Guild), Rule::UserInstallConflict);
    fires(
        InviteUrl::new(APP).scope(Scope::Identify).integration_type(IntegrationType::User),
        Rule::UserInstallConflict,
    );
    fires(
        InviteUrl::new(APP).scope(Scope::ApplicationsCommands).guild_id(GUILD).integration_type(IntegrationType::User),
        Rule::UserInstallConflict,
    );
    quiet(
        InviteUrl::new(APP).scope(Scope::ApplicationsCommands).integration_type(IntegrationType::User),
        Rule::UserInstallConflict,
    );
    quiet(clean().integration_type(IntegrationType::Guild), Rule::UserInstallConflict);
}

#[test]
fn guild_select_without_guild() {
    fires(clean().disable_guild_select(true), Rule::GuildSelectWithoutGuild);
    quiet(clean().guild_id(GUILD).disable_guild_select(true), Rule::GuildSelectWithoutGuild);
    quiet(clean().disable_guild_select(false), Rule::GuildSelectWithoutGuild);
}

#[test]
fn invalid_snowflake() {
    fires(InviteUrl::new(42_u64).scope(Scope::ApplicationsCommands), Rule::InvalidSnowflake);
    fires(clean().guild_id(u64::MAX), Rule::InvalidSnowflake);
    quiet(clean().guild_id(GUILD), Rule::InvalidSnowflake);
}

#[test]
fn unknown_bits() {
    fires(clean().permissions(P::from_bits_retain(1 << 47)), Rule::UnknownBits);
    quiet(clean(), Rule::UnknownBits);
}

#[test]
fn constant_state_only_in_constants() {
    let request = |compile_time| Request {
        client_id: Some(APP),
        scopes: &[Scope::ApplicationsCommands],
        state: Some("abc"),
        compile_time,
        face: if compile_time { Face::Macro } else { Face::Builder },
        ..Request::default()
    };
    let fired =
        |compile_time| check(&request(compile_time), &Levels::DEFAULT).iter().any(|f| f.rule == Rule::ConstantState);
    assert!(fired(true));
    assert!(!fired(false));
}

#[test]
fn rejected_by_invites_is_a_warning() {
    let invite = clean().permissions(P::CONNECT | P::STREAM).build().unwrap();
    let rejected: Vec<_> = invite.findings().iter().filter(|f| f.rule == Rule::RejectedByInvites).collect();
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].level, Level::Warn);
    quiet(clean(), Rule::RejectedByInvites);
}

#[test]
fn invalid_parameter_when_parsing() {
    let lint = |link: &str| InviteUrl::parse(link).unwrap().findings().iter().map(|f| f.rule).collect::<Vec<_>>();
    assert!(
        lint("https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&permissions=-1")
            .contains(&Rule::InvalidParameter)
    );
    assert!(
        lint("https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&guild=175928847299117063")
            .contains(&Rule::InvalidParameter)
    );
    assert!(
        !lint("https://discord.com/oauth2/authorize?client_id=157730590492196864&scope=bot&permissions=0")
            .contains(&Rule::InvalidParameter)
    );
}

#[test]
fn levels_override_defaults() {
    let quiet_admin =
        Levels::DEFAULT.with(Rule::Administrator, Level::Allow).with(Rule::MissingThreadSend, Level::Deny);
    assert_eq!(quiet_admin.level(Rule::Administrator), Level::Allow);
    assert_eq!(quiet_admin.level(Rule::MissingThreadSend), Level::Deny);
    assert_eq!(quiet_admin.level(Rule::Duplicate), Level::Deny);
    let denied = InviteUrl::new(APP)
        .scope(Scope::Bot)
        .permissions(P::VIEW_CHANNEL | P::SEND_MESSAGES)
        .deny(Rule::MissingThreadSend);
    assert!(denied.build().is_err());
}

#[test]
fn catalogue_names_are_unique_snake_case() {
    for rule in Rule::ALL {
        assert_eq!(Rule::from_name(rule.name()), Some(*rule));
        assert!(rule.name().bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'), "{rule}");
        assert!(!rule.summary().is_empty());
        assert_eq!(Rule::suggest(rule.name()), Some(*rule));
    }
    assert_eq!(Rule::suggest("adminstrator"), Some(Rule::Administrator));
    assert_eq!(Rule::suggest("missing_thread"), Some(Rule::MissingThreadSend));
    assert_eq!(Rule::suggest("zzz"), None);
}

/// A token-shaped text assembled at run time, so no token-like literal sits in the source.
fn made_up_token() -> String {
    use base64::Engine as _;
    let id = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode("198622483471925248");
    format!("{id}.{}.{}", "G".repeat(6), "h".repeat(27))
}

#[test]
fn secret_in_source_at_run_time() {
    let token = made_up_token();
    let error = clean().state(token.clone()).build().unwrap_err();
    let finding = error.findings.iter().find(|finding| finding.rule == Rule::SecretInSource).unwrap();
    assert_eq!(finding.subject, Subject::State);
    assert!(!error.to_string().contains(&token), "the error repeats the secret");
    assert!(!error.to_string().contains(token.split('.').next_back().unwrap()));
    quiet(clean().state("a-random-csrf-value"), Rule::SecretInSource);
}
