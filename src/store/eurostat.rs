//! Eurostat's figures in a store: each download an edition of its dataset
//! (`eurostat_sources`, with Eurostat's "last update" where the file gives
//! it), its figures with their flags (`eurostat_facts`; a missing value is
//! NULL, never 0), and `eurostat_current`, the figures of the newest
//! edition of each (by last update, then by load). The tables are made
//! with the first download a store takes, so that a store without Eurostat
//! data, and the embedded one, carry nothing of it.

use super::*;
use crate::eurostat::codes::Citizen;
use crate::eurostat::facts::Figure;
use crate::eurostat::Table;

use crate::eurostat::EDITION;

fn tables() -> String {
    format!(
        "
CREATE TABLE IF NOT EXISTS eurostat_sources (
    id INTEGER PRIMARY KEY, dataset VARCHAR NOT NULL, file VARCHAR NOT NULL,
    format VARCHAR NOT NULL, last_update VARCHAR, loaded TIMESTAMP NOT NULL,
    digest VARCHAR NOT NULL, figures BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS eurostat_facts (
    source INTEGER NOT NULL, measure VARCHAR NOT NULL, type VARCHAR NOT NULL,
    geo VARCHAR NOT NULL, citizen VARCHAR NOT NULL, sex VARCHAR NOT NULL,
    age VARCHAR NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL,
    value BIGINT, flags VARCHAR NOT NULL, line BIGINT NOT NULL);
{}",
        current_view("", "TRUE")
    )
}

/// The view of each figure of the newest edition among those `editions`
/// keeps (a condition on `eurostat_sources s`); `kind` is `TEMP ` for the
/// view `--as-of` puts in front of the store's.
pub(super) fn current_view(kind: &str, editions: &str) -> String {
    format!(
        "CREATE OR REPLACE {kind}VIEW eurostat_current AS
    SELECT f.*, s.dataset, s.file, s.last_update FROM main.eurostat_facts f
    JOIN main.eurostat_sources s ON s.id = f.source
    WHERE {editions}
    QUALIFY row_number() OVER (
        PARTITION BY f.measure, f.type, f.geo, f.citizen, f.sex, f.age, f.period_start, f.period_end
        ORDER BY {EDITION} DESC, s.id DESC) = 1;"
    )
}

/// What storing a download did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDownload {
    pub dataset: &'static str,
    pub figures: usize,
    /// False where the same download was stored already.
    pub added: bool,
}

/// The rows of a store's Eurostat tables, sources then figures, which a
/// rebuilt store takes as they are (their readers keep no text to read
/// again).
pub struct Downloads {
    sources: Vec<Vec<Value>>,
    facts: Vec<Vec<Value>>,
}

impl Store {
    /// The Eurostat tables' rows, where the store has any.
    pub fn downloads(&self) -> Result<Option<Downloads>> {
        if !self.holds_eurostat()? {
            return Ok(None);
        }
        let (_, sources) = self.rows("SELECT * FROM eurostat_sources ORDER BY id")?;
        let (_, facts) = self.rows("SELECT * FROM eurostat_facts")?;
        Ok(Some(Downloads { sources, facts }))
    }

    /// Puts the Eurostat tables' rows of another store in this one, in one
    /// transaction.
    pub fn put_downloads(&mut self, downloads: &Downloads) -> Result<()> {
        let doing = || Message::new("doing-storing-facts");
        let tx = self.eurostat_transaction()?;
        for (table, rows) in [
            ("eurostat_sources", &downloads.sources),
            ("eurostat_facts", &downloads.facts),
        ] {
            let mut app = tx.appender(table).map_err(|e| db_error(doing(), e))?;
            for row in rows {
                app.append_row(duckdb::appender_params_from_iter(row))
                    .map_err(|e| db_error(doing(), e))?;
            }
            app.flush().map_err(|e| db_error(doing(), e))?;
        }
        tx.commit().map_err(|e| db_error(doing(), e))
    }

    /// Takes a download out of the store: named by its file or the start of
    /// its digest (at least four characters), as `show sources` lists it.
    pub(super) fn unload_download(&mut self, which: &str) -> Result<super::Unloaded> {
        let w = which.replace('\'', "''");
        let (_, rows) = self.rows(&format!(
            "SELECT s.id, s.file, (SELECT strftime(max(f.period_end), '%Y-%m') FROM eurostat_facts f
                WHERE f.source = s.id), s.digest FROM eurostat_sources s
             WHERE s.file = '{w}' OR (length('{w}') >= 4 AND starts_with(s.digest, lower('{w}')))"
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
        tx.execute("DELETE FROM eurostat_facts WHERE source = ?", params![id])
            .map_err(|e| db_error(doing(), e))?;
        tx.execute("DELETE FROM eurostat_sources WHERE id = ?", params![id])
            .map_err(|e| db_error(doing(), e))?;
        tx.commit().map_err(|e| db_error(doing(), e))?;
        Ok(super::Unloaded {
            file: row[1].clone(),
            month: row[2].clone(),
            digest: row[3].clone(),
        })
    }

    /// A transaction on the store with its Eurostat tables made.
    fn eurostat_transaction(&mut self) -> Result<duckdb::Transaction<'_>> {
        let tx = self
            .conn
            .transaction()
            .map_err(|e| db_error(Message::new("doing-starting-a-transaction"), e))?;
        tx.execute_batch(&tables())
            .map_err(|e| db_error(Message::new("doing-storing-facts"), e))?;
        Ok(tx)
    }

    /// Whether the store has taken a Eurostat download.
    pub fn holds_eurostat(&self) -> Result<bool> {
        let n = count(
            &self.conn,
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'eurostat_sources'",
        )?;
        Ok(n > 0)
    }

    /// Adds a Eurostat download, its figures placed, in one transaction;
    /// the same download twice changes nothing.
    pub fn insert_eurostat(
        &mut self,
        table: &Table,
        figures: &[Figure],
        file: &str,
        text: &str,
    ) -> Result<StoredDownload> {
        let doing = || Message::new("doing-storing-facts");
        let digest = digest(text);
        let tx = self.eurostat_transaction()?;
        let known: i64 = tx
            .query_row(
                "SELECT count(*) FROM eurostat_sources WHERE digest = ?",
                params![digest],
                |r| r.get(0),
            )
            .map_err(|e| db_error(doing(), e))?;
        let stored = StoredDownload {
            dataset: table.dataset.code,
            figures: figures.len(),
            added: known == 0,
        };
        if known > 0 {
            return Ok(stored);
        }
        let id: i64 = tx
            .query_row(
                "SELECT coalesce(max(id), 0) + 1 FROM eurostat_sources",
                [],
                |r| r.get(0),
            )
            .map_err(|e| db_error(doing(), e))?;
        tx.execute(
            "INSERT INTO eurostat_sources VALUES (?, ?, ?, ?, ?, current_timestamp, ?, ?)",
            params![
                id,
                table.dataset.code,
                file,
                format!("{:?}", table.format),
                table.last_update,
                digest,
                figures.len() as i64
            ],
        )
        .map_err(|e| db_error(doing(), e))?;
        append(&tx, id, figures).map_err(|e| db_error(doing(), e))?;
        tx.commit().map_err(|e| db_error(doing(), e))?;
        Ok(stored)
    }
}

fn append(conn: &Connection, id: i64, figures: &[Figure]) -> duckdb::Result<()> {
    let mut app = conn.appender("eurostat_facts")?;
    for f in figures {
        let span = f.period.span();
        let citizen = match f.citizen {
            Some(Citizen::Country(name)) => name,
            Some(Citizen::Group(code)) => code,
            None => "TOTAL",
        };
        app.append_row(params![
            id,
            f.measure,
            f.kind,
            f.geo,
            citizen,
            f.sex,
            f.age,
            Value::Date32(span.first.epoch_day()),
            Value::Date32(span.last.epoch_day()),
            f.value,
            f.flags,
            f.line as i64
        ])?;
    }
    app.flush()
}
