//! The core's modules import downward only: each module names only modules of lower layers, so no
//! module imports a module that imports it back. A path through a root re-export (`crate::Scope`)
//! counts as an import of the module that defines it.

use std::collections::BTreeMap;
use std::path::Path;

/// The layers, lowest first. A module may import modules of lower layers only.
const LAYERS: &[&[&str]] = &[
    &["const_text", "ids", "suggest", "uri"],
    // Secret detection and the renderer that redacts and escapes every message.
    &["secrets"],
    &["render"],
    // Discord's tables (generated) and the types their rows are made of, then the code that reads them.
    &["data"],
    &["names"],
    &["permissions", "scopes"],
    &["presets"],
    &["permissions_serde", "request"],
    &["rules"],
    &["composed", "invite"],
    &["invite_parse", "token", "calc"],
    &["bot", "bridge"],
    &["interaction"],
    &["table", "app"],
];

fn src() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))
}

/// Every module's source files, test files left out: `rules/catalogue.rs` belongs to `rules`.
fn modules() -> BTreeMap<String, Vec<String>> {
    let mut modules: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut pending = vec![src().to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let relative = path.strip_prefix(src()).unwrap().to_string_lossy().replace('\\', "/");
            let is_test = relative.ends_with("/tests.rs") || relative == "tests.rs";
            let is_rust = path.extension().is_some_and(|extension| extension == "rs");
            if !is_rust || relative == "lib.rs" || is_test {
                continue;
            }
            let module = relative.split('/').next().unwrap().trim_end_matches(".rs").to_owned();
            modules.entry(module).or_default().push(std::fs::read_to_string(&path).unwrap());
        }
    }
    modules
}

/// What `lib.rs` re-exports at the root, by name: `Scope` -> `scopes`.
fn root_exports() -> BTreeMap<String, String> {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    let mut exports = BTreeMap::new();
    for statement in lib.split(';') {
        let statement = statement.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<String>();
        let Some(rest) = statement.trim().strip_prefix("pub use ") else { continue };
        let Some((module, names)) = rest.split_once("::") else { continue };
        for name in names.trim_matches(|c| c == '{' || c == '}').split(',') {
            let name = name.trim().rsplit("::").next().unwrap().to_owned();
            exports.insert(name, module.trim().to_owned());
        }
    }
    exports
}

/// The first segment of every `crate::` path in code (comments left out), groups opened.
fn crate_paths(source: &str) -> Vec<String> {
    let code: String =
        source.lines().filter(|line| !line.trim_start().starts_with("//")).flat_map(|line| [line, "\n"]).collect();
    let mut found = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|(_, c)| {
                    depth += match c {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map_or(group.len(), |(index, _)| index);
            let mut depth = 0;
            let mut item = String::new();
            for c in group[..end].chars().chain([',']) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        found.push(item.trim().split("::").next().unwrap().to_owned());
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            found.push(name);
        }
    }
    found.retain(|name| !name.is_empty());
    found
}

#[test]
fn modules_import_downward_only() {
    let layer_of = |module: &str| LAYERS.iter().position(|layer| layer.contains(&module));
    let exports = root_exports();
    let mut problems = Vec::new();
    for (module, sources) in modules() {
        let Some(layer) = layer_of(&module) else {
            problems.push(format!("`{module}` is in no layer: add it to LAYERS"));
            continue;
        };
        for name in sources.iter().flat_map(|source| crate_paths(source)) {
            // A module's name wins over a root re-export of the same name (`crate::render`).
            let target = match exports.get(&name) {
                Some(defined_in) if layer_of(&name).is_none() => defined_in.clone(),
                _ => name.clone(),
            };
            if target == module || layer_of(&target).is_none() && !exports.contains_key(&name) {
                // Itself, or a name that is no module (a macro, `crate::` in a string).
                continue;
            }
            let Some(target_layer) = layer_of(&target) else { continue };
            if target_layer >= layer {
                problems.push(format!(
                    "`{module}` (layer {layer}) imports `{target}` (layer {target_layer}) via `crate::{name}`"
                ));
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "imports that go up or sideways:\n{}", problems.join("\n"));
}

#[test]
fn the_scanner_sees_groups_and_re_exports() {
    let paths =
        crate_paths("use crate::{Permissions, rules::{self, Rule}};\n// crate::ignored\nlet x = crate::ids::f();");
    assert_eq!(paths, ["Permissions", "rules", "ids"]);
    assert_eq!(root_exports().get("Scope").map(String::as_str), Some("scopes"));
    assert_eq!(root_exports().get("InviteUrl").map(String::as_str), Some("invite"));
}
