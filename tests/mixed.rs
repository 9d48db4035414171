//! Stores that combine sources, as users build them: the language versions
//! of one page, the same report saved twice, a report with a yearly
//! overview. Each answer is the one the order of sources (SPEC "Sources")
//! picks, whatever the order of loading.

mod common;

use asylq::session::Session;

const NL_2019_10: &str = include_str!("pages/nl-2019-10.txt");
const EN_2019_10: &str = include_str!("pages/en-2019-10.txt");
const SEED: &str = include_str!("../data/asielstatistieken-2023-11.txt");

/// A session over the embedded report and `files` (name, text), loaded in order.
fn session(files: &[(&str, &str)]) -> (tempfile::TempDir, Session) {
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    let (dir, store) = common::stores::store_with(&files, false);
    (dir, Session::new(store).unwrap())
}

fn ask(s: &mut Session, q: &str) -> String {
    common::answers(s, q)
        .unwrap_or_else(|e| panic!("{q}: {e}"))
        .0
}

/// The value of the first row of an answer.
fn first_value(s: &mut Session, q: &str) -> i64 {
    ask(s, q)
        .lines()
        .nth(1)
        .and_then(|l| l.split(',').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{q}: no value"))
}

#[test]
fn two_language_versions_of_a_page_keep_the_month_s_top_10() {
    for order in [
        [
            ("nl-2019-10.txt", NL_2019_10),
            ("en-2019-10.txt", EN_2019_10),
        ],
        [
            ("en-2019-10.txt", EN_2019_10),
            ("nl-2019-10.txt", NL_2019_10),
        ],
    ] {
        let (_dir, mut s) = session(&order);
        let top: Vec<String> = ask(&mut s, "show top10")
            .lines()
            .filter(|l| l.starts_with("2019-10,"))
            .map(|l| l.split(',').take(3).collect::<Vec<_>>().join(","))
            .collect();
        assert_eq!(
            top,
            [
                "2019-10,1,Afghanistan",
                "2019-10,2,Syrië",
                "2019-10,3,El Salvador",
                "2019-10,4,Eritrea",
                "2019-10,5,Irak",
                "2019-10,6,Palestina",
                "2019-10,7,Turkije",
                "2019-10,8,Somalië",
                "2019-10,9,Georgië",
                "2019-10,10,Albanië",
            ]
        );
        // The two versions agree: no conflict, and one figure a month.
        assert_eq!(
            ask(&mut s, "applications where month = 2019-10"),
            "value,unit,period,months_covered\n2929,persons,2019-10,1\n"
        );
    }
}

#[test]
fn the_same_report_with_other_line_ends_is_already_stored() {
    let crlf = SEED.replace('\n', "\r\n");
    let (dir, mut store) = common::stores::store_with(&[], false);
    let path = dir.path().join("asielstatistieken-2023-11-windows.txt");
    std::fs::write(&path, &crlf).unwrap();
    let ready = asylq::load::read_all(&[path], false, None).unwrap();
    let mut said = Vec::new();
    asylq::load::store_all(
        &mut store,
        &ready,
        asylq::store::Editions::Refuse,
        &mut |line| said.push(line.to_string()),
    )
    .unwrap();
    assert!(
        said.iter().any(|l| l.contains("already stored, unchanged")),
        "{said:?}"
    );
    let mut s = Session::new(store).unwrap();
    assert_eq!(ask(&mut s, "show sources").lines().count(), 2);
}

/// The overview of 2024 in the wording of the French overviews (39,615
/// applicants, of whom 484 resettled; 6,469 subsequent applications).
const OVERVIEW_2024: &str = "Statistiques décembre : bilan 2024\nNOMBRE DE DEMANDES\nEn 2024, ce sont 39.615 personnes qui ont introduit une demande de protection internationale; ce chiffre comprend 484 personnes venues en Belgique par la réinstallation.\nEn 2024, on compte 6.469 personnes qui ont introduit une demande ultérieure.\n";

/// The seed, a December report after it, and `more`.
fn december_with(more: &[(&str, &str)]) -> (tempfile::TempDir, Session) {
    let december = common::stores::december().render();
    let mut files = vec![
        ("asielstatistieken-2023-11.txt", SEED),
        ("asielstatistieken-2023-12.txt", december.as_str()),
    ];
    files.extend_from_slice(more);
    session(&files)
}

#[test]
fn an_overview_never_hides_the_detail_of_a_report_s_twelve_months() {
    let (_dir, mut plain) = december_with(&[]);
    let (_dir2, mut mixed) =
        december_with(&[("overzicht-2022.txt", common::stores::OVERVIEW_2022)]);
    for q in [
        "applications where year = 2022 by type",
        "applications where year = 2022",
        "applications by year",
        "applications where year = 2022 by quarter",
    ] {
        assert_eq!(ask(&mut mixed, q), ask(&mut plain, q), "{q}");
    }
    let by_type = ask(&mut mixed, "applications where year = 2022 by type");
    assert!(!by_type.contains("registered"), "{by_type}");
    // Where the report's months and the overview disagree, it is listed.
    let conflicts = ask(&mut mixed, "show conflicts");
    assert!(conflicts.contains("overzicht-2022.txt"), "{conflicts}");
}

#[test]
fn a_year_summed_from_its_months_is_the_base_of_an_overview_s_year() {
    let (_dir, mut s) = december_with(&[("bilan-2024.txt", OVERVIEW_2024)]);
    let year_2023 = first_value(&mut s, "applications where year = 2023");
    let (text, notes) = common::answers(&mut s, "applications by year change").unwrap();
    let row_2024 = text.lines().find(|l| l.starts_with("2024,")).unwrap();
    let change = 39615 - year_2023;
    assert!(
        row_2024.starts_with(&format!("2024,39615,persons,2024,12,{change},")),
        "{text}"
    );
    assert!(!notes.iter().any(|n| n.contains("needs 2023")), "{notes:?}");
}

#[test]
fn a_month_derived_by_subtraction_cites_both_figures() {
    let (_dir, mut s) = december_with(&[]);
    let text = ask(
        &mut s,
        "decisions where country = \"Syria\" and month = 2023-12 and type = refugee_status by source",
    );
    assert_eq!(
        text,
        "source,value,unit,period,months_covered\n\"asielstatistieken-2023-12.txt, derived: final decisions by country, year to date 2666 of 2023-12 (line 527) minus year to date 2466 of 2023-11 (asielstatistieken-2023-11.txt, line 572)\",200,persons,2023-12,1\n"
    );
    // The rest of a year to date, once the month shown is taken off.
    let (text, _) = common::embedded(
        "applications where country = \"Syria\" and type = first by month, source",
    )
    .unwrap();
    assert_eq!(
        text.lines().nth(1),
        Some("2023-01..2023-10,\"asielstatistieken-2023-11.txt, derived: top 10 applications, year to date 3569 (line 373) less 444 of the months shown on rows of their own\",3125,persons,2023-01..2023-10,10")
    );
}

const PAGES_2017: [(&str, &str); 2] = [
    ("en-2017-04.txt", include_str!("pages/en-2017-04.txt")),
    ("nl-2017-05.txt", include_str!("pages/nl-2017-05.txt")),
];

#[test]
fn by_source_splits_an_answer_without_changing_it() {
    let (_dir, mut s) = session(&PAGES_2017);
    assert_eq!(
        ask(&mut s, "workload where year = 2017"),
        "value,unit,period,months_covered\n12078,dossiers,2017-05,1\n"
    );
    assert_eq!(
        ask(&mut s, "workload where year = 2017 by source"),
        "source,value,unit,period,months_covered\n\"nl-2017-05.txt, page nl, line 19\",12078,dossiers,2017-05,1\n"
    );
}

#[test]
fn caveats_stay_in_every_shape() {
    let (_dir, mut s) = session(&PAGES_2017);
    let (text, notes) =
        common::answers(&mut s, "applications where year = 2017 average per month").unwrap();
    assert_eq!(
        text,
        "value,unit,period,months_covered,months\n1533.5,persons,2017-04..2017-05,2,2\n"
    );
    let gap = "2017 covers 2 of 12 months: the average is over the 2 months the store holds, 2017-04..2017-05.";
    assert!(notes.iter().any(|n| n == gap), "{notes:?}");
    let (text, notes) = common::embedded("workload where year = 2023").unwrap();
    assert_eq!(
        text,
        "value,unit,period,months_covered\n24764,dossiers,2023-11,1\n"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.ends_with("the row gives the last month it holds: 2023 as of 2023-11.")),
        "{notes:?}"
    );
}

#[test]
fn other_alone_is_the_rest_the_report_prints() {
    let (text, _) =
        common::embedded("applications where country = other and year = 2023 by month").unwrap();
    assert_eq!(
        text,
        "month,value,unit,period,months_covered\n2023-01..2023-11,12548,persons,2023-01..2023-11,11\n"
    );
}

#[test]
fn an_answer_cites_the_sources_of_its_figures_only() {
    let (_dir, mut s) = session(&[PAGES_2017[0], ("nl-2019-10.txt", NL_2019_10)]);
    s.want_sources = true;
    let sources = |s: &mut Session, q: &str| {
        let mut out = Vec::new();
        s.run(q, &mut |o| {
            if let asylq::session::Output::Answer(a) = o {
                out = a.sources;
            }
            Ok(())
        })
        .unwrap();
        out
    };
    assert_eq!(
        sources(&mut s, "applications where month = 2023-11"),
        ["asielstatistieken-2023-11.txt"]
    );
    assert_eq!(
        sources(&mut s, "workload where year <= 2019 by year"),
        ["en-2017-04.txt", "nl-2019-10.txt"]
    );
    assert_eq!(
        sources(
            &mut s,
            "applications where month = 2019-10 by month change yoy"
        ),
        ["nl-2019-10.txt"]
    );
}

#[test]
fn applications_held_only_in_files_answer_in_files() {
    let pages = [
        ("nl-2015-07.txt", include_str!("pages/nl-2015-07.txt")),
        ("en-2015-11.txt", include_str!("pages/en-2015-11.txt")),
    ];
    let (_dir, mut s) = session(&pages);
    let (text, notes) = common::answers(&mut s, "applications where year = 2015").unwrap();
    assert_eq!(
        text,
        "value,unit,period,months_covered\n7174,files,2015-07..2015-11,2\n"
    );
    assert!(
        notes.iter().any(|n| n.starts_with("files: up to 2015")),
        "{notes:?}"
    );
    assert_eq!(
        ask(&mut s, "applications by year"),
        "year,value,unit,period,months_covered\n2015,7174,files,2015-07..2015-11,2\n2022,36871,persons,2022,12\n2023,32203,persons,2023-01..2023-11,11\n"
    );
    // One unit asked for, one unit answered.
    let persons = ask(&mut s, "applications where unit = persons by year");
    assert!(!persons.contains("files"), "{persons}");
}

#[test]
fn export_marks_what_a_reader_computed_as_derived_and_says_how() {
    let (_dir, s) = session(&[("overzicht-2023.txt", common::stores::OVERVIEW_2023)]);
    let answer = asylq::export::facts(&s.store, asylq::model::countries::Names::Nl).unwrap();
    let mut csv = Vec::new();
    let opts = asylq::render::Options {
        format: asylq::render::Format::Csv,
        header: false,
        lang: asylq::model::Lang::En,
        kind: None,
    };
    asylq::render::render(&answer, opts, &mut csv, &mut Vec::new()).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let overview: Vec<&str> = csv
        .lines()
        .filter(|l| l.contains("overzicht-2023.txt"))
        .collect();
    assert_eq!(
        overview,
        [
            "applications,registered,persons,,2023-01,2023-12,12,35286,true,overzicht-2023.txt,\"derived: overview nl, 35507 (line 5) less 221 resettled (line 5)\",5,5d57768c0c7e450f367d9d40aea77a62ec70d867bf84a31406c9003485f72765,2024-01,yearly,false,BE,T,TOTAL,cgvs,",
            "applications,resettlement,persons,,2023-01,2023-12,12,221,false,overzicht-2023.txt,overview nl,5,5d57768c0c7e450f367d9d40aea77a62ec70d867bf84a31406c9003485f72765,2024-01,yearly,false,BE,T,TOTAL,cgvs,",
        ]
    );
}

#[test]
fn a_chart_cites_the_sources_of_its_figures_only() {
    let (_dir, mut s) = common::stores::named("pages_overview");
    s.want_citations = true;
    let mut cited = Vec::new();
    s.run("applications where year = 2017", &mut |o| {
        if let asylq::session::Output::Answer(a) = o {
            cited = a
                .citations
                .iter()
                .map(|c| (c.file.clone(), c.lang))
                .collect();
        }
        Ok(())
    })
    .unwrap();
    // The year's figure is the overview's: the pages of its months are not cited.
    assert_eq!(
        cited,
        [(
            "overzicht-2017.txt".to_string(),
            Some(asylq::model::Lang::Nl)
        )]
    );
}

#[test]
fn the_edition_published_last_answers() {
    let (_dir, mut s) = common::stores::named("editions");
    assert_eq!(
        ask(
            &mut s,
            "applications where month = 2023-12 and type = first"
        ),
        "value,unit,period,months_covered\n2510,persons,2023-12,1\n"
    );
    assert_eq!(
        ask(&mut s, "show sources")
            .lines()
            .map(|l| l.split(',').take(3).collect::<Vec<_>>().join(","))
            .collect::<Vec<_>>(),
        [
            "month,published,file",
            "2023-11,2023-12,asielstatistieken-2023-11.txt",
            "2023-12,2024-01,asielstatistieken-2023-12.txt",
            "2023-12,2024-03,asielstatistieken-2023-12-bis.txt",
        ]
    );
}

/// The answer to `q`: each row's first column and the files its coverage
/// cites, and the envelope's sources.
fn row_sources(s: &mut Session, q: &str) -> (Vec<(String, Vec<String>)>, Vec<String>) {
    s.want_sources = true;
    let mut out = (Vec::new(), Vec::new());
    s.run(q, &mut |o| {
        if let asylq::session::Output::Answer(a) = o {
            let rows = a.rows.iter().zip(&a.coverage);
            out.0 = rows
                .map(|(r, c)| (r[0].plain(), c.sources.clone()))
                .collect();
            out.1 = a.sources;
        }
        Ok(())
    })
    .unwrap();
    out
}

#[test]
fn each_row_knows_the_sources_of_its_figures() {
    let (_dir, mut s) = session(&[PAGES_2017[0], PAGES_2017[1], ("nl-2019-10.txt", NL_2019_10)]);
    let owned = |v: &[&str]| v.iter().map(|f| f.to_string()).collect::<Vec<_>>();
    let (rows, all) = row_sources(&mut s, "applications where year <= 2019 by year");
    assert_eq!(
        rows,
        [
            (
                "2017".to_string(),
                owned(&["en-2017-04.txt", "nl-2017-05.txt"])
            ),
            ("2019".to_string(), owned(&["nl-2019-10.txt"])),
        ]
    );
    assert_eq!(all, ["en-2017-04.txt", "nl-2017-05.txt", "nl-2019-10.txt"]);
    // A change cites its base's source too.
    let (rows, _) = row_sources(&mut s, "workload where year = 2017 by month change");
    assert_eq!(
        rows,
        [
            ("2017-04".to_string(), owned(&["en-2017-04.txt"])),
            (
                "2017-05".to_string(),
                owned(&["en-2017-04.txt", "nl-2017-05.txt"])
            ),
        ]
    );
    // Rows that `top` cuts are not cited.
    let (rows, all) = row_sources(&mut s, "applications where year = 2017 by month top 1");
    assert_eq!(rows, [("2017-05".to_string(), owned(&["nl-2017-05.txt"]))]);
    assert_eq!(all, ["nl-2017-05.txt"]);
}

#[test]
fn of_equal_figures_max_and_min_name_the_first_period() {
    // The April and May 2017 pages both give 5,000 files of the normal
    // workload; before, DuckDB's arg_max named either.
    let (_dir, mut s) = common::stores::named("files_era");
    let text = ask(
        &mut s,
        "workload where year = 2017 by year, type max per month",
    );
    assert!(
        text.contains("\n2017,normal,5000,dossiers,2017-04..2017-05,2,2,2017-04\n"),
        "{text}"
    );
}

#[test]
fn the_rest_of_a_derived_span_says_how_both_were_derived() {
    let (_dir, mut s) = session(&[
        ("asielstatistieken-2023-11.txt", SEED),
        ("overzicht-2023.txt", common::stores::OVERVIEW_2023),
    ]);
    let text = ask(
        &mut s,
        "applications where month = 2023-12 and type = registered by source",
    );
    assert_eq!(
        text,
        "source,value,unit,period,months_covered\n\"overzicht-2023.txt, derived: overview nl, 35507 (line 5) less 221 resettled (line 5) = 35286, less 32012 of the months shown\",3274,persons,2023-12,1\n"
    );
}

/// Over a report, a December report and an overview of 2024, `index 2023`
/// sets whole years against the whole of 2023 from the reports' months.
#[test]
fn an_index_over_a_mixed_store_sets_whole_years_against_whole_years() {
    let (_dir, mut s) = december_with(&[("bilan-2024.txt", OVERVIEW_2024)]);
    let year_2023 = first_value(&mut s, "applications where year = 2023") as f64;
    let (text, notes) =
        common::answers(&mut s, "applications where year >= 2023 by year index 2023").unwrap();
    let index = (1000.0 * 39615.0 / year_2023).round() / 10.0;
    assert!(text.contains("\n2023,"), "{text}");
    assert!(
        text.ends_with(&format!(",persons,2024,12,{index:.1}\n")),
        "{text}"
    );
    assert!(
        text.lines().nth(1).unwrap().ends_with(",12,100.0"),
        "{text}"
    );
    // Whole years on both sides: no row is set against part of its base.
    assert!(
        !notes
            .iter()
            .any(|n| n.contains("set against the same months")),
        "{notes:?}"
    );
    assert!(notes
        .iter()
        .any(|n| n.starts_with("index: each row as a percent of its figure in 2023")));
}

/// A yearly overview with pages of some of its months, by the month of the
/// year: each page's month on its row, the overview's rest (its total less
/// those months) one row for a span, in no month of the year.
#[test]
fn an_overview_by_the_month_of_the_year_keeps_its_rest_apart() {
    let (_dir, mut s) = common::stores::named("pages_overview");
    let (text, notes) =
        common::answers(&mut s, "applications where year = 2017 by month_of_year").unwrap();
    let by_month = common::answers(&mut s, "applications where year = 2017 by month").unwrap();
    assert_eq!(
        text,
        "month_of_year,value,unit,period,months_covered\n2,1174,persons,2017-02,1\n3,1186,persons,2017-03,1\n5,1210,persons,2017-05,1\n7,1234,persons,2017-07,1\n8,1246,persons,2017-08,1\n12,1294,persons,2017-12,1\n,13318,persons,2017-01..2017-11,6\n"
    );
    assert!(notes[0]
        .starts_with("A row without a month of the year is one figure for a span of months"));
    assert_eq!(
        notes[2],
        "2017-01..2017-11 stands for 2017-01, 2017-04, 2017-06, 2017-09, 2017-10, 2017-11 only: the other months of the span have rows of their own."
    );
    // The months not on a row of their own are in the rest, not missing;
    // the rest is the overview's registered applicants only.
    assert_eq!(
        notes[3..],
        [
            "Mixed definitions: the applicants of 2017-01..2017-11 include no resettlement (their sources state none); the other rows include it.",
            "Mixed definitions: the applicants of 2017-01..2017-11 include no relocation (their sources state none); the other rows of 2015-09..2018-12, when it ran, include it."
        ]
    );
    // The same figures as by month, in another order.
    let mut months: Vec<&str> = by_month
        .0
        .lines()
        .skip(1)
        .map(|l| l.split_once(',').unwrap().1)
        .collect();
    let mut of_year: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split_once(',').unwrap().1)
        .collect();
    months.sort();
    of_year.sort();
    assert_eq!(months, of_year);
}
