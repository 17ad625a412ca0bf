use super::*;

fn data_file() -> String {
    std::fs::read_to_string(paths().0).expect("the data file is readable")
}

fn real_data() -> DiscordData {
    parse(&data_file()).expect("the checked-in data file is valid")
}

#[test]
fn header_names_the_regenerate_command() {
    let rendered = render(&real_data());
    let header: Vec<&str> = rendered.lines().take_while(|line| line.starts_with("//")).collect();
    assert!(header[0].starts_with("// @generated"), "{header:?}");
    assert!(header.iter().any(|line| line.contains(&format!("`{BLESS_COMMAND}`"))), "{header:?}");
}

#[test]
fn every_flag_of_the_data_file_is_a_constant_at_its_bit() {
    let data = real_data();
    let rendered = render(&data);
    for permission in &data.permissions {
        let constant = format!("const {} = 1 << {};", permission.name, permission.bit);
        assert!(rendered.contains(&constant), "missing `{constant}`");
    }
    syn::parse_file(&rendered).expect("the rendered file is Rust");
}

#[test]
fn crlf_data_renders_the_same_lf_file() {
    let lf = data_file().replace("\r\n", "\n");
    let crlf = lf.replace('\n', "\r\n");
    let from_crlf = render(&parse(&crlf).unwrap());
    assert_eq!(from_crlf, render(&parse(&lf).unwrap()));
    assert!(!from_crlf.contains('\r'));
}

#[test]
fn freshness_ignores_line_endings_but_not_content() {
    let data = real_data();
    let rendered = render(&data);
    assert!(is_fresh(&rendered, &rendered));
    assert!(is_fresh(&rendered.replace('\n', "\r\n"), &rendered));

    let mut edited = data.clone();
    edited.permissions[0].description.push_str(" (edited)");
    assert!(!is_fresh(&rendered, &render(&edited)), "a changed description must make the checked-in file stale");
    let mut added = data;
    added.scopes.pop();
    assert!(!is_fresh(&rendered, &render(&added)));
}

#[test]
fn unknown_keys_are_rejected() {
    let json = data_file().replacen("\"requires_2fa\"", "\"requires_2FA\"", 1);
    let error = parse(&json).unwrap_err();
    assert!(error.contains("requires_2FA"), "{error}");
}

#[test]
fn channel_type_letters_are_checked() {
    let json = data_file().replacen("\"channel_types\": \"TVS\"", "\"channel_types\": \"TX\"", 1);
    let error = parse(&json).unwrap_err();
    assert!(error.contains("unknown channel type letter `X`"), "{error}");
}

#[test]
fn flag_names_outside_the_permission_list_are_rejected() {
    let mut data = real_data();
    data.presets.get_mut("text").unwrap().flags.push("SEND_MESAGES".to_owned());
    data.prerequisites[0].requires = "VIEW_CHANNELS".to_owned();
    let error = data.validate().unwrap_err();
    assert!(error.contains("preset `text` names `SEND_MESAGES`"), "{error}");
    assert!(error.contains("`VIEW_CHANNELS`"), "{error}");
}

#[test]
fn shared_bits_and_repeated_names_are_rejected() {
    let mut data = real_data();
    data.permissions[1].bit = data.permissions[0].bit;
    data.scopes.push(data.scopes[0].clone());
    let error = data.validate().unwrap_err();
    let first = &data.permissions[0].name;
    assert!(error.contains(&format!("`{first}` and `{}` share bit", data.permissions[1].name)), "{error}");
    assert!(error.contains(&format!("scope `{}` is listed twice", data.scopes[0].name)), "{error}");
}

#[test]
fn scope_variants_are_pascal_case_of_every_word() {
    assert_eq!(emit::variant_name("applications.commands"), "ApplicationsCommands");
    assert_eq!(emit::variant_name("role_connections.write"), "RoleConnectionsWrite");
    assert_eq!(emit::variant_name("bot"), "Bot");
}

#[test]
fn presets_render_under_their_rust_fn_or_not_at_all() {
    let json = r#"{"source": "s", "flags": [], "rust_fn": null}"#;
    let skipped: data::Preset = serde_json::from_str(json).unwrap();
    assert_eq!(skipped.function_name("all"), None);
    let renamed: data::Preset = serde_json::from_str(r#"{"source": "s", "flags": [], "rust_fn": "other"}"#).unwrap();
    assert_eq!(renamed.function_name("elevated"), Some("other"));
    let plain: data::Preset = serde_json::from_str(r#"{"source": "s", "flags": []}"#).unwrap();
    assert_eq!(plain.function_name("text"), Some("text"));

    let mut data = real_data();
    data.presets.insert("zz_skipped".to_owned(), skipped);
    data.presets.insert("zz_renamed".to_owned(), renamed);
    let rendered = render(&data);
    assert!(!rendered.contains("fn zz_skipped()"));
    assert!(rendered.contains("name: \"zz_skipped\""), "the preset table keeps every preset");
    assert!(rendered.contains("pub const fn other() -> Permissions"));
    assert!(!rendered.contains("fn zz_renamed()"));
}
