//! Writing rows into the store with DuckDB's appender: a report with its
//! text, its facts, and the country reference.

use super::*;

/// Adds a report's row and its text, which `asylq rebuild` reads again.
pub(super) fn add_report(
    conn: &Connection,
    id: i64,
    report: &Entry,
    file: &str,
    text: &str,
) -> Result<()> {
    conn.execute("INSERT INTO texts VALUES (?, ?)", params![id, text])
        .map_err(|e| db_error(Message::new("doing-storing-the-report"), e))?;
    let mut app = conn
        .appender("reports")
        .map_err(|e| db_error(Message::new("doing-storing-the-report"), e))?;
    app.append_row(params![
        id,
        Value::Date32(report.month.epoch_day()),
        Value::Date32(report.published.epoch_day()),
        file,
        digest(text),
        report.facts.len() as i64,
        report.checks as i64,
        report.failed_checks as i64
    ])
    .map_err(|e| db_error(Message::new("doing-storing-the-report"), e))?;
    app.flush()
        .map_err(|e| db_error(Message::new("doing-storing-the-report"), e))
}

/// Appends facts to `table`; `current_facts` also takes the report's month and file.
pub(super) fn append_facts(
    conn: &Connection,
    table: &str,
    id: i64,
    facts: &[Fact],
    report: Option<(Value, &str)>,
) -> Result<()> {
    let mut app = conn
        .appender(table)
        .map_err(|e| db_error(Message::new("doing-storing-facts"), e))?;
    for f in facts {
        let (start, end) = (
            Value::Date32(f.start.epoch_day()),
            Value::Date32(f.end.epoch_day()),
        );
        let line = f.provenance.line() as i64;
        let origin = f.origin().as_str();
        let table = source_table(f);
        let derived = f.derived.is_some();
        let (measure, kind, unit) = f.figure.words();
        let mut row: Vec<&dyn duckdb::ToSql> = vec![
            &id, &measure, &kind, &unit, &f.country, &start, &end, &f.value, &table, &line,
            &derived, &origin,
        ];
        if let Some((month, file)) = &report {
            row.extend([month as &dyn duckdb::ToSql, file, &false]);
        }
        app.append_row(row.as_slice())
            .map_err(|e| db_error(Message::new("doing-storing-facts"), e))?;
    }
    app.flush()
        .map_err(|e| db_error(Message::new("doing-storing-facts"), e))
}

/// The table a fact is stored from: the report's table or the page's
/// language, and for a figure the reader computed, how ("derived: page nl,
/// 35507 (line 3) less 221 resettled (line 3)").
pub(super) fn source_table(f: &Fact) -> String {
    match &f.derived {
        Some(how) => format!("derived: {}, {how}", f.provenance.table()),
        None => f.provenance.table().to_string(),
    }
}

/// Fills the country table if it is empty; names a report uses that the
/// reference lacks are added with their Dutch name only.
pub(super) fn append_countries(conn: &Connection) -> Result<()> {
    conn.execute_batch(COUNTRIES)
        .map_err(|e| db_error(Message::new("doing-creating-the-country-table"), e))?;
    if count(conn, "SELECT count(*) FROM countries")? > 0 {
        return conn
            .execute_batch(UNKNOWN_COUNTRIES)
            .map_err(|e| db_error(Message::new("doing-storing-countries"), e));
    }
    let mut app = conn
        .appender("countries")
        .map_err(|e| db_error(Message::new("doing-storing-countries"), e))?;
    for c in countries::COUNTRIES {
        app.append_row(params![c.0, c.1, c.2, c.3, c.4])
            .map_err(|e| db_error(Message::new("doing-storing-countries"), e))?;
    }
    app.flush()
        .map_err(|e| db_error(Message::new("doing-storing-countries"), e))?;
    drop(app);
    conn.execute_batch(UNKNOWN_COUNTRIES)
        .map_err(|e| db_error(Message::new("doing-storing-countries"), e))
}

pub(super) const COUNTRIES: &str = "CREATE TABLE IF NOT EXISTS countries (
    name VARCHAR PRIMARY KEY, name_en VARCHAR, name_fr VARCHAR, iso2 VARCHAR, iso3 VARCHAR)";

pub(super) const UNKNOWN_COUNTRIES: &str = "INSERT INTO countries (name)
    SELECT DISTINCT country FROM facts
    WHERE country IS NOT NULL AND country <> 'other' AND country NOT IN (SELECT name FROM countries)";

/// A stable fingerprint of a report's text (FNV-1a, 64 bits).
pub(super) fn digest(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}
