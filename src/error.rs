//! One error type for the whole pipeline, and the exit status each kind maps to.
//!
//! Query errors carry a [`Diagnostic`]: a byte span into the statement's source,
//! a message and hints. They are rendered once, at the edge, with ariadne (in
//! colour only on a terminal); tests read the same text without colour.

use crate::fetch::FetchError;
use crate::locale::{Arg, Message};
use crate::model::month::Month;
use crate::model::Lang;
use crate::msg;
use crate::page::PageError;
use crate::report::{CheckFailure, ReportError};
use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};
use std::fmt;
use std::ops::Range;

/// A problem in a query or script, located in its text. Its words are
/// messages, put in the reader's language where it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: Message,
    /// Byte range in the source, if the problem has a place.
    pub span: Option<Range<usize>>,
    /// What the caret under the span says (else the message).
    pub label: Option<Message>,
    /// Suggestions, each shown as `help: ...`.
    pub hints: Vec<Message>,
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
    pub fn new(message: Message, span: Range<usize>) -> Diagnostic {
        Diagnostic {
            message,
            span: Some(span),
            label: None,
            hints: Vec::new(),
            open: Open::No,
        }
    }

    /// A problem of the whole statement rather than of one place.
    pub fn general(message: Message) -> Diagnostic {
        Diagnostic {
            message,
            span: None,
            label: None,
            hints: Vec::new(),
            open: Open::No,
        }
    }

    pub fn with_label(mut self, label: Message) -> Diagnostic {
        self.label = Some(label);
        self
    }

    pub fn opened(mut self, open: Open) -> Diagnostic {
        self.open = open;
        self
    }

    pub fn with_hint(mut self, hint: Message) -> Diagnostic {
        self.hints.push(hint);
        self
    }

    /// The diagnostic of a piece of a text that starts at byte `offset`, as
    /// a diagnostic of the whole text.
    pub fn moved(mut self, offset: usize) -> Diagnostic {
        self.span = self.span.map(|s| s.start + offset..s.end + offset);
        self
    }

    /// The message in English (as tests and logs read it).
    pub fn text(&self) -> String {
        self.message.text(Lang::En)
    }

    /// The hints in English.
    pub fn hint_texts(&self) -> Vec<String> {
        self.hints.iter().map(|h| h.text(Lang::En)).collect()
    }

    /// Renders the diagnostic against its source, in `lang`. `name` is the
    /// file (or `<query>`).
    pub fn render(&self, name: &str, source: &str, color: bool, lang: Lang) -> String {
        let message = self.message.text(lang);
        let hints: Vec<String> = self.hints.iter().map(|h| h.text(lang)).collect();
        let Some(span) = self.span.clone() else {
            let mut out = format!("{}\n", line_of(lang, "line-error", &message));
            for hint in &hints {
                out.push_str(&format!("{}\n", line_of(lang, "line-help", hint)));
            }
            return out;
        };
        let span = span.start.min(source.len())..span.end.min(source.len());
        let label = self
            .label
            .as_ref()
            .map_or(message.clone(), |l| l.text(lang));
        let title = word(lang, "word-error-title");
        let kind = match lang {
            Lang::En => ReportKind::Error,
            _ => ReportKind::Custom(&title, ariadne::Color::Red),
        };
        let mut report = Report::build(kind, (name, span.clone()))
            .with_config(
                Config::default()
                    .with_index_type(IndexType::Byte)
                    .with_color(color),
            )
            .with_message(&message)
            .with_label(Label::new((name, span)).with_message(label));
        if !hints.is_empty() {
            let separator = if lang == Lang::Fr { "\u{a0}; " } else { "; " };
            report = report.with_help(hints.join(separator));
        }
        let mut out = Vec::new();
        let written = report
            .finish()
            .write((name, Source::from(source)), &mut out);
        let mut out = match written {
            Ok(()) => String::from_utf8_lossy(&out).into_owned(),
            Err(_) => return format!("{}\n", line_of(lang, "line-error", &message)),
        };
        if !color && lang != Lang::En {
            // ariadne colours a kind of its own even without colour.
            out = out.replace("\u{1b}[31m", "").replace("\u{1b}[0m", "");
        }
        // ariadne writes its own word for the help line, and a colon after
        // the title that French spaces.
        match lang {
            Lang::En => out,
            Lang::Fr => out
                .replacen(&format!("{title}:"), &format!("{title}\u{a0}:"), 1)
                .replacen("Help:", &word(lang, "word-help-title"), 1),
            Lang::Nl => out.replacen("Help:", &word(lang, "word-help-title"), 1),
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

/// A word of the frame around errors (`error`, `help`) in `lang`.
pub fn word(lang: Lang, id: &'static str) -> String {
    Message::new(id).text(lang)
}

/// A line of stderr, `error: …` or `note: …`, as `lang` writes it (`erreur :`
/// with a no-break space in French).
pub fn line_of(lang: Lang, id: &'static str, text: &str) -> String {
    Message::new(id).code("text", text).text(lang)
}

/// Every error asylq reports, by what the user must fix. Its words are made
/// in the reader's language where it is shown ([`Error::text`]); `Display`
/// gives them in English.
#[derive(Debug)]
pub enum Error {
    /// The command line is wrong (exit status 2).
    Usage(Message),
    /// A query or script is wrong (exit status 1).
    Query(Diagnostic),
    /// A file asylq was told to read or write cannot be (exit status 3):
    /// its path and what the system said.
    File { path: String, message: String },
    /// A report or page that the readers refuse, or whose totals do not add
    /// up (exit status 3): the file and why, with its line where it has one.
    Source {
        path: String,
        problem: SourceProblem,
    },
    /// The store: what asylq was doing and what went wrong (exit status 3).
    Store {
        context: Message,
        problem: StoreProblem,
    },
    /// A chart that cannot be drawn (exit status 3).
    Chart(Message),
    /// Reading the input or writing the output failed (exit status 3): what
    /// asylq was doing, and what the system said.
    Io {
        doing: &'static str,
        message: String,
    },
    /// Pages that could not be fetched: the site was not reached (exit
    /// status 3).
    Fetch(FetchError),
    /// Pages the site does not have (yet): a 404 for each, or a period not
    /// over (exit status 4, so that a cron job can try again later).
    NotPublished(Vec<FetchError>),
    /// The system names no data directory for the user's store or the page
    /// cache (exit status 3): what it was needed for.
    NoDataDirectory(&'static str),
    /// A load of several files of which some were refused (exit status 3):
    /// each refused file's error, and how many files the load named. No
    /// file of it was stored.
    Refused { errors: Vec<Error>, files: usize },
    /// The reader of stdout went away: the run ends quietly.
    Closed,
}

/// Why a report or page file was refused, as the reader or the store said it.
#[derive(Debug)]
pub enum SourceProblem {
    /// A PDF file, not the text of one.
    Pdf,
    /// A file of no text at all (an image, an archive, random bytes).
    Binary,
    /// A Eurostat download that lost its header line: its first line is a
    /// row of figures (shortened).
    HeaderlessEurostat(String),
    /// The report reader refused the text.
    Report(ReportError),
    /// The page reader refused the text (also a yearly overview's).
    Page(PageError),
    /// Totals that do not add up: nothing was stored.
    Unbalanced(Vec<CheckFailure>),
    /// Another edition of the month, published in the same month, is
    /// stored (its file).
    RivalEdition {
        month: Month,
        published: Month,
        other: String,
    },
    /// Another edition of the dataset, of the same last update (or, both
    /// stating none, of none), with other figures, is stored (its file).
    RivalDownload {
        dataset: String,
        updated: Option<String>,
        other: String,
    },
    /// A Eurostat download that asylq cannot read.
    Eurostat(crate::eurostat::EurostatError),
    /// `rebuild`: the store kept no text of the source.
    NoText,
    /// `rebuild`: the text read again no longer adds up (its first failure).
    UnbalancedAgain(CheckFailure),
    /// `rebuild`: sources not stored again, each with its own error.
    NotStoredAgain(Vec<Error>),
}

impl SourceProblem {
    /// What is wrong with the file at `path`, as a message.
    pub fn message(&self, path: &str) -> Message {
        match self {
            SourceProblem::Pdf => Message::new("source-pdf"),
            SourceProblem::Binary => Message::new("source-binary"),
            SourceProblem::HeaderlessEurostat(line) => {
                crate::msg!("source-headerless-eurostat", first_line = line.as_str())
            }
            SourceProblem::Report(e) => e.message(),
            SourceProblem::Page(e) => e.message(),
            SourceProblem::Unbalanced(failures) => {
                let lines = failures
                    .iter()
                    .map(|f| msg!("source-at", path = path, what = f.message()))
                    .collect();
                msg!("load-unbalanced", failures = Arg::Lines(lines))
            }
            SourceProblem::RivalEdition {
                month,
                published,
                other,
            } => msg!(
                "load-rival-edition",
                month = month.to_string(),
                published = published.to_string(),
                other = other
            ),
            SourceProblem::RivalDownload {
                dataset,
                updated,
                other,
            } => msg!(
                "load-rival-download",
                dataset = dataset,
                updated = updated.clone().unwrap_or_default(),
                stated = if updated.is_some() { "yes" } else { "no" },
                other = other
            ),
            SourceProblem::Eurostat(e) => e.message(),
            SourceProblem::NoText => msg!("rebuild-no-text"),
            SourceProblem::UnbalancedAgain(failure) => {
                msg!("rebuild-unbalanced", failure = failure.message())
            }
            SourceProblem::NotStoredAgain(errors) => msg!(
                "rebuild-refused",
                count = errors.len(),
                sources = Arg::Lines(errors.iter().map(Error::message).collect())
            ),
        }
    }
}

/// In English, for tests and logs; a problem of lines names the file as
/// `the text`.
impl fmt::Display for SourceProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message("the text").text(Lang::En))
    }
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
    /// A file that is no DuckDB database at all (a text, a CSV).
    NotDuckDb,
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
            Error::NotPublished(_) => 4,
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

    /// A source file refused: its path and why.
    pub fn source(path: &std::path::Path, problem: SourceProblem) -> Error {
        Error::Source {
            path: path.display().to_string(),
            problem,
        }
    }

    /// What the error says, as a message.
    pub fn message(&self) -> Message {
        match self {
            Error::Usage(m) | Error::Chart(m) => m.clone(),
            Error::Fetch(e) => e.message(),
            Error::NotPublished(missing) => match missing.as_slice() {
                [one @ (FetchError::NotYet { .. } | FetchError::EurostatNotFound { .. })] => {
                    one.message()
                }
                _ => msg!(
                    "fetch-missing",
                    missing = Arg::Lines(missing.iter().map(FetchError::message).collect())
                ),
            },
            Error::Query(d) => d.message.clone(),
            Error::File { path, message } => {
                msg!("error-file", path = path, reason = message)
            }
            Error::Source { path, problem } => {
                msg!("error-source", path = path, problem = problem.message(path))
            }
            Error::Store { context, problem } => store_message(context, problem),
            Error::Io { doing, message } => {
                msg!("error-io", doing = Message::new(doing), reason = message)
            }
            Error::NoDataDirectory(what) => {
                msg!("error-no-data-directory", what = Message::new(what))
            }
            Error::Refused { errors, files } => msg!(
                "load-refused",
                count = errors.len(),
                files = *files,
                refused = Arg::Lines(errors.iter().map(Error::message).collect())
            ),
            Error::Closed => Message::new("error-closed"),
        }
    }

    /// What the error says, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.message().text(lang)
    }

    /// The error as a line for stderr: `error: ...`, in `lang`.
    pub fn line(&self, lang: Lang) -> String {
        line_of(lang, "line-error", &self.text(lang))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

fn store_message(context: &Message, problem: &StoreProblem) -> Message {
    let context = context.clone();
    match problem {
        StoreProblem::InUse { waited } => {
            msg!("store-in-use", context = context, seconds = *waited)
        }
        StoreProblem::Damaged(detail) => {
            msg!("store-damaged", context = context, detail = detail)
        }
        StoreProblem::Missing => msg!("store-missing", context = context),
        StoreProblem::NotAStore => msg!("store-not-a-store", context = context),
        StoreProblem::NotDuckDb => msg!("store-not-duckdb", context = context),
        StoreProblem::Schema { found, wanted } if found < wanted => msg!(
            "store-older",
            context = context,
            found = *found,
            wanted = *wanted
        ),
        StoreProblem::Schema { found, wanted } => msg!(
            "store-newer",
            context = context,
            found = *found,
            wanted = *wanted
        ),
        StoreProblem::Refused(m) | StoreProblem::Other(m) => {
            msg!("store-other", context = context, detail = m)
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

/// A DuckDB error, with what asylq was doing. DuckDB says what went wrong
/// only in words, so this is the one place that reads them: the lock, a
/// damaged file and the sandbox's refusals become kinds of [`StoreProblem`].
pub fn duckdb(context: Message, err: duckdb::Error) -> Error {
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
    Error::Store { context, problem }
}

/// What asylq does when it opens the store at `path`.
pub fn opening(path: &std::path::Path) -> Message {
    msg!("context-opening", path = path.display().to_string())
}

/// An error of the store at `path`.
pub fn store(path: &std::path::Path, problem: StoreProblem) -> Error {
    Error::Store {
        context: msg!("context-path", path = path.display().to_string()),
        problem,
    }
}
