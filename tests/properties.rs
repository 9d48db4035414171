//! Random well-formed queries parse, check and compile without panic, their
//! SQL runs in DuckDB, and printing the tree then parsing it gives the same
//! tree; no input panics.

mod common;

use asylq::check::{check, Context};
use asylq::lang::{ast::Statement, parse};
use proptest::prelude::*;

thread_local! {
    /// One embedded store per test thread, with Eurostat's applicants and
    /// decisions beside it, to run the compiled SQL on.
    static STORE: asylq::store::Store = with_eurostat();
}

fn with_eurostat() -> asylq::store::Store {
    let mut store = asylq::store::Store::embedded().unwrap();
    for name in [
        "migr_asyappctzm_2023h1.tsv",
        "migr_asydcfsta.tsv",
        "migr_asypenctzm.tsv",
    ] {
        let path = format!("{}/tests/eurostat/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        let summary = asylq::eurostat::facts::summary(name, &text, None).unwrap();
        let download = asylq::store::Downloaded {
            file: name,
            text: &text,
            sha256: &asylq::eurostat::sha256(text.as_bytes()),
        };
        store
            .insert_eurostat(&summary, download, asylq::store::Editions::Refuse)
            .unwrap();
    }
    store
}

/// Runs SQL on the embedded store; the error text if DuckDB rejects it.
fn run(sql: &str) -> Result<(), String> {
    STORE.with(|store| store.rows(sql).map(|_| ()).map_err(|e| e.to_string()))
}

fn filter() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        (2019i32..2025).prop_map(|y| format!("year = {y}")),
        (2019i32..2025, 1u32..=12).prop_map(|(y, m)| format!("month >= {y}-{m:02}")),
        (2019i32..2025, 1u32..=12).prop_map(|(y, m)| format!("month != {y}-{m:02}")),
        prop::sample::select(vec![
            "\"Syria\"",
            "\"SY\"",
            "other",
            "\"Afghanistan\"",
            "\"congo (drc)\""
        ])
        .prop_map(|c| format!("country = {c}")),
        prop::sample::select(vec![
            "refugee_status",
            "negative",
            "final",
            "protection",
            "interim"
        ])
        .prop_map(|t| format!("type = {t}")),
        (2019i32..2025, 2019i32..2025).prop_map(|(a, b)| format!("year between {a} and {b}")),
        (2021i32..2025, 1u32..=4).prop_map(|(y, q)| format!("quarter = {y}-Q{q}")),
        (2021i32..2025, 1u32..=4).prop_map(|(y, q)| format!("month >= {y}-Q{q}")),
        (1u64..30).prop_map(|n| format!("last {n} months")),
        Just("type in (refusal, withdrawal)".to_string()),
        prop::sample::select(vec![
            "geo = NL",
            "geo in (BE, DE, EU27_2020)",
            "geo != LU",
            "sex = F",
            "age = Y_LT18",
            "publisher = eurostat",
            "publisher = cgvs",
            "type = positive",
        ])
        .prop_map(String::from),
    ];
    atom.prop_recursive(3, 8, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} and {b})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} or {b})")),
            inner.prop_map(|a| format!("not ({a})")),
        ]
    })
}

fn query() -> impl Strategy<Value = String> {
    let dims = prop::sample::subsequence(asylq::model::vocabulary::DIMENSION_NAMES.to_vec(), 0..3);
    let modifier = prop::sample::select(vec![
        "",
        " top 3",
        " limit 2",
        " share",
        " sort by value asc",
        " sort by month desc",
        " cumulative",
        " change",
        " change yoy",
        " top 3 share",
        " average per month",
        " max per quarter",
        " median per year",
        " last 2 years",
        " having value > 1000",
        " having value <= -5 top 2",
        " change having change_pct < 0",
        " share having share >= 10",
        " having granted > 100",
        " having type = 3",
        " top 0",
        " index 2022",
        " index 2023-01",
        " index 2023-Q1",
        " index 2023-13",
        " change index 2022",
        " index 2023-H1",
    ]);
    (
        prop::sample::select(vec![
            "decisions",
            "applications",
            "workload",
            "protection_rate",
            "pending",
            "applications - decisions",
            "decisions / applications",
            "applications[type = subsequent] / applications",
            "decisions[type in (refugee_status, subsidiary_protection)] - decisions[type = refusal]",
        ]),
        prop::option::of(filter()),
        dims,
        modifier,
    )
        .prop_map(|(m, f, d, modi)| {
            let mut q = m.to_string();
            if let Some(f) = f {
                q += &format!(" where {f}");
            }
            if !d.is_empty() {
                q += &format!(" by {}", d.join(", "));
            }
            q + modi
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn queries_parse_check_compile_and_print_back(text in query()) {
        let parsed = parse(&text).unwrap();
        let Statement::Query(q) = &parsed[0].node else { panic!() };
        let again = parse(&q.to_string()).unwrap();
        prop_assert_eq!(&again[0].node, &parsed[0].node);
        match check(q, &Context::default()) {
            Ok(checked) => {
                let sql = asylq::sql::compile(&checked);
                prop_assert_eq!(run(&sql.text), Ok(()), "{}", sql.text);
            }
            // Every refusal of a clause says where it is.
            Err(d) => prop_assert!(d.span.is_some(), "{}: {}", text, d.text()),
        }
    }

    /// Shares of the whole answer add up to 100 at each time and unit, within
    /// the rounding of their rows (0.05 each).
    #[test]
    fn shares_add_up_to_the_whole(
        measure in prop::sample::select(vec!["applications", "decisions", "workload"]),
        dims in prop::sample::select(vec!["type", "month, type", "year, type", "country", "quarter, type", "unit, type"]),
        filter in prop::sample::select(vec!["", " where year = 2023", " where month = 2023-11", " where type != refusal"]),
    ) {
        let text = format!("{measure}{filter} by {dims} share");
        let Ok((csv, _)) = common::embedded(&text) else { return Ok(()) };
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let share = header.iter().position(|c| *c == "share").unwrap();
        let keys: Vec<usize> = ["month", "quarter", "year", "unit"]
            .iter()
            .filter_map(|k| header.iter().position(|c| c == k))
            .collect();
        let mut sums: std::collections::HashMap<String, (f64, usize)> = Default::default();
        for line in lines {
            let f: Vec<&str> = line.split(',').collect();
            let Ok(v) = f[share].parse::<f64>() else { continue };
            let key: Vec<&str> = keys.iter().map(|i| f[*i]).collect();
            let e = sums.entry(key.join("|")).or_default();
            e.0 += v;
            e.1 += 1;
        }
        for (key, (sum, rows)) in sums {
            let slack = 0.05 * rows as f64 + 1e-9;
            prop_assert!((sum - 100.0).abs() <= slack, "{text}: {key} sums to {sum}");
        }
    }

    /// `change` is the difference between a month's figure and the figure of
    /// the month before (or a year before), found even where the filter
    /// leaves that month out.
    #[test]
    fn change_is_the_difference_with_its_base(
        measure in prop::sample::select(vec!["applications", "decisions"]),
        types in prop::sample::select(vec!["", " and type = first", " and type = protection", " and type != interim"]),
        year in prop::sample::select(vec!["2022", "2023"]),
        yoy in any::<bool>(),
    ) {
        if measure == "applications" && types.contains("protection") { return Ok(()) }
        if measure == "decisions" && types.contains("first") { return Ok(()) }
        let types = if measure == "applications" && types.contains("interim") { "" } else { types };
        let modifier = if yoy { "change yoy" } else { "change" };
        let shown = format!("{measure} where year = {year}{types} by month {modifier}");
        let all = format!("{measure} where year >= 2000{types} by month");
        let (shown, _) = common::embedded(&shown).unwrap();
        let (all, _) = common::embedded(&all).unwrap();
        let value: std::collections::HashMap<String, i64> = all
            .lines()
            .skip(1)
            .map(|l| {
                let f: Vec<&str> = l.split(',').collect();
                (f[0].to_string(), f[1].parse().unwrap())
            })
            .collect();
        for line in shown.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            let month = asylq::model::month::Month::parse(f[0]).unwrap();
            let base = value.get(&month.minus(if yoy { 12 } else { 1 }).to_string());
            match base {
                Some(b) => prop_assert_eq!(f[5].parse::<i64>().unwrap(), f[1].parse::<i64>().unwrap() - b),
                None => prop_assert_eq!(f[5], ""),
            }
        }
    }

    #[test]
    fn no_input_panics(text in "\\PC{0,60}") {
        if let Ok(statements) = parse(&text) {
            for s in statements {
                if let Statement::Query(q) = &s.node {
                    let _ = check(q, &Context::default()).map(|c| asylq::sql::compile(&c));
                }
            }
        }
    }
}
