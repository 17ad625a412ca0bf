//! `Permissions` on the wire (feature `serde`).
#![cfg(feature = "serde")]

use botperms_core::Permissions;

#[test]
fn round_trips_unknown_bits_as_a_decimal_string() {
    let parsed: Permissions = serde_json::from_str("\"1152921504606849024\"").unwrap();
    assert_eq!(parsed.unknown_bits(), 1 << 60);
    assert!(parsed.contains(Permissions::SEND_MESSAGES));
    assert_eq!(serde_json::to_string(&parsed).unwrap(), "\"1152921504606849024\"");
}

#[test]
fn reads_integers_too() {
    assert_eq!(serde_json::from_str::<Permissions>("2048").unwrap(), Permissions::SEND_MESSAGES);
    assert_eq!(serde_json::from_str::<Permissions>("\"0\"").unwrap(), Permissions::empty());
    assert_eq!(serde_json::to_string(&Permissions::empty()).unwrap(), "\"0\"");
    let max: Permissions = serde_json::from_str("18446744073709551615").unwrap();
    assert_eq!(max.bits(), u64::MAX);
    assert_eq!(serde_json::to_string(&max).unwrap(), "\"18446744073709551615\"");
}

#[test]
fn rejects_what_is_not_a_permissions_integer() {
    for (input, says) in [
        ("-1", "invalid value: integer `-1`"),
        ("\"-1\"", "invalid value: string \"-1\""),
        ("1.5", "invalid value: floating point `1.5`"),
        ("18446744073709551616", "invalid value: floating point"),
        ("\"18446744073709551616\"", "invalid value: string"),
        ("\"SEND_MESSAGES\"", "invalid value: string"),
        ("\"\"", "invalid value: string"),
        ("null", "invalid type: null"),
        ("[1]", "invalid type: sequence"),
    ] {
        let error = serde_json::from_str::<Permissions>(input).unwrap_err().to_string();
        assert!(error.starts_with(says), "{input}: {error}");
        assert!(error.contains("permissions integer"), "{input}: {error}");
    }
}
