//! URI syntax of our own: the RFC 3986 reading of a `redirect_uri` that the rules check at compile
//! time and at run time, and the form encoding every link value is written with.
//!
//! Hand-written rather than `url`: `url` parses by the WHATWG rules, whose host handling needs `idna`
//! and the ICU stack, about thirty crates the proc macros would compile for the host. What the rules
//! ask of a redirect is small: an absolute URI, its scheme, its host (a name, an IPv4 address or an
//! IPv6 literal) and whether that host is loopback, and no fragment.

use core::net::{Ipv4Addr, Ipv6Addr};

#[cfg(test)]
mod tests;

/// An absolute URI split into the parts RFC 3986 names (section 3), borrowing from the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Uri<'a> {
    /// As written; compare with [`str::eq_ignore_ascii_case`] (schemes are case-insensitive).
    pub(crate) scheme: &'a str,
    /// `None` when the URI has no `//` after the scheme (`mailto:a@b`).
    pub(crate) authority: Option<Authority<'a>>,
    pub(crate) fragment: Option<&'a str>,
}

/// `[ userinfo "@" ] host [ ":" port ]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Authority<'a> {
    pub(crate) host: Host<'a>,
    pub(crate) port: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Host<'a> {
    /// A registered name (a domain), possibly empty (`file:///x`).
    Name(&'a str),
    Ipv4(Ipv4Addr),
    /// `[::1]`: an IPv6 literal in brackets.
    Ipv6(Ipv6Addr),
    /// `[v1.x]`: an IP literal of a future version.
    IpFuture(&'a str),
}

impl Host<'_> {
    /// `localhost`, `127.0.0.0/8` or `::1`: hosts Discord allows plain `http` for.
    pub(crate) fn is_loopback(&self) -> bool {
        match self {
            Self::Name(name) => name.eq_ignore_ascii_case("localhost"),
            Self::Ipv4(address) => address.is_loopback(),
            Self::Ipv6(address) => address.is_loopback(),
            Self::IpFuture(_) => false,
        }
    }
}

/// Why a text is no absolute URI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UriError {
    /// No `scheme:` at the start.
    NoScheme,
    /// A character no URI may hold unencoded: a control character, or a space in the authority.
    BadCharacter,
    /// A `[..]` literal that is neither IPv6 nor `v<hex>.<text>`, or not closed.
    BadIpLiteral,
    /// A host with characters a registered name cannot have.
    BadHost,
    /// A port that is not a number up to 65535.
    BadPort,
}

impl UriError {
    /// What is wrong, as the end of a sentence about the URI.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Self::NoScheme => "it does not start with a scheme such as `https:`",
            Self::BadCharacter => "it holds a control character, or a space before its path",
            Self::BadIpLiteral => "its `[...]` host is not an IPv6 address",
            Self::BadHost => "its host has characters a host name cannot have",
            Self::BadPort => "its port is not a number from 0 to 65535",
        }
    }
}

/// Reads `text` as an absolute URI (RFC 3986 section 4.3, fragment allowed so it can be reported).
///
/// Strict where the rules look (scheme, authority, host, port), lenient in the path and query: a
/// space, a non-ASCII character or a lone `%` there is taken as written, as browsers and the `url`
/// crate do, since every value is form-encoded when a link is rendered. Control characters are
/// refused everywhere. Linear in the length of `text`.
pub(crate) fn parse_absolute(text: &str) -> Result<Uri<'_>, UriError> {
    if text.chars().any(char::is_control) {
        return Err(UriError::BadCharacter);
    }
    let (scheme, rest) = split_scheme(text).ok_or(UriError::NoScheme)?;
    let (rest, fragment) = match rest.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (rest, None),
    };
    let authority = match rest.strip_prefix("//") {
        Some(rest) => {
            // The authority ends at the first `/` or `?` (section 3.2).
            let end = rest.find(['/', '?']).unwrap_or(rest.len());
            Some(parse_authority(&rest[..end])?)
        }
        None => None,
    };
    Ok(Uri { scheme, authority, fragment })
}

/// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )` before the first `:`.
fn split_scheme(text: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = text.split_once(':')?;
    let mut bytes = scheme.bytes();
    let first_is_alpha = bytes.next().is_some_and(|byte| byte.is_ascii_alphabetic());
    (first_is_alpha && bytes.all(|byte| byte.is_ascii_alphanumeric() || b"+-.".contains(&byte)))
        .then_some((scheme, rest))
}

fn parse_authority(authority: &str) -> Result<Authority<'_>, UriError> {
    if authority.contains(' ') {
        return Err(UriError::BadCharacter);
    }
    // Userinfo ends at the last `@`: `@` cannot appear in a host or port.
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, host_port)| host_port);
    let (host, port) = if let Some(literal) = host_port.strip_prefix('[') {
        let (literal, after) = literal.split_once(']').ok_or(UriError::BadIpLiteral)?;
        let port = match after {
            "" => None,
            _ => Some(after.strip_prefix(':').ok_or(UriError::BadPort)?),
        };
        (parse_ip_literal(literal)?, port)
    } else {
        let (host, port) = match host_port.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (host_port, None),
        };
        (parse_name_or_ipv4(host)?, port)
    };
    // `port = *DIGIT`: empty is allowed and means the scheme's default.
    let port = match port {
        None | Some("") => None,
        Some(port) if port.bytes().all(|byte| byte.is_ascii_digit()) => {
            Some(port.parse::<u16>().map_err(|_| UriError::BadPort)?)
        }
        Some(_) => return Err(UriError::BadPort),
    };
    Ok(Authority { host, port })
}

/// `IP-literal = "[" ( IPv6address / IPvFuture ) "]"`, brackets already taken off.
fn parse_ip_literal(literal: &str) -> Result<Host<'_>, UriError> {
    if let Some(future) = literal.strip_prefix(['v', 'V']) {
        // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
        let (version, address) = future.split_once('.').ok_or(UriError::BadIpLiteral)?;
        let version_ok = !version.is_empty() && version.bytes().all(|byte| byte.is_ascii_hexdigit());
        let address_ok = !address.is_empty()
            && address.bytes().all(|byte| is_unreserved(byte) || is_sub_delim(byte) || byte == b':');
        return if version_ok && address_ok { Ok(Host::IpFuture(literal)) } else { Err(UriError::BadIpLiteral) };
    }
    // RFC 3986's IPv6address grammar is the one `Ipv6Addr` parses (with an IPv4 tail allowed);
    // a zone id (`%25eth0`, RFC 6874) is not accepted, as browsers do not either.
    literal.parse().map(Host::Ipv6).map_err(|_| UriError::BadIpLiteral)
}

/// `IPv4address / reg-name`: a dotted quad is an address, anything else a name.
fn parse_name_or_ipv4(host: &str) -> Result<Host<'_>, UriError> {
    // Only the strict dotted-decimal form is an address (section 3.2.2): `127.1` or `0x7f.0.0.1`
    // are registered names to RFC 3986, so they are not taken as loopback.
    if let Ok(address) = host.parse::<Ipv4Addr>() {
        return Ok(Host::Ipv4(address));
    }
    // reg-name = *( unreserved / pct-encoded / sub-delims ), and non-ASCII for internationalized
    // names (RFC 3987's iunreserved): their IDNA form is the host's business, not this check's.
    let bytes = host.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if byte == b'%' {
            let hex = |offset: usize| bytes.get(index + offset).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(1) && hex(2)) {
                return Err(UriError::BadHost);
            }
            index += 3;
            continue;
        }
        if !(is_unreserved(byte) || is_sub_delim(byte) || !byte.is_ascii()) {
            return Err(UriError::BadHost);
        }
        index += 1;
    }
    Ok(Host::Name(host))
}

fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"-._~".contains(&byte)
}

fn is_sub_delim(byte: u8) -> bool {
    b"!$&'()*+,;=".contains(&byte)
}

/// Appends `value` form-encoded (`application/x-www-form-urlencoded`, the WHATWG serializer):
/// ASCII letters, digits and `*-._` as they are, a space as `+`, every other byte as `%XX`.
pub(crate) fn push_form_encoded(out: &mut alloc::string::String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    // The proc macros run this unoptimized, where an iterator's `next` or a `push` per byte costs
    // several times an indexed loop that copies the runs of bytes kept as they are whole.
    let bytes = value.as_bytes();
    let mut kept_from = 0;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        index += 1;
        if matches!(byte, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_') {
            continue;
        }
        let index = index - 1;
        // Both ends are char boundaries: the run is ASCII and ends before this byte.
        if kept_from < index {
            out.push_str(&value[kept_from..index]);
        }
        kept_from = index + 1;
        if byte == b' ' {
            out.push('+');
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        }
    }
    if kept_from < value.len() {
        out.push_str(&value[kept_from..]);
    }
}
