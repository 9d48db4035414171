//! The period of a row of an answer: a month, a quarter, a half-year, a
//! year, or any other span of months (a year to date).
//!
//! The session makes a `Period` from the months a row covers and puts it in
//! the answer's cells; renderers read its months and kind and write it as a
//! label only at the edge (`2023-11`, `2023-Q4`, `2023-H1`, `2023`,
//! `2023-01..2023-11`); only a period named in a note's text or in a
//! summary's SQL is read back ([`label_span`]).

use super::month::{span_label, Month, Span};
use std::fmt;

/// A period an answer's row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Month(Month),
    /// The quarter that starts with this month.
    Quarter(Month),
    /// The half-year that starts with this month.
    Half(Month),
    Year(i32),
    /// Any other span of months, such as a year to date.
    Span(Span),
}

impl Period {
    /// The calendar period of `months` months (1, 3, 6 or 12) that holds `m`;
    /// any other length gives the month itself.
    pub fn of_length(m: Month, months: u32) -> Period {
        let first = |n: u32| Month::new(m.year(), (m.number() - 1) / n * n + 1).unwrap_or(m);
        match months {
            3 => Period::Quarter(first(3)),
            6 => Period::Half(first(6)),
            12 => Period::Year(m.year()),
            _ => Period::Month(m),
        }
    }

    /// The period of a span of months: a year where it is one whole
    /// calendar year, a month where it is one month, else the span.
    pub fn of_span(span: Span) -> Period {
        if span.is_year() {
            Period::Year(span.first.year())
        } else if span.first == span.last {
            Period::Month(span.first)
        } else {
            Period::Span(span)
        }
    }

    /// The period of a row of `by month`: its month, or the span of months
    /// a year-to-date figure covers (also a whole year, which stays a span
    /// of months: `2023-01..2023-12`).
    pub fn of_months(span: Span) -> Period {
        if span.first == span.last {
            Period::Month(span.first)
        } else {
            Period::Span(span)
        }
    }

    /// The months the period covers, first to last.
    pub fn span(self) -> Span {
        let run = |first: Month, len: i32| Span {
            first,
            last: first.minus(1 - len),
        };
        match self {
            Period::Month(m) => run(m, 1),
            Period::Quarter(m) => run(m, 3),
            Period::Half(m) => run(m, 6),
            Period::Year(y) => run(Month::january_of(y), 12),
            Period::Span(s) => s,
        }
    }

    /// Its first month.
    pub fn first(self) -> Month {
        self.span().first
    }

    /// One month, quarter, half-year or year of the calendar, as a time
    /// axis places it; a span of other months is none.
    pub fn is_calendar(self) -> bool {
        !matches!(self, Period::Span(_))
    }

    /// Whether `covered`, the months a row's figures cover, is less than
    /// (or other than) this period.
    pub fn covered_in_part(self, covered: Span) -> bool {
        self.span() != covered
    }
}

/// The months a note's period label names: `2023`, `2023-11`,
/// `2023-01..2023-10`; `None` for another label.
pub fn label_span(label: &str) -> Option<Span> {
    if let Some((a, b)) = label.split_once("..") {
        return Some(Span {
            first: Month::parse(a)?,
            last: Month::parse(b)?,
        });
    }
    if let Some(month) = Month::parse(label) {
        return Some(Span {
            first: month,
            last: month,
        });
    }
    // A quarter or half-year: `2023-Q4`, `2023-H2`.
    if let Some((year, part)) = label.split_once('-') {
        let (months, n) = match part.split_at_checked(1)? {
            ("Q", n) => (3, n.parse::<u32>().ok().filter(|n| (1..=4).contains(n))?),
            ("H", n) => (6, n.parse::<u32>().ok().filter(|n| (1..=2).contains(n))?),
            _ => return None,
        };
        let first = Month::new(year.parse().ok()?, (n - 1) * months + 1)?;
        return Some(Period::of_length(first, months).span());
    }
    let year: i32 = label.parse().ok().filter(|_| label.len() == 4)?;
    let first = Month::new(year, 1)?;
    Some(Span {
        first,
        last: first.minus(-11),
    })
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month(m) => write!(f, "{m}"),
            Period::Quarter(m) => write!(f, "{:04}-Q{}", m.year(), (m.number() - 1) / 3 + 1),
            Period::Half(m) => write!(f, "{:04}-H{}", m.year(), (m.number() - 1) / 6 + 1),
            Period::Year(y) => write!(f, "{y}"),
            Period::Span(s) => f.write_str(&span_label(s.first, s.last)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(text: &str) -> Month {
        Month::parse(text).unwrap()
    }

    #[test]
    fn periods_know_their_months_and_labels() {
        let q4 = Period::of_length(month("2023-11"), 3);
        assert_eq!(
            (q4.to_string(), q4.span().to_string()),
            ("2023-Q4".into(), "2023-10..2023-12".into())
        );
        let h1 = Period::of_length(month("2023-05"), 6);
        assert_eq!(
            (h1.to_string(), h1.span().to_string()),
            ("2023-H1".into(), "2023-01..2023-06".into())
        );
        assert_eq!(Period::of_length(month("2023-05"), 12).to_string(), "2023");
        let ytd = Span {
            first: month("2023-01"),
            last: month("2023-11"),
        };
        assert_eq!(Period::of_span(ytd).to_string(), "2023-01..2023-11");
        assert!(!Period::of_span(ytd).is_calendar());
        let year = Span {
            first: month("2022-01"),
            last: month("2022-12"),
        };
        assert_eq!(Period::of_span(year), Period::Year(2022));
        assert!(Period::Year(2022).covered_in_part(ytd));
        assert!(!Period::Year(2022).covered_in_part(year));
    }
}
