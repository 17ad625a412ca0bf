//! `Scope: FromStr` on arbitrary text: a scope it reads displays as a name that reads back to it.
#![no_main]

use botperms_core::Scope;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match text.parse::<Scope>() {
        Ok(scope) => assert_eq!(scope.to_string().parse::<Scope>(), Ok(scope), "{text:?}"),
        // The message and the suggestion are built for every rejected text, so format them too.
        Err(error) => {
            let _ = error.to_string();
            if let Some(suggestion) = error.suggestion {
                assert!(suggestion.parse::<Scope>().is_ok(), "suggested {suggestion:?}, which is no scope");
            }
        }
    }
});
