//! Eurostat's downloads in a store: each series' codes once
//! (`eurostat_series`), its cells apart (`eurostat_cells`), read together
//! as `eurostat_facts`. A store that kept `eurostat_facts` as one table
//! answers as it is, and the next writer moves it to the two tables.

mod common;

use common::asylq_on;

const SDMX_1: &str = include_str!("eurostat/migr_asyappctzm.csv");
const PENDING: &str = include_str!("eurostat/migr_asypenctzm.tsv");

fn csv(store: &std::path::Path, sql: &str) -> String {
    let (code, out, err) = asylq_on(store, &["-c", &format!("sql \"{sql}\""), "--format", "csv"]);
    assert_eq!(code, Some(0), "{err}");
    out
}

fn load(store: &std::path::Path, file: &std::path::Path) {
    let (code, _, err) = asylq_on(store, &["load", "--no-embedded", file.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
}

/// A store in `dir` holding the SDMX-CSV fixture.
fn with_download(dir: &std::path::Path) -> std::path::PathBuf {
    let store = dir.join("store.duckdb");
    let file = dir.join("migr_asyappctzm.csv");
    std::fs::write(&file, SDMX_1).unwrap();
    load(&store, &file);
    store
}

const FIGURES: &str = "SELECT source, measure, type, geo, citizen, sex, age, period_start, \
period_end, value, flags, line FROM eurostat_facts ORDER BY ALL";

const LAYOUT: &str = "SELECT table_name, table_type FROM information_schema.tables \
WHERE table_name LIKE 'eurostat%' ORDER BY table_name";

/// Each series is stored once, with its cells apart; unloading takes both.
#[test]
fn a_series_is_stored_once_and_its_cells_apart() {
    let dir = tempfile::tempdir().unwrap();
    let store = with_download(dir.path());
    assert_eq!(
        csv(&store, LAYOUT),
        "table_name,table_type\n\
eurostat_cells,BASE TABLE\n\
eurostat_current,VIEW\n\
eurostat_facts,VIEW\n\
eurostat_series,BASE TABLE\n\
eurostat_sources,BASE TABLE\n"
    );
    // Six series of the file, numbered in the order the file gives them.
    assert_eq!(
        csv(
            &store,
            "SELECT series, type, geo, citizen FROM eurostat_series ORDER BY series"
        ),
        "series,type,geo,citizen\n\
1,registered,BE,Afghanistan\n\
2,registered,DE,Afghanistan\n\
3,first,BE,Afghanistan\n\
4,registered,NL,Syrië\n\
5,registered,BE,TOTAL\n\
6,registered,EU27_2020,TOTAL\n"
    );
    assert_eq!(
        csv(
            &store,
            "SELECT count(*) AS n, sum(value) AS total FROM eurostat_cells"
        ),
        "n,total\n17,351335\n"
    );
    let (code, _, err) = asylq_on(&store, &["unload", "migr_asyappctzm.csv"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        csv(
            &store,
            "SELECT (SELECT count(*) FROM eurostat_series) AS series, \
(SELECT count(*) FROM eurostat_cells) AS cells"
        ),
        "series,cells\n0,0\n"
    );
}

/// Puts the figures of `store` in one table `eurostat_facts`, as asylq
/// stored them before.
fn to_the_older_layout(store: &std::path::Path) {
    let conn = duckdb::Connection::open(store).unwrap();
    conn.execute_batch(
        "CREATE TABLE older AS SELECT * FROM eurostat_facts;
         DROP VIEW eurostat_facts; DROP TABLE eurostat_cells; DROP TABLE eurostat_series;
         ALTER TABLE older RENAME TO eurostat_facts; CHECKPOINT;",
    )
    .unwrap();
}

const QUERY: [&str; 4] = [
    "-c",
    "applications where geo in (BE, DE) by geo, month",
    "--format",
    "csv",
];

/// A store of the older layout is rebuilt into the two tables, its
/// figures unchanged.
#[test]
fn a_store_of_the_older_layout_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let store = with_download(dir.path());
    let figures = csv(&store, FIGURES);
    let (_, answer, _) = asylq_on(&store, &QUERY);
    to_the_older_layout(&store);
    let (code, _, err) = asylq_on(&store, &["rebuild"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(csv(&store, LAYOUT).contains("eurostat_series,BASE TABLE"));
    assert_eq!(csv(&store, FIGURES), figures);
    assert_eq!(asylq_on(&store, &QUERY).1, answer);
}

/// A store whose figures are in one table `eurostat_facts` (as asylq
/// stored them before) answers as it is; the next load moves its figures,
/// unchanged, to the series and cells tables.
#[test]
fn a_store_of_the_older_layout_is_moved_by_the_next_writer() {
    let dir = tempfile::tempdir().unwrap();
    let store = with_download(dir.path());
    let figures = csv(&store, FIGURES);
    let query = QUERY;
    let (_, answer, _) = asylq_on(&store, &query);
    to_the_older_layout(&store);
    assert!(csv(&store, LAYOUT).contains("eurostat_facts,BASE TABLE"));
    assert_eq!(csv(&store, FIGURES), figures);
    assert_eq!(asylq_on(&store, &query).1, answer);
    let pending = dir.path().join("migr_asypenctzm.tsv");
    std::fs::write(&pending, PENDING).unwrap();
    load(&store, &pending);
    assert!(csv(&store, LAYOUT).contains("eurostat_facts,VIEW"));
    assert_eq!(
        csv(
            &store,
            &FIGURES.replace("ORDER BY", "WHERE source = 1 ORDER BY")
        ),
        figures
    );
    assert_eq!(asylq_on(&store, &query).1, answer);
    assert_eq!(
        csv(
            &store,
            "SELECT source, count(*) AS n FROM eurostat_facts GROUP BY ALL ORDER BY ALL"
        ),
        "source,n\n1,17\n2,9\n"
    );
}

/// Only downloads that count the same measure (two editions of a dataset)
/// are ranked figure by figure in `eurostat_current`; the others are
/// current as they are.
#[test]
fn only_downloads_of_the_same_measure_are_ranked_figure_by_figure() {
    let dir = tempfile::tempdir().unwrap();
    let store = with_download(dir.path());
    let pending = dir.path().join("migr_asypenctzm.tsv");
    std::fs::write(&pending, PENDING).unwrap();
    load(&store, &pending);
    let view = "SELECT sql FROM duckdb_views() WHERE view_name = 'eurostat_current'";
    let sql = csv(&store, view);
    assert!(
        !sql.contains("QUALIFY") && !sql.contains("row_number"),
        "{sql}"
    );
    let other = dir.path().join("migr_asyappctzm.tsv");
    std::fs::write(&other, include_str!("eurostat/migr_asyappctzm.tsv")).unwrap();
    load(&store, &other);
    let sql = csv(&store, view);
    assert!(
        sql.contains("NOT IN (1, 3)") && sql.contains("IN (1, 3)"),
        "{sql}"
    );
    assert!(sql.contains("row_number()"), "{sql}");
    // Of the two editions, each figure once: 17 and 17 figures, of which
    // the same 12 keys and months.
    assert_eq!(
        csv(&store, "SELECT count(*) AS n FROM eurostat_current WHERE measure = 'applications'"),
        csv(&store, "SELECT count(*) AS n FROM (SELECT DISTINCT measure, type, geo, citizen, sex, age, period_start, period_end FROM eurostat_facts WHERE measure = 'applications')")
    );
}
