//! An answer: the table a query gives, with the notes and sources that travel
//! with it.
//!
//! The session builds answers and the renderers draw them; this module sits
//! between the two so that neither needs the other.

use crate::model::month::{Month, Span};
use crate::model::Origin;

/// One cell of an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Int(i64),
    Float(f64),
    Text(String),
    Null,
}

/// A table of results with the notes that travel with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub notes: Vec<String>,
    /// The reports and pages the figures come from, where asked for (charts).
    pub sources: Vec<String>,
    /// What each column is, beside its name.
    pub roles: Vec<Role>,
    /// For each row, the months its figures cover and how they were made.
    /// Empty for answers that are not figures (`show`, `sql`).
    pub coverage: Vec<Coverage>,
    /// Why the statement failed, for the place a failed statement keeps
    /// under `--keep-going`; such an answer has no columns.
    pub error: Option<String>,
}

/// What a column of an answer holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A dimension the query groups by (`month`, `country`, `type`, ...).
    Dimension,
    /// The figure asked for.
    Value,
    /// The unit the value is counted in.
    Unit,
    /// The span a row covers, where it is not the row's own period.
    Period,
    /// Anything else: a share, a change, the parts of a rate, the columns of
    /// `show` and `sql`.
    Extra,
}

/// What a row's figures cover and how they were made.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Coverage {
    /// The months the row's figures cover, first to last; `None` where the
    /// row has no figure.
    pub span: Option<Span>,
    /// A figure of the row is derived: a month computed as the difference of
    /// two consecutive year-to-date figures.
    pub derived: bool,
    /// The value is the rate a statistics page published, not one computed
    /// from decisions.
    pub published: bool,
    /// A figure of the row comes from a report stored with `--force`.
    pub forced: bool,
    /// The months inside `span` that no figure of the row covers: the row
    /// is the sum of the months present.
    pub missing: Vec<Month>,
    /// The kinds of source its figures come from (a report, a page, or both
    /// for a row over months of each), in order of precedence.
    pub origins: Vec<Origin>,
}

impl Answer {
    /// An answer with these columns and rows, every column `Extra`.
    pub fn table(columns: Vec<String>, rows: Vec<Vec<Cell>>) -> Answer {
        Answer {
            title: String::new(),
            roles: vec![Role::Extra; columns.len()],
            columns,
            rows,
            notes: Vec::new(),
            sources: Vec::new(),
            coverage: Vec::new(),
            error: None,
        }
    }

    /// The place of a statement that failed: its text and the error.
    pub fn failed(query: &str, error: String) -> Answer {
        Answer {
            title: query.to_string(),
            error: Some(error),
            ..Answer::table(Vec::new(), Vec::new())
        }
    }

    /// Whether the figure of row `n` is derived.
    pub fn is_derived(&self, n: usize) -> bool {
        self.coverage.get(n).is_some_and(|c| c.derived)
    }
}
