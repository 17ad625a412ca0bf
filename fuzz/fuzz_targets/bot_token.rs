//! `BotToken::new` on arbitrary text: no panic, an accepted token is kept exactly, and no error message
//! repeats what it rejected.
#![no_main]

use std::sync::LazyLock;

use botperms_core::BotToken;
use libfuzzer_sys::fuzz_target;

/// The messages of every kind of error, from made-up inputs. A message is fixed wording chosen by the kind of
/// error, so an input may appear in it by coincidence ("Developer Portal" is in most of them); such an input
/// is found in this text too, and is not a leak.
static WORDING: LazyLock<String> = LazyLock::new(|| {
    let samples = [
        "",
        "Bot ",
        "a b",
        "a",
        "a.b",
        "a.b.c.d",
        "abcdefghijklmnopqrstuvwx.abcdef.abcdefghijklmnopqrstuvwxyzabc",
        // The base64 of a made-up user id, with parts of the wrong length after it.
        "MTU3NzMwNTkwNDkyMTk2ODY0.abc.abcdefghijklmnopqrstuvwxyzabc",
        "MTU3NzMwNTkwNDkyMTk2ODY0.abcdef.abc",
        // 32 base64url chars: the shape of a client secret.
        "abcdefghijklmnopqrstuvwxyzABCDEF",
        "157730590492196864",
    ];
    let messages: Vec<String> = samples
        .iter()
        .filter_map(|sample| BotToken::new(*sample).err())
        .flat_map(|error| [error.to_string(), format!("{error:?}")])
        .collect();
    messages.join("\n")
});

fuzz_target!(|text: &str| {
    match BotToken::new(text) {
        Ok(token) => {
            // What is kept is the token without the `Bot ` prefix and whitespace, byte for byte.
            assert!(text.contains(token.expose_secret()));
            assert!(!format!("{token:?}").contains(token.expose_secret()));
            assert!(!token.to_string().contains(token.expose_secret()));
        }
        Err(error) => {
            let trimmed = text.trim();
            // Short inputs are skipped: digits and common words are part of the wording.
            if trimmed.chars().count() <= 8 || WORDING.contains(trimmed) {
                return;
            }
            for shown in [error.to_string(), format!("{error:?}")] {
                assert!(!shown.contains(trimmed), "{shown:?} repeats the rejected input");
            }
        }
    }
});
