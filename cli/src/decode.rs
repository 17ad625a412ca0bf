//! `botperms decode`: the flags inside a permissions integer.

use botperms_core::{ChannelTypes, PermissionInfo, Permissions};
use serde::Serialize;

use crate::json::PermissionsJson;
use crate::output::{self, Context, Failure, Report, plural};
use crate::style::Tone;
use crate::table::{Align, Cell, Table};

/// Show the flags in a permissions integer
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The integer: decimal (`274877910016`) or hexadecimal (`0x4000000c00`)
    #[arg(allow_negative_numbers = true)]
    value: String,
}

/// Decodes `args.value`.
pub(crate) fn run(args: &Args, context: &Context) -> Result<Report, Failure> {
    let permissions = Permissions::from_bits_retain(parse_integer(&args.value)?);
    let stdout = if context.json { output::json(&DecodeJson::new(permissions))? } else { text(permissions, context) };
    Ok(Report { stdout, ..Report::default() })
}

/// Reads a permissions integer, saying what the text is when it is not one.
pub(crate) fn parse_integer(text: &str) -> Result<u64, Failure> {
    let trimmed = text.trim();
    let (digits, radix) = match trimmed.strip_prefix("0x").or_else(|| trimmed.strip_prefix("0X")) {
        Some(hex) => (hex, 16),
        None => (trimmed, 10),
    };
    if !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix)) {
        return u64::from_str_radix(digits, radix).map_err(|_| {
            Failure::new(
                format!("`{trimmed}` does not fit in 64 bits"),
                "Discord's permissions integer is at most 18446744073709551615 (0xffffffffffffffff)",
            )
        });
    }
    if trimmed.strip_prefix('-').is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit())) {
        return Err(Failure::new(
            format!("`{trimmed}` is negative, and Discord's permissions integer is unsigned"),
            "`-1` (as nextcord's `Permissions.all()` writes it) is rejected by Discord: \
             list the flags the bot needs with `botperms encode`",
        ));
    }
    let help = if crate::encode::overlong(trimmed).is_none() && trimmed.parse::<Permissions>().is_ok() {
        format!("that is a permission name; `botperms encode \"{trimmed}\"` gives its integer")
    } else {
        "write a decimal integer such as `274877910016`, or a hexadecimal one such as `0x4000000c00`".to_owned()
    };
    let quoted = crate::encode::overlong(trimmed).unwrap_or_else(|| format!("`{trimmed}`"));
    Err(Failure::new(format!("{quoted} is not a permissions integer"), help))
}

/// The channel types a flag applies to, as Discord's table marks them: `T V S`, `-` where it does not.
fn channel_marks(types: ChannelTypes) -> String {
    [(ChannelTypes::TEXT, "T"), (ChannelTypes::VOICE, "V"), (ChannelTypes::STAGE, "S")]
        .iter()
        .map(|(kind, mark)| if types.contains(*kind) { *mark } else { "-" })
        .collect::<Vec<_>>()
        .join(" ")
}

fn text(permissions: Permissions, context: &Context) -> String {
    let style = context.out;
    let bits = permissions.bits();
    let count = permissions.infos().count();
    let mut out =
        format!("{} ({bits:#x}): {count} {}\n", style.paint(Tone::Bold, &bits.to_string()), plural(count, "flag"));
    let unknown = permissions.unknown_bits();
    if bits == 0 {
        return out;
    }
    out.push('\n');
    let mut table = Table::new(&[
        ("Bit", Align::Right),
        ("Flag", Align::Left),
        ("2FA", Align::Left),
        ("Channels", Align::Left),
        ("Client label", Align::Left),
    ]);
    for info in permissions.infos() {
        table.row(vec![
            info.bit().to_string().into(),
            Cell::new(info.name, Tone::Bold),
            if info.requires_2fa { "2FA".into() } else { "".into() },
            channel_marks(info.channel_types).into(),
            info.client_label.into(),
        ]);
    }
    for bit in output::set_bits(unknown) {
        table.row(vec![
            bit.to_string().into(),
            Cell::new("unknown", Tone::Error),
            "".into(),
            "".into(),
            Cell::new("not defined by Discord", Tone::Dim),
        ]);
    }
    out.push_str(&table.render(style, context.width));
    out.push('\n');
    if unknown != 0 {
        let n = unknown.count_ones() as usize;
        out.push_str(&output::diagnostic(
            style,
            Tone::Warning,
            "warning",
            &format!(
                "{} {} ({unknown:#x}) {} not defined by Discord; a link carrying {} fails rule `unknown_bits`",
                plural(n, "bit"),
                output::bit_list(unknown),
                if n == 1 { "is" } else { "are" },
                if n == 1 { "it" } else { "them" },
            ),
        ));
    }
    out.push_str(&style.paint(
        Tone::Dim,
        "Channels: T text, V voice, S stage. 2FA: needs an owner with 2FA where the guild enforces it.",
    ));
    out.push('\n');
    out
}

/// `decode --json`: the set, then what the table says of each of its flags.
#[derive(Debug, Serialize)]
struct DecodeJson {
    permissions: PermissionsJson,
    details: Vec<FlagJson>,
}

impl DecodeJson {
    fn new(permissions: Permissions) -> DecodeJson {
        DecodeJson { permissions: permissions.into(), details: permissions.infos().map(FlagJson::from).collect() }
    }
}

/// One flag of the set in full, as programs read it; `value` is a string like every 64-bit integer.
#[derive(Debug, Serialize)]
struct FlagJson {
    name: &'static str,
    bit: u32,
    value: String,
    client_label: &'static str,
    requires_2fa: bool,
    channel_types: Vec<&'static str>,
}

impl From<&'static PermissionInfo> for FlagJson {
    fn from(info: &'static PermissionInfo) -> FlagJson {
        let kinds = [(ChannelTypes::TEXT, "text"), (ChannelTypes::VOICE, "voice"), (ChannelTypes::STAGE, "stage")];
        FlagJson {
            name: info.name,
            bit: info.bit(),
            value: info.flag.bits().to_string(),
            client_label: info.client_label,
            requires_2fa: info.requires_2fa,
            channel_types: kinds
                .iter()
                .filter(|(kind, _)| info.channel_types.contains(*kind))
                .map(|(_, name)| *name)
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_read_in_decimal_and_hexadecimal() {
        assert_eq!(parse_integer("274877910016"), Ok(274_877_910_016));
        assert_eq!(parse_integer(" 0x4000000C00 "), Ok(0x40_0000_0c00));
        assert_eq!(parse_integer("18446744073709551615"), Ok(u64::MAX));
    }

    #[test]
    fn what_is_not_an_integer_is_named() {
        let message = |text| parse_integer(text).unwrap_err().0[0].message.clone();
        assert!(message("18446744073709551616").contains("64 bits"));
        assert!(message("-1").contains("negative"));
        assert!(message("0x").contains("not a permissions integer"));
        assert!(message("").contains("not a permissions integer"));
        assert!(parse_integer("SEND_MESSAGES").unwrap_err().0[0].help.contains("botperms encode"));
    }
}
