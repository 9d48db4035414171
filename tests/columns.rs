//! The machine contract: an answer's columns depend on its query only, never
//! on the data, and they are the ones the README's table documents.

mod common;

use asylq::session::{Output, Session};

/// The columns of every answer a script gives.
fn columns_of(session: &mut Session, text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    session
        .run(text, &mut |o| {
            if let Output::Answer(a) = o {
                out.push(a.columns);
            }
            Ok(())
        })
        .unwrap();
    out
}

#[test]
fn the_columns_of_every_example_are_the_same_with_the_next_report() {
    let (_a, mut embedded) = common::stores::named("embedded");
    let (_b, mut december) = common::stores::named("december");
    let mut answers = 0;
    for (name, text) in common::examples() {
        let before = columns_of(&mut embedded, &text);
        let after = columns_of(&mut december, &text);
        assert_eq!(before, after, "{name}");
        answers += before.len();
    }
    assert!(answers >= 12, "{answers}");
    // The answer that lost its `period` once December made 2023 whole.
    let q = "applications by year";
    assert_eq!(columns_of(&mut embedded, q), columns_of(&mut december, q));
    assert_eq!(
        columns_of(&mut december, q)[0],
        ["year", "value", "unit", "period", "months_covered"]
    );
}

#[test]
fn the_readme_documents_the_columns_in_their_order() {
    let readme = include_str!("../README.md");
    let table: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("| column | when | JSON type |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.split('|').nth(1).unwrap().trim())
        .collect();
    assert_eq!(
        table,
        [
            "the dimensions",
            "`value`",
            "`unit`",
            "`period`",
            "`months_covered`",
            "`basis`",
            "extra columns"
        ]
    );
    let (_a, mut s) = common::stores::named("embedded");
    assert_eq!(
        columns_of(&mut s, "protection_rate by quarter change")[0],
        [
            "quarter",
            "value",
            "unit",
            "period",
            "months_covered",
            "basis",
            "granted",
            "decided",
            "change_pp"
        ]
    );
    // In JSON, `year` and `months_covered` are numbers, `period` a string.
    let (text, _) = common::answers(&mut s, "applications by year").unwrap();
    assert_eq!(
        text,
        "year,value,unit,period,months_covered\n2022,36871,persons,2022,12\n2023,32203,persons,2023-01..2023-11,11\n"
    );
    let mut answer = None;
    s.run("applications by year", &mut |o| {
        if let Output::Answer(a) = o {
            answer = Some(a);
        }
        Ok(())
    })
    .unwrap();
    let json = asylq::render::json_document(&[answer.unwrap()], asylq::model::Lang::En);
    assert_eq!(
        json.to_string(),
        r#"[{"year":2022,"value":36871,"unit":"persons","period":"2022","months_covered":12},{"year":2023,"value":32203,"unit":"persons","period":"2023-01..2023-11","months_covered":11}]"#
    );
}

#[test]
fn help_columns_and_the_store_explain_themselves() {
    let help = asylq::help::text(Some("columns"), asylq::model::Lang::En);
    let names = [
        "  value:",
        "  unit:",
        "  period:",
        "  months_covered:",
        "  basis:",
    ];
    let places: Vec<usize> = names.iter().map(|n| help.find(n).unwrap()).collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{help}");
    assert_eq!(
        asylq::help::text(Some("months_covered"), asylq::model::Lang::En),
        help
    );
    // A store file carries COMMENT ON for its tables and columns, which the
    // DuckDB CLI shows (duckdb_columns(), duckdb_tables()).
    let files = [(
        "o.txt".to_string(),
        common::stores::OVERVIEW_2016.to_string(),
    )];
    let (_dir, store) = common::stores::store_with(&files, false);
    let mut s = Session::new(store).unwrap();
    let (text, _) = common::answers(
        &mut s,
        "sql \"SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'facts' AND column_name IN ('period_end', 'origin') ORDER BY 1\"",
    )
    .unwrap();
    assert_eq!(
        text,
        "column_name,comment\norigin,\"report, yearly (an overview) or page.\"\nperiod_end,The last month the figure covers (its first day): a year to date spans several months; never add a span to the months inside it.\n"
    );
    let (text, _) = common::answers(
        &mut s,
        "sql \"SELECT count(*) AS n FROM duckdb_tables() WHERE comment IS NOT NULL\"",
    )
    .unwrap();
    assert_eq!(text, "n\n4\n");
}

/// Twenty queries of different shapes.
const VARIED: [&str; 20] = [
    "applications",
    "applications by month",
    "applications where year = 2023 by quarter",
    "applications by year",
    "applications where year = 2023 by country top 5",
    "applications where month = 2023-11 by country, type",
    "decisions where year = 2023 by type share",
    "decisions where year = 2023 by month change",
    "decisions by year, unit",
    "workload by month",
    "workload by year",
    "protection_rate where year = 2023 by month",
    "protection_rate where year = 2023 by country top 3",
    "applications where year = 2023 by month cumulative",
    "applications where year = 2023 average per month",
    "decisions where year = 2023 max per month",
    "applications / decisions where year = 2023",
    "applications - decisions where year = 2023 by month",
    "applications where country = \"Syrië\" by month",
    "applications by type",
];

/// The JSON type the README documents for a column, as a check.
fn documented(column: &str, value: &serde_json::Value) -> bool {
    match column {
        "year" | "months_covered" => value.is_i64() || value.is_null(),
        "month" | "quarter" | "country" | "type" | "unit" | "basis" => value.is_string(),
        "period" => value.is_string() || value.is_null(),
        "value" => value.is_number() || value.is_null(),
        // Extra columns: counts, shares, changes, the period of a min or max.
        _ => value.is_number() || value.is_string() || value.is_null(),
    }
}

/// Every machine format of twenty varied queries parses with the standard
/// readers, with the same columns in each, in the documented order, and in
/// JSON with the documented types.
#[test]
fn every_machine_format_parses_with_the_documented_columns_and_types() {
    let fixed = ["value", "unit", "period", "months_covered"];
    for query in VARIED {
        let run = |format: &str| {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
                .args(["--embedded", "--format", format, "-c", query])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{query}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            out.stdout
        };
        let mut columns_seen = Vec::new();
        for (format, delimiter) in [("csv", b','), ("tsv", b'\t')] {
            let text = run(format);
            let mut reader = csv::ReaderBuilder::new()
                .delimiter(delimiter)
                .from_reader(&text[..]);
            let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
            let rows = reader
                .records()
                .map(|r| r.unwrap().len())
                .collect::<Vec<_>>();
            assert!(rows.iter().all(|n| *n == header.len()), "{query} {format}");
            columns_seen.push(header);
        }
        let json: serde_json::Value = serde_json::from_slice(&run("json")).unwrap();
        let jsonl: Vec<serde_json::Value> = String::from_utf8(run("jsonl"))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let rows = json.as_array().unwrap();
        assert!(!rows.is_empty(), "{query}");
        assert_eq!(rows.len(), jsonl.len(), "{query}");
        for (row, line) in rows.iter().zip(&jsonl) {
            let keys: Vec<String> = row.as_object().unwrap().keys().cloned().collect();
            let line_keys: Vec<String> =
                line.as_object().unwrap().keys().skip(1).cloned().collect();
            assert_eq!(keys, line_keys, "{query}");
            assert_eq!(keys, columns_seen[0], "{query}");
            for (column, value) in row.as_object().unwrap() {
                assert!(documented(column, value), "{query}: {column} = {value}");
            }
        }
        assert_eq!(columns_seen[0], columns_seen[1], "{query}");
        // value, unit, period, months_covered follow the dimensions, in order.
        let header = &columns_seen[0];
        let at = header.iter().position(|c| c == "value").unwrap();
        assert_eq!(header[at..at + 4], fixed, "{query}");
        for dim in &header[..at] {
            assert!(
                ["year", "quarter", "month", "country", "type", "unit"].contains(&dim.as_str()),
                "{query}: {dim}"
            );
        }
    }
}

/// Each column says what it holds, so that renderers read roles, not names.
#[test]
fn every_column_has_its_role() {
    use asylq::answer::Role;
    let mut s = Session::new(asylq::store::Store::embedded().unwrap()).unwrap();
    let mut roles = |query: &str| {
        let mut answer = None;
        s.run(query, &mut |o| {
            if let Output::Answer(a) = o {
                answer = Some(a);
            }
            Ok(())
        })
        .unwrap();
        let a = answer.unwrap();
        a.columns.into_iter().zip(a.roles).collect::<Vec<_>>()
    };
    let named = |pairs: &[(&str, Role)]| -> Vec<(String, Role)> {
        pairs.iter().map(|(c, r)| (c.to_string(), *r)).collect()
    };
    assert_eq!(
        roles("applications where year = 2023 by quarter, type change"),
        named(&[
            ("quarter", Role::Time(3)),
            ("type", Role::Dimension),
            ("value", Role::Value),
            ("unit", Role::Unit),
            ("period", Role::Period),
            ("months_covered", Role::MonthsCovered),
            ("change", Role::Change),
            ("change_pct", Role::ChangePercent),
        ])
    );
    assert_eq!(
        roles("protection_rate where month = 2023-11 by country top 1"),
        named(&[
            ("country", Role::Country),
            ("value", Role::Value),
            ("unit", Role::Unit),
            ("period", Role::Period),
            ("months_covered", Role::MonthsCovered),
            ("basis", Role::Basis),
            ("granted", Role::Basis),
            ("decided", Role::Basis),
        ])
    );
    assert_eq!(
        roles("applications by year cumulative")[0],
        ("year".to_string(), Role::Time(12))
    );
}

/// Periods travel in the answer's cells as periods, not as labels: the
/// renderers read their months, and write them as labels only at the edge.
#[test]
fn periods_are_cells_of_their_own() {
    use asylq::answer::Cell;
    use asylq::model::month::{Month, Span};
    use asylq::model::period::Period;
    let mut s = Session::new(asylq::store::Store::embedded().unwrap()).unwrap();
    let mut answer = None;
    s.run(
        "applications where year = 2023 by quarter; applications by year",
        &mut |o| {
            if let Output::Answer(a) = o {
                answer.get_or_insert_with(Vec::new).push(a);
            }
            Ok(())
        },
    )
    .unwrap();
    let answers = answer.unwrap();
    let month = |text: &str| Month::parse(text).unwrap();
    let q4 = &answers[0].rows[3];
    assert_eq!(q4[0], Cell::Period(Period::Quarter(month("2023-10"))));
    // The fourth quarter holds October and November only.
    let covered = Span {
        first: month("2023-10"),
        last: month("2023-11"),
    };
    assert_eq!(q4[3], Cell::Period(Period::Span(covered)));
    assert!(Period::Quarter(month("2023-10")).covered_in_part(covered));
    let years = &answers[1].rows;
    assert_eq!(
        (years[0][0].clone(), years[0][3].clone()),
        (
            Cell::Period(Period::Year(2022)),
            Cell::Period(Period::Year(2022))
        )
    );
    assert_eq!(years[1][0].plain(), "2023");
    assert_eq!(years[1][3].plain(), "2023-01..2023-11");
}
