//! Which figure answers never depends on the order sources were loaded in:
//! every pair of a set of sources (pages of one month in two languages, a
//! yearly overview, Eurostat's editions of one dataset with and without a
//! stated last update, an annual dataset beside the monthly one) is loaded
//! in both orders, and every answer, `show revisions`, `show conflicts`,
//! `show coverage`, `--as-of` and `export` must be the same. A pair whose
//! second source is refused (a rival edition) must be refused in both
//! orders.

mod common;

use common::asylq_on;
use std::path::{Path, PathBuf};

/// The queries each store is asked, with their arguments.
const ASKED: &[&[&str]] = &[
    &["-c", "applications where year >= 2019 by month"],
    &["-c", "applications where year = 2022 by type"],
    &["-c", "decisions where year = 2019 by type"],
    &[
        "-c",
        "applications where geo = BE and publisher = eurostat by month",
    ],
    &[
        "-c",
        "applications where geo in (BE, NL) and publisher = eurostat by year, geo",
    ],
    &[
        "-c",
        "applications where country = Afghanistan and geo = BE and publisher = eurostat by month",
    ],
    &["-c", "show revisions"],
    &["-c", "show conflicts"],
    &["-c", "show coverage"],
    &[
        "--as-of",
        "2023-12",
        "-c",
        "applications where year = 2023 by month",
    ],
    &["export", "-"],
];

/// The sources: files of the project, and two editions made here.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let sdmx = std::fs::read_to_string(root.join("eurostat/migr_asyappctzm.csv")).unwrap();
    let revised = dir.join("estat_migr_asyappctzm_revised.csv");
    let text = sdmx
        .replace("05/12/23 23:00:00", "06/12/23 23:00:00")
        .replace(",2023-10,405,", ",2023-10,410,");
    assert_ne!(text, sdmx);
    std::fs::write(&revised, text).unwrap();
    let tsv = std::fs::read_to_string(root.join("eurostat/migr_asyappctzm.tsv")).unwrap();
    let rival = dir.join("rival").join("migr_asyappctzm.tsv");
    std::fs::create_dir_all(rival.parent().unwrap()).unwrap();
    let text = tsv.replacen("405 ", "400 ", 1);
    assert_ne!(text, tsv);
    std::fs::write(&rival, text).unwrap();
    let mut files: Vec<PathBuf> = [
        "history/nl-2019-10.txt",
        "history/fr-2019-10.txt",
        "history/en-overview-2022.txt",
        "history/nl-2022-01.txt",
        "eurostat/migr_asyappctzm.csv",
        "eurostat/migr_asyappctzm.tsv",
        "eurostat/estat_migr_asyappctza_labels.csv",
        "eurostat/migr_asyappctzm_2023h1.tsv",
    ]
    .iter()
    .map(|f| root.join(f))
    .collect();
    files.extend([revised, rival]);
    files
}

/// The answers of a store holding `first`, then `second`, loaded one
/// after the other; `None` where the second load was refused.
fn answers(dir: &Path, name: &str, first: &Path, second: &Path) -> Option<Vec<String>> {
    let db = dir.join(format!("{name}.duckdb"));
    let (code, _, err) = asylq_on(&db, &["load", first.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{}: {err}", first.display());
    let (code, _, err) = asylq_on(&db, &["load", second.to_str().unwrap()]);
    if code == Some(3) && err.contains("--replace") {
        return None;
    }
    assert_eq!(code, Some(0), "{}: {err}", second.display());
    let mut out = Vec::new();
    for args in ASKED {
        let mut args = args.to_vec();
        if args[0] != "export" {
            args.extend(["--format", "csv"]);
        }
        let (code, stdout, stderr) = asylq_on(&db, &args);
        out.push(format!("{args:?} exit {code:?}\n{stdout}{stderr}"));
    }
    Some(out)
}

#[test]
fn every_pair_of_sources_answers_alike_in_either_order() {
    let dir = tempfile::tempdir().unwrap();
    let files = sources(dir.path());
    let mut compared = 0;
    let mut refused = 0;
    for (i, a) in files.iter().enumerate() {
        for (j, b) in files.iter().enumerate().skip(i + 1) {
            let ab = answers(dir.path(), &format!("{i}-{j}"), a, b);
            let ba = answers(dir.path(), &format!("{j}-{i}"), b, a);
            let pair = format!("{} and {}", a.display(), b.display());
            match (ab, ba) {
                (Some(ab), Some(ba)) => {
                    for (x, y) in ab.iter().zip(&ba) {
                        assert_eq!(x, y, "{pair}: the order of loading changed the answer");
                    }
                    compared += 1;
                }
                (None, None) => refused += 1,
                _ => panic!("{pair}: refused in one order only"),
            }
        }
    }
    assert_eq!((compared, refused), (44, 1));
}
