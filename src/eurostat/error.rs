//! Why a download was refused, with where: its line and column.

use crate::locale::Message;
use crate::msg;
use std::fmt;

/// What is wrong with one cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellProblem {
    /// Not a whole number nor `:`.
    Value,
    /// Flags that are not lower-case letters.
    Flags,
}

/// A download asylq does not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EurostatError {
    Empty,
    /// Compressed, but not as gzip can read.
    Gzip {
        reason: String,
    },
    /// Not UTF-8 (the byte where it stops being so).
    Encoding {
        at: usize,
    },
    /// Neither a TSV nor an SDMX-CSV of Eurostat's.
    NotEurostat {
        first_line: String,
    },
    /// A TSV whose file name names no dataset, and no `--dataset`.
    NoDataset {
        name: String,
    },
    /// A dataset asylq does not read.
    UnknownDataset {
        code: String,
    },
    /// A header without what its format needs.
    Header {
        line: usize,
        what: Message,
    },
    /// A series key with another number of codes than the header names.
    Key {
        line: usize,
        expected: usize,
        found: usize,
    },
    /// A period that is not one of Eurostat's.
    Period {
        line: usize,
        column: usize,
        text: String,
    },
    /// A period that is not one of the dataset's (a month in an annual
    /// dataset).
    Frequency {
        line: usize,
        column: usize,
        period: String,
        dataset: &'static str,
        months: i64,
    },
    /// A label standing where a code should, which asylq cannot place.
    Label {
        line: usize,
        column: usize,
        text: String,
        dimension: String,
    },
    /// A cell that is not a value with flags.
    Cell {
        line: usize,
        column: usize,
        text: String,
        problem: CellProblem,
    },
    /// A line with fewer or more cells than the header has periods.
    Cells {
        line: usize,
        expected: usize,
        found: usize,
    },
}

impl EurostatError {
    pub fn message(&self) -> Message {
        match self {
            EurostatError::Empty => msg!("eurostat-empty"),
            EurostatError::Gzip { reason } => msg!("eurostat-gzip", reason = reason),
            EurostatError::Encoding { at } => msg!("eurostat-encoding", at = *at),
            EurostatError::NotEurostat { first_line } => {
                msg!("eurostat-not-eurostat", first_line = first_line)
            }
            EurostatError::NoDataset { name } => msg!(
                "eurostat-no-dataset",
                name = name,
                datasets = super::datasets::codes()
            ),
            EurostatError::UnknownDataset { code } => msg!(
                "eurostat-unknown-dataset",
                code = code,
                datasets = super::datasets::codes()
            ),
            EurostatError::Header { line, what } => {
                msg!("eurostat-header", line = *line, what = what.clone())
            }
            EurostatError::Key {
                line,
                expected,
                found,
            } => msg!(
                "eurostat-key",
                line = *line,
                expected = *expected,
                found = *found
            ),
            EurostatError::Period { line, column, text } => msg!(
                "eurostat-period",
                line = *line,
                column = *column,
                text = text
            ),
            EurostatError::Frequency {
                line,
                column,
                period,
                dataset,
                months,
            } => msg!(
                "eurostat-frequency",
                line = *line,
                column = *column,
                period = period,
                dataset = *dataset,
                months = *months
            ),
            EurostatError::Label {
                line,
                column,
                text,
                dimension,
            } => msg!(
                "eurostat-label",
                line = *line,
                column = *column,
                text = text,
                dimension = dimension
            ),
            EurostatError::Cell {
                line,
                column,
                text,
                problem,
            } => {
                let id = match problem {
                    CellProblem::Value => "eurostat-cell-value",
                    CellProblem::Flags => "eurostat-cell-flags",
                };
                Message::new(id)
                    .count("line", *line as i64)
                    .count("column", *column as i64)
                    .code("text", text)
            }
            EurostatError::Cells {
                line,
                expected,
                found,
            } => msg!(
                "eurostat-cells",
                line = *line,
                expected = *expected,
                found = *found
            ),
        }
    }
}

impl fmt::Display for EurostatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text(crate::model::Lang::En))
    }
}

impl std::error::Error for EurostatError {}

/// A line as an error shows it: at most 60 characters.
pub(super) fn shortened(line: &str) -> String {
    let line = line.trim();
    match line.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}

/// A period that is not one of `dataset`'s, at `line` and `column`.
pub(super) fn frequency(
    line: usize,
    column: usize,
    period: crate::model::period::Period,
    dataset: &'static super::Dataset,
) -> EurostatError {
    EurostatError::Frequency {
        line,
        column,
        period: period.to_string(),
        dataset: dataset.code,
        months: dataset.months,
    }
}
