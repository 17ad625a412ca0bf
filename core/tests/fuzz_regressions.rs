//! Inputs the fuzz targets (fuzz/) found problems with, kept so the fixes stay fixed. Each test names its
//! target; the inputs are the minimized ones libFuzzer reported, or a larger form of them where size matters.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use botperms_core::{ParsePermissionsError, Permissions, Scope};

/// Far more than the fixed code needs on a loaded machine, far less than the old code took.
const SLOW: Duration = Duration::from_secs(10);

/// Runs `work` on a thread and fails the test if it takes longer than [`SLOW`], instead of hanging it.
fn within_limit<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || sender.send(work()));
    receiver.recv_timeout(SLOW).unwrap_or_else(|error| panic!("not done within {SLOW:?}: {error}"))
}

/// `permissions_from_str`, `scope_from_str`: a long word without a separator was compared with every
/// spelling of every flag by measures quadratic in its length (64 KiB took over a minute), to find a
/// "did you mean" that no word this long can get.
#[test]
fn long_unknown_names_are_rejected_quickly() {
    let long = "ab".repeat(128 * 1024);
    let (permissions, scope) = within_limit(move || (long.parse::<Permissions>(), long.parse::<Scope>()));
    let error = permissions.unwrap_err();
    assert!(matches!(error, ParsePermissionsError::UnknownName { suggestion: None, .. }), "{error:?}");
    assert_eq!(scope.unwrap_err().suggestion, None);
}

/// The length cut-off must not cost the suggestions of names of ordinary length, mangled or padded.
#[test]
fn suggestions_survive_the_length_cut_off() {
    let suggestion = |text: &str| match text.parse::<Permissions>() {
        Err(ParsePermissionsError::UnknownName { suggestion, .. }) => suggestion,
        other => panic!("{text:?} gave {other:?}"),
    };
    assert_eq!(suggestion("SEND_MESAGES"), Some("SEND_MESSAGES"));
    assert_eq!(suggestion("Manage Sever"), Some("MANAGE_GUILD"));
    // Separators are ignored when comparing, so a name spread out with spaces still finds its flag.
    assert_eq!(
        suggestion(&"SEND_MESAGES".chars().flat_map(|c| [c, ' ', ' ', ' ', ' ']).collect::<String>()),
        Some("SEND_MESSAGES")
    );
    assert_eq!("applications.comands".parse::<Scope>().unwrap_err().suggestion, Some("applications.commands"));
}
