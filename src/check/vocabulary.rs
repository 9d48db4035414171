//! The vocabulary of the language (README, grammar/asylq.ebnf): measures, dimensions, types, groups and units.
//!
//! Scripts depend on these words; they are defined once, here.

use super::Dim;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Applications,
    Decisions,
    Workload,
    ProtectionRate,
}

pub const MEASURE_NAMES: &[&str] = &["applications", "decisions", "workload", "protection_rate"];
pub const DIMENSION_NAMES: &[&str] = &[
    "month", "quarter", "year", "country", "type", "unit", "source",
];
pub const UNITS: &[&str] = &["persons", "dossiers", "files"];
pub const APPLICATION_TYPES: &[&str] = &["first", "resettlement", "subsequent"];
pub const DECISION_TYPES: &[&str] = &[
    "interim",
    "refugee_status",
    "subsidiary_protection",
    "inadmissible",
    "manifestly_unfounded",
    "refusal",
    "withdrawal",
];
/// Decision types and groups a user may name.
pub const DECISION_WORDS: &[&str] = &[
    "interim",
    "refugee_status",
    "subsidiary_protection",
    "inadmissible",
    "manifestly_unfounded",
    "refusal",
    "withdrawal",
    "protection",
    "negative",
    "final",
];
pub const WORKLOAD_TYPES: &[&str] = &["total", "normal", "backlog"];

/// The order types are listed in: the report's order; `negative` (by country) last.
pub const TYPE_ORDER: &[&str] = &[
    "registered",
    "first",
    "resettlement",
    "relocation",
    "subsequent",
    "interim",
    "refugee_status",
    "subsidiary_protection",
    "inadmissible",
    "manifestly_unfounded",
    "refusal",
    "withdrawal",
    "negative",
    "total",
    "normal",
    "backlog",
    "published",
];

impl Measure {
    pub fn find(name: &str) -> Option<Measure> {
        match name.to_lowercase().as_str() {
            "applications" => Some(Measure::Applications),
            "decisions" => Some(Measure::Decisions),
            "workload" => Some(Measure::Workload),
            "protection_rate" => Some(Measure::ProtectionRate),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Measure::Applications => "applications",
            Measure::Decisions => "decisions",
            Measure::Workload => "workload",
            Measure::ProtectionRate => "protection_rate",
        }
    }

    /// The measure of the stored facts it is computed from.
    pub fn stored(self) -> &'static str {
        match self {
            Measure::ProtectionRate => "decisions",
            other => other.name(),
        }
    }

    pub fn default_unit(self) -> &'static str {
        match self {
            Measure::Applications | Measure::Decisions => "persons",
            Measure::Workload | Measure::ProtectionRate => "dossiers",
        }
    }

    pub fn units(self) -> &'static [&'static str] {
        match self {
            // Pages up to 2015 count applications (files), not persons.
            Measure::Applications => &["persons", "files"],
            _ => &["persons", "dossiers"],
        }
    }

    /// The type words a user may write for this measure.
    pub fn type_names(self) -> &'static [&'static str] {
        match self {
            Measure::Applications => APPLICATION_TYPES,
            Measure::Decisions => DECISION_WORDS,
            Measure::Workload => WORKLOAD_TYPES,
            Measure::ProtectionRate => &[],
        }
    }

    /// The stored types a type word stands for. A group lists its members and,
    /// for `negative` and `final`, the `negative` type of the tables by country
    /// (national facts never have it, facts by country never have its parts).
    pub fn expand_type(self, word: &str) -> Option<Vec<&'static str>> {
        if !self.type_names().contains(&word) {
            return None;
        }
        let listed = |names: &[&'static str]| Some(names.to_vec());
        match word {
            "protection" => listed(&["refugee_status", "subsidiary_protection"]),
            "negative" => listed(&[
                "inadmissible",
                "manifestly_unfounded",
                "refusal",
                "negative",
            ]),
            "final" => listed(&[
                "refugee_status",
                "subsidiary_protection",
                "inadmissible",
                "manifestly_unfounded",
                "refusal",
                "withdrawal",
                "negative",
            ]),
            _ => self
                .type_names()
                .iter()
                .find(|t| **t == word)
                .map(|t| vec![*t]),
        }
    }
}

impl Dim {
    pub fn parse(name: &str) -> Option<Dim> {
        match name.to_lowercase().as_str() {
            "month" => Some(Dim::Month),
            "quarter" => Some(Dim::Quarter),
            "year" => Some(Dim::Year),
            "country" => Some(Dim::Country),
            "type" => Some(Dim::Type),
            "unit" => Some(Dim::Unit),
            "source" => Some(Dim::Source),
            _ => None,
        }
    }
}
