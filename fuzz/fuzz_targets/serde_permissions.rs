//! JSON deserialization of `Permissions`: no panic, and what it reads serializes back to the same bits.
#![no_main]

use std::collections::BTreeMap;

use botperms_core::Permissions;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Inside containers serde_json takes other paths (map keys, borrowed and escaped strings).
    let _ = serde_json::from_slice::<Vec<Permissions>>(data);
    let _ = serde_json::from_slice::<BTreeMap<String, Permissions>>(data);
    let Ok(permissions) = serde_json::from_slice::<Permissions>(data) else { return };
    let json = serde_json::to_string(&permissions).expect("permissions always serialize");
    assert_eq!(json, format!("\"{}\"", permissions.bits()));
    assert_eq!(serde_json::from_str::<Permissions>(&json).ok(), Some(permissions));
});
