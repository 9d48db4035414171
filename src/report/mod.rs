//! The report loader's parser: the text of a CGVS monthly report in, facts out.
//!
//! A report is found by its section titles and its rows by their labels, so that
//! a report of another month (other countries in the top 10, December filled in,
//! labels wrapped differently) reads the same way. Every total the report prints
//! is recomputed; totals are checks, never facts. A failed check is kept as a
//! [`CheckFailure`] naming the table, the line and both figures, so that the
//! caller can refuse the report (or store it anyway when the user insists).

mod tables;
pub mod text;
mod title;

use crate::locale::Message;
use crate::model::month::Month;
use crate::model::Fact;
use crate::model::Lang;
use crate::msg;
use std::fmt;
use text::Line;

/// A printed total that differs from the sum of what it totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckFailure {
    pub table: &'static str,
    pub line: usize,
    /// Which total was checked.
    pub what: Message,
    pub printed: i64,
    pub computed: i64,
}

impl CheckFailure {
    /// What failed, as a message.
    pub fn message(&self) -> Message {
        msg!(
            "check-failed",
            line = self.line,
            table = self.table,
            what = self.what.clone(),
            printed = self.printed,
            computed = self.computed
        )
    }
}

impl fmt::Display for CheckFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text(Lang::En))
    }
}

/// A parsed report: its month, its facts and the outcome of its checks.
#[derive(Debug, Clone)]
pub struct Report {
    pub month: Month,
    /// The month it was published, where it says; see [`Report::published`].
    pub published: Option<Month>,
    pub facts: Vec<Fact>,
    /// How many totals were checked.
    pub checks: usize,
    pub failures: Vec<CheckFailure>,
    /// Sentences that hold a figure the reader did not place (a page's line
    /// and text); a report places every figure of its tables or fails.
    pub unplaced: Vec<(usize, String)>,
}

impl Report {
    /// The month the source was published: as it states, or else the month
    /// after its period (a yearly overview's period ends in December).
    pub fn published(&self) -> Month {
        self.published.unwrap_or(self.month.minus(-1))
    }
}

/// Why a text could not be read as a report at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportError {
    /// A section or row the report must have was not found.
    Missing { what: Message },
    /// A row was found but does not have the expected shape.
    Malformed { line: usize, what: Message },
}

impl ReportError {
    /// A part of the report that is not there.
    pub(crate) fn missing(what: Message) -> ReportError {
        ReportError::Missing { what }
    }

    /// A line that is not what it should be.
    pub(crate) fn malformed(line: usize, what: Message) -> ReportError {
        ReportError::Malformed { line, what }
    }

    /// What is wrong, as a message.
    pub fn message(&self) -> Message {
        match self {
            ReportError::Missing { what } => msg!("report-missing", what = what.clone()),
            ReportError::Malformed { line, what } => {
                msg!("report-malformed", line = *line, what = what.clone())
            }
        }
    }
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text(Lang::En))
    }
}

impl std::error::Error for ReportError {}

/// Parses the text of a report.
pub fn parse(source: &str) -> Result<Report, ReportError> {
    let lines: Vec<Line> = source
        .lines()
        .enumerate()
        .map(|(i, text)| Line {
            number: i + 1,
            text,
        })
        .collect();
    tables::read(&lines)
}

pub use crate::seed::{EMBEDDED, EMBEDDED_NAME};
