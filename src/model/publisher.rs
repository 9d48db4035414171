//! The publishers whose figures the store holds, and what differs between
//! them, said once. The checker, the compiler and the session ask a
//! publisher what its figures are like (given by reporting country, marked
//! not available, over spans that overlap, from several kinds of source),
//! never which publisher it is: a publisher of another kind is one more
//! answer to each of these questions.

use super::vocabulary::{Kind, Measure, Type};
use super::Origin;

/// Who publishes the figures of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Publisher {
    /// The CGVS: its monthly reports, yearly overviews and statistics
    /// pages, about Belgium alone.
    #[default]
    Cgvs,
    /// Eurostat: its datasets, by reporting country.
    Eurostat,
}

impl Publisher {
    pub const ALL: [Publisher; 2] = [Publisher::Cgvs, Publisher::Eurostat];

    /// The word of the language and of the column `publisher`.
    pub fn name(self) -> &'static str {
        match self {
            Publisher::Cgvs => "cgvs",
            Publisher::Eurostat => "eurostat",
        }
    }

    /// The kinds of source it publishes through, in their precedence.
    pub fn origins(self) -> &'static [Origin] {
        match self {
            Publisher::Cgvs => &Origin::BY_PRECEDENCE,
            Publisher::Eurostat => &[Origin::Eurostat],
        }
    }

    /// Whether it publishes through several kinds of source (reports,
    /// overviews, pages) whose figures differ in what they give: a page's
    /// own protection rate beside the decisions it is computed from, a
    /// group of types given as one (a page's `registered`), resettlement
    /// counted by some sources and not others, figures derived from
    /// printed totals.
    pub fn several_kinds_of_source(self) -> bool {
        self.origins().len() > 1
    }

    /// Whether it gives each figure once a period, never a span beside its
    /// months: the CGVS's reports give years to date beside their months
    /// and its overviews a year beside the pages' months, which an answer
    /// chooses between.
    pub fn gives_each_period_once(self) -> bool {
        match self {
            Publisher::Cgvs => false,
            Publisher::Eurostat => true,
        }
    }

    /// Whether it marks figures not available (`:`) and flags others
    /// (provisional, estimated): a sum, a rate or a running total over a
    /// figure not available has none, and a row carries its figures' flags.
    pub fn marks_figures(self) -> bool {
        match self {
            Publisher::Cgvs => false,
            Publisher::Eurostat => true,
        }
    }

    /// Whether its figures are by reporting country, sex and age class,
    /// with aggregates of countries and classes beside their parts, types
    /// of its own words, and datasets that its answers cite.
    pub fn by_reporting_country(self) -> bool {
        match self {
            Publisher::Cgvs => false,
            Publisher::Eurostat => true,
        }
    }

    /// Whether it publishes `measure`: the CGVS no persons pending (it
    /// counts its own workload), Eurostat no workload (it counts persons
    /// pending at every instance).
    pub fn publishes(self, measure: Measure) -> bool {
        match self {
            Publisher::Cgvs => measure != Measure::Pending,
            Publisher::Eurostat => measure != Measure::Workload,
        }
    }

    /// The rule of which publisher answers a question: the one asked for
    /// (`publisher = …`); else, where the question `needs` what only
    /// figures by reporting country give (several reporting countries, sex,
    /// age, a measure the CGVS does not publish), the publisher that gives
    /// them; else the CGVS, or Eurostat where the store's CGVS figures gave
    /// the question no row (`fallback`, the session's second try). `None`
    /// where the publisher asked for cannot answer what the question needs.
    pub fn answering(asked: Option<Publisher>, needs: bool, fallback: bool) -> Option<Publisher> {
        let by_country = Publisher::ALL
            .into_iter()
            .find(|p| p.by_reporting_country());
        match asked {
            Some(p) if needs && !p.by_reporting_country() => None,
            Some(p) => Some(p),
            None if needs || fallback => by_country,
            None => Some(Publisher::default()),
        }
    }

    /// The types a rate of `measure` puts over which (granted, decided),
    /// at the level its figures give them; none for a measure that is no
    /// rate.
    pub fn rate_types(self, measure: Measure) -> (Vec<&'static str>, Vec<&'static str>) {
        if self.several_kinds_of_source() {
            measure.rate_types()
        } else if measure.kind() == Kind::Rate {
            (vec![Type::Positive.as_str()], vec![Type::Total.as_str()])
        } else {
            (Vec::new(), Vec::new())
        }
    }
}

impl std::str::FromStr for Publisher {
    type Err = ();

    fn from_str(word: &str) -> Result<Publisher, ()> {
        Publisher::ALL
            .into_iter()
            .find(|p| p.name() == word)
            .ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_publisher_is_named_and_found_by_its_name() {
        for p in Publisher::ALL {
            assert_eq!(p.name().parse::<Publisher>(), Ok(p));
        }
        assert_eq!("unhcr".parse::<Publisher>(), Err(()));
    }

    #[test]
    fn the_rule_of_which_publisher_answers() {
        use Publisher::*;
        assert_eq!(Publisher::answering(None, false, false), Some(Cgvs));
        assert_eq!(Publisher::answering(None, false, true), Some(Eurostat));
        assert_eq!(Publisher::answering(None, true, false), Some(Eurostat));
        assert_eq!(Publisher::answering(Some(Cgvs), false, true), Some(Cgvs));
        assert_eq!(Publisher::answering(Some(Cgvs), true, false), None);
        assert_eq!(
            Publisher::answering(Some(Eurostat), false, false),
            Some(Eurostat)
        );
    }

    #[test]
    fn a_rate_is_over_the_types_each_publisher_gives() {
        let rate = Measure::ProtectionRate;
        assert_eq!(
            Publisher::Eurostat.rate_types(rate),
            (vec!["positive"], vec!["total"])
        );
        assert_eq!(Publisher::Cgvs.rate_types(rate), rate.rate_types());
        assert_eq!(
            Publisher::Eurostat.rate_types(Measure::Applications),
            (vec![], vec![])
        );
    }
}
