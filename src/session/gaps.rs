//! What the periods of an answer lack, said in notes: quarters and
//! half-years the store holds in part, months without a figure inside a
//! row's period, stocks shown as of an earlier month, and the months of the
//! year an answer by `month_of_year` has no figure for.

use super::*;
use crate::answer::Role;
use crate::lang::ast::Op;
use crate::locale::{Arg, Message};
use crate::model::month::Span;
use crate::model::period::Period;

/// The values of a row's dimensions other than time (`Germany`), which
/// name the row where rows of the same period differ; none where the
/// answer has no such dimension.
pub(super) fn others(answer: &Answer, checked: &Checked, row: usize) -> Option<String> {
    let parts: Vec<String> = answer
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(sql::role(c, &checked.dims), Role::Dimension | Role::Country))
        .map(|(i, _)| render::plain(&answer.rows[row][i]))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// What notes say of rows' periods (`what`), each once, with the period
/// as they name it: alone where every row of that period says the same,
/// else with the rows it is said of (`2019-Q3 (Germany, France)`).
fn named<T: PartialEq + Clone>(items: &[(String, Option<String>, T)]) -> Vec<(String, String, T)> {
    let mut out: Vec<(String, String, T)> = Vec::new();
    for (period, _, what) in items {
        if out.iter().any(|(p, _, w)| p == period && w == what) {
            continue;
        }
        let differ = items.iter().any(|(p, _, w)| p == period && w != what);
        let names: Vec<&str> = items
            .iter()
            .filter(|(p, _, w)| p == period && w == what)
            .filter_map(|(_, n, _)| n.as_deref())
            .collect();
        let label = if differ && !names.is_empty() {
            format!("{period} ({})", names.join(", "))
        } else {
            period.clone()
        };
        out.push((period.clone(), label, what.clone()));
    }
    out
}

/// A note for each quarter or half-year the store holds only in part:
/// each row's span, whether it has gaps (said by [`gap_notes`]) and its
/// [`others`].
/// A quarter whose other months are all inside a rest on no row (`rests`)
/// says so instead.
pub(super) fn partial_quarters(
    rows: &[(Option<Span>, bool, Option<String>)],
    checked: &Checked,
    rests: &[Span],
) -> Vec<Note> {
    let (months, id) = if checked.dims.contains(&Dim::Quarter) {
        (3, "note-partial-quarter")
    } else if checked.dims.contains(&Dim::Half) {
        (6, "note-partial-half")
    } else {
        return Vec::new();
    };
    if checked.measure.kind() == check::Kind::Stock {
        return Vec::new();
    }
    // Every row of a quarter counts, so that a partial row is named where
    // another row of its quarter is whole or has gaps.
    let mut items = Vec::new();
    let (low, high) = checked.filter.bounds();
    let kept = |m: Month| low.is_none_or(|l| l <= m) && high.is_none_or(|h| m <= h);
    for (span, gaps, name) in rows {
        let Some(span) = span else { continue };
        let period = Period::of_length(span.first, months);
        let whole = period.span();
        let cut = (whole.first.index()..=whole.last.index())
            .map(Month::from_index)
            .filter(|m| *m < span.first || *m > span.last)
            .all(|m| !kept(m));
        let partial = (!gaps && period.covered_in_part(*span)).then(|| Part {
            span: *span,
            inside: inside_rests(whole, *span, rests),
            cut,
        });
        items.push((period.to_string(), name.clone(), partial));
    }
    named(&items)
        .into_iter()
        .filter_map(|(quarter, label, part)| Some((quarter, label, part?)))
        .map(|(quarter, label, part)| {
            let message = if part.cut {
                Message::new("note-filter-cuts-period")
                    .code("quarter", label)
                    .code("span", part.span.to_string())
            } else if part.inside.is_empty() {
                Message::new(id)
                    .code("quarter", label)
                    .code("span", part.span.to_string())
            } else {
                let gap = Gap {
                    shown: Arg::Code(label.clone()),
                    covered: part.span.len() as usize,
                    missing: Vec::new(),
                    inside: part.inside,
                };
                gap.message(Arg::Code(label), "sum", rests)
            };
            Note::new(NoteKind::Partial, vec![quarter], message)
        })
        .collect()
}

/// The part of a quarter a row covers, and the other months of the
/// quarter where a rest on no row holds them all.
#[derive(Clone, PartialEq)]
struct Part {
    span: Span,
    inside: Vec<String>,
    /// The filter leaves out the months of the period the row lacks.
    cut: bool,
}

/// The months of `whole` outside `covered`, where every one of them is
/// inside one of `rests`; none otherwise.
fn inside_rests(whole: Span, covered: Span, rests: &[Span]) -> Vec<String> {
    let others: Vec<Month> = (whole.first.index()..=whole.last.index())
        .map(Month::from_index)
        .filter(|m| *m < covered.first || *m > covered.last)
        .collect();
    let held = |m: &Month| rests.iter().any(|r| r.first <= *m && *m <= r.last);
    if others.iter().all(held) {
        others.iter().map(|m| m.to_string()).collect()
    } else {
        Vec::new()
    }
}

/// The rows of a stock whose period ends after the month its value is for:
/// (`2023`, 2023-11).
pub(super) fn as_of(answer: &Answer, metas: &[Meta], checked: &Checked) -> Vec<(String, Month)> {
    if checked.measure.kind() != check::Kind::Stock || checked.dims.contains(&Dim::MonthOfYear) {
        return Vec::new();
    }
    let Some(at) = [Dim::Quarter, Dim::Half, Dim::Year]
        .iter()
        .find(|d| checked.dims.contains(d))
        .and_then(|d| answer.columns.iter().position(|c| c == d.name()))
    else {
        return filtered_as_of(metas, checked);
    };
    let mut out = Vec::new();
    for (row, meta) in answer.rows.iter().zip(metas) {
        let label = render::plain(&row[at]);
        let end = row[at].period().map(|p| p.span().last);
        let (Some(end), Some(span)) = (end, meta.span) else {
            continue;
        };
        let item = (label, span.last);
        if span.last != end && !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// A stock asked for a period by the filter alone (`where year = 2023`),
/// whose last month the store lacks: the period, and the month it is as of.
fn filtered_as_of(metas: &[Meta], checked: &Checked) -> Vec<(String, Month)> {
    if checked.dims.contains(&Dim::Month) {
        return Vec::new();
    }
    let (Some(low), Some(high)) = checked.filter.bounds() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for span in metas.iter().filter_map(|m| m.span) {
        let item = (period_label(low, high), span.last);
        if span.last != high && !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// The months of the period a row answers for (its year or quarter, within
/// the filter's bounds) that none of its facts cover. Months after the last
/// one covered count only where months before it are missing too, or where
/// the store reaches past them (`reached`): a period the data reaches only
/// in part is shown by its `period` column.
pub(super) fn missing_months(
    answer: &Answer,
    (meta, row): (&Meta, &[Cell]),
    checked: &Checked,
    reached: Option<Month>,
) -> Vec<Month> {
    let (Some(covered), Some(span)) = (&meta.covered, meta.span) else {
        return Vec::new();
    };
    // A row by the month of the year is its one month, or a span that is in
    // no month of the year; [`months_of_year_missing`] names the months
    // without a row.
    if checked.measure.kind() == check::Kind::Stock || checked.dims.contains(&Dim::MonthOfYear) {
        return Vec::new();
    }
    let (low, high) = checked.filter.bounds();
    let own = [Dim::Quarter, Dim::Half, Dim::Year]
        .iter()
        .find(|d| checked.dims.contains(d))
        .and_then(|d| answer.columns.iter().position(|c| c == d.name()))
        .and_then(|i| row[i].period())
        .map(|p| (p.span().first, p.span().last));
    let first = own.map(|o| o.0).max(low).unwrap_or(span.first);
    let last = match (own.map(|o| o.1), high) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b).unwrap_or(span.last),
    };
    let missing: Vec<Month> = (first.index()..=last.index())
        .map(Month::from_index)
        .filter(|m| !covered.contains(m))
        .collect();
    if missing
        .iter()
        .any(|m| *m < span.last || reached.is_some_and(|r| *m <= r))
    {
        missing
    } else {
        Vec::new()
    }
}

/// The rows that add up the months present of a period with gaps: how many
/// months they cover and which are missing.
/// Months inside a rest on no row (`rests`) are not missing: the note
/// names the rest that holds them.
pub(super) fn gap_notes(
    answer: &mut Answer,
    metas: &[Meta],
    checked: &Checked,
    (rests, reached): (&[Span], Option<Month>),
) -> Vec<Note> {
    let label = checked
        .dims
        .iter()
        .find(|d| d.is_time())
        .and_then(|d| answer.columns.iter().position(|c| c == d.name()));
    let value = answer.columns.iter().position(|c| c == "value");
    // Every row of a period counts, so that a row with gaps is named where
    // another row of its period has none.
    let mut items = Vec::new();
    for (n, meta) in metas.iter().enumerate() {
        let row = &answer.rows[n];
        let missing = missing_months(answer, (meta, row), checked, reached);
        // Without time, a row is named by its other dimensions (`België`);
        // by source, the gaps of the rows' period are said once.
        let by_source = checked.dims.contains(&Dim::Source);
        let (shown, shown_arg) = match (label, others(answer, checked, n)) {
            (None, Some(other)) if !by_source => (other.clone(), Arg::Code(other)),
            _ => row_label(row, label, "the-figure"),
        };
        let name = label.and(others(answer, checked, n));
        let covered = meta.covered.as_ref().filter(|_| !missing.is_empty());
        let Some(covered) = covered.filter(|_| !value.is_some_and(|i| row[i] == Cell::Null)) else {
            items.push((shown, name, None));
            continue;
        };
        let held = |m: &&Month| rests.iter().any(|r| r.first <= **m && **m <= r.last);
        let inside: Vec<String> = missing.iter().filter(held).map(|m| m.to_string()).collect();
        let names: Vec<String> = missing
            .iter()
            .filter(|m| !held(m))
            .map(|m| m.to_string())
            .collect();
        let gap = Gap {
            shown: shown_arg,
            covered: covered.len(),
            missing: names,
            inside,
        };
        items.push((shown, name, Some(gap)));
        if let Some(c) = answer.coverage.get_mut(n) {
            c.missing = missing;
        }
    }
    if checked.dims.contains(&Dim::Source) {
        items = across_sources(items);
    }
    let how = if checked.measure.kind() == check::Kind::Rate {
        "rate"
    } else {
        "sum"
    };
    named(&items)
        .into_iter()
        .filter_map(|(shown, label, gap)| Some((shown, label, gap?)))
        .map(|(shown, label, gap)| {
            let arg = if label == shown {
                gap.shown.clone()
            } else {
                Arg::Code(label)
            };
            Note::new(
                NoteKind::MissingMonths,
                vec![shown],
                gap.message(arg, how, rests),
            )
        })
        .collect()
}

/// The months of a row's period it lacks: `missing` from the store,
/// `inside` a rest of a yearly overview's year on no row.
#[derive(Clone, PartialEq)]
struct Gap {
    shown: Arg,
    covered: usize,
    missing: Vec<String>,
    inside: Vec<String>,
}

impl Gap {
    /// The months that neither of two rows of one period covers.
    fn shared(self, theirs: &Gap) -> Option<Gap> {
        let of = self.covered + self.missing.len() + self.inside.len();
        let both = |mine: Vec<String>, theirs: &[String]| -> Vec<String> {
            mine.into_iter().filter(|m| theirs.contains(m)).collect()
        };
        let missing = both(self.missing, &theirs.missing);
        let inside = both(self.inside, &theirs.inside);
        let lacking = missing.len() + inside.len();
        (lacking > 0).then(|| Gap {
            shown: self.shown,
            covered: of - lacking,
            missing,
            inside,
        })
    }

    fn message(&self, shown: Arg, how: &str, rests: &[Span]) -> Message {
        let of = (self.covered + self.missing.len() + self.inside.len()) as i64;
        let common = |id: &'static str| {
            Message::new(id)
                .with("shown", shown.clone())
                .count("covered", self.covered as i64)
                .count("of", of)
                .code("how", how)
                .codes("missing", &self.missing)
        };
        if self.inside.is_empty() {
            return common("note-missing-months");
        }
        // Only the rests that hold one of the months named.
        let holds = |r: &&Span| {
            self.inside
                .iter()
                .filter_map(|m| Month::parse(m))
                .any(|m| r.first <= m && m <= r.last)
        };
        let mut rests: Vec<String> = rests
            .iter()
            .filter(holds)
            .map(|r| period_label(r.first, r.last))
            .collect();
        rests.dedup();
        common("note-months-in-rest")
            .count("lacking", self.missing.len() as i64)
            .codes("inside", &self.inside)
            .count("n", self.inside.len() as i64)
            .codes("rests", &rests)
    }
}

/// The gaps of an answer `by source`, whose rows each give what one source
/// gives of a period: the months that no row of the period covers, said
/// once for the period (never "covers 1 of 12 months" for each page).
type Item = (String, Option<String>, Option<Gap>);

fn across_sources(items: Vec<Item>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    for (shown, _, gap) in items {
        if let Some(at) = out.iter().position(|(s, _, _)| *s == shown) {
            out[at].2 = match (out[at].2.take(), gap) {
                (Some(mine), Some(theirs)) => mine.shared(&theirs),
                _ => None,
            };
            continue;
        }
        out.push((shown, None, gap));
    }
    out
}

/// The months an answer by the month of the year has no figure for: each
/// month of each year it shows (or the one year its filter keeps), within
/// the filter's bounds, that neither a row of its own nor a row for a span
/// of months holds.
pub(super) fn months_of_year_missing(answer: &Answer, checked: &Checked) -> Vec<Note> {
    let col = |d: Dim| answer.columns.iter().position(|c| c == d.name());
    let Some(at) = col(Dim::MonthOfYear) else {
        return Vec::new();
    };
    let (low, high) = checked.filter.bounds();
    let year_of = |row: &[Cell]| match col(Dim::Year).map(|i| &row[i]) {
        Some(Cell::Period(Period::Year(y))) => Some(*y),
        Some(_) => None,
        None => low.map(Month::year),
    };
    let shown_years = answer.rows.iter().filter_map(|r| year_of(r));
    let first = low.map(Month::year).or(shown_years.clone().min());
    let last = high.map(Month::year).or(shown_years.max());
    let years: Vec<i32> = match (first, last) {
        (Some(first), Some(last)) => (first..=last).collect(),
        _ => Vec::new(),
    };
    let shown: Vec<Month> = answer
        .rows
        .iter()
        .filter_map(|r| match (&r[at], year_of(r)) {
            (Cell::Int(m), Some(y)) => Some(Month::january_of(y).minus(1 - *m as i32)),
            _ => None,
        })
        .collect();
    let in_span = |m: &Month| {
        answer
            .coverage
            .iter()
            .filter_map(|c| c.span)
            .any(|s| s.first != s.last && s.first <= *m && *m <= s.last)
    };
    let missing: Vec<String> = years
        .iter()
        .flat_map(|y| (0..12).map(move |n| Month::january_of(*y).minus(-n)))
        .filter(|m| checked.filter.keeps_month(*m))
        .filter(|m| !shown.contains(m) && !in_span(m))
        .map(|m| m.to_string())
        .collect();
    if missing.is_empty() {
        return Vec::new();
    }
    let message = Message::new("note-month-of-year-missing").codes("months", &missing);
    vec![Note::new(NoteKind::MissingMonths, missing, message)]
}

impl Session {
    /// The rests of yearly overviews' years on no row of the answer, with
    /// their figures: those that stand for months of several quarters (or
    /// half-years) together, and those that stand for months both inside and
    /// outside the months the filter keeps.
    pub(super) fn rests_across_periods(&self, checked: &Checked) -> Result<Vec<Rest>> {
        let months = period_months(checked);
        let (low, high) = checked.filter.bounds();
        // A rest lies inside one year: bounds on whole years never cut it.
        let whole_years =
            low.is_none_or(|l| l.number() == 1) && high.is_none_or(|h| h.number() == 12);
        let bounded = !whole_years;
        let by_month =
            checked.dims.contains(&Dim::Month) || checked.dims.contains(&Dim::MonthOfYear);
        if (months.is_none() && !bounded)
            || (by_month && !bounded)
            || checked.dims.contains(&Dim::MonthOfYear)
            || !checked.national_spans
            || checked.by_country_tables
            || checked.publisher.gives_each_period_once()
            || checked.measure.kind() != check::Kind::Flow
        {
            return Ok(Vec::new());
        }
        let Some(whole_years) = over_whole_years(checked) else {
            return Ok(Vec::new());
        };
        let mut answer = self.query(&sql::compile(&whole_years).text)?;
        let metas = split(&mut answer);
        let value = answer.columns.iter().position(|c| c == "value");
        // The row's other dimensions (its type), which tell two rests of
        // one year apart.
        let others: Vec<usize> = checked
            .dims
            .iter()
            .filter(|d| !d.is_time())
            .filter_map(|d| answer.columns.iter().position(|c| c == d.name()))
            .collect();
        let of = |r: &[crate::answer::Cell]| {
            let names: Vec<String> = others.iter().map(|i| r[*i].plain()).collect();
            names.join(" ")
        };
        let crosses = |s: &Span| {
            let part = |m: Month, n: u32| (m.year(), (m.number() - 1) / n);
            let across_rows = months.is_some_and(|n| part(s.first, n) != part(s.last, n));
            let inside = low.is_none_or(|l| s.first >= l) && high.is_none_or(|h| s.last <= h);
            let overlaps = low.is_none_or(|l| s.last >= l) && high.is_none_or(|h| s.first <= h);
            overlaps && (across_rows || !inside)
        };
        Ok(answer
            .rows
            .iter()
            .zip(&metas)
            .filter(|(_, m)| !m.rest_months.is_empty())
            .filter_map(|(r, m)| {
                Some(Rest {
                    value: value.and_then(|v| r[v].number())? as i64,
                    span: m.span?,
                    of: of(r),
                })
            })
            .filter(|r| crosses(&r.span))
            .collect())
    }
}

/// A rest of a yearly overview's year on no row: its figure, its months and
/// the values of the answer's other dimensions (`registered`), if any.
pub(super) struct Rest {
    pub(super) value: i64,
    pub(super) span: Span,
    of: String,
}

/// The query by month over the whole years its filter reaches into, so
/// that a rest of a year that the filter cuts is among its rows; none where
/// the filter's periods cannot be taken out of it.
fn over_whole_years(checked: &Checked) -> Option<Checked> {
    let mut dims: Vec<Dim> = checked
        .dims
        .iter()
        .copied()
        .filter(|d| !d.is_time())
        .collect();
    dims.insert(0, Dim::Month);
    let mut filter = checked.filter.without_periods()?;
    let (low, high) = checked.filter.bounds();
    for (op, month) in [(Op::Ge, low), (Op::Le, high)] {
        if let Some(m) = month {
            filter = check::Cond::And(Box::new(filter), Box::new(check::Cond::Year(op, m.year())));
        }
    }
    Some(Checked {
        dims,
        filter,
        plan: check::Plan::default(),
        combine: None,
        ..checked.clone()
    })
}

/// How many months a row of the answer's time dimension holds, where that
/// is a quarter or a half-year.
fn period_months(checked: &Checked) -> Option<u32> {
    if checked.dims.contains(&Dim::Quarter) {
        Some(3)
    } else if checked.dims.contains(&Dim::Half) {
        Some(6)
    } else {
        None
    }
}

/// The notes naming each rest on no row, with its figure: one across the
/// quarters (or half-years) of the rows, one across the filter's bounds.
/// An empty answer by quarter says why in a note of its own, so the first
/// kind is not given then.
pub(super) fn rests_notes(checked: &Checked, rests: &[Rest], empty: bool) -> Vec<Note> {
    let months = period_months(checked);
    let across = |s: &Span| {
        let part = |m: Month, n: u32| (m.year(), (m.number() - 1) / n);
        months.is_some_and(|n| part(s.first, n) != part(s.last, n))
    };
    let (mut rows, cut): (Vec<_>, Vec<_>) = rests.iter().partition(|r| across(&r.span));
    if empty {
        rows.clear();
    }
    let id = match months {
        Some(3) => "note-rest-in-no-quarter",
        _ => "note-rest-in-no-half",
    };
    [(id, rows), ("note-rest-cut-by-filter", cut)]
        .into_iter()
        .filter(|(_, r)| !r.is_empty())
        .map(|(id, r)| {
            let figures = r
                .iter()
                .map(|r| {
                    let label = period_label(r.span.first, r.span.last);
                    let named = match r.of.as_str() {
                        "" => label,
                        of => format!("{label} {of}"),
                    };
                    Message::new("word-figure-of")
                        .code("period", named)
                        .with("figure", Arg::Figure(r.value))
                })
                .collect();
            let message = Message::new(id).with("rows", Arg::Messages(figures));
            Note::about_all(NoteKind::Derived, message)
        })
        .collect()
}
