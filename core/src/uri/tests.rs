use alloc::string::String;
use core::net::{Ipv4Addr, Ipv6Addr};

use super::{Host, UriError, parse_absolute, push_form_encoded};

fn host(text: &str) -> Host<'_> {
    parse_absolute(text).unwrap_or_else(|error| panic!("{text}: {error:?}")).authority.expect("an authority").host
}

fn error(text: &str) -> UriError {
    parse_absolute(text).expect_err(text)
}

#[test]
fn splits_scheme_authority_and_fragment() {
    let uri = parse_absolute("https://user:pw@Example.COM:8443/a/b?x=1&y=2#top").unwrap();
    assert_eq!(uri.scheme, "https");
    let authority = uri.authority.unwrap();
    assert_eq!(authority.host, Host::Name("Example.COM"));
    assert_eq!(authority.port, Some(8443));
    assert_eq!(uri.fragment, Some("top"));

    let uri = parse_absolute("HTTP://localhost").unwrap();
    assert_eq!(uri.scheme, "HTTP");
    assert_eq!(uri.authority.unwrap().port, None);
    assert_eq!(uri.fragment, None);
    // An empty fragment is still a fragment.
    assert_eq!(parse_absolute("https://a.b/#").unwrap().fragment, Some(""));
}

#[test]
fn the_authority_ends_at_path_or_query() {
    assert_eq!(host("https://a.b?next=c:d@e"), Host::Name("a.b"));
    assert_eq!(host("https://a.b/x@y:z"), Host::Name("a.b"));
    // The fragment is cut before the authority is read.
    assert_eq!(host("https://a.b#c/d"), Host::Name("a.b"));
    // The last `@` ends the userinfo.
    assert_eq!(host("https://a@b@c.d/"), Host::Name("c.d"));
}

#[test]
fn schemes() {
    for scheme in ["https", "h", "coap+tcp", "x-y.z", "A1"] {
        assert_eq!(parse_absolute(&alloc::format!("{scheme}://a")).unwrap().scheme, scheme);
    }
    for relative in ["/callback", "//example.com/cb", "example.com/cb", "", ":x", "1http://a", "ht tp://a", "é://a"] {
        assert_eq!(error(relative), UriError::NoScheme, "{relative}");
    }
    // No authority: absolute all the same, its scheme is what the rules report.
    let mail = parse_absolute("mailto:someone@example.com").unwrap();
    assert_eq!((mail.scheme, mail.authority), ("mailto", None));
    assert_eq!(parse_absolute("https:example.com").unwrap().authority, None);
}

#[test]
fn ipv4_hosts_are_strict_dotted_quads() {
    assert_eq!(host("http://127.0.0.1:8080/cb"), Host::Ipv4(Ipv4Addr::LOCALHOST));
    assert_eq!(host("http://10.1.2.3"), Host::Ipv4(Ipv4Addr::new(10, 1, 2, 3)));
    // RFC 3986 reads the shorthand forms the WHATWG parser accepts as names.
    for name in ["127.1", "0x7f.0.0.1", "2130706433", "127.0.0.256", "127.0.0.01"] {
        assert_eq!(host(&alloc::format!("http://{name}/")), Host::Name(name), "{name}");
    }
}

#[test]
fn ip_literals() {
    assert_eq!(host("http://[::1]/cb"), Host::Ipv6(Ipv6Addr::LOCALHOST));
    assert_eq!(host("http://[::1]:3000"), Host::Ipv6(Ipv6Addr::LOCALHOST));
    assert_eq!(host("https://[2001:DB8::8:800:200C:417A]/"), Host::Ipv6("2001:db8::8:800:200c:417a".parse().unwrap()));
    assert_eq!(host("https://[::ffff:192.0.2.1]/"), Host::Ipv6("::ffff:192.0.2.1".parse().unwrap()));
    assert_eq!(host("https://[v7.fe80::a+en1]/"), Host::IpFuture("v7.fe80::a+en1"));
    for bad in ["http://[::1", "http://[]/", "http://[:::1]/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[fe80::1%25en0]/"]
    {
        assert_eq!(error(bad), UriError::BadIpLiteral, "{bad}");
    }
    for bad in ["http://[v.x]/", "http://[vg.x]/", "http://[v1.]/", "http://[v1]/", "http://[v1.a/b]/"] {
        assert_eq!(error(bad), UriError::BadIpLiteral, "{bad}");
    }
    // After the bracket only a port may follow.
    assert_eq!(error("http://[::1]x/"), UriError::BadPort);
}

#[test]
fn ports() {
    assert_eq!(parse_absolute("http://a:0").unwrap().authority.unwrap().port, Some(0));
    assert_eq!(parse_absolute("http://a:65535").unwrap().authority.unwrap().port, Some(65535));
    // `port = *DIGIT`: empty means the default.
    assert_eq!(parse_absolute("http://a:/x").unwrap().authority.unwrap().port, None);
    for bad in ["http://a:65536", "http://a:-1", "http://a:8o", "http://a:99999999999999999999", "http://[::1]:x"] {
        assert_eq!(error(bad), UriError::BadPort, "{bad}");
    }
}

#[test]
fn registered_names() {
    assert_eq!(host("https://my-bot.example.com"), Host::Name("my-bot.example.com"));
    assert_eq!(host("https://a%2Db.c"), Host::Name("a%2Db.c"));
    assert_eq!(host("https://bücher.example"), Host::Name("bücher.example"));
    assert_eq!(host("https://!$&'()*+,;=.x"), Host::Name("!$&'()*+,;=.x"));
    // `file:///x` has an authority with an empty host.
    assert_eq!(host("file:///etc/hosts"), Host::Name(""));
    for bad in
        ["https://a%2", "https://a%zz.b", "https://a<b", "https://a\"b", "https://a:b:80", "https://a|b", "https://a^b"]
    {
        assert_eq!(error(bad), UriError::BadHost, "{bad}");
    }
}

#[test]
fn control_characters_and_spaces() {
    for bad in ["https://a.b/\n", "https://a.b/x\ty", "\u{7f}https://a.b", "https://a.b/\u{85}", "https://a\u{0}.b"] {
        assert_eq!(error(bad), UriError::BadCharacter, "{bad:?}");
    }
    assert_eq!(error("https://a b/"), UriError::BadCharacter);
    // The path and query are taken as written: they are form-encoded when a link is rendered.
    let lenient = parse_absolute("http://localhost:3000/auth?next=/a b&x=ü&y=%zz").unwrap();
    assert_eq!(lenient.authority.unwrap().host, Host::Name("localhost"));
}

#[test]
fn loopback() {
    for uri in ["http://localhost/cb", "http://LocalHost:80", "http://127.0.0.1", "http://127.255.0.9", "http://[::1]"]
    {
        assert!(host(uri).is_loopback(), "{uri}");
    }
    for uri in [
        "http://localhost.",
        "http://foo.localhost",
        "http://128.0.0.1",
        "http://127.1",
        "http://[::2]",
        "http://[::ffff:127.0.0.1]",
        "http://[v1.1]",
        "http://localhost@example.com",
        "http://example.com?localhost",
    ] {
        assert!(!host(uri).is_loopback(), "{uri}");
    }
}

#[test]
fn is_linear_on_long_inputs() {
    // Every step is one pass over the text; a megabyte of any shape comes back at once.
    let long = "a".repeat(1 << 20);
    assert!(parse_absolute(&alloc::format!("https://{long}/")).is_ok());
    assert!(parse_absolute(&alloc::format!("https://x/{}", "%".repeat(1 << 20))).is_ok());
    assert_eq!(error(&alloc::format!("https://[{}]", ":".repeat(1 << 20))), UriError::BadIpLiteral);
    assert_eq!(error(&"@".repeat(1 << 20)), UriError::NoScheme);
}

#[test]
fn agrees_with_the_url_crate_on_well_formed_links() {
    // `url` stays a dev-dependency: on URIs both grammars read alike, host and loopback agree.
    for text in [
        "https://example.com/cb?x=1",
        "http://localhost:8080/cb",
        "http://127.0.0.1/cb",
        "http://[::1]/cb",
        "https://[2001:db8::1]:8443/x",
        "https://user:pw@a.example:1/x?y#z",
        "http://192.168.1.10/",
    ] {
        let ours = parse_absolute(text).unwrap();
        let theirs = url::Url::parse(text).unwrap();
        assert!(ours.scheme.eq_ignore_ascii_case(theirs.scheme()), "{text}");
        assert_eq!(ours.fragment, theirs.fragment(), "{text}");
        let authority = ours.authority.unwrap();
        assert_eq!(authority.port, theirs.port(), "{text}");
        let same_host = match (authority.host, theirs.host().unwrap()) {
            (Host::Name(ours), url::Host::Domain(theirs)) => ours.eq_ignore_ascii_case(theirs),
            (Host::Ipv4(ours), url::Host::Ipv4(theirs)) => ours == theirs,
            (Host::Ipv6(ours), url::Host::Ipv6(theirs)) => ours == theirs,
            _ => false,
        };
        assert!(same_host, "{text}");
    }
}

#[test]
fn form_encoding() {
    let encoded = |value: &str| {
        let mut out = String::new();
        push_form_encoded(&mut out, value);
        out
    };
    assert_eq!(encoded("https://a.b/c?d=e f&g"), "https%3A%2F%2Fa.b%2Fc%3Fd%3De+f%26g");
    assert_eq!(encoded("*-._~+ü"), "*-._%7E%2B%C3%BC");
    assert_eq!(encoded(""), "");
    // The same bytes as the WHATWG serializer `url` ships, over every byte value and more.
    let mut every = String::new();
    for code in 0..=0x2ff_u32 {
        every.push(char::from_u32(code).unwrap());
    }
    every.push_str("\u{202e}\u{1f600}");
    let theirs: String = url::form_urlencoded::byte_serialize(every.as_bytes()).collect();
    assert_eq!(encoded(&every), theirs);
}
