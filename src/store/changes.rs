//! What a `--replace` changed: the figures the new edition of a report or
//! download gives otherwise than the edition it takes the place of, found
//! before the old one is taken out. They are kept in `replaced_figures`, in
//! the shape `show revisions` lists, so that the old values stay listed
//! after the old edition is gone, and the load says how many there are.

use super::*;

/// How many figures one edition gives otherwise than another, and the
/// first of them: each figure's words, its old value and its new one (a
/// number, or Eurostat's `:`; none where an edition does not give it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub count: usize,
    pub first: Vec<(String, Option<String>, Option<String>)>,
}

/// How many changed figures a load names; `count` says how many there are.
const NAMED: usize = 5;

/// The table of the figures replaced editions gave otherwise: a
/// replacement's number, the publisher, then the columns of `show
/// revisions`.
const TABLE: &str = "CREATE TABLE IF NOT EXISTS replaced_figures (
    replacement INTEGER NOT NULL, publisher VARCHAR NOT NULL,
    measure VARCHAR NOT NULL, type VARCHAR NOT NULL, unit VARCHAR NOT NULL,
    country VARCHAR, period VARCHAR NOT NULL, old_value BIGINT, new_value BIGINT,
    old_source VARCHAR, new_source VARCHAR, old_forced BOOLEAN NOT NULL,
    new_forced BOOLEAN NOT NULL, geo VARCHAR NOT NULL, sex VARCHAR NOT NULL,
    age VARCHAR NOT NULL)";

/// `show revisions` with the figures replaced editions gave otherwise,
/// where the store holds any (`base` is the SQL of the others, unordered):
/// the revisions of one figure in the order they were made, the editions
/// still stored first, then each replacement in turn.
pub fn with_replaced(base: &str) -> String {
    format!(
        "SELECT * EXCLUDE (_order) FROM (SELECT *, 0 AS _order FROM ({base})\nUNION ALL\nSELECT * EXCLUDE (replacement, publisher), replacement AS _order FROM replaced_figures)\nORDER BY measure, period, type, country, _order"
    )
}

/// The printed figures of report `new` that differ from those of report
/// `old` (a value changed, or a figure only one of them gives), kept.
pub(super) fn of_reports(conn: &Connection, old: i64, new: i64) -> Result<Changes> {
    let side = |id: i64| {
        format!(
            "SELECT f.measure, f.type, f.unit, f.country, f.period_start, f.period_end, f.value,
      min(r.file || ', line ' || f.source_line) AS source, bool_or(r.failed_checks > 0) AS forced
    FROM facts f JOIN reports r ON r.id = f.report
    WHERE f.report = {id} AND NOT f.derived GROUP BY ALL"
        )
    };
    let rows = format!(
        "WITH o AS ({}), n AS ({})
SELECT 'cgvs', coalesce(o.measure, n.measure), coalesce(o.type, n.type),
  coalesce(o.unit, n.unit), coalesce(o.country, n.country), {},
  o.value, n.value, o.source, n.source, coalesce(o.forced, false), coalesce(n.forced, false),
  'BE', 'T', 'TOTAL'
FROM o FULL JOIN n ON o.measure = n.measure AND o.type = n.type AND o.unit = n.unit
  AND o.country IS NOT DISTINCT FROM n.country
  AND o.period_start = n.period_start AND o.period_end = n.period_end
WHERE o.value IS DISTINCT FROM n.value",
        side(old),
        side(new),
        period("o", "n")
    );
    record(conn, &rows)
}

/// The figures of Eurostat download `new` that differ from those of
/// download `old` of the same dataset (a value or its flags changed:
/// Eurostat's `:` has no value; or a figure only one of them gives), kept.
pub(super) fn of_downloads(conn: &Connection, old: i64, new: i64) -> Result<Changes> {
    let side = |id: i64| {
        format!(
            "SELECT f.*, s.file || ', line ' || f.line AS origin FROM eurostat_facts f
    JOIN eurostat_sources s ON s.id = f.source WHERE f.source = {id}"
        )
    };
    let key = ["measure", "type", "geo", "citizen", "sex", "age"];
    let on: Vec<String> = key
        .iter()
        .chain(&["period_start", "period_end"])
        .map(|k| format!("o.{k} = n.{k}"))
        .collect();
    let either = |k: &str| format!("coalesce(o.{k}, n.{k})");
    let rows = format!(
        "WITH o AS ({}), n AS ({})
SELECT 'eurostat', {}, {}, '{}', {}, {}, o.value, n.value, o.origin, n.origin, false, false,
  {}, {}, {}
FROM o FULL JOIN n ON {}
WHERE o.value IS DISTINCT FROM n.value OR o.flags IS DISTINCT FROM n.flags",
        side(old),
        side(new),
        either("measure"),
        either("type"),
        crate::model::Unit::Persons.as_str(),
        either("citizen"),
        period("o", "n"),
        either("geo"),
        either("sex"),
        either("age"),
        on.join(" AND ")
    );
    record(conn, &rows)
}

/// The label of the period of a figure on either side: `2023-11`,
/// `2023-01..2023-11`.
fn period(o: &str, n: &str) -> String {
    let start = format!("coalesce({o}.period_start, {n}.period_start)");
    let end = format!("coalesce({o}.period_end, {n}.period_end)");
    format!(
        "CASE WHEN {start} = {end} THEN strftime({start}, '%Y-%m')
      ELSE strftime({start}, '%Y-%m') || '..' || strftime({end}, '%Y-%m') END"
    )
}

/// Keeps `rows` (a publisher, then the columns of `show revisions`) as a
/// replacement of its own; how many there are, and the first in words.
fn record(conn: &Connection, rows: &str) -> Result<Changes> {
    let doing = || Message::new("doing-storing-facts");
    conn.execute_batch(TABLE)
        .map_err(|e| db_error(doing(), e))?;
    let id: i64 = conn
        .query_row(
            "SELECT coalesce(max(replacement), 0) + 1 FROM replaced_figures",
            [],
            |r| r.get(0),
        )
        .map_err(|e| db_error(doing(), e))?;
    conn.execute_batch(&format!(
        "INSERT INTO replaced_figures SELECT {id}, * FROM ({rows})"
    ))
    .map_err(|e| db_error(doing(), e))?;
    read(conn, id)
}

/// A replacement's figures in words: CGVS figures by measure, type, unit,
/// country and period; Eurostat's by measure, type, reporting country,
/// citizenship, sex, age and period.
fn read(conn: &Connection, id: i64) -> Result<Changes> {
    let doing = || Message::new("doing-reading-the-store");
    let shown = |side: &str| {
        format!(
            "CASE WHEN {side}_source IS NULL THEN NULL ELSE coalesce(CAST({side}_value AS VARCHAR), ':') END"
        )
    };
    let sql = format!(
        "SELECT CASE WHEN publisher = 'cgvs' THEN concat_ws(' ', measure, type, unit, country, period)
    ELSE concat_ws(' ', measure, type, geo, country, sex, age, period) END AS figure, {}, {}
FROM replaced_figures WHERE replacement = {id}
ORDER BY split_part(period, '..', 1), figure",
        shown("old"),
        shown("new")
    );
    let mut stmt = conn.prepare(&sql).map_err(|e| db_error(doing(), e))?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })
        .and_then(|rows| rows.collect::<duckdb::Result<Vec<_>>>())
        .map_err(|e| db_error(doing(), e))?;
    Ok(Changes {
        count: rows.len(),
        first: rows.into_iter().take(NAMED).collect(),
    })
}

/// Keeps a replaced report's entry and facts in `replaced_reports` (with
/// the id of the report that replaced it) and `replaced_facts`, before
/// they are taken out of the store's own tables: `--as-of` names it by its
/// file and answers as the store stood with it.
pub(super) fn archive(conn: &Connection, old: i64, by: i64) -> Result<()> {
    conn.execute_batch(&format!(
        "CREATE TABLE IF NOT EXISTS replaced_reports AS
           SELECT *, CAST(0 AS BIGINT) AS replaced_by FROM reports LIMIT 0;
         CREATE TABLE IF NOT EXISTS replaced_facts AS SELECT * FROM facts LIMIT 0;
         INSERT INTO replaced_reports BY NAME
           SELECT *, CAST({by} AS BIGINT) AS replaced_by FROM reports WHERE id = {old};
         INSERT INTO replaced_facts BY NAME SELECT * FROM facts WHERE report = {old};"
    ))
    .map_err(|e| db_error(Message::new("doing-storing-facts"), e))
}

impl Store {
    /// Whether the store keeps figures of replaced editions.
    pub fn holds_replaced(&self) -> Result<bool> {
        Ok(table_type(&self.conn, "replaced_figures")?.is_some())
    }

    /// Puts the figures replaced editions gave in the store at `from`
    /// (closed, and holding them) in this one, in their order: a rebuild
    /// reads only the editions that stand, and would lose them.
    pub fn put_replaced(&mut self, from: &std::path::Path) -> Result<()> {
        let doing = || Message::new("doing-storing-facts");
        let from = from.display().to_string().replace('\'', "''");
        self.conn
            .execute_batch(&format!(
                "ATTACH '{from}' AS replaced_store (READ_ONLY);
{TABLE};
INSERT INTO replaced_figures SELECT * FROM replaced_store.replaced_figures;"
            ))
            .map_err(|e| db_error(doing(), e))?;
        // The replaced editions themselves, for `--as-of`.
        let held = count(
            &self.conn,
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'replaced_store'
               AND table_name = 'replaced_reports'",
        )?;
        let copy = if held == 1 {
            "CREATE TABLE replaced_reports AS SELECT * FROM replaced_store.replaced_reports;
             CREATE TABLE replaced_facts AS SELECT * FROM replaced_store.replaced_facts;"
        } else {
            ""
        };
        self.conn
            .execute_batch(&format!("{copy}DETACH replaced_store"))
            .map_err(|e| db_error(doing(), e))
    }
}
