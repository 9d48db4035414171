//! A fuzz run, not part of `cargo test`: arbitrary bytes, and real inputs
//! mutated (a letter inside a number, a line deleted, a word misspelt), thrown
//! at the report reader, the page reader and the query parser and checker. It
//! must find no panic.
//!
//!     cargo bench --bench fuzz            # 100,000 cases each
//!     FUZZ_CASES=1000 cargo bench --bench fuzz

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

const SEED: &str = include_str!("../data/asielstatistieken-2023-11.txt");
const PAGE: &str = include_str!("../tests/pages/nl-2019-10.txt");

/// A real text with a few lines mutated.
fn mutated(text: &'static str) -> impl Strategy<Value = String> {
    let lines: Vec<&'static str> = text.lines().collect();
    let n = lines.len();
    prop::collection::vec((0..n, 0u8..4, any::<char>()), 1..6).prop_map(move |edits| {
        let mut lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        for (at, kind, c) in edits {
            let at = at % lines.len().max(1);
            match kind {
                0 => {
                    lines.remove(at);
                }
                1 => {
                    let line = &mut lines[at];
                    let pos = line
                        .char_indices()
                        .map(|(i, _)| i)
                        .nth(line.chars().count() / 2)
                        .unwrap_or(0);
                    line.insert(pos, c);
                }
                2 => lines[at] = lines[at].replace(|ch: char| ch.is_ascii_digit(), "x"),
                _ => lines.insert(at, lines[at].clone()),
            }
            if lines.is_empty() {
                break;
            }
        }
        lines.join("\n")
    })
}

fn run(name: &str, cases: u32, strategy: impl Strategy<Value = String>, test: impl Fn(&str)) {
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&strategy, |text| {
            test(&text);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    println!("{name}: {cases} cases, no panic");
}

fn main() {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100_000);
    let read = |t: &str| {
        let _ = asylq::source::read(t);
    };
    let query = |t: &str| {
        if let Ok(statements) = asylq::lang::parse(t) {
            for s in statements {
                if let asylq::lang::ast::Statement::Query(q) = &s.node {
                    if let Ok(c) = asylq::check::check(q, &Default::default()) {
                        let _ = asylq::sql::compile(&c);
                    }
                }
            }
        }
    };
    run("report reader, mutated seed", cases, mutated(SEED), read);
    run("page reader, mutated page", cases, mutated(PAGE), read);
    run("readers, arbitrary text", cases, "\\PC{0,400}", read);
    run("query parser, arbitrary text", cases, "\\PC{0,80}", query);
    run(
        "query parser, words of the language",
        cases,
        prop::collection::vec(
            prop::sample::select(vec![
                "applications",
                "decisions",
                "-",
                "/",
                "where",
                "by",
                "month",
                "quarter",
                "year",
                "=",
                "2023-Q4",
                "2023-11",
                "2023",
                "last",
                "3",
                "months",
                "average",
                "per",
                "share",
                "change",
                "yoy",
                "top",
                "(",
                ")",
                "and",
                "or",
                "not",
                "\"Syria\"",
                ";",
                "cumulative",
                "type",
                "country",
                "between",
                "workload",
                "protection_rate",
            ]),
            1..14,
        )
        .prop_map(|w| w.join(" ")),
        query,
    );
}
