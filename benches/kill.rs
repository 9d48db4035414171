//! A stress run, not part of `cargo test`: `asylq load` killed with SIGKILL at
//! random moments, and the store opened after each kill. A store must never
//! be damaged: after each kill it answers with the figures of before the
//! load or of after it, and the next load works.
//!
//! Half the kills hit a load into an existing store (a page added to the
//! embedded report), half a load that creates the store. With
//! `SOURCE=eurostat` the load is a Eurostat download (figures generated,
//! 4,000 series of 204 months: 816,000 cells), and a store found after
//! the load must hold every figure of it.
//!
//!     cargo bench --bench kill               # 5,000 kills
//!     KILLS=500 cargo bench --bench kill
//!     SOURCE=eurostat KILLS=500 cargo bench --bench kill
//!     ASYLQ_BIN=/tmp/asylq cargo bench --bench kill   # another binary

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The binary to kill: `ASYLQ_BIN`, or the one this build made.
fn binary() -> String {
    std::env::var("ASYLQ_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_asylq").to_string())
}
const PAGE: &str = include_str!("../tests/pages/nl-2019-10.txt");

/// The outcome of one kill, as the store is found after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    /// No store file (a kill before the store was made).
    None,
    /// The figures of before the load.
    Before,
    /// The figures of after the load.
    After,
    /// The store does not open, or answers something else.
    Damaged,
}

fn asylq(db: &Path) -> Command {
    let mut cmd = Command::new(binary());
    cmd.arg("--db")
        .arg(db)
        .env_remove("ASYLQ_DB")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// How many sources the store holds (a Eurostat download counted by its
/// tables, which it makes), or why it cannot say.
fn sources(db: &Path) -> Result<String, String> {
    query(
        db,
        "SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM duckdb_tables() \
         WHERE table_name = 'eurostat_sources') AS n",
    )
}

/// The figures of the Eurostat download the store holds.
fn eurostat_figures(db: &Path) -> Result<String, String> {
    query(
        db,
        "SELECT count(*) AS n, sum(value) AS total FROM eurostat_facts",
    )
}

fn query(db: &Path, sql: &str) -> Result<String, String> {
    let out = asylq(db)
        .args(["-c", &format!("sql \"{sql}\""), "--format", "csv"])
        .output()
        .unwrap();
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

/// What a kill left: the store as it was before the load (a load that
/// creates the store: no file), or as it is after (with `figures`, those
/// of a whole Eurostat download, where one is loaded).
fn found(db: &Path, figures: Option<&str>) -> (Found, String) {
    if !db.exists() {
        return (Found::None, String::new());
    }
    match sources(db).as_deref() {
        Ok("n\n1") => (Found::Before, String::new()),
        Ok("n\n2") => match figures.map(|f| (f, eurostat_figures(db))) {
            Some((whole, Ok(held))) if held != whole => (Found::Damaged, held),
            Some((_, Err(e))) => (Found::Damaged, e),
            _ => (Found::After, String::new()),
        },
        Ok(other) => (Found::Damaged, other.to_string()),
        Err(e) => (Found::Damaged, e.to_string()),
    }
}

/// A download in the shape of migr_asyappctzm: `series` series of each
/// month of 2008-2024, a fifth of the cells `:`.
fn download(series: usize) -> String {
    let months: Vec<String> = (2008..2025)
        .flat_map(|y| (1..=12).map(move |m| format!("{y}-{m:02} ")))
        .collect();
    let geos = [
        "BE",
        "NL",
        "DE",
        "FR",
        "AT",
        "IT",
        "ES",
        "EL",
        "SE",
        "EU27_2020",
    ];
    let citizens = [
        "TOTAL", "AF", "SY", "IQ", "ER", "TR", "UA", "MA", "CD", "UNK",
    ];
    let sexes = ["T", "F", "M", "UNK"];
    let ages = [
        "TOTAL", "Y_LT14", "Y14-17", "Y_LT18", "Y18-34", "Y35-64", "Y_GE65", "Y_GE18", "UNK",
    ];
    let mut out = format!(
        "freq,unit,citizen,sex,age,applicant,geo\\TIME_PERIOD\t{}\n",
        months.join("\t")
    );
    for s in 0..series {
        let (g, c, x, a) = (s % 10, s / 10 % 10, s / 100 % 4, s / 400 % 9);
        let kind = ["ASY_APP", "NASY_APP", "SUBS_APP"][s / 3600 % 3];
        let key = format!(
            "M,PER,{},{},{},{kind},{}",
            citizens[c], sexes[x], ages[a], geos[g]
        );
        let cells: Vec<String> = (0..months.len())
            .map(|m| match (s * 7 + m * 13) % 5 {
                0 => ": ".to_string(),
                _ => format!("{} ", (s + m) % 800 * 5),
            })
            .collect();
        out += &format!("{key}\t{}\n", cells.join("\t"));
    }
    out
}

/// Milliseconds a whole load takes, the median of a few runs.
fn load_time(dir: &Path, page: &Path) -> u64 {
    let mut times: Vec<u64> = (0..5)
        .map(|i| {
            let db = dir.join(format!("time-{i}.duckdb"));
            let start = Instant::now();
            assert!(asylq(&db).arg("load").arg(page).status().unwrap().success());
            start.elapsed().as_millis() as u64
        })
        .collect();
    times.sort();
    times[2]
}

/// A small random number generator (xorshift), seeded from the clock.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn main() {
    let kills: usize = std::env::var("KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(5000);
    let dir = tempfile::tempdir().unwrap();
    let eurostat = std::env::var("SOURCE").is_ok_and(|s| s == "eurostat");
    let (page, text) = if eurostat {
        ("migr_asyappctzm.tsv", download(4000))
    } else {
        ("nl-2019-10.txt", PAGE.to_string())
    };
    let page: PathBuf = dir.path().join(page);
    std::fs::write(&page, text).unwrap();
    let span = load_time(dir.path(), &page) * 6 / 5;
    // The figures of the whole download, as a load that ran to its end
    // stored them.
    let whole = eurostat.then(|| eurostat_figures(&dir.path().join("time-0.duckdb")).unwrap());
    if let Some(whole) = &whole {
        println!("a whole load: {}", whole.replace('\n', " "));
    }
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut rng = Rng(seed | 1);
    let mut counts = std::collections::BTreeMap::new();
    let mut damaged = Vec::new();
    for i in 0..kills {
        let creating = i % 2 == 1;
        let db = dir.path().join(format!("kill-{}.duckdb", i % 8));
        remove_store(&db);
        if !creating {
            make_store(&db);
        }
        let delay = rng.below(span);
        let mut child = asylq(&db).arg("load").arg(&page).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        let (what, detail) = found(&db, whole.as_deref());
        *counts.entry(format!("{what:?}")).or_insert(0) += 1;
        if what == Found::Damaged {
            damaged.push(format!(
                "kill {i} after {delay} ms ({}): {detail}",
                kind(creating)
            ));
            let keep = dir.path().join(format!("damaged-{i}.duckdb"));
            let _ = std::fs::copy(&db, keep);
        } else {
            let again = asylq(&db).arg("load").arg(&page).output().unwrap();
            if !again.status.success() {
                damaged.push(format!(
                    "kill {i} after {delay} ms ({}): the next load failed: {}",
                    kind(creating),
                    String::from_utf8_lossy(&again.stderr).trim()
                ));
            }
        }
        if (i + 1) % 500 == 0 {
            println!("{} kills: {counts:?}", i + 1);
        }
    }
    println!("{kills} kills within {span} ms of the start of a load: {counts:?}");
    println!("damaged stores: {}", damaged.len());
    for d in &damaged {
        println!("  {d}");
    }
    if !damaged.is_empty() {
        let kept = dir.keep();
        println!("kept in {}", kept.display());
        std::process::exit(1);
    }
}

fn kind(creating: bool) -> &'static str {
    if creating {
        "creating the store"
    } else {
        "into an existing store"
    }
}

/// A store holding the embedded report only: a load of the embedded report
/// itself, which is already there, makes it and stores nothing more.
fn make_store(db: &Path) {
    let seed = db.with_extension("seed.txt");
    std::fs::write(&seed, include_str!("../data/asielstatistieken-2023-11.txt")).unwrap();
    assert!(asylq(db).arg("load").arg(&seed).status().unwrap().success());
}

fn remove_store(db: &Path) {
    let _ = std::fs::remove_file(db);
    let mut wal = db.as_os_str().to_owned();
    wal.push(".wal");
    let _ = std::fs::remove_file(PathBuf::from(wal));
}
