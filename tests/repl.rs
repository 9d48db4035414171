//! The REPL in a real pseudo-terminal: a query and its table, Tab completion of
//! a country, a query over two lines, an error that the session survives,
//! history with the up arrow, and Ctrl-D to leave.

use rexpect::session::spawn_command;
use std::process::Command;

#[test]
fn a_session_at_the_prompt() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_asylq"));
    cmd.env("XDG_DATA_HOME", home.path())
        .env("HOME", home.path())
        .env_remove("ASYLQ_DB");
    let mut p = spawn_command(cmd, Some(10_000)).unwrap();
    p.exp_string("asylq [embedded 2023-11]> ").unwrap();

    p.send_line("workload by type").unwrap();
    p.exp_string("18,264").unwrap();
    let chart = home.path().join("workload.svg");
    p.send_line(&format!(".chart {}", chart.display())).unwrap();
    p.exp_string("wrote ").unwrap();

    p.send("applications where year = 2023 and country = syr")
        .unwrap();
    p.send("\t").unwrap();
    p.send_line("").unwrap();
    p.exp_string("applications where (year = 2023 and country = \"Syr")
        .unwrap();
    p.exp_string("3,836").unwrap();

    // A statement that goes on is read on a continuation prompt.
    p.send_line("applications where (year = 2022").unwrap();
    p.exp_string("...> ").unwrap();
    p.send_line(")").unwrap();
    p.exp_string("36,871").unwrap();

    // An open string continues on a prompt of its own, for one line only.
    p.send_line("applications where month = 2023-11 and country = \"Congo")
        .unwrap();
    p.exp_string("\"> ").unwrap();
    p.send_line("(DRC)\" by type").unwrap();
    p.exp_string("resettlement").unwrap();
    p.send_line("applications where country = \"Syria").unwrap();
    p.exp_string("\"> ").unwrap();
    p.send_line("workload").unwrap();
    p.exp_string("unterminated string").unwrap();
    p.send_line("workload by type").unwrap();
    p.exp_string("18,264").unwrap();
    let chart = home.path().join("workload.svg");
    p.send_line(&format!(".chart {}", chart.display())).unwrap();
    p.exp_string("wrote ").unwrap();

    p.send_line("decisions where type = backlog").unwrap();
    p.exp_string("backlog is not a type of decisions").unwrap();

    // The up arrow recalls the failed query; run it again.
    p.send("\x1b[A").unwrap();
    p.send_line("").unwrap();
    p.exp_string("backlog is not a type of decisions").unwrap();
    p.send_line("workload where unit = persons").unwrap();
    p.exp_string("29,742").unwrap();

    // Ctrl-C cancels a long query and the session goes on.
    p.send_line("sql \"SELECT count(*) FROM range(100000000000)\"")
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("Interrupted").unwrap();
    p.send_line("workload").unwrap();
    p.exp_string("24,764").unwrap();
    p.exp_string("]> ").unwrap();

    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert!(std::fs::read_to_string(&chart).unwrap().contains("backlog"));
    let history = std::fs::read_to_string(home.path().join("asylq/history.txt")).unwrap();
    assert!(history.contains("workload by type"), "{history}");
}

/// The prompt opens its session as `-c` does: `sql` cannot touch files
/// without `--allow-files`, and `--names` and `--param` hold.
#[test]
fn the_prompt_keeps_the_sandbox_names_and_parameters() {
    let home = tempfile::tempdir().unwrap();
    let target = home.path().join("x.csv");
    let start = |extra: &[&str]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_asylq"));
        cmd.env("XDG_DATA_HOME", home.path())
            .env("HOME", home.path())
            .env_remove("ASYLQ_DB")
            .args(extra);
        let mut p = spawn_command(cmd, Some(10_000)).unwrap();
        p.exp_string("asylq [embedded 2023-11]> ").unwrap();
        p
    };
    let copy = format!("sql \"COPY (SELECT 1 AS x) TO '{}'\"", target.display());

    let mut p = start(&["--names", "en", "--param", "c=Syrië"]);
    p.send_line(&copy).unwrap();
    p.exp_string("this statement reads or writes outside the store")
        .unwrap();
    p.send_line("sql \"SELECT * FROM read_text('/etc/hostname')\"")
        .unwrap();
    p.exp_string("this statement reads or writes outside the store")
        .unwrap();
    p.send_line("applications where year = 2023 and country = $c by country")
        .unwrap();
    p.exp_string("Syria").unwrap();
    p.exp_string("3,836").unwrap();
    p.send_line(".chart").unwrap();
    p.exp_string("usage: .chart FILE.svg").unwrap();
    // Ctrl-D once the prompt is back, not while the line is redrawn.
    p.exp_string("asylq [embedded 2023-11]> ").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert!(!target.exists());

    // The prompt's own lines follow the language asked for.
    let mut p = start(&["--lang", "fr"]);
    p.send_line(".chart").unwrap();
    p.exp_string(": .chart FICHIER.svg ou .chart FICHIER.png")
        .unwrap();
    p.send_line(".oops").unwrap();
    p.exp_string(": commande inconnue").unwrap();
    p.send_line(".help").unwrap();
    p.exp_string(".help                 cette liste (`help` explique le langage)")
        .unwrap();
    p.exp_string(".quit                 quitter (ou Ctrl-D)")
        .unwrap();
    p.exp_string("asylq [embedded 2023-11]> ").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    // The welcome line too.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_asylq"));
    cmd.env("XDG_DATA_HOME", home.path())
        .env("HOME", home.path())
        .env_remove("ASYLQ_DB")
        .args(["--lang", "nl"]);
    let mut nl = spawn_command(cmd, Some(10_000)).unwrap();
    nl.exp_string("typ `help` of `.help`, Ctrl-D om te stoppen")
        .unwrap();
    nl.exp_string("asylq [embedded 2023-11]> ").unwrap();
    nl.send_control('d').unwrap();
    nl.exp_eof().unwrap();

    let mut p = start(&["--allow-files"]);
    p.send_line(&copy).unwrap();
    p.exp_string("Count").unwrap();
    p.send_line("workload").unwrap();
    p.exp_string("24,764").unwrap();
    p.exp_string("]> ").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "x\n1\n");
}
