//! Snapshots: the SQL of every acceptance query and example, the output of every
//! example script, and the rendered text of errors.

mod common;

use asylq::check::{check, Context};
use asylq::lang::{ast::Statement, parse};
use asylq::render::{render, Format, Options};
use asylq::session::{Output, Session};
use asylq::store::Store;

const ACCEPTANCE: &[&str] = &[
    "applications where month = 2023-11",
    "applications where month = 2023-11 by type",
    "applications where year = 2022",
    "applications where year = 2023",
    "applications",
    "applications where year = 2023 by month",
    "applications where year = 2022 and type = resettlement",
    "applications where month >= 2023-06 and month <= 2023-08",
    "applications where month = 2023-11 by country top 3",
    "applications where year = 2023 and country = \"Afghanistan\" by type",
    "applications where year = 2023 and country = \"SYR\"",
    "applications where month = 2023-11 and country = other",
    "decisions where month = 2023-11 by type",
    "decisions where month = 2023-11",
    "decisions where year = 2023 and unit = dossiers",
    "decisions where type = refugee_status and year = 2023 by month",
    "decisions where type = negative and year = 2023",
    "decisions where type = final and month = 2023-11 and unit = dossiers",
    "decisions where country = \"Syrië\" by type",
    "decisions where country = \"Syrië\" by month",
    "workload",
    "workload by type",
    "workload where unit = persons",
    "protection_rate where month = 2023-11",
    "protection_rate where year = 2023",
    "protection_rate where year = 2023 and unit = persons",
    "protection_rate where year = 2023 by month",
    "protection_rate where country = \"Syrië\"",
];

fn sql_of(text: &str) -> String {
    let parsed = parse(text).unwrap();
    let mut out = String::new();
    for s in parsed {
        if let Statement::Query(q) = &s.node {
            let sql = asylq::sql::compile(&check(q, &Context::default()).unwrap());
            out.push_str(&format!("-- {text}\n{}\n\n", sql.text));
        }
    }
    out
}

#[test]
fn sql_of_acceptance_queries() {
    let all: String = ACCEPTANCE.iter().map(|q| sql_of(q)).collect();
    insta::assert_snapshot!(all);
}

#[test]
fn examples_output_and_sql() {
    let examples = common::examples();
    assert!(examples.len() >= 8);
    for (name, text) in examples {
        let mut session = Session::new(Store::embedded().unwrap()).unwrap();
        let mut out = Vec::new();
        session
            .run(&text, &mut |o| {
                if let Output::Answer(a) = o {
                    render(
                        &a,
                        Options {
                            format: Format::Markdown,
                            header: true,
                            lang: asylq::model::Lang::En,
                            kind: None,
                        },
                        &mut out,
                        &mut Vec::new(),
                    )
                    .unwrap();
                    out.push(b'\n');
                }
                Ok(())
            })
            .unwrap();
        let output = String::from_utf8(out).unwrap();
        let queries: Vec<String> = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(sql_of)
            .collect();
        insta::assert_snapshot!(
            format!("example_{name}"),
            format!("{output}\n{}", queries.concat())
        );
    }
}

const ERRORS: &[&str] = &[
    "aplications",
    "applications wher year = 2023",
    "applications where",
    "applications where (year = 2023",
    "applications by mnth",
    "decisions where type = backlog",
    "applications where month = 2023-13",
    "applications where year = 23",
    "decisions where unit in (persons, dossiers)",
    "applications where unit = dossiers",
    "workload by country",
    "protection_rate by type",
    "workload cumulative",
    "workload by month cumulative",
    "applications where country = \"Atlantis\"",
    "applications where country = \"Syra\"",
    "applications where type < first",
    "applications where country = $c",
    "applications where country = \"Syrië",
    "applications where year = 2023 @",
    "decisions where country = \"SY\" and unit = dossiers",
    "applications by month sort by country",
    "applications where source = 1",
    "show everything",
    "applications top",
    "applications decisions where year = 2023",
    "applications by year change change yoy",
    "applications where quarter = 2023-11",
    "applications where country = \"SY\" by quarter",
    "applications last 0 months",
    "applications where not last 2 months",
    "workload share",
    "protection_rate average per month",
    "workload average per month",
    "workload average per quarter",
    "applications by month average per month",
    "decisions where country = \"Syria\" max per month",
    "applications by year share average per month",
    "applications - workload",
    "applications - decisions by type",
    "applications - decisions by month share",
    "set unit = dossiers\napplications - decisions",
    "applications by month per month",
    "appl",
    "applications where year == 2023",
    "applications where year = 2023 && type = first",
    "applications group by month",
    "set names = de",
];

#[test]
fn rendered_errors() {
    let mut all = String::new();
    for text in ERRORS {
        let mut session = Session::new(Store::embedded().unwrap()).unwrap();
        let err = session.run(text, &mut |_| Ok(())).unwrap_err();
        let asylq::error::Error::Query(d) = err else {
            panic!("{text}: not a query error")
        };
        all.push_str(&d.render("<query>", text, false, asylq::model::Lang::En));
        all.push('\n');
    }
    insta::assert_snapshot!(all);
}
