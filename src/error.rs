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
}

impl Diagnostic {
    pub fn new(message: impl Into<String>, span: Range<usize>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span: Some(span),
            label: String::new(),
            hints: Vec::new(),
        }
    }

    /// A problem of the whole statement rather than of one place.
    pub fn general(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span: None,
            label: String::new(),
            hints: Vec::new(),
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
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
    /// A report, a file or the store is wrong (exit status 3).
    Data(String),
}

impl Error {
    /// The exit status this error ends the program with.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Query(_) => 1,
            Error::Usage(_) => 2,
            Error::Data(_) => 3,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) | Error::Data(m) => write!(f, "{m}"),
            Error::Query(d) => write!(f, "{}", d.message),
        }
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

/// The message of a DuckDB error, with what asylq was doing.
pub fn duckdb(context: &str, err: duckdb::Error) -> Error {
    let message = match &err {
        duckdb::Error::DuckDBFailure(_, Some(m)) => m.clone(),
        other => other.to_string(),
    };
    if message.contains(LOCKED) {
        return Error::Data(format!(
            "{context}: the database is in use by another asylq process (a load, or a query while this is a load) and was not let go within 5 seconds; try again when it is done"
        ));
    }
    if message.contains("checksum")
        || message.contains("Corrupt")
        || message.contains("not a valid DuckDB database")
    {
        return Error::Data(format!(
            "{context}: the store file is damaged (a block of it does not read back as written). Run `asylq load` again into a new store (`--db NEW.duckdb`), or restore a backup of the file.\n  detail: {message}"
        ));
    }
    Error::Data(format!("{context}: {message}"))
}
