//! asylq: query the Belgian CGVS asylum statistics.
//!
//! The pipeline: report text -> [`report`] -> [`store`] (DuckDB); query text ->
//! [`lang`] -> [`check`] -> [`sql`] -> DuckDB -> [`render`]. See ARCHITECTURE.md.

/// `eprintln!` that never panics: with stderr closed, the text is dropped and
/// the run goes on to the exit status it would have had.
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// `eprint!` that never panics (see `note!`).
macro_rules! note_raw {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), $($arg)*);
    }};
}

pub mod answer;
pub mod check;
pub mod cli;
pub mod error;
pub mod eurostat;
pub mod export;
pub mod fetch;
pub mod front;
pub mod help;
pub mod lang;
pub mod load;
pub mod locale;
pub mod model;
pub mod page;
pub mod rebuild;
pub mod render;
pub mod repl;
pub mod report;
pub mod seed;
pub mod session;
pub mod source;
pub mod sql;
pub mod store;
