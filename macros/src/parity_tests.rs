//! Parity, the macro face: every request of `tests/parity/requests.txt` raises through
//! `invite_url!`'s expansion the same rules at the same levels as through `InviteBuilder`, and
//! expands to the builder's link.

#[path = "../../tests/parity/rows.rs"]
mod rows;

use botperms_core::Rule;
use botperms_core::rules::catalogue::Faces;
use proc_macro2::{TokenStream, TokenTree};
use rows::{Row, builder, rows, unexercised, verdicts};

use crate::invite_url;

/// The row as `invite_url!` input; `None` where the macro grammar cannot say it (a raw link, a
/// negative integer).
fn input(row: &Row) -> Option<TokenStream> {
    if row.raw.is_some() {
        return None;
    }
    let mut args = Vec::new();
    for (name, value) in row.params() {
        args.push(match name {
            "scope" => format!("scopes = [{}]", row.scopes().join(", ")),
            "permissions" if value.starts_with('-') => return None,
            "permissions" => match row.permission_names() {
                Some(names) => format!("permissions = [{}]", names.join(", ")),
                None => format!("permissions = {value}"),
            },
            "integration_type" => format!("integration_type = {}", if value == "1" { "user" } else { "guild" }),
            "redirect_uri" | "state" => format!("{name} = {value:?}"),
            _ => format!("{name} = {value}"),
        });
    }
    args.extend(row.levels().map(|(level, rule)| format!("{level}({rule})")));
    args.join(", ").parse().ok()
}

/// The rules an expansion raised: errors carry a note naming their rule (`` `rule` is denied by
/// default``, `` `rule` is `warn` by default and denied by ``), warnings a `botperms warn[rule]`
/// deprecation note.
fn raised(output: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for piece in output.split("note: `").skip(1) {
        if let Some((rule, rest)) = piece.split_once('`')
            && (rest.starts_with(" is denied") || rest.starts_with(" is `"))
        {
            found.push((rule.to_owned(), "deny".to_owned()));
        }
    }
    for piece in output.split("botperms warn[").skip(1) {
        if let Some((rule, _)) = piece.split_once(']') {
            found.push((rule.to_owned(), "warn".to_owned()));
        }
    }
    verdicts(found)
}

/// The link an expansion without errors carries: its last string literal.
fn link(output: &TokenStream) -> Option<String> {
    let mut last = None;
    for token in output.clone() {
        match token {
            TokenTree::Literal(literal) => {
                last = syn::parse_str::<syn::LitStr>(&literal.to_string()).ok().map(|lit| lit.value());
            }
            TokenTree::Group(group) => last = link(&group.stream()).or(last),
            _ => {}
        }
    }
    last
}

#[test]
fn the_macro_agrees_with_the_builder_on_every_request() {
    let speaks = |rule: &str| Rule::from_name(rule).is_some_and(|rule| rule.info().faces.contains(Faces::MACROS));
    let mut problems = Vec::new();
    let rows = rows();
    let mut faced = Vec::new();
    for row in &rows {
        let Some(input) = input(row) else { continue };
        faced.push(row);
        let output = invite_url::expand(input.clone());
        let text = output.to_string();
        // Clean inputs are read from their text, the rest from their tokens: both must say the same.
        if text != invite_url::expand_read(input).to_string() {
            problems.push(format!("lexed and read expansions differ: {}", row.line));
        }
        let found = raised(&text);
        if found != row.expected_on(speaks) {
            problems.push(format!("macro: {}\n  found {found:?}", row.line));
        }
        let built = builder(row).and_then(|builder| builder.build().ok());
        if let (Some(built), false) = (built, text.contains("compile_error"))
            && link(&output).as_deref() != Some(built.as_str())
        {
            problems.push(format!("macro link: {}\n  {:?} is not {built}", row.line, link(&output)));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(faced.len() > 25, "the macro faced only {} rows", faced.len());
    let missing = unexercised(Faces::MACROS, faced);
    assert!(missing.is_empty(), "no row the macro runs raises {missing:?}, rules its face speaks");
}
