//! The derived figures of issue-sized shapes, with the exact figures the
//! report text gives: a year to date by country kept in every shape, stocks
//! over longer periods, sums over months with gaps, forced reports, units,
//! group shares and the names of `show top10`.

mod common;

use common::stores;

fn ask(session: &mut asylq::session::Session, query: &str) -> (String, Vec<String>) {
    common::answers(session, query).unwrap_or_else(|e| panic!("{query}: {e}"))
}

fn store(name: &str) -> (tempfile::TempDir, asylq::session::Session) {
    stores::named(name)
}

#[test]
fn a_cumulative_by_country_is_the_printed_year_to_date() {
    let (_dir, mut s) = store("embedded");
    let (text, notes) = ask(
        &mut s,
        "applications where country = \"Syrië\" by month cumulative",
    );
    assert_eq!(
        text,
        "month,value,unit,period,months_covered,cumulative\n2023-01..2023-10,3386,persons,2023-01..2023-10,10,\n2023-11,450,persons,2023-11,1,3836\n"
    );
    assert!(
        notes.iter().any(|n| n
            == "No running total for 2023-01..2023-10: 2023-01..2023-10 stands for several months together, so it is no step of a running total and the total at a month inside it cannot be told; a running total after its last month, in the same year, includes it."),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Some figures are derived: by country")),
        "{notes:?}"
    );
    let (_dir, mut s) = store("december");
    assert_eq!(
        ask(&mut s, "applications where country = \"Syrië\" by month cumulative").0,
        "month,value,unit,period,months_covered,cumulative\n2023-01..2023-10,3386,persons,2023-01..2023-10,10,\n2023-11,450,persons,2023-11,1,3836\n2023-12,371,persons,2023-12,1,4207\n"
    );
    assert_eq!(
        ask(&mut s, "decisions where country = \"Syrië\" by month cumulative").0,
        "month,value,unit,period,months_covered,cumulative\n2023-01..2023-11,2899,persons,2023-01..2023-11,11,\n2023-12,348,persons,2023-12,1,3247\n"
    );
}

#[test]
fn by_month_every_country_keeps_its_year_to_date() {
    let (_dir, mut s) = store("embedded");
    assert_eq!(
        ask(&mut s, "applications where country = \"Syrië\" by month").0,
        "month,value,unit,period,months_covered\n2023-01..2023-10,3386,persons,2023-01..2023-10,10\n2023-11,450,persons,2023-11,1\n"
    );
    assert_eq!(
        ask(&mut s, "applications where country = \"Rusland\" by month").0,
        "month,value,unit,period,months_covered\n2023-01..2023-11,860,persons,2023-01..2023-11,11\n"
    );
    assert_eq!(
        ask(&mut s, "applications where country = \"Georgië\" by month").0,
        "month,value,unit,period,months_covered\n2023-11,94,persons,2023-11,1\n"
    );
    // `other` (the year to date's rest line) gives up Georgia's November,
    // which has a row of its own: the rows add up to the printed 32,203.
    let text = ask(&mut s, "applications by country, month").0;
    assert!(
        text.contains("\nother,2023-01..2023-11,12454,persons,2023-01..2023-11,11\n"),
        "{text}"
    );
    assert_eq!(common::value_sum(&text), 32203);
    let (_dir, mut s) = store("december");
    assert_eq!(
        ask(&mut s, "decisions where country = \"Syrië\" by month").0,
        "month,value,unit,period,months_covered\n2023-01..2023-11,2899,persons,2023-01..2023-11,11\n2023-12,348,persons,2023-12,1\n"
    );
    let text = ask(&mut s, "applications by country, month").0;
    assert!(
        text.contains("\nother,2023-01..2023-12,14266,persons,2023,12\n"),
        "{text}"
    );
    assert!(
        text.contains("\nRusland,2023-01..2023-12,885,persons,2023,12\n"),
        "{text}"
    );
    assert_eq!(common::value_sum(&text), 35224);
    let (text, notes) = ask(
        &mut s,
        "applications where country = \"Syrië\" and quarter = 2023-Q4",
    );
    assert_eq!(
        text,
        "value,unit,period,months_covered\n821,persons,2023-11..2023-12,2\n"
    );
    assert_eq!(
        notes,
        ["The figure covers 2 of 3 months (the sum of those the store holds); missing: 2023-10."]
    );
}

#[test]
fn a_stock_over_a_longer_period_says_which_month_it_is() {
    let (_dir, mut s) = store("pages");
    let (text, notes) = ask(&mut s, "workload by year");
    assert_eq!(
        text,
        "year,value,unit,period,months_covered\n2017,12036,dossiers,2017-12,1\n2023,24764,dossiers,2023-11,1\n"
    );
    assert_eq!(
        notes,
        ["The workload is a stock: a period gives its value at the period's end; where the store lacks that month, the row gives the last month it holds: 2023 as of 2023-11."]
    );
    let (text, notes) = ask(&mut s, "workload by quarter change");
    assert_eq!(
        text,
        "quarter,value,unit,period,months_covered,change,change_pct\n2017-Q1,12009,dossiers,2017-03,1,,\n2017-Q2,12015,dossiers,2017-05,1,,\n2017-Q3,12024,dossiers,2017-08,1,,\n2017-Q4,12036,dossiers,2017-12,1,,\n2023-Q4,24764,dossiers,2023-11,1,,\n"
    );
    assert!(notes.contains(&"No change for 2017-Q2: a stock is compared at quarter ends, and 2017-Q2 is as of 2017-05.".to_string()), "{notes:?}");
    // The same month a year earlier is a like month.
    let (_dir, mut s) = store("december");
    assert_eq!(
        ask(&mut s, "workload where month >= 2023-11 by quarter").0,
        "quarter,value,unit,period,months_covered\n2023-Q4,8500,dossiers,2023-12,1\n"
    );
}

#[test]
fn a_sum_over_months_with_gaps_names_the_missing_months() {
    let (_dir, mut s) = store("pages");
    let (text, notes) = ask(&mut s, "applications where year = 2017");
    // 1,000 + 10 m registered, 100 + m resettled, 50 + m relocated, for
    // m = 2, 3, 5, 7, 8, 12.
    assert_eq!(
        text,
        "value,unit,period,months_covered\n7344,persons,2017-02..2017-12,6\n"
    );
    assert_eq!(
        notes,
        ["The figure covers 6 of 12 months (the sum of those the store holds); missing: 2017-01, 2017-04, 2017-06, 2017-09, 2017-10, 2017-11."]
    );
    let (_, notes) = ask(&mut s, "applications where year = 2017 by quarter");
    assert!(notes.contains(&"2017-Q2 covers 1 of 3 months (the sum of those the store holds); missing: 2017-04, 2017-06.".to_string()), "{notes:?}");
    // A year the data reaches only in part keeps its period, without a note.
    let (text, notes) = ask(&mut s, "applications where year = 2023");
    assert_eq!(
        text,
        "value,unit,period,months_covered\n32203,persons,2023-01..2023-11,11\n"
    );
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn a_forced_report_never_wins_over_a_checked_one_and_is_flagged() {
    let seed = include_str!("../data/asielstatistieken-2023-11.txt");
    let december =
        stores::december()
            .render()
            .replacen("1 Syrië 4.207 3.899", "1 Syrië 4.207 3.900", 1);
    assert!(december.contains("1 Syrië 4.207 3.900"));
    let files = [
        (
            "asielstatistieken-2023-11.txt".to_string(),
            seed.to_string(),
        ),
        ("asielstatistieken-2023-12.txt".to_string(), december),
    ];
    let (_dir, store) = stores::store_with(&files, true);
    let mut s = asylq::session::Session::new(store).unwrap();
    // December revises November's first applications (2,733 to 2,734), but
    // its totals fail: the checked November report stays current.
    let (text, notes) = ask(
        &mut s,
        "applications where month = 2023-11 and type = first",
    );
    assert_eq!(
        text,
        "value,unit,period,months_covered\n2733,persons,2023-11,1\n"
    );
    assert!(notes.is_empty(), "{notes:?}");
    let (text, notes) = ask(
        &mut s,
        "applications where country = \"Syrië\" and year = 2023 and type = first",
    );
    assert_eq!(
        text,
        "value,unit,period,months_covered\n3900,persons,2023,12\n"
    );
    assert_eq!(
        notes,
        ["Warning: figures of 2023 come from a report stored with --force, whose totals do not add up (see `sources`)."]
    );
    assert_eq!(
        ask(&mut s, "show sources").0,
        "month,published,file,facts,checks,checks_passed,status,digest,sha256\n2023-11,2023-12,asielstatistieken-2023-11.txt,337,156,156,checked,5c75024a8631aefe,67c83e8909f074e6c4480ea80102c15d1743646ecdad284ec73267ca3c77c818\n2023-12,2024-01,asielstatistieken-2023-12.txt,354,159,157,forced,d40f0931528f33bb,9fa74afdfe1fa7f09510667cca1ef3603f419f177cd05988b3bdf7829766581e\n"
    );
    let revisions = ask(&mut s, "show revisions").0;
    assert!(revisions.starts_with("measure,type,unit,country,period,old_value,new_value,old_source,new_source,old_forced,new_forced,geo,sex,age\n"), "{revisions}");
    // The forced figure is not presented as a revision: it is marked.
    let november = revisions
        .lines()
        .find(|l| l.starts_with("applications,first,persons,,2023-11,"))
        .unwrap();
    assert!(
        november.starts_with(
            "applications,first,persons,,2023-11,2734,2733,\"asielstatistieken-2023-12.txt, line "
        ),
        "{november}"
    );
    assert!(november.ends_with(",true,false,BE,T,TOTAL"), "{november}");
}

#[test]
fn a_rate_is_exported_as_a_percent_and_a_ratio_has_its_own_unit() {
    let pages: Vec<(String, String)> = stores::pages_2017()
        .iter()
        .map(|p| (format!("nl-2017-{:02}.txt", p.month), p.render()))
        .collect();
    let (dir, store) = stores::store_with(&pages, false);
    let path = dir.path().join("facts.csv");
    let facts = asylq::export::facts(&store, Default::default()).unwrap();
    asylq::export::write(&facts, &path, asylq::render::Format::Csv, true).unwrap();
    let csv = std::fs::read_to_string(&path).unwrap();
    assert!(
        csv.lines().any(|l| l.starts_with("protection_rate,published,percent,,2017-05,2017-05,1,55.0,false,nl-2017-05.txt,page nl,15,")
            && l.ends_with(",2017-06,page,false,BE,T,TOTAL,cgvs,")),
        "{csv}"
    );
    let mut s = asylq::session::Session::new(store).unwrap();
    assert_eq!(
        ask(&mut s, "applications / decisions where year = 2023").0,
        "value,unit,period,months_covered,applications,decisions\n1.1872,ratio,2023-01..2023-11,11,32203,27126\n"
    );
}

#[test]
fn show_top10_names_countries_in_the_language_asked_for() {
    let (_dir, mut s) = stores::named("embedded");
    ask(&mut s, "set names = en");
    let text = ask(&mut s, "show top10").0;
    assert!(
        text.starts_with("month,rank,country,source\n2023-11,1,Syria,\"asielstatistieken-2023-11.txt, top 10 applications, month\"\n2023-11,2,Palestine,"),
        "{text}"
    );
    assert!(text.contains("\n2023-11,10,DR Congo,"), "{text}");
}

#[test]
fn a_share_of_a_group_of_types() {
    let (_dir, mut s) = stores::named("embedded");
    // 14,179 negative decisions of 25,735 final ones (11,115 + 371 + 4,258
    // + 742 + 9,179 + 70).
    let (text, notes) = ask(
        &mut s,
        "decisions where year = 2023 and type = negative share of final",
    );
    assert_eq!(
        text,
        "value,unit,period,months_covered,share\n14179,persons,2023-01..2023-11,11,55.09617252768603\n"
    );
    assert_eq!(
        notes,
        ["share of final: each row's percent of the decisions of the group final (protection, negative, withdrawal) for the same months."]
    );
    // By country: Syria's 376 refusals of 2,899 final decisions.
    assert_eq!(
        ask(
            &mut s,
            "decisions where country = \"Syrië\" and type = negative share of final"
        )
        .0,
        "value,unit,period,months_covered,share\n376,persons,2023-01..2023-11,11,12.969989651604001\n"
    );
    assert_eq!(
        ask(
            &mut s,
            "decisions where type = negative and month = 2023-11 by month share of final"
        )
        .0,
        "month,value,unit,period,months_covered,share\n2023-11,1211,persons,2023-11,1,55.703771849126035\n"
    );
    assert_eq!(
        ask(&mut s, "workload where type = backlog share of total").0,
        "value,unit,period,months_covered,share\n18264,dossiers,2023-11,1,73.75222096591827\n"
    );
    // `share` alone stays the share of the answer's whole.
    assert_eq!(
        ask(
            &mut s,
            "decisions where year = 2023 and type = negative share"
        )
        .0,
        "value,unit,period,months_covered,share\n14179,persons,2023-01..2023-11,11,100.0\n"
    );
    let refused = common::answers(
        &mut s,
        "decisions where year = 2023 by month share of final",
    );
    match refused {
        Err(asylq::error::Error::Query(d)) => {
            assert_eq!(
                d.text(),
                "a share of final needs figures within final; this answer also counts every type"
            );
            assert_eq!(
                d.hint_texts(),
                ["filter the types: `where type = final`, or one of its parts"]
            );
        }
        other => panic!("{other:?}"),
    }
    match common::answers(&mut s, "decisions where type = negative share of refusal") {
        Err(asylq::error::Error::Query(d)) => {
            assert_eq!(d.text(), "'refusal' is not a group of decisions types");
            assert_eq!(
                d.hint_texts(),
                ["the groups of decisions are final, protection, negative"]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_chart_draws_no_point_for_a_year_with_missing_months() {
    let pages: Vec<(String, String)> = stores::pages_2017()
        .iter()
        .map(|p| (format!("nl-2017-{:02}.txt", p.month), p.render()))
        .collect();
    let (dir, store) = stores::store_with(&pages, false);
    drop(store);
    let chart = dir.path().join("years.svg");
    let (code, _, err) = common::output(
        std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
            .arg("--db")
            .arg(dir.path().join("facts.duckdb"))
            .args(["-c", "applications where year <= 2017 by year", "--output"])
            .arg(&chart),
    );
    assert_eq!(code, 0, "{err}");
    let svg = std::fs::read_to_string(&chart).unwrap();
    // The words of the chart, its wrapped lines joined.
    let words = common::svg_words(&svg);
    assert!(
        words
            .join(" ")
            .contains("Not drawn, as the data covers them only in part: 2017 (without 2017-01, 2017-04, 2017-06, 2017-09, 2017-10, 2017-11)."),
        "{svg}"
    );
}

#[test]
fn unload_takes_a_report_out_and_derives_the_months_again() {
    let seed = include_str!("../data/asielstatistieken-2023-11.txt");
    let files = [
        (
            "asielstatistieken-2023-11.txt".to_string(),
            seed.to_string(),
        ),
        (
            "asielstatistieken-2023-12.txt".to_string(),
            stores::december().render(),
        ),
    ];
    let afghans = "decisions where country = \"Afghanistan\" by month";
    let derived = "sql \"SELECT count(*) AS n FROM facts WHERE derived\"";
    let (_dir, store) = stores::store_with(&files, false);
    let mut s = asylq::session::Session::new(store).unwrap();
    // December's decisions by country are the difference of the two years
    // to date.
    let (both, _) = ask(&mut s, afghans);
    assert!(both.contains("\n2023-01..2023-11,"), "{both}");
    assert!(both.contains("\n2023-12,"), "{both}");
    assert_ne!(ask(&mut s, derived).0, "n\n0\n");
    let (_dir, mut store) = stores::store_with(&files, false);
    let gone = store.unload("asielstatistieken-2023-11.txt").unwrap();
    assert_eq!(
        (gone.file.as_str(), gone.month.as_str()),
        ("asielstatistieken-2023-11.txt", "2023-11")
    );
    let mut s = asylq::session::Session::new(store).unwrap();
    let (text, _) = ask(&mut s, afghans);
    assert!(
        text.starts_with("month,value,unit,period,months_covered\n2023-01..2023-12,"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 2, "{text}");
    assert_eq!(ask(&mut s, derived).0, "n\n0\n");
    let (_dir, mut store) = stores::store_with(&files, false);
    let err = store.unload("nothing.txt").unwrap_err().to_string();
    assert_eq!(
        err,
        "unload nothing.txt: no source of that file name or digest (see `asylq sources`)"
    );
}

#[test]
fn a_rolling_average_over_whole_months_names_the_months_it_cannot_fill() {
    let (_dir, mut s) = store("embedded");
    let (text, notes) = ask(&mut s, "applications by month rolling 3 months");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "month,value,unit,period,months_covered,rolling");
    assert_eq!(lines[1], "2022-01,2680,persons,2022-01,1,");
    assert_eq!(lines[2], "2022-02,2290,persons,2022-02,1,");
    // (2,680 + 2,290 + 3,247) / 3 and (3,254 + 3,740 + 3,232) / 3.
    assert_eq!(lines[3], "2022-03,3247,persons,2022-03,1,2739.0");
    assert_eq!(lines[23], "2023-11,3232,persons,2023-11,1,3408.7");
    assert_eq!(
        notes,
        [
            "rolling 3 months: each month's figure averaged with the 2 months before it, over whole months in a row only.",
            "No rolling average for 2022-01, 2022-02: the store holds fewer than 3 whole months in a row up to them."
        ]
    );
    // A year-to-date span is never averaged as if it were a month.
    let (text, _) = ask(
        &mut s,
        "applications where country = \"Syrië\" by month rolling 2 months",
    );
    assert_eq!(
        text,
        "month,value,unit,period,months_covered,rolling\n2023-01..2023-10,3386,persons,2023-01..2023-10,10,\n2023-11,450,persons,2023-11,1,\n"
    );
    let err = common::answers(&mut s, "workload by year rolling 3 months").unwrap_err();
    assert_eq!(
        err.to_string(),
        "'rolling 3 months' averages over months, and needs `by month`"
    );
    let err = common::answers(&mut s, "applications by month rolling 13 months").unwrap_err();
    assert_eq!(
        err.to_string(),
        "'rolling 13 months': a rolling average takes 2 to 12 months"
    );
}
