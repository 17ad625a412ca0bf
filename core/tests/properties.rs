//! Properties of the text forms, the wire form, the invite links and the permission calculator, checked on
//! generated inputs.

use botperms_core::calc::{ChannelKind, Overwrite, PermissionCalculator, Role};
use botperms_core::{IntegrationType, InviteBuilder, InviteUrl, Permissions, Prompt, ResponseType, Rule, Scope};
use proptest::prelude::*;

/// Any 64 bits (most of them bits Discord does not define), known flags only, and known flags with one
/// unknown bit, so that the names, the hexadecimal tail and their mix of the text form all get exercised.
fn permissions() -> impl Strategy<Value = Permissions> {
    prop_oneof![
        any::<u64>().prop_map(Permissions::from_bits_retain),
        any::<u64>().prop_map(Permissions::from_bits_truncate),
        (any::<u64>(), 0_u32..64).prop_map(
            |(bits, unknown)| Permissions::from_bits_truncate(bits) | Permissions::from_bits_retain(1 << unknown)
        ),
    ]
}

/// Discord's names in another case, joined by other separators: what `FromStr` reads as the same set.
fn loosely_written(permissions: Permissions, separator: &str) -> String {
    let mut tokens: Vec<String> = permissions.infos().map(|info| info.name.to_lowercase().replace('_', " ")).collect();
    if permissions.unknown_bits() != 0 {
        tokens.push(format!("{:#X}", permissions.unknown_bits()).replacen("0X", "0x", 1));
    }
    tokens.join(separator)
}

proptest! {
    #[test]
    fn display_reads_back(permissions in permissions()) {
        let shown = permissions.to_string();
        prop_assert_eq!(shown.parse::<Permissions>(), Ok(permissions), "{}", shown);
    }

    #[test]
    fn other_spellings_and_separators_read_the_same(
        permissions in permissions(),
        separator in prop::sample::select(vec!["|", ",", " | ", ", ", "|,"]),
    ) {
        let written = loosely_written(permissions, separator);
        prop_assert_eq!(written.parse::<Permissions>(), Ok(permissions), "{}", written);
    }

    #[test]
    fn a_decimal_integer_reads_as_its_bits(bits in any::<u64>()) {
        prop_assert_eq!(bits.to_string().parse::<Permissions>().map(|permissions| permissions.bits()), Ok(bits));
    }
}

#[cfg(feature = "serde")]
proptest! {
    #[test]
    fn serde_round_trips_as_a_decimal_string(permissions in permissions()) {
        let json = serde_json::to_string(&permissions).unwrap();
        prop_assert_eq!(&json, &format!("\"{}\"", permissions.bits()));
        prop_assert_eq!(serde_json::from_str::<Permissions>(&json).unwrap(), permissions);
        // Some payloads carry permissions as JSON integers: the same bits.
        prop_assert_eq!(serde_json::from_str::<Permissions>(&permissions.bits().to_string()).unwrap(), permissions);
    }
}

/// Everything an invite link can say, to build it twice: with the default rule levels and with every rule
/// allowed.
#[derive(Debug, Clone)]
struct Fields {
    client_id: u64,
    scopes: Vec<Scope>,
    permissions: Option<Permissions>,
    guild_id: Option<u64>,
    disable_guild_select: Option<bool>,
    integration_type: Option<IntegrationType>,
    redirect_uri: Option<String>,
    response_type: Option<ResponseType>,
    state: Option<String>,
    prompt: Option<Prompt>,
}

impl Fields {
    fn builder(&self) -> InviteBuilder {
        let mut builder = InviteUrl::new(self.client_id).scopes(self.scopes.iter().copied());
        if let Some(permissions) = self.permissions {
            builder = builder.permissions(permissions);
        }
        if let Some(guild_id) = self.guild_id {
            builder = builder.guild_id(guild_id);
        }
        if let Some(disable) = self.disable_guild_select {
            builder = builder.disable_guild_select(disable);
        }
        if let Some(integration_type) = self.integration_type {
            builder = builder.integration_type(integration_type);
        }
        if let Some(redirect_uri) = &self.redirect_uri {
            builder = builder.redirect_uri(redirect_uri.as_str());
        }
        if let Some(response_type) = self.response_type {
            builder = builder.response_type(response_type);
        }
        if let Some(state) = &self.state {
            builder = builder.state(state.as_str());
        }
        if let Some(prompt) = self.prompt {
            builder = builder.prompt(prompt);
        }
        builder
    }

    /// The link with every rule allowed: whatever the fields, it builds.
    fn build_allowing_everything(&self) -> InviteUrl {
        Rule::ALL.iter().fold(self.builder(), |builder, rule| builder.allow(*rule)).build().unwrap()
    }
}

/// Real-looking ids most of the time, and any number now and then (the rules flag it; the link still carries it).
fn id() -> impl Strategy<Value = u64> {
    prop_oneof![4 => (1_u64 << 22)..=(i64::MAX as u64), 1 => any::<u64>()]
}

/// Redirect URIs: loopback and https hosts, with paths and queries full of characters that need encoding.
fn redirect_uri() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["https://example.com", "http://127.0.0.1:8080", "http://localhost", "https://a.b"]),
        "(/[a-zA-Z0-9._~%+-]{0,8}){0,3}",
        prop::option::of("[a-z0-9=&+% /?]{0,12}"),
        prop::option::of("[a-z]{0,4}"),
    )
        .prop_map(|(base, path, query, fragment)| {
            let mut uri = format!("{base}{path}");
            if let Some(query) = query {
                uri.push('?');
                uri.push_str(&query);
            }
            if let Some(fragment) = fragment {
                uri.push('#');
                uri.push_str(&fragment);
            }
            uri
        })
}

fn fields() -> impl Strategy<Value = Fields> {
    let ids = (id(), prop::option::of(id()));
    // Any subset of the scopes, in any order, without repeats (the builder keeps repeats, the rules deny them).
    let scopes = prop::sample::subsequence(Scope::ALL.to_vec(), 0..=4).prop_shuffle();
    let options = (
        prop::option::of(any::<bool>()),
        prop::option::of(prop::sample::select(vec![IntegrationType::Guild, IntegrationType::User])),
        prop::option::of(redirect_uri()),
        prop::option::of(prop::sample::select(vec![ResponseType::Code, ResponseType::Token])),
        // Any text, in any script, with the characters a query must encode.
        prop::option::of(any::<String>()),
        prop::option::of(prop::sample::select(vec![Prompt::Consent, Prompt::None])),
    );
    (ids, scopes, prop::option::of(permissions()), options).prop_map(
        |((client_id, guild_id), scopes, permissions, options)| {
            let (disable_guild_select, integration_type, redirect_uri, response_type, state, prompt) = options;
            Fields {
                client_id,
                scopes,
                permissions,
                guild_id,
                disable_guild_select,
                integration_type,
                redirect_uri,
                response_type,
                state,
                prompt,
            }
        },
    )
}

proptest! {
    #[test]
    fn built_links_parse_back_to_their_fields(fields in fields()) {
        let built = fields.build_allowing_everything();
        let parsed = InviteUrl::parse(built.as_str()).unwrap();
        prop_assert_eq!(parsed.as_str(), built.as_str());
        prop_assert_eq!(parsed.client_id(), fields.client_id);
        prop_assert_eq!(parsed.scopes(), fields.scopes.as_slice());
        prop_assert_eq!(parsed.permissions(), fields.permissions);
        prop_assert_eq!(parsed.guild_id(), fields.guild_id);
        prop_assert_eq!(parsed.disable_guild_select(), fields.disable_guild_select);
        prop_assert_eq!(parsed.integration_type(), fields.integration_type);
        prop_assert_eq!(parsed.redirect_uri(), fields.redirect_uri.as_deref());
        // A redirect without a grant is completed with the code grant by every builder face.
        let completed = fields.response_type.or(fields.redirect_uri.as_ref().map(|_| botperms_core::ResponseType::Code));
        prop_assert_eq!(parsed.response_type(), completed);
        prop_assert_eq!(parsed.state(), fields.state.as_deref());
        prop_assert_eq!(parsed.prompt(), fields.prompt);
        // And the builder's accessors say the same as the parser's.
        prop_assert_eq!(built.scopes(), parsed.scopes());
        prop_assert_eq!(built.permissions(), parsed.permissions());
        prop_assert_eq!(built.state(), parsed.state());
    }

    /// The linter finds in a link exactly what the builder would have refused or warned about.
    #[test]
    fn parsing_a_link_finds_what_building_it_finds(fields in fields()) {
        let link = fields.build_allowing_everything();
        let parsed = InviteUrl::parse(link.as_str()).unwrap();
        let from_builder = match fields.builder().build() {
            Ok(built) => {
                prop_assert_eq!(built.as_str(), link.as_str());
                built.findings().to_vec()
            }
            Err(error) => error.findings,
        };
        // The same rules at the same levels about the same parts; the help differs on purpose, written
        // as a link parameter by the parser and as a method by the builder.
        let verdicts = |findings: &[botperms_core::Finding]| {
            findings.iter().map(|finding| (finding.rule, finding.level, finding.subject)).collect::<Vec<_>>()
        };
        prop_assert_eq!(verdicts(parsed.findings()), verdicts(&from_builder));
    }
}

/// One member in one channel of a guild, as the calculator sees them, with ids from a small pool so that
/// roles, the member's roles and the overwrites' targets meet often.
#[derive(Debug, Clone)]
struct Case {
    guild_id: u64,
    user_id: u64,
    roles: Vec<Role>,
    member_role_ids: Vec<u64>,
    timed_out: bool,
    kind: ChannelKind,
    overwrites: Vec<Overwrite>,
}

impl Case {
    fn calculator(&self) -> PermissionCalculator<'_> {
        PermissionCalculator::from_guild_roles(self.guild_id, self.user_id, &self.roles, &self.member_role_ids)
            .timed_out(self.timed_out)
    }
}

/// Role and user ids: the guild's id (the `@everyone` role) is 1, the member is 2, other roles 3 to 6.
const GUILD_ID: u64 = 1;
const USER_ID: u64 = 2;

fn overwrite() -> impl Strategy<Value = Overwrite> {
    (GUILD_ID..=6, any::<bool>(), permissions(), permissions()).prop_map(|(id, is_member, allow, deny)| {
        if is_member { Overwrite::member(id, allow, deny) } else { Overwrite::role(id, allow, deny) }
    })
}

fn case() -> impl Strategy<Value = Case> {
    (
        prop::collection::vec((GUILD_ID..=6, permissions()), 0..5),
        prop::sample::subsequence(vec![3_u64, 4, 5, 6], 0..=4),
        any::<bool>(),
        prop::sample::select(ChannelKind::ALL.to_vec()),
        prop::collection::vec(overwrite(), 0..5),
    )
        .prop_map(|(roles, member_role_ids, timed_out, kind, overwrites)| Case {
            guild_id: GUILD_ID,
            user_id: USER_ID,
            roles: roles.into_iter().map(|(id, permissions)| Role { id, permissions }).collect(),
            member_role_ids,
            timed_out,
            kind,
            overwrites,
        })
}

proptest! {
    #[test]
    fn the_owner_holds_every_permission(case in case()) {
        let calculator = case.calculator().owner_id(case.user_id);
        prop_assert_eq!(calculator.guild_permissions(), Permissions::all());
        prop_assert_eq!(calculator.channel_permissions(case.kind, &case.overwrites), Permissions::all());
    }

    #[test]
    fn an_administrator_holds_every_permission(
        mut case in case(),
        through_everyone in any::<bool>(),
        role in 3_u64..=6,
    ) {
        // ADMINISTRATOR through the `@everyone` role, or through one of the member's roles.
        let id = if through_everyone { case.guild_id } else { role };
        if !through_everyone && !case.member_role_ids.contains(&role) {
            case.member_role_ids.push(role);
        }
        case.roles.push(Role { id, permissions: Permissions::ADMINISTRATOR });
        let calculator = case.calculator();
        prop_assert_eq!(calculator.guild_permissions(), Permissions::all());
        prop_assert_eq!(calculator.channel_permissions(case.kind, &case.overwrites), Permissions::all());
    }

    #[test]
    fn an_allow_overwrite_never_removes_a_permission(
        case in case(),
        added in overwrite(),
        widened in any::<prop::sample::Index>(),
        more in permissions(),
    ) {
        let before = case.calculator().channel_permissions(case.kind, &case.overwrites);
        // A new overwrite that only allows.
        let mut with_new = case.overwrites.clone();
        with_new.push(Overwrite { deny: Permissions::empty(), ..added });
        let after = case.calculator().channel_permissions(case.kind, &with_new);
        prop_assert!(after.contains(before), "a new allow overwrite took away {}", before.difference(after));
        // More flags allowed by an overwrite already there.
        if !case.overwrites.is_empty() {
            let mut widened_overwrites = case.overwrites.clone();
            let overwrite = &mut widened_overwrites[widened.index(case.overwrites.len())];
            overwrite.allow |= more;
            let after = case.calculator().channel_permissions(case.kind, &widened_overwrites);
            prop_assert!(after.contains(before), "a wider allow took away {}", before.difference(after));
        }
    }
}
