//! The fact store: DuckDB tables that hold the facts of every loaded report.
//!
//! Facts are kept in long form (`measure`, `type`, `unit`, `country`,
//! `period_start`, `period_end`, `value`, source). Every report's facts stay
//! stored in `facts`; the view `all_facts` ranks them, and the table
//! `current_facts`, rebuilt at each load, keeps for each fact the figure of the
//! newest report, so that an older figure remains visible as a revision while
//! queries read only current figures. Where two consecutive reports give
//! year-to-date figures for the same country, the month between is derived as
//! their difference and stored with `derived = true`, unless that month has
//! its own table by country: a country missing from it is counted in its
//! `other` row, and a derived figure beside it would count it twice. The embedded store starts
//! with `current_facts` alone, since a one-shot query needs nothing else.
//! A store file is never written in place: writers work on a copy that
//! replaces it when complete (`draft.rs`).

use crate::error::{
    duckdb as db_error, opening, store as store_error, Error, Result, StoreProblem,
};
use crate::locale::Message;
use crate::model::countries;
use crate::model::month::Month;
use crate::model::Fact;
use crate::seed::{EMBEDDED, EMBEDDED_NAME};
use duckdb::{params, types::Value, AccessMode, Config, Connection};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod schema;
pub use schema::SCHEMA_VERSION;
use schema::*;
mod append;
mod cells;
mod changes;
pub use changes::{with_replaced, Changes};
mod contents;
mod draft;
mod editions;
mod eurostat;
use append::*;
pub use contents::Contents;
pub use eurostat::{Downloaded, Downloads, StoredDownload};

/// A source as the store takes it: what a reader found in one file.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub month: Month,
    /// The month it was published.
    pub published: Month,
    pub facts: &'a [Fact],
    /// How many totals were checked, and how many of them did not add up.
    pub checks: usize,
    pub failed_checks: usize,
}
pub use editions::{Editions, Loaded, Unloaded};
pub(crate) mod embedded;
mod scan;
mod turns;
mod vintage;
pub use turns::{lock_wait, set_lock_wait, WriterTurn};

/// Where the facts come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The embedded November 2023 report, in memory.
    Embedded,
    /// A DuckDB file.
    File(PathBuf),
}

/// An open store.
pub struct Store {
    conn: Connection,
    pub location: Location,
    read_only: bool,
    /// The embedded report, while the embedded store has only `current_facts`
    /// (see [`Store::complete`]); kept so that it is not parsed twice.
    pending: Cell<bool>,
    /// The copy a writer works on, which [`Store::save`] puts in the store's
    /// place (see `draft.rs`). After `conn`, so that it is closed first.
    draft: Option<draft::Draft>,
    /// A writer's turn at its file, held while the store is open.
    _turn: Option<turns::WriterTurn>,
}

/// A source a store holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    /// The file's name as it was loaded.
    pub file: String,
    pub month: String,
    /// Whether it was stored with `--force`, its totals not adding up.
    pub forced: bool,
    /// Its text, where the store kept it.
    pub text: Option<String>,
}

/// The user's store in the data directory, e.g. `~/.local/share/asylq/asylq.duckdb`.
pub fn user_store() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("asylq").join("asylq.duckdb"))
}

impl Store {
    /// The embedded report in an in-memory database. This is the start of
    /// every one-shot query, so it makes only the table that queries read;
    /// the others are made when a statement needs them ([`Store::complete`]).
    /// Sandboxed: `sql` reaches nothing beyond the store.
    pub fn embedded() -> Result<Store> {
        Store::embedded_with(Access::Sandboxed)
    }

    /// The embedded store, with `sql`'s reach beyond it as `access` says.
    pub fn embedded_with(access: Access) -> Result<Store> {
        let conn = open_with(None, access)?;
        conn.register_table_function::<scan::EmbeddedFacts>(scan::FUNCTION)
            .and_then(|()| conn.execute_batch(scan::VIEW))
            .map_err(|e| db_error(Message::new("doing-creating-the-schema"), e))?;
        Ok(Store {
            conn,
            location: Location::Embedded,
            read_only: false,
            pending: Cell::new(true),
            draft: None,
            _turn: None,
        })
    }

    /// Makes the tables of reports, of every figure and of countries, which
    /// the embedded store leaves out until `show`, `sql` or `.load` needs them.
    pub fn complete(&self) -> Result<()> {
        if !self.pending.get() {
            return Ok(());
        }
        let facts = embedded::facts();
        let report = &embedded::entry(&facts);
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|e| db_error(Message::new("doing-starting-a-transaction"), e))?;
        tx.execute_batch(&format!(
            "DROP VIEW current_facts; {CURRENT}; INSERT INTO current_facts SELECT * FROM {}();{}",
            scan::FUNCTION,
            history()
        ))
        .map_err(|e| db_error(Message::new("doing-creating-the-schema"), e))?;
        add_report(&tx, 1, report, EMBEDDED_NAME, EMBEDDED)?;
        tx.execute_batch(
            "INSERT INTO facts SELECT * EXCLUDE (report_month, report_file, forced) FROM current_facts",
        )
        .map_err(|e| db_error(Message::new("doing-storing-facts"), e))?;
        append_countries(&tx)?;
        tx.commit()
            .map_err(|e| db_error(Message::new("doing-committing-the-report"), e))?;
        self.pending.set(false);
        Ok(())
    }

    /// A store file, read-only so that several readers can share it;
    /// sandboxed, as [`Store::embedded`] is.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        Store::open_read_only_with(path, Access::Sandboxed)
    }

    /// A store file, read-only, with `sql`'s reach beyond it as `access` says.
    pub fn open_read_only_with(path: &Path, access: Access) -> Result<Store> {
        let store = Store::open_any_version(path, access)?;
        store.require_version(path)?;
        Ok(store)
    }

    /// A store file of any schema version, read-only (`asylq rebuild` reads
    /// older ones).
    pub fn open_any_version(path: &Path, access: Access) -> Result<Store> {
        if !path.exists() {
            return Err(store_error(path, StoreProblem::Missing));
        }
        let store = Store {
            conn: open_with(Some(path), access)?,
            location: Location::File(path.to_path_buf()),
            read_only: true,
            pending: Cell::new(false),
            draft: None,
            _turn: None,
        };
        store.require_schema(path)?;
        Ok(store)
    }

    /// The sources a store holds, in the order they were loaded, with their
    /// texts where the store kept them (from schema version 2).
    pub fn held_sources(&self) -> Result<Vec<Held>> {
        let texts = if self.version()? >= 2 {
            "(SELECT t.text FROM texts t WHERE t.report = r.id)"
        } else {
            "NULL"
        };
        let sql = format!(
            "SELECT r.file, strftime(r.month, '%Y-%m'), r.failed_checks > 0, {texts} FROM reports r ORDER BY r.id"
        );
        let mut stmt = self
            .conn
            .prepare(&sql)
            .map_err(|e| db_error(Message::new("doing-reading-the-store"), e))?;
        let held = stmt
            .query_map([], |r| {
                Ok(Held {
                    file: r.get(0)?,
                    month: r.get(1)?,
                    forced: r.get(2)?,
                    text: r.get(3)?,
                })
            })
            .map_err(|e| db_error(Message::new("doing-reading-the-store"), e))?
            .collect::<duckdb::Result<Vec<_>>>()
            .map_err(|e| db_error(Message::new("doing-reading-the-store"), e))?;
        Ok(held)
    }

    /// A store file opened for writing, created (with the embedded report)
    /// if new. What is written reaches the file at [`Store::save`].
    pub fn open_for_writing(path: &Path) -> Result<Store> {
        Ok(Store::open_or_create(path, true)?.0)
    }

    /// A store file opened for writing, created if new, with the embedded
    /// report or empty; and whether it was created. The store is written
    /// through a copy (`draft.rs`): nothing reaches `path` before
    /// [`Store::save`], and a store dropped unsaved leaves `path` as it was.
    pub fn open_or_create(path: &Path, with_embedded: bool) -> Result<(Store, bool)> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::file(dir, e))?;
        }
        let turn = turns::WriterTurn::take(path)?;
        draft::remove_abandoned(path);
        let created = !path.exists();
        if !created {
            require_duckdb(path)?;
        }
        let draft = draft::Draft::of(path)?;
        let conn = Connection::open(&draft.file).map_err(|e| db_error(opening(path), e))?;
        let mut store = Store {
            conn,
            location: Location::File(path.to_path_buf()),
            read_only: false,
            pending: Cell::new(false),
            draft: Some(draft),
            _turn: Some(turn),
        };
        // A file without asylq's tables (such as the headers alone that an
        // earlier asylq left when it was killed creating a store) is made
        // into a store here.
        if store.tables()? == 0 {
            store.fill(with_embedded)?;
        } else {
            store.require_schema(path)?;
            store.require_version(path)?;
        }
        Ok((store, created))
    }

    /// Puts what a writer stored in the store's place, whole: the copy is
    /// checkpointed, closed and renamed over the store. The writer's turn
    /// ends after it.
    pub fn save(self) -> Result<()> {
        let Store {
            conn, draft, _turn, ..
        } = self;
        match draft {
            Some(draft) => draft.publish(conn),
            None => Ok(()),
        }
    }

    /// Makes the schema and, unless the store is to start empty, stores the
    /// embedded report, in an empty file.
    fn fill(&mut self, with_embedded: bool) -> Result<()> {
        self.init()?;
        if with_embedded {
            let facts = embedded::facts();
            self.insert(
                &embedded::entry(&facts),
                EMBEDDED_NAME,
                EMBEDDED,
                Editions::Refuse,
            )?;
        } else {
            let tx = self
                .conn
                .unchecked_transaction()
                .map_err(|e| db_error(Message::new("doing-starting-a-transaction"), e))?;
            append_countries(&tx)?;
            tx.commit()
                .map_err(|e| db_error(Message::new("doing-creating-the-schema"), e))?;
        }
        Ok(())
    }

    /// How many of asylq's main tables the file has.
    fn tables(&self) -> Result<i64> {
        count(
            &self.conn,
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('facts', 'reports', 'current_facts')",
        )
    }

    fn init(&self) -> Result<()> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|e| db_error(Message::new("doing-starting-a-transaction"), e))?;
        tx.execute_batch(&format!("{CURRENT}{}{VERSION}{COMMENTS}", history()))
            .map_err(|e| db_error(Message::new("doing-creating-the-schema"), e))?;
        tx.execute(
            "INSERT INTO schema_version VALUES (?)",
            params![SCHEMA_VERSION],
        )
        .map_err(|e| db_error(Message::new("doing-creating-the-schema"), e))?;
        tx.commit()
            .map_err(|e| db_error(Message::new("doing-creating-the-schema"), e))
    }

    /// The schema version of the store file: 1 for stores made before asylq
    /// recorded it.
    pub fn version(&self) -> Result<i64> {
        let recorded = count(
            &self.conn,
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'",
        )?;
        if recorded == 0 {
            return Ok(1);
        }
        count(
            &self.conn,
            "SELECT coalesce(max(version), 1) FROM schema_version",
        )
    }

    /// Refuses a store of another schema version, naming `asylq rebuild`.
    fn require_version(&self, path: &Path) -> Result<()> {
        let found = self.version()?;
        if found != SCHEMA_VERSION {
            return Err(store_error(
                path,
                StoreProblem::Schema {
                    found,
                    wanted: SCHEMA_VERSION,
                },
            ));
        }
        Ok(())
    }

    fn require_schema(&self, path: &Path) -> Result<()> {
        if self.tables()? != 3 {
            return Err(store_error(path, StoreProblem::NotAStore));
        }
        Ok(())
    }

    /// Ends the use of a store at the end of the process. The stores that
    /// queries read hold nothing unsaved (the embedded one is in memory, a
    /// file is opened read-only), and DuckDB's teardown takes about 2 ms that
    /// the operating system's is quicker at, so the connection is not closed.
    pub fn leave(self) {
        if self.read_only || self.location == Location::Embedded {
            std::mem::forget(self.conn);
        }
    }

    /// A name for the prompt and messages: `embedded` or the file.
    pub fn label(&self) -> String {
        match &self.location {
            Location::Embedded => "embedded 2023-11".to_string(),
            Location::File(p) => p.display().to_string(),
        }
    }
}

impl Store {
    /// Runs a query: the names of its columns and its rows.
    pub fn rows(&self, sql: &str) -> Result<(Vec<String>, Vec<Vec<Value>>)> {
        let mut stmt = self
            .conn
            .prepare(sql)
            .map_err(|e| db_error(Message::new("doing-preparing-the-query"), e))?;
        let mut rows = stmt
            .query([])
            .map_err(|e| db_error(Message::new("doing-running-the-query"), e))?;
        let columns: Vec<String> = rows.as_ref().map(|s| s.column_names()).unwrap_or_default();
        let mut out = Vec::new();
        while let Some(row) = rows
            .next()
            .map_err(|e| db_error(Message::new("doing-reading-the-answer"), e))?
        {
            out.push(
                (0..columns.len())
                    .map(|i| row.get::<_, Value>(i).unwrap_or(Value::Null))
                    .collect(),
            );
        }
        Ok((columns, out))
    }

    /// A handle that cancels the running query from another thread (Ctrl-C).
    pub fn interrupt_handle(&self) -> std::sync::Arc<duckdb::InterruptHandle> {
        self.conn.interrupt_handle()
    }
}

/// The thread count DuckDB is told of (see `open_for_queries`).
const THREADS: i64 = 3;

/// Opens DuckDB for queries: in memory, or a file read-only. The caller's
/// thread runs every query: the facts are a few hundred rows, and worker
/// threads would only add to the start-up of every one-shot run.
///
/// DuckDB is told of three threads, all of them "external" (threads of the
/// caller's that work on its tasks), so it launches none. The count matters
/// because DuckDB sizes the hash table of a `GROUP BY` by it: with two threads
/// or fewer the table starts at 2 MB, which a one-shot run pays for in page
/// faults (about 1 ms); with three it starts at 256 kB.
pub fn open_for_queries(path: Option<&Path>) -> Result<Connection> {
    open_with(path, Access::Sandboxed)
}

/// What `sql` statements may reach beyond the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Nothing: DuckDB opens with access to files, URLs and extensions
    /// switched off and its configuration locked, so that no statement can
    /// give them back (a script from someone else must not read or write the
    /// user's files). The store's own tables stay readable.
    Sandboxed,
    /// Files too (`--allow-files`).
    Files,
}

/// [`open_for_queries`] with the given access. The sandbox is set in the
/// configuration DuckDB opens with, not by statements after it.
pub fn open_with(path: Option<&Path>, access: Access) -> Result<Connection> {
    let large = path.is_some_and(is_large);
    let config = || {
        let config = if large {
            // Eurostat's datasets: millions of figures, which DuckDB's
            // workers read in parallel.
            Config::default()
        } else {
            Config::default()
                .threads(THREADS)
                .and_then(|config| config.with("external_threads", THREADS.to_string()))?
        };
        match access {
            Access::Files => Ok(config),
            Access::Sandboxed => config
                .enable_external_access(false)
                .and_then(|c| c.with("autoinstall_known_extensions", "false"))
                .and_then(|c| c.with("autoload_known_extensions", "false"))
                .and_then(|c| c.with("lock_configuration", "true")),
        }
    };
    match path {
        None => config()
            .and_then(Connection::open_in_memory_with_flags)
            .map_err(|e| db_error(Message::new("doing-opening-duckdb"), e)),
        Some(path) => {
            require_duckdb(path)?;
            turns::wait_for_writers(path)?;
            open_waiting(|| {
                config()
                    .and_then(|config| config.access_mode(AccessMode::ReadOnly))
                    .and_then(|config| Connection::open_with_flags(path, config))
            })
            .map_err(|e| turns::waited(db_error(opening(path), e)))
        }
    }
}

/// Refuses a file that is no DuckDB database (`DUCK` at byte 8) as no
/// store: a text named with `--db` is a mistake, not a damaged store.
fn require_duckdb(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut head = [0u8; 12];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head));
    match read {
        // A file too short to tell, or unreadable, is left to DuckDB.
        Ok(()) if &head[8..12] == b"DUCK" => Ok(()),
        Err(_) => Ok(()),
        Ok(()) => Err(store_error(path, StoreProblem::NotDuckDb)),
    }
}

/// Whether a store is large enough (a Eurostat dataset of millions of
/// figures, not the CGVS's thousands) that its queries gain from DuckDB's
/// worker threads more than a one-shot run loses in starting them.
fn is_large(path: &Path) -> bool {
    const LARGE: u64 = 16 * 1024 * 1024;
    std::fs::metadata(path).is_ok_and(|m| m.len() > LARGE)
}

/// Opens with `open`, trying again while another process holds the file
/// (DuckDB fails at once rather than wait), for up to [`lock_wait`]: a load
/// holds it for well under a second, a query for milliseconds.
fn open_waiting(open: impl Fn() -> duckdb::Result<Connection>) -> duckdb::Result<Connection> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        match open() {
            Err(e) if crate::error::is_locked(&e) && start.elapsed() < lock_wait() => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(100));
            }
            other => return other,
        }
    }
}

/// `path` with `suffix` added to its name: `s.duckdb` -> `s.duckdb.wal`.
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Removes a store file and its write-ahead log, where they exist.
pub fn remove_file_and_log(path: &Path) {
    let _ = std::fs::remove_file(path);
    let _ = std::fs::remove_file(with_suffix(path, ".wal"));
}

/// The number a `SELECT count(*) ...` gives.
fn count(conn: &Connection, sql: &str) -> Result<i64> {
    conn.query_row(sql, [], |r| r.get(0))
        .map_err(|e| db_error(Message::new("doing-reading-the-store"), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_run_on_the_callers_thread_with_the_smaller_hash_tables() {
        let conn = open_for_queries(None).unwrap();
        let (threads, external): (i64, i64) = conn
            .query_row(
                "SELECT current_setting('threads'), current_setting('external_threads')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((threads, external), (3, 3));
    }

    #[test]
    fn only_a_store_of_millions_of_figures_starts_worker_threads() {
        let dir = tempfile::tempdir().unwrap();
        let small = dir.path().join("small.duckdb");
        std::fs::write(&small, b"a few thousand figures").unwrap();
        let large = dir.path().join("large.duckdb");
        let file = std::fs::File::create(&large).unwrap();
        file.set_len(17 * 1024 * 1024).unwrap();
        assert!(!is_large(&small));
        assert!(is_large(&large));
        assert!(!is_large(&dir.path().join("none.duckdb")));
    }

    /// The store a caller gets without asking for access reads no file.
    #[test]
    fn the_default_stores_are_sandboxed() {
        let outside = "SELECT * FROM read_csv('/etc/hostname')";
        let refused = |store: Result<Store>| match store.unwrap().rows(outside) {
            Err(Error::Store {
                problem: StoreProblem::Refused(_),
                ..
            }) => true,
            other => panic!("{other:?}"),
        };
        assert!(refused(Store::embedded()));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("facts.duckdb");
        Store::open_or_create(&path, true)
            .unwrap()
            .0
            .save()
            .unwrap();
        assert!(refused(Store::open_read_only(&path)));
        assert!(open_for_queries(None).unwrap().prepare(outside).is_err());
    }
}
