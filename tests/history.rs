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

/// The stores the properties of flows are checked on: the whole history,
/// its pages without the overviews, and each language's files alone (with
/// the report).
fn stores() -> Vec<(&'static str, Vec<(String, String)>)> {
    let all = common::stores::history();
    let only = |keep: &dyn Fn(&str) -> bool| -> Vec<(String, String)> {
        all.iter().filter(|(n, _)| keep(n)).cloned().collect()
    };
    vec![
        ("pages", only(&|n| !n.contains("overview"))),
        ("nl", only(&|n| n.starts_with("nl-"))),
        ("fr", only(&|n| n.starts_with("fr-"))),
        ("en", only(&|n| n.starts_with("en-"))),
        ("all", all),
    ]
}

/// Filters beside the years: a type, a unit, a span of months.
const MORE_FILTERS: [&str; 5] = [
    " where type = registered",
    " where unit = persons and year >= 2019",
    " where month >= 2016-10 and month <= 2017-05",
    " where type = resettlement",
    " where year = 2017 and type = registered",
];

fn filters() -> impl Iterator<Item = &'static str> {
    YEARS.into_iter().chain(MORE_FILTERS)
}

/// The key of a row: its labels before `value`.
fn key(answer: &Answer, row: &[Cell]) -> Vec<String> {
    let dims = column(answer, "value").unwrap_or(0);
    row[..dims].iter().map(plain).collect()
}

/// A flow's rows `by source` add up to the answer, for each period, over
/// every store.
#[test]
fn by_source_rows_add_up_to_the_answer() {
    let mut failures = Vec::new();
    let mut pairs = 0;
    for (name, files) in stores() {
        let (_a, mut s) = session_of(&files);
        for m in FLOWS {
            for w in filters() {
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
                    failures.extend(added_up(&format!("{name}: {m}{w}{d}"), &whole, &parts));
                }
            }
        }
    }
    report(pairs, &failures);
}

/// The rows of `whole` each equal the sum of `parts`' rows of their key.
fn added_up(text: &str, whole: &Answer, parts: &Answer) -> Vec<String> {
    let (Some(value), Some(part)) = (column(whole, "value"), column(parts, "value")) else {
        return vec![format!("{text}: no value column")];
    };
    let mut failures = Vec::new();
    for row in &whole.rows {
        let k = key(whole, row);
        let sum: f64 = parts
            .rows
            .iter()
            .filter(|r| r[..value].iter().map(plain).collect::<Vec<_>>() == k)
            .filter_map(|r| r[part].number())
            .sum();
        let v = row[value].number();
        if v != Some(sum) && !(v.is_none() && sum == 0.0) {
            failures.push(format!("{text}: {} is {v:?}, by source {sum}", k.join(" ")));
        }
    }
    failures
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
/// base and agree (index = 100 + change in percent, within rounding), for
/// every flow, filter, store and year, by year and by year and type.
#[test]
fn change_and_index_agree_on_the_same_base() {
    let mut failures = Vec::new();
    let mut pairs = 0;
    for (name, files) in stores() {
        let (_a, mut s) = session_of(&files);
        for m in FLOWS {
            for w in filters() {
                for d in [" by year", " by year, type"] {
                    let text = format!("{m}{w}{d}");
                    let Some(change) = asked(&mut s, &format!("{text} change")) else {
                        continue;
                    };
                    pairs += 1;
                    failures.extend(agreed(&mut s, &format!("{name}: {text}"), &text, &change));
                }
            }
        }
    }
    report(pairs, &failures);
}

/// Each row's change in percent against the index on the year before.
fn agreed(s: &mut Session, name: &str, text: &str, change: &Answer) -> Vec<String> {
    let (Some(pct), Some(year)) = (column(change, "change_pct"), column(change, "year")) else {
        return Vec::new();
    };
    let mut failures = Vec::new();
    for row in &change.rows {
        let Ok(y) = plain(&row[year]).parse::<i32>() else {
            continue;
        };
        let Some(index) = asked(s, &format!("{text} index {}", y - 1)) else {
            continue;
        };
        let k = key(change, row);
        let i = column(&index, "index").and_then(|at| {
            index
                .rows
                .iter()
                .find(|r| key(&index, r) == k)
                .and_then(|r| r[at].number())
        });
        match (row[pct].number(), i) {
            (Some(c), Some(i)) if (100.0 + c - i).abs() <= 0.11 => {}
            (None, None) => {}
            (c, i) => failures.push(format!(
                "{name} {}: change {c:?} %, index {i:?} on {}",
                k.join(" "),
                y - 1
            )),
        }
    }
    failures
}
