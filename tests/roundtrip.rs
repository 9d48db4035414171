//! Reports other than the seed: figures are rendered in the report's layout,
//! parsed, and must give back the same facts; two consecutive reports load into
//! one store and derive the month between them.

mod common;

use asylq::model::countries::COUNTRIES;
use asylq::report::parse;
use common::stores::figures_from;
use common::Figures;
use proptest::prelude::*;

type Key = (String, String, String, Option<String>, String, String, i64);

fn expected(f: &Figures) -> Vec<Key> {
    let (y, m) = (f.year, f.month);
    let ym = |year: i32, month: usize| format!("{year:04}-{month:02}");
    let mut out = Vec::new();
    let apps = ["first", "resettlement", "subsequent"];
    let decisions = [
        "interim",
        "refugee_status",
        "subsidiary_protection",
        "inadmissible",
        "manifestly_unfounded",
        "refusal",
        "withdrawal",
    ];
    let mut push = |measure: &str,
                    kind: &str,
                    unit: &str,
                    country: Option<&str>,
                    start: String,
                    end: String,
                    value: i64| {
        out.push((
            measure.into(),
            kind.into(),
            unit.into(),
            country.map(String::from),
            start,
            end,
            value,
        ));
    };
    for (year, rows) in [(y - 1, &f.previous), (y, &f.current)] {
        for (i, r) in rows.iter().enumerate() {
            for k in 0..3 {
                push(
                    "applications",
                    apps[k],
                    "persons",
                    None,
                    ym(year, i + 1),
                    ym(year, i + 1),
                    r[k],
                );
            }
        }
    }
    let tops = [
        (&f.top_month, f.other_month(), ym(y, m)),
        (&f.top_year, f.other_year(), ym(y, 1)),
    ];
    for (top, other, start) in tops {
        let rows = top
            .iter()
            .map(|(c, v)| (c.as_str(), *v))
            .chain([("other", other)]);
        for (country, v) in rows {
            for k in 0..3 {
                push(
                    "applications",
                    apps[k],
                    "persons",
                    Some(country),
                    start.clone(),
                    ym(y, m),
                    v[k],
                );
            }
        }
    }
    for (unit, rows) in [("persons", &f.persons), ("dossiers", &f.dossiers)] {
        for (i, r) in rows.iter().enumerate() {
            for k in 0..7 {
                push(
                    "decisions",
                    decisions[k],
                    unit,
                    None,
                    ym(y, i + 1),
                    ym(y, i + 1),
                    r[k],
                );
            }
        }
    }
    let kinds = [
        "refugee_status",
        "subsidiary_protection",
        "withdrawal",
        "negative",
    ];
    let rows = f
        .by_country
        .iter()
        .map(|(c, v)| (c.as_str(), *v))
        .chain([("other", f.other_country())]);
    for (country, v) in rows {
        for k in 0..4 {
            push(
                "decisions",
                kinds[k],
                "persons",
                Some(country),
                ym(y, 1),
                ym(y, m),
                v[k],
            );
        }
    }
    let (persons, normal, backlog) = f.workload;
    for (kind, unit, v) in [
        ("total", "dossiers", normal + backlog),
        ("total", "persons", persons),
        ("normal", "dossiers", normal),
        ("backlog", "dossiers", backlog),
    ] {
        push("workload", kind, unit, None, ym(y, m), ym(y, m), v);
    }
    out.sort();
    out
}

fn parsed(text: &str) -> Vec<Key> {
    let report = parse(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(report.failures, vec![], "checks failed");
    let mut out: Vec<Key> = report
        .facts
        .into_iter()
        .map(|f| {
            let (measure, kind, unit) = f.figure.words();
            (
                measure.into(),
                kind.into(),
                unit.into(),
                f.country,
                f.start.to_string(),
                f.end.to_string(),
                f.value,
            )
        })
        .collect();
    out.sort();
    out
}

fn figures() -> impl Strategy<Value = Figures> {
    (2015i32..2035, 1usize..=12, any::<u64>())
        .prop_map(|(year, month, seed)| figures_from(year, month, seed))
}

#[test]
fn a_december_report_reads_back() {
    let f = figures_from(2023, 12, 7);
    assert_eq!(parsed(&f.render()), expected(&f));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn rendered_reports_read_back(f in figures()) {
        prop_assert_eq!(parsed(&f.render()), expected(&f));
    }
}

/// The seed report and a December report after it, written to `dir`:
/// December's November applications differ by one person (a revision);
/// Syria's year-to-date decisions grow by 100 refugee statuses.
fn november_and_december(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let seed = include_str!("../data/asielstatistieken-2023-11.txt");
    let nov = dir.join("asielstatistieken-2023-11.txt");
    std::fs::write(&nov, seed).unwrap();
    let mut dec = figures_from(2023, 12, 11);
    dec.current[10] = [2734, 9, 490];
    for (i, v) in dec.current.iter_mut().enumerate().take(10) {
        let months = [
            [2286, 8, 491],
            [1944, 0, 455],
            [2038, 10, 596],
            [1628, 0, 425],
            [2237, 0, 466],
            [2231, 15, 509],
            [2479, 0, 493],
            [3131, 27, 508],
            [2756, 20, 478],
            [3124, 102, 514],
        ];
        *v = months[i];
    }
    dec.by_country[0] = ("Syrië".to_string(), [2566, 49, 8, 376]);
    for (name, _) in dec.by_country.iter_mut().skip(1) {
        if name == "Syrië" {
            *name = "Kosovo".to_string();
        }
    }
    let dec_file = dir.join("asielstatistieken-2023-12.txt");
    std::fs::write(&dec_file, dec.render()).unwrap();
    (nov, dec_file)
}

#[test]
fn consecutive_reports_revise_and_derive() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let (nov, dec_file) = november_and_december(dir.path());
    let run = |args: &[&str]| asylq_db(&db, args);
    run(&["load", nov.to_str().unwrap(), dec_file.to_str().unwrap()]);
    assert_eq!(
        run(&[
            "-c",
            "applications where month = 2023-11 and type = first",
            "--format",
            "csv"
        ]),
        "value,unit,period,months_covered\n2734,persons,2023-11,1\n"
    );
    assert!(run(&["-c", "show revisions", "--format", "csv"])
        .contains("applications,first,persons,,2023-11,2733,2734,\"asielstatistieken-2023-11.txt, line 250\",\"asielstatistieken-2023-12.txt, line "));
    assert_eq!(
        run(&[
            "-c",
            "decisions where country = \"SY\" and type = refugee_status by month",
            "--format",
            "csv"
        ]),
        "month,value,unit,period,months_covered\n2023-01..2023-11,2466,persons,2023-01..2023-11,11\n2023-12,100,persons,2023-12,1\n"
    );
    assert_eq!(
        run(&[
            "-c",
            "decisions where country = \"SY\" and type = refugee_status and year = 2023",
            "--format",
            "csv"
        ]),
        "value,unit,period,months_covered\n2566,persons,2023,12\n"
    );
    assert_eq!(run(&["sources", "--format", "csv"]).lines().count(), 3);
    // On a chart a derived month is drawn hollow and named under it.
    let chart = dir.path().join("syria.svg");
    run(&[
        "-c",
        "decisions where country = \"SY\" and type = refugee_status by month",
        "--chart",
        "line",
        "--output",
        chart.to_str().unwrap(),
    ]);
    let svg = std::fs::read_to_string(&chart).unwrap();
    // The words of the chart, its wrapped lines joined.
    let words = common::svg_words(&svg);
    assert!(
        words.join(" ").contains("periods the data covers only in part, or derived (2023-12: computed by asylq from printed figures)"),
        "{svg}"
    );
    assert_eq!(
        words[0],
        "Decisions by month, Syria, refugee status, December 2023"
    );
}

#[test]
fn a_country_outside_the_reference_loads_and_can_be_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let mut f = figures_from(2024, 3, 5);
    f.top_year[9].0 = "Atlantis d'Or".to_string();
    let file = dir.path().join("asielstatistieken-2024-03.txt");
    std::fs::write(&file, f.render()).unwrap();
    let run = |args: &[&str]| asylq_db(&db, args);
    run(&["load", file.to_str().unwrap()]);
    let total: i64 = f.top_year[9].1.iter().sum();
    assert_eq!(
        run(&[
            "-c",
            "applications where year = 2024 and country = \"atlantis d'or\"",
            "--format",
            "csv"
        ]),
        format!("value,unit,period,months_covered\n{total},persons,2024-01..2024-03,3\n")
    );
    assert!(run(&["-c", "show countries", "--format", "csv"]).contains("\nAtlantis d'Or,,,,,3\n"));
}

/// A store of schema 1 (a view `current_facts`, no texts, no recorded
/// version) is refused until `asylq rebuild` makes it again; its November
/// report comes back from the page cache's folder, where `rebuild` looks for
/// what an old store did not keep, and the rebuilt store takes loads again.
#[test]
fn a_store_with_the_old_current_facts_view_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let (nov, dec_file) = november_and_december(dir.path());
    let cache = dir.path().join("data/asylq/pages");
    std::fs::create_dir_all(&cache).unwrap();
    std::fs::copy(&nov, cache.join(nov.file_name().unwrap())).unwrap();
    let asylq = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap()
    };
    let november = [
        "-c",
        "applications where month = 2023-11 and type = first",
        "--format",
        "csv",
    ];
    asylq_db(&db, &["load", nov.to_str().unwrap()]);
    {
        let conn = duckdb::Connection::open(&db).unwrap();
        conn.execute_batch(
            "DROP TABLE current_facts; DROP TABLE texts; DROP TABLE schema_version;
             CREATE VIEW current_facts AS SELECT * EXCLUDE (rank) FROM all_facts WHERE rank = 1;",
        )
        .unwrap();
    }
    let refused = asylq(&november);
    assert_eq!(refused.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("Run `asylq rebuild"));
    let rebuilt = asylq(&["rebuild"]);
    assert!(
        rebuilt.status.success(),
        "{}",
        String::from_utf8_lossy(&rebuilt.stderr)
    );
    assert_eq!(
        String::from_utf8(asylq(&november).stdout).unwrap(),
        "value,unit,period,months_covered\n2733,persons,2023-11,1\n"
    );
    asylq_db(&db, &["load", dec_file.to_str().unwrap()]);
    assert_eq!(
        asylq_db(&db, &november),
        "value,unit,period,months_covered\n2734,persons,2023-11,1\n"
    );
    let conn = duckdb::Connection::open(&db).unwrap();
    let kind: String = conn
        .query_row(
            "SELECT table_type FROM information_schema.tables WHERE table_name = 'current_facts'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kind, "BASE TABLE");
}

#[test]
fn a_report_loaded_into_the_embedded_store_revises_it() {
    use asylq::session::{Cell, Output, Session};
    let dir = tempfile::tempdir().unwrap();
    let (_, dec_file) = november_and_december(dir.path());
    let text = std::fs::read_to_string(&dec_file).unwrap();
    let mut store = asylq::store::Store::embedded().unwrap();
    let loaded = store
        .insert(
            &asylq::source::entry(&parse(&text).unwrap()),
            "asielstatistieken-2023-12.txt",
            &text,
            asylq::store::Editions::Refuse,
        )
        .unwrap();
    assert!(loaded.added);
    let mut session = Session::new(store).unwrap();
    let mut answers = Vec::new();
    let queries = "applications where month = 2023-11 and type = first
        sql \"SELECT count(*) FROM reports\"
        sql \"SELECT count(*) FROM facts WHERE report = 1\"";
    session
        .run(queries, &mut |o| {
            if let Output::Answer(a) = o {
                answers.push(a.rows[0][0].clone());
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(answers, [Cell::Int(2734), Cell::Int(2), Cell::Int(337)]);
}

/// Runs asylq on a store file; it must succeed. Returns stdout.
fn asylq_db(db: &std::path::Path, args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The embedded report's applications of a year, per month, in the report's
/// order of types (first, resettlement, subsequent).
fn seed_months(year: i32) -> Vec<[i64; 3]> {
    let (text, _) =
        common::embedded(&format!("applications where year = {year} by month, type")).unwrap();
    let mut months: Vec<[i64; 3]> = Vec::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let month: usize = f[0][5..7].parse().unwrap();
        if months.len() < month {
            months.push([0; 3]);
        }
        let at = ["first", "resettlement", "subsequent"]
            .iter()
            .position(|t| *t == f[1])
            .unwrap();
        months[month - 1][at] = f[2].parse().unwrap();
    }
    months
}

#[test]
fn with_december_loaded_a_whole_year_is_compared_and_the_workload_has_each_month() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let nov = dir.path().join("asielstatistieken-2023-11.txt");
    std::fs::write(&nov, include_str!("../data/asielstatistieken-2023-11.txt")).unwrap();
    let mut dec = figures_from(2023, 12, 11);
    dec.previous = seed_months(2022);
    dec.current = seed_months(2023);
    dec.current.push([2800, 14, 490]);
    for (_, v) in dec.top_month.iter_mut().chain(dec.top_year.iter_mut()) {
        v[1] = 0;
    }
    let dec_file = dir.path().join("asielstatistieken-2023-12.txt");
    std::fs::write(&dec_file, dec.render()).unwrap();
    let run = |q: &str| asylq_db(&db, &["-c", q, "--format", "csv"]);
    asylq_db(
        &db,
        &["load", nov.to_str().unwrap(), dec_file.to_str().unwrap()],
    );
    assert_eq!(
        run("applications by year change"),
        "year,value,unit,period,months_covered,change,change_pct\n2022,36871,persons,2022,12,,\n2023,35507,persons,2023,12,-1364,-3.7\n"
    );
    let (_, normal, backlog) = dec.workload;
    let december = normal + backlog;
    assert_eq!(
        run("workload by month change"),
        format!(
            "month,value,unit,period,months_covered,change,change_pct\n2023-11,24764,dossiers,2023-11,1,,\n2023-12,{december},dossiers,2023-12,1,{},{:.1}\n",
            december - 24764,
            100.0 * (december - 24764) as f64 / 24764.0
        )
    );
    assert_eq!(
        run("workload where month between 2023-11 and 2023-12 by month"),
        format!("month,value,unit,period,months_covered\n2023-11,24764,dossiers,2023-11,1\n2023-12,{december},dossiers,2023-12,1\n")
    );
    assert_eq!(
        run("workload average per month"),
        format!(
            "value,unit,period,months_covered,months\n{:.1},dossiers,2023-11..2023-12,2,2\n",
            (24764 + december) as f64 / 2.0
        )
    );
    assert_eq!(
        run("workload"),
        format!("value,unit,period,months_covered\n{december},dossiers,2023-12,1\n")
    );
}

/// A November and a December report of the same year from two seeds; in
/// December one country of the year-to-date top 10 is missing from the
/// month's own top 10 (it is counted in that month's `other`).
fn two_reports(dir: &std::path::Path, a: u64, b: u64) -> (std::path::PathBuf, std::path::PathBuf) {
    let nov = figures_from(2023, 11, a);
    let mut dec = figures_from(2023, 12, b);
    dec.previous = nov.previous.clone();
    let december = dec.current[11];
    dec.current = nov.current.clone();
    dec.current.push(december);
    dec.top_year = nov.top_year.clone();
    for (_, v) in dec.top_year.iter_mut() {
        v[0] += 40;
    }
    let outsider = COUNTRIES
        .iter()
        .map(|c| c.0.to_string())
        .find(|n| !dec.top_year.iter().any(|(t, _)| t == n))
        .unwrap();
    dec.top_month = dec
        .top_year
        .iter()
        .map(|(n, _)| (n.clone(), [1, 0, 1]))
        .collect();
    dec.top_month[9].0 = outsider;
    let paths = (
        dir.join("asielstatistieken-2023-11.txt"),
        dir.join("asielstatistieken-2023-12.txt"),
    );
    std::fs::write(&paths.0, nov.render()).unwrap();
    std::fs::write(&paths.1, dec.render()).unwrap();
    paths
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]
    /// The rows of an answer by country (with `other`) add up to the
    /// national total, for the month and for the year to date.
    #[test]
    fn rows_by_country_add_up_to_the_total(a in any::<u64>(), b in any::<u64>()) {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("facts.duckdb");
        let (nov, dec) = two_reports(dir.path(), a, b);
        asylq_db(&db, &["load", "--no-embedded", nov.to_str().unwrap(), dec.to_str().unwrap()]);
        let run = |q: &str| asylq_db(&db, &["-c", q, "--format", "csv"]);
        for filter in ["month = 2023-12", "month = 2023-11", "year = 2023"] {
            let by_country = common::value_sum(&run(&format!("applications where {filter} by country")));
            let total = common::value_sum(&run(&format!("applications where {filter}")));
            prop_assert_eq!(by_country, total, "{}", filter);
        }
    }
}

/// The November figure of first applications in a store: 2733 before the
/// December report, 2734 after; `None` if the store is in use.
fn november_first(db: &std::path::Path) -> Option<String> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
        .arg("--db")
        .arg(db)
        .args([
            "-c",
            "applications where month = 2023-11 and type = first",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        assert!(err.contains("in use by another asylq process"), "{err}");
        return None;
    }
    Some(String::from_utf8(out.stdout).unwrap())
}

fn load_command(db: &std::path::Path, file: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_asylq"));
    cmd.arg("--db").arg(db).arg("load").arg(file);
    cmd.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    cmd
}

#[test]
fn a_load_killed_at_any_moment_leaves_the_old_or_the_new_figures() {
    let dir = tempfile::tempdir().unwrap();
    let (nov, dec) = november_and_december(dir.path());
    let old = "value,unit,period,months_covered\n2733,persons,2023-11,1\n";
    let new = "value,unit,period,months_covered\n2734,persons,2023-11,1\n";
    for (i, delay) in [2u64, 8, 20, 40, 80, 160].into_iter().enumerate() {
        let db = dir.path().join(format!("facts-{i}.duckdb"));
        asylq_db(&db, &["load", nov.to_str().unwrap()]);
        let mut child = load_command(&db, &dec).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        let answer = november_first(&db).expect("no process holds the store");
        assert!(answer == old || answer == new, "after {delay} ms: {answer}");
    }
}

#[test]
fn two_loads_at_once_and_readers_during_a_load() {
    let dir = tempfile::tempdir().unwrap();
    let (nov, dec) = november_and_december(dir.path());
    let db = dir.path().join("facts.duckdb");
    asylq_db(&db, &["load", nov.to_str().unwrap()]);
    let loads: Vec<_> = (0..2)
        .map(|_| load_command(&db, &dec).spawn().unwrap())
        .collect();
    for _ in 0..5 {
        if let Some(answer) = november_first(&db) {
            assert!(
                answer.contains("2733") || answer.contains("2734"),
                "{answer}"
            );
        }
    }
    let outcomes: Vec<(bool, String)> = loads.into_iter().map(outcome).collect();
    assert!(outcomes.iter().any(|(ok, _)| *ok), "{outcomes:?}");
    for (ok, err) in &outcomes {
        assert!(
            *ok || err.contains("in use by another asylq process"),
            "{err}"
        );
    }
    assert_eq!(
        november_first(&db).unwrap(),
        "value,unit,period,months_covered\n2734,persons,2023-11,1\n"
    );
}

/// A load writes a copy of the store and renames it into place, so it does
/// not wait for a reader: the reader goes on with the store it opened (the
/// November report the newest), and the next query reads the load's
/// (December's revision of November, 2734).
#[test]
fn a_load_does_not_wait_for_a_reader_who_keeps_the_store_it_opened() {
    let (_dir, db, reader, load) = a_load_while_this_process_reads();
    let (ok, err) = outcome(load);
    assert!(ok, "{err}");
    let newest: String = reader
        .query_row(
            "SELECT strftime(max(month), '%Y-%m') FROM reports",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(newest, "2023-11");
    assert_eq!(
        november_first(&db).unwrap(),
        "value,unit,period,months_covered\n2734,persons,2023-11,1\n"
    );
    drop(reader);
}

/// A store holding the November report, read by this process (as a long
/// query would), and a load of December started into it.
fn a_load_while_this_process_reads() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    duckdb::Connection,
    std::process::Child,
) {
    let dir = tempfile::tempdir().unwrap();
    let (nov, dec) = november_and_december(dir.path());
    let db = dir.path().join("facts.duckdb");
    asylq_db(&db, &["load", nov.to_str().unwrap()]);
    let reader = asylq::store::open_for_queries(Some(&db)).unwrap();
    let load = load_command(&db, &dec).spawn().unwrap();
    (dir, db, reader, load)
}

/// Whether a child process ended well, and its stderr.
fn outcome(child: std::process::Child) -> (bool, String) {
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A full disk during a load: on a small tmpfs, where this machine lets the
/// test mount one (it skips otherwise). A load on a disk too small fails
/// cleanly (status 3, no panic); a load that fills the disk of a store that
/// has a report fails cleanly or finishes, and the store answers with the
/// old or the new figures.
#[test]
fn a_full_disk_during_a_load_fails_cleanly_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (nov, dec) = november_and_december(dir.path());
    for size in ["64k", "3m"] {
        let small = dir.path().join(format!("small-{size}"));
        std::fs::create_dir(&small).unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&small)
            .status()
            .is_ok_and(|s| s.success());
        if !mounted {
            eprintln!("skipped: cannot mount a small tmpfs here");
            return;
        }
        let db = small.join("facts.duckdb");
        let first = load_command(&db, &nov).output().unwrap();
        let second = first
            .status
            .success()
            .then(|| load_command(&db, &dec).output().unwrap());
        let answer = first.status.success().then(|| november_first(&db));
        let _ = std::process::Command::new("umount").arg(&small).status();
        let err = String::from_utf8_lossy(&first.stderr).into_owned();
        assert!(!err.contains("panicked"), "{err}");
        if size == "64k" {
            assert_eq!(first.status.code(), Some(3), "{err}");
            assert!(err.contains("No space left on device"), "{err}");
            continue;
        }
        let second = second.expect("3 MB holds one report");
        let err = String::from_utf8_lossy(&second.stderr).into_owned();
        assert!(
            second.status.success() || second.status.code() == Some(3),
            "{err}"
        );
        let answer = answer.flatten().unwrap();
        assert!(
            answer.contains("2733") || answer.contains("2734"),
            "{answer}"
        );
    }
}

/// Eight loops of queries and ten loads at once, with a long `--wait`: a
/// load that waits makes new readers wait for it, so every load gets the
/// store, and every answer is the old or the new figure.
#[test]
fn loads_are_not_starved_by_a_stream_of_queries() {
    let dir = tempfile::tempdir().unwrap();
    let (nov, dec) = november_and_december(dir.path());
    let db = dir.path().join("facts.duckdb");
    asylq_db(&db, &["load", nov.to_str().unwrap()]);
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..8)
        .map(|_| {
            let (db, done) = (db.clone(), done.clone());
            std::thread::spawn(move || {
                let mut answers = Vec::new();
                while !done.load(std::sync::atomic::Ordering::Relaxed) || answers.is_empty() {
                    let out = std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
                        .arg("--db")
                        .arg(&db)
                        .args(["--wait", "120", "-c"])
                        .arg("applications where month = 2023-11 and type = first")
                        .args(["--format", "csv", "--no-header"])
                        .output()
                        .unwrap();
                    let err = String::from_utf8_lossy(&out.stderr).into_owned();
                    assert!(out.status.success(), "{err}");
                    answers.push(String::from_utf8(out.stdout).unwrap());
                }
                answers
            })
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let loads: Vec<_> = (0..10)
        .map(|i| {
            let file = if i % 2 == 0 { &dec } else { &nov };
            let mut cmd = load_command(&db, file);
            cmd.args(["--wait", "120"]);
            cmd.spawn().unwrap()
        })
        .collect();
    let outcomes: Vec<(bool, String)> = loads.into_iter().map(outcome).collect();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    for (ok, err) in &outcomes {
        assert!(*ok, "{err}");
    }
    for reader in readers {
        for answer in reader.join().unwrap() {
            assert!(
                answer == "2733,persons,2023-11,1\n" || answer == "2734,persons,2023-11,1\n",
                "{answer}"
            );
        }
    }
    assert_eq!(
        november_first(&db).unwrap(),
        "value,unit,period,months_covered\n2734,persons,2023-11,1\n"
    );
    assert!(!dir.path().join("facts.duckdb.asylq-writer").exists());
}

/// `--as-of`: the figures as they stood after a report, before and after
/// the December report revised November's first applications.
#[test]
fn as_of_answers_with_the_figures_of_a_publication() {
    let dir = tempfile::tempdir().unwrap();
    let (nov, dec) = november_and_december(dir.path());
    let db = dir.path().join("facts.duckdb");
    asylq_db(&db, &["load", nov.to_str().unwrap(), dec.to_str().unwrap()]);
    let first = |as_of: &str| {
        asylq_db(
            &db,
            &[
                "--as-of",
                as_of,
                "-c",
                "applications where month = 2023-11 and type = first",
                "--format",
                "csv",
                "--no-header",
            ],
        )
    };
    // The November report was published in December 2023, the December
    // report (which states no date) counts as published in January 2024.
    assert_eq!(first("2023-12"), "2733,persons,2023-11,1\n");
    assert_eq!(
        first("asielstatistieken-2023-11.txt"),
        "2733,persons,2023-11,1\n"
    );
    assert_eq!(first("2024-01"), "2734,persons,2023-11,1\n");
    assert_eq!(
        first("asielstatistieken-2023-12.txt"),
        "2734,persons,2023-11,1\n"
    );
    // December is there only once its report is.
    let december = |as_of: &str| {
        asylq_db(
            &db,
            &[
                "--as-of",
                as_of,
                "-c",
                "applications by month",
                "--format",
                "csv",
                "--no-header",
            ],
        )
    };
    assert!(
        !december("2023-12").contains("2023-12,"),
        "{}",
        december("2023-12")
    );
    assert!(
        december("2024-01").contains("\n2023-12,"),
        "{}",
        december("2024-01")
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
        .arg("--db")
        .arg(&db)
        .args(["--as-of", "2023-06", "-c", "workload"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: --as-of 2023-06: no source the store holds was published by 2023-06 (see `asylq sources`)\n"
    );
}
