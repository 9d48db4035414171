//! asylq: query the Belgian CGVS asylum statistics.
//!
//! The pipeline: report text -> [`report`] -> [`store`] (DuckDB); query text ->
//! [`lang`] -> [`check`] -> [`sql`] -> DuckDB -> [`render`]. See ARCHITECTURE.md.

pub mod check;
pub mod cli;
pub mod error;
pub mod fetch;
pub mod help;
pub mod lang;
pub mod page;
pub mod period;
pub mod render;
pub mod repl;
pub mod report;
pub mod session;
pub mod source;
pub mod sql;
pub mod store;
