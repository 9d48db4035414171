//! A fact: one figure of a source, in long form, with the place it stands.
//!
//! The readers make facts and the store keeps them; the fields say what the
//! figure counts (measure, type, unit, country), the months it covers, and
//! where it comes from.

use super::month::Month;
use super::provenance::Origin;

/// One figure of a report or page, in long form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// `applications`, `decisions` or `workload`.
    pub measure: &'static str,
    /// The type within the measure, e.g. `first` or `refugee_status`.
    pub kind: &'static str,
    /// `persons` or `dossiers`.
    pub unit: &'static str,
    /// The report's Dutch country name, `other` for "Andere landen", `None` for all.
    pub country: Option<String>,
    /// First month covered (the month itself for a stock).
    pub start: Month,
    /// Last month covered.
    pub end: Month,
    pub value: i64,
    /// The kind of publication the figure comes from.
    pub origin: Origin,
    /// The table of the report the figure comes from (`page nl` for a page).
    pub table: &'static str,
    /// The 1-based line of the report the figure stands on.
    pub line: usize,
}
