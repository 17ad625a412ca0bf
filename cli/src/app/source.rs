//! Where the application object comes from: a file, stdin, or Discord.

use std::io::Read;
use std::path::Path;

use botperms_core::app::Application;

use crate::output::Failure;

/// Far more than any application object (a few kilobytes): a larger input is no such object.
pub(crate) const MAX_OBJECT_BYTES: u64 = 1 << 20;

/// Reads `--app FILE`, or stdin for `-`, and parses it.
pub(crate) fn read_app(path: &str) -> Result<Application, Failure> {
    let (name, text) = if path == "-" {
        ("stdin".to_owned(), read_capped(std::io::stdin().lock(), "stdin")?)
    } else {
        let name = format!("`{}`", Path::new(path).display());
        let file = std::fs::File::open(path).map_err(|error| {
            Failure::new(
                format!("cannot read {name}: {error}"),
                "pass the file `botperms app fetch` wrote, or `-` to read the object from stdin",
            )
        })?;
        let text = read_capped(file, &name)?;
        (name, text)
    };
    parse(&text, &name)
}

/// The object in `text`, read from `origin`.
pub(crate) fn parse(text: &str, origin: &str) -> Result<Application, Failure> {
    Application::from_json(text).map_err(|error| {
        Failure::new(
            format!("{origin} is {error}"),
            "pass what `GET /applications/@me` answers, as `botperms app fetch` prints it",
        )
    })
}

fn read_capped(reader: impl Read, name: &str) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    reader.take(MAX_OBJECT_BYTES + 1).read_to_end(&mut bytes).map_err(|error| {
        Failure::new(format!("cannot read {name}: {error}"), "pass a readable file, or `-` for stdin")
    })?;
    if bytes.len() as u64 > MAX_OBJECT_BYTES {
        return Err(Failure::new(
            format!("{name} is larger than {MAX_OBJECT_BYTES} bytes: no application object is"),
            "pass the body of `GET /applications/@me`, as `botperms app fetch` prints it",
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| Failure::new(format!("{name} is not UTF-8 text"), "pass the JSON of the application object"))
}
