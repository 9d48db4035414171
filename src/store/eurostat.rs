//! Eurostat's figures in a store: each download an edition of its dataset
//! (`eurostat_sources`, with Eurostat's "last update" where the file gives
//! it), its figures with their flags (`eurostat_facts`; a missing value is
//! NULL, never 0), and `eurostat_current`, the figures of the newest
//! edition of each (by the last update Eurostat states, then by digest;
//! never by load). The tables are made
//! with the first download a store takes, so that a store without Eurostat
//! data, and the embedded one, carry nothing of it.
//!
//! `eurostat_facts` is a view of two tables: each series' codes, placed,
//! once (`eurostat_series`) and its cells (`eurostat_cells`: numbers and
//! flags). A dataset of tens of millions of cells is stored three times
//! faster so than with six text columns a cell, and its series are
//! appended as the download is read, never held in memory. A store that
//! kept `eurostat_facts` as a table is moved to the two tables by the first
//! writer that opens it.

use super::*;
use crate::eurostat::codes::Citizen;
use crate::eurostat::facts::{self, Key, Summary};
use crate::eurostat::{Cell, Stop};
use duckdb::OptionalExt;

/// The tables of Eurostat's downloads, and the view that reads their
/// figures; `eurostat_current` is made by [`refresh_current`].
const TABLES: &str = "
CREATE TABLE IF NOT EXISTS eurostat_sources (
    id INTEGER PRIMARY KEY, dataset VARCHAR NOT NULL, file VARCHAR NOT NULL,
    format VARCHAR NOT NULL, last_update VARCHAR, loaded TIMESTAMP NOT NULL,
    digest VARCHAR NOT NULL, figures BIGINT NOT NULL, sha256 VARCHAR);
ALTER TABLE eurostat_sources ADD COLUMN IF NOT EXISTS sha256 VARCHAR;
CREATE TABLE IF NOT EXISTS eurostat_series (
    source INTEGER NOT NULL, series INTEGER NOT NULL, measure VARCHAR NOT NULL,
    type VARCHAR NOT NULL, geo VARCHAR NOT NULL, citizen VARCHAR NOT NULL,
    sex VARCHAR NOT NULL, age VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS eurostat_cells (
    source INTEGER NOT NULL, series INTEGER NOT NULL, period_start DATE NOT NULL,
    period_end DATE NOT NULL, value BIGINT, flags VARCHAR NOT NULL, line BIGINT NOT NULL);
CREATE OR REPLACE VIEW eurostat_facts AS
    SELECT c.source, s.measure, s.type, s.geo, s.citizen, s.sex, s.age, c.period_start,
        c.period_end, c.value, c.flags, c.line
    FROM main.eurostat_cells c
    JOIN main.eurostat_series s ON s.source = c.source AND s.series = c.series;";

/// Puts rows in the shape of `eurostat_facts` (`rows`, a table or a query)
/// in the two tables, each series numbered by its first line.
fn split(rows: &str) -> String {
    format!(
        "
INSERT INTO eurostat_series
    SELECT source, row_number() OVER (PARTITION BY source
            ORDER BY min(line), measure, type, geo, citizen, sex, age),
        measure, type, geo, citizen, sex, age
    FROM {rows} GROUP BY source, measure, type, geo, citizen, sex, age;
INSERT INTO eurostat_cells
    SELECT f.source, s.series, f.period_start, f.period_end, f.value, f.flags, f.line
    FROM {rows} f JOIN eurostat_series s ON s.source = f.source AND s.measure = f.measure
        AND s.type = f.type AND s.geo = f.geo AND s.citizen = f.citizen AND s.sex = f.sex
        AND s.age = f.age;"
    )
}

/// The view of each figure of the newest edition among those `editions`
/// keeps (a condition on `eurostat_sources s`); `kind` is `TEMP ` for the
/// view `--as-of` puts in front of the store's.
///
/// Only the figures of `ranked`, the downloads that count a measure
/// another download counts too (two editions of a dataset, a dataset and
/// its annual table), can stand for each other: those alone are ranked,
/// figure by figure. The others are current as they are, so that a
/// query's filter (a reporting country) reaches the tables' scan instead of
/// waiting on a ranking of every figure. The view is made again whenever
/// the downloads change.
pub(super) fn current_view(kind: &str, editions: &str, ranked: &[i64]) -> String {
    let plain = format!(
        "SELECT f.*, s.dataset, s.file, s.last_update FROM main.eurostat_facts f
    JOIN main.eurostat_sources s ON s.id = f.source
    WHERE {editions}"
    );
    if ranked.is_empty() {
        return format!("CREATE OR REPLACE {kind}VIEW eurostat_current AS\n{plain};");
    }
    let list: Vec<String> = ranked.iter().map(i64::to_string).collect();
    let list = list.join(", ");
    format!(
        "CREATE OR REPLACE {kind}VIEW eurostat_current AS
{plain} AND f.source NOT IN ({list})
UNION ALL
SELECT * FROM ({plain} AND f.source IN ({list})
    QUALIFY row_number() OVER (
        PARTITION BY f.measure, f.type, f.geo, f.citizen, f.sex, f.age, f.period_start, f.period_end
        ORDER BY {newest}) = 1);",
        newest = crate::model::choice::download_order("s")
    )
}

/// The downloads among those `editions` keeps that count a measure
/// another of them counts too; `series` is the table that says what each
/// counts (`eurostat_series`, or `eurostat_facts` in the older layout).
pub(super) fn ranked(conn: &Connection, editions: &str, series: &str) -> Result<Vec<i64>> {
    let sql = format!(
        "WITH m AS (SELECT DISTINCT source, measure FROM main.{series}
            WHERE source IN (SELECT id FROM main.eurostat_sources s WHERE {editions}))
         SELECT DISTINCT a.source FROM m a JOIN m b ON a.measure = b.measure AND a.source <> b.source
         ORDER BY 1"
    );
    let doing = || Message::new("doing-storing-facts");
    let mut stmt = conn.prepare(&sql).map_err(|e| db_error(doing(), e))?;
    let ids = stmt
        .query_map([], |r| r.get::<_, i64>(0))
        .and_then(|rows| rows.collect::<duckdb::Result<Vec<i64>>>())
        .map_err(|e| db_error(doing(), e))?;
    Ok(ids)
}

/// Makes `eurostat_current` over the store's downloads as they are: in
/// every transaction that changes them, before it commits.
fn refresh_current(conn: &Connection) -> Result<()> {
    let ranked = ranked(conn, "TRUE", "eurostat_series")?;
    conn.execute_batch(&current_view("", "TRUE", &ranked))
        .map_err(|e| db_error(Message::new("doing-storing-facts"), e))
}

/// What storing a download did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDownload {
    pub dataset: &'static str,
    pub figures: usize,
    /// False where the same download was stored already.
    pub added: bool,
    /// The file of the edition this one took the place of (`--replace`).
    pub replaced: Option<String>,
    /// The figures it gives otherwise than the edition it replaced.
    pub changes: super::Changes,
}

/// A download as read: its file's name, its text and the SHA-256 of its
/// bytes.
pub struct Downloaded<'a> {
    pub file: &'a str,
    pub text: &'a str,
    pub sha256: &'a str,
}

/// A store whose Eurostat downloads a rebuilt store takes as they are
/// (their readers keep no text to read again).
pub struct Downloads {
    store: PathBuf,
}

impl Store {
    /// Where the store's Eurostat downloads are, where it has any.
    pub fn downloads(&self) -> Result<Option<Downloads>> {
        if !self.holds_eurostat()? {
            return Ok(None);
        }
        let Location::File(store) = &self.location else {
            return Ok(None);
        };
        Ok(Some(Downloads {
            store: store.clone(),
        }))
    }

    /// Puts the Eurostat downloads of another store (closed) in this one,
    /// in one transaction, read by DuckDB from that store's file.
    pub fn put_downloads(&mut self, downloads: &Downloads) -> Result<()> {
        let doing = || Message::new("doing-storing-facts");
        let from = downloads.store.display().to_string().replace('\'', "''");
        self.conn
            .execute_batch(&format!("ATTACH '{from}' AS old_store (READ_ONLY)"))
            .map_err(|e| db_error(doing(), e))?;
        let tx = self.eurostat_transaction()?;
        tx.execute_batch(&format!(
            "INSERT INTO eurostat_sources BY NAME SELECT * FROM old_store.eurostat_sources;{}",
            split("old_store.eurostat_facts")
        ))
        .map_err(|e| db_error(doing(), e))?;
        refresh_current(&tx)?;
        tx.commit().map_err(|e| db_error(doing(), e))?;
        self.conn
            .execute_batch("DETACH old_store")
            .map_err(|e| db_error(doing(), e))
    }

    /// Takes a download out of the store: named by its file or the start of
    /// its digest (at least four characters), as `show sources` lists it.
    pub(super) fn unload_download(&mut self, which: &str) -> Result<super::Unloaded> {
        let (_, rows) = self.rows(&format!(
            "SELECT s.id, s.file, (SELECT strftime(max(f.period_end), '%Y-%m') FROM eurostat_facts f
                WHERE f.source = s.id), s.digest FROM eurostat_sources s
             WHERE {}",
            super::editions::named("s.", which)
        ))?;
        let found: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(super::editions::value_text).collect())
            .collect();
        let [row] = found.as_slice() else {
            let id = if found.is_empty() {
                "usage-unload-none"
            } else {
                "usage-unload-many"
            };
            let names: Vec<String> = found
                .iter()
                .map(|r| format!("{} ({})", r[1], r[3]))
                .collect();
            return Err(Error::Usage(
                Message::new(id)
                    .code("which", which)
                    .count("count", names.len() as i64)
                    .codes("names", &names),
            ));
        };
        let tx = self.eurostat_transaction()?;
        let doing = || Message::new("doing-storing-facts");
        let id: i64 = row[0].parse().expect("an id");
        remove_download(&tx, id)?;
        refresh_current(&tx)?;
        tx.commit().map_err(|e| db_error(doing(), e))?;
        Ok(super::Unloaded {
            file: row[1].clone(),
            month: row[2].clone(),
            digest: row[3].clone(),
        })
    }

    /// A transaction on the store with its Eurostat tables made, and moved
    /// from the one table of the older layout where the store has it.
    fn eurostat_transaction(&mut self) -> Result<duckdb::Transaction<'_>> {
        let tx = self
            .conn
            .transaction()
            .map_err(|e| db_error(Message::new("doing-starting-a-transaction"), e))?;
        let older = table_type(&tx, "eurostat_facts")?.as_deref() == Some("BASE TABLE");
        let doing = || Message::new("doing-storing-facts");
        if older {
            tx.execute_batch("ALTER TABLE eurostat_facts RENAME TO eurostat_facts_older")
                .map_err(|e| db_error(doing(), e))?;
        }
        tx.execute_batch(TABLES).map_err(|e| db_error(doing(), e))?;
        if older {
            tx.execute_batch(&format!(
                "{}DROP TABLE eurostat_facts_older;",
                split("eurostat_facts_older")
            ))
            .map_err(|e| db_error(doing(), e))?;
        }
        Ok(tx)
    }

    /// The table that says what each download counts: `eurostat_series`,
    /// or in a store of the older layout `eurostat_facts`.
    pub(super) fn eurostat_series_table(&self) -> Result<&'static str> {
        Ok(match table_type(&self.conn, "eurostat_series")? {
            Some(_) => "eurostat_series",
            None => "eurostat_facts",
        })
    }

    /// The SQL of a download's SHA-256 (`s.sha256`), or NULL in a store
    /// written before asylq kept it and not written since.
    pub fn eurostat_sha256(&self) -> Result<&'static str> {
        let kept: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM information_schema.columns
                 WHERE table_name = 'eurostat_sources' AND column_name = 'sha256'
                   AND table_catalog = current_database()",
                [],
                |r| r.get(0),
            )
            .map_err(|e| db_error(Message::new("doing-reading-the-store"), e))?;
        Ok(if kept > 0 { "s.sha256" } else { "NULL" })
    }

    /// Whether the store has taken a Eurostat download.
    pub fn holds_eurostat(&self) -> Result<bool> {
        Ok(table_type(&self.conn, "eurostat_sources")?.is_some())
    }

    /// Adds a Eurostat download (its text read to `summary`), its figures
    /// placed as it is read again, in one transaction; the same download
    /// twice changes nothing. Another edition of the dataset with the same
    /// last update (or, both stating none, none) that gives one of its
    /// figures otherwise is refused, or with `Editions::Replace` taken out:
    /// two such editions would leave the choice between them to the order
    /// they were loaded in.
    pub fn insert_eurostat(
        &mut self,
        summary: &Summary,
        download: Downloaded,
        editions: super::Editions,
    ) -> Result<StoredDownload> {
        let doing = || Message::new("doing-storing-facts");
        let digest = digest(download.text);
        let tx = self.eurostat_transaction()?;
        let known: i64 = tx
            .query_row(
                "SELECT count(*) FROM eurostat_sources WHERE digest = ?",
                params![digest],
                |r| r.get(0),
            )
            .map_err(|e| db_error(doing(), e))?;
        let head = &summary.head;
        let mut stored = StoredDownload {
            dataset: head.dataset.code,
            figures: summary.figures,
            added: known == 0,
            replaced: None,
            changes: super::Changes::default(),
        };
        if known > 0 {
            return Ok(stored);
        }
        let rivals = same_update(&tx, head.dataset.code, head.last_update.as_deref())?;
        let id: i64 = tx
            .query_row(
                "SELECT coalesce(max(id), 0) + 1 FROM eurostat_sources",
                [],
                |r| r.get(0),
            )
            .map_err(|e| db_error(doing(), e))?;
        tx.execute(
            "INSERT INTO eurostat_sources (id, dataset, file, format, last_update, loaded, digest, figures, sha256)
             VALUES (?, ?, ?, ?, ?, current_timestamp, ?, ?, ?)",
            params![
                id,
                head.dataset.code,
                download.file,
                format!("{:?}", head.format),
                head.last_update,
                digest,
                summary.figures as i64,
                download.sha256
            ],
        )
        .map_err(|e| db_error(doing(), e))?;
        append(&tx, id, summary, download.file, download.text)?;
        if let Some((rival, other)) = differing(&tx, id, &rivals)? {
            if editions == super::Editions::Refuse {
                return Err(Error::Source {
                    path: download.file.to_string(),
                    problem: crate::error::SourceProblem::RivalDownload {
                        dataset: head.dataset.code.to_string(),
                        updated: head.last_update.clone(),
                        other,
                    },
                });
            }
            stored.changes = super::changes::of_downloads(&tx, rival, id)?;
            remove_download(&tx, rival)?;
            stored.replaced = Some(other);
        }
        refresh_current(&tx)?;
        tx.commit().map_err(|e| db_error(doing(), e))?;
        Ok(stored)
    }
}

/// The stored editions of `dataset` with the same last update as a new
/// one (none, where it states none).
fn same_update(tx: &Connection, dataset: &str, updated: Option<&str>) -> Result<Vec<i64>> {
    let doing = || Message::new("doing-storing-facts");
    let mut stmt = tx
        .prepare(
            "SELECT id FROM eurostat_sources
             WHERE dataset = ? AND last_update IS NOT DISTINCT FROM ? ORDER BY id",
        )
        .map_err(|e| db_error(doing(), e))?;
    stmt.query_map(params![dataset, updated], |r| r.get::<_, i64>(0))
        .and_then(|rows| rows.collect::<duckdb::Result<Vec<i64>>>())
        .map_err(|e| db_error(doing(), e))
}

/// The first of `rivals` that gives a figure of the download `id` (the
/// same series and period) otherwise: its id and file. Downloads of one
/// dataset and update that hold other periods or series, or the same
/// figures, stand side by side.
fn differing(tx: &Connection, id: i64, rivals: &[i64]) -> Result<Option<(i64, String)>> {
    if rivals.is_empty() {
        return Ok(None);
    }
    let list: Vec<String> = rivals.iter().map(i64::to_string).collect();
    tx.query_row(
        &format!(
            "SELECT o.source, min(s.file) FROM eurostat_facts n
             JOIN eurostat_facts o ON o.measure = n.measure AND o.type = n.type AND o.geo = n.geo
               AND o.citizen = n.citizen AND o.sex = n.sex AND o.age = n.age
               AND o.period_start = n.period_start AND o.period_end = n.period_end
             JOIN eurostat_sources s ON s.id = o.source
             WHERE n.source = ? AND o.source IN ({})
               AND (n.value IS DISTINCT FROM o.value OR n.flags <> o.flags)
             GROUP BY o.source ORDER BY o.source LIMIT 1",
            list.join(", ")
        ),
        params![id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .map_err(|e| db_error(Message::new("doing-storing-facts"), e))
}

/// Takes a download's figures and its row out of the store.
fn remove_download(tx: &Connection, id: i64) -> Result<()> {
    let doing = || Message::new("doing-storing-facts");
    for table in ["eurostat_cells", "eurostat_series", "eurostat_sources"] {
        let column = if table == "eurostat_sources" {
            "id"
        } else {
            "source"
        };
        tx.execute(
            &format!("DELETE FROM {table} WHERE {column} = ?"),
            params![id],
        )
        .map_err(|e| db_error(doing(), e))?;
    }
    Ok(())
}

/// Reads the download again, series by series, into the store's tables.
fn append(conn: &Connection, id: i64, summary: &Summary, file: &str, text: &str) -> Result<()> {
    let doing = || Message::new("doing-storing-facts");
    let mut series = conn
        .appender("eurostat_series")
        .map_err(|e| db_error(doing(), e))?;
    let mut cells = conn
        .appender("eurostat_cells")
        .map_err(|e| db_error(doing(), e))?;
    let mut batch = super::cells::Cells::new();
    let mut number = 0;
    let mut sink = |key: &Key, given: &[Cell]| {
        number += 1;
        append_series(&mut series, key, [id, number])?;
        batch.add(&mut cells, [id as i32, number as i32], given)
    };
    let code = Some(summary.head.dataset.code);
    facts::stream(file, text, code, &mut sink).map_err(|stop| match stop {
        Stop::Read(e) => Error::source(Path::new(file), crate::error::SourceProblem::Eurostat(e)),
        Stop::Sink(e) => db_error(doing(), e),
    })?;
    batch.flush(&mut cells).map_err(|e| db_error(doing(), e))?;
    series.flush().map_err(|e| db_error(doing(), e))?;
    cells.flush().map_err(|e| db_error(doing(), e))
}

/// One series' codes (`[source, series]`, its numbers).
fn append_series(
    series: &mut duckdb::Appender,
    key: &Key,
    [id, number]: [i64; 2],
) -> duckdb::Result<()> {
    let citizen = match key.citizen {
        Some(Citizen::Country(name)) => name,
        Some(Citizen::Group(code)) => code,
        None => "TOTAL",
    };
    series.append_row(params![
        id,
        number,
        key.measure,
        key.kind,
        key.geo,
        citizen,
        key.sex,
        key.age
    ])
}
