//! The answers a journalist's history store gives (the November 2023 report
//! beside the pages and overviews of `tests/history/`), each for a defect
//! readers of the sources found: rows that claimed more months than they
//! cover, running totals through a rest of the year, a month's rate shown
//! as a year's, stored bases called missing, ranks read from the wrong
//! sentence, and `last N months` past a year held only as a year.

mod common;

use asylq::session::Session;

fn store(extra: &[(&str, &str)]) -> (tempfile::TempDir, Session) {
    let mut files = common::stores::history();
    files.extend(extra.iter().map(|(n, t)| (n.to_string(), t.to_string())));
    let (dir, store) = common::stores::store_with(&files, false);
    (dir, Session::new(store).unwrap())
}

fn ask(s: &mut Session, q: &str) -> (String, Vec<String>) {
    common::answers(s, q).unwrap_or_else(|e| panic!("{q}: {e}"))
}

#[test]
fn the_rest_of_an_overview_s_year_counts_the_months_it_stands_for() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "applications where year = 2016 by month");
    assert_eq!(
        text,
        "month,value,unit,period,months_covered\n2016-01..2016-09,12619,persons,2016-01..2016-09,8\n2016-05,1193,persons,2016-05,1\n2016-10,1705,persons,2016-10,1\n2016-11,1614,persons,2016-11,1\n2016-12,1579,persons,2016-12,1\n"
    );
    assert!(notes.contains(&"2016-01..2016-09 stands for 2016-01, 2016-02, 2016-03, 2016-04, 2016-06, 2016-07, 2016-08, 2016-09 only: the other months of the span have rows of their own.".to_string()), "{notes:?}");
    // `top` ranks months: the rest, of eight months together, is none.
    let (text, notes) = ask(&mut s, "applications where year = 2016 by month top 1");
    assert_eq!(
        text,
        "month,value,unit,period,months_covered\n2016-10,1705,persons,2016-10,1\n"
    );
    assert!(notes.contains(&"Left out of top, as they stand for several months together and are no month to rank: 2016-01..2016-09.".to_string()), "{notes:?}");
}

#[test]
fn a_running_total_never_passes_through_a_rest_of_the_year() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "applications where year = 2021 by month cumulative");
    // The rest of 2021 holds December: no month's running total can be told.
    // September is the page's total (3,326) less its 237 resettled: the
    // registered are stated only as "more than 3,000".
    assert_eq!(
        text,
        "month,value,unit,period,months_covered,cumulative\n2021-01..2021-12,18772,persons,2021,10,\n2021-02,1422,persons,2021-02,1,\n2021-09,3326,persons,2021-09,1,\n2021-11,2451,persons,2021-11,1,\n"
    );
    assert!(notes.contains(&"No running total for 2021, 2021-02, 2021-09, 2021-11: 2021 stands for several months together, so it is no step of a running total and the total at a month inside it cannot be told; a running total after its last month, in the same year, includes it.".to_string()), "{notes:?}");
}

#[test]
fn the_largest_month_of_a_year_known_partly_together_cannot_be_told() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "applications where year = 2016 max per month");
    // The four months the pages give are whole; the other eight are known
    // only together, as `by month` shows them (2016-01..2016-09 less May).
    // The row that cannot be told is of every month its figures cover.
    assert_eq!(
        text,
        "value,unit,period,months_covered,months,month\n,persons,2016,12,4,\n"
    );
    assert!(notes.contains(&"The month of the largest figure cannot be told: 2016-01..2016-09 gives 8 months only together, and any of them may be that month.".to_string()), "{notes:?}");
    // The average per month still counts the overview's year as twelve.
    let (text, _) = ask(&mut s, "applications where year = 2016 average per month");
    assert_eq!(
        text,
        "value,unit,period,months_covered,months\n1559.2,persons,2016,12,12\n"
    );
    // In 2021 February's page gives no resettlement, so the rest of the
    // year holds February's resettled: February counts once, and the
    // average is the overview's own (about 2,164 a month).
    let (text, _) = ask(&mut s, "applications where year = 2021 average per month");
    assert_eq!(
        text,
        "value,unit,period,months_covered,months\n2164.3,persons,2021,12,12\n"
    );
}

/// By quarter, a year known whole from its overview counts as its four
/// quarters in an average (18,710 / 4), while its largest quarter cannot
/// be told; before, the year was "left out" as a first quarter covered in
/// part and the answer was empty.
#[test]
fn a_year_known_whole_is_its_four_quarters_in_an_average() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "applications where year = 2016 average per quarter");
    assert_eq!(
        text,
        "value,unit,period,months_covered,quarters\n4677.5,persons,2016,12,4\n"
    );
    assert_eq!(
        notes,
        ["average per quarter: taken over whole quarters only."]
    );
    let (text, notes) = ask(&mut s, "applications where year = 2016 max per quarter");
    assert_eq!(
        text,
        "value,unit,period,months_covered,quarters,quarter\n,persons,2016,12,0,\n"
    );
    assert!(notes.contains(&"The quarter of the largest figure cannot be told: 2016-01..2016-12 gives 12 months only together, and any quarter inside may be that quarter.".to_string()), "{notes:?}");
    // Over several years, each year known only together is named apart,
    // and the quarters covered in part are still named.
    let (_, notes) = ask(&mut s, "applications where year >= 2016 max per quarter");
    assert!(notes.contains(&"The quarter of the largest figure cannot be told: each of 2016-01..2016-12, 2017-01..2017-12, 2021-01..2021-12 gives its months only together (36 months in all), and any quarter inside may be that quarter.".to_string()), "{notes:?}");
    assert!(notes.contains(&"Left out, because the data covers only part of them: 2019-Q2, 2019-Q3, 2019-Q4, 2023-Q4.".to_string()), "{notes:?}");
    let (text, _) = ask(&mut s, "applications where year = 2023 average per quarter");
    assert_eq!(
        text,
        "value,unit,period,months_covered,quarters\n8410.3,persons,2023-01..2023-09,9,3\n"
    );
}

/// Two rests of one year, one per type, are named with their types, and a
/// quarter inside both names their year once.
#[test]
fn rests_of_one_year_by_type_are_named_with_their_types() {
    let (_d, mut s) = store(&[]);
    let (_, notes) = ask(&mut s, "applications where year = 2021 by quarter, type");
    assert!(notes.contains(&"On no quarter's row: 2021 registered (18,107), 2021 resettlement (665): a yearly overview's figure (its year, or the rest of it beside the months given on their own) that stands for months of several quarters together; `by month` shows it.".to_string()), "{notes:?}");
    assert!(notes.contains(&"2021-Q1 covers 1 of 3 months (the sum of those the store holds); 2021-01, 2021-03 are inside 2021, a figure for several periods together on no row (below).".to_string()), "{notes:?}");
}

/// A rest of a year has no change: its months are known only together,
/// which is said as such, not as a base of another definition.
#[test]
fn a_rest_of_the_year_has_no_change_and_says_why() {
    let (_d, mut s) = store(&[]);
    let q = "applications where year between 2016 and 2017 by month change yoy";
    let (_, notes) = ask(&mut s, q);
    assert!(notes.contains(&"No change for 2016-01..2016-09, 2017-01..2017-12: each stands for months known only together (the rest of a yearly overview's year, beside the months given on their own), and the store holds no figure for those same months of the period compared.".to_string()), "{notes:?}");
    assert!(notes.contains(&"No change where the months compared are stored but not like for like (one side counts resettled, relocated or other types of figure the other does not give): 2017-05 (against 2016-05).".to_string()), "{notes:?}");
}

/// A half-year covered in part is set against the same calendar months of
/// the base only: October–December 2016 has no index on 2022-H1, whose
/// months are January–June; May 2016 is set against May 2022.
#[test]
fn a_part_of_a_period_is_indexed_only_on_the_same_calendar_months() {
    let (_d, mut s) = store(&[]);
    let q = "applications where year >= 2016 by half index 2022-H1";
    let (text, notes) = ask(&mut s, q);
    assert!(
        text.contains("\n2016-H1,1193,persons,2016-05,1,46.7\n"),
        "{text}"
    );
    assert!(
        text.contains("\n2016-H2,4898,persons,2016-10..2016-12,3,\n"),
        "{text}"
    );
    assert!(
        text.contains("\n2022-H2,20820,persons,2022-07..2022-12,6,129.7\n"),
        "{text}"
    );
    assert!(notes.contains(&"No index for 2016-H2, 2017-H2, 2019-H2, 2021-H2, 2023-H2: each covers only part of its period, and the same place in 2022-H1 holds other months of the year; an index sets a part of a period only against the same calendar months.".to_string()), "{notes:?}");
}

/// A running total over years needs every month from the first January
/// on: a year covered in part (2019's four pages) stops it, with a note.
#[test]
fn a_running_total_over_years_stops_at_a_year_covered_in_part() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "applications where year >= 2016 by year cumulative");
    assert_eq!(
        text,
        "year,value,unit,period,months_covered,cumulative
2016,18710,persons,2016,12,18710
2017,19688,persons,2017,12,38398
2019,9379,persons,2019-05..2019-11,4,
2021,25971,persons,2021,12,
2022,36871,persons,2022,12,
2023,32203,persons,2023-01..2023-11,11,
"
    );
    assert!(notes.contains(&"No running total for 2019, 2021, 2022, 2023: a running total over years needs every month from the first year's January on, and that year or one before it lacks months (the store lacks them, Eurostat marks them not available, or the filter leaves them out); it is never a total over less.".to_string()), "{notes:?}");
    let (text, _) = ask(&mut s, "applications where year >= 2022 by year cumulative");
    assert!(
        text.ends_with("2023,32203,persons,2023-01..2023-11,11,69074\n"),
        "{text}"
    );
}

/// A page's printed total is no derived figure, though one of its parts
/// is (its first applications, the files less the multiple ones).
#[test]
fn a_page_s_printed_total_is_not_called_derived() {
    let page = include_str!("pages/nl-2015-07.txt");
    let (_d, mut s) = store(&[("nl-2015-07.txt", page)]);
    let (text, notes) = ask(&mut s, "applications where month = 2015-07");
    assert_eq!(
        text,
        "value,unit,period,months_covered\n2975,files,2015-07,1\n"
    );
    assert!(notes.iter().all(|n| !n.contains("derived")), "{notes:?}");
    let (_, notes) = ask(&mut s, "applications where month = 2015-07 by type");
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Some figures are derived")),
        "{notes:?}"
    );
    // A page's total less its resettled, beside them, is its printed total
    // (2021-09: 3,326), and so is a total less its resettled and relocated.
    let (text, notes) = ask(&mut s, "applications where month = 2021-09");
    assert_eq!(
        text,
        "value,unit,period,months_covered\n3326,persons,2021-09,1\n"
    );
    assert!(notes.iter().all(|n| !n.contains("derived")), "{notes:?}");
    let (text, notes) = ask(&mut s, "applications where month = 2017-09");
    assert_eq!(
        text,
        "value,unit,period,months_covered\n1898,persons,2017-09,1\n"
    );
    assert!(notes.iter().all(|n| !n.contains("derived")), "{notes:?}");
    // Its decisions are in dossiers only: an answer in persons says so,
    // never that the store holds none.
    let (text, notes) = ask(&mut s, "decisions where month = 2015-07");
    assert_eq!(text, "value,unit,period,months_covered\n");
    assert_eq!(notes, ["The sources give these figures in dossiers, not in persons: ask `where unit = dossiers`; asylq never converts one unit into the other."]);
}

#[test]
fn a_year_s_rate_is_never_a_month_s_published_rate() {
    let (_d, mut s) = store(&[]);
    // 2016's overview publishes its rate over persons: no rate in dossiers.
    let (text, notes) = ask(&mut s, "protection_rate where year >= 2016 by year");
    assert_eq!(
        text,
        "year,value,unit,period,months_covered,basis,granted,decided\n2016,,percent,2016,0,dossiers,,\n2017,50.7,percent,2017,12,dossiers,,\n2019,,percent,2019,0,dossiers,,\n2021,43.5,percent,2021,12,dossiers,,\n2022,43.0,percent,2022,12,dossiers,,\n2023,43.1,percent,2023-01..2023-11,11,dossiers,9430,21858\n"
    );
    assert!(notes.contains(&"No rate for 2019: some of its months only statistics pages cover, each with its own month's rate; rates are never averaged or combined, and no rate is computed over less than its period.".to_string()), "{notes:?}");
    // `having` leaves the row without a rate out, and says so.
    let (text, notes) = ask(
        &mut s,
        "protection_rate where year >= 2016 by year having value > 45",
    );
    assert_eq!(
        text,
        "year,value,unit,period,months_covered,basis,granted,decided\n2017,50.7,percent,2017,12,dossiers,,\n"
    );
    assert!(
        notes.contains(&"Left out of having, as they have no value: 2016, 2019.".to_string()),
        "{notes:?}"
    );
}

#[test]
fn stored_bases_are_found_across_levels_and_overviews() {
    let (_d, mut s) = store(&[]);
    // 2021 is stored whole in its overview (25,971).
    let (text, _) = ask(&mut s, "applications where year >= 2021 by year change");
    assert!(
        text.contains("\n2022,36871,persons,2022,12,10900,42.0\n"),
        "{text}"
    );
    // The 2021-11 page's registered (2,404) and resettled (47) against the
    // report's first, subsequent and resettled of 2022-11.
    let (text, _) = ask(
        &mut s,
        "applications where month = 2022-11 by month change yoy",
    );
    assert_eq!(
        text,
        "month,value,unit,period,months_covered,change,change_pct\n2022-11,3391,persons,2022-11,1,940,38.4\n"
    );
    // The 2022-02 page's 1,830 persons against the report's decisions by type.
    let (text, _) = ask(
        &mut s,
        "decisions where unit = persons and month = 2023-02 by month change yoy",
    );
    assert_eq!(
        text,
        "month,value,unit,period,months_covered,change,change_pct\n2023-02,2094,persons,2023-02,1,264,14.4\n"
    );
    // `index` on the same base agrees with `change`.
    let (text, _) = ask(&mut s, "applications where year >= 2021 by year index 2021");
    assert!(
        text.contains("\n2022,36871,persons,2022,12,142.0\n"),
        "{text}"
    );
}

#[test]
fn by_source_says_a_year_s_missing_months_once() {
    let (_d, mut s) = store(&[]);
    let (_, notes) = ask(&mut s, "applications where year = 2019 by source");
    let missing: Vec<&String> = notes.iter().filter(|n| n.contains("covers")).collect();
    assert_eq!(
        missing,
        ["The figure covers 4 of 12 months (the sum of those the store holds); missing: 2019-01, 2019-02, 2019-03, 2019-04, 2019-06, 2019-07, 2019-09, 2019-12."]
    );
}

/// A 2024 overview after the November 2023 report: the last months count
/// back from November 2023, and the answer says that 2024 is held only as
/// a year.
#[test]
fn the_last_months_count_back_from_the_newest_month_held_as_a_month() {
    let overview = "Asielstatistieken: overzicht 2024

In 2024 dienden 39.615 personen een verzoek om internationale bescherming in bij de DVZ.
";
    let (_d, mut s) = store(&[("overzicht-2024.txt", overview)]);
    let (text, notes) = ask(&mut s, "applications last 3 months by month");
    assert_eq!(
        text,
        "month,value,unit,period,months_covered\n2023-09,3254,persons,2023-09,1\n2023-10,3740,persons,2023-10,1\n2023-11,3232,persons,2023-11,1\n"
    );
    assert!(notes.contains(&"The last months count back from 2023-11, the newest month the store holds on its own; a source reaches 2024-12 only as part of a longer period (a yearly overview), which gives no month of its own.".to_string()), "{notes:?}");
}

/// A stock by type is of one month: February's total, normal workload and
/// backlog (the real February 2018 page's), not April's total beside them
/// (an April page of figures of our own that states the total only).
#[test]
fn a_stock_by_type_is_of_one_month() {
    let page = "Asielstatistieken april 2018

In april 2018 registreerde de DVZ 1.700 verzoekers om internationale bescherming.

Eind april 2018 bedroeg de totale werklast 6.900 dossiers.
";
    let february = "Asielstatistieken februari 2018

In februari registreerde de DVZ 1.589 asielzoekers.

Eind februari 2018 bedroeg de totale werklast 7.700 dossiers. 4.500 dossiers kunnen als een normale werklast worden beschouwd. 3.200 dossiers maken de reële achterstand uit.
";
    let (_d, mut s) = store(&[("nl-2018-02.txt", february), ("nl-2018-04.txt", page)]);
    let (text, _) = ask(&mut s, "workload where year = 2018 by type");
    assert_eq!(
        text,
        "type,value,unit,period,months_covered\ntotal,7700,dossiers,2018-02,1\nnormal,4500,dossiers,2018-02,1\nbacklog,3200,dossiers,2018-02,1\n"
    );
    assert_eq!(
        ask(&mut s, "workload where year = 2018").0,
        "value,unit,period,months_covered\n6900,dossiers,2018-04,1\n"
    );
}

/// A running total over quarters needs every month from January: 2016's
/// quarters hold May and October–December only.
#[test]
fn a_running_total_never_sums_over_missing_months() {
    let (_d, mut s) = store(&[]);
    let (text, _) = ask(
        &mut s,
        "applications where year = 2016 by quarter cumulative",
    );
    assert_eq!(
        text,
        "quarter,value,unit,period,months_covered,cumulative\n2016-Q2,1193,persons,2016-05,1,\n2016-Q4,4898,persons,2016-10..2016-12,3,\n"
    );
    let (text, _) = ask(
        &mut s,
        "applications where year = 2022 by quarter cumulative",
    );
    assert!(text.ends_with(",36871\n"), "{text}");
}

/// Pages of 2016 that state a month's decisions but no rate: the rate is
/// empty, and the note says why.
#[test]
fn an_empty_rate_says_why() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "protection_rate where year = 2016 by month");
    assert_eq!(
        text,
        "month,value,unit,period,months_covered,basis,granted,decided\n2016-10,,percent,2016-10,1,dossiers,,\n2016-11,,percent,2016-11,1,dossiers,,\n2016-12,,percent,2016-12,1,dossiers,,\n"
    );
    assert!(notes.contains(&"No rate for 2016-10, 2016-11, 2016-12: its sources state neither a rate on its basis (the `basis` column) nor the outcomes of the decisions (only how many were taken), and asylq never guesses one.".to_string()), "{notes:?}");
}

#[test]
fn a_month_s_ranking_stands_beside_the_year_s_and_its_counts_never_rank_it_again() {
    let (_d, mut s) = store(&[]);
    let (text, _) = ask(&mut s, "show top10");
    let of = |period: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with(&format!("{period},")))
            .map(|l| l.split(',').take(3).collect::<Vec<_>>().join(","))
            .collect()
    };
    // The 2016 overview ranks its year; October's page ranks October, as
    // its own sentence orders it (Syria first), once.
    assert_eq!(
        of("2016"),
        [
            "2016,1,Afghanistan",
            "2016,2,Syrië",
            "2016,3,Irak",
            "2016,4,Guinee",
            "2016,5,Somalië"
        ]
    );
    assert_eq!(
        of("2016-10"),
        [
            "2016-10,1,Syrië",
            "2016-10,2,Turkije",
            "2016-10,3,Afghanistan",
            "2016-10,4,Irak",
            "2016-10,5,Albanië"
        ]
    );
    // Turkey, Guinea and Venezuela share a count (69 each): the page's
    // order stands, with no second listing ranked by the counts.
    assert_eq!(of("2019-11").len(), 10);
    assert_eq!(of("2019-11")[9], "2019-11,10,Venezuela");
    // The months under an overview's year keep their ranks.
    for month in ["2016-05", "2017-04", "2021-11", "2022-02", "2022-10"] {
        assert!(!of(month).is_empty(), "{month} lost its ranks:\n{text}");
    }
}

#[test]
fn a_month_s_base_a_year_earlier_is_found_whatever_the_filter() {
    let (_d, mut s) = store(&[]);
    // An overview's whole year is a base for a year, never for its months:
    // unfiltered, September and November 2022 meet the 2021 pages.
    for q in [
        "applications by month change yoy",
        "applications where year = 2022 by month change yoy",
    ] {
        let (text, _) = ask(&mut s, q);
        assert!(
            text.contains("\n2022-09,4009,persons,2022-09,1,683,20.5\n"),
            "{q}:\n{text}"
        );
        assert!(
            text.contains("\n2022-11,3391,persons,2022-11,1,940,38.4\n"),
            "{q}:\n{text}"
        );
    }
}

#[test]
fn a_rest_of_the_year_without_resettlement_is_named_beside_months_with_it() {
    let (_d, mut s) = store(&[]);
    // The 2017 overview states the registered only (19,688): the rest of
    // its year (15,381) counts no resettled or relocated persons, while
    // May and September count both and April its relocated (59) only.
    let (text, notes) = ask(&mut s, "applications where year = 2017 by month");
    assert_eq!(
        text,
        "month,value,unit,period,months_covered\n2017-01..2017-12,15381,persons,2017,9\n2017-04,1424,persons,2017-04,1\n2017-05,1643,persons,2017-05,1\n2017-09,1898,persons,2017-09,1\n"
    );
    let mixed: Vec<&String> = notes.iter().filter(|n| n.starts_with("Mixed")).collect();
    assert_eq!(
        mixed,
        [
            "Mixed definitions: the applicants of 2017, 2017-04 include no resettlement (their sources state none); the other rows include it.",
            "Mixed definitions: the applicants of 2017 include no relocation (their sources state none); the other rows of 2015-09..2018-12, when it ran, include it."
        ]
    );
    // By year, the overviews' registered-only years beside the report's
    // totals with resettlement.
    let (_, notes) = ask(&mut s, "applications where year >= 2016 by year");
    assert!(
        notes.contains(&"Mixed definitions: the applicants of 2016, 2017, 2019-05, 2019-08, 2019-10, 2019-11 include no resettlement (their sources state none); the other rows include it.".to_string()),
        "{notes:?}"
    );
}

#[test]
fn a_rate_published_over_persons_is_stored_over_persons_and_named_where_dossiers_are_asked() {
    let (_d, mut s) = store(&[]);
    // "… 57,7 % … op het totaal van de personen met een eindbeslissing".
    let (text, _) = ask(
        &mut s,
        "protection_rate where year = 2016 and unit = persons",
    );
    assert_eq!(
        text,
        "value,unit,period,months_covered,basis,granted,decided\n57.7,percent,2016,12,persons,,\n"
    );
    let (text, notes) = ask(&mut s, "protection_rate where year = 2016");
    assert_eq!(
        text,
        "value,unit,period,months_covered,basis,granted,decided\n,percent,2016,0,dossiers,,\n"
    );
    assert!(
        notes.contains(&"A rate over persons, not over dossiers, is published for 2016 (57.7 %): ask with `where unit = persons`.".to_string()),
        "{notes:?}"
    );
    // The 2017 overview's rate is over final decisions: dossiers.
    let (text, _) = ask(&mut s, "protection_rate where year = 2017");
    assert_eq!(
        text,
        "value,unit,period,months_covered,basis,granted,decided\n50.7,percent,2017,12,dossiers,,\n"
    );
}

#[test]
fn a_base_of_another_definition_is_told_from_a_base_not_stored() {
    let (_d, mut s) = store(&[]);
    // 2021-02's page counts the registered only, 2022-02 its resettled too;
    // the other months of 2021 lie inside the overview's rest of the year.
    let (_, notes) = ask(&mut s, "applications where year = 2022 by month change yoy");
    assert!(
        notes.contains(&"No change where the months compared are stored but not like for like (one side counts resettled, relocated or other types of figure the other does not give): 2022-02 (against 2021-02).".to_string()),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.starts_with("No change where the store lacks the base figure for every month compared: 2022-01 (needs 2021-01), 2022-03 (needs 2021-03)")),
        "{notes:?}"
    );
    // A rate counts no resettled persons: its notes never say so.
    let (_, notes) = ask(&mut s, "protection_rate by year change");
    assert!(
        notes.iter().all(|n| !n.contains("like for like")),
        "{notes:?}"
    );
    // An index on the year before agrees with the change, type by type.
    let (text, _) = ask(
        &mut s,
        "applications where type = registered by year change",
    );
    assert!(
        text.contains("\n2022,36793,persons,2022,12,11771,47.0\n"),
        "{text}"
    );
    let (text, _) = ask(
        &mut s,
        "applications where type = registered by year index 2021",
    );
    assert!(
        text.contains("\n2022,36793,persons,2022,12,147.0\n"),
        "{text}"
    );
}

#[test]
fn a_rest_of_the_year_across_quarters_is_named_by_quarter_and_by_half() {
    let (_d, mut s) = store(&[]);
    // The rest of 2016 (the overview's 18,710 less its pages' months)
    // stands for months of three quarters: on no quarter's row.
    let (text, notes) = ask(&mut s, "applications where year = 2016 by quarter");
    assert_eq!(
        text,
        "quarter,value,unit,period,months_covered\n2016-Q2,1193,persons,2016-05,1\n2016-Q4,4898,persons,2016-10..2016-12,3\n"
    );
    assert!(
        notes.contains(&"On no quarter's row: 2016-01..2016-09 (12,619): a yearly overview's figure (its year, or the rest of it beside the months given on their own) that stands for months of several quarters together; `by month` shows it.".to_string()),
        "{notes:?}"
    );
    // The months 2016-Q2 lacks are inside that rest, not missing.
    assert!(
        notes.contains(&"2016-Q2 covers 1 of 3 months (the sum of those the store holds); 2016-04, 2016-06 are inside 2016-01..2016-09, a figure for several periods together on no row (below).".to_string()),
        "{notes:?}"
    );
    assert!(notes.iter().all(|n| !n.contains("missing")), "{notes:?}");
    let (_, notes) = ask(&mut s, "applications where year = 2021 by half");
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("On no half-year's row: 2021 (18,772)")),
        "{notes:?}"
    );
    assert!(
        notes.contains(&"2021-H2 covers 2 of 6 months (the sum of those the store holds); 2021-07, 2021-08, 2021-10, 2021-12 are inside 2021, a figure for several periods together on no row (below).".to_string()),
        "{notes:?}"
    );
}

#[test]
fn a_year_taken_whole_names_no_mixed_definitions_of_months_it_does_not_show() {
    let (_d, mut s) = store(&[]);
    // The 2021 overview answers 2021 whole: the pages of its months, which
    // count registered applicants only, are not in this answer.
    let (_, notes) = ask(&mut s, "applications where year >= 2021 by year");
    assert!(
        notes.iter().all(|n| !n.starts_with("Mixed definitions")),
        "{notes:?}"
    );
    let (_, notes) = ask(&mut s, "applications where year = 2021 by month");
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Mixed definitions: the applicants of 2021-02")),
        "{notes:?}"
    );
}

#[test]
fn two_published_rates_of_whole_years_change_in_points() {
    let (_d, mut s) = store(&[]);
    // The 2021 overview's 43.5 % against the 2022 overview's 43.0 %,
    // though the 2022 overview also states its count of decisions.
    let (text, notes) = ask(&mut s, "protection_rate where year >= 2021 by year change");
    assert_eq!(
        text,
        "year,value,unit,period,months_covered,basis,granted,decided,change_pp\n2021,43.5,percent,2021,12,dossiers,,,\n2022,43.0,percent,2022,12,dossiers,,,-0.5\n2023,43.1,percent,2023-01..2023-11,11,dossiers,9430,21858,\n"
    );
    assert!(
        notes.contains(&"No change where the store lacks the base figure for every month compared: 2021 (needs 2020-01..2020-12), 2023 (needs 2022-01..2022-11).".to_string()),
        "{notes:?}"
    );
}

/// The English twin of the 2016 overview, its text cut short in the middle
/// of its ranking sentence (as the site's text of that year is).
const EN_2016_CUT: &str = "Asylum statistics - general overview 2016

In 2016, 18,710 persons applied for international protection in Belgium.

Afghanistan, Syria and Iraq again lead the countries of origin in 2016, followed by Guinea
";

#[test]
fn twin_rankings_that_agree_are_one_ranking_and_a_filter_keeps_a_year() {
    let (_d, mut s) = store(&[("en-overview-2016.txt", EN_2016_CUT)]);
    // The English twin names four places, the Dutch five: they agree on
    // the four, so the year keeps its fifth, whichever was loaded last.
    let (text, _) = ask(&mut s, "show top10 where year = 2016 and month >= 2016-01");
    let year: Vec<&str> = text.lines().filter(|l| l.starts_with("2016,")).collect();
    assert_eq!(year.len(), 5, "{text}");
    assert!(
        year[4].starts_with("2016,5,Somalië,\"nl-overview-2016.txt"),
        "{text}"
    );
    assert!(year[3].starts_with("2016,4,Guinee,"), "{text}");
    // Only 2016's periods are listed.
    assert!(
        text.lines().skip(1).all(|l| l.starts_with("2016")),
        "{text}"
    );
    let (text, _) = ask(
        &mut s,
        "show top10 where year = 2016 and country = \"Syria\"",
    );
    assert_eq!(
        text.lines()
            .map(|l| l.split(',').take(3).collect::<Vec<_>>().join(","))
            .collect::<Vec<_>>(),
        [
            "month,rank,country",
            "2016-05,2,Syrië",
            "2016-10,1,Syrië",
            "2016-11,1,Syrië",
            "2016-12,1,Syrië",
            "2016,2,Syrië"
        ]
    );
}

#[test]
fn twin_rankings_that_disagree_leave_the_newer_alone() {
    let other = EN_2016_CUT.replace("Afghanistan, Syria and Iraq", "Syria, Afghanistan and Iraq");
    let (_d, mut s) = store(&[("en-overview-2016.txt", other.as_str())]);
    let (text, _) = ask(&mut s, "show top10 where year = 2016");
    // One source's ranking, whole: never places of both.
    let files: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("2016,"))
        .map(|l| l.split(',').nth(3).unwrap())
        .collect();
    assert!(files.len() == 4 || files.len() == 5, "{text}");
    assert!(files.iter().all(|f| *f == files[0]), "{text}");
}

#[test]
fn show_takes_a_filter_after_top10_only_and_on_periods_and_countries() {
    let (_d, mut s) = store(&[]);
    let err = common::answers(&mut s, "show sources where year = 2016").unwrap_err();
    assert_eq!(err.to_string(), "`show` takes a filter only after `top10`");
    let err = common::answers(&mut s, "show top10 where type = registered").unwrap_err();
    assert_eq!(
        err.to_string(),
        "`show top10 where` keeps periods and countries only"
    );
    let (text, notes) = ask(&mut s, "show top10 where year = 2031");
    assert_eq!(text, "month,rank,country,source\n");
    assert_eq!(
        notes,
        ["No ranking matches: the store holds none for these periods and countries."]
    );
}

#[test]
fn a_rest_names_the_part_of_a_month_whose_row_lacks_it() {
    let (_d, mut s) = store(&[]);
    // February's page counts registered applicants only: the rest of 2021
    // (the overview's 25,971 less the three pages) holds its resettled.
    let (text, notes) = ask(&mut s, "applications where year = 2021 by month");
    assert!(
        text.contains("\n2021-01..2021-12,18772,persons,2021,10\n"),
        "{text}"
    );
    assert!(
        notes.contains(&"2021 stands for 2021-01, 2021-03, 2021-04, 2021-05, 2021-06, 2021-07, 2021-08, 2021-10, 2021-12, and for the part of 2021-02 that its own row lacks (a part its source does not give): the other months of the span have rows of their own.".to_string()),
        "{notes:?}"
    );
}

#[test]
fn a_running_total_after_a_rest_of_the_year_counts_it_once() {
    let (_d, mut s) = store(&[]);
    // 12,619 (the rest, for eight months) + 1,193 (May) + 1,705 (October).
    let (text, notes) = ask(&mut s, "applications where year = 2016 by month cumulative");
    assert!(
        text.ends_with("2016-10,1705,persons,2016-10,1,15517\n2016-11,1614,persons,2016-11,1,17131\n2016-12,1579,persons,2016-12,1,18710\n"),
        "{text}"
    );
    assert!(notes.iter().any(|n| n.starts_with("No running total for 2016-01..2016-09, 2016-05: 2016-01..2016-09 stands for several months together")), "{notes:?}");
    // By quarter the rest is on no row: no running total, and the note
    // names the rest, not a quarter.
    let (_, notes) = ask(
        &mut s,
        "applications where year = 2016 by quarter cumulative",
    );
    assert!(
        notes.contains(&"No running total for 2016-Q2, 2016-Q4: 2016-01..2016-09 stands for months of several periods together and is on no row, so no running total from January can be told.".to_string()),
        "{notes:?}"
    );
    let (_, notes) = ask(&mut s, "applications where year = 2021 by half cumulative");
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("No running total for 2021-H1, 2021-H2: 2021 stands for")),
        "{notes:?}"
    );
}

#[test]
fn a_filter_that_cuts_a_rest_of_the_year_names_it() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "applications where half = 2016-H2");
    assert_eq!(
        text,
        "value,unit,period,months_covered\n4898,persons,2016-10..2016-12,3\n"
    );
    assert_eq!(
        notes,
        [
            "The figure covers 3 of 6 months (the sum of those the store holds); 2016-07, 2016-08, 2016-09 are inside 2016-01..2016-09, a figure for several periods together on no row (below).",
            "Not in this answer: 2016-01..2016-09 (12,619): a yearly overview's figure (its year, or the rest of it beside the months given on their own) that stands for months inside and outside the filter's months together; `by month` over its whole year shows it."
        ]
    );
    let (_, notes) = ask(
        &mut s,
        "applications where month between 2016-06 and 2016-12 by month",
    );
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Not in this answer: 2016-01..2016-09 (12,619)")),
        "{notes:?}"
    );
    // Over two years, each quarter names only the rest that holds its months.
    let (_, notes) = ask(
        &mut s,
        "applications where year between 2016 and 2017 by half",
    );
    assert!(notes.contains(&"2017-H1 covers 2 of 6 months (the sum of those the store holds); 2017-01, 2017-02, 2017-03, 2017-06 are inside 2017, a figure for several periods together on no row (below).".to_string()), "{notes:?}");
}

#[test]
fn a_rate_row_without_a_rate_stands_for_its_own_period() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "protection_rate where year = 2016");
    assert_eq!(
        text,
        "value,unit,period,months_covered,basis,granted,decided\n,percent,2016,0,dossiers,,\n"
    );
    assert!(notes.contains(&"No rate for 2016: its sources state neither a rate on its basis (the `basis` column) nor the outcomes of the decisions (only how many were taken), and asylq never guesses one.".to_string()), "{notes:?}");
}

#[test]
fn a_published_rate_is_the_base_of_a_computed_one() {
    let (_d, mut s) = store(&[]);
    // The 2022-02 page's 44.7 % against the report's 39.8 % of 2023-02.
    let (text, _) = ask(
        &mut s,
        "protection_rate where month = 2023-02 by month change yoy",
    );
    assert_eq!(
        text,
        "month,value,unit,period,months_covered,basis,granted,decided,change_pp\n2023-02,39.8,percent,2023-02,1,dossiers,685,1721,-4.9\n"
    );
}

#[test]
fn an_index_names_the_base_taken_without_the_parts_its_rows_lack() {
    let (_d, mut s) = store(&[]);
    // 2016 and 2017 count registered applicants only: they are set against
    // 2022's registered (36,793), not its 36,871 with the resettled.
    let (text, notes) = ask(
        &mut s,
        "applications where year between 2016 and 2022 by year index 2022",
    );
    assert!(
        text.contains("\n2016,18710,persons,2016,12,50.9\n"),
        "{text}"
    );
    assert!(
        notes.iter().any(|n| n.starts_with("Set against 2022 without the parts these rows lack (their sources state no resettled or relocated persons), like for like: 2016 (36,793), 2017 (36,793)")),
        "{notes:?}"
    );
}

#[test]
fn by_source_a_rest_cites_the_lines_it_was_taken_from_and_names_no_mixed_definitions() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "applications where year = 2021 by month, source");
    assert!(
        text.contains("fr-overview-2021.txt, derived: overview fr 19590 (line 13) + 5432 (line 13) less 6915 of the months shown"),
        "{text}"
    );
    assert!(
        notes
            .iter()
            .all(|n| !n.starts_with("Mixed definitions") && !n.starts_with("Not like for like")),
        "{notes:?}"
    );
}

#[test]
fn by_publisher_the_cgvs_is_one_publisher_whatever_its_kind_of_source() {
    let (_d, mut s) = store(&[]);
    let (text, _) = ask(&mut s, "applications where year = 2022 by publisher");
    assert_eq!(
        text,
        "publisher,value,unit,period,months_covered\ncgvs,36871,persons,2022,12\n"
    );
}

#[test]
fn a_row_in_files_has_no_index_against_a_year_in_persons_and_says_so() {
    let page = include_str!("pages/nl-2015-07.txt");
    let (_d, mut s) = store(&[("nl-2015-07.txt", page)]);
    let (_, notes) = ask(&mut s, "applications where year <= 2016 by year index 2016");
    assert!(
        notes.contains(&"No index for 2015: counted in files (applications up to 2015), while 2016 is held in persons; an index sets a row against its base in one unit.".to_string()),
        "{notes:?}"
    );
}

#[test]
fn a_quarter_s_last_months_are_missing_where_the_store_reaches_past_them() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "applications where year = 2019 by quarter");
    assert_eq!(
        text,
        "quarter,value,unit,period,months_covered\n2019-Q2,1813,persons,2019-05,1\n2019-Q3,2185,persons,2019-08,1\n2019-Q4,5381,persons,2019-10..2019-11,2\n"
    );
    // The store holds 2021 and later: December 2019 is missing, not yet to
    // come, as April and June are.
    assert!(
        notes.contains(
            &"2019-Q4 covers 2 of 3 months (the sum of those the store holds); missing: 2019-12."
                .to_string()
        ),
        "{notes:?}"
    );
    assert!(!notes.iter().any(|n| n.contains("is partial")), "{notes:?}");
    // The newest quarter the store reaches is partial, and says so.
    let (_, notes) = ask(&mut s, "applications where year = 2023 by quarter");
    assert!(
        notes.contains(&"2023-Q4 is partial: the data covers 2023-10..2023-11 only.".to_string()),
        "{notes:?}"
    );
}

#[test]
fn a_largest_month_over_months_missing_says_what_it_is_taken_over() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "applications where year = 2019 max per month");
    assert_eq!(
        text,
        "value,unit,period,months_covered,months,month\n2929,persons,2019-05..2019-11,4,4,2019-10\n"
    );
    assert!(notes.contains(&"2019 covers 4 of 12 months: max per month is taken over the months the store holds, 2019-05..2019-11; what it lacks could be larger.".to_string()), "{notes:?}");
    // A year the store holds whole needs no such note.
    let (_, notes) = ask(&mut s, "applications where year = 2022 median per month");
    assert!(!notes.iter().any(|n| n.contains("covers")), "{notes:?}");
}

#[test]
fn a_summary_s_definitions_note_names_no_period_it_left_out() {
    let (_d, mut s) = store(&[]);
    let (_, notes) = ask(&mut s, "applications min per year");
    assert!(
        notes.contains(
            &"Left out, because the data covers only part of them: 2019, 2023.".to_string()
        ),
        "{notes:?}"
    );
    // 2019's pages state no resettled, but 2019 is no part of the answer.
    assert!(notes.contains(&"Mixed definitions: the applicants of 2016-01..2016-09, 2016-05, 2016-10, 2016-11, 2016-12, 2017, 2017-04, 2021-02 include no resettlement (their sources state none); the other rows include it.".to_string()), "{notes:?}");
}

#[test]
fn a_quarter_cut_by_the_filter_says_so_and_is_not_partial() {
    let (_d, mut s) = store(&[]);
    let (_, notes) = ask(
        &mut s,
        "applications where month between 2022-02 and 2023-10 by quarter",
    );
    assert!(
        notes.contains(&"2022-Q1: the filter keeps 2022-02..2022-03 of it only.".to_string()),
        "{notes:?}"
    );
    assert!(
        notes.contains(&"2023-Q4: the filter keeps 2023-10 of it only.".to_string()),
        "{notes:?}"
    );
    assert!(!notes.iter().any(|n| n.contains("is partial")), "{notes:?}");
    // By quarter, quarters covered in part are named as left out, never
    // as months the store lacks.
    let (_, notes) = ask(
        &mut s,
        "applications where month between 2022-02 and 2023-10 max per quarter",
    );
    assert!(
        !notes.iter().any(|n| n.contains("the store holds")),
        "{notes:?}"
    );
}

/// By month and unit, a month's types are told apart by the row's month
/// and unit, whatever the order of the answer's columns: a page that
/// states its registered applicants beside its resettled is never called
/// "the resettled only".
#[test]
fn a_page_with_its_registered_applicants_is_not_called_the_resettled_only() {
    let (_d, mut s) = store(&[("nl-2015-07.txt", include_str!("pages/nl-2015-07.txt"))]);
    let (_, notes) = ask(&mut s, "applications where year <= 2017 by month, unit");
    assert!(
        !notes.iter().any(|n| n.contains("resettled only")),
        "{notes:?}"
    );
}

#[test]
fn months_of_the_year_missing_are_only_those_of_the_years_asked() {
    let (_d, mut s) = store(&[]);
    let (_, notes) = ask(
        &mut s,
        "applications where year in (2019, 2022) by month_of_year, year",
    );
    assert!(notes.contains(&"No figure for 2019-01, 2019-02, 2019-03, 2019-04, 2019-06, 2019-07, 2019-09, 2019-12: the store holds none for these months.".to_string()), "{notes:?}");
}

#[test]
fn a_ranking_of_rows_of_unlike_months_says_it_is_none() {
    let (_d, mut s) = store(&[]);
    let (_, notes) = ask(&mut s, "applications where year = 2016 by country top 5");
    assert!(notes.contains(&"The rows ranked cover different numbers of months (4, 3, 2): their order is no ranking of the period; `show top10` lists the ranks the sources state.".to_string()), "{notes:?}");
    let (_, notes) = ask(&mut s, "applications where year = 2022 by month top 3");
    assert!(!notes.iter().any(|n| n.contains("no ranking")), "{notes:?}");
}

#[test]
fn a_stock_by_type_says_its_month_is_the_last_that_gives_most_types() {
    let (_d, mut s) = store(&[]);
    let (_, notes) = ask(&mut s, "workload where year = 2017 by year, type");
    assert!(notes.contains(&"The workload is a stock: by type, a period gives its total and its parts all of one month, the last month that gives the most of them, which may be earlier than the last month the store holds: 2017 as of 2017-05.".to_string()), "{notes:?}");
}

#[test]
fn a_period_the_sources_give_in_another_unit_is_named() {
    let page = include_str!("pages/nl-2015-07.txt");
    let (_d, mut s) = store(&[("nl-2015-07.txt", page)]);
    let (text, notes) = ask(&mut s, "decisions where year <= 2016 by year");
    assert!(
        text.starts_with("year,value,unit,period,months_covered\n2016,"),
        "{text}"
    );
    assert!(notes.contains(&"No row for 2015: the sources give these figures in dossiers there, not in persons: ask `where unit = dossiers`; asylq never converts one unit into the other.".to_string()), "{notes:?}");
    // A month inside a row of several months (the rest of 2016) has a row.
    let (_, notes) = ask(&mut s, "decisions where year = 2016 by month");
    assert!(
        !notes.iter().any(|n| n.starts_with("No row for")),
        "{notes:?}"
    );
}

#[test]
fn a_summary_s_top_leaves_out_the_other_countries() {
    let (_d, mut s) = store(&[]);
    let (text, _) = ask(
        &mut s,
        "applications where year = 2023 by country average per month top 2",
    );
    assert_eq!(
        text,
        "country,value,unit,period,months_covered,months\nSyrië,348.7,persons,2023-01..2023-11,11,11\nAfghanistan,316.4,persons,2023-01..2023-11,11,11\n"
    );
}

#[test]
fn printed_totals_summed_over_a_year_are_not_called_derived() {
    // July's 2,975 and November's 4,199 files, each printed beside its
    // multiple applications: their sum is of printed figures.
    let july = include_str!("pages/nl-2015-07.txt");
    let november = include_str!("pages/en-2015-11.txt");
    let (_d, mut s) = store(&[("nl-2015-07.txt", july), ("en-2015-11.txt", november)]);
    let (text, notes) = ask(
        &mut s,
        "applications where year = 2015 and unit = files by year",
    );
    assert_eq!(
        text,
        "year,value,unit,period,months_covered\n2015,7174,files,2015-07..2015-11,2\n"
    );
    assert!(notes.iter().all(|n| !n.contains("derived")), "{notes:?}");
    // First applications alone are each page's files less its multiple ones.
    let (_, notes) = ask(
        &mut s,
        "applications where year = 2015 and unit = files and type = first",
    );
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Some figures are derived")),
        "{notes:?}"
    );
}

#[test]
fn a_summary_that_cannot_be_told_says_nothing_of_figures_it_does_not_show() {
    let (_d, mut s) = store(&[]);
    let (text, notes) = ask(&mut s, "applications where year = 2021 max per month");
    assert_eq!(
        text,
        "value,unit,period,months_covered,months,month\n,persons,2021,12,3,\n"
    );
    assert_eq!(
        notes,
        [
            "max per month: taken over whole months only.",
            "The month of the largest figure cannot be told: 2021-01..2021-12 gives 10 months only together, and any of them may be that month."
        ]
    );
}

#[test]
fn show_top10_lists_a_year_after_its_months() {
    let (_d, mut s) = store(&[]);
    let (text, _) = ask(
        &mut s,
        "show top10 where year = 2022 and country = \"Afghanistan\"",
    );
    let periods: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(
        periods,
        ["2022-01", "2022-02", "2022-07", "2022-10", "2022"]
    );
}

#[test]
fn a_year_an_overview_gives_whole_is_by_type_at_its_own_level() {
    let (_d, mut s) = store(&[]);
    // The 2021 overview states first and subsequent applicants: the pages of
    // 2021 that give only `registered` are not in a by-year answer.
    let (text, notes) = ask(&mut s, "applications where year = 2021 by type");
    assert_eq!(
        text,
        "type,value,unit,period,months_covered\nfirst,19590,persons,2021,12\nresettlement,949,persons,2021,12\nsubsequent,5432,persons,2021,12\n"
    );
    assert!(
        !notes.iter().any(|n| n.starts_with("By type at the level")),
        "{notes:?}"
    );
    // By month, the pages' months are rows, and their level is every row's.
    let (text, notes) = ask(&mut s, "applications where year = 2021 by month, type");
    assert!(
        text.contains("\n2021-02,registered,1422,persons,2021-02,1\n"),
        "{text}"
    );
    assert!(
        notes.iter().any(|n| n.starts_with(
            "By type at the level every period gives: for 2021-02, 2021-09, 2021-11,"
        )),
        "{notes:?}"
    );
}

#[test]
fn pivoted_years_run_in_time_whatever_the_rows_rank() {
    let (_d, mut s) = store(&[]);
    let mut columns = Vec::new();
    let query = "applications where year >= 2016 by country, year top 3";
    s.run(query, &mut |output| {
        if let asylq::session::Output::Answer(a) = output {
            // The rows rank 2023's countries first.
            assert_eq!(a.rows[0][1].plain(), "2023");
            columns = asylq::render::pivot::pivot(&a, "year").unwrap().columns;
        }
        Ok(())
    })
    .unwrap();
    assert_eq!(
        columns,
        ["country", "unit", "2016", "2019", "2021", "2022", "2023"]
    );
}
