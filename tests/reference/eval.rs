//! The reference evaluator: a query of the grid answered from the current
//! facts in plain Rust, by the rules the README states, slowly and simply.
//! Each row is its labels, its figures as the CSV prints them, whether it is
//! derived and the months it misses.

use super::facts::Fact;
use std::collections::BTreeMap;

/// A query of the grid.
#[derive(Debug, Clone)]
pub struct Query {
    pub measure: &'static str,
    pub dims: Vec<&'static str>,
    pub modifier: &'static str,
    pub year: Option<i64>,
    /// A filter of the measure's own: `applications[type = subsequent]`.
    pub own_type: Option<&'static str>,
}

impl Query {
    pub fn text(&self) -> String {
        let mut s = self.measure.to_string();
        if let Some(t) = self.own_type {
            s += &format!("[type = {t}]");
        }
        if let Some(y) = self.year {
            s += &format!(" where year = {y}");
        }
        if !self.dims.is_empty() {
            s += &format!(" by {}", self.dims.join(", "));
        }
        if !self.modifier.is_empty() {
            s += &format!(" {}", self.modifier);
        }
        s
    }

    fn has(&self, d: &str) -> bool {
        self.dims.contains(&d)
    }

    fn by_country(&self) -> bool {
        self.has("country")
    }

    fn stock(&self) -> bool {
        self.measure == "workload"
    }

    fn rate(&self) -> bool {
        self.measure == "protection_rate"
    }
}

/// One row: its labels by column, its figures by column, derived, missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: BTreeMap<String, String>,
    pub derived: bool,
    pub missing: Vec<i64>,
}

/// A group of facts that makes one row, with its key by dimension.
#[derive(Debug, Clone)]
struct Group {
    key: Vec<String>,
    facts: Vec<Fact>,
    /// A by-country month row's own months (a span for a year to date).
    month: Option<(i64, i64)>,
}

pub fn label(start: i64, end: i64) -> String {
    let m = |i: i64| format!("{}-{:02}", i.div_euclid(12), i.rem_euclid(12) + 1);
    if start == end {
        m(start)
    } else if start % 12 == 0 && end == start + 11 {
        (start / 12).to_string()
    } else {
        format!("{}..{}", m(start), m(end))
    }
}

/// DuckDB's `round(x, 1)`: half away from zero.
pub fn round1(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    asylq::render::plain(&asylq::answer::Cell::Float(r))
}

/// The final decision types a rate divides by; the first two are granted.
pub const FINAL: [&str; 6] = [
    "refugee_status",
    "subsidiary_protection",
    "inadmissible",
    "manifestly_unfounded",
    "refusal",
    "negative",
];

/// How `by source` names a fact's source: its file, its place, and the
/// line of a printed figure.
pub fn source_label(f: &Fact) -> String {
    if f.derived {
        format!("{}, {}", f.file, f.table)
    } else {
        format!("{}, {}, line {}", f.file, f.table, f.line)
    }
}

/// The facts a query's filter keeps: applications with no unit asked are
/// in the unit each period holds them in (files up to 2015), a row each;
/// by country, in persons (a page's counts in files only where asked).
fn filtered(q: &Query, current: &[Fact]) -> Vec<Fact> {
    let units: &[&str] = match (q.measure, q.by_country()) {
        ("workload", _) | ("protection_rate", false) => &["dossiers"],
        ("applications", false) => &["persons", "files"],
        _ => &["persons"],
    };
    let newest = newest(q, current);
    current
        .iter()
        .filter(|f| {
            let measure = if q.rate() {
                f.measure == "decisions" || f.measure == "protection_rate"
            } else {
                f.measure == q.measure
            };
            measure
                && units.contains(&f.unit.as_str())
                && f.country.is_some() == q.by_country()
                && (!q.stock() || q.has("type") || f.ty == "total")
                && q.year.is_none_or(|y| f.start / 12 == y)
                && q.own_type.is_none_or(|t| f.ty == t)
                && (q.modifier != "last 3 months" || (f.start >= newest - 2 && f.end <= newest))
                && (q.modifier != "last 2 years" || f.start >= (newest / 12 - 1) * 12)
        })
        .cloned()
        .collect()
}

/// The newest month the store holds for the query's measure, nationally:
/// for `last N months`, held as a month (a yearly overview's year is none).
fn newest(q: &Query, current: &[Fact]) -> i64 {
    let months = q.modifier == "last 3 months";
    current
        .iter()
        .filter(|f| f.measure == stored(q) && f.country.is_none())
        .filter(|f| !months || f.start == f.end)
        .map(|f| f.end)
        .max()
        .unwrap_or(0)
}

fn stored(q: &Query) -> &'static str {
    if q.rate() {
        "decisions"
    } else {
        q.measure
    }
}

/// The key of a fact under one dimension.
fn key_of(d: &str, f: &Fact) -> String {
    match d {
        "month" => format!("{}:{}", f.start, f.end),
        "quarter" => (f.start / 3).to_string(),
        "half" => (f.start / 6).to_string(),
        "year" => (f.start / 12).to_string(),
        // A figure for a span of months is in no month of the year.
        "month_of_year" if f.start == f.end => (f.start % 12 + 1).to_string(),
        "month_of_year" => String::new(),
        "country" => f.country.clone().unwrap_or_default(),
        "type" => f.ty.clone(),
        "unit" => f.unit.clone(),
        "source" => source_label(f),
        _ => unreachable!(),
    }
}

impl super::steps::AsFacts for Group {
    fn facts(&self) -> &[Fact] {
        &self.facts
    }
}

/// A stock by type: the total and its parts of one month, the last month
/// that gives the most of them.
fn stock_by_type(facts: &[Fact], per_month: bool, q: &Query) -> Vec<Fact> {
    let group = |f: &Fact| {
        let mut k: Vec<String> = q
            .dims
            .iter()
            .filter(|d| !matches!(**d, "source" | "type"))
            .map(|d| key_of(d, f))
            .collect();
        if per_month {
            k.push(key_of("month", f));
        }
        k
    };
    let types_at = |f: &Fact, end: i64| {
        let mut t: Vec<&str> = facts
            .iter()
            .filter(|g| group(g) == group(f) && g.end == end)
            .map(|g| g.ty.as_str())
            .collect();
        t.sort();
        t.dedup();
        t.len()
    };
    facts
        .iter()
        .filter(|f| {
            let best = facts
                .iter()
                .filter(|g| group(g) == group(f))
                .map(|g| (types_at(g, g.end), g.end))
                .max();
            best.map(|b| b.1) == Some(f.end)
        })
        .cloned()
        .collect()
}

/// The facts that answer without overlap.
fn chosen(q: &Query, facts: Vec<Fact>, per_month: bool) -> Vec<Fact> {
    if q.stock() {
        // A stock's figure at its period's end, whatever source gives it:
        // `by source` does not split the choice.
        let group = |f: &Fact| {
            let mut k: Vec<String> = q
                .dims
                .iter()
                .filter(|d| **d != "source")
                .map(|d| key_of(d, f))
                .collect();
            if per_month {
                k.push(key_of("month", f));
            }
            k
        };
        if q.has("type") {
            return stock_by_type(&facts, per_month, q);
        }
        return facts
            .iter()
            .filter(|f| {
                let last = facts
                    .iter()
                    .filter(|g| group(g) == group(f))
                    .map(|g| g.end)
                    .max();
                last == Some(f.end)
            })
            .cloned()
            .collect();
    }
    if !q.by_country() {
        return year_over_months(facts);
    }
    if q.has("month") || q.has("month_of_year") {
        return super::months::by_country_months(facts);
    }
    let ytd_end = |y: i64| {
        facts
            .iter()
            .filter(|f| f.start < f.end && f.start / 12 == y)
            .map(|f| f.end)
            .max()
    };
    facts
        .iter()
        .filter(|f| match ytd_end(f.start / 12) {
            Some(e) if f.start < f.end => f.end == e,
            Some(e) => f.start > e,
            None => f.start == f.end,
        })
        .cloned()
        .collect()
}

/// A national year's figure over the sum of its months.
fn year_over_months(facts: Vec<Fact>) -> Vec<Fact> {
    let spans: Vec<(i64, i64)> = facts
        .iter()
        .filter(|f| f.start < f.end)
        .map(|f| (f.start, f.end))
        .collect();
    facts
        .into_iter()
        .filter(|f| f.start < f.end || !spans.iter().any(|(s, e)| *s <= f.start && f.start <= *e))
        .collect()
}

fn groups(q: &Query, facts: &[Fact]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for f in facts {
        let key: Vec<String> = q.dims.iter().map(|d| key_of(d, f)).collect();
        match out.iter_mut().find(|g| g.key == key) {
            Some(g) => g.facts.push(f.clone()),
            None => out.push(Group {
                key,
                facts: vec![f.clone()],
                month: q.has("month").then_some((f.start, f.end)),
            }),
        }
    }
    out
}

/// Whether national figures for spans of months (a yearly overview's year)
/// are split into months for this query: by month or quarter, under a
/// filter of months, or summed up per month; the split reads every fact,
/// the filter comes after.
fn splits_spans(q: &Query, current: &[Fact]) -> bool {
    let spans = current
        .iter()
        .any(|f| f.country.is_none() && f.start < f.end);
    spans
        && !q.by_country()
        && !q.stock()
        && (q.has("month")
            || q.has("quarter")
            || q.has("half")
            || q.has("month_of_year")
            || q.modifier == "last 3 months"
            || q.modifier.ends_with(" per month"))
}

/// The months of the quarter or half-year a query's rows are, if any.
fn one_period(q: &Query) -> Option<i64> {
    if q.has("quarter") {
        Some(3)
    } else if q.has("half") {
        Some(6)
    } else {
        None
    }
}

/// The facts of a query, chosen without overlap.
fn facts_of(q: &Query, current: &[Fact], per_month: bool) -> Vec<Fact> {
    if splits_spans(q, current) {
        let all = Query {
            year: None,
            modifier: "",
            ..q.clone()
        };
        let split =
            super::months::national_months(filtered(&all, current), q.measure, one_period(q));
        let newest = newest(q, current);
        return split
            .into_iter()
            .filter(|f| q.year.is_none_or(|y| f.start / 12 == y))
            .filter(|f| q.modifier != "last 3 months" || (f.start >= newest - 2 && f.end <= newest))
            .filter(|f| q.modifier != "last 2 years" || f.start >= (newest / 12 - 1) * 12)
            .collect();
    }
    chosen(q, filtered(q, current), per_month)
}

/// `by type` at the level every period gives: where some periods of the
/// query's facts give a group only (`registered`, a decisions `total`) and
/// others its parts, every fact of the parts counts as the group.
fn at_common_level(q: &Query, current: &[Fact]) -> Vec<Fact> {
    if !q.has("type") || q.by_country() || q.stock() || q.rate() {
        return current.to_vec();
    }
    let (group, parts): (&str, &[&str]) = match q.measure {
        "applications" => ("registered", &["first", "subsequent"]),
        "decisions" => ("total", &DECISION_TYPES),
        _ => return current.to_vec(),
    };
    let mut periods: BTreeMap<(i64, i64), Vec<&str>> = BTreeMap::new();
    for f in filtered(q, current) {
        let types = periods.entry((f.start, f.end)).or_default();
        types.push(if f.ty == group {
            "group"
        } else if parts.contains(&f.ty.as_str()) {
            "part"
        } else {
            "other"
        });
    }
    let only_group = periods
        .values()
        .any(|t| t.contains(&"group") && !t.contains(&"part"));
    let with_parts = periods.values().any(|t| t.contains(&"part"));
    if !(only_group && with_parts) {
        return current.to_vec();
    }
    current
        .iter()
        .map(|f| {
            let mut f = f.clone();
            if f.measure == q.measure && parts.contains(&f.ty.as_str()) {
                f.ty = group.to_string();
            }
            f
        })
        .collect()
}

/// Every stored type of a national decision but the total.
const DECISION_TYPES: [&str; 7] = [
    "interim",
    "refugee_status",
    "subsidiary_protection",
    "inadmissible",
    "manifestly_unfounded",
    "refusal",
    "withdrawal",
];

/// The rows of a query without a summary. Each unit is a row of its own,
/// as if `unit` were the last dimension.
pub fn answer(q: &Query, current: &[Fact]) -> Vec<Row> {
    let mut q = q.clone();
    q.dims.push("unit");
    let q = &q;
    let current = &at_common_level(q, current);
    if q.modifier == "average per month" {
        return super::summary::average(q, facts_of(q, current, true));
    }
    if let Some((kind, per)) = q.modifier.split_once(" per ") {
        return super::summary::over_periods(q, facts_of(q, current, true), kind, per);
    }
    let facts = facts_of(q, current, false);
    let groups = groups(q, &facts);
    // How far the store's figures of the measure reach: a period's months
    // before it are missing, those after it not yet published.
    let reached = current
        .iter()
        .filter(|f| f.measure == q.measure)
        .map(|f| f.end)
        .max();
    let mut rows: Vec<Row> = groups.iter().map(|g| row(q, g, reached)).collect();
    if (q.has("month") || q.has("month_of_year")) && !q.by_country() {
        rest_covered(q, &mut rows);
    }
    super::steps::apply(q, &groups, &mut rows, current, &facts);
    rows
}

/// By month, a derived row over a span whose months other rows (of the
/// same other dimensions) show on their own covers the months it stands
/// for: the others.
fn rest_covered(q: &Query, rows: &mut [Row]) {
    let others = |r: &Row| -> Vec<String> {
        q.dims
            .iter()
            .filter(|d| !matches!(**d, "month" | "month_of_year"))
            .map(|d| r.cells[*d].clone())
            .collect()
    };
    let span = |r: &Row| -> Option<(String, String)> {
        let p = &r.cells["period"];
        Some(match p.split_once("..") {
            Some((a, b)) => (a.to_string(), b.to_string()),
            None => (p.clone(), p.clone()),
        })
    };
    let fixed: Vec<Option<usize>> = rows
        .iter()
        .map(|r| {
            let (a, b) = span(r)?;
            if !r.derived || a == b {
                return None;
            }
            let inside = rows
                .iter()
                .filter(|o| others(o) == others(r))
                .filter_map(span)
                .filter(|(x, y)| x == y && *x >= a && *x <= b)
                .count();
            let months: usize = r.cells["months_covered"].parse().ok()?;
            (inside > 0).then(|| months - inside)
        })
        .collect();
    for (r, n) in rows.iter_mut().zip(fixed) {
        if let Some(n) = n {
            r.cells.insert("months_covered".into(), n.to_string());
        }
    }
}

/// A row's labels, value, period and the rate's parts.
fn row(q: &Query, g: &Group, reached: Option<i64>) -> Row {
    let mut cells = BTreeMap::new();
    for (d, k) in q.dims.iter().zip(&g.key) {
        let shown = match *d {
            "month" => {
                let (s, e) = g.month.unwrap();
                if s == e {
                    label(s, s)
                } else {
                    format!("{}..{}", label(s, s), label(e, e))
                }
            }
            "quarter" => {
                let n: i64 = k.parse().unwrap();
                format!("{}-Q{}", n / 4, n % 4 + 1)
            }
            "half" => {
                let n: i64 = k.parse().unwrap();
                format!("{}-H{}", n / 2, n % 2 + 1)
            }
            _ => k.clone(),
        };
        cells.insert(d.to_string(), shown);
    }
    let start = g.facts.iter().map(|f| f.start).min().unwrap();
    let end = g.facts.iter().map(|f| f.end).max().unwrap();
    cells.insert("period".into(), label(start, end));
    let covered: std::collections::BTreeSet<i64> =
        g.facts.iter().flat_map(|f| f.start..=f.end).collect();
    cells.insert("months_covered".into(), covered.len().to_string());
    let value = if q.rate() {
        let value = rate(q, g, &mut cells);
        if let Some((first, last)) = own_span(q, g).filter(|_| value.is_empty()) {
            // A rate row without a rate stands for its own period.
            cells.insert("period".into(), label(first, last));
            cells.insert("months_covered".into(), "0".into());
        }
        value
    } else {
        g.facts.iter().map(|f| f.value).sum::<i64>().to_string()
    };
    cells.insert("value".into(), value);
    let derived = derived(q, &g.facts);
    let missing =
        if q.has("month") || q.has("month_of_year") || q.stock() || cells["value"].is_empty() {
            Vec::new()
        } else {
            missing(q, g, (start, end), reached)
        };
    Row {
        cells,
        derived,
        missing,
    }
}

/// The months of a row's own period: its year, quarter or half-year, or
/// the filter's year; none by month.
fn own_span(q: &Query, g: &Group) -> Option<(i64, i64)> {
    if q.has("month") || q.has("month_of_year") {
        return None;
    }
    for (d, k) in q.dims.iter().zip(&g.key) {
        let n: i64 = match k.parse() {
            Ok(n) => n,
            Err(_) => continue,
        };
        match *d {
            "year" => return Some((n * 12, n * 12 + 11)),
            "quarter" => return Some((n * 3, n * 3 + 2)),
            "half" => return Some((n * 6, n * 6 + 5)),
            _ => {}
        }
    }
    q.year.map(|y| (y * 12, y * 12 + 11))
}

/// Whether a row holds a computed figure: not where it adds back a printed
/// total (an overview's registered or first applicants, the total less the
/// resettled and subsequent it prints; a page's first applications, its
/// files less the multiple ones) beside those parts, each of the same
/// source and period as the figure derived from its total.
fn derived(q: &Query, facts: &[Fact]) -> bool {
    let any = facts.iter().any(|f| f.derived);
    if q.measure != "applications" {
        return any;
    }
    let held = |word: &str, part: &str| {
        facts
            .iter()
            .filter(|f| f.derived && f.table.contains(word))
            .all(|f| {
                facts.iter().any(|g| {
                    g.ty == part && (g.report, g.start, g.end) == (f.report, f.start, f.end)
                })
            })
    };
    let printed_total = facts.iter().all(|f| {
        let taken = ["resettled", "relocated", "subsequent", "multiple"];
        !f.derived
            || (!f.table.contains("months shown") && taken.iter().any(|w| f.table.contains(w)))
    }) && held("resettled", "resettlement")
        && held("relocated", "relocation")
        && held("subsequent", "subsequent")
        && held("multiple", "subsequent");
    any && !printed_total
}

/// The rate of a row: computed from decisions, or the one rate a page
/// published where no decisions are stored; `granted` and `decided`.
fn rate(q: &Query, g: &Group, cells: &mut BTreeMap<String, String>) -> String {
    let sum = |types: &[&str]| -> Option<i64> {
        let v: Vec<i64> = g
            .facts
            .iter()
            .filter(|f| f.measure == "decisions" && types.contains(&f.ty.as_str()))
            .map(|f| f.value)
            .collect();
        (!v.is_empty()).then(|| v.iter().sum())
    };
    let granted = sum(&FINAL[..2]);
    let decided = sum(&FINAL);
    let show = |v: Option<i64>| v.map_or(String::new(), |v| v.to_string());
    cells.insert("granted".into(), show(granted));
    cells.insert("decided".into(), show(decided));
    let published: Vec<&Fact> = g
        .facts
        .iter()
        .filter(|f| f.measure == "protection_rate")
        .collect();
    match (published.as_slice(), decided) {
        ([], Some(d)) if d != 0 => round1(100.0 * granted.unwrap_or(0) as f64 / d as f64),
        ([one], None) if spans_row(q, one) => round1(one.value as f64 / 10.0),
        _ => String::new(),
    }
}

/// Whether a published rate stands for the whole period of its row: a
/// month's rate is no quarter's or year's.
fn spans_row(q: &Query, f: &Fact) -> bool {
    if q.has("month") || q.has("month_of_year") {
        return true;
    }
    for (d, n) in [("quarter", 3), ("half", 6), ("year", 12)] {
        if q.has(d) {
            return f.end - f.start + 1 == n;
        }
    }
    q.year
        .is_none_or(|y| f.start == y * 12 && f.end == y * 12 + 11)
}

/// The months of the row's year or quarter (within the filter's year) that
/// none of its facts cover, where one is missing before the last covered
/// or the store reaches past one.
fn missing(q: &Query, g: &Group, (start, end): (i64, i64), reached: Option<i64>) -> Vec<i64> {
    let covered: Vec<i64> = g.facts.iter().flat_map(|f| f.start..=f.end).collect();
    let own = if q.has("quarter") {
        let n: i64 = g.key[q.dims.iter().position(|d| *d == "quarter").unwrap()]
            .parse()
            .unwrap();
        Some((n * 3, n * 3 + 2))
    } else if q.has("half") {
        let n: i64 = g.key[q.dims.iter().position(|d| *d == "half").unwrap()]
            .parse()
            .unwrap();
        Some((n * 6, n * 6 + 5))
    } else if q.has("year") {
        let y: i64 = g.key[q.dims.iter().position(|d| *d == "year").unwrap()]
            .parse()
            .unwrap();
        Some((y * 12, y * 12 + 11))
    } else {
        q.year.map(|y| (y * 12, y * 12 + 11))
    };
    let (first, last) = own.unwrap_or((start, end));
    let out: Vec<i64> = (first..=last).filter(|m| !covered.contains(m)).collect();
    if out
        .iter()
        .any(|m| *m < end || reached.is_some_and(|r| *m <= r))
    {
        out
    } else {
        Vec::new()
    }
}
