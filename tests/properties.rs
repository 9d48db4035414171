//! Random well-formed queries parse, check and compile without panic, their
//! SQL runs in DuckDB, and printing the tree then parsing it gives the same
//! tree; no input panics.

use asylq::check::{check, Context};
use asylq::lang::{ast::Statement, parse};
use proptest::prelude::*;

thread_local! {
    /// One embedded store per test thread, to run the compiled SQL on.
    static STORE: asylq::store::Store = asylq::store::Store::embedded().unwrap();
}

/// Runs SQL on the embedded store; the error text if DuckDB rejects it.
fn run(sql: &str) -> Result<(), String> {
    STORE.with(|store| {
        let mut stmt = store.conn.prepare(sql).map_err(|e| e.to_string())?;
        let mut rows = stmt.query([]).map_err(|e| e.to_string())?;
        while rows.next().map_err(|e| e.to_string())?.is_some() {}
        Ok(())
    })
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
        Just("type in (refusal, withdrawal)".to_string()),
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
    let dims = prop::sample::subsequence(
        vec!["month", "year", "country", "type", "unit", "source"],
        0..3,
    );
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
    ]);
    (
        prop::sample::select(vec![
            "decisions",
            "applications",
            "workload",
            "protection_rate",
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
        if let Ok(checked) = check(q, &Context::default()) {
            let sql = asylq::sql::compile(&checked);
            prop_assert_eq!(run(&sql.text), Ok(()), "{}", sql.text);
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
