//! Loading files into a store: the one policy of `load`, `.load` and `fetch`.
//!
//! Every file is read and checked before anything is stored, so a bad file
//! among good ones stores nothing. A file whose totals do not add up is
//! refused unless the load is forced. Each file that is stored goes in one
//! transaction of its own ([`Store::insert`]).

use crate::error::{Error, Result, SourceProblem};
use crate::locale::Message;
use crate::msg;
use crate::report::Report;
use crate::store::{Editions, Loaded, Store};
use std::path::{Path, PathBuf};

/// A file read and checked, waiting to be stored.
pub struct Ready {
    pub path: PathBuf,
    /// The name the store keeps: the file's name without its folder.
    pub name: String,
    pub text: String,
    pub report: Report,
    /// The encoding the file was read as, when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// Reads and checks every file; the first that cannot be read, or whose totals
/// do not add up while `force` is off, stops the load before anything is stored.
pub fn read_all(files: &[PathBuf], force: bool) -> Result<Vec<Ready>> {
    if files.is_empty() {
        return Err(Error::Usage(msg!("usage-load-nothing")));
    }
    files.iter().map(|file| read_one(file, force)).collect()
}

fn read_one(file: &Path, force: bool) -> Result<Ready> {
    let crate::source::File {
        text,
        report,
        encoding,
    } = crate::source::read_file(file)?;
    if !report.failures.is_empty() && !force {
        return Err(Error::source(
            file,
            SourceProblem::Unbalanced(report.failures.clone()),
        ));
    }
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Ready {
        path: file.to_path_buf(),
        name,
        text,
        report,
        encoding,
    })
}

/// Stores files read by [`read_all`], telling `say` what each load did.
pub fn store_all(
    store: &mut Store,
    ready: &[Ready],
    editions: Editions,
    say: &mut dyn FnMut(Message),
) -> Result<()> {
    for file in ready {
        if let Some(encoding) = file.encoding {
            say(msg!(
                "load-encoding",
                path = file.path.display().to_string(),
                encoding = encoding
            ));
        }
        let loaded = store.insert(
            &crate::source::entry(&file.report),
            &file.name,
            &file.text,
            editions,
        )?;
        say(summary(&file.name, &loaded, &file.report));
    }
    Ok(())
}

/// What loading one file did, in one line.
fn summary(name: &str, loaded: &Loaded, report: &Report) -> Message {
    let what = match (&loaded.replaced, loaded.added) {
        (Some(other), _) => msg!("load-replaced", other = other),
        (None, true) => msg!("load-added"),
        (None, false) => msg!("load-unchanged"),
    };
    let lines: Vec<String> = report.unplaced.iter().map(|(l, _)| l.to_string()).collect();
    msg!(
        "load-summary",
        name = name,
        month = &loaded.month,
        facts = loaded.facts,
        checks = loaded.checks,
        what = what,
        unplaced = lines.len(),
        lines = lines
    )
}
