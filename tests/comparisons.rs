//! Derived figures on the embedded November 2023 report: shares of the whole
//! answer, changes against a base the filter does not show, like-for-like
//! periods, quarters, relative periods, summaries over periods, arithmetic
//! between measures and country names.

mod common;

use common::embedded;

fn csv(query: &str) -> String {
    embedded(query).unwrap_or_else(|e| panic!("{query}: {e}")).0
}

/// The message and hints of a query error.
fn refusal(query: &str) -> (String, Vec<String>) {
    match embedded(query) {
        Err(asylq::error::Error::Query(d)) => (d.text(), d.hint_texts()),
        other => panic!("{query}: expected a query error, got {other:?}"),
    }
}

#[test]
fn a_share_is_of_the_whole_answer_before_top_cuts_rows() {
    let text = csv("applications where year = 2023 by country top 3 share");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("country,value,unit,period,months_covered,share")
    );
    assert_eq!(
        lines.next(),
        Some("Syrië,3836,persons,2023-01..2023-11,11,11.911933670776016")
    );
    assert_eq!(text.lines().count(), 4);
    let text = csv("applications where year = 2023 and type = subsequent by country top 5 share");
    assert!(
        text.contains("\nAfghanistan,1118,persons,2023-01..2023-11,11,20.608294930875577\n"),
        "{text}"
    );
}

#[test]
fn a_share_of_the_workload_is_of_its_parts() {
    assert_eq!(
        csv("workload by type share"),
        "type,value,unit,period,months_covered,share\ntotal,24764,dossiers,2023-11,1,\nnormal,6500,dossiers,2023-11,1,26.24777903408173\nbacklog,18264,dossiers,2023-11,1,73.75222096591827\n"
    );
    let (message, hints) = refusal("workload share");
    assert_eq!(
        message,
        "a share of the workload is a share of its parts (normal, backlog)"
    );
    assert_eq!(hints, ["add `by type`: `workload by type share`"]);
}

#[test]
fn a_year_to_date_is_compared_with_the_same_months_a_year_earlier() {
    let (text, notes) = embedded("applications by year change").unwrap();
    assert_eq!(
        text,
        "year,value,unit,period,months_covered,change,change_pct\n2022,36871,persons,2022,12,,\n2023,32203,persons,2023-01..2023-11,11,-2048,-6.0\n"
    );
    assert_eq!(
        notes,
        [
            "change: each row against the same months of the year before.",
            "2023 covers 2023-01..2023-11 only, so it is compared with the same months a year earlier: 2022-01..2022-11 (34,251).",
            "No change where the store lacks the base figure for every month compared: 2022 (needs 2021-01..2021-12).",
        ]
    );
}

#[test]
fn change_takes_its_base_from_outside_the_filter() {
    let text = csv("applications where year = 2023 by month change yoy");
    assert_eq!(text.lines().count(), 12);
    assert_eq!(
        text.lines().last(),
        Some("2023-11,3232,persons,2023-11,1,-159,-4.7")
    );
    let text = csv("applications where year = 2023 by month change");
    assert_eq!(
        text.lines().take(3).collect::<Vec<_>>(),
        [
            "month,value,unit,period,months_covered,change,change_pct",
            "2023-01,2785,persons,2023-01,1,165,6.3",
            "2023-02,2399,persons,2023-02,1,-386,-13.9"
        ]
    );
}

#[test]
fn a_rate_changes_in_percentage_points() {
    let (text, notes) =
        embedded("protection_rate where year = 2023 and month <= 2023-03 by month change").unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("month,value,unit,period,months_covered,basis,granted,decided,change_pp")
    );
    let shown: Vec<(String, String, String)> = lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].to_string(), f[1].to_string(), f[8].to_string())
        })
        .collect();
    let row = |m: &str, v: &str, c: &str| (m.to_string(), v.to_string(), c.to_string());
    assert_eq!(
        shown,
        [
            row("2023-01", "42.5", ""),
            row("2023-02", "39.8", "-2.7"),
            row("2023-03", "41.8", "2.0")
        ]
    );
    assert!(notes.iter().any(|n| n
        == "No change where the store lacks the base figure for every month compared: 2023-01 (needs 2022-12)."));
}

#[test]
fn a_cumulative_total_of_months_restarts_each_january() {
    let (text, notes) = embedded("applications by month cumulative").unwrap();
    assert!(
        text.contains("\n2022-12,2620,persons,2022-12,1,36871\n"),
        "{text}"
    );
    assert!(
        text.contains("\n2023-01,2785,persons,2023-01,1,2785\n"),
        "{text}"
    );
    assert!(
        text.ends_with("\n2023-11,3232,persons,2023-11,1,32203\n"),
        "{text}"
    );
    assert_eq!(
        notes,
        ["cumulative: the running total restarts each January, a year-to-date total as the report prints it."]
    );
    assert_eq!(
        csv("applications by year cumulative"),
        "year,value,unit,period,months_covered,cumulative\n2022,36871,persons,2022,12,36871\n2023,32203,persons,2023-01..2023-11,11,69074\n"
    );
}

#[test]
fn a_cumulative_total_runs_within_each_value_of_another_dimension() {
    let text = csv("applications where year = 2023 by month, type cumulative");
    assert!(
        text.contains("\n2023-11,first,2733,persons,2023-11,1,26587\n"),
        "{text}"
    );
    assert!(
        text.contains("\n2023-11,resettlement,9,persons,2023-11,1,191\n"),
        "{text}"
    );
    assert!(
        text.contains("\n2023-11,subsequent,490,persons,2023-11,1,5425\n"),
        "{text}"
    );
}

#[test]
fn quarters_and_a_partial_quarter() {
    let (text, notes) = embedded("applications where year = 2023 by quarter").unwrap();
    assert_eq!(
        text,
        "quarter,value,unit,period,months_covered\n2023-Q1,7828,persons,2023-01..2023-03,3\n2023-Q2,7511,persons,2023-04..2023-06,3\n2023-Q3,9892,persons,2023-07..2023-09,3\n2023-Q4,6972,persons,2023-10..2023-11,2\n"
    );
    assert_eq!(
        notes,
        ["2023-Q4 is partial: the data covers 2023-10..2023-11 only."]
    );
    assert_eq!(
        csv("applications where quarter = 2023-Q3"),
        "value,unit,period,months_covered\n9892,persons,2023-07..2023-09,3\n"
    );
    assert_eq!(
        csv("applications where month between 2023-Q1 and 2023-Q2"),
        "value,unit,period,months_covered\n15339,persons,2023-01..2023-06,6\n"
    );
}

#[test]
fn a_partial_quarter_is_compared_over_the_same_months() {
    let (text, notes) = embedded("applications where year = 2023 by quarter change").unwrap();
    assert!(
        text.contains("\n2023-Q2,7511,persons,2023-04..2023-06,3,-317,-4.0\n"),
        "{text}"
    );
    assert!(
        text.ends_with("\n2023-Q4,6972,persons,2023-10..2023-11,2,334,5.0\n"),
        "{text}"
    );
    assert!(
        notes.contains(&"2023-Q4 covers 2023-10..2023-11 only, so it is compared with the same months a quarter earlier: 2023-07..2023-08 (6,638).".to_string()),
        "{notes:?}"
    );
}

#[test]
fn the_last_months_count_back_from_the_newest_month() {
    assert_eq!(
        csv("applications last 3 months by month"),
        "month,value,unit,period,months_covered\n2023-09,3254,persons,2023-09,1\n2023-10,3740,persons,2023-10,1\n2023-11,3232,persons,2023-11,1\n"
    );
    assert_eq!(
        csv("applications where last 1 years"),
        "value,unit,period,months_covered\n32203,persons,2023-01..2023-11,11\n"
    );
}

#[test]
fn averages_and_extremes_per_period() {
    let (text, notes) = embedded("applications where year = 2023 average per month").unwrap();
    assert_eq!(
        text,
        "value,unit,period,months_covered,months\n2927.5,persons,2023-01..2023-11,11,11\n"
    );
    assert_eq!(notes, ["average per month: the total over the span divided by the number of months its figures cover (a year-to-date figure counts as all its months)."]);
    assert_eq!(
        csv("applications where country = \"Syrië\" and year = 2023 average per month"),
        "value,unit,period,months_covered,months\n348.7,persons,2023-01..2023-11,11,11\n"
    );
    assert_eq!(
        csv("applications where year = 2023 max per month"),
        "value,unit,period,months_covered,months,month\n3740,persons,2023-01..2023-11,11,11,2023-10\n"
    );
    assert_eq!(
        csv("applications where year = 2023 median per month"),
        "value,unit,period,months_covered,months\n2785.0,persons,2023-01..2023-11,11,11\n"
    );
    assert_eq!(
        csv("applications where year = 2023 min per month"),
        "value,unit,period,months_covered,months,month\n2053,persons,2023-01..2023-11,11,11,2023-04\n"
    );
    let (text, notes) = embedded("applications where year = 2023 average per quarter").unwrap();
    assert_eq!(
        text,
        "value,unit,period,months_covered,quarters\n8410.3,persons,2023-01..2023-09,9,3\n"
    );
    assert_eq!(
        notes[1],
        "Left out, because the data covers only part of them: 2023-Q4."
    );
    assert_eq!(
        csv("applications by year average per month"),
        "year,value,unit,period,months_covered,months\n2022,3072.6,persons,2022,12,12\n2023,2927.5,persons,2023-01..2023-11,11,11\n"
    );
}

#[test]
fn summaries_that_would_mislead_are_refused() {
    assert_eq!(
        refusal("protection_rate average per month").0,
        "a rate is never averaged: 'average per month' would weigh every period alike"
    );
    let err = embedded("workload average per month")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("the store holds its month-end value for 1 of the 1 months of 2023-11"),
        "{err}"
    );
    assert_eq!(
        refusal("applications by month average per month").0,
        "'average per month' takes the months together, so the answer cannot also be by month"
    );
    assert_eq!(
        refusal("decisions where country = \"Syria\" max per month").0,
        "'max per month' cannot be answered by country"
    );
}

#[test]
fn arithmetic_between_measures_in_one_unit() {
    let text = csv("applications - decisions where year = 2023 by month");
    assert_eq!(
        text.lines().take(2).collect::<Vec<_>>(),
        [
            "month,value,unit,period,months_covered,applications,decisions",
            "2023-01,805,persons,2023-01,1,2785,1980"
        ]
    );
    assert_eq!(
        csv("applications - decisions where year = 2023"),
        "value,unit,period,months_covered,applications,decisions\n5077,persons,2023-01..2023-11,11,32203,27126\n"
    );
    assert_eq!(
        csv("applications / decisions where year = 2023"),
        "value,unit,period,months_covered,applications,decisions\n1.1872,ratio,2023-01..2023-11,11,32203,27126\n"
    );
    let (text, notes) = embedded("applications - decisions by year").unwrap();
    assert!(text.contains("\n2022,,persons,2022,12,36871,\n"), "{text}");
    assert_eq!(
        notes,
        ["No value where the two measures do not cover the same months: 2022 (applications 2022-01..2022-12, decisions no figure)."]
    );
}

#[test]
fn arithmetic_never_mixes_units() {
    let (message, hints) = refusal("set unit = dossiers\napplications - decisions");
    assert_eq!(
        message,
        "applications are counted in persons and decisions in dossiers: persons and dossiers are never combined"
    );
    assert_eq!(hints, ["pick one unit for both: `where unit = persons`"]);
    assert_eq!(
        refusal("applications - workload").0,
        "workload cannot be added, subtracted or divided"
    );
}

#[test]
fn country_names_in_english_and_french() {
    let top = "applications where month = 2023-11 by country top 1";
    assert_eq!(
        csv(top),
        "country,value,unit,period,months_covered\nSyrië,450,persons,2023-11,1\n"
    );
    assert_eq!(
        csv(&format!("set names = en\n{top}")),
        "country,value,unit,period,months_covered\nSyria,450,persons,2023-11,1\n"
    );
    assert_eq!(
        csv(&format!("set names = fr\n{top}")),
        "country,value,unit,period,months_covered\nSyrie,450,persons,2023-11,1\n"
    );
    // ISO 3166 alpha-3 codes, to join with Eurostat and UNHCR data; the
    // report's rest line stays `other`.
    assert_eq!(
        csv("set names = iso3\napplications where month = 2023-11 by country top 2"),
        "country,value,unit,period,months_covered\nSYR,450,persons,2023-11,1\nPSE,267,persons,2023-11,1\n"
    );
    assert!(
        csv("set names = iso3\napplications where month = 2023-11 by country")
            .contains("\nother,1218,persons,2023-11,1\n")
    );
}

#[test]
fn years_are_labels_in_tables() {
    use asylq::render::{render, Format, Options};
    use asylq::session::{Output, Session};
    let mut session = Session::new(asylq::store::Store::embedded().unwrap()).unwrap();
    let mut out = Vec::new();
    session
        .run("applications by year", &mut |o| {
            if let Output::Answer(a) = o {
                let opts = Options {
                    format: Format::Markdown,
                    header: true,
                    lang: asylq::model::Lang::En,
                    kind: None,
                };
                render(&a, opts, &mut out, &mut Vec::new()).unwrap();
            }
            Ok(())
        })
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("| 2022 | 36,871 | persons |"), "{text}");
}

#[test]
fn by_country_a_change_without_a_comparable_year_is_left_empty() {
    let (text, notes) =
        embedded("applications where year = 2023 by year, country top 2 change").unwrap();
    assert_eq!(
        text,
        "year,country,value,unit,period,months_covered,change,change_pct\n2023,Syrië,3836,persons,2023-01..2023-11,11,,\n2023,Afghanistan,3480,persons,2023-01..2023-11,11,,\n"
    );
    assert!(
        notes.iter().any(|n| n.starts_with(
            "No change where the store lacks the base figure for every month compared: 2023 Syrië (needs 2022-01..2022-11)"
        )),
        "{notes:?}"
    );
}

#[test]
fn another_dimension_is_summarised_within_each_value() {
    assert_eq!(
        csv("applications where year = 2023 by type average per month"),
        "type,value,unit,period,months_covered,months\nfirst,2417.0,persons,2023-01..2023-11,11,11\nresettlement,17.4,persons,2023-01..2023-11,11,11\nsubsequent,493.2,persons,2023-01..2023-11,11,11\n"
    );
}

/// `explain` prints SQL that gives the answer's numbers when run as it stands.
#[test]
fn explained_sql_gives_the_same_numbers() {
    for query in [
        "applications where year = 2023 by country top 3 share",
        "applications by year change",
        "applications where year = 2023 by quarter change",
        "applications where year = 2023 average per month",
        "applications - decisions where year = 2023 by month",
        "applications last 3 months by month cumulative",
    ] {
        let (answer, _) = embedded(query).unwrap();
        let sql = explain_text(query);
        let (raw, _) = embedded(&format!("sql \"{}\"", sql.replace('"', "\\\""))).unwrap();
        assert_eq!(column(&raw, "value"), column(&answer, "value"), "{query}");
    }
}

/// The text `explain` prints for a query.
fn explain_text(query: &str) -> String {
    use asylq::session::{Output, Session};
    let mut session = Session::new(asylq::store::Store::embedded().unwrap()).unwrap();
    let mut text = String::new();
    session
        .run(&format!("explain {query}"), &mut |o| {
            if let Output::Text { text: t, .. } = o {
                text = t;
            }
            Ok(())
        })
        .unwrap();
    text
}

/// One column of a CSV answer.
fn column(csv: &str, name: &str) -> Vec<String> {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = header.iter().position(|c| *c == name).unwrap();
    lines
        .map(|l| l.split(',').nth(at).unwrap().to_string())
        .collect()
}

/// `top N` by two dimensions ranks the last within each value of the first.
#[test]
fn top_ranks_the_last_dimension_within_each_group() {
    assert_eq!(
        csv("applications where year >= 2022 by year, type top 1"),
        "year,type,value,unit,period,months_covered\n\
2022,first,32141,persons,2022,12\n\
2023,first,26587,persons,2023-01..2023-11,11\n"
    );
    assert_eq!(
        csv("decisions where year = 2023 by quarter, type top 2"),
        "quarter,type,value,unit,period,months_covered\n\
2023-Q1,refugee_status,2696,persons,2023-01..2023-03,3\n\
2023-Q1,refusal,2399,persons,2023-01..2023-03,3\n\
2023-Q2,refugee_status,3427,persons,2023-04..2023-06,3\n\
2023-Q2,refusal,2533,persons,2023-04..2023-06,3\n\
2023-Q3,refugee_status,2884,persons,2023-07..2023-09,3\n\
2023-Q3,refusal,2469,persons,2023-07..2023-09,3\n\
2023-Q4,refugee_status,2108,persons,2023-10..2023-11,2\n\
2023-Q4,refusal,1778,persons,2023-10..2023-11,2\n"
    );
    // With one dimension, the N largest rows of the answer, as before.
    assert_eq!(
        csv("applications where month = 2023-11 by country top 2"),
        "country,value,unit,period,months_covered\nSyrië,450,persons,2023-11,1\nPalestina,267,persons,2023-11,1\n"
    );
}

/// `having` keeps the computed rows whose column compares so.
#[test]
fn having_keeps_the_rows_that_compare() {
    assert_eq!(
        csv("applications where year = 2023 by month having value > 3000"),
        "month,value,unit,period,months_covered\n\
2023-08,3666,persons,2023-08,1\n\
2023-09,3254,persons,2023-09,1\n\
2023-10,3740,persons,2023-10,1\n\
2023-11,3232,persons,2023-11,1\n"
    );
    assert_eq!(
        csv("applications by quarter change having change < -300"),
        "quarter,value,unit,period,months_covered,change,change_pct\n\
2022-Q2,7834,persons,2022-04..2022-06,3,-383,-4.7\n\
2022-Q4,10235,persons,2022-10..2022-12,3,-350,-3.3\n\
2023-Q1,7828,persons,2023-01..2023-03,3,-2407,-23.5\n\
2023-Q2,7511,persons,2023-04..2023-06,3,-317,-4.0\n"
    );
    // A number with decimals, written with a point.
    assert_eq!(
        csv("applications by quarter change having change_pct < -4.5"),
        "quarter,value,unit,period,months_covered,change,change_pct\n\
2022-Q2,7834,persons,2022-04..2022-06,3,-383,-4.7\n\
2023-Q1,7828,persons,2023-01..2023-03,3,-2407,-23.5\n"
    );
    // Before `top` ranks: of the countries with 240 or more, at most 5.
    assert_eq!(
        csv("applications where month = 2023-11 by country having value >= 240 top 5"),
        "country,value,unit,period,months_covered\n\
Syrië,450,persons,2023-11,1\n\
Palestina,267,persons,2023-11,1\n\
Turkije,245,persons,2023-11,1\n\
Afghanistan,243,persons,2023-11,1\n"
    );
    assert_eq!(
        refusal("applications by quarter having change < 0"),
        (
            "`having` compares a column of the answer, and this answer has no column 'change'"
                .to_string(),
            vec!["this answer's columns to compare are value".to_string()]
        )
    );
}

/// A measure with a filter of its own: the share of subsequent applications
/// in 2023, 5,425 of 32,203, as a ratio to four decimals.
#[test]
fn a_measure_may_carry_its_own_filter() {
    assert_eq!(
        csv("applications[type = subsequent] / applications where year = 2023"),
        "value,unit,period,months_covered,applications,applications_2\n0.1685,ratio,2023-01..2023-11,11,5425,32203\n"
    );
    assert_eq!(
        csv("applications[type = subsequent] where year = 2023"),
        csv("applications where type = subsequent and year = 2023")
    );
    assert_eq!(
        refusal("applications / applications where year = 2023").0,
        "the same measure on both sides"
    );
}

/// `index 2022`: each row as a percent of its base period, like for like:
/// 2023 (January–November) against January–November 2022, 32,203 / 34,251.
#[test]
fn an_index_sets_each_row_against_the_same_months_of_its_base() {
    let (text, notes) = embedded("applications by year index 2022").unwrap();
    assert_eq!(
        text,
        "year,value,unit,period,months_covered,index\n2022,36871,persons,2022,12,100.0\n2023,32203,persons,2023-01..2023-11,11,94.0\n"
    );
    assert_eq!(
        notes,
        [
            "index: each row as a percent of its figure in 2022 (= 100), over the same months as its own.",
            "2023: 2023-01..2023-11 set against the same months of the base, 2022-01..2022-11."
        ]
    );
    // January to November 2022 is the base of 2023 without a time dimension too.
    assert_eq!(
        csv("applications where year = 2023 index 2022"),
        "value,unit,period,months_covered,index\n32203,persons,2023-01..2023-11,11,94.0\n"
    );
    let by_month = csv("applications where month >= 2023-09 by month index 2023-01");
    assert!(
        by_month.ends_with("2023-09,3254,persons,2023-09,1,116.8\n2023-10,3740,persons,2023-10,1,134.3\n2023-11,3232,persons,2023-11,1,116.1\n"),
        "{by_month}"
    );
    // Each type against its own base: 5,425 / 4,262 subsequent applications.
    let by_type = csv("applications by year, type index 2022");
    assert!(
        by_type.contains("\n2023,subsequent,5425,persons,2023-01..2023-11,11,127.3\n"),
        "{by_type}"
    );
    // The report holds no 2022 by country, nor a workload before 2023: no
    // index, and a note names the rows.
    let (text, notes) =
        embedded("applications where year = 2023 by country top 2 index 2022").unwrap();
    assert_eq!(
        text,
        "country,value,unit,period,months_covered,index\nSyrië,3836,persons,2023-01..2023-11,11,\nAfghanistan,3480,persons,2023-01..2023-11,11,\n"
    );
    assert_eq!(
        notes[1],
        "No index for Syrië, Afghanistan: the store does not hold the same months of 2022 whole."
    );
}

#[test]
fn an_index_is_refused_where_it_would_mean_nothing() {
    assert_eq!(
        refusal("protection_rate by year index 2022").0,
        "'index 2022' does not apply to a rate: a rate's change is in percentage points"
    );
    assert_eq!(
        refusal("applications by month index 2022"),
        (
            "index 2022 is no month: each row is set against a base period as long as its own".to_string(),
            vec!["by month takes a base of one month: index 2022 by year, index 2023-01 by month, index 2023-Q1 by quarter".to_string()]
        )
    );
    assert_eq!(
        refusal("applications by year index 2023-13").0,
        "index 2023-13: expected a year (2022), a month (2023-01) or a quarter (2023-Q1)"
    );
    assert_eq!(
        refusal("applications by year change index 2022").0,
        "'change' and 'index 2022' cannot be combined"
    );
}

/// Half-years: January–June and July–December, the second of 2023 partial.
#[test]
fn half_years_keep_their_months_and_name_a_partial_one() {
    let (text, notes) = embedded("applications where year = 2023 by half").unwrap();
    assert_eq!(
        text,
        "half,value,unit,period,months_covered\n2023-H1,15339,persons,2023-01..2023-06,6\n2023-H2,16864,persons,2023-07..2023-11,5\n"
    );
    assert_eq!(
        notes,
        ["2023-H2 is partial: the data covers 2023-07..2023-11 only."]
    );
    assert_eq!(
        csv("applications where half = 2023-H1"),
        "value,unit,period,months_covered\n15339,persons,2023-01..2023-06,6\n"
    );
    // Against the half-year before, like for like: July–November against January–May.
    let change = csv("applications by half change");
    assert!(
        change.ends_with("\n2023-H2,16864,persons,2023-07..2023-11,5,4280,34.0\n"),
        "{change}"
    );
    assert_eq!(
        refusal("applications where half = 2023-Q1").0,
        "a half-year is written YYYY-H1 or YYYY-H2, not 2023-Q1"
    );
}

/// The months of the year side by side across years: each row one month of
/// one year, the months not in the store named, never added across years.
#[test]
fn months_of_the_year_sit_side_by_side_across_years() {
    let (text, notes) = embedded("applications where year >= 2022 by month_of_year, year").unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 23, "{text}");
    assert_eq!(
        lines[..4],
        [
            "month_of_year,year,value,unit,period,months_covered",
            "1,2022,2680,persons,2022-01,1",
            "1,2023,2785,persons,2023-01,1",
            "2,2022,2290,persons,2022-02,1",
        ]
    );
    assert_eq!(lines[23], "12,2022,2620,persons,2022-12,1");
    assert_eq!(
        notes,
        ["No figure for 2023-12: the store holds none for these months."]
    );
    // One year needs no `year` beside it; a stock is its month's end.
    assert_eq!(
        csv("applications where year = 2023 by month_of_year limit 2"),
        "month_of_year,value,unit,period,months_covered\n1,2785,persons,2023-01,1\n2,2399,persons,2023-02,1\n"
    );
    let (text, notes) = embedded("workload where year = 2023 by month_of_year").unwrap();
    assert_eq!(
        text,
        "month_of_year,value,unit,period,months_covered\n11,24764,dossiers,2023-11,1\n"
    );
    assert_eq!(
        notes,
        ["No figure for 2023-01, 2023-02, 2023-03, 2023-04, 2023-05, 2023-06, 2023-07, 2023-08, 2023-09, 2023-10, 2023-12: the store holds none for these months."]
    );
    // A year to date by country is in no month of the year: a row of its own.
    let (text, notes) =
        embedded("applications where year = 2023 by month_of_year, country top 1").unwrap();
    assert_eq!(
        text,
        "month_of_year,country,value,unit,period,months_covered\n11,Syrië,450,persons,2023-11,1\n,Syrië,3386,persons,2023-01..2023-10,10\n"
    );
    assert!(
        notes[0]
            .starts_with("A row without a month of the year is one figure for a span of months"),
        "{notes:?}"
    );
}

#[test]
fn months_of_the_year_refuse_what_would_mix_years_or_run_along_time() {
    let (text, hints) = refusal("applications by month_of_year");
    assert_eq!(
        text,
        "`by month_of_year` over more than one year would add up the same month of different years"
    );
    assert_eq!(
        hints,
        ["set the years side by side: `applications where year >= 2022 by month_of_year, year`, or ask one year: `applications where year = 2023 by month_of_year`"]
    );
    assert_eq!(
        refusal("applications where year >= 2022 by month_of_year").0,
        "`by month_of_year` over more than one year would add up the same month of different years"
    );
    assert_eq!(
        refusal("applications where year = 2023 by month_of_year, quarter").0,
        "`month_of_year` goes with `year`, not with `quarter`: each row is already one month"
    );
    for modifier in ["change", "cumulative", "rolling 3 months", "index 2022"] {
        let query = format!("applications where year >= 2022 by month_of_year, year {modifier}");
        let (text, hints) = refusal(&query);
        assert_eq!(
            text,
            format!(
                "`{modifier}` reads the months in order, which `by month_of_year` does not give"
            )
        );
        assert_eq!(
            hints,
            ["ask it by month: `applications where year >= 2022 by month change yoy`"]
        );
    }
    assert_eq!(
        refusal("applications where month_of_year = 1 by year").0,
        "`month_of_year` is a dimension of `by`, not a filter; filter on `month` or `year`"
    );
}
