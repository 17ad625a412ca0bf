//! `Permissions: FromStr` on arbitrary text, and the `Display`/`FromStr` round trip of what it reads.
#![no_main]

use botperms_core::Permissions;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(permissions) = text.parse::<Permissions>() else { return };
    // `Display` writes Discord's names, then unknown bits as one hex number: both read back exactly.
    let shown = permissions.to_string();
    assert_eq!(shown.parse::<Permissions>().ok(), Some(permissions), "{text:?} displays as {shown:?}");
    // And what `Display` writes is a fixed point.
    assert_eq!(Permissions::from_bits_retain(permissions.bits()).to_string(), shown);
});
