//! What every front end shares: one way to open a session, and one way to
//! write an output.
//!
//! The command line (`-c`, scripts, stdin) and the REPL both get their
//! session from [`session`], so the sandbox, `--names`, `--param` and the
//! choice of store hold the same everywhere. [`Setup`] is this module's own
//! small set of options, which `cli.rs` fills from its arguments, so that
//! nothing here depends on the command line's types.

use crate::error::{Error, Result};
use crate::model::countries::Names;
use crate::render::{self, Options};
use crate::session::{Output, Session};
use crate::store::{user_store, Access, Store};
use std::io::{self, Write};
use std::path::PathBuf;

/// How a session is opened.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    /// Use only the embedded report, whatever `db` says.
    pub embedded: bool,
    /// The store file to read, if one is named.
    pub db: Option<PathBuf>,
    /// Let `sql` statements read and write files.
    pub allow_files: bool,
    /// No store found is an error, not an answer from the embedded report.
    pub require_store: bool,
    /// The language of country names in answers.
    pub names: Names,
    /// Whether `--names` was given: charts then take its language's words.
    pub names_asked: bool,
    /// The values of `$name` parameters.
    pub params: Vec<(String, String)>,
    /// `--as-of`: a month, or a source's file name or digest.
    pub as_of: Option<String>,
}

/// Opens the store that queries read, sandboxed unless files are allowed, as the README ("Command line") says:
/// `--embedded`, `--db`, the user's store if it exists, else the embedded
/// report.
pub fn open_store(setup: &Setup) -> Result<Store> {
    let mut store = open_the_store(setup)?;
    if let Some(when) = &setup.as_of {
        store.as_of(when)?;
    }
    Ok(store)
}

fn open_the_store(setup: &Setup) -> Result<Store> {
    let access = if setup.allow_files {
        Access::Files
    } else {
        Access::Sandboxed
    };
    if setup.embedded {
        return Store::embedded_with(access);
    }
    if let Some(path) = &setup.db {
        return Store::open_read_only_with(path, access);
    }
    match user_store().filter(|p| p.exists()) {
        Some(path) => Store::open_read_only_with(&path, access),
        None if setup.require_store => Err(Error::Store {
            context: crate::msg!(
                "context-no-store",
                path = user_store().map_or(String::new(), |p| p.display().to_string())
            ),
            problem: crate::error::StoreProblem::Missing,
        }),
        None => Store::embedded_with(access),
    }
}

/// The session of a run: its store, sandboxed unless files are allowed, with
/// the language of names and the parameters set.
pub fn session(setup: &Setup) -> Result<Session> {
    let store = open_store(setup)?;
    let mut session = Session::new(store)?;
    session.cx.names = setup.names;
    session.chart_names = setup.names_asked.then_some(setup.names);
    for (name, value) in &setup.params {
        session.cx.params.insert(name.clone(), value.clone());
    }
    Ok(session)
}

/// Writes one output in the current format; notes go to `notes`.
pub fn write_output(
    output: &Output,
    opts: &mut Options,
    out: &mut dyn Write,
    notes: &mut dyn Write,
) -> io::Result<()> {
    match output {
        Output::Answer(a) => render::render(a, *opts, out, notes),
        Output::Text { text, .. } if text.is_empty() => Ok(()),
        Output::Text { text, .. } => writeln!(out, "{text}"),
        Output::Format(f) => {
            opts.format = *f;
            Ok(())
        }
        Output::Lang(l) => {
            opts.lang = *l;
            Ok(())
        }
        // A table shows no block for a `set`.
        Output::Setting { .. } => Ok(()),
    }
}

/// A file written in full or not at all: the text goes to a temporary file
/// beside the target, which [`AtomicFile::commit`] renames into place. A run
/// that fails drops it, and the old file stays as it was.
pub struct AtomicFile {
    target: std::path::PathBuf,
    temp: std::path::PathBuf,
    file: Option<io::BufWriter<std::fs::File>>,
}

impl AtomicFile {
    pub fn create(target: &std::path::Path) -> io::Result<AtomicFile> {
        let temp = partial_name(target);
        let file = std::fs::File::create(&temp)?;
        Ok(AtomicFile {
            target: target.to_path_buf(),
            temp,
            file: Some(io::BufWriter::new(file)),
        })
    }

    /// Writes the rest and puts the file in place of the target.
    pub fn commit(mut self) -> io::Result<()> {
        if let Some(file) = self.file.take() {
            file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        }
        std::fs::rename(&self.temp, &self.target)
    }
}

/// The name a file takes beside `target` while it is written.
pub fn partial_name(target: &std::path::Path) -> std::path::PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.{}.asylq-partial", std::process::id()))
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(io::Error::other("the file is already committed")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}
