//! asylq: query the Belgian CGVS asylum statistics.
//!
//! The pipeline: report text -> [`report`] -> [`store`] (DuckDB); query text ->
//! [`lang`] -> [`check`] -> [`sql`] -> DuckDB -> [`render`]. See ARCHITECTURE.md.

pub mod error;
pub mod lang;
pub mod period;
pub mod report;
pub mod store;
