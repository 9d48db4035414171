//! The rows of a compiled query, read: the columns an answer shows, and for
//! each row what the compiler's helper columns ([`sql::Helper`]) tell of it,
//! as typed fields. The notes and labels read these fields, never a column
//! by its name.

use super::*;
use crate::answer::Coverage;
use crate::model::month::Span;
use crate::model::Origin;
use crate::sql::Helper;

/// What the helper columns say of one row.
#[derive(Debug, Clone, Default)]
pub(super) struct Meta {
    /// The last month of the row's `month`.
    pub(super) month_end: Option<Month>,
    /// The months the row's facts cover.
    pub(super) span: Option<Span>,
    pub(super) derived: bool,
    pub(super) published: bool,
    pub(super) forced: bool,
    /// The months the row's facts cover, where a row can have gaps.
    pub(super) covered: Option<Vec<Month>>,
    /// The kinds of source the row's figures come from.
    pub(super) origins: Vec<Origin>,
    /// The store's ids of the sources of the row's figures, its base's
    /// included.
    pub(super) reports: Vec<i64>,
    /// The base of `change`: its figure (`Null` where there is none) and its
    /// first month.
    pub(super) base: Option<Cell>,
    /// The periods a summary left out.
    pub(super) left_out: Option<String>,
    /// How many months a summary's periods cover, or the rest of a yearly
    /// overview's year stands for.
    pub(super) months_covered: Option<i64>,
    /// The months the rest of a yearly overview's year stands for.
    pub(super) rest_months: Vec<String>,
    /// How many months a summary per month knows only together.
    pub(super) together: Option<i64>,
    /// The months each operand of `a - b` covers.
    pub(super) left: Option<Span>,
    pub(super) right: Option<Span>,
    /// Eurostat's flags on the row's figures.
    pub(super) flags: String,
    /// Eurostat's flags on the population of a figure per capita.
    pub(super) population_flags: String,
    /// How many of the row's figures Eurostat marks not available.
    pub(super) unavailable: i64,
    /// The aggregates of Eurostat's the row took for every citizenship.
    pub(super) wider: String,
    /// `change` found no base, though the store holds every month compared
    /// (of another definition): set by the session.
    pub(super) base_unlike: bool,
}

impl Meta {
    /// How many months the row's figures cover (its `months_covered`): a
    /// summary's or a rest's count, else the months its facts cover, else
    /// its span.
    pub(super) fn months_count(&self) -> Option<i64> {
        match (&self.covered, self.span) {
            _ if self.months_covered.is_some() => self.months_covered,
            (Some(months), Some(_)) => Some(months.len() as i64),
            (None, Some(span)) => Some(span.len()),
            (_, None) => None,
        }
    }

    pub(super) fn coverage(&self) -> Coverage {
        Coverage {
            span: self.span,
            derived: self.derived,
            published: self.published,
            forced: self.forced,
            missing: Vec::new(),
            origins: self.origins.clone(),
            sources: Vec::new(),
        }
    }
}

/// Takes the helper columns out of a query's result: the answer keeps the
/// columns it shows, and each row's helpers become its [`Meta`].
pub(super) fn split(answer: &mut Answer) -> Vec<Meta> {
    let helpers: Vec<Option<Helper>> = answer.columns.iter().map(|c| sql::helper(c)).collect();
    let metas = answer.rows.iter().map(|row| meta(row, &helpers)).collect();
    let shown = |i: &usize| helpers[*i].is_none();
    answer.columns = (0..answer.columns.len())
        .filter(shown)
        .map(|i| answer.columns[i].clone())
        .collect();
    for row in &mut answer.rows {
        *row = (0..row.len())
            .filter(shown)
            .map(|i| row[i].clone())
            .collect();
    }
    answer.roles = vec![crate::answer::Role::Extra; answer.columns.len()];
    metas
}

fn meta(row: &[Cell], helpers: &[Option<Helper>]) -> Meta {
    let at = |h: Helper| helpers.iter().position(|x| *x == Some(h)).map(|i| &row[i]);
    let month = |h: Helper| at(h).and_then(month_of);
    let span = |first: Helper, last: Helper| {
        Some(Span {
            first: month(first)?,
            last: month(last)?,
        })
    };
    let whole = span(Helper::Start, Helper::End);
    let text = |h: Helper| match at(h) {
        Some(Cell::Text(s)) => s.clone(),
        _ => String::new(),
    };
    Meta {
        month_end: month(Helper::MonthEnd),
        span: whole,
        covered: match at(Helper::Covered) {
            Some(Cell::Text(list)) => Some(
                list.split(',')
                    .filter_map(|n| n.parse().ok())
                    .map(Month::from_index)
                    .collect(),
            ),
            _ => None,
        },
        months_covered: match at(Helper::MonthsCovered) {
            Some(Cell::Int(n)) => Some(*n),
            _ => None,
        },
        together: match at(Helper::Together) {
            Some(Cell::Int(n)) => Some(*n),
            _ => None,
        },
        rest_months: match at(Helper::RestMonths) {
            Some(Cell::Text(s)) => s.split(", ").map(String::from).collect(),
            _ => Vec::new(),
        },
        derived: at(Helper::Derived) == Some(&Cell::Bool(true)),
        forced: at(Helper::Forced) == Some(&Cell::Bool(true)),
        published: matches!(at(Helper::Published), Some(Cell::Int(n)) if *n > 0),
        origins: match at(Helper::Origins) {
            Some(Cell::Int(mask)) => Origin::from_mask(*mask),
            _ => Vec::new(),
        },
        reports: {
            let mut all = ids(at(Helper::Reports));
            all.extend(ids(at(Helper::BaseReports)));
            all.sort_unstable();
            all.dedup();
            all
        },
        base: at(Helper::Base).cloned(),
        left_out: match at(Helper::LeftOut) {
            Some(Cell::Text(s)) => Some(s.clone()),
            _ => None,
        },
        left: span(Helper::LeftStart, Helper::LeftEnd),
        right: span(Helper::RightStart, Helper::RightEnd),
        flags: text(Helper::Flags),
        population_flags: text(Helper::PopulationFlags),
        unavailable: match at(Helper::Unavailable) {
            Some(Cell::Int(n)) => *n,
            _ => 0,
        },
        wider: match at(Helper::Wider) {
            Some(Cell::Text(s)) => s.clone(),
            _ => String::new(),
        },
        base_unlike: false,
    }
}

/// The report ids of a list cell (`[1, 3]`).
fn ids(cell: Option<&Cell>) -> Vec<i64> {
    match cell {
        Some(Cell::Text(list)) => list
            .trim_matches(['[', ']'])
            .split(", ")
            .filter_map(|n| n.parse().ok())
            .collect(),
        _ => Vec::new(),
    }
}

/// The month of a date cell (`2023-11-01`).
pub(super) fn month_of(cell: &Cell) -> Option<Month> {
    match cell {
        Cell::Text(date) => Month::parse(date.get(..7)?),
        _ => None,
    }
}

/// A rate row without a value stands for its own period, not for the
/// months of the figures it read (counts of decisions without their
/// outcomes): `period` is the row's year, quarter or half-year (or the
/// filter's months), and `months_covered` 0.
pub(super) fn empty_rates_own_period(answer: &Answer, metas: &mut [Meta], checked: &Checked) {
    if checked.measure.kind() != check::Kind::Rate || !checked.publisher.several_kinds_of_source() {
        return;
    }
    let col = |d: Dim| answer.columns.iter().position(|c| c == d.name());
    let Some(value) = answer.columns.iter().position(|c| c == "value") else {
        return;
    };
    let bounds = match checked.filter.bounds() {
        (Some(first), Some(last)) => Some(Span { first, last }),
        _ => None,
    };
    for (row, meta) in answer.rows.iter().zip(metas.iter_mut()) {
        if row[value] != Cell::Null || col(Dim::Month).is_some() || col(Dim::MonthOfYear).is_some()
        {
            continue;
        }
        let of = |d: Dim, n: u32| {
            let m = month_of(&row[col(d)?])?;
            Some(crate::model::period::Period::of_length(m, n).span())
        };
        let year = col(Dim::Year).and_then(|i| match row[i] {
            Cell::Int(y) => Some(crate::model::period::Period::Year(y as i32).span()),
            _ => None,
        });
        let own = year
            .or_else(|| of(Dim::Quarter, 3))
            .or_else(|| of(Dim::Half, 6))
            .or(bounds);
        if let Some(span) = own {
            meta.span = Some(span);
            meta.covered = None;
            meta.months_covered = Some(0);
        }
    }
}
