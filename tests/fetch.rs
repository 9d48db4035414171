//! `asylq fetch` against a local HTTP server that serves the fixture pages:
//! a page found and loaded, a page that is not there (404), a site that
//! cannot be reached, and the cache that answers the next time.

mod common;

use std::process::Command;

/// Serves the Dutch October 2019 fixture page at its address on the site
/// (and 404 for anything else) on a free local port, for `requests` requests.
fn serve(requests: usize) -> String {
    common::serve(
        "/nl/actueel/asielstatistieken-oktober-2019",
        include_str!("pages/nl-2019-10.txt"),
        requests,
    )
}

/// Runs asylq with its own data directory and store; exit status, stdout, stderr.
fn asylq(home: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    common::output(
        Command::new(env!("CARGO_BIN_EXE_asylq"))
            .env("XDG_DATA_HOME", home)
            .env("HOME", home)
            .env_remove("ASYLQ_BASE_URL")
            .arg("--db")
            .arg(home.join("facts.duckdb"))
            .args(args),
    )
}

#[test]
fn a_page_is_fetched_cached_and_loaded() {
    let home = tempfile::tempdir().unwrap();
    let base = serve(1);
    let (code, _, err) = asylq(home.path(), &["fetch", "2019-10", "--base-url", &base]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("nl-2019-10.html: 2019-10 (18 facts, 1 checks): loaded"),
        "{err}"
    );
    let (_, out, _) = asylq(
        home.path(),
        &["-c", "workload where month = 2019-10", "--format", "csv"],
    );
    assert_eq!(
        out,
        "value,unit,period,months_covered\n9907,dossiers,2019-10,1\n"
    );
    let port = base.rsplit(':').next().unwrap();
    let cached = home
        .path()
        .join(format!("asylq/pages/from-127.0.0.1_{port}/nl-2019-10.html"));
    assert!(cached.exists());
    // The server is gone: the cache answers.
    let (code, _, err) = asylq(home.path(), &["fetch", "2019-10", "--base-url", &base]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("already stored, unchanged"), "{err}");
    // Another server's pages are not this one's: its cache is its own.
    let (code, _, err) = asylq(
        home.path(),
        &["fetch", "2019-10", "--base-url", "http://127.0.0.1:9"],
    );
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("cannot reach http://127.0.0.1:9/"), "{err}");
}

#[test]
fn a_month_that_is_not_over_has_no_page_to_fetch() {
    let home = tempfile::tempdir().unwrap();
    let (code, _, err) = asylq(home.path(), &["fetch", "2099-01"]);
    assert_eq!(code, 4, "{err}");
    assert!(
        err.starts_with("error: fetch 2099-01: 2099-01 is in the future (this is 20"),
        "{err}"
    );
    assert!(!home.path().join("facts.duckdb").exists());
}

#[test]
fn a_missing_page_is_named_with_the_addresses_tried() {
    let home = tempfile::tempdir().unwrap();
    let base = serve(2);
    let (code, _, err) = asylq(
        home.path(),
        &["fetch", "2019-09", "--page-lang", "en", "--base-url", &base],
    );
    assert_eq!(code, 4, "{err}");
    assert!(
        err.contains(&format!(
            "no page for 2019-09: {base}/en/news/asylum-statistics-september-2019, {base}/en/news/asylum-statistics-september-2019-0 answered 404"
        )),
        "{err}"
    );
    assert!(!home.path().join("facts.duckdb").exists());
}

#[test]
fn an_unreachable_site_stores_nothing() {
    let home = tempfile::tempdir().unwrap();
    let (code, _, err) = asylq(
        home.path(),
        &["fetch", "2019-10", "--base-url", "http://127.0.0.1:9"],
    );
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("cannot reach http://127.0.0.1:9/nl/actueel/asielstatistieken-oktober-2019: "),
        "{err}"
    );
    assert!(err.contains("nothing was fetched or stored"), "{err}");
    assert!(!home.path().join("facts.duckdb").exists());
    let (code, _, err) = asylq(home.path(), &["fetch", "October"]);
    assert_eq!(code, 2, "{err}");
}

/// Serves the 2023 overview at its second candidate address, 404 otherwise.
fn serve_overview(requests: usize) -> String {
    common::serve(
        "/nl/actueel/overzicht-asielstatistieken-2023",
        common::stores::OVERVIEW_2023,
        requests,
    )
}

#[test]
fn a_year_fetches_its_overview_at_one_of_the_candidate_addresses() {
    let home = tempfile::tempdir().unwrap();
    let base = serve_overview(12 + 2 + 12 + 3);
    let (code, _, err) = asylq(home.path(), &["fetch", "2023", "--base-url", &base]);
    // The monthly pages are not there; the overview is, and is loaded.
    assert_eq!(code, 4, "{err}");
    assert!(
        err.contains("nl-2023-overview.html: 2023-12 (2 facts, 0 checks): loaded"),
        "{err}"
    );
    let (_, out, _) = asylq(
        home.path(),
        &["-c", "applications where year = 2023", "--format", "csv"],
    );
    assert_eq!(
        out,
        "value,unit,period,months_covered\n35507,persons,2023,12\n"
    );
    let (code, _, err) = asylq(home.path(), &["fetch", "2022", "--base-url", &base]);
    assert_eq!(code, 4, "{err}");
    assert!(
        err.contains(&format!(
            "no yearly overview of 2022: {base}/nl/actueel/asielstatistieken-overzicht-2022, {base}/nl/actueel/overzicht-asielstatistieken-2022, {base}/nl/actueel/asielstatistieken-jaaroverzicht-2022 answered 404"
        )),
        "{err}"
    );
}

/// `fetch eurostat`: the request is built from the dataset's dimension
/// order (no structure asked first), the answer is cached for the day and
/// loaded as an edition; a request without data is "not published" (exit
/// 4), a server not reached exit 3.
#[test]
fn a_eurostat_dataset_is_fetched_cached_and_loaded() {
    let home = tempfile::tempdir().unwrap();
    let path = "/api/dissemination/sdmx/2.1/data/MIGR_ASYAPPCTZM/......BE+NL?format=TSV&compressed=true&startPeriod=2023-09";
    let base = common::serve(path, include_str!("eurostat/migr_asyappctzm.tsv"), 1);
    let ask = [
        "fetch",
        "eurostat",
        "migr_asyappctzm",
        "--geo",
        "BE,Netherlands",
        "--since",
        "2023-09",
        "--base-url",
        &base,
    ];
    let (code, _, err) = asylq(home.path(), &ask);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(": Eurostat migr_asyappctzm, 18 figures, 2023-09 to 2023-11; loaded\n"),
        "{err}"
    );
    // The server served once: the second run reads the cache.
    let (code, _, err) = asylq(home.path(), &ask);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("already stored, unchanged"), "{err}");
    let (_, out, _) = asylq(
        home.path(),
        &[
            "-c",
            "sql \"SELECT count(*) AS n FROM eurostat_current WHERE geo = 'BE'\"",
            "--format",
            "csv",
        ],
    );
    assert_eq!(out, "n\n9\n");
    // The response's Last-Modified dates the edition.
    let (_, out, _) = asylq(
        home.path(),
        &[
            "-c",
            "sql \"SELECT last_update FROM eurostat_sources\"",
            "--format",
            "csv",
        ],
    );
    assert_eq!(out, "last_update\n15/11/23 23:00:00\n");

    let base = common::serve("/nothing", "", 1);
    let (code, _, err) = asylq(
        home.path(),
        &[
            "fetch",
            "eurostat",
            "migr_asydcfstq",
            "--geo",
            "LU",
            "--base-url",
            &base,
        ],
    );
    assert_eq!(
        (code, err),
        (4, format!("error: Eurostat has no data for {base}/api/dissemination/sdmx/2.1/data/MIGR_ASYDCFSTQ/......LU?format=TSV&compressed=true\n"))
    );
    let (code, _, err) = asylq(
        home.path(),
        &[
            "fetch",
            "eurostat",
            "migr_asydcfstq",
            "--base-url",
            "http://127.0.0.1:9",
        ],
    );
    assert_eq!(code, 3, "{err}");
    let (code, _, err) = asylq(home.path(), &["fetch", "eurostat", "migr_asyunaa"]);
    assert_eq!(
        (code, err),
        (2, "error: asylq does not read the Eurostat dataset migr_asyunaa; it reads migr_asyappctzm, migr_asyappctza, migr_asydcfstq, migr_asydcfsta, migr_asypenctzm, migr_asydcfina, demo_pjan, tps00190, tps00001\n".to_string())
    );
}
