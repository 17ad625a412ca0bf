//! Reading existing links back, as people paste them: [`InviteUrl::parse`](crate::InviteUrl::parse).
//!
//! Links arrive copied out of HTML (`&amp;` between parameters), wrapped in `<...>` (Discord's form
//! that hides the embed), without `https://`, or as templates whose `{client_id}` was never filled
//! in. Each form is read and named, so the findings speak of what the author wrote.
//!
//! Every step is linear in the link's length: parameters are looked up in fixed tables and sets,
//! never by searching what was read so far, and [`MAX_LINK_PARAMETERS`] and [`MAX_LINK_SCOPES`]
//! bound what one link may hold.

use alloc::borrow::Cow;
use alloc::collections::BTreeSet;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::Permissions;
use crate::invite::{InviteUrl, ParseInviteError, RequestParts, parse_finding};
use crate::request::{BOOLS, Choice, Face, PARAMS, Param};
use crate::rules::{self, Finding, Levels, Rule, Subject};

/// The most parameters [`InviteUrl::parse`](crate::InviteUrl::parse) reads from one link.
///
/// Discord's authorize link has ten parameters; a link with more than this many is no invite
/// someone wrote, and reading it is refused with [`ParseInviteError::TooLarge`].
pub const MAX_LINK_PARAMETERS: usize = 64;

/// The most scopes [`InviteUrl::parse`](crate::InviteUrl::parse) reads from one link's `scope`.
///
/// Discord defines fewer than forty scopes; a longer list is refused with
/// [`ParseInviteError::TooLarge`].
pub const MAX_LINK_SCOPES: usize = 64;

/// Discord's web hosts, with and without the release-channel prefixes of its test clients.
const DISCORD_HOSTS: [&str; 8] = [
    "discord.com",
    "www.discord.com",
    "ptb.discord.com",
    "canary.discord.com",
    "discordapp.com",
    "www.discordapp.com",
    "ptb.discordapp.com",
    "canary.discordapp.com",
];

/// Hosts of server invites (`discord.gg/abc`), which join a server and cannot add an app.
const SERVER_INVITE_HOSTS: [&str; 2] = ["discord.gg", "www.discord.gg"];

const DECIMAL_EXAMPLE: &str = "2048";
const CLIENT_ID_EXAMPLE: &str = "157730590492196864";

/// A parameter as a link writes it, `key=value`, from the registry.
fn link_form(param: Param, value: &str) -> String {
    format!("`{}`", param.set(Face::Link, value))
}

fn decimal_help() -> String {
    format!(
        "write the decimal sum of the flags the bot needs, such as {}",
        link_form(Param::Permissions, DECIMAL_EXAMPLE)
    )
}

fn client_id_help() -> String {
    format!(
        "write the Application ID from the General Information page of the Developer Portal, such as {}",
        link_form(Param::ClientId, CLIENT_ID_EXAMPLE)
    )
}

fn is_authorize_path(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    if path == "/oauth2/authorize" || path == "/api/oauth2/authorize" {
        return true;
    }
    // Versioned API paths: /api/v10/oauth2/authorize.
    path.strip_prefix("/api/v")
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(version, rest)| version.bytes().all(|b| b.is_ascii_digit()) && rest == "oauth2/authorize")
}

/// Whether `value` is a template's placeholder rather than a value: `{client_id}`, `${clientId}`,
/// `{}`, `%s`, `<client id>`, `[CLIENT_ID]`, `{{state}}`.
fn is_wrapped_placeholder(value: &str) -> bool {
    let wrapped = |open: &str, close: &str| {
        value.len() >= open.len() + close.len() && value.starts_with(open) && value.ends_with(close)
    };
    wrapped("{", "}")
        || wrapped("${", "}")
        || wrapped("<", ">")
        || wrapped("[", "]")
        || matches!(value, "%s" | "%d" | "%i" | "%u")
}

/// Whether `value`, given where a number belongs, is a placeholder: a wrapped one, an id of zeros,
/// or words such as `YOUR_CLIENT_ID`, `APP_ID`, `your_app_id_here` or `PERMISSIONS`.
fn is_number_placeholder(value: &str) -> bool {
    if is_wrapped_placeholder(value) || (!value.is_empty() && value.bytes().all(|b| b == b'0')) {
        return true;
    }
    let wordy = value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b' ' | b'.'))
        && value.bytes().any(|b| b.is_ascii_alphabetic());
    if !wordy {
        return false;
    }
    let lower = value.to_ascii_lowercase();
    let shouts = value.len() >= 3 && value.bytes().all(|b| !b.is_ascii_lowercase()) && value.contains('_');
    shouts
        || ["id", "your", "client", "app", "here", "guild", "server", "perm", "insert", "replace", "xxx"]
            .iter()
            .any(|word| lower.contains(word))
}

/// What was read from the query, owned, before it is lent to the rules as a [`Request`].
#[derive(Default)]
struct ReadLink {
    parts: RequestParts,
    findings: Vec<Finding>,
    /// Which parameters of the registry were read, by [`Param`].
    seen: [bool; PARAMS.len()],
    /// Parameters Discord does not read, to say a repeated one once.
    seen_unknown: BTreeSet<String>,
    /// `client_id` held something other than an id; the rules then see a stand-in `0`.
    client_id_unusable: bool,
    client_id_seen: bool,
}

impl ReadLink {
    fn invalid(&mut self, subject: Subject, message: String, help: &str) {
        self.findings.push(parse_finding(Rule::InvalidParameter, subject, message, help));
    }

    fn placeholder(&mut self, subject: Subject, param: Param, value: &str, help: &str) {
        self.findings.push(parse_finding(
            Rule::Placeholder,
            subject,
            format!("{} is a template placeholder, not a value: the link was never filled in", link_form(param, value)),
            help,
        ));
    }

    fn read_pair(&mut self, key: &str, value: &str) -> Result<(), ParseInviteError> {
        let param = Param::from_url_name(key);
        if let Some(param) = param {
            if self.seen[param as usize] {
                self.findings.push(parse_finding(
                    Rule::Duplicate,
                    Subject::Request,
                    format!("parameter `{key}` appears twice; Discord reads only one"),
                    "keep one",
                ));
                return Ok(());
            }
            self.seen[param as usize] = true;
        } else if !self.seen_unknown.insert(key.into()) {
            // Said once, when it was first read.
            return Ok(());
        }
        match param {
            Some(Param::ClientId) => self.read_client_id(value),
            Some(Param::Scope) => self.read_scopes(value)?,
            Some(Param::Permissions) => self.read_permissions(value),
            Some(Param::GuildId) => self.read_guild_id(value),
            Some(Param::DisableGuildSelect) => {
                let subject = Subject::DisableGuildSelect;
                self.parts.disable_guild_select = self.choice(Param::DisableGuildSelect, value, subject, BOOLS).map(|index| index == 0);
            }
            Some(Param::IntegrationType) => self.parts.integration_type = self.read_choice(value, Subject::IntegrationType),
            Some(Param::ResponseType) => self.parts.response_type = self.read_choice(value, Subject::ResponseType),
            Some(Param::Prompt) => self.parts.prompt = self.read_choice(value, Subject::Prompt),
            // Free text: any value may be meant, and the redirect check judges a URI that is none.
            Some(Param::RedirectUri) => self.parts.redirect_uri = Some(value.into()),
            Some(Param::State) => self.parts.state = Some(value.into()),
            // An app setting, not a link parameter: `from_url_name` never returns it. Every
            // parameter is named here, so a new registry entry does not build until it is read.
            Some(Param::RequireCodeGrant) => {}
            None if key == "guild" => {
                let guild = Param::GuildId.name(Face::Link);
                self.invalid(
                    Subject::GuildId,
                    format!("Discord reads `{guild}`, not `guild` (`guild={value}`)"),
                    &format!("rename the parameter: `{guild}=`"),
                );
            }
            None if key == "client_secret" => self.findings.push(parse_finding(
                Rule::SecretInSource,
                Subject::Request,
                "the link carries `client_secret=`: everyone who sees the link can act as your app".into(),
                "rotate the secret now (Developer Portal, OAuth2, Reset Secret) and remove `client_secret=` from the link; an authorize link never needs it",
            )),
            None => {
                let names: Vec<String> = Param::url_names().map(|name| format!("`{name}=`")).collect();
                let (last, rest) = names.split_last().expect("the registry names parameters");
                self.invalid(
                    Subject::Request,
                    format!("Discord's authorize link has no parameter `{key}`"),
                    &format!("remove it; the parameters are {} and {last}", rest.join(", ")),
                );
            }
        }
        Ok(())
    }

    fn read_client_id(&mut self, value: &str) {
        self.client_id_seen = true;
        if is_number_placeholder(value) {
            self.client_id_unusable = true;
            self.placeholder(Subject::ClientId, Param::ClientId, value, &client_id_help());
            return;
        }
        if let Ok(id) = value.parse::<u64>() {
            self.parts.client_id = id;
        } else {
            self.client_id_unusable = true;
            self.findings.push(parse_finding(
                Rule::InvalidSnowflake,
                Subject::ClientId,
                format!("{} is not an application id", link_form(Param::ClientId, value)),
                &client_id_help(),
            ));
        }
    }

    fn read_guild_id(&mut self, value: &str) {
        let help = format!(
            "write the server's id (Developer Mode, right-click the server, Copy Server ID), or remove `{}=` to let the admin choose",
            Param::GuildId.name(Face::Link)
        );
        if is_number_placeholder(value) {
            self.placeholder(Subject::GuildId, Param::GuildId, value, &help);
            return;
        }
        match value.parse() {
            Ok(id) => self.parts.guild_id = Some(id),
            Err(_) => {
                self.invalid(Subject::GuildId, format!("{} is not an id", link_form(Param::GuildId, value)), &help);
            }
        }
    }

    /// Reads a parameter that takes one of a few words, as the registry lists them.
    fn read_choice<T: Choice>(&mut self, value: &str, subject: Subject) -> Option<T> {
        self.choice(T::PARAM, value, subject, T::choices()).and_then(|index| T::ALL.get(index).copied())
    }

    /// The index in `choices` (`(word, wire)`) of the wire value `value`; otherwise says what the
    /// parameter takes, a word beside a wire value that differs from it (`integration_type=1` (user)).
    fn choice(&mut self, param: Param, value: &str, subject: Subject, choices: &[(&str, &str)]) -> Option<usize> {
        if let Some(index) = choices.iter().position(|(_, wire)| *wire == value) {
            return Some(index);
        }
        let key = Param::name(param, Face::Link);
        let written: Vec<String> = choices
            .iter()
            .map(|(word, wire)| {
                let form = link_form(param, word);
                if word == wire { form } else { format!("{form} ({word})") }
            })
            .collect();
        let help = format!("write {}", written.join(" or "));
        let first = choices.first().map_or("", |(_, wire)| *wire);
        let rest: Vec<String> = choices.iter().skip(1).map(|(_, wire)| format!("`{wire}`")).collect();
        self.invalid(subject, format!("`{key}={value}` is neither `{first}` nor {}", rest.join(" nor ")), &help);
        None
    }

    fn read_scopes(&mut self, value: &str) -> Result<(), ParseInviteError> {
        if is_wrapped_placeholder(value.trim()) {
            let help = format!(
                "write the scopes the app needs, separated by spaces, such as {}",
                link_form(Param::Scope, "bot+applications.commands")
            );
            self.placeholder(Subject::Request, Param::Scope, value.trim(), &help);
            return Ok(());
        }
        // Scopes are separated by spaces (`+` or `%20` in the link). A `+` left after decoding was
        // written `%2B`, a literal plus; a comma is a separator Discord does not know.
        let mut names: Vec<&str> = Vec::new();
        let (mut plus, mut comma) = (false, false);
        for word in value.split(' ').filter(|word| !word.is_empty()) {
            plus |= word.contains('+');
            comma |= word.contains(',');
            for name in word.split(['+', ',']).filter(|name| !name.is_empty()) {
                if names.len() == MAX_LINK_SCOPES {
                    return Err(ParseInviteError::TooLarge { what: "scopes in `scope=`", limit: MAX_LINK_SCOPES });
                }
                names.push(name);
            }
        }
        let spaced = names.join("+");
        if plus {
            self.findings.push(parse_finding(
                Rule::UnknownScope,
                Subject::Request,
                format!(
                    "`%2B` between scopes is a literal `+`, not a separator: Discord reads `{}` as one scope",
                    names.join("+")
                ),
                &format!(
                    "separate scopes with a space, written `+` or `%20` in a link: {}",
                    link_form(Param::Scope, &spaced)
                ),
            ));
        }
        if comma {
            self.findings.push(parse_finding(
                Rule::UnknownScope,
                Subject::Request,
                format!("scopes are separated by spaces, not commas: Discord reads `{}` as one scope", value.trim()),
                &format!("separate scopes with spaces: {}", link_form(Param::Scope, &spaced)),
            ));
        }
        for name in names {
            // Levels are applied once for all findings in `parse_with`.
            match rules::check_scope_name(name, &Levels::DEFAULT) {
                (Some(scope), _) => self.parts.scopes.push(scope),
                (None, finding) => {
                    self.findings.extend(finding.map(|finding| Finding { subject: Subject::Request, ..finding }));
                }
            }
        }
        Ok(())
    }

    fn read_permissions(&mut self, value: &str) {
        if is_number_placeholder(value) && value.bytes().any(|b| !b.is_ascii_digit()) {
            self.placeholder(Subject::Permission(0), Param::Permissions, value, &decimal_help());
            return;
        }
        let digits = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
        match value.parse::<u64>() {
            Ok(bits) => self.parts.permissions.push(Permissions::from_bits_retain(bits)),
            Err(_) if digits => self.invalid(
                Subject::Permission(0),
                format!(
                    "{} does not fit in 64 bits, and Discord defines no flag past bit 52",
                    link_form(Param::Permissions, value)
                ),
                &decimal_help(),
            ),
            Err(_) if value.starts_with('-') && value[1..].bytes().all(|b| b.is_ascii_digit()) => self.invalid(
                Subject::Permission(0),
                format!(
                    "{} is negative, and Discord rejects it (nextcord's `Permissions.all()` writes -1)",
                    link_form(Param::Permissions, value)
                ),
                &decimal_help(),
            ),
            Err(_) => self.invalid(
                Subject::Permission(0),
                format!("{} is not a decimal integer", link_form(Param::Permissions, value)),
                &decimal_help(),
            ),
        }
    }
}

/// How a pasted link was wrapped, so that the note can say what was read.
#[derive(Default)]
struct Pasted {
    /// `<https://...>`, Discord's form that hides the embed.
    brackets: bool,
    /// `discord.com/...` without `https://`.
    no_scheme: bool,
}

impl Pasted {
    fn note(&self) -> Option<(String, &'static str)> {
        let what = match (self.brackets, self.no_scheme) {
            (false, false) => return None,
            (true, false) => "the link was pasted inside `<...>`, which hides its embed in Discord's chat",
            (false, true) => "the link has no `https://`",
            (true, true) => "the link was pasted inside `<...>` and has no `https://`",
        };
        Some((
            format!("{what}; it was read as the `https://` link it stands for"),
            "nothing to fix where it opens; share the full `https://discord.com/oauth2/authorize?...` link where it must be clicked",
        ))
    }
}

/// The text of a link as pasted, unwrapped: `<https://...>` loses its brackets and a link without
/// a scheme gains `https://`.
fn unwrap_pasted(link: &str) -> (Cow<'_, str>, Pasted) {
    let mut pasted = Pasted::default();
    let mut text = link.trim();
    if let Some(inner) = text.strip_prefix('<').and_then(|rest| rest.strip_suffix('>')) {
        text = inner.trim();
        pasted.brackets = true;
    }
    let lower_starts = |prefix: &str| text.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix));
    if lower_starts("https://") || lower_starts("http://") {
        return (Cow::Borrowed(text), pasted);
    }
    let host = text.split(['/', '?', '#']).next().unwrap_or_default();
    if DISCORD_HOSTS.iter().chain(&SERVER_INVITE_HOSTS).any(|known| known.eq_ignore_ascii_case(host)) {
        pasted.no_scheme = true;
        return (Cow::Owned(format!("https://{text}")), pasted);
    }
    (Cow::Borrowed(text), pasted)
}

/// Reads `link` and runs the rules at `levels`.
pub(crate) fn parse_with(link: &str, levels: &Levels) -> Result<InviteUrl, ParseInviteError> {
    let (text, pasted) = unwrap_pasted(link);
    let url = url::Url::parse(&text).map_err(ParseInviteError::NotAUrl)?;
    let host = url.host_str().unwrap_or_default();
    let discord = DISCORD_HOSTS.contains(&host);
    if SERVER_INVITE_HOSTS.contains(&host) || (discord && url.path().starts_with("/invite/")) {
        let code = url.path().trim_start_matches("/invite").trim_matches('/');
        return Err(ParseInviteError::ServerInvite { code: crate::render::clean(code).into_owned() });
    }
    if !matches!(url.scheme(), "https" | "http") || !discord {
        // The URL parser lowercases a host, which the redaction no longer recognises: hide it whole then.
        let host = if crate::secrets::detect_secret_in_link(link).is_some() { crate::render::REDACTED } else { host };
        return Err(ParseInviteError::NotDiscord { host: crate::render::clean(host).into_owned() });
    }
    if !is_authorize_path(url.path()) {
        return Err(ParseInviteError::NotAuthorize { path: crate::render::clean(url.path()).into_owned() });
    }

    // Copied out of an `href`, the parameters are separated by `&amp;`: read them as `&`.
    let query = url.query().unwrap_or_default();
    let escaped = query.contains("&amp;") || query.starts_with("amp;");
    let query: Cow<'_, str> = if escaped { Cow::Owned(query.replace("&amp;", "&")) } else { Cow::Borrowed(query) };

    let mut read = ReadLink::default();
    if let Some((message, help)) = pasted.note() {
        read.findings.push(parse_finding(Rule::PastedForm, Subject::Request, message, help));
    }
    if escaped {
        read.findings.push(parse_finding(
            Rule::HtmlEscaped,
            Subject::Request,
            "the parameters are separated by `&amp;`, HTML's escape for `&`: the link works inside an HTML attribute but breaks pasted anywhere else".into(),
            "replace `&amp;` with `&`",
        ));
    }
    for (count, (key, value)) in url::form_urlencoded::parse(query.as_bytes()).enumerate() {
        if count == MAX_LINK_PARAMETERS {
            return Err(ParseInviteError::TooLarge { what: "parameters", limit: MAX_LINK_PARAMETERS });
        }
        read.read_pair(&key, &value)?;
    }
    if !read.client_id_seen {
        return Err(ParseInviteError::MissingClientId);
    }

    let mut findings = core::mem::take(&mut read.findings);
    findings.retain(|finding| levels.level(finding.rule) != rules::Level::Allow);
    for finding in &mut findings {
        finding.level = levels.level(finding.rule);
    }
    let checked = rules::check(&read.parts.request(), levels);
    // A placeholder `client_id` was already said; the stand-in `0` the rules saw is no second mistake.
    // A `scope=` that held no scope Discord knows was said too: the link is not one without scope.
    let unusable = read.client_id_unusable;
    let scope_given = read.seen[Param::Scope as usize];
    findings.extend(checked.into_iter().filter(|finding| {
        let stand_in_id = unusable && finding.rule == Rule::InvalidSnowflake && finding.subject == Subject::ClientId;
        let scope_said = scope_given && finding.rule == Rule::DefaultInstallSettings;
        !stand_in_id && !scope_said
    }));
    // Anywhere else in the link (the fragment, userinfo, other or repeated parameters, encoded forms), said
    // once: the rules have looked at `redirect_uri` and `state` already.
    let level = levels.level(Rule::SecretInSource);
    if level != rules::Level::Allow
        && !findings.iter().any(|finding| finding.rule == Rule::SecretInSource)
        && let Some(kind) = crate::secrets::detect_secret_in_link(link)
    {
        let found = parse_finding(Rule::SecretInSource, Subject::Request, kind.message().into(), kind.help());
        findings.push(Finding { level, ..found });
    }
    let mut normalized = url.clone();
    normalized.set_query((!query.is_empty()).then_some(query.as_ref()));
    Ok(InviteUrl::from_parts(read.parts, findings, normalized.into()))
}

impl InviteUrl {
    /// Reads an existing link back and runs the rules on it: a linter for links people already have.
    ///
    /// Accepts parameters in any order, `+` or `%20` between scopes, the older
    /// `https://discord.com/api/oauth2/authorize` base, and links as people paste them: `&amp;`
    /// between parameters (copied out of HTML, rule `html_escaped`), `<https://...>`, no `https://`.
    /// What Discord would reject becomes a finding: template placeholders (`{client_id}`,
    /// `YOUR_CLIENT_ID`, an all-zero id: rule `placeholder`), `%2B` or commas between scopes, a
    /// `client_secret`, a permissions value over 64 bits. Only a text that is no authorize link at
    /// all is an error, a server invite (`discord.gg/...`) included.
    ///
    /// A link may hold at most [`MAX_LINK_PARAMETERS`](crate::MAX_LINK_PARAMETERS) parameters and
    /// [`MAX_LINK_SCOPES`](crate::MAX_LINK_SCOPES) scopes; more is refused with
    /// [`ParseInviteError::TooLarge`], so reading costs time linear in the link's length.
    ///
    /// ```
    /// use botperms_core::InviteUrl;
    ///
    /// let invite = InviteUrl::parse("https://discord.com/api/oauth2/authorize?client_id=157730590492196864&permissions=-1&scope=bot")?;
    /// assert_eq!(invite.findings()[0].rule.name(), "invalid_parameter");
    /// # Ok::<(), botperms_core::ParseInviteError>(())
    /// ```
    pub fn parse(link: &str) -> Result<InviteUrl, ParseInviteError> {
        parse_with(link, &Levels::DEFAULT)
    }

    /// [`parse`](Self::parse) with rule levels of your own, as a linter's `--allow` / `--deny` set them.
    pub fn parse_with(link: &str, levels: &Levels) -> Result<InviteUrl, ParseInviteError> {
        parse_with(link, levels)
    }
}

#[cfg(test)]
mod tests {
    use super::{is_number_placeholder, is_wrapped_placeholder};

    #[test]
    fn placeholders_are_told_from_values() {
        for placeholder in ["{client_id}", "${clientId}", "{}", "%s", "<client id>", "[CLIENT_ID]", "{{state}}"] {
            assert!(is_wrapped_placeholder(placeholder), "{placeholder}");
            assert!(is_number_placeholder(placeholder), "{placeholder}");
        }
        for placeholder in ["YOUR_CLIENT_ID", "APP_ID", "your_app_id_here", "PERMISSIONS", "0", "000", "Client_ID"] {
            assert!(is_number_placeholder(placeholder), "{placeholder}");
        }
        for value in ["157730590492196864", "8", "abc", "A", "-1", "1.5", "0x10", ""] {
            assert!(!is_number_placeholder(value), "{value}");
        }
        for value in ["https://example.com", "15773059ghq9183habn", "bot", "<", "{"] {
            assert!(!is_wrapped_placeholder(value), "{value}");
        }
    }
}
