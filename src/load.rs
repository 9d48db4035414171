//! Loading files into a store: the one policy of `load`, `.load` and `fetch`.
//!
//! Every file is read and checked before anything is stored, so a bad file
//! among good ones stores nothing; each file refused is named with why. A file whose totals do not add up is
//! refused unless the load is forced. Each file that is stored goes in one
//! transaction of its own ([`Store::insert`]). A Eurostat download is told
//! by its content and stored as an edition of its dataset
//! ([`Store::insert_eurostat`]); the codes it holds that asylq cannot place
//! are said at load.

use crate::error::{Error, Result, SourceProblem};
use crate::locale::{Arg, Message};
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
    pub content: Content,
    /// The encoding the file was read as, when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// What a file holds.
pub enum Content {
    /// A report or page of the CGVS.
    Cgvs(Report),
    Eurostat(Download),
}

/// A Eurostat download, read through and placed; its cells are read again
/// as they are stored, never held.
pub struct Download {
    pub summary: crate::eurostat::facts::Summary,
    /// The SHA-256 of the file's bytes as read (a `.gz` as downloaded).
    pub sha256: String,
}

/// Reads and checks every file; any that cannot be read, or whose totals do
/// not add up while `force` is off, stops the load before anything is
/// stored, and each of them is named in the error.
/// `dataset` names the Eurostat dataset of every file (`--dataset`).
pub fn read_all(files: &[PathBuf], force: bool, dataset: Option<&str>) -> Result<Vec<Ready>> {
    if files.is_empty() {
        return Err(Error::Usage(msg!("usage-load-nothing")));
    }
    if let Some(code) = dataset {
        crate::eurostat::datasets::find_code(code).map_err(|e| Error::Usage(e.message()))?;
    }
    let mut ready = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        match read_one(file, force, dataset) {
            Ok(one) => ready.push(one),
            Err(e @ Error::Usage(_)) => return Err(e),
            Err(e) => errors.push(e),
        }
    }
    match (errors.len(), files.len()) {
        (0, _) => Ok(ready),
        (_, 1) => Err(errors.remove(0)),
        _ => Err(Error::Refused {
            errors,
            files: files.len(),
        }),
    }
}

fn read_one(file: &Path, force: bool, dataset: Option<&str>) -> Result<Ready> {
    // A file that is no text is refused from its first 64 KiB, whatever
    // its size.
    let head = read_head(file)?;
    if !crate::eurostat::is_gzip(&head)
        && !head.starts_with(b"%PDF")
        && crate::source::looks_binary(&head)
    {
        return Err(Error::source(file, SourceProblem::Binary));
    }
    let bytes = std::fs::read(file).map_err(|e| Error::file(file, e))?;
    if crate::eurostat::looks_like(&bytes) {
        return read_eurostat(file, bytes, dataset);
    }
    if dataset.is_some() {
        return Err(Error::Usage(msg!(
            "usage-dataset-not-eurostat",
            path = file.display().to_string()
        )));
    }
    let crate::source::File {
        text,
        report,
        encoding,
    } = crate::source::read_bytes(file, &bytes)?;
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
        content: Content::Cgvs(report),
        encoding,
    })
}

/// The first 64 KiB of a file.
fn read_head(file: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut head = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(64 * 1024).read_to_end(&mut head))
        .map_err(|e| Error::file(file, e))?;
    Ok(head)
}

/// A Eurostat download (`bytes`, the file's), read and placed.
fn read_eurostat(file: &Path, bytes: Vec<u8>, dataset: Option<&str>) -> Result<Ready> {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let refused = |e| Error::source(file, SourceProblem::Eurostat(e));
    let sha256 = crate::eurostat::sha256(&bytes);
    let text = crate::eurostat::text_of(bytes).map_err(refused)?;
    let summary = crate::eurostat::facts::summary(&name, &text, dataset).map_err(refused)?;
    Ok(Ready {
        path: file.to_path_buf(),
        text,
        name,
        content: Content::Eurostat(Download { summary, sha256 }),
        encoding: None,
    })
}

/// Stores files read by [`read_all`], telling `say` what each load did.
/// A file the store refuses (another edition stored) does not stop the
/// others: each one refused is named in the error, and the caller saves
/// nothing, so that a refused load stores none of its files.
pub fn store_all(
    store: &mut Store,
    ready: &[Ready],
    editions: Editions,
    say: &mut dyn FnMut(Message),
) -> Result<()> {
    let (mut errors, mut said) = (Vec::new(), Vec::new());
    for file in ready {
        if let Err(e) = store_one(store, file, editions, &mut |m| said.push(m)) {
            errors.push(e);
        }
    }
    match errors.len() {
        // What each file did is said only once all are stored.
        0 => {
            said.into_iter().for_each(say);
            Ok(())
        }
        _ if ready.len() == 1 => Err(errors.remove(0)),
        _ => Err(Error::Refused {
            errors,
            files: ready.len(),
        }),
    }
}

/// Stores one file read by [`read_all`].
fn store_one(
    store: &mut Store,
    file: &Ready,
    editions: Editions,
    say: &mut dyn FnMut(Message),
) -> Result<()> {
    let report = match &file.content {
        Content::Cgvs(report) => report,
        Content::Eurostat(download) => {
            return store_download(store, file, download, editions, say);
        }
    };
    if let Some(encoding) = file.encoding {
        say(msg!(
            "load-encoding",
            path = file.path.display().to_string(),
            encoding = encoding
        ));
    }
    let loaded = store.insert(
        &crate::source::entry(report),
        &file.name,
        &file.text,
        editions,
    )?;
    say(summary(&file.name, &loaded, report));
    say_changes(&loaded.changes, say);
    Ok(())
}

/// Stores a Eurostat download and says what it held, and the codes it
/// could not place.
fn store_download(
    store: &mut Store,
    file: &Ready,
    download: &Download,
    editions: Editions,
    say: &mut dyn FnMut(Message),
) -> Result<()> {
    let summary = &download.summary;
    let stored = store.insert_eurostat(
        summary,
        crate::store::Downloaded {
            file: &file.name,
            text: &file.text,
            sha256: &download.sha256,
        },
        editions,
    )?;
    let label =
        |p: Option<crate::model::period::Period>| p.map_or(String::new(), |p| p.to_string());
    say(msg!(
        "load-eurostat",
        name = &file.name,
        dataset = stored.dataset,
        figures = stored.figures,
        first = label(summary.first),
        last = label(summary.last),
        what = match (&stored.replaced, stored.added) {
            (Some(other), _) => msg!("load-replaced", other = other),
            (None, true) => msg!("load-added"),
            (None, false) => msg!("load-unchanged"),
        }
    ));
    say_changes(&stored.changes, say);
    for u in &summary.unplaced {
        say(msg!(
            "load-eurostat-unplaced",
            place = format!("{}:{}", file.name, u.line),
            dimension = &u.dimension,
            code = &u.code,
            figures = u.figures
        ));
    }
    Ok(())
}

/// The figures a `--replace` changed: how many, and the first of them.
fn say_changes(changes: &crate::store::Changes, say: &mut dyn FnMut(Message)) {
    if changes.count == 0 {
        return;
    }
    let figure = |v: &Option<String>| match v.as_deref().map(|t| (t, t.parse::<i64>())) {
        None => Arg::Message(Box::new(msg!("load-change-none"))),
        Some((_, Ok(n))) => Arg::Figure(n),
        Some((text, Err(_))) => Arg::Code(text.to_string()),
    };
    let list: Vec<Message> = changes
        .first
        .iter()
        .map(|(what, old, new)| {
            Message::new("load-change")
                .code("figure", what)
                .with("old", figure(old))
                .with("new", figure(new))
        })
        .collect();
    say(Message::new("load-changes")
        .count("count", changes.count as i64)
        .count("more", (changes.count - list.len()) as i64)
        .with("list", Arg::Clauses(list)));
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
