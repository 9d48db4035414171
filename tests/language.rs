//! The language: grammar examples parse, printing a tree parses back to the same
//! tree, the SQL of a query, and the text of errors.

use asylq::check::{check, Context};
use asylq::lang::{ast::Statement, parse};

fn grammar_examples() -> Vec<String> {
    let grammar = include_str!("../grammar/asylq.ebnf");
    let block = &grammar[grammar.find("(* Examples").unwrap()..];
    block
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty() && *l != "*)")
        .map(String::from)
        .collect()
}

#[test]
fn every_grammar_example_parses_and_prints_back() {
    let examples = grammar_examples();
    assert_eq!(examples.len(), 40);
    for text in examples {
        let parsed = parse(&text).unwrap_or_else(|e| panic!("{text}: {}", e.text()));
        assert_eq!(parsed.len(), 1, "{text}");
        if let Statement::Query(q) = &parsed[0].node {
            let again = parse(&q.to_string()).unwrap();
            assert_eq!(again[0].node, parsed[0].node, "{text}");
        }
    }
}

#[test]
fn clauses_come_in_any_order() {
    let a = parse("decisions by month where year = 2023").unwrap();
    let b = parse("decisions where year = 2023 by month").unwrap();
    assert_eq!(a[0].node, b[0].node);
}

#[test]
fn statements_on_their_own_lines_need_no_separator() {
    let parsed =
        parse("applications where year = 2023\n  by month # comment\ndecisions; workload").unwrap();
    assert_eq!(parsed.len(), 3);
}

#[test]
fn compiles_to_exact_sql() {
    let parsed = parse("applications where year = 2023 and country = \"SY\" by type").unwrap();
    let Statement::Query(q) = &parsed[0].node else {
        panic!()
    };
    let sql = asylq::sql::compile(&check(q, &Context::default()).unwrap());
    assert!(sql.text.starts_with(
        "WITH f AS (\n  SELECT * FROM current_facts\n  WHERE measure = 'applications'\n    AND unit IN ('persons')\n    AND country IS NOT NULL\n    AND ((period_start >= DATE '2023-01-01' AND period_start < DATE '2024-01-01') AND country IN ('Syrië'))\n),"
    ), "{}", sql.text);
}

fn error(text: &str) -> (String, Vec<String>) {
    let parsed = match parse(text) {
        Ok(p) => p,
        Err(d) => return (d.text(), d.hint_texts()),
    };
    let Statement::Query(q) = &parsed[0].node else {
        panic!()
    };
    let d = check(q, &Context::default()).unwrap_err();
    (d.text(), d.hint_texts())
}

#[test]
fn error_messages() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("aplications", "unexpected 'aplications': expected a measure (applications, decisions, workload, protection_rate, pending) or end of input", &["did you mean 'applications'?"]),
        ("applications wher year = 2023", "unexpected 'wher': expected '[', +, - or /, a measure (applications, decisions, workload, protection_rate, pending), average, by, change, cumulative, end of input, having, index, last, limit, max, median, min, per, rolling, share, sort, top or where", &["did you mean 'where'?"]),
        ("applications where (year = 2023", "the query is incomplete: expected ')', and or or", &["a '(' is not closed"]),
        ("applications where", "the query is incomplete: expected filter", &[]),
        ("applications by mnth", "unknown dimension 'mnth'", &["the dimensions are month, quarter, half, year, month_of_year, country, type, unit, source, geo, sex, age, publisher", "did you mean 'month'?"]),
        ("decisions where type = backlog", "backlog is not a type of decisions", &["the types of decisions are interim, refugee_status, subsidiary_protection, inadmissible, manifestly_unfounded, refusal, withdrawal, protection, negative, final"]),
        ("applications where month = 2023-13", "2023-13 is not a month", &[]),
        ("applications where half = 2016-H3", "2016-H3 is not a half-year", &[]),
        ("applications where quarter = 2016-q7", "2016-q7 is not a quarter", &[]),
        ("applications where year = 23", "a year is written YYYY, not 23", &[]),
        ("decisions where unit in (persons, dossiers)", "this query asks for two units at once, and persons and dossiers are never added up", &["add `by unit` to see both side by side"]),
        ("applications where unit = dossiers", "applications are counted in persons (and, on pages up to 2015, in files) only", &[]),
        ("workload by country", "the workload is not broken down by country", &[]),
        ("protection_rate by type", "protection_rate has no types: it is computed from all decision types", &["use `decisions ... by type` to see the decisions behind the rate"]),
        ("workload cumulative", "'cumulative' needs a time dimension", &["add `by month` or `by year`"]),
        ("workload by month cumulative", "'cumulative' adds up figures, which makes no sense for workload", &[]),
        ("applications where country = \"Syra\"", "unknown country \"Syra\"", &["did you mean \"Syrië\", \"Servië\", \"Sri Lanka\"?"]),
        ("applications where type < first", "'type' can only be compared with = or !=", &[]),
        ("applications where country = $c", "the parameter $c has no value", &["pass --param c=VALUE, or `set c = VALUE` first"]),
        ("applications where country = \"Syrië", "unterminated string", &[]),
        ("applications where year = 2023 @", "unexpected character '@'", &["strings are written in double quotes: country = \"Syrië\""]),
        ("decisions where country = \"SY\" and unit = dossiers", "figures by country are given in persons only; the report has no dossiers by country", &["drop `unit = dossiers`, or drop the country"]),
        ("applications by month sort by country", "cannot sort by 'country': it is not a column of this answer", &["sort by `value` or by a dimension named in `by`"]),
        ("applications where source = 1", "figures cannot be filtered by source", &["use `by source` to see where each figure comes from"]),
        ("applications decisions where year = 2023", "two statements on one line need a ';' between them", &["write `applications; decisions where year = 2023`, or put the second statement on a line of its own"]),
        ("applications by year change change yoy", "'change' is given twice", &["give each modifier once"]),
        ("applications top 3 limit 2", "'top or limit' is given twice", &["give each modifier once"]),
        ("applications where quarter = 2023-11", "a quarter is written YYYY-QN, not 2023-11", &[]),
        ("applications where country = \"SY\" by quarter", "figures by country cannot be split into quarters", &["by country the report gives its own month and the year to date: use `by month`, or drop the country"]),
        ("applications last 0 months", "`last 0 months` selects nothing", &[]),
        ("applications where not last 2 months", "`last N months` cannot be negated", &["write the months to leave out instead, e.g. `month < 2023-09`"]),
        ("applications by year share average per month", "'average per month' and 'share' cannot be combined", &["ask for the summary and the comparison in two queries"]),
        ("workload average per quarter", "the workload is a stock: it is summarised over month-end values only", &["write `per month`"]),
        ("applications - decisions by type", "two measures cannot be combined by type", &[]),
        ("applications - decisions by month share", "'share' does not apply to arithmetic between measures", &["ask for each measure on its own for shares, changes and summaries"]),
        ("decisions - decisions", "the same measure on both sides", &["combine applications with decisions"]),
        ("protection_rate - decisions", "protection_rate cannot be added, subtracted or divided", &["arithmetic works between the flows: applications and decisions"]),
        ("applications in 2023", "unexpected 'in': expected '[', +, - or /, a measure (applications, decisions, workload, protection_rate, pending), average, by, change, cumulative, end of input, having, index, last, limit, max, median, min, per, rolling, share, sort, top or where", &["a period is a filter: `where year = 2023` (or `where month = 2023-11`, `last 3 months`)"]),
        ("applications where month = december 2023", "unexpected 2023: expected a measure (applications, decisions, workload, protection_rate, pending), and, average, by, change, cumulative, end of input, having, index, last, limit, max, median, min, or, per, rolling, share, sort, top or where", &["a month is written as a number: `month = 2023-12`"]),
        ("backlog by month", "unexpected 'backlog': expected a measure (applications, decisions, workload, protection_rate, pending) or end of input", &["'backlog' is a type of workload: `workload where type = backlog`"]),
        ("applications by month, month", "'month' is given twice in `by`", &["name each dimension once: `by month, type`"]),
        ("applications by country top 0", "'top 0' keeps no row", &[]),
        ("applications by month limit 0", "'limit 0' keeps no row", &[]),
        ("applications where month between 2023-05 and 2023-01 by month", "`between 2023-05 and 2023-01` selects nothing: 2023-05 comes after 2023-01", &["write `between 2023-01 and 2023-05`"]),
        ("applications where year between 2023 and 2022", "`between 2023 and 2022` selects nothing: 2023 comes after 2022", &["write `between 2022 and 2023`"]),
    ];
    for (text, message, hints) in cases {
        let (m, h) = error(text);
        assert_eq!(
            (m.as_str(), h),
            (
                *message,
                hints.iter().map(|s| s.to_string()).collect::<Vec<_>>()
            ),
            "{text}"
        );
    }
}

#[test]
fn every_word_of_the_language_has_its_own_help() {
    let general = asylq::help::text(None, asylq::model::Lang::En);
    let topics = [
        "applications",
        "decisions",
        "workload",
        "protection_rate",
        "month",
        "quarter",
        "year",
        "country",
        "type",
        "unit",
        "source",
        "top",
        "sort",
        "limit",
        "share",
        "change",
        "yoy",
        "cumulative",
        "average",
        "min",
        "max",
        "median",
        "last",
        "explain",
        "sql",
        "show",
        "set",
        "help",
        "names",
        "countries",
        "types",
        ".load",
        ".format",
        ".explain",
        ".timer",
        ".sources",
        ".help",
        ".quit",
        ".chart",
        "statements",
        "arithmetic",
        "pages",
        "files",
        "formats",
        "conflicts",
        "fetch",
    ];
    for topic in topics {
        let parsed = parse(&format!("help {topic}")).unwrap();
        let Statement::Help(Some(t)) = &parsed[0].node else {
            panic!("help {topic}")
        };
        assert_ne!(
            asylq::help::text(Some(&t.node), asylq::model::Lang::En),
            general,
            "help {topic}"
        );
    }
}

#[test]
fn the_headings_of_help_have_topics_of_their_own() {
    for (topic, start) in [
        ("dimensions", "dimensions, after `by`"),
        ("filters", "filters, after `where`"),
        ("modifiers", "modifiers, after the filters and dimensions"),
    ] {
        let text = asylq::help::text(Some(topic), asylq::model::Lang::En);
        assert!(text.starts_with(start), "{topic}: {text}");
    }
    let overview = asylq::help::text(None, asylq::model::Lang::En);
    assert!(overview.contains("[rolling N months]") && overview.contains("[having COLUMN OP N]"));
}
