//! Parsing of `key = value` arguments, shared by `invite_url!(..)` and `#[bot(..)]`.
//!
//! Parsed from raw token trees rather than with a syn grammar so that one bad argument does not
//! hide the others: the input is split at top-level commas and every argument reports its own error.

use botperms_core::request::{BOOLS, Choice, PARAMS, Param, ValueKind};
use botperms_core::{IntegrationType, Level, Prompt, ResponseType, Rule};
use std::borrow::Cow;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};

use crate::diagnostics::{Diagnostics, Loc};
use crate::tokens::{Kind, Token};

/// A value and the span of the tokens it was read from.
#[derive(Debug, Clone)]
pub(crate) struct Spanned<T> {
    pub(crate) value: T,
    pub(crate) span: Loc,
}

/// A name in a list, borrowed from the input's text where it can be.
pub(crate) type Name<'s> = Spanned<Cow<'s, str>>;

/// `permissions = [..]` or `permissions = 2048`.
#[derive(Debug, Clone)]
pub(crate) enum PermissionsArg<'s> {
    Names(Vec<Name<'s>>),
    Bits(Spanned<u64>),
}

/// Where arguments are written: each place takes its own keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    InviteMacro,
    StructAttribute,
    FieldAttribute,
}

/// Keys that set levels, after the registry's parameters.
const LEVEL_KEYS: [&str; 3] = ["allow", "warn", "deny"];
/// Keys of `#[bot(..)]` on a struct beyond an invite's.
const STRUCT_KEYS: [&str; 2] = ["reason", "commands"];
const FIELD_KEYS: &[&str] = &["permissions", "reason", "nested"];

impl Place {
    /// Whether this place takes `key`; [`Place::keys`] lists them.
    #[cfg(test)]
    fn takes(self, key: &str) -> bool {
        self.key(key).is_some()
    }

    /// The key as this place spells it, if it takes `key`: a `'static` text, so that nothing is copied per key.
    fn key(self, key: &str) -> Option<&'static str> {
        let find = |keys: &[&'static str]| keys.iter().find(|known| **known == key).copied();
        let invite = || Param::from_macro_key(key).map(|param| param.info().macro_key).or_else(|| find(&LEVEL_KEYS));
        match self {
            Place::InviteMacro => invite(),
            Place::StructAttribute => invite().or_else(|| find(&STRUCT_KEYS)),
            Place::FieldAttribute => find(FIELD_KEYS),
        }
    }

    /// The keys this place takes: every parameter of the registry by its macro key, then levels.
    fn keys(self) -> Vec<&'static str> {
        let invite = PARAMS.iter().map(|info| info.macro_key).chain(LEVEL_KEYS);
        match self {
            Place::InviteMacro => invite.collect(),
            Place::StructAttribute => invite.chain(STRUCT_KEYS).collect(),
            Place::FieldAttribute => FIELD_KEYS.to_vec(),
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Place::InviteMacro => "`invite_url!`",
            Place::StructAttribute => "`#[bot(..)]` on a struct",
            Place::FieldAttribute => "`#[bot(..)]` on a field",
        }
    }
}

/// Everything an argument list can say, each with where it was said.
#[derive(Debug, Default)]
pub(crate) struct Args<'s> {
    pub(crate) client_id: Option<Spanned<u64>>,
    pub(crate) scopes: Option<Spanned<Vec<Name<'s>>>>,
    pub(crate) permissions: Option<Spanned<PermissionsArg<'s>>>,
    pub(crate) guild_id: Option<Spanned<u64>>,
    pub(crate) disable_guild_select: Option<Spanned<bool>>,
    pub(crate) integration_type: Option<Spanned<IntegrationType>>,
    pub(crate) redirect_uri: Option<Spanned<String>>,
    pub(crate) response_type: Option<Spanned<ResponseType>>,
    pub(crate) prompt: Option<Spanned<Prompt>>,
    pub(crate) state: Option<Spanned<String>>,
    pub(crate) require_code_grant: Option<Spanned<bool>>,
    pub(crate) reason: Option<Spanned<String>>,
    pub(crate) nested: Option<Loc>,
    /// `commands = [Ping, Ban]`: each item's tokens, a type that implements `BotPermissions`.
    pub(crate) commands: Vec<TokenStream>,
    pub(crate) levels: Vec<(Rule, Level, Loc)>,
    /// Keys already given, to report the second of a pair.
    seen: Vec<(&'static str, Loc)>,
}

/// The parts of `tokens` between its commas (invisible groups were unwrapped when they were read); empty
/// parts are skipped.
fn split_commas<'t, 's>(tokens: &'t [Token<'s>]) -> Commas<'t, 's> {
    Commas { tokens, start: 0 }
}

/// The parts [`split_commas`] finds, one at a time: the proc macros run unoptimized, where `split` and
/// `filter` cost a call per token and a collected list an allocation per list.
struct Commas<'t, 's> {
    tokens: &'t [Token<'s>],
    start: usize,
}

impl<'t, 's> Iterator for Commas<'t, 's> {
    type Item = &'t [Token<'s>];

    fn next(&mut self) -> Option<Self::Item> {
        let tokens = self.tokens;
        while self.start < tokens.len() {
            let mut end = self.start;
            while end < tokens.len() && !tokens[end].is_punct(',') {
                end += 1;
            }
            let part = &tokens[self.start..end];
            self.start = end + 1;
            if !part.is_empty() {
                return Some(part);
            }
        }
        None
    }
}

/// Whether the argument `part[index]` starts one: an identifier followed by a lone `=`.
fn starts_argument(part: &[Token<'_>], index: usize) -> bool {
    part[index].kind == Kind::Ident
        && part.get(index + 1).is_some_and(|next| next.kind == Kind::Punct('=', proc_macro2::Spacing::Alone))
}

/// Whether a comma is missing in `part`: an argument starts after its first token.
fn lacks_comma(part: &[Token<'_>]) -> bool {
    let mut index = 1;
    while index < part.len() {
        if starts_argument(part, index) {
            return true;
        }
        index += 1;
    }
    false
}

/// Splits `a = 1 b = 2` where a comma is missing, reporting it at the key that follows.
///
/// A value is one token (or `-` and a literal), so a top-level identifier followed by a lone `=` after the first
/// token can only start the next argument; the two are then read as if the comma were there, so that both
/// report their own problems.
fn split_missing_commas<'t, 's>(part: &'t [Token<'s>], diagnostics: &mut Diagnostics) -> Vec<&'t [Token<'s>]> {
    let mut arguments = Vec::new();
    let mut start = 0;
    for index in 1..part.len() {
        if starts_argument(part, index) {
            let before = describe(&part[index - 1..index]);
            diagnostics.error(
                part[index].span().into(),
                format!("expected `,`, found `{}`\n\nhelp: add a comma after {before}", part[index].text),
            );
            arguments.push(&part[start..index]);
            start = index;
        }
    }
    arguments.push(&part[start..]);
    arguments
}

fn span_of(tokens: &[Token<'_>]) -> Loc {
    let first = tokens.first().map_or_else(Span::call_site, Token::span);
    Loc(first, tokens.last().map_or(first, Token::span))
}

fn describe(tokens: &[Token<'_>]) -> String {
    let text = crate::tokens::stream(tokens).to_string();
    if text.chars().count() > 40 {
        format!("`{}...`", text.chars().take(37).collect::<String>())
    } else {
        format!("`{text}`")
    }
}

/// The nearest of `candidates` to `typed`, if it is near.
pub(crate) fn nearest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    botperms_core::suggest::nearest(typed, candidates.into_iter().map(|candidate| (candidate, candidate)))
}

/// Reads a literal as a string literal, if it is one.
fn string_literal(token: &Token<'_>) -> Option<String> {
    if let Some(value) = token.plain_string() {
        // Most strings: spared syn's literal parser, and a lexed token has no tree to give it.
        return Some(value.to_owned());
    }
    let Some(TokenTree::Literal(literal)) = &token.tree else { return None };
    if token.text.bytes().next().is_some_and(|byte| byte.is_ascii_digit()) {
        // A number: spare it syn's literal parser (see `integer`).
        return None;
    }
    match syn::Lit::new(literal.clone()) {
        syn::Lit::Str(text) => Some(text.value()),
        _ => None,
    }
}

/// Reads an unsigned decimal integer from an integer literal or a string literal of digits.
fn integer(tokens: &[Token<'_>], key: &str, diagnostics: &mut Diagnostics) -> Option<u64> {
    let span = span_of(tokens);
    let digits = match tokens {
        // Plain decimal digits, as ids are written, are read as they are: syn's literal parser
        // multiplies a big integer once per digit, which in the unoptimized build proc macros get
        // was the largest part of an `invite_url!`'s own time.
        [token] if token.kind == Kind::Literal => match (plain_decimal(&token.text), &token.tree) {
            (Some(Decimal::Fits(value)), _) => return Some(value),
            // Reported below, as every other integer too large.
            (Some(Decimal::TooLarge), _) => token.text.to_string(),
            (None, Some(TokenTree::Literal(literal))) => syn_integer(literal, key, span, diagnostics)?,
            // A lexed literal that is no plain decimal is a plain string.
            (None, None) => token.plain_string().unwrap_or_default().to_owned(),
            (None, Some(_)) => String::new(),
        },
        [minus, ..] if minus.is_punct('-') => {
            diagnostics.error(span, format!("`{key}` cannot be negative; Discord ids and permissions are unsigned"));
            return None;
        }
        _ => String::new(),
    };
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        diagnostics.error(span, format!("expected `{key}` as an integer, found {}", describe(tokens)));
        return None;
    }
    let parsed = digits.parse::<u64>().ok();
    if parsed.is_none() {
        diagnostics.error(span, format!("`{key}` does not fit in 64 bits"));
    }
    parsed
}

/// An integer literal of decimal digits only: no suffix, no `_`, no `0x`.
enum Decimal {
    Fits(u64),
    TooLarge,
}

/// The literal `text` as plain decimal digits, `None` for any other literal.
fn plain_decimal(text: &str) -> Option<Decimal> {
    // An indexed loop: an iterator's `next` per digit costs several times as much unoptimized.
    let digits = text.as_bytes();
    let mut value = Some(0_u64);
    let mut index = 0;
    while index < digits.len() {
        let digit = digits[index];
        if !digit.is_ascii_digit() {
            return None;
        }
        value = value.and_then(|value| value.checked_mul(10)?.checked_add(u64::from(digit - b'0')));
        index += 1;
    }
    (!digits.is_empty()).then_some(value.map_or(Decimal::TooLarge, Decimal::Fits))
}

/// The digits of any other literal, read by syn: suffixed, hex, with `_`, or a string of digits.
/// `None` after reporting a suffix; an empty string for what is no number, reported by the caller.
fn syn_integer(literal: &proc_macro2::Literal, key: &str, span: Loc, diagnostics: &mut Diagnostics) -> Option<String> {
    Some(match syn::Lit::new(literal.clone()) {
        syn::Lit::Int(int) => {
            if !int.suffix().is_empty() {
                diagnostics.error(span, format!("`{key}` takes a plain integer; remove the `{}` suffix", int.suffix()));
                return None;
            }
            int.base10_digits().to_owned()
        }
        syn::Lit::Str(text) => text.value(),
        _ => String::new(),
    })
}

fn single_ident(tokens: &[Token<'_>]) -> Option<String> {
    match tokens {
        [token] => token.ident().map(str::to_owned),
        _ => None,
    }
}

/// Wraps a value read from the tokens at `span`.
fn at<T>(span: Loc) -> impl Fn(T) -> Spanned<T> {
    move |value| Spanned { value, span }
}

/// The index in `choices` (`(word, wire)`, from the registry) of the word `tokens` hold.
fn word(tokens: &[Token<'_>], key: &str, choices: &[(&str, &str)], diagnostics: &mut Diagnostics) -> Option<usize> {
    let found = single_ident(tokens).or_else(|| tokens.first().and_then(string_literal));
    if let Some(index) = found.as_deref().and_then(|name| choices.iter().position(|(word, _)| *word == name)) {
        return Some(index);
    }
    let names: Vec<String> = choices.iter().map(|(name, _)| format!("`{name}`")).collect();
    diagnostics.error(span_of(tokens), format!("`{key}` is {}, found {}", names.join(" or "), describe(tokens)));
    None
}

fn choice<T: Choice>(tokens: &[Token<'_>], diagnostics: &mut Diagnostics) -> Option<T> {
    word(tokens, T::PARAM.info().macro_key, T::choices(), diagnostics).and_then(|index| T::ALL.get(index).copied())
}

fn boolean(tokens: &[Token<'_>], key: &str, diagnostics: &mut Diagnostics) -> Option<bool> {
    word(tokens, key, BOOLS, diagnostics).map(|index| index == 0)
}

fn string(tokens: &[Token<'_>], key: &str, diagnostics: &mut Diagnostics) -> Option<String> {
    match tokens {
        [token] if string_literal(token).is_some() => string_literal(token),
        _ => {
            diagnostics.error(span_of(tokens), format!("`{key}` takes a string literal, found {}", describe(tokens)));
            None
        }
    }
}

/// The items of `[a, b.c, "d"]`: names as written, dotted names joined.
fn list<'s>(tokens: &[Token<'s>], key: &str, example: &str, diagnostics: &mut Diagnostics) -> Option<Vec<Name<'s>>> {
    let [token @ Token { kind: Kind::Group(delimiter), .. }] = tokens else {
        diagnostics.error(span_of(tokens), format!("`{key}` takes a list in brackets, such as `{key} = [{example}]`"));
        return None;
    };
    if *delimiter != Delimiter::Bracket {
        diagnostics.error(
            token.span().into(),
            format!("`{key}` takes a list in square brackets, such as `{key} = [{example}]`"),
        );
        return None;
    }
    if split_commas(&token.inner).next().is_none() {
        diagnostics.error(
            token.span().into(),
            format!("`{key}` is empty; list at least one, such as `{key} = [{example}]`, or remove it"),
        );
        return None;
    }
    let mut names = Vec::new();
    for item in split_commas(&token.inner) {
        if let Some(name) = dotted_name(item).or_else(|| match item {
            [token] => string_literal(token).map(Cow::Owned),
            _ => None,
        }) {
            names.push(Spanned { value: name, span: span_of(item) });
        } else {
            diagnostics.error(span_of(item), format!("expected a name in `{key}`, found {}", describe(item)));
        }
    }
    Some(names)
}

/// The items of `commands = [Ping, Ban]`, as written: the derive reads each as a type.
fn command_list(tokens: &[Token<'_>], diagnostics: &mut Diagnostics) -> Vec<TokenStream> {
    let example = "commands = [Ping, Ban]";
    match tokens {
        [token] if token.is_group(Delimiter::Bracket) => {
            let mut items = split_commas(&token.inner).peekable();
            if items.peek().is_none() {
                diagnostics.error(
                    token.span().into(),
                    format!("`commands` is empty; list the command types, such as `{example}`, or remove it"),
                );
            }
            items.map(crate::tokens::stream).collect()
        }
        _ => {
            diagnostics.error(
                span_of(tokens),
                format!("`commands` takes a list of types in square brackets, such as `{example}`"),
            );
            Vec::new()
        }
    }
}

/// `applications.commands`: identifiers joined by single dots.
fn dotted_name<'s>(tokens: &[Token<'s>]) -> Option<Cow<'s, str>> {
    if let [token] = tokens {
        // Most items are one name: no joining, and no copy of a name lexed from the input's text.
        return token.ident().is_some().then(|| token.text_as_written());
    }
    let mut name = String::new();
    for (index, token) in tokens.iter().enumerate() {
        match (index % 2, token.ident()) {
            (0, Some(ident)) => name.push_str(ident),
            (1, None) if token.is_punct('.') => name.push('.'),
            _ => return None,
        }
    }
    (tokens.len() % 2 == 1).then_some(Cow::Owned(name))
}

impl<'s> Args<'s> {
    /// Parses one argument list; problems go to `diagnostics`, and what could be read is kept.
    pub(crate) fn parse_into(&mut self, tokens: &[Token<'s>], place: Place, diagnostics: &mut Diagnostics) {
        for part in split_commas(tokens) {
            if lacks_comma(part) {
                for argument in split_missing_commas(part, diagnostics) {
                    self.parse_argument(argument, place, diagnostics);
                }
            } else {
                self.parse_argument(part, place, diagnostics);
            }
        }
    }

    fn parse_argument(&mut self, argument: &[Token<'s>], place: Place, diagnostics: &mut Diagnostics) {
        let Some(key) = argument[0].ident() else {
            diagnostics.error(
                argument[0].span().into(),
                format!("expected a key such as `client_id = ..`, found {}", describe(&argument[..1])),
            );
            return;
        };
        let key_span = Loc::from(argument[0].span());
        let Some(key) = place.key(key) else {
            let help = match nearest(key, place.keys()) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!(
                    "the keys are {}",
                    place.keys().iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                ),
            };
            diagnostics.error(key_span, format!("unknown key `{key}` in {}\n\nhelp: {help}", place.describe()));
            return;
        };
        if LEVEL_KEYS.contains(&key) {
            self.parse_levels(key, argument, diagnostics);
            return;
        }
        if let Some((_, first)) = self.seen.iter().find(|(seen, _)| *seen == key) {
            let first = *first;
            diagnostics.error(key_span, format!("`{key}` is given twice; remove one"));
            diagnostics.error(first, "first given here");
            return;
        }
        self.seen.push((key, key_span));
        let value = match argument.get(1) {
            Some(equals) if equals.is_punct('=') => &argument[2..],
            None if key == "nested"
                || Param::from_macro_key(key).is_some_and(|param| param.info().kind == ValueKind::Bool) =>
            {
                self.set_flag(key, key_span);
                return;
            }
            _ => {
                diagnostics.error(
                    argument.get(1).map_or(key_span, |token| token.span().into()),
                    format!("expected `=` after `{key}`, as in `{key} = ..`"),
                );
                return;
            }
        };
        if value.is_empty() {
            diagnostics.error(argument[1].span().into(), format!("expected a value after `{key} =`"));
            return;
        }
        self.set_value(key, value, diagnostics);
    }

    fn set_flag(&mut self, key: &str, span: Loc) {
        let yes = Spanned { value: true, span };
        match Param::from_macro_key(key) {
            Some(Param::DisableGuildSelect) => self.disable_guild_select = Some(yes),
            Some(Param::RequireCodeGrant) => self.require_code_grant = Some(yes),
            _ => self.nested = Some(span),
        }
    }

    fn set_value(&mut self, key: &str, value: &[Token<'s>], diagnostics: &mut Diagnostics) {
        let span = span_of(value);
        let Some(param) = Param::from_macro_key(key) else {
            match key {
                "commands" => self.commands = command_list(value, diagnostics),
                "reason" => self.reason = string(value, key, diagnostics).map(at(span)),
                _ => diagnostics.error(span, format!("`{key}` takes no value; write `{key}` alone")),
            }
            return;
        };
        match param {
            Param::ClientId => self.client_id = integer(value, key, diagnostics).map(at(span)),
            Param::GuildId => self.guild_id = integer(value, key, diagnostics).map(at(span)),
            Param::Scope => {
                self.scopes = list(value, key, "bot, applications.commands", diagnostics).map(at(span));
            }
            Param::Permissions => {
                self.permissions = match value {
                    [Token { kind: Kind::Group(_), .. }] => {
                        list(value, key, "VIEW_CHANNEL, SEND_MESSAGES", diagnostics).map(PermissionsArg::Names)
                    }
                    _ => {
                        integer(value, key, diagnostics).map(|bits| PermissionsArg::Bits(Spanned { value: bits, span }))
                    }
                }
                .map(at(span));
            }
            Param::DisableGuildSelect => self.disable_guild_select = boolean(value, key, diagnostics).map(at(span)),
            Param::RequireCodeGrant => self.require_code_grant = boolean(value, key, diagnostics).map(at(span)),
            Param::IntegrationType => self.integration_type = choice(value, diagnostics).map(at(span)),
            Param::ResponseType => self.response_type = choice(value, diagnostics).map(at(span)),
            Param::Prompt => self.prompt = choice(value, diagnostics).map(at(span)),
            Param::RedirectUri => self.redirect_uri = string(value, key, diagnostics).map(at(span)),
            Param::State => self.state = string(value, key, diagnostics).map(at(span)),
            _ => diagnostics.error(span, format!("`{key}` takes no value; write `{key}` alone")),
        }
    }

    fn parse_levels(&mut self, key: &str, argument: &[Token<'_>], diagnostics: &mut Diagnostics) {
        let level = match key {
            "allow" => Level::Allow,
            "warn" => Level::Warn,
            _ => Level::Deny,
        };
        let (group, inner) = match argument {
            [_, token] if token.is_group(Delimiter::Parenthesis) => (token, &token.inner),
            _ => {
                diagnostics.error(
                    span_of(argument),
                    format!("expected rule names in parentheses, as in `{key}(administrator)`"),
                );
                return;
            }
        };
        let mut rules = split_commas(inner).peekable();
        if rules.peek().is_none() {
            diagnostics.error(
                group.span().into(),
                format!("`{key}()` names no rule; write `{key}(administrator)` or remove it"),
            );
        }
        for rule_tokens in rules {
            let span = span_of(rule_tokens);
            let Some(name) = single_ident(rule_tokens) else {
                diagnostics.error(span, format!("expected a rule name, found {}", describe(rule_tokens)));
                continue;
            };
            if let Some(rule) = Rule::from_name(&name) {
                self.levels.push((rule, level, span));
            } else {
                let help = Rule::suggest(&name).map_or_else(
                    || "see the rule catalogue in the botperms docs".to_owned(),
                    |near| format!("did you mean `{near}`?"),
                );
                diagnostics.error(span, format!("unknown rule `{name}`\n\nhelp: {help}"));
            }
        }
    }

    /// The spans of the keys given, by name.
    pub(crate) fn key_span(&self, key: &str) -> Option<Loc> {
        self.seen.iter().find(|(seen, _)| *seen == key).map(|(_, span)| *span)
    }
}

impl<'s> Args<'s> {
    /// Moves the invite-level keys of `other` (one more `#[bot(..)]` on the same struct) into
    /// `self`, reporting a key given in both. Permissions, reason and nesting stay with `other`.
    pub(crate) fn merge_invite_keys(&mut self, other: &mut Args<'s>, diagnostics: &mut Diagnostics) {
        macro_rules! take {
            ($($key:ident),*) => {$(
                if let Some(value) = other.$key.take() {
                    if self.$key.is_some() {
                        let key = stringify!($key);
                        let second = other.key_span(key).unwrap_or(value.span);
                        diagnostics.error(second, format!("`{key}` is given twice; remove one"));
                        if let Some(first) = self.key_span(key) {
                            diagnostics.error(first, "first given here");
                        }
                    } else {
                        if let Some(span) = other.key_span(stringify!($key)) {
                            self.seen.push((stringify!($key), span));
                        }
                        self.$key = Some(value);
                    }
                }
            )*};
        }
        take!(
            client_id,
            scopes,
            guild_id,
            disable_guild_select,
            integration_type,
            redirect_uri,
            response_type,
            prompt,
            state,
            require_code_grant
        );
        self.levels.append(&mut other.levels);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_answers_as_the_list_of_keys_does() {
        for place in [Place::InviteMacro, Place::StructAttribute, Place::FieldAttribute] {
            for key in place.keys() {
                assert!(place.takes(key), "{place:?} lists `{key}` but does not take it");
            }
            let others = ["permission", "client", "scope_", "commands", "nested", "reason", "allow", "guild_id"];
            for key in others.into_iter().filter(|key| !place.keys().contains(key)) {
                assert!(!place.takes(key), "{place:?} takes `{key}`, which it does not list");
            }
        }
    }
}
