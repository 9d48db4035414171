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

pub mod countries;

use crate::error::{duckdb as db_error, Error, Result};
use crate::report::{self, Fact, Report};
use duckdb::{params, types::Value, AccessMode, Config, Connection};
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The table that queries read.
const CURRENT: &str = "
CREATE TABLE IF NOT EXISTS current_facts (
    report INTEGER NOT NULL, measure VARCHAR NOT NULL, type VARCHAR NOT NULL,
    unit VARCHAR NOT NULL, country VARCHAR, period_start DATE NOT NULL,
    period_end DATE NOT NULL, value BIGINT NOT NULL, source_table VARCHAR NOT NULL,
    source_line INTEGER NOT NULL, derived BOOLEAN NOT NULL,
    report_month DATE NOT NULL, report_file VARCHAR NOT NULL);
";

/// The reports and every figure each one gives.
const HISTORY: &str = "
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY, month DATE NOT NULL, file VARCHAR NOT NULL,
    digest VARCHAR NOT NULL, facts INTEGER NOT NULL, checks INTEGER NOT NULL,
    failed_checks INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS facts (
    report INTEGER NOT NULL, measure VARCHAR NOT NULL, type VARCHAR NOT NULL,
    unit VARCHAR NOT NULL, country VARCHAR, period_start DATE NOT NULL,
    period_end DATE NOT NULL, value BIGINT NOT NULL, source_table VARCHAR NOT NULL,
    source_line INTEGER NOT NULL, derived BOOLEAN NOT NULL);
CREATE OR REPLACE VIEW all_facts AS
    SELECT f.*, r.month AS report_month, r.file AS report_file,
        row_number() OVER (PARTITION BY f.measure, f.type, f.unit, f.country,
            f.period_start, f.period_end ORDER BY f.derived, r.month DESC, r.id DESC) AS rank
    FROM facts f JOIN reports r ON f.report = r.id;
";

/// `current_facts` is a table, not a view over `all_facts`, so that queries
/// do not rank every fact again; each load rebuilds it. A table by country is
/// taken whole from the newest report that gives it: a country that an older
/// report listed and the newer one does not is in the newer `other` row, and
/// keeping it would count it twice. A report wins over a page: a page's
/// figure is not current for a month and measure that a report gives (its
/// published protection rate not where a report gives the decisions).
const REFRESH: &str = "
DELETE FROM current_facts;
INSERT INTO current_facts SELECT * EXCLUDE (rank) FROM all_facts a
WHERE rank = 1
  AND NOT (a.source_table LIKE 'page %' AND EXISTS (
    SELECT 1 FROM all_facts r
    WHERE r.source_table NOT LIKE 'page %' AND NOT r.derived AND r.country IS NULL
      AND r.period_start = a.period_start AND r.period_end = a.period_end
      AND ((r.measure = a.measure AND r.unit = a.unit)
        OR (a.measure = 'protection_rate' AND r.measure = 'decisions'))))
  AND (a.country IS NULL OR a.derived OR NOT EXISTS (
    SELECT 1 FROM all_facts n
    WHERE n.country IS NOT NULL AND NOT n.derived AND n.measure = a.measure
      AND n.unit = a.unit AND n.period_start = a.period_start AND n.period_end = a.period_end
      AND (n.report_month > a.report_month OR (n.report_month = a.report_month AND n.report > a.report))));
";

/// Months derived as the difference of two consecutive year-to-date figures.
const DERIVE: &str = "
DELETE FROM facts WHERE derived;
INSERT INTO facts
SELECT n.report, n.measure, n.type, n.unit, n.country, n.period_end, n.period_end,
       n.value - o.value, 'derived: ' || n.source_table || ' ' || strftime(n.period_end, '%Y-%m')
           || ' minus ' || strftime(o.period_end, '%Y-%m'),
       n.source_line, true
FROM all_facts n JOIN all_facts o
  ON n.measure = o.measure AND n.type = o.type AND n.unit = o.unit AND n.country = o.country
 AND n.period_start = o.period_start AND o.period_end = n.period_end - INTERVAL 1 MONTH
WHERE n.rank = 1 AND o.rank = 1
  AND NOT EXISTS (SELECT 1 FROM all_facts s WHERE s.country IS NOT NULL AND NOT s.derived
      AND s.measure = o.measure AND s.unit = o.unit AND s.period_start = o.period_start
      AND s.period_end = o.period_end
      AND (s.report_month > o.report_month OR (s.report_month = o.report_month AND s.report > o.report)))
  AND n.period_start < n.period_end AND n.country <> 'other' AND NOT n.derived AND NOT o.derived
  AND NOT EXISTS (SELECT 1 FROM facts m WHERE m.measure = n.measure AND m.unit = n.unit
      AND m.country IS NOT NULL AND m.period_start = n.period_end
      AND m.period_end = n.period_end AND NOT m.derived);
";

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
    pub conn: Connection,
    pub location: Location,
    read_only: bool,
    /// The embedded report, while the embedded store has only `current_facts`
    /// (see [`Store::complete`]); kept so that it is not parsed twice.
    pending: RefCell<Option<Report>>,
}

/// What loading one report did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub month: String,
    pub facts: usize,
    pub checks: usize,
    /// False when the same report was stored already and nothing changed.
    pub added: bool,
}

/// The user's store in the data directory, e.g. `~/.local/share/asylq/asylq.duckdb`.
pub fn user_store() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("asylq").join("asylq.duckdb"))
}

impl Store {
    /// The embedded report in an in-memory database. This is the start of
    /// every one-shot query, so it makes only the table that queries read;
    /// the others are made when a statement needs them ([`Store::complete`]).
    pub fn embedded() -> Result<Store> {
        let conn = open_for_queries(None)?;
        conn.execute_batch(CURRENT)
            .map_err(|e| db_error("creating the schema", e))?;
        let report = embedded_report()?;
        let source = (
            Value::Date32(report.month.epoch_day()),
            report::EMBEDDED_NAME,
        );
        append_facts(&conn, "current_facts", 1, &report.facts, Some(source))?;
        Ok(Store {
            conn,
            location: Location::Embedded,
            read_only: false,
            pending: RefCell::new(Some(report)),
        })
    }

    /// Makes the tables of reports, of every figure and of countries, which
    /// the embedded store leaves out until `show`, `sql` or `.load` needs them.
    pub fn complete(&self) -> Result<()> {
        let pending = self.pending.borrow();
        let Some(report) = pending.as_ref() else {
            return Ok(());
        };
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|e| db_error("starting a transaction", e))?;
        tx.execute_batch(HISTORY)
            .map_err(|e| db_error("creating the schema", e))?;
        add_report(&tx, 1, report, report::EMBEDDED_NAME, report::EMBEDDED)?;
        tx.execute_batch(
            "INSERT INTO facts SELECT * EXCLUDE (report_month, report_file) FROM current_facts",
        )
        .map_err(|e| db_error("storing facts", e))?;
        append_countries(&tx)?;
        tx.commit()
            .map_err(|e| db_error("committing the report", e))?;
        drop(pending);
        self.pending.replace(None);
        Ok(())
    }

    /// A store file, read-only so that several readers can share it.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::Data(format!("{}: no such database", path.display())));
        }
        let conn = open_for_queries(Some(path))?;
        let store = Store {
            conn,
            location: Location::File(path.to_path_buf()),
            read_only: true,
            pending: RefCell::new(None),
        };
        store.require_schema()?;
        Ok(store)
    }

    /// A store file opened for writing, created (with the embedded report) if new.
    pub fn open_for_writing(path: &Path) -> Result<Store> {
        let is_new = !path.exists();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::Data(format!("{}: {e}", dir.display())))?;
        }
        let conn = open_waiting(|| Connection::open(path))
            .map_err(|e| db_error(&format!("opening {}", path.display()), e))?;
        let mut store = Store {
            conn,
            location: Location::File(path.to_path_buf()),
            read_only: false,
            pending: RefCell::new(None),
        };
        store.init()?;
        if is_new {
            let report = embedded_report()?;
            store.insert(&report, report::EMBEDDED_NAME, report::EMBEDDED)?;
        }
        Ok(store)
    }

    fn init(&self) -> Result<()> {
        self.drop_old_view()?;
        self.conn
            .execute_batch(&format!("{CURRENT}{HISTORY}"))
            .map_err(|e| db_error("creating the schema", e))
    }

    /// Stores made before `current_facts` became a table hold a view of that
    /// name; it is dropped here and the table rebuilt at the next load.
    fn drop_old_view(&self) -> Result<()> {
        let views = count(
            &self.conn,
            "SELECT count(*) FROM duckdb_views() WHERE view_name = 'current_facts' AND NOT internal",
        )?;
        if views > 0 {
            self.conn
                .execute_batch("DROP VIEW current_facts")
                .map_err(|e| db_error("upgrading the store", e))?;
        }
        Ok(())
    }

    fn require_schema(&self) -> Result<()> {
        let found = count(
            &self.conn,
            "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('facts', 'reports', 'current_facts')",
        )?;
        if found != 3 {
            return Err(Error::Data(
                "this DuckDB file is not an asylq store (no facts table)".into(),
            ));
        }
        Ok(())
    }

    /// Adds a parsed report in one transaction; the same report twice changes nothing.
    pub fn insert(&mut self, report: &Report, file: &str, text: &str) -> Result<Loaded> {
        self.complete()?;
        let digest = digest(text);
        let month = report.month.to_string();
        let known: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM reports WHERE digest = ?",
                params![digest],
                |r| r.get(0),
            )
            .map_err(|e| db_error("reading the store", e))?;
        let loaded = Loaded {
            month,
            facts: report.facts.len(),
            checks: report.checks,
            added: known == 0,
        };
        if known > 0 {
            return Ok(loaded);
        }
        let tx = self
            .conn
            .transaction()
            .map_err(|e| db_error("starting a transaction", e))?;
        let id: i64 = tx
            .query_row("SELECT coalesce(max(id), 0) + 1 FROM reports", [], |r| {
                r.get(0)
            })
            .map_err(|e| db_error("reading the store", e))?;
        add_report(&tx, id, report, file, text)?;
        append_facts(&tx, "facts", id, &report.facts, None)?;
        append_countries(&tx)?;
        if id > 1 {
            // Months are derived from two reports; the first has nothing to derive.
            tx.execute_batch(DERIVE)
                .map_err(|e| db_error("deriving months", e))?;
        }
        tx.execute_batch(REFRESH)
            .map_err(|e| db_error("ranking the facts", e))?;
        tx.commit()
            .map_err(|e| db_error("committing the report", e))?;
        Ok(loaded)
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

    /// Report names of countries the store holds that the reference lacks.
    pub fn unknown_countries(&self) -> Result<Vec<String>> {
        if self.location == Location::Embedded {
            // Every country of the embedded report is in the reference.
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT country FROM facts WHERE country IS NOT NULL ORDER BY 1")
            .map_err(|e| db_error("reading countries", e))?;
        let names = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| db_error("reading countries", e))?
            .filter_map(|r| r.ok())
            .filter(|n| n != countries::OTHER && !countries::COUNTRIES.iter().any(|c| c.0 == n))
            .collect();
        Ok(names)
    }

    /// A name for the prompt and messages: `embedded` or the file.
    pub fn label(&self) -> String {
        match &self.location {
            Location::Embedded => "embedded 2023-11".to_string(),
            Location::File(p) => p.display().to_string(),
        }
    }

    /// Writes the current facts with their sources to a CSV file.
    pub fn export(&self, path: &Path) -> Result<usize> {
        let name = path.display().to_string();
        let format = match path.extension().and_then(|e| e.to_str()) {
            Some("csv") => "FORMAT csv, HEADER",
            Some("parquet") => {
                return Err(Error::Usage(
                    "this build of asylq has no Parquet support; export to a .csv file".into(),
                ))
            }
            _ => return Err(Error::Usage(format!("{name}: export writes a .csv file"))),
        };
        let sql = format!(
            "COPY (SELECT measure, type, unit, country, strftime(period_start, '%Y-%m') AS period_start,
                strftime(period_end, '%Y-%m') AS period_end, value, derived,
                report_file AS report, source_table, source_line
             FROM current_facts ORDER BY measure, unit, type, country NULLS FIRST, period_start, period_end)
             TO '{}' ({format})",
            name.replace('\'', "''")
        );
        let rows = self
            .conn
            .execute(&sql, [])
            .map_err(|e| db_error(&format!("exporting to {name}"), e))?;
        Ok(rows)
    }
}

impl Store {
    /// Takes from queries and `sql` any access to files, URLs and extensions
    /// (a script from someone else must not read or write the user's files),
    /// and locks the configuration so that no statement can give it back.
    /// The store's own tables stay readable.
    pub fn sandbox(&self) -> Result<()> {
        self.conn
            .execute_batch(
                "SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;
                 SET enable_external_access = false; SET lock_configuration = true;",
            )
            .map_err(|e| db_error("closing off file access", e))
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
    let config = || {
        Config::default()
            .threads(THREADS)
            .and_then(|config| config.with("external_threads", THREADS.to_string()))
    };
    match path {
        None => config()
            .and_then(Connection::open_in_memory_with_flags)
            .map_err(|e| db_error("opening DuckDB", e)),
        Some(path) => open_waiting(|| {
            config()
                .and_then(|config| config.access_mode(AccessMode::ReadOnly))
                .and_then(|config| Connection::open_with_flags(path, config))
        })
        .map_err(|e| db_error(&format!("opening {}", path.display()), e)),
    }
}

/// How long opening a store file waits for other asylq processes to let go of
/// it: a load holds it for well under a second, a query for milliseconds.
const LOCK_WAIT: Duration = Duration::from_secs(5);

/// Opens with `open`, trying again while another process holds the file
/// (DuckDB fails at once rather than wait), for up to `LOCK_WAIT`.
fn open_waiting(open: impl Fn() -> duckdb::Result<Connection>) -> duckdb::Result<Connection> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        match open() {
            Err(e) if crate::error::is_locked(&e) && start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(100));
            }
            other => return other,
        }
    }
}

/// The number a `SELECT count(*) ...` gives.
fn count(conn: &Connection, sql: &str) -> Result<i64> {
    conn.query_row(sql, [], |r| r.get(0))
        .map_err(|e| db_error("reading the store", e))
}

fn embedded_report() -> Result<Report> {
    report::parse(report::EMBEDDED).map_err(|e| Error::Data(e.to_string()))
}

fn add_report(conn: &Connection, id: i64, report: &Report, file: &str, text: &str) -> Result<()> {
    let mut app = conn
        .appender("reports")
        .map_err(|e| db_error("storing the report", e))?;
    app.append_row(params![
        id,
        Value::Date32(report.month.epoch_day()),
        file,
        digest(text),
        report.facts.len() as i64,
        report.checks as i64,
        report.failures.len() as i64
    ])
    .map_err(|e| db_error("storing the report", e))?;
    app.flush().map_err(|e| db_error("storing the report", e))
}

/// Appends facts to `table`; `current_facts` also takes the report's month and file.
fn append_facts(
    conn: &Connection,
    table: &str,
    id: i64,
    facts: &[Fact],
    report: Option<(Value, &str)>,
) -> Result<()> {
    let mut app = conn
        .appender(table)
        .map_err(|e| db_error("storing facts", e))?;
    for f in facts {
        let (start, end) = (
            Value::Date32(f.start.epoch_day()),
            Value::Date32(f.end.epoch_day()),
        );
        let line = f.line as i64;
        let mut row: Vec<&dyn duckdb::ToSql> = vec![
            &id, &f.measure, &f.kind, &f.unit, &f.country, &start, &end, &f.value, &f.table, &line,
            &false,
        ];
        if let Some((month, file)) = &report {
            row.extend([month as &dyn duckdb::ToSql, file]);
        }
        app.append_row(row.as_slice())
            .map_err(|e| db_error("storing facts", e))?;
    }
    app.flush().map_err(|e| db_error("storing facts", e))
}

/// Fills the country table if it is empty; names a report uses that the
/// reference lacks are added with their Dutch name only.
fn append_countries(conn: &Connection) -> Result<()> {
    conn.execute_batch(COUNTRIES)
        .map_err(|e| db_error("creating the country table", e))?;
    if count(conn, "SELECT count(*) FROM countries")? > 0 {
        return conn
            .execute_batch(UNKNOWN_COUNTRIES)
            .map_err(|e| db_error("storing countries", e));
    }
    let mut app = conn
        .appender("countries")
        .map_err(|e| db_error("storing countries", e))?;
    for c in countries::COUNTRIES {
        app.append_row(params![c.0, c.1, c.2, c.3, c.4])
            .map_err(|e| db_error("storing countries", e))?;
    }
    app.flush().map_err(|e| db_error("storing countries", e))?;
    drop(app);
    conn.execute_batch(UNKNOWN_COUNTRIES)
        .map_err(|e| db_error("storing countries", e))
}

const COUNTRIES: &str = "CREATE TABLE IF NOT EXISTS countries (
    name VARCHAR PRIMARY KEY, name_en VARCHAR, name_fr VARCHAR, iso2 VARCHAR, iso3 VARCHAR)";

const UNKNOWN_COUNTRIES: &str = "INSERT INTO countries (name)
    SELECT DISTINCT country FROM facts
    WHERE country IS NOT NULL AND country <> 'other' AND country NOT IN (SELECT name FROM countries)";

/// A stable fingerprint of a report's text (FNV-1a, 64 bits).
fn digest(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
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
}
