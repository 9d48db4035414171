//! A stress run, not part of `cargo test`: `asylq load` killed with SIGKILL at
//! random moments, and the store opened after each kill. A store must never
//! be damaged: after each kill it answers with the figures of before the
//! load or of after it, and the next load works.
//!
//! Half the kills hit a load into an existing store (a page added to the
//! embedded report), half a load that creates the store.
//!
//!     cargo bench --bench kill               # 5,000 kills
//!     KILLS=500 cargo bench --bench kill
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

/// How many sources the store holds, or why it cannot say.
fn sources(db: &Path) -> Result<String, String> {
    let out = asylq(db)
        .args([
            "-c",
            "sql \"SELECT count(*) AS n FROM reports\"",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

/// What a kill left: the store as it was before the load (a load that
/// creates the store: no file), or as it is after.
fn found(db: &Path) -> (Found, String) {
    if !db.exists() {
        return (Found::None, String::new());
    }
    match sources(db).as_deref() {
        Ok("n\n1") => (Found::Before, String::new()),
        Ok("n\n2") => (Found::After, String::new()),
        Ok(other) => (Found::Damaged, other.to_string()),
        Err(e) => (Found::Damaged, e.to_string()),
    }
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
    let page: PathBuf = dir.path().join("nl-2019-10.txt");
    std::fs::write(&page, PAGE).unwrap();
    let span = load_time(dir.path(), &page) * 6 / 5;
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
        let (what, detail) = found(&db);
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
