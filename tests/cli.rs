//! The command line as scripts use it: formats, exit statuses, stdin, scripts,
//! parameters, the store (`load`, `sources`, `export`) and refused reports.

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

const SEED: &str = include_str!("../data/asielstatistieken-2023-11.txt");

fn asylq() -> Command {
    let mut cmd = Command::cargo_bin("asylq").unwrap();
    cmd.env_remove("ASYLQ_DB")
        .env("HOME", "/nonexistent-asylq-home")
        .env("XDG_DATA_HOME", "/nonexistent-asylq-data");
    cmd
}

#[test]
fn formats_follow_the_column_contract() {
    let q = "applications where month = 2023-11 by type";
    asylq()
        .args(["-c", q, "--format", "csv"])
        .assert()
        .success()
        .stdout(
            "type,value,unit,period,months_covered\nfirst,2733,persons,2023-11,1\nresettlement,9,persons,2023-11,1\nsubsequent,490,persons,2023-11,1\n",
        );
    asylq()
        .args(["-c", q, "--format", "tsv", "--no-header"])
        .assert()
        .success()
        .stdout("first\t2733\tpersons\t2023-11\t1\nresettlement\t9\tpersons\t2023-11\t1\nsubsequent\t490\tpersons\t2023-11\t1\n");
    asylq().args(["-c", q, "--format", "jsonl"]).assert().success().stdout(
        "{\"query\":\"applications where month = 2023-11 by type\",\"type\":\"first\",\"value\":2733,\"unit\":\"persons\",\"period\":\"2023-11\",\"months_covered\":1}\n\
{\"query\":\"applications where month = 2023-11 by type\",\"type\":\"resettlement\",\"value\":9,\"unit\":\"persons\",\"period\":\"2023-11\",\"months_covered\":1}\n\
{\"query\":\"applications where month = 2023-11 by type\",\"type\":\"subsequent\",\"value\":490,\"unit\":\"persons\",\"period\":\"2023-11\",\"months_covered\":1}\n",
    );
    asylq()
        .args(["-c", "applications where year = 2023", "--format", "json"])
        .assert()
        .success()
        .stdout("[{\"value\":32203,\"unit\":\"persons\",\"period\":\"2023-01..2023-11\",\"months_covered\":11}]\n");
    asylq().args(["-c", "applications where year = 2023", "--format", "markdown"]).assert().success()
        .stdout("| value | unit | period | months_covered |\n| ---: | --- | --- | ---: |\n| 32,203 | persons | 2023-01..2023-11 | 11 |\n");
    asylq()
        .args(["-c", "workload by type", "--format", "table"])
        .assert()
        .success()
        .stdout(contains("│ backlog ┆ 18,264 ┆ dossiers ┆ 2023-11 ┆"));
    asylq()
        .args(["-c", "workload by type", "--format", "chart"])
        .assert()
        .success()
        .stdout(contains(
            "total   │████████████████████████████████████████ 24,764",
        ));
}

#[test]
fn piped_output_defaults_to_tsv() {
    asylq()
        .args(["-c", "applications where year = 2022"])
        .assert()
        .success()
        .stdout("value\tunit\tperiod\tmonths_covered\n36871\tpersons\t2022\t12\n");
}

#[test]
fn query_errors_exit_1_with_place() {
    asylq()
        .args(["-c", "applications where country = \"Atlantis\""])
        .assert()
        .code(1)
        .stderr(contains("unknown country \"Atlantis\""))
        .stderr(contains("error at <-c 1>:1:30"));
    asylq()
        .args(["-c", "decisions where type = backlog"])
        .assert()
        .code(1)
        .stderr(contains("backlog is not a type of decisions"));
    asylq()
        .args(["-c", "aplications"])
        .assert()
        .code(1)
        .stderr(contains("did you mean 'applications'?"));
    asylq()
        .args(["-c", "applications where month = 2023-13"])
        .assert()
        .code(1)
        .stderr(contains("2023-13 is not a month"));
    asylq()
        .args(["-c", "applications where (year = 2023"])
        .assert()
        .code(1)
        .stderr(contains("a '(' is not closed"));
    asylq()
        .args(["-c", "decisions where unit = persons or year = 2023"])
        .assert()
        .code(1)
        .stderr(contains("units are never mixed"));
}

/// With stderr closed (`asylq ... 2>&1 | head -1`), asylq says nothing more and
/// exits with the status the run would have had, not a panic's 101.
#[test]
fn a_closed_stderr_ends_quietly() {
    for (query, status) in [("aplications", 1), ("workload", 0)] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
            .env_remove("ASYLQ_DB")
            .env("XDG_DATA_HOME", "/nonexistent-asylq-data")
            .args(["-c", query])
            .stderr(writer)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(status), "{query}");
    }
}

#[test]
fn usage_errors_exit_2() {
    asylq()
        .args(["--format", "xml", "-c", "workload"])
        .assert()
        .code(2);
    asylq()
        .args(["--param", "novalue", "-c", "workload"])
        .assert()
        .code(2);
}

#[test]
fn scripts_run_from_files_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("s.q");
    std::fs::write(&script, "#!/usr/bin/env asylq\n# two statements over three lines\napplications\n  where year = 2022\nworkload\n").unwrap();
    asylq()
        .arg(&script)
        .args(["--format", "csv"])
        .assert()
        .success()
        .stdout(
            "value,unit,period,months_covered\n36871,persons,2022,12\n\nvalue,unit,period,months_covered\n24764,dossiers,2023-11,1\n",
        );
    asylq()
        .args(["--format", "csv"])
        .write_stdin("workload; workload where unit = persons")
        .assert()
        .success()
        .stdout("value,unit,period,months_covered\n24764,dossiers,2023-11,1\n\nvalue,unit,period,months_covered\n29742,persons,2023-11,1\n");
    std::fs::write(&script, "workload\n\ndecisions where type = nothing\n").unwrap();
    asylq()
        .arg(&script)
        .assert()
        .code(1)
        .stderr(contains(&format!("error at {}:3:24", script.display())));
}

#[test]
fn parameters_are_bound() {
    asylq()
        .args([
            "--param",
            "c=SYR",
            "-c",
            "applications where year = 2023 and country = $c",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout("value,unit,period,months_covered\n3836,persons,2023-01..2023-11,11\n");
    asylq()
        .args(["-c", "applications where country = $c"])
        .assert()
        .code(1)
        .stderr(contains("the parameter $c has no value"));
}

#[test]
fn the_embedded_store_answers_sql_and_show_over_every_table() {
    asylq()
        .args(["-c", "applications where month = 2023-11 and type = first"])
        .args(["-c", "sql \"SELECT count(*) AS n FROM facts\""])
        .args(["-c", "sql \"SELECT count(*) AS n FROM all_facts WHERE rank = 1\""])
        .args(["-c", "sql \"SELECT iso3 FROM countries WHERE name = 'Syrië'\""])
        .args(["-c", "show sources", "--format", "csv"])
        .assert()
        .success()
        .stdout(
            "value,unit,period,months_covered\n2733,persons,2023-11,1\n\nn\n337\n\nn\n337\n\niso3\nSYR\n\nmonth,published,file,facts,checks,checks_passed,status,digest,sha256\n2023-11,2023-12,asielstatistieken-2023-11.txt,337,156,156,checked,5c75024a8631aefe,67c83e8909f074e6c4480ea80102c15d1743646ecdad284ec73267ca3c77c818\n",
        );
}

#[test]
fn sql_prints_dates_as_iso_dates() {
    asylq()
        .args([
            "-c",
            "sql \"SELECT min(period_start) AS first, max(period_end) AS last FROM current_facts\"",
        ])
        .args(["--format", "csv"])
        .assert()
        .success()
        .stdout("first,last\n2022-01-01,2023-11-01\n");
}

#[test]
fn load_is_idempotent_and_lists_sources() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let report = dir.path().join("asielstatistieken-2023-11.txt");
    std::fs::write(&report, SEED).unwrap();
    asylq()
        .arg("--db")
        .arg(&db)
        .arg("load")
        .arg(&report)
        .assert()
        .success()
        .stderr(contains(
            "2023-11 (337 facts, 156 checks): already stored, unchanged",
        ));
    asylq().arg("--db").arg(&db).arg("sources").args(["--format", "csv"]).assert().success()
        .stdout("month,published,file,facts,checks,checks_passed,status,digest,sha256\n2023-11,2023-12,asielstatistieken-2023-11.txt,337,156,156,checked,5c75024a8631aefe,67c83e8909f074e6c4480ea80102c15d1743646ecdad284ec73267ca3c77c818\n");
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["-c", "applications where year = 2023", "--format", "csv"])
        .assert()
        .success()
        .stdout(contains("32203"));
    let export = dir.path().join("facts.csv");
    asylq()
        .arg("--db")
        .arg(&db)
        .arg("export")
        .arg(&export)
        .assert()
        .success();
    let text = std::fs::read_to_string(&export).unwrap();
    assert_eq!(text.lines().count(), 338);
    assert!(text.starts_with("measure,type,unit,country,period_start,period_end,months_covered,value,derived,report,source_table,source_line,sha256,published,origin,forced,geo,sex,age,publisher,flags\n"));
}

/// `export` keeps the provenance a pipeline pins: the SHA-256 of each
/// source's text (as `sha256sum` gives it for a UTF-8 file; also in
/// `sources`), its publication month, its kind and whether it was stored
/// with `--force`.
#[test]
fn export_keeps_each_source_s_digest_publication_origin_and_force() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let bad = bad_report(dir.path());
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["load", "--force", "--no-embedded"])
        .arg(&bad)
        .assert()
        .success();
    let out = asylq()
        .arg("--db")
        .arg(&db)
        .args(["export", "-"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let conn = duckdb::Connection::open_in_memory().unwrap();
    let sha: String = conn
        .query_row(
            "SELECT sha256(?)",
            [std::fs::read_to_string(&bad).unwrap()],
            |r| r.get(0),
        )
        .unwrap();
    let row = text.lines().nth(1).unwrap();
    assert_eq!(
        row,
        format!("applications,first,persons,,2022-01,2022-01,1,2208,false,bad.txt,applications by month,142,{sha},2023-12,report,true,BE,T,TOTAL,cgvs,")
    );
    let sources = asylq()
        .arg("--db")
        .arg(&db)
        .args(["-c", "show sources", "--format", "csv"])
        .output()
        .unwrap();
    let sources = String::from_utf8(sources.stdout).unwrap();
    assert!(
        sources.lines().nth(1).unwrap().ends_with(&format!(
            ",forced,{},{sha}",
            &sources.lines().nth(1).unwrap().split(',').nth(7).unwrap()
        )),
        "{sources}"
    );
}

/// The seed report with one total off by one (line 166), as `bad.txt`.
fn bad_report(dir: &std::path::Path) -> std::path::PathBuf {
    let bad = dir.join("bad.txt");
    let text = SEED.replace(
        "Totaal 36.871 32.141 78 4.652",
        "Totaal 36.872 32.141 78 4.652",
    );
    std::fs::write(&bad, text).unwrap();
    bad
}

#[test]
fn a_report_whose_totals_do_not_add_up_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let bad = bad_report(dir.path());
    asylq().arg("--db").arg(&db).arg("load").arg(&bad).assert().code(3)
        .stderr(contains("line 166: applications by month (2022 total): the report prints 36872, its parts add up to 36871"))
        .stderr(contains("nothing was stored"));
    assert!(!db.exists());
    let truncated = dir.path().join("truncated.txt");
    std::fs::write(
        &truncated,
        &SEED[..SEED.find("BESLISSINGEN (Bron").unwrap()],
    )
    .unwrap();
    asylq().arg("--db").arg(&db).arg("load").arg(&truncated).assert().code(3)
        .stderr(contains("not a complete CGVS report: decisions by month (a section titled 'beslissingen (bron')"));
}

/// Loading nine overviews of which one is refused used to store none and
/// say only why that one was refused.
#[test]
fn a_load_of_several_files_names_each_refused_file_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let good = dir.path().join("overzicht-2022.txt");
    std::fs::write(
        &good,
        "Asielstatistieken: overzicht 2022\n\nIn 2022 hebben 36.871 personen een verzoek om internationale bescherming ingediend bij de DVZ.\n",
    )
    .unwrap();
    let news = dir.path().join("news.txt");
    std::fs::write(&news, "Asylum numbers rose again, the minister said.\n").unwrap();
    let bad = bad_report(dir.path());
    asylq()
        .arg("--db")
        .arg(&db)
        .arg("load")
        .args([&good, &news, &bad])
        .assert()
        .code(3)
        .stderr(contains(format!(
            "error: 2 of the 3 files were refused, so nothing was stored (load the others alone, or fix these and load them all again):\n  {}: looks like a news article",
            news.display()
        )))
        .stderr(contains(format!(
            "\n  {}: its totals do not add up",
            bad.display()
        )));
    assert!(!db.exists());
}

#[test]
fn a_newer_report_revises_and_derives() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    // A later edition of the same month with one figure corrected (and its totals).
    let revised = SEED
        .replace("Januari 2.785 2.286 8 491", "Januari 2.786 2.287 8 491")
        .replace(
            "Totaal 32.203 26.587 191 5.425",
            "Totaal 32.204 26.588 191 5.425",
        )
        .replace("2.733 26.587", "2.733 26.588")
        .replace("3.232 32.203", "3.232 32.204")
        .replace(
            "Andere landen 12.548 9.712 46 2.790",
            "Andere landen 12.549 9.713 46 2.790",
        )
        .replace(
            "Totaal 2023 32.203 26.587 191 5.425",
            "Totaal 2023 32.204 26.588 191 5.425",
        );
    // Published in the same month as the stored edition: refused, and the
    // store keeps its figures; `--replace` puts it in the other's place.
    let embedded = dir.path().join("asielstatistieken-2023-11.txt");
    std::fs::write(&embedded, SEED).unwrap();
    asylq()
        .arg("--db")
        .arg(&db)
        .arg("load")
        .arg(&embedded)
        .assert()
        .success();
    let file = dir.path().join("revised.txt");
    std::fs::write(&file, &revised).unwrap();
    let first_of_january = |db: &std::path::Path| {
        let out = asylq()
            .arg("--db")
            .arg(db)
            .args(["-c", "applications where month = 2023-01 and type = first"])
            .args(["--format", "csv"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    asylq().arg("--db").arg(&db).arg("load").arg(&file).assert().code(3).stderr(contains(
        "error: revised.txt: another edition of the 2023-11 report, also published 2023-12, is stored (asielstatistieken-2023-11.txt); nothing was stored (pass --replace to put this one in its place)\n",
    ));
    assert_eq!(
        first_of_january(&db),
        "value,unit,period,months_covered\n2286,persons,2023-01,1\n"
    );
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["load", "--replace"])
        .arg(&file)
        .assert()
        .success()
        .stderr(contains(
            "revised.txt: 2023-11 (337 facts, 156 checks): loaded, in place of the edition asielstatistieken-2023-11.txt\n2 figures differ from the edition replaced: applications first persons 2023-01: 2,286 → 2,287; applications first persons other 2023-01..2023-11: 9,712 → 9,713\n",
        ));
    assert_eq!(
        first_of_january(&db),
        "value,unit,period,months_covered\n2287,persons,2023-01,1\n"
    );
    // `--as-of` the edition replaced answers as the store stood with it.
    let csv_of = |db: &std::path::Path, args: &[&str]| {
        let out = asylq()
            .arg("--db")
            .arg(db)
            .args(args)
            .args(["--format", "csv"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let as_of = |db: &std::path::Path, which: &str| {
        let query = "applications where month = 2023-01 and type = first";
        csv_of(db, &["--as-of", which, "-c", query])
    };
    let revisions = |db: &std::path::Path| csv_of(db, &["-c", "show revisions"]);
    let each_edition_stands = |db: &std::path::Path| {
        let january = |n: i64| format!("value,unit,period,months_covered\n{n},persons,2023-01,1\n");
        assert_eq!(as_of(db, "asielstatistieken-2023-11.txt"), january(2286));
        assert_eq!(as_of(db, "revised.txt"), january(2287));
    };
    each_edition_stands(&db);
    // The edition replaced is gone, and what it gave otherwise is listed.
    assert_eq!(
        revisions(&db),
        "measure,type,unit,country,period,old_value,new_value,old_source,new_source,old_forced,new_forced,geo,sex,age\n\
applications,first,persons,,2023-01,2286,2287,\"asielstatistieken-2023-11.txt, line 230\",\"revised.txt, line 230\",false,false,BE,T,TOTAL\n\
applications,first,persons,other,2023-01..2023-11,9712,9713,\"asielstatistieken-2023-11.txt, line 393\",\"revised.txt, line 393\",false,false,BE,T,TOTAL\n"
    );
    // Put back in its turn, each figure's revisions are listed in the order
    // they were made, and a rebuild keeps them.
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["load", "--replace"])
        .arg(&embedded)
        .assert()
        .success();
    let back_and_forth = "measure,type,unit,country,period,old_value,new_value,old_source,new_source,old_forced,new_forced,geo,sex,age\n\
applications,first,persons,,2023-01,2286,2287,\"asielstatistieken-2023-11.txt, line 230\",\"revised.txt, line 230\",false,false,BE,T,TOTAL\n\
applications,first,persons,,2023-01,2287,2286,\"revised.txt, line 230\",\"asielstatistieken-2023-11.txt, line 230\",false,false,BE,T,TOTAL\n\
applications,first,persons,other,2023-01..2023-11,9712,9713,\"asielstatistieken-2023-11.txt, line 393\",\"revised.txt, line 393\",false,false,BE,T,TOTAL\n\
applications,first,persons,other,2023-01..2023-11,9713,9712,\"revised.txt, line 393\",\"asielstatistieken-2023-11.txt, line 393\",false,false,BE,T,TOTAL\n";
    assert_eq!(revisions(&db), back_and_forth);
    asylq()
        .arg("--db")
        .arg(&db)
        .arg("rebuild")
        .assert()
        .success();
    assert_eq!(revisions(&db), back_and_forth);
    // Each edition stays available to `--as-of`, after a rebuild too; a
    // name both the current edition and a replaced one have is refused.
    assert_eq!(
        as_of(&db, "revised.txt"),
        "value,unit,period,months_covered\n2287,persons,2023-01,1\n"
    );
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["--as-of", "asielstatistieken-2023-11.txt", "-c", "applications"])
        .assert()
        .code(2)
        .stderr(contains("--as-of asielstatistieken-2023-11.txt: both a stored source and an edition that `load --replace` took out have that name; name one by its digest"));
    // Published later: it wins whatever the order of loading, and the two
    // stores export the same facts.
    let later = dir.path().join("later.txt");
    let later_text = revised.replace(
        "Publicatiedatum: december 2023",
        "Publicatiedatum: januari 2024",
    );
    std::fs::write(&later, later_text).unwrap();
    let seed = dir.path().join("asielstatistieken-2023-11.txt");
    std::fs::write(&seed, SEED).unwrap();
    let mut exports = Vec::new();
    for (name, order) in [("ab", [&seed, &later]), ("ba", [&later, &seed])] {
        let db = dir.path().join(format!("{name}.duckdb"));
        asylq()
            .arg("--db")
            .arg(&db)
            .args(["load", "--no-embedded"])
            .args(order)
            .assert()
            .success();
        assert_eq!(
            first_of_january(&db),
            "value,unit,period,months_covered\n2287,persons,2023-01,1\n"
        );
        let csv = dir.path().join(format!("{name}.csv"));
        asylq()
            .arg("--db")
            .arg(&db)
            .arg("export")
            .arg(&csv)
            .assert()
            .success();
        exports.push(std::fs::read(&csv).unwrap());
    }
    assert!(
        exports[0] == exports[1],
        "the export depends on the order of loading"
    );
    let db = dir.path().join("ba.duckdb");
    asylq().arg("--db").arg(&db).args(["-c", "show revisions", "--format", "csv"]).assert().success()
        .stdout(contains("applications,first,persons,,2023-01,2286,2287,\"asielstatistieken-2023-11.txt, line 230\",\"later.txt, line 230\""));
    // Taken out again, the earlier edition's figures are current.
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["unload", "later.txt"])
        .assert()
        .success()
        .stderr(contains("later.txt: 2023-11 (").and(contains(") taken out of ")));
    assert_eq!(
        first_of_january(&db),
        "value,unit,period,months_covered\n2286,persons,2023-01,1\n"
    );
    asylq().arg("--db").arg(&db).args(["unload", "later.txt"]).assert().code(2).stderr(
        "error: unload later.txt: no source of that file name or digest (see `asylq sources`)\n",
    );
}

#[test]
fn explain_prints_the_sql() {
    asylq()
        .args(["-c", "explain workload"])
        .assert()
        .success()
        .stdout(contains("QUALIFY period_end = max(period_end) OVER ()"))
        .stdout(contains(
            "WHERE measure = 'workload'\n    AND unit IN ('dossiers')\n    AND country IS NULL\n    AND type IN ('total')",
        ));
}

#[test]
fn keep_going_runs_every_statement_and_exits_1() {
    asylq()
        .args(["--keep-going", "--format", "csv"])
        .write_stdin("workload\ndecisions where type = backlog\nworkload where unit = persons\n")
        .assert()
        .code(1)
        .stdout("value,unit,period,months_covered\n24764,dossiers,2023-11,1\n\n\nvalue,unit,period,months_covered\n29742,persons,2023-11,1\n")
        .stderr(contains("error at <stdin>:2:24"));
    // The failed statement keeps its place: an empty block above, and
    // `{query, error}` in JSON Lines and JSON, across -c as within a script.
    asylq()
        .args(["--keep-going", "--format", "jsonl"])
        .write_stdin("workload\ndecisions where type = backlog\nworkload where unit = persons\n")
        .assert()
        .code(1)
        .stdout("{\"query\":\"workload\",\"value\":24764,\"unit\":\"dossiers\",\"period\":\"2023-11\",\"months_covered\":1}\n{\"query\":\"decisions where type = backlog\",\"error\":{\"kind\":\"query\",\"message\":\"check-not-a-type\",\"value\":\"backlog\",\"measure\":\"decisions\",\"text\":\"backlog is not a type of decisions\",\"line\":2,\"column\":24,\"label\":\"not a type of decisions\",\"hints\":[\"the types of decisions are interim, refugee_status, subsidiary_protection, inadmissible, manifestly_unfounded, refusal, withdrawal, protection, negative, final\"]}}\n{\"query\":\"workload where unit = persons\",\"value\":29742,\"unit\":\"persons\",\"period\":\"2023-11\",\"months_covered\":1}\n");
    asylq()
        .args(["--keep-going", "--format", "json"])
        .args(["-c", "applications where country = \"Narnia\"", "-c", "workload", "-c", "workload by"])
        .assert()
        .code(1)
        .stdout("[{\"query\":\"applications where country = \\\"Narnia\\\"\",\"error\":{\"kind\":\"query\",\"message\":\"check-unknown-country\",\"country\":\"Narnia\",\"text\":\"unknown country \\\"Narnia\\\"\",\"line\":1,\"column\":30,\"label\":\"no such country in the reports\",\"hints\":[\"did you mean \\\"Armenië\\\", \\\"Nigeria\\\", \\\"Nicaragua\\\"?\"]}},{\"query\":\"workload\",\"rows\":[{\"value\":24764,\"unit\":\"dossiers\",\"period\":\"2023-11\",\"months_covered\":1}]},{\"query\":\"workload by\",\"error\":{\"kind\":\"syntax\",\"message\":\"parse-incomplete\",\"expected\":{\"message\":\"expected-dimension\"},\"text\":\"the query is incomplete: expected dimension\",\"line\":1,\"column\":12,\"label\":\"found end of input here\",\"hints\":[]}}]\n");
}

/// A syntax error ends at its statement: the script is cut into statements
/// before it is parsed, so every valid one after it runs, and each error
/// names its file and line.
#[test]
fn a_syntax_error_ends_at_its_statement() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("monthly.q");
    std::fs::write(
        &script,
        "applications where year = 20x3\nworkload\napplications by\n  year\nworkload by month)\napplications where year = 2022\n",
    )
    .unwrap();
    asylq()
        .args(["--keep-going", "--format", "csv"])
        .arg(&script)
        .assert()
        .code(1)
        .stdout("\nvalue,unit,period,months_covered\n24764,dossiers,2023-11,1\n\nyear,value,unit,period,months_covered\n2022,36871,persons,2022,12\n2023,32203,persons,2023-01..2023-11,11\n\n\nvalue,unit,period,months_covered\n36871,persons,2022,12\n")
        .stderr(contains("<script>").not())
        .stderr(predicate::function(|err: &str| {
            // Each error in the order of the script, with its file and line.
            let at = |place: &str| err.find(place).unwrap_or(usize::MAX);
            at("monthly.q:1:29") < at("monthly.q:5:18") && at("monthly.q:5:18") < usize::MAX
        }));
}

/// `--pivot year` puts 2022 and 2023 side by side, as spreadsheets take
/// them; the partial cells are named; JSON and a second value column are
/// refused with the reason.
#[test]
fn a_pivot_puts_one_dimension_in_columns() {
    asylq()
        .args(["-c", "applications where year >= 2022 by type, year", "--pivot", "year", "--format", "csv"])
        .assert()
        .success()
        .stdout("type,unit,2022,2023\nfirst,persons,32141,26587\nresettlement,persons,78,191\nsubsequent,persons,4652,5425\n")
        .stderr(contains("note: Cells whose figures cover only part of their period (or are derived, or have gaps): first 2023: 2023-01..2023-11, resettlement 2023: 2023-01..2023-11, subsequent 2023: 2023-01..2023-11."));
    asylq()
        .args(["-c", "applications by year", "--pivot", "year", "--format", "json"])
        .assert()
        .code(2)
        .stderr("error: --pivot shapes a table for people and spreadsheets (table, csv, tsv, markdown); JSON, JSON Lines and charts keep one row per figure\n");
    asylq()
        .args(["-c", "applications by year change", "--pivot", "year", "--format", "csv"])
        .assert()
        .code(2)
        .stderr("error: --pivot puts `value` in columns, and the answer also has `change`: ask for it without, or without --pivot\n");
    asylq()
        .args([
            "-c",
            "applications by year",
            "--pivot",
            "country",
            "--format",
            "csv",
        ])
        .assert()
        .code(2)
        .stderr(contains("the answer has no dimension country"));
    // An answer by unit pivots on its unit: a column each, no `unit` column.
    asylq()
        .args([
            "-c",
            "decisions where month >= 2023-10 by month, unit",
            "--pivot",
            "unit",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout("month,dossiers,persons\n2023-10,2352,2836\n2023-11,1888,2286\n");
}

/// The example: the months of 2022 and 2023 side by side, 12 rows,
/// the month not in the store named, and no cell partial.
#[test]
fn months_of_the_year_pivot_to_a_column_per_year() {
    let out = asylq()
        .args([
            "-c",
            "applications where year >= 2022 by month_of_year, year",
            "--pivot",
            "year",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stderr("note: No figure for 2023-12: the store holds none for these months.\n");
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 12);
    assert_eq!(lines[0], "month_of_year,unit,2022,2023");
    assert_eq!(lines[1], "1,persons,2680,2785");
    assert_eq!(lines[12], "12,persons,2620,");
    asylq()
        .args([
            "-c",
            "applications where year = 2023 by month_of_year limit 1",
            "--format",
            "json",
        ])
        .assert()
        .success()
        .stdout(contains("[{\"month_of_year\":1,\"value\":2785,"));
}

/// An answer as Parquet: typed columns as in JSON, the query and notes in
/// the key-value metadata; two answers to one file are refused.
#[test]
fn an_answer_is_written_as_parquet() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("index.parquet");
    asylq()
        .args(["-c", "applications by year index 2022", "--output"])
        .arg(&file)
        .assert()
        .success();
    let conn = duckdb::Connection::open_in_memory().unwrap();
    let path = file.display().to_string();
    let rows: Vec<(i64, i64, String, f64, String)> = conn
        .prepare(&format!(
            "SELECT year, value, period, \"index\", typeof(year) FROM '{path}'"
        ))
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        rows,
        [
            (2022, 36871, "2022".to_string(), 100.0, "BIGINT".to_string()),
            (
                2023,
                32203,
                "2023-01..2023-11".to_string(),
                94.0,
                "BIGINT".to_string()
            )
        ]
    );
    let notes: String = conn
        .query_row(
            &format!("SELECT decode(value) FROM parquet_kv_metadata('{path}') WHERE decode(key) = 'notes'"),
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(notes.starts_with("[{\"kind\":\"index_base\""), "{notes}");
    let two = dir.path().join("two.parquet");
    asylq()
        .args(["-c", "workload; applications", "--output"])
        .arg(&two)
        .assert()
        .code(2)
        .stderr(contains("a Parquet file holds one answer"));
    assert!(!two.exists());
    asylq()
        .args(["-c", "workload", "--format", "parquet"])
        .assert()
        .code(2)
        .stderr(contains("--output FILE.parquet"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let bin = assert_cmd::cargo::cargo_bin("asylq");
    let script = format!(
        "set -o pipefail; '{}' -c 'applications by month, type' --format csv | true",
        bin.display()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// `export -` (in every format) and `completions` into a reader gone away
/// end as a finished run does.
#[test]
fn an_export_to_a_closed_pipe_ends_quietly() {
    let bin = assert_cmd::cargo::cargo_bin("asylq");
    let commands = ["csv", "tsv", "json", "jsonl"]
        .map(|format| format!("--embedded export - --format {format}"))
        .into_iter()
        .chain(["completions bash".to_string()]);
    for format in commands {
        let script = format!("set -o pipefail; '{}' {format} | true", bin.display());
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(script)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{format}");
    }
}

#[test]
fn completions_and_colour() {
    asylq()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(contains("_asylq()"));
    asylq()
        .args(["-c", "workload by country", "--color", "always"])
        .assert()
        .code(1)
        .stderr(contains("\u{1b}["));
    asylq()
        .args(["-c", "workload by country", "--color", "never"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("\u{1b}[").not());
}

#[test]
fn force_stores_a_report_whose_totals_do_not_add_up() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let bad = bad_report(dir.path());
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["load", "--force"])
        .arg(&bad)
        .assert()
        .success()
        .stderr(contains("bad.txt: 2023-11 (337 facts, 156 checks): loaded"));
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["sources", "--format", "csv"])
        .assert()
        .success()
        .stdout(contains(
            "2023-11,2023-12,bad.txt,337,156,155,forced,080f8152792089b7,852bdbe2e3a175fb90f93a2da78732a33bc59c358ecf8354854795ab13c05c1c\n",
        ));
    // A forced report with a figure that differs from the checked one: the
    // checked figure stays current, whatever the order of loading.
    let forced = dir.path().join("forced.txt");
    std::fs::write(
        &forced,
        SEED.replace("Januari 2.785 2.286 8 491", "Januari 2.785 2.287 8 491"),
    )
    .unwrap();
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["load", "--force"])
        .arg(&forced)
        .assert()
        .success();
    asylq()
        .arg("--db")
        .arg(&db)
        .args([
            "-c",
            "applications where month = 2023-01 and type = first",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout("value,unit,period,months_covered\n2286,persons,2023-01,1\n");
}

#[test]
fn settings_change_the_session() {
    asylq()
        .write_stdin("set format = csv\nset unit = dossiers\ndecisions where month = 2023-11\nset c = SY\napplications where year = 2023 and country = $c\n")
        .assert()
        .success()
        .stdout("setting,value\nformat,csv\n\nsetting,value\nunit,dossiers\n\nvalue,unit,period,months_covered\n1888,dossiers,2023-11,1\n\nsetting,value\nc,SY\n\nvalue,unit,period,months_covered\n3836,persons,2023-01..2023-11,11\n");
}

#[test]
fn a_month_series_charts_as_columns() {
    let out = asylq()
        .args([
            "-c",
            "applications where year = 2022 and month <= 2022-03 by month",
            "--format",
            "chart",
        ])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Applications by month, January–March 2022 (persons)"
    );
    assert_eq!(lines[1], "      │                    3247");
    assert_eq!(lines[2], "3,247 │                   ███████");
    assert_eq!(lines[3], "      │  2680             ███████");
    assert_eq!(lines[lines.len() - 2], "    0 └───────────────────────────");
    assert_eq!(lines[lines.len() - 1], "        2022-01  2022-02  2022-03");
}

#[test]
fn several_queries_share_one_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.csv");
    asylq()
        .args([
            "-c",
            "workload",
            "-c",
            "workload where unit = persons",
            "--format",
            "csv",
            "--output",
        ])
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "value,unit,period,months_covered\n24764,dossiers,2023-11,1\n\nvalue,unit,period,months_covered\n29742,persons,2023-11,1\n"
    );
}

#[test]
fn machine_formats_carry_the_period_and_keep_the_column_order() {
    asylq()
        .args(["-c", "applications where year = 2022", "--format", "json"])
        .assert()
        .success()
        .stdout(
            "[{\"value\":36871,\"unit\":\"persons\",\"period\":\"2022\",\"months_covered\":12}]\n",
        );
    asylq()
        .args([
            "-c",
            "applications where month = 2023-11 by type top 1",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout("type,value,unit,period,months_covered\nfirst,2733,persons,2023-11,1\n");
}

#[test]
fn several_answers_make_one_document_per_format() {
    let run = |format: &str| {
        let out = asylq()
            .args([
                "-c",
                "applications where year = 2022",
                "-c",
                "workload",
                "--format",
                format,
            ])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let json = run("json");
    assert_eq!(
        json,
        "[{\"query\":\"applications where year = 2022\",\"rows\":[{\"value\":36871,\"unit\":\"persons\",\"period\":\"2022\",\"months_covered\":12}]},\
{\"query\":\"workload\",\"rows\":[{\"value\":24764,\"unit\":\"dossiers\",\"period\":\"2023-11\",\"months_covered\":1}]}]\n"
    );
    serde_json::from_str::<serde_json::Value>(&json).unwrap();
    assert_eq!(
        run("jsonl"),
        "{\"query\":\"applications where year = 2022\",\"value\":36871,\"unit\":\"persons\",\"period\":\"2022\",\"months_covered\":12}\n\
{\"query\":\"workload\",\"value\":24764,\"unit\":\"dossiers\",\"period\":\"2023-11\",\"months_covered\":1}\n"
    );
    assert_eq!(
        run("csv"),
        "value,unit,period,months_covered\n36871,persons,2022,12\n\nvalue,unit,period,months_covered\n24764,dossiers,2023-11,1\n"
    );
}

#[test]
fn raw_sql_answers_neither_panic_nor_wrap() {
    asylq()
        .args([
            "--format",
            "chart",
            "-c",
            "sql \"SELECT 1 AS month, 2 AS value UNION ALL SELECT 3, 4\"",
        ])
        .assert()
        .success();
    asylq()
        .args([
            "--format",
            "csv",
            "-c",
            "sql \"SELECT sum(value) AS s, 170141183460469231731687303715884105727::HUGEINT AS big FROM current_facts WHERE measure = 'workload' AND type = 'total' AND unit = 'dossiers'\"",
        ])
        .assert()
        .success()
        .stdout("s,big\n24764,170141183460469231731687303715884105727\n");
}

#[test]
fn two_statements_on_one_line_need_a_separator() {
    asylq()
        .args(["-c", "applications decisions where year = 2023"])
        .assert()
        .code(1)
        .stderr(contains(
            "two statements on one line need a ';' between them",
        ));
    asylq()
        .args([
            "-c",
            "applications where year = 2022; workload",
            "--format",
            "csv",
        ])
        .assert()
        .success();
}

#[test]
fn sql_cannot_touch_files_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("x.csv");
    let copy = format!("sql \"COPY (SELECT 1) TO '{}'\"", target.display());
    asylq()
        .args(["-c", &copy])
        .assert()
        .code(1)
        .stderr(contains("this statement reads or writes outside the store, which asylq does not allow by default"))
        .stderr(contains("run asylq with --allow-files if you trust this script"));
    assert!(!target.exists());
    asylq()
        .args(["-c", "sql \"SELECT * FROM read_text('/etc/hostname')\""])
        .assert()
        .code(1)
        .stderr(contains("--allow-files"));
    // Parquet is linked in for export; the sandbox holds for it too.
    let parquet = dir.path().join("x.parquet");
    asylq()
        .arg("-c")
        .arg(format!(
            "sql \"COPY (SELECT 1) TO '{}' (FORMAT parquet)\"",
            parquet.display()
        ))
        .assert()
        .code(1)
        .stderr(contains("--allow-files"));
    assert!(!parquet.exists());
    asylq()
        .args(["-c", "sql \"SELECT * FROM read_parquet('/etc/*.parquet')\""])
        .assert()
        .code(1)
        .stderr(contains("--allow-files"));
    asylq()
        .args(["-c", "sql \"SET enable_external_access = true\""])
        .assert()
        .code(1)
        .stderr(contains("the configuration has been locked"));
    asylq()
        .args(["--allow-files", "-c", &copy])
        .assert()
        .success();
    assert!(target.exists());
    // asylq's own writes still work, and so does reading the store.
    let out = dir.path().join("out.csv");
    asylq()
        .args(["-c", "workload", "--output"])
        .arg(&out)
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "value,unit,period,months_covered\n24764,dossiers,2023-11,1\n"
    );
    asylq()
        .args([
            "-c",
            "sql \"SELECT count(*) AS n FROM facts\"",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout("n\n337\n");
}

#[test]
fn reports_in_other_encodings_load_and_a_file_of_two_reports_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let load = |name: &str, bytes: Vec<u8>| {
        let db = dir.path().join(format!("{name}.duckdb"));
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let out = asylq()
            .arg("--db")
            .arg(&db)
            .arg("load")
            .arg(&file)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(SEED.as_bytes());
    let (code, err) = load("bom.txt", bom);
    assert_eq!(code, Some(0), "{err}");
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(SEED);
    let (code, err) = load("latin.txt", latin.into_owned());
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("latin.txt: not UTF-8; read as windows-1252"),
        "{err}"
    );
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(SEED.encode_utf16().flat_map(u16::to_le_bytes));
    let (code, err) = load("utf16.txt", utf16);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("read as UTF-16LE"), "{err}");
    let (code, err) = load("twice.txt", format!("{SEED}\n{SEED}").into_bytes());
    assert_eq!(code, Some(3));
    assert!(
        err.contains(": a second report starts here ('ASIELSTATISTIEKEN NOVEMBER 2023'; the first, 'ASIELSTATISTIEKEN NOVEMBER 2023', on line 1): load each report from its own file"),
        "{err}"
    );
}

#[test]
fn a_damaged_store_says_what_happened_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    let report = dir.path().join("asielstatistieken-2023-11.txt");
    std::fs::write(&report, SEED).unwrap();
    asylq()
        .arg("--db")
        .arg(&db)
        .arg("load")
        .arg(&report)
        .assert()
        .success();
    let mut bytes = std::fs::read(&db).unwrap();
    // Overwrite a stretch of every data block (DuckDB's blocks are 256 kB,
    // after its headers).
    let mut at = 1_060_864 + 100;
    while at + 64 < bytes.len() {
        bytes[at..at + 64].fill(0x55);
        at += 262_144;
    }
    std::fs::write(&db, bytes).unwrap();
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["-c", "workload"])
        .assert()
        .code(3)
        .stderr(contains("the store file is damaged (a block of it does not read back as written). Run `asylq load` again into a new store (`--db NEW.duckdb`), or restore a backup of the file."))
        .stderr(contains("  detail: IO Error: Corrupt database file: computed checksum"));
}

/// A store made by an older asylq (schema 1: no recorded version, no texts)
/// is refused with a message that names `asylq rebuild`; `rebuild` reads the
/// sources again (the embedded report, a page from the page cache) and names
/// the one it holds no text of.
#[test]
fn an_older_store_is_refused_and_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.duckdb");
    let pages = dir.path().join("asylq/pages");
    std::fs::create_dir_all(&pages).unwrap();
    let page = include_str!("pages/nl-2019-10.txt");
    std::fs::write(pages.join("nl-2019-10.txt"), page).unwrap();
    std::fs::write(
        dir.path().join("en-2022-02.txt"),
        include_str!("pages/en-2022-02.txt"),
    )
    .unwrap();
    let with_data = |cmd: &mut Command| {
        cmd.env("XDG_DATA_HOME", dir.path()).arg("--db").arg(&db);
    };
    let mut load = asylq();
    with_data(&mut load);
    load.arg("load")
        .arg(pages.join("nl-2019-10.txt"))
        .arg(dir.path().join("en-2022-02.txt"))
        .assert()
        .success();
    {
        let conn = duckdb::Connection::open(&db).unwrap();
        conn.execute_batch("DROP TABLE schema_version; DROP TABLE texts;")
            .unwrap();
    }
    let older = format!(
        "{}: this store was made by an older asylq (schema 1; this asylq reads schema 6). Run `asylq rebuild --db {}`",
        db.display(),
        db.display()
    );
    let mut query = asylq();
    with_data(&mut query);
    query
        .args(["-c", "workload"])
        .assert()
        .code(3)
        .stderr(contains(older.clone()));
    let mut load = asylq();
    with_data(&mut load);
    load.arg("load")
        .arg(pages.join("nl-2019-10.txt"))
        .assert()
        .code(3)
        .stderr(contains(older));

    let mut rebuild = asylq();
    with_data(&mut rebuild);
    rebuild.arg("rebuild").assert().code(3).stderr(contains(format!(
        "rebuilt {} with 2 sources; the old store is kept as {}.schema1",
        db.display(),
        db.display()
    ))).stderr(contains(
        "1 sources were not stored again:\n  en-2022-02.txt: the store holds no text of it (made before asylq kept texts); load it again from its file",
    ));
    let mut sources = asylq();
    with_data(&mut sources);
    sources.args(["sources", "--format", "csv"]).assert().success().stdout(
        "month,published,file,facts,checks,checks_passed,status,digest,sha256\n2019-10,2019-11,nl-2019-10.txt,18,1,1,checked,0ee00d1dc7f161bc,eca8cc32ec36478d562f7108623437919948a4a549f6d40b95270bc2d5216db7\n2023-11,2023-12,asielstatistieken-2023-11.txt,337,156,156,checked,5c75024a8631aefe,67c83e8909f074e6c4480ea80102c15d1743646ecdad284ec73267ca3c77c818\n",
    );
    assert!(dir.path().join("old.duckdb.schema1").exists());
}

/// A store keeps the texts of its sources, so `rebuild` needs no files: a
/// text that the readers now refuse (here, a press article stored by an
/// earlier reader) is named with the reader's reason and left out.
#[test]
fn rebuild_leaves_out_what_the_readers_now_refuse() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.duckdb");
    let page = dir.path().join("nl-2019-10.txt");
    std::fs::write(&page, include_str!("pages/nl-2019-10.txt")).unwrap();
    asylq()
        .arg("--db")
        .arg(&db)
        .arg("load")
        .arg(&page)
        .assert()
        .success();
    {
        let conn = duckdb::Connection::open(&db).unwrap();
        conn.execute(
            "UPDATE texts SET text = ? WHERE report = 2",
            [PRESS_ARTICLE],
        )
        .unwrap();
    }
    asylq()
        .arg("--db")
        .arg(&db)
        .arg("rebuild")
        .assert()
        .code(3)
        .stderr(contains(
            "1 sources were not stored again:\n  nl-2019-10.txt: ",
        ));
    asylq()
        .arg("--db")
        .arg(&db)
        .args(["sources", "--format", "csv"])
        .assert()
        .success()
        .stdout("month,published,file,facts,checks,checks_passed,status,digest,sha256\n2023-11,2023-12,asielstatistieken-2023-11.txt,337,156,156,checked,5c75024a8631aefe,67c83e8909f074e6c4480ea80102c15d1743646ecdad284ec73267ca3c77c818\n");
}

/// A news item about asylum figures, in the words of a newspaper.
const PRESS_ARTICLE: &str = "Opnieuw meer asielzoekers in ons land\n\
Brussel, 12 november 2013. Vorige maand klopten opnieuw meer mensen aan voor \
bescherming, zo blijkt uit cijfers die de staatssecretaris vandaag voorstelde. \
Het is het laagste aantal sinds februari 2009, zegt een woordvoerder.\n";

#[test]
fn output_is_written_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.csv");
    asylq()
        .args(["-c", "workload", "--format", "csv", "--output"])
        .arg(&file)
        .assert()
        .success();
    let good = "value,unit,period,months_covered\n24764,dossiers,2023-11,1\n";
    assert_eq!(std::fs::read_to_string(&file).unwrap(), good);
    // A failing run leaves the file it would have replaced as it was, and
    // no partial file beside it.
    asylq()
        .args([
            "-c",
            "workload",
            "-c",
            "applications where country = \"Narnia\"",
        ])
        .args(["--format", "csv", "--output"])
        .arg(&file)
        .assert()
        .code(1);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), good);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["a.csv"]);
}

#[test]
fn embedded_overrides_the_store_of_the_environment_and_dash_reads_stdin() {
    asylq()
        .env("ASYLQ_DB", "/nonexistent/store.duckdb")
        .args(["--embedded", "-c", "workload", "--format", "csv"])
        .assert()
        .success()
        .stdout("value,unit,period,months_covered\n24764,dossiers,2023-11,1\n");
    asylq()
        .args(["--embedded", "--format", "csv", "-"])
        .write_stdin("applications where year = \"2023\"")
        .assert()
        .success()
        .stdout("value,unit,period,months_covered\n32203,persons,2023-01..2023-11,11\n");
}

#[test]
fn show_measures_and_types_are_tables_with_a_header() {
    asylq()
        .args(["--embedded", "-c", "show measures", "--format", "csv"])
        .assert()
        .success()
        .stdout("measure,kind,unit\napplications,flow,persons\ndecisions,flow,persons\nworkload,stock,dossiers\nprotection_rate,rate,dossiers\npending,stock,persons\n");
    asylq()
        .args(["--embedded", "-c", "show types", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "\napplications,registered,first + subsequent\n",
        ))
        .stdout(predicates::str::contains(
            "\ndecisions,final,protection + negative + withdrawal\n",
        ));
}

#[test]
fn texts_stay_json_in_json_output() {
    let out = asylq()
        .args([
            "--embedded",
            "-c",
            "explain workload",
            "-c",
            "workload",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let answers = doc.as_array().unwrap();
    assert_eq!(answers.len(), 2);
    assert!(answers[0].to_string().contains("SELECT"), "{doc}");
}

#[test]
fn top_and_limit_take_a_parameter() {
    asylq()
        .args(["--embedded", "--param", "n=2", "--format", "csv"])
        .args(["-c", "applications where year = 2023 by country top $n"])
        .assert()
        .success()
        .stdout("country,value,unit,period,months_covered\nSyrië,3836,persons,2023-01..2023-11,11\nAfghanistan,3480,persons,2023-01..2023-11,11\n");
    asylq()
        .args(["--embedded", "--param", "n=two"])
        .args(["-c", "applications by country limit $n"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("$n is \"two\", not a count"));
}

#[test]
fn export_writes_csv_tsv_json_and_jsonl_to_a_file_or_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let done = asylq().args(["--embedded", "export"]).args(args).assert();
        String::from_utf8(done.success().get_output().stdout.clone()).unwrap()
    };
    let csv = run(&["-"]);
    assert_eq!(csv.lines().count(), 338);
    assert!(csv.contains("\napplications,first,persons,Syrië,2023-01,2023-11,11,3569,false,asielstatistieken-2023-11.txt,\"top 10 applications, year to date\",373,67c83e8909f074e6c4480ea80102c15d1743646ecdad284ec73267ca3c77c818,2023-12,report,false,BE,T,TOTAL,cgvs,\n"), "{csv}");
    // json: numbers as numbers, a flag as a boolean, a span marked by its months.
    let json: serde_json::Value =
        serde_json::from_str(&run(&["-", "--format", "json", "--names", "en"])).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 337);
    let syria = rows
        .iter()
        .find(|r| r["country"] == "Syria" && r["type"] == "first" && r["months_covered"] == 11)
        .unwrap();
    assert_eq!(
        (&syria["value"], &syria["derived"], &syria["period_start"]),
        (
            &serde_json::json!(3569),
            &serde_json::json!(false),
            &serde_json::json!("2023-01")
        )
    );
    let jsonl = run(&["-", "--format", "jsonl"]);
    assert_eq!(jsonl.lines().count(), 337);
    let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert!(first.get("query").is_none(), "{first}");
    assert!(first["value"].is_i64(), "{first}");
    let tsv = dir.path().join("facts.tsv");
    run(&[tsv.to_str().unwrap(), "--no-header"]);
    let text = std::fs::read_to_string(&tsv).unwrap();
    assert_eq!(text.lines().count(), 337);
    assert!(text.starts_with("applications\t"), "{text}");
    // What export cannot write is refused before anything is written.
    asylq()
        .args(["--embedded", "export", "-", "--format", "table"])
        .assert()
        .code(2)
        .stderr("error: export writes csv, tsv, json, jsonl or parquet, not table\n");
    asylq()
        .args(["--embedded", "export", "-", "--format", "parquet"])
        .assert()
        .code(2)
        .stderr("error: export writes Parquet to a file only: name a .parquet file\n");
    let xlsx = dir.path().join("facts.xlsx");
    asylq()
        .args(["--embedded", "export"])
        .arg(&xlsx)
        .assert()
        .code(2)
        .stderr(format!(
            "error: {}: export writes .csv, .tsv, .json, .jsonl or .parquet (or - for stdout)\n",
            xlsx.display()
        ));
    assert!(!xlsx.exists());
}

#[test]
fn export_writes_parquet_that_duckdb_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("facts.parquet");
    asylq()
        .args(["--embedded", "export", "--names", "en"])
        .arg(&file)
        .assert()
        .success()
        .stderr(format!("wrote 337 facts to {}\n", file.display()));
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["facts.parquet"], "no partial file is left");
    let db = duckdb::Connection::open_in_memory().unwrap();
    let path = file.display().to_string();
    let read = |sql: &str| -> String {
        db.query_row(
            &sql.replace("FILE", &format!("read_parquet('{path}')")),
            [],
            |r| r.get::<_, String>(0),
        )
        .unwrap()
    };
    assert_eq!(read("SELECT count(*)::VARCHAR FROM FILE"), "337");
    assert_eq!(
        read("SELECT string_agg(column_name || ' ' || column_type, ', ') FROM (DESCRIBE SELECT * FROM FILE)"),
        "measure VARCHAR, type VARCHAR, unit VARCHAR, country VARCHAR, period_start VARCHAR, period_end VARCHAR, months_covered BIGINT, value DOUBLE, derived BOOLEAN, report VARCHAR, source_table VARCHAR, source_line BIGINT, sha256 VARCHAR, published VARCHAR, origin VARCHAR, forced BOOLEAN, geo VARCHAR, sex VARCHAR, age VARCHAR, publisher VARCHAR, flags VARCHAR"
    );
    assert_eq!(
        read("SELECT concat_ws(',', value, months_covered, derived, report, source_table, source_line) FROM FILE WHERE country = 'Syria' AND type = 'first' AND months_covered = 11"),
        "3569.0,11,false,asielstatistieken-2023-11.txt,top 10 applications, year to date,373"
    );
    // A refused export keeps the file that was there.
    let before = std::fs::read(&file).unwrap();
    asylq()
        .args(["--embedded", "export", "--format", "markdown"])
        .arg(&file)
        .assert()
        .code(2);
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn a_new_store_can_start_without_the_embedded_report_and_says_when_it_has_it() {
    let dir = tempfile::tempdir().unwrap();
    let overview = dir.path().join("asielstatistieken-overzicht-2022.txt");
    std::fs::write(
        &overview,
        "Asielstatistieken: overzicht 2022\n\nIn 2022 dienden 36.871 personen een verzoek om internationale bescherming in bij de Dienst Vreemdelingenzaken (DVZ). Hiertoe behoren 78 personen die in het kader van hervestiging in België zijn toegekomen.\n",
    )
    .unwrap();
    // Without the embedded report: the store holds the overview alone.
    let pages = dir.path().join("pages.duckdb");
    asylq()
        .arg("--db")
        .arg(&pages)
        .args(["load", "--no-embedded"])
        .arg(&overview)
        .assert()
        .success()
        .stderr("asielstatistieken-overzicht-2022.txt: 2022-12 (2 facts, 0 checks): loaded\n");
    let sources = |db: &std::path::Path| {
        let out = asylq()
            .arg("--db")
            .arg(db)
            .args([
                "-c",
                "sql \"SELECT file FROM reports ORDER BY id\"",
                "--format",
                "csv",
            ])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(
        sources(&pages),
        "file\nasielstatistieken-overzicht-2022.txt\n"
    );
    asylq()
        .arg("--db")
        .arg(&pages)
        .args(["-c", "applications where year = 2023", "--format", "csv"])
        .assert()
        .success()
        .stdout("value,unit,period,months_covered\n");
    // A rebuild keeps it so.
    asylq()
        .arg("--db")
        .arg(&pages)
        .arg("rebuild")
        .assert()
        .success();
    assert_eq!(
        sources(&pages),
        "file\nasielstatistieken-overzicht-2022.txt\n"
    );
    // By default a new store starts with the embedded report, and says so.
    let full = dir.path().join("full.duckdb");
    asylq()
        .arg("--db")
        .arg(&full)
        .arg("load")
        .arg(&overview)
        .assert()
        .success()
        .stderr(contains("full.duckdb: a new store, which starts with the embedded report (asielstatistieken-2023-11.txt); `load --no-embedded` starts one without it\n"));
    assert_eq!(
        sources(&full),
        "file\nasielstatistieken-2023-11.txt\nasielstatistieken-overzicht-2022.txt\n"
    );
    // --no-embedded cannot take the report out of a store that has it.
    asylq()
        .arg("--db")
        .arg(&full)
        .args(["load", "--no-embedded"])
        .arg(&overview)
        .assert()
        .code(2)
        .stderr(contains("already holds the embedded report"));
}

#[test]
fn the_query_field_shows_the_values_bound_to_parameters() {
    asylq()
        .args(["--param", "c=Syrië", "--param", "n=1", "--param", "m=2023-11"])
        .args(["-c", "applications where country = $c and month = $m by type top $n"])
        .args(["--format", "jsonl"])
        .assert()
        .success()
        .stdout("{\"query\":\"applications where (country = \\\"Syrië\\\" and month = 2023-11) by type top 1\",\"type\":\"first\",\"value\":444,\"unit\":\"persons\",\"period\":\"2023-11\",\"months_covered\":1}\n");
}

#[test]
fn sql_prints_timestamps_lists_and_booleans_as_values() {
    asylq()
        .args(["--embedded", "--format", "csv", "-c"])
        .arg("sql \"SELECT TIMESTAMP '2023-11-01 12:30:05' AS t, [1, 2] AS l, true AS b, DATE '2023-11-01' AS d\"")
        .assert()
        .success()
        .stdout("t,l,b,d\n2023-11-01 12:30:05,\"[1, 2]\",true,2023-11-01\n");
    asylq()
        .args(["--embedded", "--format", "json", "-c"])
        .arg("sql \"SELECT true AS b\"")
        .assert()
        .success()
        .stdout("[{\"b\":true}]\n");
}

#[test]
fn help_has_measures_charts_and_output_and_an_unknown_topic_is_an_error() {
    for topic in ["measures", "charts", "output"] {
        let out = asylq()
            .args(["--embedded", "-c", &format!("help {topic}")])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        assert!(
            !text.starts_with("asylq answers"),
            "{topic}: the general help\n{text}"
        );
    }
    asylq()
        .args(["--embedded", "-c", "help chrats"])
        .assert()
        .code(1)
        .stderr(contains("no help on 'chrats'").and(contains("did you mean charts")));
}

#[test]
fn a_new_store_clears_what_killed_creations_left_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("facts.duckdb");
    // What a load killed while it made the store leaves: its half-made
    // store and log, under its (ended) process id.
    for name in [
        "facts.duckdb.new-4294967295",
        "facts.duckdb.new-4294967295.wal",
    ] {
        std::fs::write(dir.path().join(name), "half a store").unwrap();
    }
    std::fs::write(dir.path().join("other.duckdb.new-4294967295"), "not ours").unwrap();
    asylq()
        .arg("--db")
        .arg(&db)
        .arg("load")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/pages/nl-2019-10.txt"
        ))
        .assert()
        .success();
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["facts.duckdb", "other.duckdb.new-4294967295"]);
}

#[test]
fn a_parameter_given_twice_is_refused() {
    let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
        .args(["--embedded", "--param", "c=Syrië", "--param", "c=Turkije"])
        .args(["-c", "applications where country = $c"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: --param c is given twice (Syrië, Turkije); give each parameter once\n"
    );
}

/// With `--require-store` (or `ASYLQ_REQUIRE_STORE=1`), no store found is
/// an error, not an answer from the embedded report.
#[test]
fn a_required_store_that_is_missing_is_an_error() {
    let run = |extra: &[&str], env: Option<&str>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_asylq"));
        cmd.env_remove("ASYLQ_DB")
            .env_remove("ASYLQ_REQUIRE_STORE")
            .env("HOME", "/nonexistent-asylq-home")
            .env("XDG_DATA_HOME", "/nonexistent-asylq-data")
            .args(extra)
            .args(["-c", "workload", "--format", "csv"]);
        if let Some(v) = env {
            cmd.env("ASYLQ_REQUIRE_STORE", v);
        }
        let out = cmd.output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, err) = run(&["--require-store"], None);
    assert_eq!(code, Some(3));
    assert_eq!(
        err,
        "error: --require-store: no --db, no ASYLQ_DB, and no store at '/nonexistent-asylq-data/asylq/asylq.duckdb': no such database\n"
    );
    assert_eq!(run(&[], Some("1")).0, Some(3));
    assert_eq!(run(&[], Some("0")).0, Some(0));
    assert_eq!(run(&[], None).0, Some(0));
    // `--embedded` asks for the embedded report by name.
    assert_eq!(run(&["--require-store", "--embedded"], None).0, Some(0));
}

/// A statement left open (a bracket, a string, a trailing `and`) never hides
/// the statements after it: each gives its own block, in order.
#[test]
fn an_unclosed_statement_does_not_swallow_the_next() {
    for broken in [
        "applications where (year = 2023 by month",
        "applications where country = \"Syria by month",
        "applications where year = 2023 and",
    ] {
        let script = format!("workload\nworkload where unit = persons\n{broken}\nworkload\nworkload where unit = persons\nworkload\n");
        let out = asylq()
            .args(["--keep-going", "--format", "jsonl"])
            .write_stdin(script.clone())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{broken}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        let queries: Vec<String> = stdout
            .lines()
            .map(|l| {
                l.split("\"query\":\"")
                    .nth(1)
                    .unwrap()
                    .split("\",")
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(queries.len(), 6, "{broken}: {stdout}");
        assert_eq!(queries[2], broken.replace('"', "\\\""), "{stdout}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("error at <stdin>:3:"), "{broken}: {stderr}");
    }
}

/// A failed statement under `--keep-going` decides the exit status even
/// when stdout closes before the run ends.
#[test]
fn a_closed_pipe_keeps_the_status_of_a_failed_statement() {
    let bin = assert_cmd::cargo::cargo_bin("asylq");
    let script = format!(
        "'{}' --keep-going -c 'applications where country = \"Narnia\"' -c 'applications by month, type' --format csv 2>/dev/null | head -1 >/dev/null; echo \"${{PIPESTATUS[0]}}\"",
        bin.display()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("HOME", "/nonexistent-asylq-home")
        .env("XDG_DATA_HOME", "/nonexistent-asylq-data")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1");
}

/// A text file named as the store is no store, not a damaged one; a file
/// of random bytes is refused at once as no text.
#[test]
fn files_are_named_for_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "these are my notes, not a store\n".repeat(10)).unwrap();
    asylq()
        .arg("--db")
        .arg(&text)
        .args(["-c", "workload"])
        .assert()
        .code(3)
        .stderr(contains(
            "this file is not an asylq store (it is no DuckDB database)",
        ));
    let noise = dir.path().join("noise.bin");
    let mut bytes = Vec::with_capacity(8 << 20);
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    while bytes.len() < 8 << 20 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.extend_from_slice(&x.to_le_bytes());
    }
    std::fs::write(&noise, &bytes).unwrap();
    asylq()
        .arg("--db")
        .arg(dir.path().join("s.duckdb"))
        .arg("load")
        .arg(&noise)
        .assert()
        .code(3)
        .stderr(contains("not a text (binary)"));
}

/// Country names follow `--lang` where `--names` is not given, and
/// `--names iso2` gives ISO codes.
#[test]
fn country_names_follow_the_language_asked() {
    let q = "applications where month = 2023-11 and country in (\"Syria\", \"Turkey\") by country";
    for (args, names) in [
        (vec![], ["Syrië", "Turkije"]),
        (vec!["--lang", "fr"], ["Syrie", "Turquie"]),
        (vec!["--lang", "en"], ["Syria", "Turkey"]),
        (vec!["--lang", "fr", "--names", "nl"], ["Syrië", "Turkije"]),
        (vec!["--names", "iso2"], ["SY", "TR"]),
    ] {
        let out = asylq()
            .args(["--embedded", "-c", q, "--format", "csv"])
            .args(&args)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let shown: Vec<&str> = text
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap())
            .collect();
        let mut shown = shown.clone();
        shown.sort();
        let mut names = names.to_vec();
        names.sort();
        assert_eq!(shown, names, "{args:?}");
    }
}

/// A reader's own words are answered with the query's.
#[test]
fn dutch_and_french_words_are_hinted_as_query_words() {
    asylq()
        .args(["--embedded", "-c", "demandes où année = 2023 par mois"])
        .assert()
        .code(1)
        .stderr(contains(
            "the query language is written in English: write `applications` for `demandes`",
        ));
    asylq()
        .args(["--embedded", "-c", "applications where jaar = 2023"])
        .assert()
        .code(1)
        .stderr(contains("write `year` for `jaar`"));
    asylq()
        .args(["--embedded", "-c", "applications per month"])
        .assert()
        .code(1)
        .stderr(contains("write `by` for `per`"));
    for (query, hint) in [
        (
            "applications by year change pct",
            "`change` gives both columns",
        ),
        (
            "applications where month >= 2023-01-01",
            "a month is written without its day: `2023-01`",
        ),
        (
            "applications where year = 2022..2023",
            "a span of periods is written `year between 2022 and 2023`",
        ),
        (
            "applications where year = 2023.5",
            "a number with decimals is allowed only after `having`",
        ),
        (
            "applications where year = 2023 by country share having share > 5,5",
            "decimals are written with a point: `having share > 5.5`",
        ),
    ] {
        asylq()
            .args(["--embedded", "-c", query])
            .assert()
            .code(1)
            .stderr(contains(hint));
    }
}

/// A `set` gives a block of its own in machine formats, so that block N is
/// statement N; a table shows nothing for it.
#[test]
fn a_set_statement_is_a_block_of_its_own() {
    asylq()
        .args(["--embedded", "--keep-going", "--format", "jsonl"])
        .write_stdin("workload\nset lang = fr\nworkload where unit = persons\n")
        .assert()
        .code(0)
        .stdout("{\"query\":\"workload\",\"value\":24764,\"unit\":\"dossiers\",\"period\":\"2023-11\",\"months_covered\":1}\n{\"query\":\"set lang = fr\",\"setting\":\"lang\",\"value\":\"fr\"}\n{\"query\":\"workload where unit = persons\",\"value\":29742,\"unit\":\"persons\",\"period\":\"2023-11\",\"months_covered\":1}\n");
    asylq()
        .args(["--embedded", "--format", "csv"])
        .write_stdin("set unit = persons\nworkload\n")
        .assert()
        .code(0)
        .stdout("setting,value\nunit,persons\n\nvalue,unit,period,months_covered\n29742,persons,2023-11,1\n");
    asylq()
        .args(["--embedded", "--format", "table"])
        .write_stdin("set unit = persons\n")
        .assert()
        .code(0)
        .stdout("");
}

/// `set lang` in a script speaks in the errors after it, under
/// `--keep-going` too; an error at a script's end is placed on its last
/// line, not on the empty line after it.
#[test]
fn errors_follow_the_script_s_language_and_its_last_line() {
    asylq()
        .args(["--embedded", "--keep-going", "--format", "csv"])
        .write_stdin("set lang = fr\napplications where country = \"Narnia\"\n")
        .assert()
        .code(1)
        .stderr(contains("pays inconnu"));
    asylq()
        .args(["--embedded"])
        .write_stdin("applications where month = 2023-11\napplications where year = 2023 and\n")
        .assert()
        .code(1)
        .stderr(contains("error at <stdin>:2:35"));
}

/// Applicants of undetermined nationality are named in each language.
#[test]
fn undetermined_nationality_is_named_in_each_language() {
    assert_eq!(
        ["en", "fr", "iso3"].map(|n| asylq::model::countries::shown_name(
            "Onbepaald",
            asylq::model::countries::Names::parse(n).unwrap()
        )
        .to_string()),
        ["Undetermined", "Indéterminé", "UNK"]
    );
}

/// Each exit status the README's table names, by a command that gives it.
#[test]
fn every_exit_status_of_the_readme_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.duckdb");
    let text = dir.path().join("article.txt");
    std::fs::write(&text, "Een artikel over asiel, geen statistiek.\n").unwrap();
    let cases: [(Vec<std::ffi::OsString>, i32); 6] = [
        (vec!["--embedded".into(), "-c".into(), "workload".into()], 0),
        (
            vec![
                "--embedded".into(),
                "-c".into(),
                "workload by country".into(),
            ],
            1,
        ),
        (
            vec![
                "--format".into(),
                "xyz".into(),
                "-c".into(),
                "workload".into(),
            ],
            2,
        ),
        (
            vec!["--require-store".into(), "-c".into(), "workload".into()],
            3,
        ),
        (
            vec![
                "--db".into(),
                store.clone().into(),
                "load".into(),
                text.clone().into(),
            ],
            3,
        ),
        (vec!["fetch".into(), "2099-01".into()], 4),
    ];
    for (args, code) in cases {
        let out = asylq().args(&args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(!store.exists(), "a refused load makes no store");
}
