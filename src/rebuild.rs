//! `asylq rebuild`: a store read again, source by source, with the readers of
//! this asylq, into a new store of the current schema.
//!
//! A store keeps the text of every source it loaded (from schema version 2),
//! so a store made by an older asylq, or by readers that have since learnt
//! to refuse a text, can be made again without the original files. A store
//! of schema version 1 kept no texts: its embedded report and the pages in
//! the page cache are found again, and any other source is listed as one to
//! load again. Eurostat's downloads, which keep no text, are carried
//! into the new store as they are. The old file is kept beside the new one.

use crate::error::{Error, Result, SourceProblem};
use crate::locale::Message;
use crate::msg;
use crate::report::{self, Report};
use crate::store::{remove_file_and_log, with_suffix, Access, Editions, Held, Store, WriterTurn};
use std::path::{Path, PathBuf};

/// What a rebuild did.
#[derive(Debug)]
pub struct Rebuilt {
    /// The sources stored again, by file name.
    pub stored: Vec<String>,
    /// The sources not stored again, each with its error.
    pub refused: Vec<Error>,
    /// Where the old store file now is.
    pub backup: PathBuf,
}

/// Rebuilds the store at `path`; `cache` is the page cache, where pages of
/// a version-1 store are looked for.
pub fn rebuild(path: &Path, cache: Option<&Path>, say: &mut dyn FnMut(Message)) -> Result<Rebuilt> {
    // The turn at `path` is held to the end, so that no load writes the old
    // store while its sources are read into the new one.
    let _turn = WriterTurn::take(path)?;
    let old = Store::open_any_version(path, Access::Files)?;
    let held = old.held_sources()?;
    let version = old.version()?;
    let downloads = old.downloads()?;
    let replaced = old.holds_replaced()?;
    drop(old);
    let mut ready = Vec::new();
    let mut refused = Vec::new();
    for source in held {
        match reread(&source, cache) {
            Ok((text, report)) => ready.push((source.file, text, report)),
            Err(problem) => refused.push(Error::Source {
                path: source.file.clone(),
                problem,
            }),
        }
    }
    let fresh = with_suffix(path, ".rebuilt");
    remove_file_and_log(&fresh);
    let mut stored = Vec::new();
    {
        // The held sources include the embedded report where the old store
        // had it, so the new store starts empty.
        let (mut store, _) = Store::open_or_create(&fresh, false)?;
        for (file, text, report) in &ready {
            match store.insert(&crate::source::entry(report), file, text, Editions::Refuse) {
                Ok(loaded) => {
                    say(msg!(
                        "rebuild-stored",
                        file = file,
                        month = &loaded.month,
                        facts = loaded.facts
                    ));
                    stored.push(file.clone());
                }
                // Two editions of a month published in the same month, which
                // the older schema ranked by the order of loading.
                Err(e @ Error::Source { .. }) => refused.push(e),
                Err(e) => return Err(e),
            }
        }
        // Eurostat's downloads keep no text to read again: their rows are
        // carried as they are.
        if let Some(downloads) = &downloads {
            store.put_downloads(downloads)?;
        }
        // Nor do the editions `--replace` took out: what they gave is
        // carried, so that `show revisions` still lists it.
        if replaced {
            store.put_replaced(path)?;
        }
        store.save()?;
    }
    let backup = with_suffix(path, &format!(".schema{version}"));
    remove_file_and_log(&backup);
    // The old store is kept under a second name, then the new one renamed
    // over it: at no moment is there no store at `path`.
    std::fs::hard_link(path, &backup)
        .or_else(|_| std::fs::copy(path, &backup).map(|_| ()))
        .map_err(|e| Error::file(&backup, e))?;
    let wal = with_suffix(path, ".wal");
    if wal.exists() {
        std::fs::rename(&wal, with_suffix(&backup, ".wal")).map_err(|e| Error::file(&wal, e))?;
    }
    std::fs::rename(&fresh, path).map_err(|e| Error::file(&fresh, e))?;
    Ok(Rebuilt {
        stored,
        refused,
        backup,
    })
}

/// A source read again with the current readers, or why it cannot be.
fn reread(source: &Held, cache: Option<&Path>) -> Result<(String, Report), SourceProblem> {
    let text = source
        .text
        .clone()
        .or_else(|| recover(&source.file, cache))
        .ok_or(SourceProblem::NoText)?;
    let report = crate::source::read(&text)?;
    if let (Some(failure), false) = (report.failures.first(), source.forced) {
        return Err(SourceProblem::UnbalancedAgain(failure.clone()));
    }
    Ok((text, report))
}

/// The text of a source that a version-1 store did not keep: the embedded
/// report, or a page in the page cache.
fn recover(file: &str, cache: Option<&Path>) -> Option<String> {
    if file == report::EMBEDDED_NAME {
        return Some(report::EMBEDDED.to_string());
    }
    let bytes = std::fs::read(cache?.join(file)).ok()?;
    Some(crate::source::decode(&bytes).0)
}
