//! The reference's steps over the summed rows: `share` of the answer's whole,
//! `cumulative` restarting each January, `change` against the like months of
//! the base period, and `top` without `other`.

use super::eval::{round1, Query, Row};
use super::facts::Fact;

fn time_dims(q: &Query) -> Vec<&'static str> {
    q.dims
        .iter()
        .copied()
        .filter(|d| matches!(*d, "month" | "quarter" | "half" | "year" | "month_of_year"))
        .collect()
}

fn other_dims(q: &Query) -> Vec<&'static str> {
    q.dims
        .iter()
        .copied()
        .filter(|d| !matches!(*d, "month" | "quarter" | "half" | "year" | "month_of_year"))
        .collect()
}

fn labels(row: &Row, dims: &[&str]) -> Vec<String> {
    dims.iter().map(|d| row.cells[*d].clone()).collect()
}

fn int(row: &Row) -> Option<i64> {
    row.cells["value"].parse().ok()
}

/// Applies the query's modifier to its rows (`groups[i]` made `rows[i]`).
pub fn apply(
    q: &Query,
    groups_facts: &[impl AsFacts],
    rows: &mut Vec<Row>,
    current: &[Fact],
    source: &[Fact],
) {
    match q.modifier {
        "share" => share(q, rows),
        "cumulative" => cumulative(q, groups_facts, rows),
        "change" | "change yoy" => change(q, groups_facts, rows, current, source),
        "rolling 3 months" => rolling(q, groups_facts, rows, 3),
        "top 3" => {
            rows.retain(|r| r.cells.get("country").is_none_or(|c| c != "other"));
            // A row without a value is left out of a ranking, and so is a
            // row of several months together where months are ranked.
            rows.retain(|r| has(r, "value"));
            if q.dims.iter().filter(|d| **d != "unit").eq(["month"].iter()) {
                rows.retain(|r| r.cells.get("month").is_none_or(|m| !m.contains("..")));
            }
            largest_in_groups(q, rows, 3);
        }
        // `other` is a row like any other here.
        "sort by value desc limit 2" => {
            rows.retain(|r| has(r, "value"));
            largest(q, rows, 2)
        }
        "having value > 1000" => rows.retain(|r| above(r, "value", 1000.0)),
        "index 2022" => index(q, groups_facts, rows, current, 2022 * 12),
        "change having change < 0" => {
            change(q, groups_facts, rows, current, source);
            rows.retain(|r| !above(r, "change", -1.0) && has(r, "change"));
        }
        _ => {}
    }
}

/// Whether a row's figure in `column` is over `floor` (a row without one is
/// not).
fn above(row: &Row, column: &str, floor: f64) -> bool {
    row.cells
        .get(column)
        .and_then(|v| v.parse::<f64>().ok())
        .is_some_and(|v| v > floor)
}

/// Whether a row has a figure in `column`.
fn has(row: &Row, column: &str) -> bool {
    row.cells
        .get(column)
        .is_some_and(|v| v.parse::<f64>().is_ok())
}

/// The `n` largest rows; of equal values, the first in time order, then by
/// name.
fn largest(q: &Query, rows: &mut Vec<Row>, n: usize) {
    let value = |r: &Row| r.cells["value"].parse::<f64>().unwrap_or(f64::NEG_INFINITY);
    let dims = |r: &Row| labels(r, &q.dims);
    rows.sort_by(|a, b| {
        value(b)
            .total_cmp(&value(a))
            .then_with(|| dims(a).cmp(&dims(b)))
    });
    rows.truncate(n);
}

/// `top n`: the `n` largest rows of each combination of the dimensions but
/// the last (and of each unit); with one dimension, of the whole answer.
fn largest_in_groups(q: &Query, rows: &mut Vec<Row>, n: usize) {
    // The evaluator counts `unit` as a last dimension of its own.
    let dims: Vec<&str> = q.dims.iter().copied().filter(|d| *d != "unit").collect();
    if dims.len() < 2 {
        return largest(q, rows, n);
    }
    let mut within: Vec<&str> = dims[..dims.len().saturating_sub(1)].to_vec();
    within.push("unit");
    let mut groups: Vec<(Vec<String>, Vec<Row>)> = Vec::new();
    for row in rows.drain(..) {
        let key = labels(&row, &within);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(row),
            None => groups.push((key, vec![row])),
        }
    }
    for (_, mut members) in groups {
        largest(q, &mut members, n);
        rows.extend(members);
    }
}

/// The facts of a row.
pub trait AsFacts {
    fn facts(&self) -> &[Fact];
}

fn share(q: &Query, rows: &mut [Row]) {
    let mut time = time_dims(q);
    time.push("unit");
    let counts =
        |r: &Row| !(q.measure == "workload" && r.cells.get("type").is_some_and(|t| t == "total"));
    let wholes: Vec<i64> = rows
        .iter()
        .map(|r| {
            rows.iter()
                .filter(|o| labels(o, &time) == labels(r, &time) && counts(o))
                .filter_map(int)
                .sum()
        })
        .collect();
    for (r, whole) in rows.iter_mut().zip(wholes) {
        let v = if counts(r) && whole != 0 {
            // As computed, unrounded: csv and JSON keep the exact share.
            exact(100.0 * int(r).unwrap() as f64 / whole as f64)
        } else {
            String::new()
        };
        r.cells.insert("share".into(), v);
    }
}

fn cumulative(q: &Query, groups: &[impl AsFacts], rows: &mut [Row]) {
    let other = other_dims(q);
    let restarts = q
        .dims
        .iter()
        .any(|d| matches!(*d, "month" | "quarter" | "half"));
    let key = |i: usize| groups[i].facts().iter().map(|f| f.start).min().unwrap();
    let end = |i: usize| groups[i].facts().iter().map(|f| f.end).max().unwrap();
    let by_month = q.dims.contains(&"month");
    let totals: Vec<Option<i64>> = (0..rows.len())
        .map(|i| {
            let before: Vec<usize> = (0..rows.len())
                .filter(|j| {
                    labels(&rows[*j], &other) == labels(&rows[i], &other)
                        && key(*j) <= key(i)
                        && (!restarts || key(*j) / 12 == key(i) / 12)
                })
                .collect();
            // A row over several months is no step, and a row inside the
            // span of one before it cannot be told.
            let spans = by_month && key(i) != end(i);
            if spans || before.iter().any(|j| end(*j) > end(i)) {
                return None;
            }
            // Within a year, every month from January on, on a row of its
            // own or inside the span of a rest of the year.
            let fs: Vec<&Fact> = before
                .iter()
                .flat_map(|j| groups[*j].facts().iter())
                .collect();
            let months = covered(&fs);
            if restarts && months != end(i) % 12 + 1 {
                return None;
            }
            // Over years, every month from the first January on.
            let first = before.iter().map(|j| key(*j)).min().unwrap();
            if !restarts && (first % 12 != 0 || months != end(i) - first + 1) {
                return None;
            }
            Some(before.iter().filter_map(|j| int(&rows[*j])).sum())
        })
        .collect();
    for (r, t) in rows.iter_mut().zip(totals) {
        let t = t.map_or(String::new(), |t| t.to_string());
        r.cells.insert("cumulative".into(), t);
    }
}

/// The average of each row and the `n - 1` rows before it of the same
/// other dimensions, where those are `n` consecutive whole months.
fn rolling(q: &Query, groups: &[impl AsFacts], rows: &mut [Row], n: usize) {
    let other = other_dims(q);
    let key = |i: usize| groups[i].facts().iter().map(|f| f.start).min().unwrap();
    let single = |i: usize| {
        let fs = groups[i].facts();
        fs.iter().map(|f| f.start).min() == fs.iter().map(|f| f.end).max()
    };
    let averages: Vec<String> = (0..rows.len())
        .map(|i| {
            let mut before: Vec<usize> = (0..rows.len())
                .filter(|j| {
                    labels(&rows[*j], &other) == labels(&rows[i], &other) && key(*j) <= key(i)
                })
                .collect();
            before.sort_by_key(|j| key(*j));
            let window = &before[before.len().saturating_sub(n)..];
            let keys: Vec<i64> = window.iter().map(|j| key(*j)).collect();
            if window.len() == n
                && keys[n - 1] - keys[0] == n as i64 - 1
                && window.iter().all(|j| single(*j))
            {
                let sum: i64 = window.iter().filter_map(|j| int(&rows[*j])).sum();
                super::eval::round1(sum as f64 / n as f64)
            } else {
                String::new()
            }
        })
        .collect();
    for (r, a) in rows.iter_mut().zip(averages) {
        r.cells.insert("rolling".into(), a);
    }
}

/// The step of `change`: the previous period of the finest time dimension.
fn step(q: &Query) -> i64 {
    if q.modifier == "change yoy"
        || !q
            .dims
            .iter()
            .any(|d| matches!(*d, "month" | "quarter" | "half"))
    {
        12
    } else if q.dims.contains(&"month") {
        1
    } else if q.dims.contains(&"quarter") {
        3
    } else {
        6
    }
}

fn change(q: &Query, groups: &[impl AsFacts], rows: &mut [Row], current: &[Fact], source: &[Fact]) {
    let step = step(q);
    let units: Vec<&String> = source.iter().map(|f| &f.unit).collect();
    let moved: Vec<Fact> = current
        .iter()
        .filter(|f| {
            let measure = if q.measure == "protection_rate" {
                f.measure == "decisions" || f.measure == "protection_rate"
            } else {
                f.measure == q.measure
            };
            measure
                && units.contains(&&f.unit)
                && f.country.is_some() == q.dims.contains(&"country")
        })
        .map(|f| Fact {
            start: f.start + step,
            end: f.end + step,
            ..f.clone()
        })
        .collect();
    let moved = matched(q, moved, source);
    for (i, r) in rows.iter_mut().enumerate() {
        let mine = groups[i].facts();
        let base: Vec<&Fact> = moved.iter().filter(|b| same_row(q, b, &mine[0])).collect();
        let end = mine.iter().map(|f| f.end).max().unwrap();
        let at_end =
            !(q.measure == "workload" && step == 3 && q.dims.contains(&"quarter")) || end % 3 == 2;
        let at_end = at_end
            && (!(q.measure == "workload" && step == 6 && q.dims.contains(&"half"))
                || end % 6 == 5);
        let value = r.cells["value"].clone();
        let mine: Vec<&Fact> = mine.iter().collect();
        // The rest of an overview's year stands for fewer months than its
        // span: no base has those months alone.
        let rest = r
            .cells
            .get("months_covered")
            .and_then(|c| c.parse::<i64>().ok())
            .is_some_and(|n| n < covered(&mine));
        let (change, pct) =
            if !value.is_empty() && at_end && !rest && like_for_like(q, &base, &mine) {
                base_change(q, &base, &value)
            } else {
                (String::new(), String::new())
            };
        if q.measure == "protection_rate" {
            r.cells.insert("change_pp".into(), change);
        } else {
            r.cells.insert("change".into(), change);
            r.cells.insert("change_pct".into(), pct);
        }
    }
}

/// The moved facts that are a base: those whose type (at the level both
/// give), unit, country and months equal a fact of the rows; nationally, a
/// moved span (an overview's year) whose every month the rows give at its
/// level where no row gives that span, and then no moved fact inside it;
/// and the months inside a span the rows give, at its level, where no
/// moved fact gives that span.
fn matched(q: &Query, moved: Vec<Fact>, source: &[Fact]) -> Vec<Fact> {
    // A published rate meets the figures of its period whatever their types.
    let rate = |f: &Fact| f.measure == "protection_rate";
    let exact = |b: &Fact| {
        source.iter().any(|s| {
            (level(q, s) == level(q, b) || rate(s) || rate(b))
                && s.unit == b.unit
                && s.country == b.country
                && s.start == b.start
                && s.end == b.end
        })
    };
    let national = |f: &&Fact| f.country.is_none();
    let inside_span = |b: &Fact| {
        source.iter().filter(national).any(|s| {
            s.unit == b.unit
                && s.start < s.end
                && level(q, s) == level(q, b)
                && b.start >= s.start
                && b.end <= s.end
                && !moved
                    .iter()
                    .filter(national)
                    .any(|x| x.unit == s.unit && x.start == s.start && x.end == s.end)
        })
    };
    let whole_span = |b: &Fact| {
        if b.start == b.end
            || b.country.is_some()
            || exact(b)
            || source
                .iter()
                .filter(national)
                .any(|s| s.unit == b.unit && s.start == b.start && s.end == b.end)
        {
            return false;
        }
        let mut months: Vec<i64> = source
            .iter()
            .filter(national)
            .filter(|s| s.unit == b.unit && s.start == s.end && level(q, s) == level(q, b))
            .filter(|s| s.start >= b.start && s.start <= b.end)
            .map(|s| s.start)
            .collect();
        months.sort();
        months.dedup();
        months.len() as i64 == b.end - b.start + 1
    };
    let spans: Vec<&Fact> = moved.iter().filter(|b| whole_span(b)).collect();
    let in_a_span = |b: &Fact| {
        b.country.is_none()
            && spans
                .iter()
                .any(|s| s.unit == b.unit && b.start >= s.start && b.end <= s.end)
    };
    moved
        .iter()
        .filter(|b| {
            whole_span(b)
                || (exact(b) && !in_a_span(b))
                || (b.country.is_none() && !exact(b) && inside_span(b))
        })
        .cloned()
        .collect()
}

/// The months a row's facts cover.
fn covered(fs: &[&Fact]) -> i64 {
    let mut m: Vec<i64> = fs.iter().flat_map(|f| f.start..=f.end).collect();
    m.sort();
    m.dedup();
    m.len() as i64
}

/// A fact's type at the level pages and reports both give, where the
/// answer is not by type: first and subsequent are registered, a decision
/// of any outcome counts in the total.
fn level<'a>(q: &Query, f: &'a Fact) -> &'a str {
    if q.dims.contains(&"type") || q.own_type.is_some() {
        return &f.ty;
    }
    match (q.measure, f.ty.as_str()) {
        ("applications", "first" | "subsequent") => "registered",
        ("decisions", _) => "total",
        _ => &f.ty,
    }
}

/// Whether a base covers what its row covers: as many figures at the level
/// both give, or, where one side is a national span and the other its
/// months, the same months at the same levels; a published rate and a rate
/// of the same months.
fn like_for_like(q: &Query, base: &[&Fact], mine: &[&Fact]) -> bool {
    let figures = |fs: &[&Fact]| {
        let mut k: Vec<(&str, Option<String>, i64, i64)> = fs
            .iter()
            .map(|f| (level(q, f), f.country.clone(), f.start, f.end))
            .collect();
        k.sort();
        k.dedup();
        k.len()
    };
    let months = |fs: &[&Fact]| {
        let mut m: Vec<i64> = fs.iter().flat_map(|f| f.start..=f.end).collect();
        m.sort();
        m.dedup();
        m.len()
    };
    let spans = |fs: &[&Fact]| fs.iter().any(|f| f.country.is_none() && f.start < f.end);
    let levels = |fs: &[&Fact]| {
        let mut l: Vec<String> = fs.iter().map(|f| level(q, f).to_string()).collect();
        l.sort();
        l.dedup();
        l
    };
    let published = |fs: &[&Fact]| fs.iter().filter(|f| f.measure == "protection_rate").count();
    let first_last = |fs: &[&Fact]| {
        let first = fs.iter().map(|f| f.start).min();
        (first, fs.iter().map(|f| f.end).max())
    };
    if (published(base) == 1 || published(mine) == 1) && first_last(base) == first_last(mine) {
        return true;
    }
    months(base) == months(mine)
        && (figures(base) == figures(mine)
            || (spans(base) != spans(mine) && levels(base) == levels(mine)))
}

/// `index`: each row against the same months of the base year (its facts
/// moved from there to the row's year), as a percent: a row with gaps
/// against the same months; none for a row over more than one year, or
/// without a like-for-like base.
fn index(q: &Query, groups: &[impl AsFacts], rows: &mut [Row], current: &[Fact], base_start: i64) {
    for (i, r) in rows.iter_mut().enumerate() {
        let mine = groups[i].facts();
        let first = mine.iter().map(|f| f.start).min().unwrap();
        let last = mine.iter().map(|f| f.end).max().unwrap();
        let shift = first.div_euclid(12) * 12 - base_start;
        let moved: Vec<Fact> = current
            .iter()
            .filter(|f| {
                f.measure == q.measure
                    && mine.iter().any(|m| m.unit == f.unit)
                    && f.country.is_some() == q.dims.contains(&"country")
            })
            .map(|f| Fact {
                start: f.start + shift,
                end: f.end + shift,
                ..f.clone()
            })
            .collect();
        let moved = matched(q, moved, mine);
        let base: Vec<&Fact> = moved.iter().filter(|b| same_row(q, b, &mine[0])).collect();
        let mine: Vec<&Fact> = mine.iter().collect();
        let value = r.cells["value"].clone();
        let one_year = first.div_euclid(12) == last.div_euclid(12);
        let old: i64 = base.iter().map(|f| f.value).sum();
        let index = if !value.is_empty()
            && one_year
            && !base.is_empty()
            && like_for_like(q, &base, &mine)
            && old != 0
        {
            round1(100.0 * value.parse::<f64>().unwrap() / old as f64)
        } else {
            String::new()
        };
        r.cells.insert("index".into(), index);
    }
}

/// Whether a moved base fact falls in the same row as a fact of the row.
fn same_row(q: &Query, b: &Fact, f: &Fact) -> bool {
    q.dims.iter().all(|d| match *d {
        "month" => b.start == f.start && b.end == f.end,
        "quarter" => b.start / 3 == f.start / 3,
        "half" => b.start / 6 == f.start / 6,
        "year" => b.start / 12 == f.start / 12,
        "country" => b.country == f.country,
        "type" => b.ty == f.ty,
        "unit" => b.unit == f.unit,
        "source" => super::eval::source_label(b) == super::eval::source_label(f),
        _ => unreachable!(),
    })
}

fn base_change(q: &Query, base: &[&Fact], value: &str) -> (String, String) {
    if q.measure == "protection_rate" {
        let sum = |types: &[&str]| {
            base.iter()
                .filter(|f| f.measure == "decisions" && types.contains(&f.ty.as_str()))
                .map(|f| f.value)
                .sum::<i64>()
        };
        let finals = super::eval::FINAL;
        let published: Vec<i64> = base
            .iter()
            .filter(|f| f.measure == "protection_rate")
            .map(|f| f.value)
            .collect();
        let decided = sum(&finals);
        let old: Option<f64> = match published.len() {
            0 if decided != 0 => round1(100.0 * sum(&finals[..2]) as f64 / decided as f64)
                .parse()
                .ok(),
            1 if decided == 0 => Some(published[0] as f64 / 10.0),
            _ => None,
        };
        let now: f64 = value.parse().unwrap();
        return (
            old.map_or(String::new(), |o| round1(now - o)),
            String::new(),
        );
    }
    let old: i64 = base.iter().map(|f| f.value).sum();
    let now: i64 = value.parse().unwrap();
    let pct = if old == 0 {
        String::new()
    } else {
        round1(100.0 * (now - old) as f64 / old as f64)
    };
    ((now - old).to_string(), pct)
}

/// A figure as computed, as asylq writes it: its shortest form, with at
/// least one decimal (50.0, 33.33333333333333).
fn exact(x: f64) -> String {
    let shortest = x.to_string();
    if shortest.contains('.') {
        shortest
    } else {
        format!("{x:.1}")
    }
}
