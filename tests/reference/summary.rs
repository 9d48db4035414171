//! The reference's `average per month`: the total of each row's facts divided
//! by the months they cover, per value of the other dimensions.

use super::eval::{label, round1, Query, Row};
use super::facts::Fact;
use std::collections::BTreeMap;

pub fn average(q: &Query, facts: Vec<Fact>) -> Vec<Row> {
    let mut rows: Vec<(Vec<String>, Vec<Fact>)> = Vec::new();
    for f in facts {
        let key: Vec<String> = q
            .dims
            .iter()
            .map(|d| match *d {
                "country" => f.country.clone().unwrap_or_default(),
                "type" => f.ty.clone(),
                "unit" => f.unit.clone(),
                "source" => super::eval::source_label(&f),
                "year" => (f.start / 12).to_string(),
                "quarter" => format!("{}-Q{}", f.start / 12, f.start % 12 / 3 + 1),
                "half" => format!("{}-H{}", f.start / 12, f.start % 12 / 6 + 1),
                _ => label(f.start, f.end),
            })
            .collect();
        match rows.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(f),
            None => rows.push((key, vec![f])),
        }
    }
    rows.into_iter()
        .map(|(key, facts)| {
            // The months the facts cover: a rest of an overview's year
            // stands for its months less those shown on their own.
            let mut spans: Vec<(i64, i64)> = facts.iter().map(|f| (f.start, f.end)).collect();
            spans.sort();
            spans.dedup();
            let months = facts
                .iter()
                .flat_map(|f| match &f.free {
                    Some(free) => free.clone(),
                    None => (f.start..=f.end).collect(),
                })
                .collect::<std::collections::BTreeSet<i64>>()
                .len() as i64;
            let total: i64 = facts.iter().map(|f| f.value).sum();
            let mut cells = BTreeMap::new();
            for (d, k) in q.dims.iter().zip(key) {
                cells.insert(d.to_string(), k);
            }
            cells.insert("value".into(), round1(total as f64 / months as f64));
            cells.insert("months".into(), months.to_string());
            let covered: std::collections::BTreeSet<i64> =
                spans.iter().flat_map(|(s, e)| *s..=*e).collect();
            cells.insert("months_covered".into(), covered.len().to_string());
            let start = facts.iter().map(|f| f.start).min().unwrap();
            let end = facts.iter().map(|f| f.end).max().unwrap();
            cells.insert("period".into(), label(start, end));
            Row {
                cells,
                derived: facts.iter().any(|f| f.derived),
                missing: Vec::new(),
            }
        })
        .collect()
}

/// `min`, `max`, `median` per month, quarter or year, and `average` per
/// quarter or year: each row's facts summed per period, the figure taken
/// over the whole periods only (every month of a quarter or year; a month,
/// not a year to date), with how many there are and, for min and max, the
/// period it falls in.
pub fn over_periods(q: &Query, facts: Vec<Fact>, kind: &str, per: &str) -> Vec<Row> {
    let mut rows: Vec<(Vec<String>, Vec<Fact>)> = Vec::new();
    for f in facts {
        let key: Vec<String> = q.dims.iter().map(|d| key_of(d, &f)).collect();
        match rows.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(f),
            None => rows.push((key, vec![f])),
        }
    }
    rows.into_iter()
        .map(|(key, facts)| {
            let mut cells = BTreeMap::new();
            for (d, k) in q.dims.iter().zip(key) {
                cells.insert(d.to_string(), k);
            }
            summarise(&facts, kind, per, &mut cells);
            Row {
                cells,
                derived: facts.iter().any(|f| f.derived),
                missing: Vec::new(),
            }
        })
        .collect()
}

fn key_of(d: &str, f: &Fact) -> String {
    match d {
        "country" => f.country.clone().unwrap_or_default(),
        "type" => f.ty.clone(),
        "unit" => f.unit.clone(),
        "source" => super::eval::source_label(f),
        "year" => (f.start / 12).to_string(),
        "quarter" => format!("{}-Q{}", f.start / 12, f.start % 12 / 3 + 1),
        "half" => format!("{}-H{}", f.start / 12, f.start % 12 / 6 + 1),
        other => panic!("no summary by {other}"),
    }
}

/// One period of a summary: its first month, the months it covers, its sum.
#[derive(Clone)]
struct Period {
    first: i64,
    last: i64,
    months: i64,
    value: i64,
}

fn periods(facts: &[Fact], per: &str) -> Vec<Period> {
    let mut out: BTreeMap<(i64, i64), Vec<&Fact>> = BTreeMap::new();
    for f in facts {
        let key = match per {
            "month" => (f.start, f.end),
            "quarter" => (f.start / 3 * 3, 0),
            _ => (f.start / 12 * 12, 0),
        };
        out.entry(key).or_default().push(f);
    }
    out.into_iter()
        .map(|((first, end), fs)| {
            let mut starts: Vec<i64> = fs.iter().map(|f| f.start).collect();
            starts.sort();
            starts.dedup();
            Period {
                first,
                last: if per == "month" {
                    end
                } else {
                    fs.iter().map(|f| f.end).max().unwrap()
                },
                months: if per == "month" {
                    end - first + 1
                } else {
                    let mut covered: Vec<i64> = fs.iter().flat_map(|f| f.start..=f.end).collect();
                    covered.sort();
                    covered.dedup();
                    covered.len() as i64
                },
                value: fs.iter().map(|f| f.value).sum(),
            }
        })
        .collect()
}

fn summarise(facts: &[Fact], kind: &str, per: &str, cells: &mut BTreeMap<String, String>) {
    let size = match per {
        "month" => 1,
        "quarter" => 3,
        _ => 12,
    };
    let all = periods(facts, per);
    // An average per quarter or year also counts a figure for several whole
    // periods together (a yearly overview's year, by quarter) as all of them.
    let spans_whole = |p: &Period| {
        kind == "average" && per != "month" && p.months % size == 0 && p.first % size == 0
    };
    let together_periods = all.iter().any(|p| p.months > size);
    let whole: Vec<Period> = all
        .iter()
        .filter(|p| p.months == size || spans_whole(p))
        .cloned()
        .collect();
    let count: i64 = whole.iter().map(|p| p.months / size).sum();
    let label_of = |p: &Period| match per {
        "month" => label(p.first, p.first),
        "quarter" => format!("{}-Q{}", p.first / 12, p.first % 12 / 3 + 1),
        _ => (p.first / 12).to_string(),
    };
    let values: Vec<i64> = whole.iter().map(|p| p.value).collect();
    // Months known only together (a year to date, an overview's rest of the
    // year) leave the largest, smallest or middle month untold.
    let together = kind != "average"
        && match per {
            "month" => facts.iter().any(|f| f.end > f.start),
            _ => together_periods,
        };
    let value = match kind {
        _ if values.is_empty() || together => String::new(),
        "min" => values.iter().min().unwrap().to_string(),
        "max" => values.iter().max().unwrap().to_string(),
        "average" => round1(values.iter().sum::<i64>() as f64 / count as f64),
        _ => {
            let mut v = values.clone();
            v.sort();
            let n = v.len();
            let m = if n % 2 == 1 {
                v[n / 2] as f64
            } else {
                (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
            };
            round1(m)
        }
    };
    if kind == "min" || kind == "max" {
        let pick = whole
            .iter()
            .find(|p| value == p.value.to_string())
            .filter(|_| !together);
        cells.insert(per.to_string(), pick.map(label_of).unwrap_or_default());
    }
    cells.insert("value".into(), value);
    let periods = if kind == "average" {
        count
    } else {
        whole.len() as i64
    };
    cells.insert(format!("{per}s"), periods.to_string());
    // A summary that cannot be told is of every month its figures cover.
    let spanned = if together { &all } else { &whole };
    if let (Some(first), Some(last)) = (
        spanned.iter().map(|p| p.first).min(),
        spanned.iter().map(|p| p.last).max(),
    ) {
        cells.insert("period".into(), label(first, last));
        let covered: std::collections::BTreeSet<i64> =
            spanned.iter().flat_map(|p| p.first..=p.last).collect();
        cells.insert("months_covered".into(), covered.len().to_string());
    } else {
        cells.insert("period".into(), String::new());
        cells.insert("months_covered".into(), String::new());
    }
}
