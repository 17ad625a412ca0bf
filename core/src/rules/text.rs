//! Filling a catalogue [`Message`](super::catalogue::Message) template: `{name}` takes the check's
//! value, `{@param}` the parameter's name and `{@param=value}` the parameter set to a value, both
//! in the syntax of the face that prints them. One version for run time, one for const evaluation
//! (which can only speak in the macros' syntax).

use alloc::string::String;

use crate::const_text::ConstText;
use crate::request::{Face, PARAMS, Param, ParamInfo, ValueKind};

/// `template` with its holes filled from `args` (each through [`render::clean`](crate::render::clean)) and
/// the registry, for `face`.
pub(crate) fn fill(template: &str, args: &[(&str, &str)], face: Face) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let hole = &rest[open + 1..open + close];
        match hole.strip_prefix('@') {
            Some(param) => out.push_str(&fill_param(param, face)),
            None => match args.iter().find(|(name, _)| *name == hole) {
                // The values are what users wrote: the one door by which a secret or a control char could
                // get into a message.
                Some((_, value)) => out.push_str(&crate::render::clean(value)),
                None => out.push_str(&rest[open..=open + close]),
            },
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

fn fill_param(hole: &str, face: Face) -> String {
    let (name, value) = match hole.split_once('=') {
        Some((name, value)) => (name, Some(value)),
        None => (hole, None),
    };
    match (param_named(name), value) {
        (Some(param), Some(value)) => param.set(face, value),
        (Some(param), None) => param.name(face),
        (None, _) => hole.into(),
    }
}

/// The parameter a template names: by its link name, or its macro key when it has no link name.
pub(crate) fn param_named(name: &str) -> Option<Param> {
    Param::from_url_name(name).or_else(|| Param::from_macro_key(name))
}

const fn utf8(bytes: &[u8]) -> &str {
    // Templates are split at ASCII braces only, so every piece is valid UTF-8.
    match core::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => "",
    }
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}

const fn find(bytes: &[u8], byte: u8) -> usize {
    let mut index = 0;
    while index < bytes.len() && bytes[index] != byte {
        index += 1;
    }
    index
}

const fn param_info(name: &[u8]) -> Option<&'static ParamInfo> {
    let mut index = 0;
    while index < PARAMS.len() {
        let info = &PARAMS[index];
        let url_matches = match info.url {
            Some(url) => same(url.as_bytes(), name),
            None => false,
        };
        if url_matches || same(info.macro_key.as_bytes(), name) {
            return Some(info);
        }
        index += 1;
    }
    None
}

/// [`fill`] in const evaluation, in the macros' syntax (`key = value`).
pub(crate) const fn fill_const<const N: usize>(
    mut out: ConstText<N>,
    template: &str,
    args: &[(&str, &str)],
) -> ConstText<N> {
    let mut rest = template.as_bytes();
    loop {
        let (literal, tail) = rest.split_at(find(rest, b'{'));
        out = out.push(utf8(literal));
        let close = find(tail, b'}');
        if close == tail.len() {
            return out.push(utf8(tail));
        }
        let (hole, after) = tail.split_at(close + 1);
        let (_, hole) = hole.split_at(1);
        let (hole, _) = hole.split_at(hole.len() - 1);
        out = push_hole(out, hole, args);
        rest = after;
    }
}

const fn push_hole<const N: usize>(out: ConstText<N>, hole: &[u8], args: &[(&str, &str)]) -> ConstText<N> {
    if let [b'@', param @ ..] = hole {
        let equals = find(param, b'=');
        let (name, value) = param.split_at(equals);
        let Some(info) = param_info(name) else { return out.push(utf8(hole)) };
        if value.is_empty() {
            return out.push(info.macro_key);
        }
        let (_, value) = value.split_at(1);
        let out = out.push(info.macro_key).push(" = ");
        return if matches!(info.kind, ValueKind::Text) {
            out.push("\"").push(utf8(value)).push("\"")
        } else {
            out.push(utf8(value))
        };
    }
    let mut index = 0;
    while index < args.len() {
        if same(args[index].0.as_bytes(), hole) {
            return out.push(args[index].1);
        }
        index += 1;
    }
    out.push("{").push(utf8(hole)).push("}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_take_values_and_parameters_in_the_face_syntax() {
        let template = "`{flag}` needs `{@response_type=code}` and `{@redirect_uri}`";
        assert_eq!(fill(template, &[("flag", "X")], Face::Link), "`X` needs `response_type=code` and `redirect_uri`");
        assert_eq!(
            fill(template, &[("flag", "X")], Face::Cli),
            "`X` needs `--response-type code` and `--redirect-uri`"
        );
        assert_eq!(
            fill(template, &[("flag", "X")], Face::Macro),
            "`X` needs `response_type = code` and `redirect_uri`"
        );
        assert_eq!(fill("{missing} {", &[], Face::Link), "{missing} {");
    }

    #[test]
    fn the_const_filler_writes_what_the_run_time_one_writes_for_macros() {
        let template = "`{flag}` relies on `{requires}`; add it to `{@scope}` or set `{@integration_type=guild}`";
        let args = [("flag", "EMBED_LINKS"), ("requires", "SEND_MESSAGES")];
        let text: ConstText<200> = fill_const(ConstText::new(), template, &args);
        assert_eq!(text.as_str(), fill(template, &args, Face::Macro));
        let quoted: ConstText<64> = fill_const(ConstText::new(), "{@redirect_uri=https://a.b} {x", &[]);
        assert_eq!(quoted.as_str(), "redirect_uri = \"https://a.b\" {x");
    }
}
