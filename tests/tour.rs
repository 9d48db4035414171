//! The README's five-minute tour, run as a reader would: every command in
//! it, in order, in a fresh home. Shell lines (`$ …`) run through `sh` with
//! asylq on the PATH; lines at the REPL's prompt are typed into a
//! pseudo-terminal. Each must succeed, and the files it names must appear.
//! The page the tour loads is a fixture saved under the name it gives, and
//! `fetch` is answered by a local server.

mod common;

use rexpect::session::spawn_command;
use std::path::Path;
use std::process::Command;

/// The tour's lines, between the README's `<!-- tour -->` marks.
fn tour() -> Vec<String> {
    let readme = include_str!("../README.md");
    let start = readme.find("<!-- tour -->").expect("the tour's start");
    let end = readme.find("<!-- /tour -->").expect("the tour's end");
    readme[start..end]
        .lines()
        .filter(|l| l.starts_with("$ ") || l.starts_with("asylq> "))
        .map(String::from)
        .collect()
}

fn command(program: &str, home: &Path, base: &str) -> Command {
    let bin = Path::new(env!("CARGO_BIN_EXE_asylq")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new(program);
    cmd.current_dir(home)
        .env("PATH", path)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("ASYLQ_BASE_URL", base)
        .env_remove("ASYLQ_DB");
    cmd
}

#[test]
fn the_readme_tour_runs_command_by_command() {
    let lines = tour();
    assert!(lines.len() >= 10, "{lines:?}");
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("asylum-statistics-april-2017.txt"),
        include_str!("pages/en-2017-04.txt"),
    )
    .unwrap();
    let base = common::serve(
        "/nl/actueel/asielstatistieken-oktober-2019",
        include_str!("pages/nl-2019-10.txt"),
        10,
    );
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let shell = line.strip_prefix("$ ").expect("a shell line first");
        // The REPL: the lines at its prompt that follow.
        let typed: Vec<&str> = lines[i + 1..]
            .iter()
            .map_while(|l| l.strip_prefix("asylq> "))
            .collect();
        if typed.is_empty() {
            let out = command("sh", home.path(), &base)
                .args(["-c", shell])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{shell}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        } else {
            repl(shell, &typed, home.path(), &base);
        }
        i += 1 + typed.len();
    }
    for file in ["applications.svg", "workload.png"] {
        assert!(home.path().join(file).exists(), "{file} written");
    }
    let out = command("asylq", home.path(), &base)
        .args(["sources", "--format", "csv"])
        .output()
        .unwrap();
    let sources = String::from_utf8(out.stdout).unwrap();
    assert_eq!(sources.lines().count(), 1 + 3, "{sources}");
}

/// Starts `shell` (asylq alone) in a pseudo-terminal and types each line,
/// waiting for the prompt; no answer may be an error.
fn repl(shell: &str, typed: &[&str], home: &Path, base: &str) {
    assert_eq!(shell.split_whitespace().next(), Some("asylq"), "{shell}");
    let mut cmd = command("asylq", home, base);
    cmd.args(shell.split_whitespace().skip(1));
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    let prompt = "asylq [embedded 2023-11]> ";
    p.exp_string(prompt).unwrap();
    for line in typed {
        p.send_line(line).unwrap();
        if *line == ".quit" {
            p.exp_eof().unwrap();
            return;
        }
        // The line is taken when the editor leaves bracketed paste; the
        // prompt after that is the next one, not a redraw of this line.
        p.exp_string("\x1b[?2004l").unwrap();
        let answer = p.exp_string(prompt).unwrap();
        assert!(!answer.contains("error"), "{line}: {answer}");
    }
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}
