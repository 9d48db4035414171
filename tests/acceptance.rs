//! The answers the November 2023 report gives (shared acceptance list), run
//! against the embedded report through the library's one run path.

mod common;

use asylq::session::Session;
use asylq::store::Store;

/// Runs a query and returns its CSV (without notes) and its notes.
fn run(query: &str) -> (String, Vec<String>) {
    common::embedded(query).unwrap_or_else(|e| panic!("{query}: {e}"))
}

fn csv(query: &str) -> String {
    run(query).0
}

/// The `value` column, one entry per row.
fn values(query: &str) -> Vec<String> {
    let text = csv(query);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = header.iter().position(|c| *c == "value").unwrap();
    lines
        .map(|l| l.split(',').nth(at).unwrap().to_string())
        .collect()
}

#[test]
fn applications_in_one_month() {
    assert_eq!(
        csv("applications where month = 2023-11"),
        "value,unit,period,months_covered\n3232,persons,2023-11,1\n"
    );
    assert_eq!(
        csv("applications where month = 2023-11 by type"),
        "type,value,unit,period,months_covered\nfirst,2733,persons,2023-11,1\nresettlement,9,persons,2023-11,1\nsubsequent,490,persons,2023-11,1\n"
    );
}

#[test]
fn applications_by_year() {
    assert_eq!(
        csv("applications where year = 2022"),
        "value,unit,period,months_covered\n36871,persons,2022,12\n"
    );
    assert_eq!(
        csv("applications where year = 2023"),
        "value,unit,period,months_covered\n32203,persons,2023-01..2023-11,11\n"
    );
    assert_eq!(
        csv("applications"),
        "value,unit,period,months_covered\n69074,persons,2022-01..2023-11,23\n"
    );
    assert_eq!(
        values("applications where year = 2022 and type = resettlement"),
        ["78"]
    );
}

#[test]
fn applications_by_month() {
    assert_eq!(
        values("applications where year = 2023 by month"),
        ["2785", "2399", "2644", "2053", "2703", "2755", "2972", "3666", "3254", "3740", "3232"]
    );
    assert_eq!(
        values("applications where month >= 2023-06 and month <= 2023-08"),
        ["9393"]
    );
    assert_eq!(
        values("applications where month between 2023-06 and 2023-08"),
        ["9393"]
    );
}

#[test]
fn applications_by_country() {
    assert_eq!(
        csv("applications where month = 2023-11 by country top 3"),
        "country,value,unit,period,months_covered\nSyrië,450,persons,2023-11,1\nPalestina,267,persons,2023-11,1\nTurkije,245,persons,2023-11,1\n"
    );
    assert_eq!(
        csv("applications where year = 2023 and country = \"Afghanistan\" by type"),
        "type,value,unit,period,months_covered\nfirst,2362,persons,2023-01..2023-11,11\nresettlement,0,persons,2023-01..2023-11,11\nsubsequent,1118,persons,2023-01..2023-11,11\n"
    );
    assert_eq!(
        values("applications where year = 2023 and country = \"SYR\""),
        ["3836"]
    );
    assert_eq!(
        values("applications where month = 2023-11 and country = other"),
        ["1218"]
    );
}

#[test]
fn decisions_national() {
    assert_eq!(
        csv("decisions where month = 2023-11 by type"),
        "type,value,unit,period,months_covered\ninterim,112,persons,2023-11,1\nrefugee_status,928,persons,2023-11,1\nsubsidiary_protection,34,persons,2023-11,1\ninadmissible,379,persons,2023-11,1\nmanifestly_unfounded,36,persons,2023-11,1\nrefusal,796,persons,2023-11,1\nwithdrawal,1,persons,2023-11,1\n"
    );
    assert_eq!(values("decisions where month = 2023-11"), ["2286"]);
    assert_eq!(
        csv("decisions where year = 2023 and unit = dossiers"),
        "value,unit,period,months_covered\n23083,dossiers,2023-01..2023-11,11\n"
    );
    assert_eq!(
        values("decisions where type = refugee_status and year = 2023 by month"),
        ["766", "777", "1153", "1174", "1114", "1139", "921", "825", "1138", "1180", "928"]
    );
    assert_eq!(
        values("decisions where type = negative and year = 2023"),
        ["14179"]
    );
    assert_eq!(
        values("decisions where type = final and month = 2023-11 and unit = dossiers"),
        ["1787"]
    );
}

#[test]
fn decisions_by_country_are_year_to_date() {
    assert_eq!(
        csv("decisions where country = \"Syrië\" by type"),
        "type,value,unit,period,months_covered\nrefugee_status,2466,persons,2023-01..2023-11,11\nsubsidiary_protection,49,persons,2023-01..2023-11,11\nwithdrawal,8,persons,2023-01..2023-11,11\nnegative,376,persons,2023-01..2023-11,11\n"
    );
    let (text, notes) = run("decisions where country = \"Syrië\" by month");
    assert_eq!(
        text,
        "month,value,unit,period,months_covered\n2023-01..2023-11,2899,persons,2023-01..2023-11,11\n"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("By country, the report gives the year to date")),
        "{notes:?}"
    );
}

#[test]
fn workload_is_a_stock() {
    assert_eq!(
        csv("workload"),
        "value,unit,period,months_covered\n24764,dossiers,2023-11,1\n"
    );
    assert_eq!(
        csv("workload by type"),
        "type,value,unit,period,months_covered\ntotal,24764,dossiers,2023-11,1\nnormal,6500,dossiers,2023-11,1\nbacklog,18264,dossiers,2023-11,1\n"
    );
    assert_eq!(values("workload where unit = persons"), ["29742"]);
    assert_eq!(values("workload where year = 2023"), ["24764"]);
}

#[test]
fn protection_rate_is_a_ratio_of_sums() {
    assert_eq!(
        csv("protection_rate where month = 2023-11"),
        "value,unit,period,months_covered,basis,granted,decided\n41.5,percent,2023-11,1,dossiers,742,1786\n"
    );
    assert_eq!(
        csv("protection_rate where year = 2023"),
        "value,unit,period,months_covered,basis,granted,decided\n43.1,percent,2023-01..2023-11,11,dossiers,9430,21858\n"
    );
    assert_eq!(
        csv("protection_rate where year = 2023 and unit = persons"),
        "value,unit,period,months_covered,basis,granted,decided\n44.8,percent,2023-01..2023-11,11,persons,11486,25665\n"
    );
    assert_eq!(
        values("protection_rate where year = 2023 by month"),
        ["42.5", "39.8", "41.8", "47.9", "45.7", "44.8", "40.9", "39.7", "44.2", "44.0", "41.5"]
    );
    let (text, notes) = run("protection_rate where country = \"Syrië\"");
    assert_eq!(
        text,
        "value,unit,period,months_covered,basis,granted,decided\n87.0,percent,2023-01..2023-11,11,persons,2515,2891\n"
    );
    assert!(notes[0].contains("persons only"));
}

#[test]
fn unknown_country_is_an_error_with_suggestions() {
    let mut session = Session::new(Store::embedded().unwrap()).unwrap();
    let err = session
        .run("applications where country = \"Atlantis\"", &mut |_| Ok(()))
        .unwrap_err();
    let asylq::error::Error::Query(d) = err else {
        panic!("not a query error")
    };
    assert_eq!(d.text(), "unknown country \"Atlantis\"");
    assert_eq!(d.span, Some(29..39));
    assert_eq!(
        d.hint_texts(),
        ["did you mean \"Albanië\", \"Palestina\", \"Afghanistan\"?"]
    );
}

#[test]
fn a_country_outside_the_top_ten_is_inside_other() {
    let (text, notes) = run("applications where country = \"Ukraine\"");
    assert_eq!(text, "value,unit,period,months_covered\n");
    assert_eq!(
        notes[1],
        "Oekraïne is not among the countries the report lists for applications: its figures are inside `other` (\"Andere landen\"), which the report does not split."
    );
}

#[test]
fn decisions_by_country_are_final_decisions_only() {
    let (text, notes) = run("decisions where year = 2023 by country");
    let total: i64 = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap().parse::<i64>().unwrap())
        .sum();
    assert_eq!(total, 25735);
    assert_eq!(values("decisions where year = 2023"), ["27126"]);
    assert_eq!(
        notes[0],
        "By country the report counts final decisions only: national decisions also count interim ones, so figures by country add up to less than the national total."
    );
}
