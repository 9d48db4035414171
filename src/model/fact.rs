//! A fact: one figure of a source, in long form, with the place it stands.
//!
//! The readers make facts and the store keeps them; the fields say what the
//! figure counts (a [`Figure`]: measure, type and unit, or a place in a top
//! 10), the country, the months it covers, and where it comes from.

use super::month::Month;
use super::provenance::{Origin, Provenance};
use super::vocabulary::{Measure, Type, Unit};

/// What a fact's figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    /// A count (or a published rate) of a measure's type, in a unit.
    Count(Measure, Type, Unit),
    /// A country's place (1 to 10) in a publication's top 10 of a measure.
    Rank(Measure),
}

impl Figure {
    /// The words the store keeps in its `measure`, `type` and `unit`
    /// columns; a place in a top 10 is measure `rank`, of type the measure
    /// ranked, in unit `rank`, so that no query of a measure ever sums it.
    pub fn words(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Figure::Count(m, t, u) => (m.name(), t.as_str(), u.as_str()),
            Figure::Rank(m) => ("rank", m.name(), "rank"),
        }
    }

    /// Whether this counts `kind` of `measure`, in any unit.
    pub fn is(self, measure: Measure, kind: Type) -> bool {
        matches!(self, Figure::Count(m, t, _) if m == measure && t == kind)
    }
}

/// One figure of a report or page, in long form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub figure: Figure,
    /// The report's Dutch country name, `other` for "Andere landen", `None` for all.
    pub country: Option<String>,
    /// First month covered (the month itself for a stock).
    pub start: Month,
    /// Last month covered.
    pub end: Month,
    pub value: i64,
    /// The source's table or language, and the line the figure stands on.
    pub provenance: Provenance,
    /// How the reader computed the figure from printed ones, where the
    /// source does not print it ("35507 (line 3) less 221 resettled (line
    /// 3)"); `None` for a printed figure.
    pub derived: Option<String>,
}

/// The parts a yearly overview (or a page) prints beside its total, which its reader
/// takes off the total to give the registered (or first) applicants, each
/// with the word its derivation names it by ("less 949 resettled (line
/// 5)"): a row that holds every part a figure was derived from holds the
/// printed total again, and is no derived figure.
pub const TAKEN_OFF: [(Type, &str); 4] = [
    (Type::Resettlement, "resettled"),
    (Type::Relocation, "relocated"),
    (Type::Subsequent, "subsequent"),
    (Type::Subsequent, "multiple"),
];

/// How a derivation says that `value` of the part `part` (line `line`) was
/// taken off: " less 949 resettled (line 5)".
pub fn less(part: Type, value: i64, line: usize) -> String {
    let word = TAKEN_OFF
        .iter()
        .find(|(t, _)| *t == part)
        .map_or(part.as_str(), |(_, w)| w);
    format!(" less {value} {word} (line {line})")
}

impl Fact {
    /// The kind of publication the figure comes from.
    pub fn origin(&self) -> Origin {
        self.provenance.origin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_keep_their_stored_words() {
        let first = Figure::Count(Measure::Applications, Type::First, Unit::Persons);
        assert_eq!(first.words(), ("applications", "first", "persons"));
        assert!(first.is(Measure::Applications, Type::First));
        assert!(!first.is(Measure::Decisions, Type::First));
        assert_eq!(
            Figure::Rank(Measure::Applications).words(),
            ("rank", "applications", "rank")
        );
    }
}
