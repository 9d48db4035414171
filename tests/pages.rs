//! The page loader: the project's own pages, one for each era and language
//! (and one as HTML), read figure by figure; the refusals; a page and a report
//! for the same month; a series from 2015 to 2023 over pages and a report.

mod common;

use asylq::source::read;
use common::Words;

/// The facts of a page as (measure, type, unit, value, line), sorted.
fn facts(text: &str) -> (String, Vec<(String, String, String, i64)>) {
    let report = read(text).unwrap_or_else(|e| panic!("{e}"));
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    let mut rows: Vec<_> = report
        .facts
        .iter()
        .filter(|f| f.measure() != "rank")
        .map(|f| {
            assert!(
                matches!(f.provenance, asylq::model::Provenance::Page { .. }),
                "{:?}",
                f.provenance
            );
            assert_eq!((f.start, f.end), (report.month, report.month));
            (
                f.measure().to_string(),
                f.kind().to_string(),
                f.unit().to_string(),
                f.value,
            )
        })
        .collect();
    rows.sort();
    (report.month.to_string(), rows)
}

fn row(measure: &str, kind: &str, unit: &str, value: i64) -> (String, String, String, i64) {
    (measure.into(), kind.into(), unit.into(), value)
}

/// The workload, decisions and published rate most pages state.
fn common(
    decisions: (i64, Option<i64>),
    rate: i64,
    workload: (i64, Option<i64>, Option<i64>, i64),
) -> Vec<(String, String, String, i64)> {
    let mut rows = vec![
        row("decisions", "total", "dossiers", decisions.0),
        row("protection_rate", "published", "dossiers", rate),
        row("workload", "backlog", "dossiers", workload.3),
        row("workload", "total", "dossiers", workload.0),
    ];
    if let Some(p) = decisions.1 {
        rows.push(row("decisions", "total", "persons", p));
    }
    if let Some(p) = workload.1 {
        rows.push(row("workload", "total", "persons", p));
    }
    if let Some(n) = workload.2 {
        rows.push(row("workload", "normal", "dossiers", n));
    }
    rows
}

fn sorted(mut rows: Vec<(String, String, String, i64)>) -> Vec<(String, String, String, i64)> {
    rows.sort();
    rows
}

#[test]
fn pages_up_to_2015_count_files() {
    let mut expected = common((1220, None), 618, (5830, None, None, 1930));
    expected.push(row("applications", "first", "files", 2975 - 345));
    expected.push(row("applications", "subsequent", "files", 345));
    assert_eq!(
        facts(include_str!("pages/nl-2015-07.txt")),
        ("2015-07".to_string(), sorted(expected))
    );
    let mut expected = common((1260, None), 637, (9739, None, Some(4500), 5239));
    expected.push(row("applications", "first", "files", 4199 - 146));
    expected.push(row("applications", "subsequent", "files", 146));
    // The month's main countries, in files as the page counts them:
    // Afghanistan, Syria, Iraq and the rest of the 4,199 (derived).
    for count in [1730, 1181, 474, 4199 - 1730 - 1181 - 474] {
        expected.push(row("applications", "registered", "files", count));
    }
    assert_eq!(
        facts(include_str!("pages/en-2015-11.txt")),
        ("2015-11".to_string(), sorted(expected))
    );
}

#[test]
fn pages_of_2017_state_resettlement_and_relocation() {
    let mut expected = common((1889, Some(2430)), 540, (12078, None, Some(5000), 7078));
    expected.extend([
        row("applications", "registered", "persons", 1366),
        row("applications", "resettlement", "persons", 209),
        row("applications", "relocation", "persons", 68),
    ]);
    assert_eq!(
        facts(include_str!("pages/nl-2017-05.txt")),
        ("2017-05".to_string(), sorted(expected))
    );
    let mut expected = common((1587, Some(2061)), 499, (12714, None, Some(5000), 7714));
    expected.extend([
        row("applications", "registered", "persons", 1365),
        row("applications", "relocation", "persons", 59),
    ]);
    assert_eq!(
        facts(include_str!("pages/en-2017-04.txt")),
        ("2017-04".to_string(), sorted(expected))
    );
}

#[test]
fn pages_from_2018_in_three_languages() {
    let october = |registered| {
        let mut rows = common(
            (1631, Some(2020)),
            322,
            (9907, Some(12603), Some(4200), 5707),
        );
        rows.push(row("applications", "registered", "persons", registered));
        sorted(rows)
    };
    assert_eq!(
        facts(include_str!("pages/nl-2019-10.txt")),
        ("2019-10".to_string(), october(2929))
    );
    assert_eq!(
        facts(include_str!("pages/fr-2019-10.html")),
        ("2019-10".to_string(), october(2929))
    );
    let mut expected = common(
        (1246, Some(1643)),
        544,
        (16056, Some(19449), Some(4200), 11856),
    );
    expected.extend([
        row("applications", "registered", "persons", 2404),
        row("applications", "resettlement", "persons", 47),
    ]);
    assert_eq!(
        facts(include_str!("pages/fr-2021-11.txt")),
        ("2021-11".to_string(), sorted(expected))
    );
    let mut expected = common(
        (1428, Some(1830)),
        447,
        (16356, Some(19426), Some(4200), 12156),
    );
    expected.push(row("applications", "registered", "persons", 2290));
    assert_eq!(
        facts(include_str!("pages/en-2022-02.txt")),
        ("2022-02".to_string(), sorted(expected))
    );
}

/// The countries of a page's top 10, in its order.
fn top10(text: &str) -> Vec<String> {
    let report = read(text).unwrap();
    let mut ranked: Vec<(i64, String)> = report
        .facts
        .iter()
        .filter(|f| f.measure() == "rank")
        .map(|f| (f.value, f.country.clone().unwrap()))
        .collect();
    ranked.sort();
    ranked.into_iter().map(|(_, c)| c).collect()
}

#[test]
fn the_top_10_countries_are_read_in_order_in_each_language() {
    assert_eq!(
        top10(include_str!("pages/nl-2019-10.txt")),
        [
            "Afghanistan",
            "Syrië",
            "El Salvador",
            "Eritrea",
            "Irak",
            "Palestina",
            "Turkije",
            "Somalië",
            "Georgië",
            "Albanië"
        ]
    );
    assert_eq!(
        top10(include_str!("pages/en-2022-02.txt")),
        [
            "Afghanistan",
            "Palestina",
            "Oekraïne",
            "Eritrea",
            "Syrië",
            "Moldavië",
            "Irak",
            "Georgië",
            "El Salvador",
            "Guinee"
        ]
    );
    assert_eq!(
        top10(include_str!("pages/en-2015-11.txt")),
        [
            "Afghanistan",
            "Syrië",
            "Irak",
            "Onbepaald",
            "Somalië",
            "Congo (DRC)",
            "Guinee",
            "Iran",
            "Rusland",
            "Pakistan"
        ]
    );
    assert_eq!(
        top10(include_str!("pages/en-2017-04.txt")),
        Vec::<String>::new()
    );
}

#[test]
fn each_fact_names_its_page_language_and_line() {
    let report = read(include_str!("pages/nl-2019-10.txt")).unwrap();
    let rate = report
        .facts
        .iter()
        .find(|f| f.measure() == "protection_rate")
        .unwrap();
    assert_eq!((rate.table(), rate.line()), ("page nl", 13));
    let report = read(include_str!("pages/en-2017-04.txt")).unwrap();
    assert_eq!(report.checks, 2);
}

#[test]
fn what_is_not_a_page_is_refused() {
    assert_eq!(
        read("The protection rate is a share of decisions.").unwrap_err().to_string(),
        "looks like a news article or another text, not a CGVS statistics page or report: its first line, 'The protection rate is a share of decisions.', is not the title of one ('Asielstatistieken oktober 2019', 'Asylum statistics October 2019', 'Les statistiques d'asile du mois d'octobre 2019', or a first line such as 'The CGRS has published the asylum figures for June 2020')"
    );
    assert_eq!(
        read("Asylum statistics March 2021\n\nThe protection rate is explained in the annual report.").unwrap_err().to_string(),
        "not a CGVS statistics page: it names 2021-03 but states none of the month's figures (applicants, decisions, protection rate, workload)"
    );
    let wrong = include_str!("pages/nl-2017-05.txt")
        .replace("1.643 asielaanvragers", "1.645 asielaanvragers");
    let report = read(&wrong).unwrap();
    let failures: Vec<String> = report.failures.iter().map(|f| f.to_string()).collect();
    assert_eq!(
        failures,
        ["line 9: page nl (registered + resettlement + relocation = total): the report prints 1645, its parts add up to 1643"]
    );
}

/// Runs asylq on a store; its exit status and stdout.
fn asylq(db: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    common::output(
        std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
            .arg("--db")
            .arg(db)
            .args(args),
    )
}

/// The fixture pages written to `dir`, and their paths.
fn written(dir: &std::path::Path) -> Vec<String> {
    let pages = [
        ("nl-2015-07.txt", include_str!("pages/nl-2015-07.txt")),
        ("en-2015-11.txt", include_str!("pages/en-2015-11.txt")),
        ("en-2017-04.txt", include_str!("pages/en-2017-04.txt")),
        ("nl-2017-05.txt", include_str!("pages/nl-2017-05.txt")),
        ("nl-2019-10.txt", include_str!("pages/nl-2019-10.txt")),
        ("fr-2019-10.html", include_str!("pages/fr-2019-10.html")),
        ("fr-2021-11.txt", include_str!("pages/fr-2021-11.txt")),
        ("en-2022-02.txt", include_str!("pages/en-2022-02.txt")),
    ];
    pages
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path.to_string_lossy().into_owned()
        })
        .collect()
}

#[test]
fn a_page_that_does_not_add_up_is_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let bad = dir.path().join("bad.txt");
    std::fs::write(
        &bad,
        include_str!("pages/nl-2019-10.txt")
            .replace("5.707 dossiers maken", "5.708 dossiers maken"),
    )
    .unwrap();
    let (code, _, err) = asylq(&db, &["load", bad.to_str().unwrap()]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("total workload = normal workload + backlog"),
        "{err}"
    );
    assert!(!db.exists(), "a refused page leaves no store behind");
}

#[test]
fn a_page_and_a_report_for_the_same_month_count_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let pages = written(dir.path());
    let (code, _, err) = asylq(&db, &["load", &pages[7]]);
    assert_eq!(code, 0, "{err}");
    let run = |q: &str| asylq(&db, &["-c", q, "--format", "csv"]).1;
    assert_eq!(
        run("applications where month = 2022-02"),
        "value,unit,period,months_covered\n2290,persons,2022-02,1\n"
    );
    assert_eq!(
        run("applications where month = 2022-02 by type"),
        "type,value,unit,period,months_covered\nfirst,1885,persons,2022-02,1\nresettlement,0,persons,2022-02,1\nsubsequent,405,persons,2022-02,1\n"
    );
    assert_eq!(
        run("show conflicts"),
        "measure,type,unit,month,page_value,other_value,page_source,other_source,country\n"
    );
    let other = dir.path().join("en-2022-02-other.txt");
    std::fs::write(
        &other,
        include_str!("pages/en-2022-02.txt").replace("2,290", "2,291"),
    )
    .unwrap();
    asylq(&db, &["load", other.to_str().unwrap()]);
    assert_eq!(
        run("applications where month = 2022-02"),
        "value,unit,period,months_covered\n2290,persons,2022-02,1\n"
    );
    let conflicts = run("show conflicts");
    assert!(
        conflicts.contains("applications,registered,persons,2022-02,2291,2290,\"en-2022-02-other.txt, line 5\",asielstatistieken-2023-11.txt,\n"),
        "{conflicts}"
    );
}

#[test]
fn a_series_from_2015_to_2023_over_pages_and_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let pages = written(dir.path());
    let mut args = vec!["load"];
    args.extend(pages.iter().map(String::as_str));
    let (code, _, err) = asylq(&db, &args);
    assert_eq!(code, 0, "{err}");
    let run = |q: &str| asylq(&db, &["-c", q, "--format", "csv"]);
    let (_, out, err) = run("applications by year, unit");
    assert_eq!(
        out,
        "year,value,unit,period,months_covered\n2015,7174,files,2015-07..2015-11,2\n2017,3067,persons,2017-04..2017-05,2\n2019,2929,persons,2019-10,1\n2021,2451,persons,2021-11,1\n2022,36871,persons,2022,12\n2023,32203,persons,2023-01..2023-11,11\n"
    );
    assert!(
        err.contains(
            "files: up to 2015 the statistics pages count asylum applications (files), not persons"
        ),
        "{err}"
    );
    let (_, out, err) = run("protection_rate where year <= 2019 by month");
    assert_eq!(
        out,
        "month,value,unit,period,months_covered,basis,granted,decided\n2015-07,61.8,percent,2015-07,1,dossiers,,\n2015-11,63.7,percent,2015-11,1,dossiers,,\n2017-04,49.9,percent,2017-04,1,dossiers,,\n2017-05,54.0,percent,2017-05,1,dossiers,,\n2019-10,32.2,percent,2019-10,1,dossiers,,\n"
    );
    assert!(err.contains("Published rate (the figure a statistics page or yearly overview published, not computed from decision types): 2015-07, 2015-11, 2017-04, 2017-05, 2019-10."), "{err}");
    let (_, out, err) = run("protection_rate where year in (2017, 2023) by year");
    assert_eq!(
        out,
        "year,value,unit,period,months_covered,basis,granted,decided\n2017,,percent,2017,0,dossiers,,\n2023,43.1,percent,2023-01..2023-11,11,dossiers,9430,21858\n"
    );
    assert!(
        err.contains("No rate for 2017: some of its months only statistics pages cover"),
        "{err}"
    );
    let (_, out, _) = run("show top10");
    assert!(
        out.starts_with("month,rank,country,source\n2015-07,1,Irak,\"nl-2015-07.txt, line 4\"\n"),
        "{out}"
    );
    assert!(
        out.contains("\n2015-11,4,Onbepaald,\"en-2015-11.txt, line 4\"\n"),
        "{out}"
    );
    assert!(
        out.contains("\n2019-10,10,Albanië,\"nl-2019-10.txt, line 8\"\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "\n2023-11,1,Syrië,\"asielstatistieken-2023-11.txt, top 10 applications, month\"\n"
        ),
        "{out}"
    );
    let (_, out, _) = run("workload where type = backlog by month");
    assert_eq!(
        out,
        "month,value,unit,period,months_covered\n2015-07,1930,dossiers,2015-07,1\n2015-11,5239,dossiers,2015-11,1\n2017-04,7714,dossiers,2017-04,1\n2017-05,7078,dossiers,2017-05,1\n2019-10,5707,dossiers,2019-10,1\n2021-11,11856,dossiers,2021-11,1\n2022-02,12156,dossiers,2022-02,1\n2023-11,18264,dossiers,2023-11,1\n"
    );
}

#[test]
fn french_pages_up_to_2015_count_files() {
    let mut expected = common((1220, None), 618, (5830, None, None, 1930));
    expected.push(row("applications", "first", "files", 2975 - 345));
    expected.push(row("applications", "subsequent", "files", 345));
    assert_eq!(
        facts(include_str!("pages/fr-2015-07.txt")),
        ("2015-07".to_string(), sorted(expected))
    );
}

/// The longer 2016 format cites other months (the month before, a year
/// before, the 2015 peak): those figures are not the page month's.
#[test]
fn the_wording_of_2016_and_its_other_periods() {
    let october = |rate: Option<i64>| {
        let mut rows = vec![
            row("applications", "registered", "persons", 2929),
            row("decisions", "total", "dossiers", 1631),
            row("decisions", "total", "persons", 2020),
        ];
        if let Some(r) = rate {
            rows.push(row("protection_rate", "published", "dossiers", r));
        }
        ("2019-10".to_string(), sorted(rows))
    };
    assert_eq!(
        facts(include_str!("pages/nl-2016-style.txt")),
        october(Some(322))
    );
    assert_eq!(
        facts(include_str!("pages/fr-2016-style.txt")),
        october(None)
    );
    assert_eq!(
        facts(include_str!("pages/en-2016-style.txt")),
        october(Some(322))
    );
}

/// Each row of an answer carries the kinds of source of its figures: a
/// page's month, a report's month, and a row over both.
#[test]
fn each_row_knows_the_kinds_of_source_of_its_figures() {
    use asylq::model::Origin;
    use asylq::session::{Output, Session};
    let mut store = asylq::store::Store::embedded().unwrap();
    let text = include_str!("pages/nl-2019-10.txt");
    let page = asylq::source::read(text).unwrap();
    store
        .insert(
            &asylq::source::entry(&page),
            "nl-2019-10.txt",
            text,
            asylq::store::Editions::Refuse,
        )
        .unwrap();
    let mut session = Session::new(store).unwrap();
    let mut origins = |query: &str| {
        let mut found = Vec::new();
        session
            .run(query, &mut |o| {
                if let Output::Answer(a) = o {
                    found = a.coverage.iter().map(|c| c.origins.clone()).collect();
                }
                Ok(())
            })
            .unwrap();
        found
    };
    assert_eq!(
        origins("applications where month = 2019-10 or month = 2023-11 by month"),
        [vec![Origin::Page], vec![Origin::Report]]
    );
    assert_eq!(
        origins("applications where month >= 2019-10 and unit = persons"),
        [vec![Origin::Report, Origin::Page]]
    );
}
