//! Every sentence with a figure in the history fixtures (`tests/history/`)
//! is read, its figures asserted by the other history tests, or listed here
//! as not read, with the reason. A sentence the reader places only in part
//! (the month's figure beside another period's) is listed with the reason
//! for the rest.

use asylq::source::read;
use std::collections::BTreeSet;

/// Another period's figure: a comparison, a look back or a sum over months.
const OTHER: &str =
    "another period's figure (a comparison, a look back or a sum over several months)";
/// A change between two periods, in per cent or as a difference.
const CHANGE: &str =
    "a change between two periods (per cent or difference), with another period's figure";
/// A monthly average of a year.
const AVERAGE: &str = "a monthly average: no figure the store keeps";
/// A share of a whole, not a count.
const SHARE: &str =
    "a share in per cent (of applicants, of decisions or of a country): not a count";
/// Applicants by sex: not a dimension of the CGVS's figures.
const SEX: &str = "applicants by sex: not in the CGVS's figures the store keeps";
/// Unaccompanied minors: not a measure of the CGVS's figures yet.
const MINORS: &str = "unaccompanied minors: not a measure of the CGVS's figures the store keeps";
/// A bound, never an exact figure.
const BOUND: &str =
    "a bound (\"more than\", \"less than\", \"about\", \"ruim\", \"près de\"): not an exact figure";
/// Persons by outcome: the pages and overviews give decisions as totals.
const OUTCOMES: &str =
    "decisions or persons by outcome: a page or overview is read for its total decisions and rate";
/// A year's figure by country: the store keeps those only from reports.
const YEAR_COUNTRY: &str = "a year's applicants by country: by country the store keeps a year only from the reports' tables";
/// The year so far on a monthly page.
const YEAR_ON_PAGE: &str = "the year so far on a monthly page: a page is read for its own month";
/// Single months in an overview.
const MONTHS_IN_OVERVIEW: &str = "single months in an overview: an overview is read for its year";
/// The month's figure said again.
const REPEAT: &str = "the month's figure said again, read from the sentence that first states it";
/// A heading that repeats the text's figure.
const HEADING: &str = "a heading that repeats the year's figure stated in the text below it";

/// The sentences not read, by file and line, each with its reason.
const NOT_READ: &[(&str, usize, &str)] = &[
    ("en-2016-10.txt", 8, CHANGE),
    ("en-2016-10.txt", 9, OTHER),
    ("en-2016-10.txt", 11, AVERAGE),
    ("en-2016-10.txt", 12, AVERAGE),
    ("en-2016-10.txt", 13, AVERAGE),
    ("en-2016-10.txt", 14, SHARE),
    ("en-2016-10.txt", 18, SEX),
    ("en-2016-10.txt", 19, MINORS),
    ("en-2016-10.txt", 23, SHARE),
    ("en-2017-09.txt", 6, OTHER),
    ("en-2019-08.txt", 8, OTHER),
    ("en-2019-08.txt", 14, OTHER),
    ("en-2019-11.txt", 7, OTHER),
    ("en-2019-11.txt", 8, OTHER),
    ("en-2019-11.txt", 14, OTHER),
    ("en-2021-09.txt", 7, BOUND),
    ("en-2021-09.txt", 9, OTHER),
    ("en-2022-02.txt", 8, OTHER),
    ("en-2022-10.txt", 7, CHANGE),
    ("en-2022-10.txt", 8, OTHER),
    ("en-2022-10.txt", 9, SHARE),
    ("en-2022-10.txt", 14, OTHER),
    ("en-overview-2017.txt", 3, BOUND),
    ("en-overview-2017.txt", 5, BOUND),
    ("en-overview-2017.txt", 9, OTHER),
    ("en-overview-2017.txt", 11, YEAR_COUNTRY),
    ("en-overview-2017.txt", 19, OUTCOMES),
    ("en-overview-2017.txt", 21, OTHER),
    ("en-overview-2022.txt", 7, OTHER),
    ("en-overview-2022.txt", 9, AVERAGE),
    ("en-overview-2022.txt", 11, SEX),
    ("en-overview-2022.txt", 17, CHANGE),
    ("en-overview-2022.txt", 19, OUTCOMES),
    ("en-overview-2022.txt", 23, CHANGE),
    ("fr-2016-12.txt", 8, CHANGE),
    ("fr-2016-12.txt", 9, OTHER),
    ("fr-2016-12.txt", 11, AVERAGE),
    ("fr-2016-12.txt", 12, AVERAGE),
    ("fr-2016-12.txt", 13, AVERAGE),
    ("fr-2016-12.txt", 14, SHARE),
    ("fr-2016-12.txt", 15, SHARE),
    ("fr-2016-12.txt", 16, MINORS),
    ("fr-2016-12.txt", 21, YEAR_ON_PAGE),
    ("fr-2016-12.txt", 22, YEAR_ON_PAGE),
    ("fr-2016-12.txt", 26, BOUND),
    ("fr-2017-04.txt", 8, OTHER),
    ("fr-2019-05.txt", 8, OTHER),
    ("fr-2019-10.txt", 8, OTHER),
    ("fr-2019-10.txt", 14, OUTCOMES),
    ("fr-2022-07.txt", 6, OTHER),
    ("fr-2022-07.txt", 9, OUTCOMES),
    ("fr-2022-07.txt", 11, BOUND),
    ("fr-overview-2021.txt", 7, OTHER),
    ("fr-overview-2021.txt", 9, AVERAGE),
    ("fr-overview-2021.txt", 11, MONTHS_IN_OVERVIEW),
    ("fr-overview-2021.txt", 15, SEX),
    ("fr-overview-2021.txt", 19, YEAR_COUNTRY),
    ("fr-overview-2021.txt", 23, OUTCOMES),
    ("nl-2016-05.txt", 8, CHANGE),
    ("nl-2016-05.txt", 9, REPEAT),
    ("nl-2016-05.txt", 10, AVERAGE),
    ("nl-2016-05.txt", 11, OTHER),
    ("nl-2016-05.txt", 15, SEX),
    ("nl-2016-05.txt", 16, MINORS),
    ("nl-2016-05.txt", 20, SHARE),
    ("nl-2016-11.txt", 8, CHANGE),
    ("nl-2016-11.txt", 9, OTHER),
    ("nl-2016-11.txt", 11, AVERAGE),
    ("nl-2016-11.txt", 12, AVERAGE),
    ("nl-2016-11.txt", 13, AVERAGE),
    ("nl-2016-11.txt", 17, SHARE),
    ("nl-2016-11.txt", 18, MINORS),
    ("nl-2016-11.txt", 23, YEAR_ON_PAGE),
    ("nl-2016-11.txt", 24, YEAR_ON_PAGE),
    ("nl-2017-05.txt", 9, OTHER),
    ("nl-2019-10.txt", 8, OTHER),
    ("nl-2019-10.txt", 14, OUTCOMES),
    ("nl-2021-02.txt", 8, BOUND),
    ("nl-2021-02.txt", 17, BOUND),
    ("nl-2022-01.txt", 8, OTHER),
    ("nl-overview-2016.txt", 5, BOUND),
    ("nl-overview-2016.txt", 7, HEADING),
    ("nl-overview-2016.txt", 9, OTHER),
    ("nl-overview-2016.txt", 11, SHARE),
    ("nl-overview-2016.txt", 17, CHANGE),
    ("nl-overview-2016.txt", 19, SHARE),
    ("nl-overview-2016.txt", 21, OUTCOMES),
    ("nl-overview-2016.txt", 25, BOUND),
];

fn fixtures() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/history");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_sentence_with_a_figure_is_read_or_listed_with_its_reason() {
    let mut unread = BTreeSet::new();
    let mut read_lines = 0;
    for (name, text) in fixtures() {
        let report = read(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(report.failures.is_empty(), "{name}: a check failed");
        for (line, _) in &report.unplaced {
            unread.insert((name.clone(), *line));
        }
        let lines: BTreeSet<usize> = report.facts.iter().map(|f| f.provenance.line()).collect();
        read_lines += lines.len();
    }
    let listed: BTreeSet<(String, usize)> = NOT_READ
        .iter()
        .map(|(f, l, _)| (f.to_string(), *l))
        .collect();
    let missing: Vec<_> = unread.difference(&listed).collect();
    let stale: Vec<_> = listed.difference(&unread).collect();
    assert!(missing.is_empty(), "not read and not listed: {missing:?}");
    assert!(stale.is_empty(), "listed but read: {stale:?}");
    assert_eq!(listed.len(), NOT_READ.len(), "a line listed twice");
    println!(
        "history fixtures: {read_lines} lines read, {} lines listed as not read",
        listed.len()
    );
}

#[test]
fn the_page_of_may_2016_reads_its_countries_beside_their_shares() {
    // Line 20 is listed for its shares; the counts of the same sentence
    // are read.
    let text = fixtures()
        .into_iter()
        .find(|(n, _)| n == "nl-2016-05.txt")
        .unwrap()
        .1;
    let report = read(&text).unwrap();
    let mut counts: Vec<(String, i64)> = report
        .facts
        .iter()
        .filter(|f| f.country.is_some() && f.figure.words().0 == "applications")
        .map(|f| (f.country.clone().unwrap(), f.value))
        .collect();
    counts.sort();
    assert_eq!(
        counts,
        [
            ("Afghanistan".to_string(), 198),
            ("Somalië".to_string(), 93),
            ("Syrië".to_string(), 105),
            ("other".to_string(), 1193 - 198 - 105 - 93),
        ]
    );
}
