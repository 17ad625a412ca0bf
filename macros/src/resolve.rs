//! From parsed arguments to the rule engine's [`Request`], and from its findings back to spans.

use botperms_core::rules::{self, Request, Subject};
use botperms_core::{Face, Finding, Level, Levels, Permissions, Rule, Scope};

use crate::args::{Args, Name, PermissionsArg, Spanned};
use crate::diagnostics::{Diagnostics, Loc};

/// The rule levels an argument list sets.
pub(crate) fn levels(args: &[&Args<'_>]) -> Levels {
    let mut levels = Levels::DEFAULT;
    for (rule, level, _) in args.iter().flat_map(|args| &args.levels) {
        levels.set(*rule, *level);
    }
    levels
}

/// Resolves permission names to flags, reporting unknown and former names at their token.
/// Returns `None` in place of a name that names nothing.
pub(crate) fn permissions(
    arg: &Spanned<PermissionsArg<'_>>,
    levels: &Levels,
    diagnostics: &mut Diagnostics,
) -> Vec<Option<(Permissions, Loc)>> {
    match &arg.value {
        PermissionsArg::Bits(bits) => vec![Some((Permissions::from_bits_retain(bits.value), bits.span))],
        PermissionsArg::Names(names) => {
            // Indexed loops here and below: the proc macros run unoptimized, where each adapter of an
            // iterator chain is a call per item.
            let mut flags = Vec::with_capacity(names.len());
            let mut index = 0;
            while index < names.len() {
                let name = &names[index];
                let (flag, finding) = rules::check_permission_name(&name.value, levels);
                if let Some(finding) = finding {
                    diagnostics.finding(&finding, name.span, None);
                }
                flags.push(flag.map(|flag| (flag, name.span)));
                index += 1;
            }
            flags
        }
    }
}

/// Resolves scope names, reporting unknown ones at their token.
pub(crate) fn scopes(names: &[Name<'_>], levels: &Levels, diagnostics: &mut Diagnostics) -> Vec<(Scope, Loc)> {
    let mut scopes = Vec::with_capacity(names.len());
    let mut index = 0;
    while index < names.len() {
        let name = &names[index];
        let (scope, finding) = rules::check_scope_name(&name.value, levels);
        if let Some(finding) = finding {
            diagnostics.finding(&finding, name.span, None);
        }
        if let Some(scope) = scope {
            scopes.push((scope, name.span));
        }
        index += 1;
    }
    scopes
}

/// Reports `secret_in_source` for every text [`crate::secrets::find`] found. The message never repeats it.
pub(crate) fn secrets(literals: &[Spanned<String>], levels: &Levels, diagnostics: &mut Diagnostics) {
    let level = levels.level(Rule::SecretInSource);
    if level == Level::Allow {
        return;
    }
    for literal in literals {
        if let Some(kind) = botperms_core::secrets::detect_secret_in_link(&literal.value) {
            let finding = Finding {
                rule: Rule::SecretInSource,
                level,
                subject: Subject::Request,
                message: kind.message().to_owned(),
                help: kind.help().to_owned(),
                related: None,
            };
            diagnostics.finding(&finding, literal.span, None);
        }
    }
}

/// A request whose names are resolved, with where each part was written.
pub(crate) struct Resolved<'a> {
    pub(crate) args: &'a Args<'a>,
    pub(crate) levels: Levels,
    pub(crate) scopes: Vec<(Scope, Loc)>,
    pub(crate) permissions: Vec<(Permissions, Loc)>,
    /// Where to report what concerns the input as a whole.
    pub(crate) whole: Loc,
    /// Whether some permission name resolved to nothing, so the set is incomplete.
    pub(crate) incomplete: bool,
}

impl<'a> Resolved<'a> {
    pub(crate) fn new(args: &'a Args<'a>, whole: Loc, diagnostics: &mut Diagnostics) -> Self {
        let levels = levels(&[args]);
        let scopes = args.scopes.as_ref().map(|names| scopes(&names.value, &levels, diagnostics)).unwrap_or_default();
        let resolved = args.permissions.as_ref().map(|arg| permissions(arg, &levels, diagnostics)).unwrap_or_default();
        let mut permissions = Vec::with_capacity(resolved.len());
        let mut incomplete = false;
        let mut index = 0;
        while index < resolved.len() {
            match resolved[index] {
                Some(flag) => permissions.push(flag),
                None => incomplete = true,
            }
            index += 1;
        }
        Resolved { args, levels, scopes, permissions, whole, incomplete }
    }

    /// Runs the rule engine on `scopes` and `permissions` (`state` only if `with_state`) and
    /// reports each finding at its token; whole-set rules only when `whole_set_known`.
    pub(crate) fn check(&self, request: &Request<'_>, whole_set_known: bool, diagnostics: &mut Diagnostics) {
        for finding in rules::check(request, &self.levels) {
            // Whole-set rules say nothing true of a part of the set: with `SEND_MESAGES`
            // unresolved, `EMBED_LINKS` would seem to lack `SEND_MESSAGES`.
            let whole_set = finding.rule.info().whole_set;
            if !(whole_set && (self.incomplete || !whole_set_known)) {
                let related = finding.related.map(|subject| self.loc(subject));
                diagnostics.finding(&finding, self.loc(finding.subject), related);
            }
        }
    }

    fn loc(&self, subject: Subject) -> Loc {
        let args = self.args;
        let found = match subject {
            Subject::ClientId => args.client_id.as_ref().map(|id| id.span),
            Subject::Scope(index) => self.scopes.get(index).map(|(_, loc)| *loc),
            Subject::Permission(index) => self.permissions.get(index).map(|(_, loc)| *loc),
            Subject::PermissionList => args.permissions.as_ref().map(|list| list.span),
            Subject::GuildId => args.guild_id.as_ref().map(|id| id.span),
            Subject::DisableGuildSelect => args.disable_guild_select.as_ref().map(|flag| flag.span),
            Subject::IntegrationType => args.integration_type.as_ref().map(|value| value.span),
            Subject::RedirectUri => args.redirect_uri.as_ref().map(|value| value.span),
            Subject::ResponseType => args.response_type.as_ref().map(|value| value.span),
            Subject::State => args.state.as_ref().map(|value| value.span),
            Subject::Prompt => args.prompt.as_ref().map(|value| value.span),
            Subject::RequireCodeGrant => args.require_code_grant.as_ref().map(|value| value.span),
            _ => None,
        };
        found.unwrap_or(self.whole)
    }
}

/// The parts of a [`Request`] that live in vectors, owned here so the request can borrow them.
pub(crate) struct Parts {
    pub(crate) scopes: Vec<Scope>,
    pub(crate) permissions: Vec<Permissions>,
}

impl Resolved<'_> {
    pub(crate) fn parts(&self) -> Parts {
        let mut parts = Parts {
            scopes: Vec::with_capacity(self.scopes.len()),
            permissions: Vec::with_capacity(self.permissions.len()),
        };
        let mut index = 0;
        while index < self.scopes.len() {
            parts.scopes.push(self.scopes[index].0);
            index += 1;
        }
        let mut index = 0;
        while index < self.permissions.len() {
            parts.permissions.push(self.permissions[index].0);
            index += 1;
        }
        parts
    }

    pub(crate) fn request<'p>(&'p self, parts: &'p Parts, compile_time: bool) -> Request<'p> {
        request(self.args, &parts.scopes, &parts.permissions, compile_time)
    }
}

/// The request `args` describe, with scopes and permissions resolved by the caller.
pub(crate) fn request<'p>(
    args: &'p Args<'p>,
    scopes: &'p [Scope],
    permissions: &'p [Permissions],
    compile_time: bool,
) -> Request<'p> {
    // Completed as every builder face completes a request: a redirect without a grant gets the code grant.
    Request {
        client_id: args.client_id.as_ref().map(|id| id.value),
        scopes,
        permissions,
        guild_id: args.guild_id.as_ref().map(|id| id.value),
        disable_guild_select: args.disable_guild_select.as_ref().map(|flag| flag.value),
        integration_type: args.integration_type.as_ref().map(|value| value.value),
        redirect_uri: args.redirect_uri.as_ref().map(|value| value.value.as_str()),
        response_type: args.response_type.as_ref().map(|value| value.value),
        state: args.state.as_ref().map(|value| value.value.as_str()),
        prompt: args.prompt.as_ref().map(|value| value.value),
        require_code_grant: args.require_code_grant.as_ref().is_some_and(|flag| flag.value),
        compile_time,
        face: Face::Macro,
    }
    .completed()
}
