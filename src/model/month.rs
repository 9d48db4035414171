//! Calendar months, the one unit of time in the CGVS reports.
//!
//! Every figure in a report covers one month, a span of months from January
//! (year to date), or is a stock at the end of a month. `Month` is shared by the
//! report loader, the checker and the renderer so that all of them print periods
//! the same way (`2023-11`, `2023-01..2023-11`).

use std::fmt;

/// A calendar month, e.g. November 2023.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i32,
    month: u32,
}

/// Dutch month names as the report writes them, January first: the first
/// column of [`MONTH_NAMES`].
pub const DUTCH_MONTHS: [&str; 12] = {
    let mut names = [""; 12];
    let mut i = 0;
    while i < 12 {
        names[i] = MONTH_NAMES[i].0;
        i += 1;
    }
    names
};

/// Month names in Dutch, French and English, January first; the French ones also without accents.
pub const MONTH_NAMES: [(&str, &str, &str, &str); 12] = [
    ("januari", "janvier", "january", "janvier"),
    ("februari", "février", "february", "fevrier"),
    ("maart", "mars", "march", "mars"),
    ("april", "avril", "april", "avril"),
    ("mei", "mai", "may", "mai"),
    ("juni", "juin", "june", "juin"),
    ("juli", "juillet", "july", "juillet"),
    ("augustus", "août", "august", "aout"),
    ("september", "septembre", "september", "septembre"),
    ("oktober", "octobre", "october", "octobre"),
    ("november", "novembre", "november", "novembre"),
    ("december", "décembre", "december", "decembre"),
];

impl Month {
    /// A month, or `None` when `month` is not 1 to 12.
    pub fn new(year: i32, month: u32) -> Option<Month> {
        (1..=12).contains(&month).then_some(Month { year, month })
    }

    /// January of `year`.
    pub fn january_of(year: i32) -> Month {
        Month { year, month: 1 }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// The month's number in its year, 1 to 12.
    pub fn number(self) -> u32 {
        self.month
    }

    /// The months since the start of year 0: a number that orders months
    /// and counts the months between two of them.
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    /// The month of an [`index`](Month::index).
    pub fn from_index(index: i64) -> Month {
        Month {
            year: index.div_euclid(12) as i32,
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// The month a Dutch month name (full, any case) stands for.
    pub fn from_dutch(year: i32, name: &str) -> Option<Month> {
        let lower = name.to_lowercase();
        let index = DUTCH_MONTHS.iter().position(|m| *m == lower)?;
        Month::new(year, index as u32 + 1)
    }

    /// The ISO date of the first day of the month, as stored in DuckDB.
    pub fn first_day(self) -> String {
        format!("{:04}-{:02}-01", self.year, self.month)
    }

    /// The first day of the month as days since 1970-01-01, DuckDB's `DATE`
    /// (the civil-to-days rule of Howard Hinnant's date algorithms).
    pub fn epoch_day(self) -> i32 {
        let (y, m) = if self.month <= 2 {
            (self.year - 1, self.month as i32 + 9)
        } else {
            (self.year, self.month as i32 - 3)
        };
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let day_of_year = (153 * m + 2) / 5;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// January of the same year.
    pub fn january(self) -> Month {
        Month {
            year: self.year,
            month: 1,
        }
    }

    /// The month before this one.
    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// The month `n` months before this one.
    pub fn minus(self, n: i32) -> Month {
        let index = self.year * 12 + self.month as i32 - 1 - n;
        Month {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// Parses `2023-11`.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        Month::new(year.parse().ok()?, month.parse().ok()?)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// The ISO date (`2023-11-01`) of a day counted from 1970-01-01, as DuckDB
/// gives a `DATE` (the days-to-civil rule of Howard Hinnant's date algorithms).
pub fn iso_date(days: i32) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i32::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// A span of months, first to last, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub first: Month,
    pub last: Month,
}

impl Span {
    /// How many months the span holds.
    pub fn len(self) -> i64 {
        self.last.index() - self.first.index() + 1
    }

    /// The months of the span, first to last.
    pub fn months(self) -> impl Iterator<Item = Month> {
        (self.first.index()..=self.last.index()).map(Month::from_index)
    }

    /// One whole calendar year.
    pub fn is_year(self) -> bool {
        self.first.month == 1 && self.last.month == 12 && self.first.year == self.last.year
    }

    /// One whole calendar quarter.
    pub fn is_quarter(self) -> bool {
        self.first.month % 3 == 1 && self.last == self.first.minus(-2)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&span_label(self.first, self.last))
    }
}

/// The period of a row: a whole calendar year as `2022`, any other span as
/// [`span_label`] writes it.
pub fn period_label(start: Month, end: Month) -> String {
    if (Span {
        first: start,
        last: end,
    })
    .is_year()
    {
        start.year.to_string()
    } else {
        span_label(start, end)
    }
}

/// Formats a span of months: one month as `2023-11`, several as `2023-01..2023-11`.
pub fn span_label(start: Month, end: Month) -> String {
    if start == end {
        start.to_string()
    } else {
        format!("{start}..{end}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_months() {
        let m = Month::parse("2023-11").unwrap();
        assert_eq!(m.to_string(), "2023-11");
        assert_eq!(m.previous().to_string(), "2023-10");
        assert_eq!(
            Month::parse("2024-01").unwrap().previous().to_string(),
            "2023-12"
        );
        assert_eq!(Month::parse("2023-13"), None);
        assert_eq!(m.minus(12).to_string(), "2022-11");
        assert_eq!(m.minus(11).to_string(), "2022-12");
        assert_eq!(
            Month::parse("2023-01").unwrap().minus(1).to_string(),
            "2022-12"
        );
        assert_eq!(Month::from_dutch(2023, "November"), Some(m));
        assert_eq!(span_label(m.january(), m), "2023-01..2023-11");
    }

    #[test]
    fn prints_days_since_1970_as_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(-1), "1969-12-31");
        assert_eq!(iso_date(19_782), "2024-02-29");
        let november = Month::new(2023, 11).unwrap();
        assert_eq!(iso_date(november.epoch_day()), "2023-11-01");
        assert_eq!(iso_date(november.epoch_day() - 1), "2023-10-31");
    }

    #[test]
    fn counts_days_since_1970() {
        let day = |y, m| Month::new(y, m).unwrap().epoch_day();
        assert_eq!(day(1970, 1), 0);
        assert_eq!(day(2023, 11), 19662);
        assert_eq!(day(2000, 3), 11017);
        assert_eq!(day(2024, 2), 19754);
        assert_eq!(day(1969, 12), -31);
    }
}
