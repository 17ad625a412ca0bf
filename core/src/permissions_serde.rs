//! Permissions on the wire: Discord sends them as decimal strings (API v8+), and some payloads
//! (audit-log changes) as integers. Unknown bits are kept: Discord ships flags before documenting them.

use core::fmt;

use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Permissions;

impl Serialize for Permissions {
    /// A decimal string, as Discord sends it.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut buffer = [0u8; 20];
        serializer.serialize_str(crate::ids::decimal(self.bits(), &mut buffer))
    }
}

struct PermissionsVisitor;

const EXPECTED: &str = "a permissions integer: a decimal string or a non-negative integer below 2^64";

impl Visitor<'_> for PermissionsVisitor {
    type Value = Permissions;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(EXPECTED)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Permissions, E> {
        if text.is_empty() || !text.bytes().all(|byte| byte.is_ascii_digit()) {
            return Err(E::invalid_value(Unexpected::Str(&crate::render::clean(text)), &self));
        }
        text.parse::<u64>()
            .map(Permissions::from_bits_retain)
            .map_err(|_| E::invalid_value(Unexpected::Str(&crate::render::clean(text)), &self))
    }

    fn visit_u64<E: de::Error>(self, bits: u64) -> Result<Permissions, E> {
        Ok(Permissions::from_bits_retain(bits))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Permissions, E> {
        u64::try_from(value)
            .map(Permissions::from_bits_retain)
            .map_err(|_| E::invalid_value(Unexpected::Signed(value), &self))
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<Permissions, E> {
        u64::try_from(value)
            .map(Permissions::from_bits_retain)
            .map_err(|_| E::custom("permissions do not fit in 64 bits"))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<Permissions, E> {
        u64::try_from(value)
            .map(Permissions::from_bits_retain)
            .map_err(|_| E::custom("permissions must be a non-negative integer below 2^64"))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Permissions, E> {
        Err(E::invalid_value(Unexpected::Float(value), &self))
    }
}

impl<'de> Deserialize<'de> for Permissions {
    /// A decimal string or a non-negative integer; unknown bits are kept.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Permissions, D::Error> {
        deserializer.deserialize_any(PermissionsVisitor)
    }
}
