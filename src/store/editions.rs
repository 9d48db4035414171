//! Adding a source and taking one out again. Each is one transaction that
//! ends by deriving the months between year-to-date figures and ranking
//! every fact anew, so that what depended on a source follows it.
//!
//! Two editions of one report month are ranked by their publication, never
//! by the order they were loaded in; two checked editions published in the
//! same month cannot be told apart, so the second is refused unless the
//! load says `--replace`.

use super::*;
use crate::error::SourceProblem;
use crate::model::Origin;

/// What a load does with a checked report of a month whose other edition,
/// published in the same month, is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editions {
    /// Refuse the new edition, saying so.
    Refuse,
    /// Take the stored edition out, and store the new one.
    Replace,
}

/// What loading one report did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub month: String,
    pub facts: usize,
    pub checks: usize,
    /// False when the same report was stored already and nothing changed.
    pub added: bool,
    /// The file of the edition of the same month it replaced (`--replace`).
    pub replaced: Option<String>,
    /// The figures it gives otherwise than the edition it replaced.
    pub changes: Changes,
}

/// A source taken out of the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unloaded {
    pub file: String,
    pub month: String,
    pub digest: String,
}

impl Store {
    /// Adds a parsed report in one transaction; the same report twice
    /// changes nothing.
    pub fn insert(
        &mut self,
        report: &Entry,
        file: &str,
        text: &str,
        editions: Editions,
    ) -> Result<Loaded> {
        self.complete()?;
        let digest = digest(text);
        let known = self.count_with("SELECT count(*) FROM reports WHERE digest = ?", &digest)?;
        let mut loaded = Loaded {
            month: report.month.to_string(),
            facts: report.facts.len(),
            checks: report.checks,
            added: known == 0,
            replaced: None,
            changes: Changes::default(),
        };
        if known > 0 || self.holds_same_facts(report)? {
            loaded.added = false;
            return Ok(loaded);
        }
        let rival = self.rival_edition(report, &digest)?;
        if let (Some((_, other)), Editions::Refuse) = (&rival, editions) {
            return Err(Error::Source {
                path: file.to_string(),
                problem: SourceProblem::RivalEdition {
                    month: report.month,
                    published: report.published,
                    other: other.clone(),
                },
            });
        }
        let tx = self
            .conn
            .transaction()
            .map_err(|e| db_error(Message::new("doing-starting-a-transaction"), e))?;
        let id: i64 = tx
            .query_row("SELECT coalesce(max(id), 0) + 1 FROM reports", [], |r| {
                r.get(0)
            })
            .map_err(|e| db_error(Message::new("doing-reading-the-store"), e))?;
        add_report(&tx, id, report, file, text)?;
        append_facts(&tx, "facts", id, &report.facts, None)?;
        if let Some((old, _)) = &rival {
            loaded.changes = super::changes::of_reports(&tx, *old, id)?;
            super::changes::archive(&tx, *old, id)?;
            remove_rows(&tx, *old)?;
        }
        append_countries(&tx)?;
        rank(&tx)?;
        tx.commit()
            .map_err(|e| db_error(Message::new("doing-committing-the-report"), e))?;
        loaded.replaced = rival.map(|(_, other)| other);
        Ok(loaded)
    }

    /// Takes a source out of the store: the one loaded from the file named
    /// `which`, or whose digest starts with it (as `sources` shows it).
    /// The months derived with it go too, and are derived again from what
    /// is left.
    pub fn unload(&mut self, which: &str) -> Result<Unloaded> {
        self.complete()?;
        let (_, rows) = self.rows(&format!(
            "SELECT id, file, strftime(month, '%Y-%m'), digest FROM reports
             WHERE {}
             ORDER BY id",
            named("", which)
        ))?;
        let found: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(value_text).collect())
            .collect();
        let row = match found.as_slice() {
            [one] => one,
            [] if self.holds_eurostat()? => return self.unload_download(which),
            [] => {
                return Err(Error::Usage(crate::msg!(
                    "usage-unload-none",
                    which = which
                )))
            }
            many => {
                let names: Vec<String> = many
                    .iter()
                    .map(|r| format!("{} ({})", r[1], r[3]))
                    .collect();
                return Err(Error::Usage(crate::msg!(
                    "usage-unload-many",
                    which = which,
                    count = many.len(),
                    names = names
                )));
            }
        };
        let id: i64 = row[0].parse().expect("an id");
        let tx = self
            .conn
            .transaction()
            .map_err(|e| db_error(Message::new("doing-starting-a-transaction"), e))?;
        remove_rows(&tx, id)?;
        rank(&tx)?;
        tx.commit()
            .map_err(|e| db_error(Message::new("doing-committing-the-unload"), e))?;
        Ok(Unloaded {
            file: row[1].clone(),
            month: row[2].clone(),
            digest: row[3].clone(),
        })
    }

    /// The stored checked report of the same month and publication month as
    /// `report` (a checked report itself), with another text: its id and file.
    fn rival_edition(&self, report: &Entry, digest: &str) -> Result<Option<(i64, String)>> {
        let is_report = report.facts.first().map(Fact::origin) == Some(Origin::Report);
        if !is_report || report.failed_checks > 0 {
            return Ok(None);
        }
        let month = format!("DATE '{}'", report.month.first_day());
        let published = format!("DATE '{}'", report.published.first_day());
        let sql = format!(
            "SELECT r.id, r.file FROM reports r
             WHERE {} AND r.digest <> '{digest}'
             ORDER BY r.id LIMIT 1",
            same_edition(&month, &published)
        );
        let (_, rows) = self.rows(&sql)?;
        Ok(rows.first().map(|r| {
            let id = value_text(&r[0]).parse().expect("an id");
            (id, value_text(&r[1]))
        }))
    }

    /// Whether a stored source of the same kind, month and publication
    /// gives exactly the figures of `report` (each from the same table):
    /// the same edition saved with other line ends, in another encoding or
    /// with other whitespace, so one source.
    fn holds_same_facts(&self, report: &Entry) -> Result<bool> {
        let Some(origin) = report.facts.first().map(Fact::origin) else {
            return Ok(false);
        };
        let mut mine: Vec<String> = report.facts.iter().map(fact_key).collect();
        mine.sort();
        let (_, ids) = self.rows(&format!(
            "SELECT r.id FROM reports r
             WHERE r.month = DATE '{month}' AND r.published = DATE '{published}'
               AND r.failed_checks = {failed} AND r.facts = {count}
               AND EXISTS (SELECT 1 FROM facts f WHERE f.report = r.id AND f.origin = '{origin}')",
            month = report.month.first_day(),
            published = report.published.first_day(),
            failed = report.failed_checks,
            count = report.facts.len(),
            origin = origin.as_str()
        ))?;
        for id in ids.iter().map(|r| value_text(&r[0])) {
            let (_, rows) = self.rows(&format!(
                "SELECT concat_ws('|', measure, type, unit, coalesce(country, ''),
                        strftime(period_start, '%Y-%m'), strftime(period_end, '%Y-%m'),
                        value, source_table)
                 FROM facts WHERE report = {id} AND NOT {DERIVED_MONTH} ORDER BY 1"
            ))?;
            let mut theirs: Vec<String> = rows.iter().map(|r| value_text(&r[0])).collect();
            theirs.sort();
            if theirs == mine {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn count_with(&self, sql: &str, param: &str) -> Result<i64> {
        self.conn
            .query_row(sql, params![param], |r| r.get(0))
            .map_err(|e| db_error(Message::new("doing-reading-the-store"), e))
    }
}

/// Removes a source's row, text and facts.
/// SQL true where a source (of the table whose columns `prefix` qualifies:
/// `r.`, or none) is the one `which` names: its file name, or the start of
/// its digest (at least four characters), as `sources` shows them.
pub(super) fn named(prefix: &str, which: &str) -> String {
    let w = which.replace('\'', "''");
    format!(
        "({prefix}file = '{w}' OR (length('{w}') >= 4 AND starts_with({prefix}digest, lower('{w}'))))"
    )
}

/// SQL true where the stored report `r` (of `main`) is a checked edition
/// of the report of `month` published in `published` (SQL dates): the
/// edition a second one rivals, and `--replace` takes out.
pub(super) fn same_edition(month: &str, published: &str) -> String {
    format!(
        "r.month = {month} AND r.published = {published} AND r.failed_checks = 0
           AND EXISTS (SELECT 1 FROM main.facts f WHERE f.report = r.id AND f.origin = '{}')",
        Origin::Report.as_str()
    )
}

fn remove_rows(conn: &Connection, id: i64) -> Result<()> {
    for table in [
        "facts WHERE report",
        "texts WHERE report",
        "reports WHERE id",
    ] {
        conn.execute(&format!("DELETE FROM {table} = ?"), params![id])
            .map_err(|e| db_error(Message::new("doing-removing-a-source"), e))?;
    }
    Ok(())
}

/// Derives the months between year-to-date figures again, and ranks every
/// fact again into `current_facts`.
fn rank(conn: &Connection) -> Result<()> {
    conn.execute_batch(&derive())
        .map_err(|e| db_error(Message::new("doing-deriving-months"), e))?;
    conn.execute_batch(&refresh())
        .map_err(|e| db_error(Message::new("doing-ranking-the-facts"), e))
}

/// A fact as [`Store::holds_same_facts`] compares it: all but its line.
fn fact_key(f: &Fact) -> String {
    let (measure, kind, unit) = f.figure.words();
    format!(
        "{measure}|{kind}|{unit}|{}|{}|{}|{}|{}",
        f.country.as_deref().unwrap_or(""),
        f.start,
        f.end,
        f.value,
        source_table(f)
    )
}

/// A value of a row as text.
pub(super) fn value_text(v: &Value) -> String {
    match v {
        Value::Text(t) => t.clone(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(i) => i.to_string(),
        other => format!("{other:?}"),
    }
}
