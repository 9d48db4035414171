//! Queries over Eurostat's figures, on stores that mix them with the CGVS's:
//! several reporting countries answered by Eurostat alone (Belgium's row
//! too), Belgium alone by the CGVS unless Eurostat is asked for or the CGVS
//! has no such figure, Eurostat's totals where the query names none,
//! aggregates never summed, flags and figures not available in the notes,
//! quarterly and annual decisions never both, `per capita`, and refusals.

mod common;

use common::asylq_on;
use std::path::{Path, PathBuf};

use common::EUROSTAT_FIXTURES as FIXTURES;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/eurostat")
        .join(name)
}

/// A store with the embedded report (unless `no_embedded`) and `files`.
fn store(files: &[&str], no_embedded: bool) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.duckdb");
    let mut args = vec!["load".to_string()];
    if no_embedded {
        args.push("--no-embedded".into());
    }
    args.extend(files.iter().map(|f| fixture(f).display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (status, _, err) = asylq_on(&path, &args);
    assert_eq!(status, Some(0), "{err}");
    (dir, path)
}

/// A query's csv (English names) and notes.
fn csv(store: &Path, query: &str) -> (String, String) {
    let (status, out, err) = asylq_on(store, &["--format", "csv", "--names", "en", "-c", query]);
    assert_eq!(status, Some(0), "{query}: {err}");
    (out, err)
}

const APPLICANTS_NOTE: &str = "note: Eurostat's applicants (migr_asyappctzm by month, migr_asyappctza by year): persons registered in the period, first-time and subsequent; unlike the CGVS's total, they count no resettled persons, and up to 2015 the CGVS counted files where Eurostat counts persons.\n";

#[test]
fn several_reporting_countries_come_from_eurostat_with_its_totals_and_aggregates_as_rows() {
    let (_dir, db) = store(FIXTURES, false);
    let (out, err) = csv(
        &db,
        "applications where geo in (BE, NL, DE, FR, LU, EU27_2020) and month = 2023-03 by geo",
    );
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered\n\
         EU27_2020,85130,persons,2023-03,1\n\
         Germany,27940,persons,2023-03,1\n\
         France,13530,persons,2023-03,1\n\
         Netherlands,3095,persons,2023-03,1\n\
         Belgium,2720,persons,2023-03,1\n\
         Luxembourg,195,persons,2023-03,1\n"
    );
    assert_eq!(
        err,
        format!(
            "{APPLICANTS_NOTE}note: Eurostat rounds its asylum figures to 5.\n\
             note: Eurostat's totals where the query names none: all citizenships, both sexes, all ages.\n"
        )
    );
    // Names as `--names` asks: Dutch by default, ISO alpha-3 for joins.
    let (_, out, _) = asylq_on(
        &db,
        &[
            "--format",
            "csv",
            "--names",
            "iso3",
            "-c",
            "applications where geo in (BE, EL, UK, NL) and month = 2023-03 by geo",
        ],
    );
    assert_eq!(out, "geo,value,unit,period,months_covered\nNLD,3095,persons,2023-03,1\nBEL,2720,persons,2023-03,1\n");
}

#[test]
fn belgium_alone_is_the_cgvs_unless_eurostat_is_asked_for_or_the_cgvs_has_none() {
    let (_dir, db) = store(FIXTURES, false);
    // The CGVS's report (with resettlement): no Eurostat note.
    assert_eq!(
        csv(&db, "applications where month = 2023-02"),
        (
            "value,unit,period,months_covered\n2399,persons,2023-02,1\n".to_string(),
            String::new()
        )
    );
    assert_eq!(
        csv(&db, "applications where geo = Belgium and month = 2023-02").0,
        "value,unit,period,months_covered\n2399,persons,2023-02,1\n"
    );
    let (out, err) = csv(
        &db,
        "applications where month = 2023-02 and publisher = eurostat",
    );
    assert_eq!(
        out,
        "value,unit,period,months_covered\n2380,persons,2023-02,1\n"
    );
    assert!(err.starts_with(APPLICANTS_NOTE), "{err}");
    // By sex the CGVS has nothing: Eurostat answers, saying so.
    let (out, err) = csv(&db, "applications where month = 2023-02 by sex");
    assert_eq!(
        out,
        "sex,value,unit,period,months_covered\nM,1720,persons,2023-02,1\nF,655,persons,2023-02,1\nUNK,5,persons,2023-02,1\n"
    );
    assert!(err.starts_with("note: Belgium's figures come from Eurostat: the CGVS publishes none by sex, by age or of persons pending.\n"), "{err}");
    // A store with no CGVS figure for the query: Eurostat, saying so.
    let (_dir2, bare) = store(&["migr_asydcfsta.tsv"], true);
    let (out, err) = csv(&bare, "decisions where year = 2023");
    assert_eq!(
        out,
        "value,unit,period,months_covered\n24105,persons,2023,12\n"
    );
    assert!(err.starts_with("note: The store's CGVS figures give none for this query: Belgium's figures come from Eurostat.\n"), "{err}");
    // `publisher = cgvs` never falls back, and refuses what only Eurostat has.
    let (out, _) = csv(&bare, "decisions where year = 2023 and publisher = cgvs");
    assert_eq!(out, "value,unit,period,months_covered\n");
    let (status, _, err) = asylq_on(
        &db,
        &["-c", "applications where sex = F and publisher = cgvs"],
    );
    assert_eq!(status, Some(1));
    assert!(err.contains("The CGVS publishes no such figure: it counts Belgium alone, without sex or age, and its workload in place of persons pending"), "{err}");
}

#[test]
fn several_countries_sexes_or_ages_in_one_row_are_refused_never_summed() {
    let (_dir, db) = store(FIXTURES, false);
    for (query, dimension) in [
        ("applications where geo in (BE, NL)", "geo"),
        (
            "applications where geo != LU and publisher = eurostat",
            "geo",
        ),
        ("applications where sex in (F, M)", "sex"),
        ("applications where age in (Y_LT18, \"Y14-17\")", "age"),
    ] {
        let (status, _, err) = asylq_on(&db, &["-c", query]);
        assert_eq!(status, Some(1), "{query}");
        assert!(err.contains(&format!("The filter keeps several values of `{dimension}` for one row: asylq never adds up Eurostat's figures of different reporting countries, sexes or age classes")), "{query}: {err}");
        assert!(
            err.contains(&format!("add `by {dimension}` for a row each")),
            "{err}"
        );
    }
    let (status, _, err) = asylq_on(&db, &["-c", "workload where geo = NL"]);
    assert_eq!(status, Some(1));
    assert!(err.contains("Eurostat publishes no workload: it counts persons whose application is pending, at every instance"), "{err}");
    let (status, _, err) = asylq_on(&db, &["-c", "applications where geo = Atlantis by geo"]);
    assert_eq!(status, Some(1));
    assert!(
        err.contains("`Atlantis` is no reporting country of Eurostat's"),
        "{err}"
    );
    let (status, _, err) = asylq_on(
        &db,
        &[
            "-c",
            "applications[sex = F] - applications where month = 2023-02",
        ],
    );
    assert_eq!(status, Some(1));
    assert!(err.contains("applications and applications would come from two publishers here (the CGVS and Eurostat)"), "{err}");
}

/// `by source` and `by publisher` answer over Eurostat as over the CGVS:
/// each row names the file, dataset and line its figure was read from, or
/// its publisher.
#[test]
fn eurostat_figures_name_their_source_and_publisher() {
    let (_dir, db) = store(FIXTURES, false);
    let (out, _) = csv(
        &db,
        "applications where geo in (NL, LU) and month = 2023-03 by geo, source",
    );
    assert_eq!(
        out,
        "geo,source,value,unit,period,months_covered
Netherlands,\"migr_asyappctzm_2023h1.tsv, migr_asyappctzm, line 9\",3095,persons,2023-03,1
Luxembourg,\"migr_asyappctzm_2023h1.tsv, migr_asyappctzm, line 12\",195,persons,2023-03,1
"
    );
    let (out, _) = csv(&db, "pending where month = 2023-06 by publisher");
    assert_eq!(
        out,
        "publisher,value,unit,period,months_covered\neurostat,33120,persons,2023-06,1\n"
    );
}

/// A figure Eurostat gives only for a year is on no quarter's row: never
/// labelled as the year's first quarter.
#[test]
fn a_year_of_eurostat_is_on_no_quarter_s_row() {
    let (_dir, db) = store(FIXTURES, false);
    let (out, err) = csv(&db, "decisions where geo = NL and year = 2023 by quarter");
    assert_eq!(out, "quarter,value,unit,period,months_covered\n");
    assert!(err.contains("note: On no quarter's row: 2023 (29,305): figures the source gives only for a longer period, which no quarter can hold; an answer by year shows them.\n"), "{err}");
    assert!(!err.contains("No figures match"), "{err}");
}

#[test]
fn without_a_total_of_every_citizenship_the_widest_aggregate_stands_saying_so() {
    let (_dir, db) = store(FIXTURES, false);
    // Ireland gives EXT_EU27_2020 and EXT_EU28 but no TOTAL: the first.
    let (out, err) = csv(
        &db,
        "applications where geo in (BE, IE) and month = 2023-03 by geo",
    );
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered
Belgium,2720,persons,2023-03,1
Ireland,1290,persons,2023-03,1
"
    );
    assert!(err.contains("note: Eurostat gives no figure for every citizenship (TOTAL) there: these rows take its widest aggregate, EXT_EU27_2020 (citizens of countries outside the EU): Ireland.\n"), "{err}");
    // The totals note says "all citizenships" only of the other rows.
    assert!(err.contains("note: Eurostat's totals where the query names none: all citizenships, both sexes, all ages, except in the rows that a note below gives Eurostat's widest aggregate of citizenships for.\n"), "{err}");
    // By country, the aggregates are no countries.
    let (out, _) = csv(
        &db,
        "applications where geo = IE and month = 2023-03 by country",
    );
    assert_eq!(
        out,
        "country,value,unit,period,months_covered\nAfghanistan,110,persons,2023-03,1\n"
    );
}

#[test]
fn a_share_across_countries_is_of_the_aggregate_the_filter_names() {
    let (_dir, db) = store(FIXTURES, false);
    let (out, _) = csv(
        &db,
        "applications where geo in (BE, NL, EU27_2020) and month = 2023-01 by geo share",
    );
    // 2785 / 86605 = 3.2 %, 3510 / 86605 = 4.1 %: never of BE + NL + EU.
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered,share\n\
         EU27_2020,86605,persons,2023-01,1,100.0\n\
         Netherlands,3510,persons,2023-01,1,4.052883782691531\n\
         Belgium,2785,persons,2023-01,1,3.2157496680330233\n"
    );
    let (status, _, err) = asylq_on(
        &db,
        &["-c", "applications where geo in (BE, NL) by geo share"],
    );
    assert_eq!(status, Some(1));
    assert!(err.contains("`share` across reporting countries is each one's share of Eurostat's total, which the filter must name"), "{err}");
    // A ranking of countries leaves the aggregates out.
    let (out, _) = csv(&db, "applications where month = 2023-01 by geo top 2");
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered\nGermany,29070,persons,2023-01,1\nFrance,12605,persons,2023-01,1\n"
    );
}

#[test]
fn flags_and_figures_not_available_are_notes_never_zeros() {
    let (_dir, db) = store(FIXTURES, false);
    let (out, err) = csv(
        &db,
        "applications where geo in (DE, FR) and month >= 2023-05 and month <= 2023-06 by month, geo",
    );
    assert_eq!(
        out,
        "month,geo,value,unit,period,months_covered\n\
         2023-05,Germany,25675,persons,2023-05,1\n\
         2023-05,France,13070,persons,2023-05,1\n\
         2023-06,Germany,26940,persons,2023-06,1\n\
         2023-06,France,,persons,2023-06,1\n"
    );
    assert!(
        err.contains("note: Flag p (provisional) on the figures of: 2023-06 Germany.\n"),
        "{err}"
    );
    // A bare `:` (France, June) is a row without a value, named.
    assert!(err.contains("note: No figure for 2023-06 France: Eurostat marks its figure (or one of the figures the row is made of) not available (`:`), and asylq never gives a figure over less than the row stands for.\n"), "{err}");
    // `: c` is kept without a value: the row has none, with both notes.
    let (out, err) = csv(
        &db,
        "applications where geo = NL and country = Syria and month >= 2023-09 by month",
    );
    assert_eq!(
        out,
        "month,value,unit,period,months_covered\n2023-09,1540,persons,2023-09,1\n2023-10,1795,persons,2023-10,1\n2023-11,,persons,2023-11,1\n"
    );
    assert!(
        err.contains("note: Flag c (confidential) on the figures of: 2023-11.\n"),
        "{err}"
    );
    assert!(err.contains("note: No figure for 2023-11: Eurostat marks its figure (or one of the figures the row is made of) not available (`:`), and asylq never gives a figure over less than the row stands for.\n"), "{err}");
    // A sum over that month has no value either.
    let (out, _) = csv(
        &db,
        "applications where geo = NL and country = Syria and month >= 2023-09",
    );
    assert_eq!(
        out,
        "value,unit,period,months_covered\n,persons,2023-09..2023-11,3\n"
    );
    // A row over fewer months than the others of its time is named.
    let (out, err) = csv(
        &db,
        "applications where geo in (BE, FR) and year = 2023 and month <= 2023-06 by geo",
    );
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered\nBelgium,15885,persons,2023-01..2023-06,6\nFrance,,persons,2023-01..2023-06,6\n"
    );
    // France's June is `:`: no sum over the five months left.
    assert!(err.contains("note: No figure for France: Eurostat marks its figure (or one of the figures the row is made of) not available (`:`), and asylq never gives a figure over less than the row stands for.\n"), "{err}");
    // The envelope names the kind of each note.
    let (_, out, _) = asylq_on(
        &db,
        &[
            "--format",
            "json",
            "--envelope",
            "-c",
            "applications where geo = DE and month = 2023-06",
        ],
    );
    assert!(out.contains("{\"kind\":\"flags\",\"periods\":[\"2023-06\"],\"message\":\"note-eurostat-flag\",\"flag\":\"p\""), "{out}");
}

#[test]
fn types_show_the_finest_level_the_source_gives_in_full() {
    let (_dir, db) = store(FIXTURES, false);
    let (out, _) = csv(
        &db,
        "applications where geo in (BE, NL) and month = 2023-01 by geo, type",
    );
    // Belgium gives first and subsequent (2360 + 425 = 2785), the
    // Netherlands registered applicants only.
    assert_eq!(
        out,
        "geo,type,value,unit,period,months_covered\n\
         Netherlands,registered,3510,persons,2023-01,1\n\
         Belgium,first,2360,persons,2023-01,1\n\
         Belgium,subsequent,425,persons,2023-01,1\n"
    );
    let (out, _) = csv(
        &db,
        "decisions where country = Syria and publisher = eurostat and quarter = 2023-Q1 by type",
    );
    assert_eq!(
        out,
        "type,value,unit,period,months_covered\n\
         refugee_status,760,persons,2023-01..2023-03,3\n\
         subsidiary_protection,145,persons,2023-01..2023-03,3\n\
         humanitarian,0,persons,2023-01..2023-03,3\n\
         temporary_protection,0,persons,2023-01..2023-03,3\n\
         rejected,140,persons,2023-01..2023-03,3\n"
    );
    // The annual file gives positive and rejected only.
    let (out, _) = csv(
        &db,
        "decisions where geo in (BE, NL) and year = 2023 by geo, type",
    );
    assert_eq!(
        out,
        "geo,type,value,unit,period,months_covered\n\
         Netherlands,positive,21210,persons,2023,12\n\
         Belgium,positive,10315,persons,2023,12\n\
         Belgium,rejected,13790,persons,2023,12\n\
         Netherlands,rejected,8095,persons,2023,12\n"
    );
    let (status, _, err) = asylq_on(&db, &["-c", "decisions where geo = NL and type = refusal"]);
    assert_eq!(status, Some(1));
    assert!(
        err.contains("`refusal` is no type of Eurostat's decisions"),
        "{err}"
    );
}

#[test]
fn a_year_is_the_annual_figure_and_quarters_the_quarterly_never_both() {
    let (_dir, db) = store(FIXTURES, false);
    // 2023: 4495 from migr_asydcfsta, not Q1–Q3 of migr_asydcfstq (3440).
    let (out, _) = csv(
        &db,
        "decisions where country = Syria and publisher = eurostat by year",
    );
    assert_eq!(
        out,
        "year,value,unit,period,months_covered\n2022,3080,persons,2022,12\n2023,4495,persons,2023,12\n"
    );
    let (out, _) = csv(
        &db,
        "decisions where country = Syria and publisher = eurostat and year = 2023 by quarter",
    );
    assert_eq!(
        out,
        "quarter,value,unit,period,months_covered\n\
         2023-Q1,1045,persons,2023-01..2023-03,3\n\
         2023-Q2,1180,persons,2023-04..2023-06,3\n\
         2023-Q3,1215,persons,2023-07..2023-09,3\n"
    );
    // Eurostat's recognition rate, with its definition.
    let (out, err) = csv(&db, "protection_rate where geo in (BE, NL) by year, geo");
    assert_eq!(
        out,
        "year,geo,value,unit,period,months_covered,basis,granted,decided\n\
         2022,Netherlands,71.0,percent,2022,12,persons,17515,24660\n\
         2022,Belgium,43.0,percent,2022,12,persons,8450,19635\n\
         2023,Netherlands,72.4,percent,2023,12,persons,21210,29305\n\
         2023,Belgium,42.8,percent,2023,12,persons,10315,24105\n"
    );
    assert!(err.starts_with("note: The rate is Eurostat's recognition rate: positive first-instance decisions over all first-instance decisions (persons), not the CGVS's protection rate.\n"), "{err}");
}

#[test]
fn pending_is_a_stock_of_persons_never_summed_over_months() {
    let (_dir, db) = store(FIXTURES, false);
    let (out, err) = csv(&db, "pending where geo in (BE, NL, DE) by quarter, geo");
    assert_eq!(
        out,
        "quarter,geo,value,unit,period,months_covered\n\
         2023-Q2,Germany,309560,persons,2023-06,1\n\
         2023-Q2,Belgium,33120,persons,2023-06,1\n\
         2023-Q2,Netherlands,,persons,2023-06,1\n"
    );
    // The Netherlands' June is `:`: the quarter's stock is not known.
    assert!(err.contains("note: No figure for 2023-Q2 Netherlands: Eurostat marks its figure (or one of the figures the row is made of) not available (`:`)"), "{err}");
    // Each month against the month before, of the same reporting country
    // only: 41090 - 40215 = 875 (2.2 %).
    let (out, _) = csv(&db, "pending where geo = NL by month change");
    assert_eq!(
        out,
        "month,value,unit,period,months_covered,change,change_pct\n\
         2023-04,40215,persons,2023-04,1,,\n\
         2023-05,41090,persons,2023-05,1,875,2.2\n\
         2023-06,,persons,2023-06,1,,\n"
    );
    let (out, err) = csv(&db, "pending by month");
    assert_eq!(
        out,
        "month,value,unit,period,months_covered\n2023-04,31650,persons,2023-04,1\n2023-05,32485,persons,2023-05,1\n2023-06,33120,persons,2023-06,1\n"
    );
    assert!(err.contains("note: Eurostat's persons pending (migr_asypenctzm): persons whose application awaits a decision at the month's end, at every instance; not the CGVS's workload (dossiers at the CGVS)."), "{err}");
}

#[test]
fn per_capita_divides_by_the_population_on_1_january_of_the_rows_year() {
    let (_dir, db) = store(FIXTURES, false);
    let (out, err) = csv(
        &db,
        "applications where geo in (BE, NL, DE, LU) and month = 2023-03 by geo per capita",
    );
    // 27940 / 84,358,845 × 1000 = 0.331; 2720 / 11,742,796 × 1000 = 0.232.
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered,count,population,basis\n\
         Germany,0.331,per_1000,2023-03,1,27940,84358845,persons\n\
         Luxembourg,0.295,per_1000,2023-03,1,195,660809,persons\n\
         Belgium,0.232,per_1000,2023-03,1,2720,11742796,persons\n\
         Netherlands,0.174,per_1000,2023-03,1,3095,17811291,persons\n"
    );
    assert!(err.contains("note: per capita: each value is the figure (`count`) per 1,000 inhabitants of its reporting country on 1 January of the row's year (`population`, Eurostat demo_pjan).\n"), "{err}");
    // A flag of the population is said of the population, not of the
    // applications (France's 2023 population is provisional).
    let (_, err) = csv(
        &db,
        "applications where geo in (BE, FR) and month = 2023-03 by geo per capita",
    );
    assert!(err.contains("note: Flag p (provisional) on the population (demo_pjan) behind the figures per capita of: France.\n"), "{err}");
    assert!(
        !err.contains("note: Flag p (provisional) on the figures of"),
        "{err}"
    );
    // Belgium alone, from the CGVS, per inhabitant of Belgium.
    let (out, _) = csv(&db, "applications where month = 2023-02 per capita");
    assert_eq!(
        out,
        "value,unit,period,months_covered,count,population,basis\n0.204,per_1000,2023-02,1,2399,11742796,persons\n"
    );
    // A row over two years has no population to divide by.
    let (out, err) = csv(
        &db,
        "decisions where geo = NL and year >= 2022 by geo per capita",
    );
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered,count,population,basis\nNetherlands,,per_1000,2022-01..2023-12,24,53965,,persons\n"
    );
    assert!(err.contains("note: No value per capita for Netherlands: the row spans two years, or the store holds no population for its year.\n"), "{err}");
    // Without population, refused, saying what to load.
    let (_dir2, bare) = store(&["migr_asyappctzm_2023h1.tsv"], false);
    let (status, _, err) = asylq_on(
        &bare,
        &["-c", "applications where geo in (BE, NL) by geo per capita"],
    );
    assert_eq!(status, Some(1));
    assert!(
        err.contains(
            "`per capita` needs the population on 1 January, which the store does not hold"
        ),
        "{err}"
    );
    assert!(err.contains("asylq fetch eurostat demo_pjan"), "{err}");
}

#[test]
fn a_store_without_eurostat_figures_says_what_to_fetch() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
        .args([
            "--embedded",
            "-c",
            "applications where geo in (BE, NL) by geo",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("The store holds no Eurostat figures, which this query needs"),
        "{err}"
    );
    assert!(
        err.contains("asylq fetch eurostat migr_asyappctzm"),
        "{err}"
    );
}

#[test]
fn notes_are_in_the_language_asked_for() {
    let (_dir, db) = store(FIXTURES, false);
    let (_, _, err) = asylq_on(
        &db,
        &[
            "--lang",
            "nl",
            "-c",
            "applications where geo = DE and month = 2023-06",
        ],
    );
    assert!(
        err.contains("Vlag p (voorlopig) op de cijfers van: 2023-06."),
        "{err}"
    );
    assert!(
        err.contains("Eurostat rondt zijn asielcijfers af op 5."),
        "{err}"
    );
    let (_, _, err) = asylq_on(
        &db,
        &[
            "--lang",
            "fr",
            "-c",
            "applications where geo = DE and month = 2023-06",
        ],
    );
    assert!(
        err.contains("Indicateur p (provisoire) sur les chiffres de\u{a0}: 2023-06."),
        "{err}"
    );
}

#[test]
fn a_chart_across_countries_cites_eurostat_and_its_dataset() {
    let (dir, db) = store(FIXTURES, false);
    let svg = dir.path().join("chart.svg");
    let (status, _, err) = asylq_on(
        &db,
        &[
            "-c",
            "applications where geo in (BE, NL, LU) by month, geo",
            "--output",
            svg.to_str().unwrap(),
        ],
    );
    assert_eq!(status, Some(0), "{err}");
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("Source: Eurostat, migr_asyappctzm (last update "),
        "no Eurostat caption"
    );
    assert!(
        !text.contains("CGVS, "),
        "a Eurostat chart cites no CGVS source"
    );
}

/// Where rows of one quarter cover it otherwise (a reporting country
/// without a figure for a month), the notes name the rows they are about;
/// where every row of a quarter says the same, the quarter alone.
#[test]
fn notes_on_a_quarters_months_name_the_rows_where_rows_differ() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.duckdb");
    let file = dir.path().join("migr_asyappctzm.tsv");
    std::fs::write(
        &file,
        "freq,unit,citizen,sex,age,applicant,geo\\TIME_PERIOD\t2023-01 \t2023-02 \t2023-03 \t2023-04 \t2023-05 \n\
M,PER,TOTAL,T,TOTAL,ASY_APP,BE\t2785 \t2380 \t2720 \t2430 \t2775 \n\
M,PER,TOTAL,T,TOTAL,ASY_APP,NL\t: \t2825 \t3095 \t2855 \t3205 \n\
M,PER,TOTAL,T,TOTAL,ASY_APP,DE\t29070 \t25545 \t: \t24255 \t25675 \n",
    )
    .unwrap();
    let (status, _, err) = asylq_on(&db, &["load", "--no-embedded", file.to_str().unwrap()]);
    assert_eq!(status, Some(0), "{err}");
    let (out, err) = csv(
        &db,
        "applications where geo in (BE, NL, DE) by quarter, geo",
    );
    assert_eq!(
        out,
        "quarter,geo,value,unit,period,months_covered\n\
2023-Q1,Belgium,7885,persons,2023-01..2023-03,3\n\
2023-Q1,Germany,,persons,2023-01..2023-03,3\n\
2023-Q1,Netherlands,,persons,2023-01..2023-03,3\n\
2023-Q2,Germany,49930,persons,2023-04..2023-05,2\n\
2023-Q2,Netherlands,6060,persons,2023-04..2023-05,2\n\
2023-Q2,Belgium,5205,persons,2023-04..2023-05,2\n"
    );
    let notes: Vec<&str> = err.lines().filter(|l| l.contains("2023-Q")).collect();
    assert_eq!(
        notes,
        [
            "note: 2023-Q2 is partial: the data covers 2023-04..2023-05 only.",
            "note: No figure for 2023-Q1 Germany, 2023-Q1 Netherlands: Eurostat marks its figure (or one of the figures the row is made of) not available (`:`), and asylq never gives a figure over less than the row stands for.",
        ],
        "{err}"
    );
}

/// Rolling averages, an index and a summary over several reporting
/// countries take each country's own figures, like for like; a country
/// Eurostat gives no figure for in a month (France, 2023-06) has no row
/// there, and its average over fewer months is said.
#[test]
fn rolling_index_and_summaries_over_reporting_countries() {
    let (_dir, db) = store(&["migr_asyappctzm_2023h1.tsv"], true);
    let (out, err) = csv(
        &db,
        "applications where geo in (BE, FR) by month, geo rolling 3 months",
    );
    assert_eq!(
        out,
        "month,geo,value,unit,period,months_covered,rolling\n\
2023-01,France,12605,persons,2023-01,1,\n\
2023-01,Belgium,2785,persons,2023-01,1,\n\
2023-02,France,11150,persons,2023-02,1,\n\
2023-02,Belgium,2380,persons,2023-02,1,\n\
2023-03,France,13530,persons,2023-03,1,12428.3\n\
2023-03,Belgium,2720,persons,2023-03,1,2628.3\n\
2023-04,France,11500,persons,2023-04,1,12060.0\n\
2023-04,Belgium,2430,persons,2023-04,1,2510.0\n\
2023-05,France,13070,persons,2023-05,1,12700.0\n\
2023-05,Belgium,2775,persons,2023-05,1,2641.7\n\
2023-06,Belgium,2795,persons,2023-06,1,2666.7\n2023-06,France,,persons,2023-06,1,\n"
    );
    assert!(err.contains("note: No rolling average for 2023-01, 2023-02: the store holds fewer than 3 whole months in a row up to them.\n"), "{err}");
    // France's June is `:`: the average is not taken, for that reason.
    assert!(err.contains("note: No rolling average for 2023-06 France: one of the 3 months up to them is a row without a figure (Eurostat marks it not available, `:`), and an average is never taken over fewer months.\n"), "{err}");
    let (out, _) = csv(
        &db,
        "applications where geo in (BE, NL) and month >= 2023-05 by month, geo index 2023-01",
    );
    assert_eq!(
        out,
        "month,geo,value,unit,period,months_covered,index\n\
2023-05,Netherlands,3205,persons,2023-05,1,91.3\n\
2023-05,Belgium,2775,persons,2023-05,1,99.6\n\
2023-06,Netherlands,3720,persons,2023-06,1,106.0\n\
2023-06,Belgium,2795,persons,2023-06,1,100.4\n"
    );
    let (out, err) = csv(
        &db,
        "applications where geo in (BE, NL, FR) by geo average per month",
    );
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered,months\n\
Netherlands,3201.7,persons,2023-01..2023-06,6,6\n\
Belgium,2647.5,persons,2023-01..2023-06,6,6\n\
France,,persons,2023-01..2023-06,6,6\n"
    );
    // France's June is `:`: no average over the five months left.
    assert!(
        err.contains("note: No figure for France: Eurostat marks its figure (or one of the figures the row is made of) not available (`:`), and asylq never gives a figure over less than the row stands for.\n"),
        "{err}"
    );
}

/// Sexes and age classes are typed as Eurostat's codes or as words in
/// nl, fr and en; a word it does not know is refused with the classes.
#[test]
fn sexes_and_ages_are_typed_as_codes_or_words() {
    let (_dir, db) = store(FIXTURES, true);
    let by_code = csv(
        &db,
        "applications where geo = BE and sex = F and age = Y_LT18 by month",
    );
    for words in [
        "sex = women and age = minors",
        "sex = vrouwen and age = minderjarigen",
        "sex = femmes and age = mineurs",
    ] {
        let query = format!("applications where geo = BE and {words} by month");
        assert_eq!(csv(&db, &query), by_code, "{query}");
    }
    assert_eq!(
        csv(
            &db,
            "applications where geo = BE and age = \"14-17\" by month"
        )
        .0,
        csv(
            &db,
            "applications where geo = BE and age = \"Y14-17\" by month"
        )
        .0
    );
    let (status, _, err) = asylq_on(
        &db,
        &["-c", "applications where geo = BE and age = elderly"],
    );
    assert_eq!(status, Some(1));
    assert!(err.contains("Help: Eurostat's age classes are TOTAL, Y_LT14, Y14-17, Y_LT18, Y18-34, Y35-64, Y_GE65, Y_GE18, UNK (or minors, adults, 14-17, 18-34, 35-64, 65+, unknown)"), "{err}");
}

/// A running total over Eurostat's months stops where a month is missing
/// (July and August 2023 are in no download), with a note.
#[test]
fn a_eurostat_running_total_stops_at_a_missing_month() {
    let (_dir, db) = store(FIXTURES, false);
    let q = "applications where geo = BE and publisher = eurostat and month >= 2023-05 by month cumulative";
    let (out, err) = csv(&db, q);
    assert_eq!(
        out,
        "month,value,unit,period,months_covered,cumulative
2023-05,2775,persons,2023-05,1,
2023-06,2795,persons,2023-06,1,
2023-09,3255,persons,2023-09,1,
2023-10,3740,persons,2023-10,1,
2023-11,3230,persons,2023-11,1,
"
    );
    assert!(
        err.contains("note: No running total for 2023-05, 2023-06, 2023-09, 2023-10, 2023-11:"),
        "{err}"
    );
    let (out, _) = csv(
        &db,
        "applications where geo = BE and publisher = eurostat and year = 2023 by month cumulative",
    );
    assert!(
        out.contains("\n2023-06,2795,persons,2023-06,1,15885\n2023-09,3255,persons,2023-09,1,\n"),
        "{out}"
    );
}

/// Without a dimension of time, a row with months missing is named by its
/// reporting country, never "the figure".
#[test]
fn a_row_with_months_missing_is_named_by_its_country() {
    let (_dir, db) = store(FIXTURES, false);
    let (_, err) = csv(&db, "applications where geo in (BE, NL) by geo");
    assert!(err.contains("note: Belgium covers 9 of 11 months (the sum of those the store holds); missing: 2023-07, 2023-08.\n"), "{err}");
}

/// The annual dataset, as the Data Browser's SDMX-CSV 2.0 "with labels"
/// gives it, answers a year; the monthly one answers its months; never
/// both in one figure. A year Eurostat marks not available is a row
/// without a value, with a note.
#[test]
fn the_annual_dataset_with_labels_answers_a_year_and_the_monthly_its_months() {
    let (_dir, db) = store(
        &[
            "migr_asyappctzm_2023h1.tsv",
            "migr_asyappctzm.tsv",
            "estat_migr_asyappctza_labels.csv",
        ],
        false,
    );
    let (out, _) = csv(
        &db,
        "applications where geo = BE and publisher = eurostat and year = 2023",
    );
    assert_eq!(
        out,
        "value,unit,period,months_covered\n35505,persons,2023,12\n"
    );
    let (out, err) = csv(
        &db,
        "applications where geo in (BE, NL) and publisher = eurostat by year, geo",
    );
    assert_eq!(
        out,
        "year,geo,value,unit,period,months_covered\n\
2022,Netherlands,37875,persons,2022,12\n\
2022,Belgium,36870,persons,2022,12\n\
2023,Belgium,35505,persons,2023,12\n\
2023,Netherlands,,persons,2023,12\n"
    );
    assert!(err.contains("note: No figure for 2023 Netherlands: Eurostat marks its figure (or one of the figures the row is made of) not available (`:`)"), "{err}");
    let (out, _) = csv(
        &db,
        "applications where geo = BE and publisher = eurostat and month between 2023-01 and 2023-02 by month",
    );
    assert_eq!(
        out,
        "month,value,unit,period,months_covered\n2023-01,2785,persons,2023-01,1\n2023-02,2380,persons,2023-02,1\n"
    );
}

/// The old bulk files' geo `TOTAL` answers as an aggregate of its own,
/// by its code as the EU's aggregates, beside the countries and the EU, never summed from them.
#[test]
fn the_bulk_geo_total_answers_as_an_aggregate() {
    let (_dir, db) = store(&["migr_asyappctza_bulk.tsv"], false);
    let (out, _) = csv(
        &db,
        "applications where geo in (BE, EU28, TOTAL) and year = 2015 by geo",
    );
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered\n\
TOTAL,1393920,persons,2015,12\n\
EU28,1322825,persons,2015,12\n\
Belgium,44760,persons,2015,12\n"
    );
}

/// A load of several files where the store refuses one (another edition of
/// the same day with other figures) stores none of them, names the file
/// refused and exits 3; nothing is said to have been loaded.
#[test]
fn a_load_where_one_edition_is_refused_stores_none_of_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let rival = dir.path().join("estat_migr_asyappctzm_rival.csv");
    let labels =
        std::fs::read_to_string(fixture("estat_migr_asyappctzm_sdmx1_labels.csv")).unwrap();
    std::fs::write(
        &rival,
        labels.replace(",93305,provisional", ",88575,provisional"),
    )
    .unwrap();
    let db = dir.path().join("store.duckdb");
    let files = [
        fixture("demo_pjan.tsv").display().to_string(),
        fixture("migr_asyappctzm.csv").display().to_string(),
        rival.display().to_string(),
    ];
    let mut args = vec!["load", "--no-embedded"];
    args.extend(files.iter().map(String::as_str));
    let (status, out, err) = asylq_on(&db, &args);
    assert_eq!(status, Some(3), "{err}");
    assert_eq!(out, "");
    assert_eq!(
        err,
        "error: 1 of the 3 files were refused, so nothing was stored (load the others alone, or fix these and load them all again):\n  estat_migr_asyappctzm_rival.csv: another edition of migr_asyappctzm with the same last update (05/12/23 23:00:00) is stored with other figures (migr_asyappctzm.csv); nothing was stored (pass --replace to put this one in its place)\n"
    );
    assert!(!db.exists());
}

/// A year the annual dataset gives is answered by it alone: never its
/// figures of one type beside the quarters' (or months') parts of another,
/// which would count the same decisions twice.
#[test]
fn a_year_of_the_annual_dataset_is_never_beside_the_quarters_parts() {
    let (_dir, db) = store(
        &[
            "migr_asydcfsta.tsv",
            "migr_asydcfstq.tsv",
            "migr_asyappctzm_2023h1.tsv",
            "estat_migr_asyappctza_labels.csv",
        ],
        false,
    );
    let (out, _) = csv(
        &db,
        "decisions where geo = BE and publisher = eurostat and country = Syria and year = 2023 by type share",
    );
    assert_eq!(
        out,
        "type,value,unit,period,months_covered,share\npositive,3910,persons,2023,12,86.98553948832036\nrejected,585,persons,2023,12,13.014460511679644\n"
    );
    let (out, _) = csv(
        &db,
        "applications where geo = BE and publisher = eurostat and year = 2023 by type",
    );
    assert_eq!(
        out,
        "type,value,unit,period,months_covered\nregistered,35505,persons,2023,12\n"
    );
}

/// A reporting country the filter names that has no row says so, by its
/// name; never left out unsaid.
#[test]
fn a_reporting_country_without_a_row_is_named() {
    let (_dir, db) = store(&["migr_asyappctzm.tsv"], false);
    let (out, err) = csv(
        &db,
        "applications where geo in (BE, NL, DE, FR) and month = 2023-10 by geo",
    );
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered\nBelgium,3740,persons,2023-10,1\n"
    );
    assert!(err.contains("note: No row for Netherlands, Germany, France: the store's Eurostat downloads give no figure for them that answers this query (their series may be by citizenship only, or of another type or period).\n"), "{err}");
}

/// An answer of the CGVS's figures over several years takes the years it
/// lacks from Eurostat's figures for Belgium, as each year alone is
/// answered, and says so: no year is dropped. Where rows of two publishers
/// cannot stand in one answer (`top`), a note names those years.
#[test]
fn years_only_eurostat_gives_are_answered_by_eurostat_beside_the_cgvs() {
    let (_dir, db) = store(&["migr_asyappctza_bulk.tsv"], false);
    let (out, err) = csv(
        &db,
        "applications where geo = BE and year between 2014 and 2023 by year",
    );
    assert_eq!(out, "year,value,unit,period,months_covered\n2014,22710,persons,2014,12\n2015,44760,persons,2015,12\n2016,18280,persons,2016,12\n2022,36871,persons,2022,12\n2023,32203,persons,2023-01..2023-11,11\n");
    assert!(err.contains("note: From Eurostat: 2014, 2015, 2016: the store's CGVS figures answer this query for none of those years, and Eurostat's do; each year comes from one publisher, as it would alone, never from both. Eurostat counts by its own definition (its note says how); the other notes on definitions speak of the CGVS's rows.\n"), "{err}");
    assert!(
        !err.contains("The store's CGVS figures give none for this query"),
        "{err}"
    );
    let (out, _) = csv(
        &db,
        "applications where geo = BE and year between 2014 and 2023 by year share",
    );
    assert_eq!(out, "year,value,unit,period,months_covered,share\n2014,22710,persons,2014,12,100.0\n2015,44760,persons,2015,12,100.0\n2016,18280,persons,2016,12,100.0\n2022,36871,persons,2022,12,100.0\n2023,32203,persons,2023-01..2023-11,11,100.0\n");
    // A change, a cut, an order by value or a filter on values would run
    // from one publisher's rows into the other's: the years are named.
    let named = "note: Not in this answer: 2014, 2015, 2016, which the store's CGVS figures do not give and Eurostat's do: ask `… and publisher = eurostat` (Eurostat's applicants count no resettled persons).\n";
    for (modifier, rows) in [
        (" change", "year,value,unit,period,months_covered,change,change_pct\n2022,36871,persons,2022,12,,\n2023,32203,persons,2023-01..2023-11,11,-2048,-6.0\n"),
        (" cumulative", "year,value,unit,period,months_covered,cumulative\n2022,36871,persons,2022,12,36871\n2023,32203,persons,2023-01..2023-11,11,69074\n"),
        (" top 1", "year,value,unit,period,months_covered\n2022,36871,persons,2022,12\n"),
        (" sort by value desc", "year,value,unit,period,months_covered\n2022,36871,persons,2022,12\n2023,32203,persons,2023-01..2023-11,11\n"),
        (" having value < 35000", "year,value,unit,period,months_covered\n2023,32203,persons,2023-01..2023-11,11\n"),
        (" having value < 20000", "year,value,unit,period,months_covered\n"),
    ] {
        let text = format!("applications where geo = BE and year between 2014 and 2023 by year{modifier}");
        let (out, err) = csv(&db, &text);
        assert_eq!(out, rows, "{text}");
        assert!(err.contains(named), "{text}: {err}");
        assert!(!err.contains("From Eurostat"), "{text}: {err}");
    }
    // A year Eurostat gives only whole is named under rows by month or
    // quarter, where no row can hold it beside the CGVS's.
    for text in [
        "applications where geo = BE and year between 2014 and 2023 by month change",
        "applications where geo = BE and year between 2014 and 2023 by quarter",
    ] {
        let (_, err) = csv(&db, text);
        assert!(
            err.contains("note: Not in this answer: 2014, 2015, 2016, which"),
            "{text}: {err}"
        );
    }
    // Without rows by period, the years are named all the same.
    let (out, err) = csv(
        &db,
        "applications where geo = BE and year between 2014 and 2023",
    );
    assert_eq!(
        out,
        "value,unit,period,months_covered\n69074,persons,2022-01..2023-11,23\n"
    );
    assert!(err.contains(named), "{err}");
    let (out, _) = csv(&db, "applications where geo = BE and year = 2014");
    assert_eq!(
        out,
        "value,unit,period,months_covered\n22710,persons,2014,12\n"
    );
}

/// A year the CGVS's pages give only in files (Syria's 2015) is answered
/// in persons by Eurostat, as that year alone is, and the CGVS's note says
/// where its own figures are, not that the year has no row.
#[test]
fn a_year_the_cgvs_gives_in_another_unit_is_eurostat_s_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.duckdb");
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/en-2015-11.txt");
    let annual = fixture("migr_asyappctza_bulk.tsv");
    let (status, _, err) = asylq_on(
        &db,
        &[
            "load",
            &page.display().to_string(),
            &annual.display().to_string(),
        ],
    );
    assert_eq!(status, Some(0), "{err}");
    let (out, err) = csv(
        &db,
        "applications where country = Syria and year between 2014 and 2023 by year",
    );
    assert_eq!(out, "year,value,unit,period,months_covered\n2014,2705,persons,2014,12\n2015,10415,persons,2015,12\n2016,2725,persons,2016,12\n2023,3836,persons,2023-01..2023-11,11\n");
    assert!(err.contains("note: The CGVS's own figures for 2015 are in files, not in persons: ask `where unit = files`; asylq never converts one unit into the other.\n"), "{err}");
    assert!(!err.contains("No row for 2015"), "{err}");
    assert!(
        err.contains("note: From Eurostat: 2014, 2015, 2016: "),
        "{err}"
    );
}

/// `top` and `sort … limit` leave a figure Eurostat marks `:` out of their
/// ranking with a note naming it, never cut unsaid by the limit.
#[test]
fn a_ranking_names_the_rows_it_cannot_rank() {
    let (_dir, db) = store(FIXTURES, false);
    let query = "applications where geo in (BE, NL, DE, FR, LU) and month = 2023-06 by geo";
    let (out, err) = csv(&db, &format!("{query} top 3"));
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered\nGermany,26940,persons,2023-06,1\nNetherlands,3720,persons,2023-06,1\nBelgium,2795,persons,2023-06,1\n"
    );
    assert!(
        err.contains("note: Left out of top, as they have no value: 2023-06 France.\n"),
        "{err}"
    );
    let (_, err) = csv(&db, &format!("{query} sort by value desc limit 2"));
    assert!(
        err.contains("note: Left out of sort, as they have no value: 2023-06 France.\n"),
        "{err}"
    );
}

/// A Eurostat download that lost its header line is refused as such, not
/// as a news article.
#[test]
fn a_download_without_its_header_line_is_refused_as_such() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["migr_asyappctzm.csv", "migr_asyappctzm.tsv"] {
        let text = std::fs::read_to_string(fixture(name)).unwrap();
        let headless = dir.path().join(name);
        std::fs::write(&headless, text.split_once('\n').unwrap().1).unwrap();
        let db = dir.path().join("store.duckdb");
        let (status, _, err) = asylq_on(&db, &["load", headless.to_str().unwrap()]);
        assert_eq!(status, Some(3), "{err}");
        assert!(
            err.contains(
                "looks like a Eurostat download without its header line: its first line, '"
            ),
            "{err}"
        );
        assert!(!db.exists());
    }
}

/// `having` keeps rows by their values: the countries it leaves out are
/// not said to have no figure.
#[test]
fn having_leaves_out_countries_without_calling_them_absent() {
    let (_dir, db) = store(FIXTURES, false);
    let (out, err) = csv(
        &db,
        "applications where geo in (BE, NL, DE, LU) and month = 2023-03 by geo having value > 3000",
    );
    assert_eq!(
        out,
        "geo,value,unit,period,months_covered\nGermany,27940,persons,2023-03,1\nNetherlands,3095,persons,2023-03,1\n"
    );
    assert!(!err.contains("No row for"), "{err}");
}

/// Where Eurostat answers for Belgium because the CGVS's figures are in
/// another unit (2015's pages count files), the answer says where the
/// CGVS's own are.
#[test]
fn eurostat_in_place_of_the_cgvs_says_the_cgvs_counts_in_another_unit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.duckdb");
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/en-2015-11.txt");
    let (status, _, err) = asylq_on(
        &path,
        &[
            "load",
            &page.display().to_string(),
            &fixture("migr_asyappctza_bulk.tsv").display().to_string(),
        ],
    );
    assert_eq!(status, Some(0), "{err}");
    let (out, err) = csv(&path, "applications where year = 2015 by country top 5");
    assert_eq!(
        out,
        "country,value,unit,period,months_covered\nSyria,10415,persons,2015,12\n"
    );
    assert!(err.contains("note: The CGVS's own figures for this query are in files, not in persons: ask `where unit = files`; asylq never converts one unit into the other.\n"), "{err}");
    let (out, _) = csv(
        &path,
        "applications where year = 2015 and unit = files by country top 1",
    );
    assert_eq!(
        out,
        "country,value,unit,period,months_covered\nAfghanistan,1730,files,2015-11,1\n"
    );
}

/// `show coverage` lists the periods Eurostat gives for Belgium beside the
/// CGVS's, with their datasets.
#[test]
fn show_coverage_lists_eurostat_s_periods_for_belgium() {
    let (_dir, db) = store(&["migr_asyappctzm.tsv", "migr_asydcfsta.tsv"], false);
    let (out, _) = csv(&db, "show coverage");
    for line in [
        "\n2023-01..2023-12,decisions,persons,\"positive, rejected, total\",eurostat migr_asydcfsta,false\n",
        "\n2023-09,applications,persons,registered,eurostat migr_asyappctzm,false\n",
        "\n2023-11,applications,persons,registered,eurostat migr_asyappctzm,false\n",
        "\n2023-11,workload,dossiers,\"backlog, normal, total\",report,false\n",
    ] {
        assert!(out.contains(line), "{line:?} not in\n{out}");
    }
}

/// `by age` shows the wider class where the store lacks one of its parts:
/// Belgium's June 2023 is given under 18 only, never "no figure".
#[test]
fn by_age_a_wider_class_stands_where_its_parts_are_missing() {
    let (_dir, db) = store(FIXTURES, false);
    let (out, _) = csv(
        &db,
        "applications where geo = BE and month = 2023-06 by age",
    );
    assert_eq!(
        out,
        "age,value,unit,period,months_covered\nY_LT18,800,persons,2023-06,1\n"
    );
    // The row is right, and a note says it is not everyone.
    let (_, err) = csv(
        &db,
        "applications where geo = BE and month = 2023-06 by age",
    );
    assert!(err.contains("note: By age, the classes shown do not make the whole for 2023-06 (`Y_GE18`, `UNK`): the store holds no figure of the classes in brackets, so the rows shown are not everyone and do not add up to the total.\n"), "{err}");
    let (_, err) = csv(
        &db,
        "applications where geo = BE and month = 2023-06 by sex",
    );
    assert!(!err.contains("do not make the whole"), "{err}");
}

/// A member marked `:` only in series other than the aggregate's (Germany's
/// Afghan applicants in November 2023) is no member missing from the
/// aggregate's total: no note says the total may count only the others.
#[test]
fn a_member_marked_not_available_in_another_series_thins_no_aggregate() {
    let (_dir, db) = store(&["migr_asyappctzm.tsv"], false);
    let (out, err) = csv(
        &db,
        "applications where geo = EU27_2020 and month = 2023-11",
    );
    assert_eq!(
        out,
        "value,unit,period,months_covered\n93305,persons,2023-11,1\n"
    );
    assert!(!err.contains("not available (`:`) in that month"), "{err}");
}
/// An aggregate of the Union in a month for which Eurostat marks some of
/// its members `:` (tps00190's EU28 of January 2017: four of 28 give a
/// figure) is shown with a note that it may count only the others.
#[test]
fn an_aggregate_over_members_mostly_not_available_says_so() {
    let (_dir, db) = store(&["tps00190.tsv"], true);
    let (out, err) = csv(
        &db,
        "pending where geo = EU28 and month >= 2016-12 by month",
    );
    assert_eq!(
        out,
        "month,value,unit,period,months_covered\n2016-12,1044170,persons,2016-12,1\n2017-01,130825,persons,2017-01,1\n"
    );
    // December 2016 lacks eight members (Greece alone had 37,880 in
    // November): its figure is the sum of the twenty others.
    assert!(err.contains("note: Eurostat gives a figure for EU28 2016-12 (8/28), EU28 2017-01 (24/28) though it marks some of the aggregate's member countries not available (`:`) in that month"), "{err}");
}

/// A year of the annual dataset, left out of an answer by month or by
/// quarter because the monthly dataset gives months inside it, is named
/// with its figure.
#[test]
fn a_year_left_out_of_an_answer_by_month_is_named() {
    let (_dir, db) = store(
        &[
            "migr_asyappctzm_2023h1.tsv",
            "estat_migr_asyappctza_labels.csv",
        ],
        false,
    );
    for by in ["month", "quarter"] {
        let query =
            format!("applications where geo = BE and publisher = eurostat and year = 2023 by {by}");
        let (_, err) = csv(&db, &query);
        assert!(err.contains(&format!("note: On no row: 2023 Belgium (35,505): Eurostat's figures over a longer period, inside which the rows show the source's figures by {by}, never both; an answer by year shows them.\n")), "{by}: {err}");
    }
}

/// `last N months` counts back from each publisher's own newest month: the
/// months Eurostat's count reaches that the CGVS's answer does not are
/// outside the question, never "not in this answer".
#[test]
fn the_last_months_name_no_period_eurostat_gives_outside_the_question() {
    let (_dir, db) = store(&["migr_asyappctzm_2023h1.tsv"], false);
    let (out, err) = csv(&db, "applications last 2 months by month");
    assert!(
        out.starts_with("month,value,unit,period,months_covered\n2023-10,"),
        "{out}"
    );
    assert!(!err.contains("Not in this answer"), "{err}");
}
