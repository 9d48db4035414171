//! A reference computation: a grid of queries (each measure, no dimension to
//! two, `by source`, each modifier, and a measure with a filter of its own) on ten stores (four of one kind of
//! source, six that mix them), each answered twice, by asylq and by
//! a deliberately simple evaluator in plain Rust over every stored fact with
//! its provenance. Every answer must agree figure for figure, with the same
//! labels: derived rows, periods (a partial or an as-of month), missing
//! months.

mod common;

use common::asked;

#[path = "reference/eval.rs"]
mod eval;
#[path = "reference/facts.rs"]
mod facts;
#[path = "reference/months.rs"]
mod months;
#[path = "reference/steps.rs"]
mod steps;
#[path = "reference/summary.rs"]
mod summary;

use asylq::answer::Answer;
use eval::{Query, Row};

const MEASURES: [&str; 4] = ["applications", "decisions", "workload", "protection_rate"];
const DIMS: [&[&str]; 15] = [
    &[],
    &["month"],
    &["quarter"],
    &["half"],
    &["half", "type"],
    &["month_of_year"],
    &["month_of_year", "year"],
    &["year"],
    &["country"],
    &["type"],
    &["year", "type"],
    &["month", "country"],
    &["year", "country"],
    &["source"],
    &["year", "source"],
];
const MODIFIERS: [&str; 18] = [
    "",
    "share",
    "change",
    "change yoy",
    "cumulative",
    "average per month",
    "top 3",
    "last 3 months",
    "rolling 3 months",
    "max per month",
    "min per quarter",
    "median per month",
    "average per year",
    "last 2 years",
    "sort by value desc limit 2",
    "having value > 1000",
    "change having change < 0",
    "index 2022",
];

fn grid() -> Vec<Query> {
    let mut out = Vec::new();
    for measure in MEASURES {
        for dims in DIMS {
            for modifier in MODIFIERS {
                for year in [None, Some(2023), Some(2017)] {
                    out.push(Query {
                        measure,
                        dims: dims.to_vec(),
                        modifier,
                        year,
                        own_type: None,
                    });
                }
            }
        }
    }
    // A measure with a filter of its own, joined to the where.
    for dims in [
        &[][..],
        &["half"],
        &["year"],
        &["month"],
        &["country"],
        &["year", "country"],
    ] {
        for modifier in ["", "top 3", "having value > 1000", "change", "index 2022"] {
            for year in [None, Some(2023), Some(2017)] {
                out.push(Query {
                    measure: "applications",
                    dims: dims.to_vec(),
                    modifier,
                    year,
                    own_type: Some("subsequent"),
                });
            }
        }
    }
    out
}

/// An answer's rows in the reference's shape.
fn rows_of(answer: &Answer) -> Vec<Row> {
    let month = |i: i64| i;
    answer
        .rows
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let cells = answer
                .columns
                .iter()
                .zip(r)
                .map(|(c, v)| (c.clone(), asylq::render::plain(v)))
                .collect();
            let coverage = answer.coverage.get(n).cloned().unwrap_or_default();
            Row {
                cells,
                derived: coverage.derived,
                missing: coverage.missing.iter().map(|m| month(m.index())).collect(),
            }
        })
        .collect()
}

/// The columns both sides give, for one row.
fn compared(row: &Row, columns: &[String]) -> Vec<(String, String)> {
    columns
        .iter()
        .filter_map(|c| row.cells.get(c).map(|v| (c.clone(), v.clone())))
        .collect()
}

#[test]
fn asylq_agrees_with_the_reference_computation() {
    let mut compared_pairs = 0;
    let mut failures = Vec::new();
    for name in common::stores::NAMES {
        let (_dir, mut session) = common::stores::named(name);
        let current = facts::current(&facts::printed(&session));
        for q in grid() {
            let text = q.text();
            let Some(answer) = asked(&mut session, &text) else {
                continue;
            };
            let expected = eval::answer(&q, &current);
            if answer.rows.is_empty() && expected.is_empty() {
                continue;
            }
            compared_pairs += 1;
            let columns: Vec<String> = answer
                .columns
                .iter()
                .filter(|c| !matches!(c.as_str(), "unit" | "basis"))
                .cloned()
                .collect();
            let mut got: Vec<_> = rows_of(&answer)
                .iter()
                .map(|r| (compared(r, &columns), r.derived, r.missing.clone()))
                .collect();
            let mut want: Vec<_> = expected
                .iter()
                .map(|r| (compared(r, &columns), r.derived, r.missing.clone()))
                .collect();
            got.sort();
            want.sort();
            if got != want {
                failures.push(format!(
                    "[{name}] {text}\n  asylq:     {got:?}\n  reference: {want:?}"
                ));
            }
        }
    }
    // Written to stderr itself, so that `cargo test` shows it without --nocapture.
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "reference computation: compared {compared_pairs} (query, store) pairs that return figures"
    );
    assert!(
        failures.is_empty(),
        "{} of {compared_pairs} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        compared_pairs >= 3000,
        "only {compared_pairs} pairs compared"
    );
}
