//! A history store, as a journalist builds one: the November 2023 report,
//! monthly pages of 2016–2022 in Dutch, French and English, and yearly
//! overviews that overlap them (`tests/history/`, written in the site's
//! wordings with the real pages' figures). Over a grid of queries, the
//! properties every answer must have hold on it: load order never changes
//! an answer; adding a source never removes a month's figure; `by source`
//! rows of a flow add up to the answer; a running total at a month is the
//! sum of the months up to it; no row's `months_covered` exceeds the months
//! of its period; `change` and `index` find the same bases and agree.

mod common;

use asylq::answer::{Answer, Cell};
use asylq::render::plain;
use asylq::session::Session;
use common::asked;

fn session_of(files: &[(String, String)]) -> (tempfile::TempDir, Session) {
    let (dir, store) = common::stores::store_with(files, false);
    (dir, Session::new(store).unwrap())
}

const MEASURES: [&str; 4] = ["applications", "decisions", "workload", "protection_rate"];
const DIMS: [&str; 8] = [
    "",
    " by month",
    " by quarter",
    " by year",
    " by type",
    " by year, type",
    " by month, type",
    " by half",
];
const MODIFIERS: [&str; 12] = [
    "",
    " cumulative",
    " change",
    " change yoy",
    " share",
    " max per month",
    " average per month",
    " top 3",
    " rolling 3 months",
    " sort by value desc",
    " having value > 1000",
    " index 2019",
];
const YEARS: [&str; 7] = [
    "",
    " where year = 2016",
    " where year = 2017",
    " where year = 2019",
    " where year = 2021",
    " where year between 2021 and 2022",
    " where year >= 2016",
];

fn grid() -> Vec<String> {
    let mut out = Vec::new();
    for m in MEASURES {
        for w in YEARS {
            for d in DIMS {
                for x in MODIFIERS {
                    out.push(format!("{m}{w}{d}{x}"));
                }
            }
        }
    }
    out
}

/// An answer as text: columns, rows and notes, in English.
fn shown(answer: &Answer) -> String {
    let mut out = answer.columns.join(",");
    for row in &answer.rows {
        out.push('\n');
        out.push_str(&row.iter().map(plain).collect::<Vec<_>>().join(","));
    }
    for note in &answer.notes {
        out.push_str("\nnote: ");
        out.push_str(&note.text(asylq::model::Lang::En));
    }
    out
}

fn column(answer: &Answer, name: &str) -> Option<usize> {
    answer.columns.iter().position(|c| c == name)
}

/// The failures of the properties one answer must have on its own.
fn own_properties(text: &str, answer: &Answer) -> Vec<String> {
    let mut failures = Vec::new();
    let (Some(period), Some(covered)) =
        (column(answer, "period"), column(answer, "months_covered"))
    else {
        return failures;
    };
    for row in &answer.rows {
        let (Some(p), Cell::Int(n)) = (row[period].period(), &row[covered]) else {
            continue;
        };
        if *n > p.span().len() {
            failures.push(format!("{text}: {} covers {n} months", plain(&row[period])));
        }
    }
    if let Some(c) = column(answer, "cumulative") {
        failures.extend(running_total(text, answer, c, period));
    }
    failures
}

/// A running total by month is the sum of the months of its year up to it,
/// where it is given.
fn running_total(text: &str, answer: &Answer, at: usize, period: usize) -> Vec<String> {
    let Some(value) = column(answer, "value") else {
        return Vec::new();
    };
    if column(answer, "month").is_none() || answer.columns.iter().any(|c| c == "type") {
        return Vec::new();
    }
    let mut failures = Vec::new();
    for row in &answer.rows {
        let (Cell::Int(total), Some(p)) = (&row[at], row[period].period()) else {
            continue;
        };
        let end = p.span().last;
        let sum: i64 = answer
            .rows
            .iter()
            .filter_map(|r| Some((r[period].period()?.span(), r[value].number()?)))
            .filter(|(s, _)| s.last <= end && s.first.year() == end.year())
            .map(|(_, v)| v as i64)
            .sum();
        if sum != *total {
            failures.push(format!(
                "{text}: running total {total} at {end}, months up to it add up to {sum}"
            ));
        }
    }
    failures
}

/// Every query of the grid on the history store loaded in name order and in
/// the reverse order: the same answers, and the properties of each.
#[test]
fn the_history_store_answers_alike_whatever_the_load_order() {
    let files = common::stores::history();
    let mut reversed = files.clone();
    reversed.reverse();
    let (_a, mut forward) = session_of(&files);
    let (_b, mut backward) = session_of(&reversed);
    let mut pairs = 0;
    let mut failures = Vec::new();
    for text in grid() {
        let a = asked(&mut forward, &text);
        let b = asked(&mut backward, &text);
        pairs += 2;
        match (&a, &b) {
            (Some(a), Some(b)) if shown(a) != shown(b) => failures.push(format!(
                "{text}: load order changes the answer\n{}\n---\n{}",
                shown(a),
                shown(b)
            )),
            (Some(_), None) | (None, Some(_)) => {
                failures.push(format!("{text}: answered in one load order only"))
            }
            _ => {}
        }
        if let Some(a) = &a {
            failures.extend(own_properties(&text, a));
        }
    }
    report(pairs, &failures);
}

fn report(pairs: usize, failures: &[String]) {
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "history store: {pairs} query-store pairs, {} failures",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

/// The value of each row of an answer, by the label of its first column.
fn values(answer: &Answer, column_name: &str) -> Vec<(String, Option<f64>)> {
    let Some(at) = column(answer, column_name) else {
        return Vec::new();
    };
    answer
        .rows
        .iter()
        .map(|r| (plain(&r[0]), r[at].number()))
        .collect()
}

const FLOWS: [&str; 2] = ["applications", "decisions"];

/// A flow's rows `by source` add up to the answer, for each period.
#[test]
fn by_source_rows_add_up_to_the_answer() {
    let (_a, mut s) = session_of(&common::stores::history());
    let mut failures = Vec::new();
    let mut pairs = 0;
    for m in FLOWS {
        for w in YEARS {
            for d in DIMS {
                let split = if d.is_empty() {
                    " by source".to_string()
                } else {
                    format!("{d}, source")
                };
                let (Some(whole), Some(parts)) = (
                    asked(&mut s, &format!("{m}{w}{d}")),
                    asked(&mut s, &format!("{m}{w}{split}")),
                ) else {
                    continue;
                };
                pairs += 1;
                let value = column(&parts, "value").unwrap();
                let dims = d.matches(',').count() + usize::from(!d.is_empty());
                for row in &whole.rows {
                    let key: Vec<String> = row[..dims].iter().map(plain).collect();
                    let label = key.join(" ");
                    let v = row[column(&whole, "value").unwrap()].number();
                    let sum: f64 = parts
                        .rows
                        .iter()
                        .filter(|r| r[..dims].iter().map(plain).collect::<Vec<_>>() == key)
                        .filter_map(|r| r[value].number())
                        .sum();
                    if v != Some(sum) {
                        failures.push(format!("{m}{w}{d}: {label} is {v:?}, by source {sum}"));
                    }
                }
            }
        }
    }
    report(pairs, &failures);
}

/// Adding the yearly overviews never removes a month's figure, nor the
/// change a month had against its base, over every query of the grid that
/// keeps every row (not `top`, `having` or a summary).
#[test]
fn adding_a_source_never_removes_a_month() {
    let all = common::stores::history();
    let pages: Vec<(String, String)> = all
        .iter()
        .filter(|(n, _)| !n.contains("overview"))
        .cloned()
        .collect();
    let (_a, mut full) = session_of(&all);
    let (_b, mut fewer) = session_of(&pages);
    let mut failures = Vec::new();
    let mut pairs = 0;
    let cuts = [" top ", " having ", " max per ", " average per "];
    for text in grid() {
        if cuts.iter().any(|c| text.contains(c)) {
            continue;
        }
        let (Some(before), Some(after)) = (asked(&mut fewer, &text), asked(&mut full, &text))
        else {
            continue;
        };
        pairs += 2;
        for name in ["value", "change"] {
            if column(&before, name).is_none() {
                continue;
            }
            let kept = values(&after, name);
            for (label, v) in values(&before, name) {
                let month = label.len() == 7 && label.as_bytes()[4] == b'-';
                if month && v.is_some() && !kept.iter().any(|(l, k)| *l == label && k.is_some()) {
                    failures.push(format!("{text}: {label} lost its {name}"));
                }
            }
        }
    }
    report(pairs, &failures);
}

/// `change` against the year before and `index` on that year find the same
/// base and agree (index = 100 + change in percent, within rounding).
#[test]
fn change_and_index_agree_on_the_same_base() {
    let (_a, mut s) = session_of(&common::stores::history());
    let mut failures = Vec::new();
    let mut pairs = 0;
    for m in FLOWS {
        let Some(change) = asked(&mut s, &format!("{m} where year >= 2016 by year change")) else {
            continue;
        };
        let pct = values(&change, "change_pct");
        for (year, c) in pct {
            let base: i32 = year.parse::<i32>().unwrap() - 1;
            let text = format!("{m} where year >= 2016 by year index {base}");
            let Some(index) = asked(&mut s, &text) else {
                continue;
            };
            pairs += 1;
            let i = values(&index, "index")
                .into_iter()
                .find(|(y, _)| *y == year)
                .and_then(|(_, v)| v);
            match (c, i) {
                (Some(c), Some(i)) if (100.0 + c - i).abs() <= 0.11 => {}
                (None, None) => {}
                (c, i) => {
                    failures.push(format!("{m} {year}: change {c:?} %, index {i:?} on {base}"))
                }
            }
        }
    }
    report(pairs, &failures);
}
