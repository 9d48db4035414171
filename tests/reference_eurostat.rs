//! A reference computation over a store that mixes the CGVS's report with
//! Eurostat's downloads: a grid of queries (each measure Eurostat gives, no
//! dimension to two among time, `geo`, `type`, `country`, `sex` and `age`,
//! with and without reporting countries, years and modifiers), each
//! answered by asylq and by a deliberately simple evaluator in plain Rust
//! over every stored Eurostat figure. Every answer must agree figure for
//! figure: values, periods, months covered, shares, counts and population.

mod common;

use common::{asked, EUROSTAT_FIXTURES as FIXTURES};

use asylq::model::countries::Names;
use asylq::session::Session;
use std::collections::{BTreeMap, BTreeSet};

const GROUPS: &[&str] = &[
    "TOTAL",
    "EXT_EU27_2020",
    "EXT_EU28",
    "EU27_2020",
    "EU28",
    "EU27_2020_FOR",
    "EU28_FOR",
];
const WHOLES: &[&str] = &["TOTAL", "EXT_EU27_2020", "EXT_EU28"];
const AGGREGATES: &[&str] = &["EU27_2020", "EU28", "EA20", "EFTA"];

/// One stored Eurostat figure; months as indexes (year * 12 + month - 1).
#[derive(Debug, Clone)]
struct Figure {
    source: i64,
    measure: String,
    ty: String,
    geo: String,
    citizen: String,
    sex: String,
    age: String,
    start: i64,
    end: i64,
    value: Option<i64>,
}

impl Figure {
    fn key(&self) -> (String, String, String, String, String, String) {
        (
            self.measure.clone(),
            self.ty.clone(),
            self.geo.clone(),
            self.citizen.clone(),
            self.sex.clone(),
            self.age.clone(),
        )
    }
}

fn month(text: &str) -> i64 {
    let (y, m) = text.split_once('-').unwrap();
    y.parse::<i64>().unwrap() * 12 + m.parse::<i64>().unwrap() - 1
}

fn label(m: i64) -> String {
    format!("{}-{:02}", m / 12, m % 12 + 1)
}

/// Every figure the store holds, the newest edition of each (the fixtures
/// are loaded on one day, in order: the later download is the newer).
fn figures(session: &Session) -> Vec<Figure> {
    let sql = "SELECT CAST(source AS VARCHAR), measure, type, geo, citizen, sex, age,
        strftime(period_start, '%Y-%m'), strftime(period_end, '%Y-%m'), CAST(value AS VARCHAR)
        FROM eurostat_facts";
    let (_, rows) = session.store.rows(sql).unwrap();
    let text = |v: &duckdb::types::Value| match v {
        duckdb::types::Value::Text(t) => Some(t.clone()),
        _ => None,
    };
    let all: Vec<Figure> = rows
        .iter()
        .map(|r| {
            let t: Vec<Option<String>> = r.iter().map(text).collect();
            let s = |i: usize| t[i].clone().unwrap();
            Figure {
                source: s(0).parse().unwrap(),
                measure: s(1),
                ty: s(2),
                geo: s(3),
                citizen: s(4),
                sex: s(5),
                age: s(6),
                start: month(&s(7)),
                end: month(&s(8)),
                value: t[9].as_ref().map(|v| v.parse().unwrap()),
            }
        })
        .collect();
    let mut newest: BTreeMap<_, Figure> = BTreeMap::new();
    for f in all {
        let k = (f.key(), f.start, f.end);
        if newest.get(&k).is_none_or(|o| o.source < f.source) {
            newest.insert(k, f);
        }
    }
    newest.into_values().collect()
}

/// A query of the grid.
#[derive(Debug, Clone)]
struct Query {
    measure: &'static str,
    geos: Option<&'static [&'static str]>,
    dims: Vec<&'static str>,
    modifier: &'static str,
    year: Option<i64>,
}

impl Query {
    fn text(&self) -> String {
        let mut conds = vec!["publisher = eurostat".to_string()];
        if let Some(g) = self.geos {
            conds.push(if g.len() == 1 {
                format!("geo = {}", g[0])
            } else {
                format!("geo in ({})", g.join(", "))
            });
        }
        if let Some(y) = self.year {
            conds.push(format!("year = {y}"));
        }
        let mut text = format!("{} where {}", self.measure, conds.join(" and "));
        if !self.dims.is_empty() {
            text += &format!(" by {}", self.dims.join(", "));
        }
        if !self.modifier.is_empty() {
            text += &format!(" {}", self.modifier);
        }
        text
    }

    fn has(&self, dim: &str) -> bool {
        self.dims.contains(&dim)
    }
}

/// Eurostat's type tree, as the README states it.
fn parts(group: &str) -> Option<&'static [&'static str]> {
    match group {
        "registered" => Some(&["first", "subsequent"]),
        "total" => Some(&["positive", "rejected"]),
        "positive" => Some(&[
            "refugee_status",
            "subsidiary_protection",
            "humanitarian",
            "temporary_protection",
        ]),
        _ => None,
    }
}

fn parent(ty: &str) -> Option<&'static str> {
    ["registered", "total", "positive"]
        .into_iter()
        .find(|g| parts(g).unwrap().contains(&ty))
}

/// By age, of a wider class and its parts, the parts where all are given,
/// else the wider class: never both.
fn age_level(figures: Vec<Figure>) -> Vec<Figure> {
    const GROUPS: [(&str, &[&str]); 2] = [
        ("Y_LT18", &["Y_LT14", "Y14-17"]),
        ("Y_GE18", &["Y18-34", "Y35-64", "Y_GE65"]),
    ];
    let has = |x: &Figure, age: &str| {
        figures.iter().any(|y| {
            y.age == age
                && (
                    &y.measure, &y.ty, &y.geo, &y.citizen, &y.sex, y.start, y.end,
                ) == (
                    &x.measure, &x.ty, &x.geo, &x.citizen, &x.sex, x.start, x.end,
                )
        })
    };
    let kept = figures
        .iter()
        .filter(|x| {
            GROUPS.iter().all(|(group, parts)| {
                let full = parts.iter().all(|p| has(x, p));
                if x.age == *group {
                    !full
                } else if parts.contains(&x.age.as_str()) {
                    full || !has(x, group)
                } else {
                    true
                }
            })
        })
        .cloned()
        .collect();
    kept
}

/// The figures a query reads: its measure, Eurostat's totals where it
/// names no reporting country, sex, age or citizenship, its types, and of
/// nested periods the finer or the coarser.
fn selected(q: &Query, all: &[Figure]) -> Vec<Figure> {
    let stored = if q.measure == "protection_rate" {
        "decisions"
    } else {
        q.measure
    };
    let root = match stored {
        "applications" => "registered",
        _ => "total",
    };
    let mut chosen: Vec<Figure> = all
        .iter()
        .filter(|f| f.measure == stored)
        .filter(|f| match q.geos {
            Some(g) => g.contains(&f.geo.as_str()),
            None if q.has("geo") => true,
            None => f.geo == "BE",
        })
        .filter(|f| {
            if q.has("sex") {
                ["F", "M", "UNK"].contains(&f.sex.as_str())
            } else {
                f.sex == "T"
            }
        })
        .filter(|f| {
            if q.has("age") {
                [
                    "Y_LT14", "Y14-17", "Y18-34", "Y35-64", "Y_GE65", "UNK", "Y_LT18", "Y_GE18",
                ]
                .contains(&f.age.as_str())
            } else {
                f.age == "TOTAL"
            }
        })
        .filter(|f| {
            if q.has("country") {
                !GROUPS.contains(&f.citizen.as_str())
            } else {
                WHOLES.contains(&f.citizen.as_str())
            }
        })
        .filter(|f| q.year.is_none_or(|y| f.start / 12 == y))
        .cloned()
        .collect();
    if q.has("age") {
        chosen = age_level(chosen);
    }
    // Every citizenship: `TOTAL`, else the widest aggregate given.
    let rank = |f: &Figure| WHOLES.iter().position(|w| *w == f.citizen);
    let wholes = chosen.clone();
    chosen.retain(|x| {
        rank(x).is_none_or(|r| {
            !wholes.iter().any(|y| {
                rank(y).is_some_and(|o| o < r)
                    && (
                        y.ty.as_str(),
                        y.geo.as_str(),
                        y.sex.as_str(),
                        y.age.as_str(),
                    ) == (
                        x.ty.as_str(),
                        x.geo.as_str(),
                        x.sex.as_str(),
                        x.age.as_str(),
                    )
                    && (y.start, y.end) == (x.start, x.end)
            })
        })
    });
    let finer = ["month", "quarter"].iter().any(|d| q.has(d));
    let snapshot = chosen.clone();
    chosen.retain(|x| {
        !snapshot.iter().any(|y| {
            y.key() == x.key()
                && (y.start, y.end) != (x.start, x.end)
                && if finer {
                    y.start >= x.start && y.end <= x.end
                } else {
                    y.start <= x.start && y.end >= x.end
                }
        })
    });
    // A figure for longer than a quarter is on no quarter's row.
    if q.has("quarter") {
        chosen.retain(|f| f.start / 3 == f.end / 3);
    }
    if q.measure == "protection_rate" {
        chosen.retain(|f| f.ty == "positive" || f.ty == "total");
    } else if q.has("type") {
        let present = |f: &Figure, tys: &[&str]| {
            tys.iter().all(|t| {
                chosen.iter().any(|o| {
                    o.ty == *t
                        && (
                            o.geo.as_str(),
                            o.citizen.as_str(),
                            o.sex.as_str(),
                            o.age.as_str(),
                        ) == (
                            f.geo.as_str(),
                            f.citizen.as_str(),
                            f.sex.as_str(),
                            f.age.as_str(),
                        )
                        && (o.start, o.end) == (f.start, f.end)
                })
            })
        };
        let shown = |f: &Figure| {
            let mut ok = parts(&f.ty).is_none_or(|p| !present(f, p));
            let mut at = f.ty.as_str();
            while let Some(g) = parent(at) {
                ok &= present(f, parts(g).unwrap());
                at = g;
            }
            ok
        };
        let kept: Vec<Figure> = chosen.iter().filter(|f| shown(f)).cloned().collect();
        chosen = kept;
    } else {
        chosen.retain(|f| f.ty == root);
    }
    chosen
}

/// A row: its cells by column, as the answer prints them.
type Row = BTreeMap<String, String>;

fn group_key(q: &Query, f: &Figure) -> Vec<(String, String)> {
    q.dims
        .iter()
        .map(|d| {
            let v = match *d {
                "month" => {
                    if f.start == f.end {
                        label(f.start)
                    } else {
                        format!("{}..{}", label(f.start), label(f.end))
                    }
                }
                "quarter" => format!("{}-Q{}", f.start / 12, f.start % 12 / 3 + 1),
                "year" => (f.start / 12).to_string(),
                "geo" => f.geo.clone(),
                "type" => f.ty.clone(),
                "country" => f.citizen.clone(),
                "sex" => f.sex.clone(),
                "age" => f.age.clone(),
                other => panic!("{other}"),
            };
            (d.to_string(), v)
        })
        .collect()
}

/// The label asylq gives a span of months: a month, a whole year, or
/// first..last.
fn period(first: i64, last: i64) -> String {
    if first == last {
        label(first)
    } else if first % 12 == 0 && last == first + 11 {
        (first / 12).to_string()
    } else {
        format!("{}..{}", label(first), label(last))
    }
}

fn sum(fs: &[&Figure]) -> Option<i64> {
    fs.iter().map(|f| f.value).sum()
}

/// The rows of an answer before its modifiers: each group's figure.
fn rows(q: &Query, chosen: &[Figure]) -> Vec<(Row, Option<f64>, Vec<(i64, i64)>)> {
    let mut groups: BTreeMap<Vec<(String, String)>, Vec<&Figure>> = BTreeMap::new();
    for f in chosen {
        groups.entry(group_key(q, f)).or_default().push(f);
    }
    let mut out = Vec::new();
    for (key, mut fs) in groups {
        if q.measure == "pending" {
            let last = fs.iter().map(|f| f.end).max().unwrap();
            fs.retain(|f| f.end == last);
        }
        let value = if q.measure == "protection_rate" {
            let of =
                |t: &str| -> Option<i64> { fs.iter().filter(|f| f.ty == t).map(|f| f.value).sum() };
            let all_known = fs.iter().all(|f| f.value.is_some());
            match (of("positive"), of("total")) {
                (Some(p), Some(t)) if all_known && t != 0 => {
                    Some((1000.0 * p as f64 / t as f64).round() / 10.0)
                }
                _ => None,
            }
        } else {
            sum(&fs).map(|v| v as f64)
        };
        let mut months = BTreeSet::new();
        for f in &fs {
            months.extend(f.start..=f.end);
        }
        let first = fs.iter().map(|f| f.start).min().unwrap();
        let last = fs.iter().map(|f| f.end).max().unwrap();
        let mut row: Row = key.into_iter().collect();
        row.insert("period".into(), period(first, last));
        row.insert("months_covered".into(), months.len().to_string());
        if q.measure == "protection_rate" {
            let of =
                |t: &str| -> Option<i64> { fs.iter().filter(|f| f.ty == t).map(|f| f.value).sum() };
            row.insert(
                "granted".into(),
                of("positive").map_or(String::new(), |v| v.to_string()),
            );
            row.insert(
                "decided".into(),
                of("total").map_or(String::new(), |v| v.to_string()),
            );
        }
        let spans = fs.iter().map(|f| (f.start, f.end)).collect();
        out.push((row, value, spans));
    }
    out
}

/// The population on 1 January of a year.
fn population(all: &[Figure], geo: &str, year: i64) -> Option<i64> {
    all.iter()
        .find(|f| f.measure == "population" && f.geo == geo && f.start / 12 == year)
        .and_then(|f| f.value)
}

fn number(v: Option<f64>) -> String {
    v.map_or(String::new(), |v| format!("{v}"))
}

/// The reference's answer.
fn answer(q: &Query, all: &[Figure]) -> Vec<Row> {
    let mut rows = rows(q, &selected(q, all));
    if q.modifier == "per capita" {
        for (row, value, spans) in &mut rows {
            let first = spans.iter().map(|s| s.0).min().unwrap();
            let last = spans.iter().map(|s| s.1).max().unwrap();
            let geo = row.get("geo").cloned().or(q.geos.map(|g| g[0].to_string()));
            let geo = geo.unwrap_or_else(|| "BE".to_string());
            let pop = if first / 12 == last / 12 {
                population(all, &geo, first / 12)
            } else {
                None
            };
            row.insert("count".into(), number(*value));
            row.insert(
                "population".into(),
                pop.map_or(String::new(), |p| p.to_string()),
            );
            *value = match (*value, pop) {
                (Some(v), Some(p)) if p != 0 => Some((1_000_000.0 * v / p as f64).round() / 1000.0),
                _ => None,
            };
        }
    }
    if q.modifier == "share" {
        let time: Vec<&str> = q
            .dims
            .iter()
            .copied()
            .filter(|d| ["month", "quarter", "year"].contains(d))
            .collect();
        let geo_alone = q.has("geo") && q.dims.iter().all(|d| time.contains(d) || *d == "geo");
        // Of the aggregate by reporting country alone; else of the rows of
        // the same time (and reporting country).
        let part_of = |r: &Row| -> Vec<String> {
            let mut k: Vec<String> = time.iter().map(|t| r[*t].clone()).collect();
            if q.has("geo") && !geo_alone {
                k.push(r["geo"].clone());
            }
            k
        };
        let snapshot: Vec<(Row, Option<f64>)> =
            rows.iter().map(|(r, v, _)| (r.clone(), *v)).collect();
        for (row, value, _) in &mut rows {
            let same: Vec<&(Row, Option<f64>)> = snapshot
                .iter()
                .filter(|(r, _)| part_of(r) == part_of(row))
                .collect();
            let base = if geo_alone {
                same.iter()
                    .find(|(r, _)| AGGREGATES.contains(&r["geo"].as_str()))
                    .and_then(|(_, v)| *v)
            } else if same.iter().all(|(_, v)| v.is_some()) {
                Some(same.iter().map(|(_, v)| v.unwrap()).sum())
            } else {
                None
            };
            let share = match (*value, base) {
                // As computed, unrounded: csv and JSON keep the exact share.
                (Some(v), Some(b)) if b != 0.0 => Some(100.0 * v / b),
                _ => None,
            };
            row.insert("share".into(), number(share));
        }
    }
    let mut out: Vec<(Row, Option<f64>)> = rows.into_iter().map(|(r, v, _)| (r, v)).collect();
    match q.modifier {
        // Within each value of the first dimension, by two of them.
        "top 2" => {
            out.retain(|(r, _)| {
                r.get("geo")
                    .is_none_or(|g| !AGGREGATES.contains(&g.as_str()))
            });
            // A row without a value (`:`) is left out of a ranking.
            out.retain(|(_, v)| v.is_some());
            out.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
            let first = |r: &Row| {
                if q.dims.len() == 2 {
                    r[q.dims[0]].clone()
                } else {
                    String::new()
                }
            };
            let mut kept: Vec<(Row, Option<f64>)> = Vec::new();
            for (r, v) in out {
                if kept.iter().filter(|(k, _)| first(k) == first(&r)).count() < 2 {
                    kept.push((r, v));
                }
            }
            out = kept;
        }
        "having value > 1000" => out.retain(|(_, v)| v.is_some_and(|v| v > 1000.0)),
        _ => {}
    }
    out.into_iter()
        .map(|(mut r, v)| {
            r.insert("value".into(), number(v));
            r
        })
        .collect()
}

fn grid() -> Vec<Query> {
    const SIX: &[&str] = &["BE", "NL", "DE", "FR", "LU", "EU27_2020"];
    const FIVE: &[&str] = &["BE", "NL", "DE", "FR", "LU"];
    let dims: [&[&str]; 13] = [
        &[],
        &["month"],
        &["quarter"],
        &["year"],
        &["geo"],
        &["month", "geo"],
        &["year", "geo"],
        &["type"],
        &["geo", "type"],
        &["country"],
        &["geo", "country"],
        &["sex"],
        &["age"],
    ];
    let mut out = Vec::new();
    for measure in ["applications", "decisions", "pending", "protection_rate"] {
        for d in dims {
            for geos in [None, Some(&["NL"][..]), Some(FIVE), Some(SIX)] {
                for modifier in ["", "top 2", "per capita", "having value > 1000", "share"] {
                    for year in [None, Some(2023)] {
                        out.push(Query {
                            measure,
                            geos,
                            dims: d.to_vec(),
                            modifier,
                            year,
                        });
                    }
                }
            }
        }
    }
    out
}

/// A cell as the reference compares it: numbers by value.
fn cell(v: &str) -> String {
    match v.parse::<f64>() {
        Ok(n) if !v.contains('-') || v.starts_with('-') => format!("{n}"),
        _ => v.to_string(),
    }
}

#[test]
fn asylq_agrees_with_the_reference_over_eurostat_figures() {
    let files: Vec<(String, String)> = FIXTURES
        .iter()
        .map(|f| {
            let path = format!("{}/tests/eurostat/{f}", env!("CARGO_MANIFEST_DIR"));
            (f.to_string(), std::fs::read_to_string(path).unwrap())
        })
        .collect();
    let (_dir, store) = common::stores::store_with(&files, false);
    let mut session = Session::new(store).unwrap();
    session.run("set names = iso3", &mut |_| Ok(())).unwrap();
    let all = figures(&session);
    let mut compared = 0;
    let mut refused = 0;
    let mut failures = Vec::new();
    for q in grid() {
        let text = q.text();
        let Some(answer) = asked(&mut session, &text) else {
            refused += 1;
            continue;
        };
        let want = answer_rows(&q, &all);
        if answer.rows.is_empty() && want.is_empty() {
            continue;
        }
        compared += 1;
        let mut got: Vec<Vec<(String, String)>> = answer
            .rows
            .iter()
            .map(|r| {
                answer
                    .columns
                    .iter()
                    .zip(r)
                    .filter(|(c, _)| !matches!(c.as_str(), "unit" | "basis"))
                    .map(|(c, v)| (c.clone(), cell(&asylq::render::plain(v))))
                    .collect()
            })
            .collect();
        let mut want: Vec<Vec<(String, String)>> = want
            .iter()
            .map(|r| {
                answer
                    .columns
                    .iter()
                    .filter(|c| !matches!(c.as_str(), "unit" | "basis"))
                    .map(|c| (c.clone(), cell(r.get(c).map_or("?", |v| v.as_str()))))
                    .collect()
            })
            .collect();
        got.sort();
        want.sort();
        if got != want {
            failures.push(format!(
                "{text}\n  asylq:     {got:?}\n  reference: {want:?}"
            ));
        }
    }
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "reference over Eurostat: compared {compared} queries that return figures ({refused} refused)"
    );
    assert!(
        failures.is_empty(),
        "{} of {compared} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(compared >= 500, "only {compared} compared");
}

/// The reference's rows with geo codes as `--names iso3` shows them.
fn answer_rows(q: &Query, all: &[Figure]) -> Vec<Row> {
    let alpha3 = |g: &str| {
        match g {
            "BE" => "BEL",
            "NL" => "NLD",
            "DE" => "DEU",
            "FR" => "FRA",
            "LU" => "LUX",
            "IE" => "IRL",
            other => other,
        }
        .to_string()
    };
    answer(q, all)
        .into_iter()
        .map(|mut r| {
            if let Some(g) = r.get("geo").cloned() {
                r.insert("geo".into(), alpha3(&g));
            }
            if let Some(c) = r.get("country").cloned() {
                let iso = asylq::model::countries::shown_name(&c, Names::Iso3);
                r.insert("country".into(), iso.to_string());
            }
            r
        })
        .collect()
}
