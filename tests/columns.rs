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
    let json = asylq::render::json_document(&[answer.unwrap()]);
    assert_eq!(
        json.to_string(),
        r#"[{"year":2022,"value":36871,"unit":"persons","period":"2022","months_covered":12},{"year":2023,"value":32203,"unit":"persons","period":"2023-01..2023-11","months_covered":11}]"#
    );
}

#[test]
fn help_columns_and_the_store_explain_themselves() {
    let help = asylq::help::text(Some("columns"));
    let names = [
        "  value:",
        "  unit:",
        "  period:",
        "  months_covered:",
        "  basis:",
    ];
    let places: Vec<usize> = names.iter().map(|n| help.find(n).unwrap()).collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{help}");
    assert_eq!(asylq::help::text(Some("months_covered")), help);
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
