//! Turns at a store file between processes. A load writes a copy of the
//! store and renames it into place (`draft.rs`), so two loads at once would
//! each copy the same store and the second rename would lose the first load.
//! A load therefore marks its turn in a file beside the store
//! (`STORE.asylq-writer`, holding its process id), and another load, or a
//! new query, waits for that turn to end (`--wait`, 5 seconds by default):
//! a query started after a load reads what the load stored. Queries already
//! running read the store they opened. DuckDB fails at once rather than wait
//! where a file is held, so opening tries again for a while too.

use super::*;
use std::sync::atomic::{AtomicU64, Ordering};

static WAIT_MS: AtomicU64 = AtomicU64::new(5_000);

/// How long opening a store waits for other asylq processes to let go of it.
pub fn lock_wait() -> Duration {
    Duration::from_millis(WAIT_MS.load(Ordering::Relaxed))
}

/// Sets how long opening a store waits (`--wait SECONDS`).
pub fn set_lock_wait(wait: Duration) {
    WAIT_MS.store(wait.as_millis() as u64, Ordering::Relaxed);
}

/// A load's turn at a store file, given back when dropped.
#[derive(Debug)]
pub struct WriterTurn {
    marker: PathBuf,
}

impl WriterTurn {
    /// Waits for another load's turn to end, then takes the turn.
    pub fn take(store: &Path) -> Result<WriterTurn> {
        let marker = marker(store);
        let start = Instant::now();
        loop {
            match mark(&marker) {
                Ok(()) => return Ok(WriterTurn { marker }),
                Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
                    return Err(Error::file(&marker, e))
                }
                Err(_) if !held(&marker) => {
                    let _ = std::fs::remove_file(&marker);
                }
                Err(_) if start.elapsed() >= lock_wait() => return Err(in_use(store)),
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    }
}

/// Puts this process's id in `marker` if there is none: written to a file
/// of its own and linked into place, so that the marker never stands empty
/// (a load killed between making it and writing its id would have left one
/// that readers took as held for a minute).
fn mark(marker: &Path) -> std::io::Result<()> {
    let pid = std::process::id();
    let own = with_suffix(marker, &format!(".{pid}"));
    std::fs::write(&own, pid.to_string())?;
    let linked = std::fs::hard_link(&own, marker);
    let _ = std::fs::remove_file(&own);
    linked
}

impl Drop for WriterTurn {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.marker);
    }
}

/// Waits while a load holds its turn at `store`, up to the wait; a reader
/// then opens the store (and waits again there if the load has it).
pub(super) fn wait_for_writers(store: &Path) -> Result<()> {
    let marker = marker(store);
    let start = Instant::now();
    while held(&marker) {
        if start.elapsed() >= lock_wait() {
            return Err(in_use(store));
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    Ok(())
}

/// The store is in use: the error after the wait.
pub(super) fn in_use(store: &Path) -> Error {
    Error::Store {
        context: crate::error::opening(store),
        problem: in_use_problem(),
    }
}

/// An error of opening, with the wait it waited where the store was in use.
pub(super) fn waited(e: Error) -> Error {
    match e {
        Error::Store {
            problem: StoreProblem::InUse { .. },
            context,
        } => Error::Store {
            context,
            problem: in_use_problem(),
        },
        other => other,
    }
}

fn in_use_problem() -> StoreProblem {
    StoreProblem::InUse {
        waited: lock_wait().as_secs(),
    }
}

fn marker(store: &Path) -> PathBuf {
    with_suffix(store, ".asylq-writer")
}

/// Whether a marker is there and its process lives. A marker whose process
/// has ended (a load killed) is stale; where the system cannot say, one
/// older than a minute is.
fn held(marker: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(marker) else {
        return false;
    };
    match text.trim().parse::<u32>() {
        // This process's own turn (a rebuild reads the store it replaces).
        Ok(pid) if pid == std::process::id() => false,
        Ok(pid) if Path::new("/proc/self").exists() => Path::new(&format!("/proc/{pid}")).exists(),
        _ => std::fs::metadata(marker)
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age < Duration::from_secs(60))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_holds_its_process_id_from_the_start() {
        let dir = tempfile_dir();
        let marker = dir.join("facts.duckdb.asylq-writer");
        mark(&marker).unwrap();
        assert_eq!(
            std::fs::read_to_string(&marker).unwrap(),
            std::process::id().to_string()
        );
        let again = mark(&marker).unwrap_err();
        assert_eq!(again.kind(), std::io::ErrorKind::AlreadyExists);
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(left.len(), 1, "only the marker is left");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("asylq-turns-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
