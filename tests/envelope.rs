//! `--envelope`: every statement as one object, its notes as data (kind,
//! periods, text), a failed statement in its place.

mod common;

use assert_cmd::Command;
use asylq::answer::{Note, NoteKind};
use asylq::session::{Output, Session};
use serde_json::{json, Value};

/// The notes of the answers of a text.
fn notes_of(session: &mut Session, text: &str) -> Vec<Note> {
    let mut out = Vec::new();
    session
        .run(text, &mut |o| {
            if let Output::Answer(a) = o {
                out.extend(a.notes);
            }
            Ok(())
        })
        .unwrap();
    out
}

fn kinds_and_periods(notes: &[Note]) -> Vec<(NoteKind, Vec<String>)> {
    notes.iter().map(|n| (n.kind, n.periods.clone())).collect()
}

fn asylq() -> Command {
    let mut cmd = Command::cargo_bin("asylq").unwrap();
    cmd.env_remove("ASYLQ_DB")
        .env("HOME", "/nonexistent-asylq-home");
    cmd
}

#[test]
fn an_envelope_keeps_a_failed_statement_in_its_place() {
    let out = asylq()
        .args([
            "--embedded",
            "--envelope",
            "--keep-going",
            "--format",
            "json",
        ])
        .args(["--param", "c=Syrië"])
        .args(["-c", "applications where country = $c and month = 2023-11"])
        .args(["-c", "aplications"])
        .args(["-c", "explain workload"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let all = doc.as_array().unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(
        all[0],
        json!({
            "query": "applications where (country = \"Syrië\" and month = 2023-11)",
            "params": {"c": "Syrië"},
            "status": "ok",
            "rows": [{"value": 450, "unit": "persons", "period": "2023-11", "months_covered": 1}],
            "notes": [],
            "sources": ["asielstatistieken-2023-11.txt"],
        })
    );
    assert_eq!(
        all[1],
        json!({
            "query": "aplications",
            "params": {"c": "Syrië"},
            "status": "error",
            "rows": [],
            "notes": [],
            "sources": [],
            "error": {
                "kind": "syntax",
                "message": "parse-unexpected",
                "found": {"message": "code", "code": "'aplications'"},
                "expected": {
                    "message": "or-list",
                    "rest": [{"message": "word-a-measure"}],
                    "last": {"message": "word-end-of-input"},
                },
                "text": "unexpected 'aplications': expected a measure (applications, decisions, workload, protection_rate, pending) or end of input",
                "line": 1,
                "column": 1,
                "label": "found 'aplications' here",
                "hints": ["did you mean 'applications'?"],
            },
        })
    );
    assert_eq!(
        (&all[2]["query"], &all[2]["status"]),
        (&json!("explain workload"), &json!("ok"))
    );
    let sql = all[2]["rows"][0]["text"].as_str().unwrap();
    assert!(sql.starts_with("WITH f AS ("), "{sql}");
    // jsonl: one envelope a line, in the same order.
    let out = asylq()
        .args([
            "--embedded",
            "--envelope",
            "--keep-going",
            "--format",
            "jsonl",
        ])
        .args([
            "-c",
            "workload",
            "-c",
            "aplications",
            "-c",
            "workload by year",
        ])
        .output()
        .unwrap();
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let statuses: Vec<&str> = lines
        .iter()
        .map(|l| l["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["ok", "error", "ok"]);
    assert_eq!(
        lines[2]["notes"],
        json!([{
            "kind": "as_of",
            "periods": ["2023"],
            "message": "note-as-of",
            "measure": "workload",
            "items": [{"message": "as-of-item", "period": "2023", "month": "2023-11"}],
            "text": "The workload is a stock: a period gives its value at the period's end; where the store lacks that month, the row gives the last month it holds: 2023 as of 2023-11.",
        }])
    );
    asylq()
        .args(["--embedded", "--envelope", "-c", "workload"])
        .assert()
        .code(2)
        .stderr("error: --envelope needs --format json or jsonl\n");
}

#[test]
fn notes_say_their_kind_and_periods() {
    let (_dir, mut s) = common::stores::named("embedded");
    let derived = notes_of(&mut s, "applications where country = \"Syrië\" by month");
    assert_eq!(
        kinds_and_periods(&derived),
        [
            (NoteKind::YearToDate, vec!["2023-01..2023-10".to_string()]),
            (NoteKind::Derived, vec!["2023-01..2023-10".to_string()]),
        ]
    );
    let partial = notes_of(&mut s, "applications where year = 2023 by quarter");
    assert_eq!(
        kinds_and_periods(&partial),
        [(NoteKind::Partial, vec!["2023-Q4".to_string()])]
    );
    assert_eq!(
        partial[0].to_string(),
        "2023-Q4 is partial: the data covers 2023-10..2023-11 only."
    );
    let seed = include_str!("../data/asielstatistieken-2023-11.txt");
    let december = common::stores::december().render().replacen(
        "1 Syrië 4.207 3.899",
        "1 Syrië 4.207 3.900",
        1,
    );
    let files = [
        (
            "asielstatistieken-2023-11.txt".to_string(),
            seed.to_string(),
        ),
        ("asielstatistieken-2023-12.txt".to_string(), december),
    ];
    let (_dir, store) = common::stores::store_with(&files, true);
    let mut s = Session::new(store).unwrap();
    let forced = notes_of(
        &mut s,
        "applications where country = \"Syrië\" and year = 2023 and type = first",
    );
    assert_eq!(
        kinds_and_periods(&forced),
        [(NoteKind::Forced, vec!["2023".to_string()])]
    );
}
