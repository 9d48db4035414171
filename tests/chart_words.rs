//! Every word of a Dutch or French chart is of its language: the README's
//! gallery and the chart shapes of the tests, drawn to SVG in nl and fr over
//! the embedded report, the history fixtures and Eurostat's downloads, each
//! text read for words of another language and for query syntax.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Words only English writes: never on a Dutch or French chart.
const ENGLISH: &[&str] = &[
    "note",
    "query",
    "hollow",
    "applications",
    "decisions",
    "persons",
    "months",
    "covers",
    "only",
    "the",
    "with",
    "registered",
    "subsequent",
    "resettlement",
    "workload",
    "refugee",
    "subsidiary",
    "rejected",
    "share",
    "where",
    "since",
    "missing",
    "figure",
    "figures",
    "update",
    "stated",
    "derived",
    "withdrawn",
    "pending",
    "other",
    "first",
    "files",
    "unit",
    "drawn",
    "left",
    "year",
    "years",
    "month",
    "quarter",
    "january",
    "syria",
    "germany",
];

/// Words only Dutch writes: never on a French chart.
const DUTCH: &[&str] = &[
    "aanvragen",
    "asielaanvragen",
    "beslissingen",
    "maand",
    "maanden",
    "jaar",
    "kwartaal",
    "het",
    "alleen",
    "geregistreerd",
    "volgende",
    "bron",
    "opmerking",
    "weggelaten",
    "werklast",
    "januari",
    "juni",
    "oktober",
    "onvolledig",
    "gegevens",
    "personen",
    "andere",
    "landen",
    "syrië",
    "duitsland",
    "frankrijk",
    "nederland",
    "belgië",
    "eerste",
    "per",
];

/// Words only French writes: never on a Dutch chart.
const FRENCH: &[&str] = &[
    "demandes",
    "décisions",
    "mois",
    "année",
    "trimestre",
    "les",
    "des",
    "du",
    "seulement",
    "enregistrées",
    "source",
    "remarque",
    "personnes",
    "janvier",
    "juin",
    "octobre",
    "syrie",
    "belgique",
    "allemagne",
    "autres",
    "pays",
    "premières",
    "non",
    "tracés",
];

/// Query syntax a reader never sees on a chart.
const SYNTAX: &[&str] = &[
    "`",
    " in (",
    ">=",
    "<=",
    "!=",
    " = \"",
    "where ",
    "publisher =",
];

/// The texts of an SVG chart: each `aria-label` of its outlines.
fn texts(svg: &str) -> Vec<String> {
    common::svg_words(svg)
        .into_iter()
        .map(|t| {
            t.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
        })
        .collect()
}

/// The chart of `query` in `lang` over `store` (the embedded report where
/// there is none): its texts.
fn drawn(store: Option<&Path>, query: &str, lang: &str) -> Vec<String> {
    tried(store, query, lang).unwrap_or_else(|e| panic!("{query} ({lang}): {e}"))
}

/// The chart of `query` in `lang` over `store`, or what asylq said where it
/// drew none (a query a chart test expects to be refused).
fn tried(store: Option<&Path>, query: &str, lang: &str) -> Result<Vec<String>, String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chart.svg");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_asylq"));
    cmd.env("HOME", "/nonexistent-asylq-home")
        .env("XDG_DATA_HOME", "/nonexistent-asylq-data");
    match store {
        Some(db) => cmd.arg("--db").arg(db),
        None => cmd.arg("--embedded"),
    };
    let out = cmd
        .args(["-c", query, "--lang", lang, "--output"])
        .arg(&file)
        .output()
        .unwrap();
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok(texts(&std::fs::read_to_string(&file).unwrap()))
}

/// The words of another language, and the query syntax, in a chart's texts.
fn foreign(texts: &[String], lang: &str) -> Vec<String> {
    let other: &[&str] = if lang == "nl" { FRENCH } else { DUTCH };
    let mut found = Vec::new();
    for text in texts {
        let lower = text.to_lowercase();
        let words = lower.split(|c: char| !c.is_alphanumeric());
        for word in words.filter(|w| ENGLISH.contains(w) || other.contains(w)) {
            found.push(format!("{word:?} in {text:?}"));
        }
        for s in SYNTAX.iter().filter(|s| text.contains(**s)) {
            found.push(format!("{s:?} in {text:?}"));
        }
    }
    found
}

/// A store of `files` of the project, loaded by `asylq load`.
fn store_of(dir: &tempfile::TempDir, files: &[&str]) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = Vec::new();
    for f in files {
        let path = root.join(f);
        if path.is_dir() {
            let mut txt: Vec<PathBuf> = std::fs::read_dir(&path)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            txt.sort();
            paths.extend(txt);
        } else {
            paths.push(path);
        }
    }
    let db = dir.path().join("store.duckdb");
    let out = Command::new(env!("CARGO_BIN_EXE_asylq"))
        .arg("--db")
        .arg(&db)
        .arg("load")
        .args(&paths)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    db
}

/// The queries of the README's gallery (`examples/chart-*.q`) and the
/// chart shapes the tests draw on the embedded report.
const EMBEDDED: &[&str] = &[
    "applications by month, type",
    "applications where year = 2023 by country",
    "applications where year = 2023 by country top 5 share",
    "decisions where year = 2023 by month, type share",
    "applications where year = 2023 by quarter",
    "applications where year = 2023 by month cumulative",
    "applications where year = 2023 by month rolling 3 months",
    "applications where year = 2023 by month change",
    "decisions where year = 2023 by type",
    "protection_rate where year = 2023 by month",
    "workload by month",
    "applications where country = \"Syrië\" by month",
];

/// Chart shapes over the history fixtures and Eurostat's downloads.
const STORED: &[&str] = &[
    "applications where year >= 2016 by year",
    "applications where year = 2021 by month, type",
    "applications where year >= 2016 by year index 2022",
    "applications where year = 2016 by month cumulative",
    "applications where geo in (BE, NL, DE, FR) and publisher = eurostat by month, geo",
    "applications where geo = BE and publisher = eurostat by quarter cumulative",
    "decisions where publisher = eurostat and geo = BE by year, type",
    "applications where year between 2014 and 2023 by year",
    "applications where year between 2014 and 2023 by year, publisher",
];

/// Every query `tests/charts.rs` draws: each string there that starts
/// with a measure.
fn chart_tests_queries() -> Vec<String> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/charts.rs");
    let text = std::fs::read_to_string(file).unwrap();
    let mut out: Vec<String> = Vec::new();
    // Strings, with `\"` inside them kept.
    let mut rest = text.as_str();
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let mut end = 0;
        let bytes = after.as_bytes();
        while end < bytes.len() && !(bytes[end] == b'"' && (end == 0 || bytes[end - 1] != b'\\')) {
            end += 1;
        }
        let string = after[..end].replace("\\\"", "\"");
        let measures = [
            "applications ",
            "decisions ",
            "workload ",
            "protection_rate ",
            "pending ",
        ];
        if measures.iter().any(|m| string.starts_with(m)) && !out.contains(&string) {
            out.push(string);
        }
        rest = &after[(end + 1).min(after.len())..];
    }
    out
}

#[test]
fn every_chart_speaks_only_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_of(
        &dir,
        &[
            "tests/history",
            "tests/eurostat/migr_asyappctzm_2023h1.tsv",
            "tests/eurostat/tps00190.tsv",
            "tests/eurostat/migr_asydcfsta.tsv",
            "tests/eurostat/migr_asyappctza_bulk.tsv",
        ],
    );
    let mut found = Vec::new();
    let tests = chart_tests_queries();
    assert!(tests.len() > 30, "{tests:?}");
    let mut drawn_from_tests = 0;
    for lang in ["nl", "fr"] {
        let mine = EMBEDDED
            .iter()
            .map(|q| (q.to_string(), drawn(None, q, lang)))
            .chain(
                STORED
                    .iter()
                    .map(|q| (q.to_string(), drawn(Some(&store), q, lang))),
            );
        let theirs: Vec<(String, Vec<String>)> = tests
            .iter()
            .filter_map(|q| Some((q.clone(), tried(Some(&store), q, lang).ok()?)))
            .collect();
        drawn_from_tests += theirs.len();
        let charts = mine.chain(theirs);
        for (query, texts) in charts {
            for f in foreign(&texts, lang) {
                found.push(format!("{lang} {query}: {f}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
    assert!(drawn_from_tests > 50, "{drawn_from_tests}");
}

/// A chart of the years each publisher answers names the publishers in
/// words in its legend, and says which years are Eurostat's.
#[test]
fn a_chart_by_publisher_names_them_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_of(&dir, &["tests/eurostat/migr_asyappctza_bulk.tsv"]);
    let query = "applications where year between 2014 and 2023 by year, publisher";
    let fr = drawn(Some(&store), query, "fr");
    assert!(fr.iter().any(|t| t == "CGRA"), "{fr:?}");
    assert!(fr.iter().any(|t| t == "Eurostat"), "{fr:?}");
    assert!(!fr.iter().any(|t| t == "cgvs" || t == "eurostat"), "{fr:?}");
    assert!(
        fr.iter()
            .any(|t| t.starts_with("Remarque\u{a0}: D’Eurostat\u{a0}: 2014, 2015, 2016\u{a0}:")),
        "{fr:?}"
    );
    let nl = drawn(Some(&store), query, "nl");
    assert!(
        nl.iter().any(|t| t.contains("per jaar en uitgever")),
        "{nl:?}"
    );
}

/// The test's own word lists find what they are for.
#[test]
fn the_lists_find_english_and_query_syntax() {
    let texts = [
        "Note: the workload".to_string(),
        "Beperkt tot: `geo in (BE)`".to_string(),
    ];
    assert_eq!(foreign(&texts, "nl").len(), 5);
    assert!(foreign(&["Demandes d'asile par mois, 2023".to_string()], "fr").is_empty());
    assert_eq!(
        foreign(&["Asielaanvragen per maand".to_string()], "fr").len(),
        3
    );
}
