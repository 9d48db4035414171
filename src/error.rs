//! One error type for the whole pipeline, and the exit status each kind maps to.
//!
//! Query errors carry a [`Diagnostic`]: a byte span into the statement's source,
//! a message and hints. They are rendered once, at the edge, with ariadne (in
//! colour only on a terminal); tests read the same text without colour.

use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};
use std::fmt;
use std::ops::Range;

/// A problem in a query or script, located in its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    /// Byte range in the source, if the problem has a place.
    pub span: Option<Range<usize>>,
    /// What the caret under the span says.
    pub label: String,
    /// Suggestions, each shown as `help: ...`.
    pub hints: Vec<String>,
    /// Whether more text could complete the statement (the REPL then reads
    /// another line instead of showing the error).
    pub open: Open,
}

/// What more text could do for a statement that failed to parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Open {
    /// Nothing: the statement is wrong as it stands.
    #[default]
    No,
    /// The input ended where more must come (an open parenthesis, a trailing
    /// `where`).
    Incomplete,
    /// The input ended inside a string.
    String,
}

impl Diagnostic {
    pub fn new(message: impl Into<String>, span: Range<usize>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span: Some(span),
            label: String::new(),
            hints: Vec::new(),
            open: Open::No,
        }
    }

    /// A problem of the whole statement rather than of one place.
    pub fn general(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span: None,
            label: String::new(),
            hints: Vec::new(),
            open: Open::No,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }

    pub fn opened(mut self, open: Open) -> Diagnostic {
        self.open = open;
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hints.push(hint.into());
        self
    }

    /// Renders the diagnostic against its source. `name` is the file (or `<query>`).
    pub fn render(&self, name: &str, source: &str, color: bool) -> String {
        let Some(span) = self.span.clone() else {
            let mut out = format!("error: {}\n", self.message);
            for hint in &self.hints {
                out.push_str(&format!("help: {hint}\n"));
            }
            return out;
        };
        let span = span.start.min(source.len())..span.end.min(source.len());
        let label = if self.label.is_empty() {
            &self.message
        } else {
            &self.label
        };
        let mut report = Report::build(ReportKind::Error, (name, span.clone()))
            .with_config(
                Config::default()
                    .with_index_type(IndexType::Byte)
                    .with_color(color),
            )
            .with_message(&self.message)
            .with_label(Label::new((name, span)).with_message(label));
        if !self.hints.is_empty() {
            report = report.with_help(self.hints.join("; "));
        }
        let mut out = Vec::new();
        let written = report
            .finish()
            .write((name, Source::from(source)), &mut out);
        match written {
            Ok(()) => String::from_utf8_lossy(&out).into_owned(),
            Err(_) => format!("error: {}\n", self.message),
        }
    }

    /// Line and column (1-based) of the span's start.
    pub fn position(&self, source: &str) -> Option<(usize, usize)> {
        let start = self.span.as_ref()?.start.min(source.len());
        let before = &source[..start];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        Some((line, column))
    }
}

/// Every error asylq reports, by what the user must fix.
#[derive(Debug)]
pub enum Error {
    /// The command line is wrong (exit status 2).
    Usage(String),
    /// A query or script is wrong (exit status 1).
    Query(Diagnostic),
    /// A file asylq was told to read or write cannot be (exit status 3).
    File { path: String, message: String },
    /// A report or page that the readers refuse, or whose totals do not add
    /// up (exit status 3). The message names the file and the line.
    Source { path: String, message: String },
    /// The store: what asylq was doing and what went wrong (exit status 3).
    Store {
        context: String,
        problem: StoreProblem,
    },
    /// A chart that cannot be drawn (exit status 3).
    Chart(String),
    /// Reading the input or writing the output failed (exit status 3).
    Io {
        doing: &'static str,
        message: String,
    },
    /// Pages that could not be fetched (exit status 3).
    Fetch(String),
    /// The system names no data directory for the user's store or the page
    /// cache (exit status 3): what it was needed for.
    NoDataDirectory(&'static str),
    /// The reader of stdout went away: the run ends quietly.
    Closed,
}

/// What went wrong with the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreProblem {
    /// Another asylq process held the file for longer than asylq waits
    /// (the seconds it waited).
    InUse { waited: u64 },
    /// A block of the file does not read back as written.
    Damaged(String),
    /// The sandbox refused a statement (it reads or writes outside the store).
    Refused(String),
    /// No file at the path given.
    Missing,
    /// A DuckDB file without asylq's tables.
    NotAStore,
    /// A store made by another version of asylq: its schema version.
    Schema { found: i64, wanted: i64 },
    /// Anything else DuckDB said.
    Other(String),
}

impl Error {
    /// The exit status this error ends the program with.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Query(_) => 1,
            Error::Usage(_) => 2,
            Error::Closed => 0,
            _ => 3,
        }
    }

    /// An error of a file: its path and what the system said.
    pub fn file(path: &std::path::Path, e: impl fmt::Display) -> Error {
        Error::File {
            path: path.display().to_string(),
            message: e.to_string(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) | Error::Chart(m) | Error::Fetch(m) => write!(f, "{m}"),
            Error::Query(d) => write!(f, "{}", d.message),
            Error::File { path, message } => write!(f, "{path}: {message}"),
            Error::Source { message, .. } => write!(f, "{message}"),
            Error::Store { context, problem } => write_store(f, context, problem),
            Error::Io { doing, message } => write!(f, "{doing}: {message}"),
            Error::NoDataDirectory(what) => write!(f, "no data directory for {what}"),
            Error::Closed => Ok(()),
        }
    }
}

fn write_store(f: &mut fmt::Formatter<'_>, context: &str, problem: &StoreProblem) -> fmt::Result {
    match problem {
        StoreProblem::InUse { waited } => write!(f, "{context}: the database is in use by another asylq process (a load, or a query while this is a load) and was not let go within {waited} seconds; try again when it is done, or wait longer (--wait SECONDS)"),
        StoreProblem::Damaged(detail) => write!(f, "{context}: the store file is damaged (a block of it does not read back as written). Run `asylq load` again into a new store (`--db NEW.duckdb`), or restore a backup of the file.\n  detail: {detail}"),
        StoreProblem::Missing => write!(f, "{context}: no such database"),
        StoreProblem::NotAStore => write!(f, "{context}: this DuckDB file is not an asylq store (no facts table)"),
        StoreProblem::Schema { found, wanted } if found < wanted => write!(f, "{context}: this store was made by an older asylq (schema {found}; this asylq reads schema {wanted}). Run `asylq rebuild --db {context}` to read its sources again into a store of this version."),
        StoreProblem::Schema { found, wanted } => write!(f, "{context}: this store was made by a newer asylq (schema {found}; this asylq reads schema {wanted}); use that asylq, or load the reports again into a new store"),
        StoreProblem::Refused(m) | StoreProblem::Other(m) => write!(f, "{context}: {m}"),
    }
}

impl std::error::Error for Error {}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Error {
        Error::Query(d)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What DuckDB says when another process holds the store file's lock.
const LOCKED: &str = "Could not set lock";

/// Whether DuckDB refused to open a file because another process holds it.
pub fn is_locked(err: &duckdb::Error) -> bool {
    err.to_string().contains(LOCKED)
}

/// A DuckDB error, with what asylq was doing. DuckDB says what went wrong
/// only in words, so this is the one place that reads them: the lock, a
/// damaged file and the sandbox's refusals become kinds of [`StoreProblem`].
pub fn duckdb(context: &str, err: duckdb::Error) -> Error {
    let message = match &err {
        duckdb::Error::DuckDBFailure(_, Some(m)) => m.clone(),
        other => other.to_string(),
    };
    // A fatal error comes with DuckDB's stack trace, which says nothing to a user.
    let message = match message.split_once("\n\nStack Trace:") {
        Some((head, _)) => head.to_string(),
        None => message,
    };
    let problem = if message.contains(LOCKED) {
        // The store says how long it waited (`store::turns`).
        StoreProblem::InUse { waited: 0 }
    } else if ["checksum", "Corrupt", "not a valid DuckDB database"]
        .iter()
        .any(|w| message.contains(w))
    {
        StoreProblem::Damaged(message)
    } else if [
        "disabled by configuration",
        "Permission Error",
        "lock_configuration",
        "locked",
    ]
    .iter()
    .any(|w| message.contains(w))
    {
        StoreProblem::Refused(message)
    } else {
        StoreProblem::Other(message)
    };
    Error::Store {
        context: context.to_string(),
        problem,
    }
}

/// An error of the store at `path`.
pub fn store(path: &std::path::Path, problem: StoreProblem) -> Error {
    Error::Store {
        context: path.display().to_string(),
        problem,
    }
}
