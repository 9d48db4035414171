//! The loader on the seed report: every table's facts, spot values, checks.

mod common;

use asylq::model::Fact;
use asylq::report::parse;
use common::Words;

fn seed() -> Vec<Fact> {
    let report = parse(include_str!("../data/asielstatistieken-2023-11.txt")).unwrap();
    assert_eq!(report.month.to_string(), "2023-11");
    assert_eq!((report.checks, report.failures.len()), (156, 0));
    report.facts
}

fn count(facts: &[Fact], table: &str) -> usize {
    facts.iter().filter(|f| f.table() == table).count()
}

fn find<'a>(
    facts: &'a [Fact],
    table: &str,
    kind: &str,
    country: Option<&str>,
    month: &str,
) -> &'a Fact {
    facts
        .iter()
        .find(|f| {
            f.table() == table
                && f.kind() == kind
                && f.country.as_deref() == country
                && f.end.to_string() == month
                && (country.is_some() || f.start == f.end)
        })
        .unwrap_or_else(|| panic!("no fact {table} {kind} {country:?} {month}"))
}

#[test]
fn every_table_is_read() {
    let facts = seed();
    assert_eq!(facts.len(), 337);
    assert_eq!(count(&facts, "applications by month"), 23 * 3);
    assert_eq!(count(&facts, "top 10 applications, month"), 11 * 3);
    assert_eq!(count(&facts, "top 10 applications, year to date"), 11 * 3);
    assert_eq!(count(&facts, "decisions by month (persons)"), 11 * 7);
    assert_eq!(count(&facts, "decisions by month (dossiers)"), 11 * 7);
    assert_eq!(count(&facts, "final decisions by country"), 11 * 4);
    assert_eq!(count(&facts, "workload"), 4);
}

#[test]
fn spot_values_with_their_lines() {
    let facts = seed();
    let f = find(
        &facts,
        "applications by month",
        "subsequent",
        None,
        "2022-12",
    );
    assert_eq!((f.value, f.line()), (390, 164));
    let f = find(
        &facts,
        "top 10 applications, month",
        "resettlement",
        Some("Congo (DRC)"),
        "2023-11",
    );
    assert_eq!((f.value, f.line()), (9, 326));
    let f = find(
        &facts,
        "top 10 applications, year to date",
        "subsequent",
        Some("Afghanistan"),
        "2023-11",
    );
    assert_eq!(
        (f.value, f.line(), f.start.to_string()),
        (1118, 375, "2023-01".to_string())
    );
    let f = find(
        &facts,
        "decisions by month (persons)",
        "refusal",
        None,
        "2023-03",
    );
    assert_eq!((f.value, f.line()), (968, 482));
    let f = find(
        &facts,
        "decisions by month (dossiers)",
        "withdrawal",
        None,
        "2023-04",
    );
    assert_eq!((f.value, f.line()), (12, 535));
    let f = find(
        &facts,
        "final decisions by country",
        "negative",
        Some("other"),
        "2023-11",
    );
    assert_eq!((f.value, f.line()), (6784, 592));
    let f = find(&facts, "workload", "backlog", None, "2023-11");
    assert_eq!((f.value, f.line(), f.unit()), (18264, 616, "dossiers"));
}

#[test]
fn labels_wrapped_differently_still_read() {
    let text = include_str!("../data/asielstatistieken-2023-11.txt")
        .replace(
            "Verzoek kennelijk ongegrond 74 50",
            "Verzoek kennelijk\n\nongegrond 74 50",
        )
        .replace("1 Syrië 450 444 0 6", "1 Syrië\n450 444 0 6");
    let report = parse(&text).unwrap();
    assert_eq!((report.facts.len(), report.failures.len()), (337, 0));
}

#[test]
fn a_changed_total_names_its_line() {
    let text = include_str!("../data/asielstatistieken-2023-11.txt")
        .replace("Totaal 2023 11.115 371 70", "Totaal 2023 11.116 371 70");
    let report = parse(&text).unwrap();
    let lines: Vec<String> = report.failures.iter().map(|f| f.to_string()).collect();
    assert_eq!(lines, [
        "line 594: final decisions by country (top 10 + other, refugee_status): the report prints 11116, its parts add up to 11115",
        "line 594: final decisions by country (total refugee_status against decisions by month): the report prints 11116, its parts add up to 11115",
    ]);
}

#[test]
fn a_text_that_is_no_report_is_refused() {
    assert_eq!(
        parse("hello").unwrap_err().to_string(),
        "not a complete CGVS report: the title line 'ASIELSTATISTIEKEN <month> <year>'"
    );
}

#[test]
fn figures_too_large_to_add_up_are_a_malformed_report() {
    let text = include_str!("../data/asielstatistieken-2023-11.txt")
        .replace(
            "Januari 2.785 2.286 8 491",
            "Januari 2.785 9.000.000.000.000.000.000 8 491",
        )
        .replace(
            "Februari 2.399 1.944 0 455",
            "Februari 2.399 9.000.000.000.000.000.000 0 455",
        );
    assert_eq!(
        parse(&text).unwrap_err().to_string(),
        "line 254: the figures are too large to add up"
    );
}

#[test]
fn a_letter_inside_a_total_is_a_malformed_row_not_a_panic() {
    let text = include_str!("../data/asielstatistieken-2023-11.txt").replace(
        "Totaal 32.203 26.587 191 5.425",
        "Totaal 32.203 2:6.587 191 5.425",
    );
    assert_eq!(
        parse(&text).unwrap_err().to_string(),
        "line 254: expected 4 figures, found 2 (a figure garbled or missing?)"
    );
}
