//! Reading the calculator's inputs from Discord's JSON: ids as decimal strings, overwrite and channel types
//! as integers, timestamps in ISO 8601 (permissions use their own `Deserialize`). Every malformed value is a
//! serde error naming what was expected; nothing here panics.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};

use super::{ChannelKind, Member, OverwriteKind};

/// An id: a decimal string, as Discord sends ids, or a non-negative integer.
pub(super) fn snowflake<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    deserializer.deserialize_any(IdVisitor)
}

struct IdVisitor;

impl Visitor<'_> for IdVisitor {
    type Value = u64;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a Discord id as a decimal string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<u64, E> {
        // `u64::from_str` alone would take a leading `+`; Discord never sends one.
        if text.is_empty() || !text.bytes().all(|byte| byte.is_ascii_digit()) {
            return Err(E::invalid_value(Unexpected::Str(&crate::render::clean(text)), &self));
        }
        text.parse().map_err(|_| E::invalid_value(Unexpected::Str(&crate::render::clean(text)), &self))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<u64, E> {
        Ok(value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<u64, E> {
        u64::try_from(value).map_err(|_| E::invalid_value(Unexpected::Signed(value), &self))
    }
}

/// Reads a small integer type field, handing it to `decode`.
struct TypeVisitor<T> {
    expecting: &'static str,
    decode: fn(u64) -> Option<T>,
}

impl<T> Visitor<'_> for TypeVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.expecting)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        (self.decode)(value).ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        u64::try_from(value)
            .ok()
            .and_then(self.decode)
            .ok_or_else(|| E::invalid_value(Unexpected::Signed(value), &self))
    }
}

impl<'de> Deserialize<'de> for OverwriteKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_u64(TypeVisitor {
            expecting: "a permission overwrite type: 0 (role) or 1 (member)",
            decode: |value| match value {
                0 => Some(OverwriteKind::Role),
                1 => Some(OverwriteKind::Member),
                _ => None,
            },
        })
    }
}

impl<'de> Deserialize<'de> for ChannelKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_u64(TypeVisitor {
            expecting: "a guild channel type: 0, 2, 4, 5, 10 to 16 (DMs have no permission overwrites)",
            decode: ChannelKind::from_type::<u64>,
        })
    }
}

/// Discord's guild member object, as far as it is read.
#[derive(serde::Deserialize)]
pub(super) struct WireMember {
    #[serde(default)]
    user: Option<WireUser>,
    roles: alloc::vec::Vec<WireId>,
    #[serde(default)]
    communication_disabled_until: Option<WireTimestamp>,
}

#[derive(serde::Deserialize)]
struct WireUser {
    #[serde(deserialize_with = "snowflake")]
    id: u64,
}

#[derive(serde::Deserialize)]
struct WireId(#[serde(deserialize_with = "snowflake")] u64);

struct WireTimestamp(u64);

impl<'de> Deserialize<'de> for WireTimestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TimestampVisitor).map(WireTimestamp)
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = u64;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("an ISO 8601 timestamp after 1970 such as \"2021-12-23T12:34:56.789000+00:00\"")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<u64, E> {
        parse_timestamp_ms(text).ok_or_else(|| E::invalid_value(Unexpected::Str(&crate::render::clean(text)), &self))
    }
}

impl From<WireMember> for Member {
    fn from(wire: WireMember) -> Self {
        Member {
            user_id: wire.user.map(|user| user.id),
            role_ids: wire.roles.into_iter().map(|WireId(id)| id).collect(),
            communication_disabled_until_ms: wire.communication_disabled_until.map(|WireTimestamp(ms)| ms),
        }
    }
}

// Parsed here rather than with `time` or `chrono`: one fixed format, and the `serde` feature should not pull a
// date library into a no_std crate.

/// Milliseconds since the Unix epoch of an RFC 3339 timestamp (the ISO 8601 profile Discord sends):
/// `YYYY-MM-DDTHH:MM:SS`, an optional fraction (cut to milliseconds), then `Z` or `±HH:MM`.
/// `None` for anything else, or for a time before 1970.
pub(crate) fn parse_timestamp_ms(text: &str) -> Option<u64> {
    let bytes = text.as_bytes();
    let number = |range: core::ops::Range<usize>| -> Option<i64> {
        let digits = bytes.get(range)?;
        digits.iter().try_fold(0_i64, |value, &byte| byte.is_ascii_digit().then(|| value * 10 + i64::from(byte - b'0')))
    };
    let separator = |at: usize, expected: &[u8]| bytes.get(at).is_some_and(|byte| expected.contains(byte));

    if !(separator(4, b"-")
        && separator(7, b"-")
        && separator(10, b"Tt ")
        && separator(13, b":")
        && separator(16, b":"))
    {
        return None;
    }
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }

    let mut at = 19;
    let mut millis = 0;
    if separator(at, b".") {
        at += 1;
        let start = at;
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        let digits = at - start;
        if digits == 0 {
            return None;
        }
        // Only the first three digits matter; the rest would only overflow.
        let kept = digits.min(3);
        millis = number(start..start + kept)? * 10_i64.pow(3 - u32::try_from(kept).ok()?);
    }

    let offset_minutes = match bytes.get(at..)? {
        b"Z" | b"z" => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (hours, minutes) = (number(at + 1..at + 3)?, number(at + 4..at + 6)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let offset = hours * 60 + minutes;
            if *sign == b'-' { -offset } else { offset }
        }
        _ => return None,
    };

    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset_minutes * 60;
    u64::try_from(seconds * 1_000 + millis).ok()
}

const fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

const fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (year 0 to 9999), counting years
/// from March so that the leap day comes last.
const fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}
