//! The store's tables and the SQL that keeps them: the table queries read,
//! the history of every report's figures, the schema version, the ranking
//! that picks each fact's current figure, and the months derived between two
//! year-to-date figures.

use crate::error::{duckdb as db_error, Result};
use crate::locale::Message;
use crate::model::choice;
use duckdb::{params, Connection, OptionalExt};

/// The table that queries read.
pub(super) const CURRENT: &str = "
CREATE TABLE IF NOT EXISTS current_facts (
    report INTEGER NOT NULL, measure VARCHAR NOT NULL, type VARCHAR NOT NULL,
    unit VARCHAR NOT NULL, country VARCHAR, period_start DATE NOT NULL,
    period_end DATE NOT NULL, value BIGINT NOT NULL, source_table VARCHAR NOT NULL,
    source_line INTEGER NOT NULL, derived BOOLEAN NOT NULL, origin VARCHAR NOT NULL,
    report_month DATE NOT NULL, report_file VARCHAR NOT NULL, forced BOOLEAN NOT NULL);
";

/// The reports and every figure each one gives. `all_facts` ranks the
/// figures that two sources give for the same fact by the rule of
/// [`choice::RULE`]; never the order of loading.
pub(super) fn history() -> String {
    format!(
        "
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY, month DATE NOT NULL, published DATE NOT NULL, file VARCHAR NOT NULL,
    digest VARCHAR NOT NULL, facts INTEGER NOT NULL, checks INTEGER NOT NULL,
    failed_checks INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS facts (
    report INTEGER NOT NULL, measure VARCHAR NOT NULL, type VARCHAR NOT NULL,
    unit VARCHAR NOT NULL, country VARCHAR, period_start DATE NOT NULL,
    period_end DATE NOT NULL, value BIGINT NOT NULL, source_table VARCHAR NOT NULL,
    source_line INTEGER NOT NULL, derived BOOLEAN NOT NULL, origin VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS texts (report INTEGER PRIMARY KEY, text VARCHAR NOT NULL);
{view}",
        view = all_facts_view("")
    )
}

/// The view that ranks every figure; `kind` is `TEMP ` for the view of
/// `--as-of`, over temporary tables of the same names.
pub(super) fn all_facts_view(kind: &str) -> String {
    format!(
        "CREATE OR REPLACE {kind}VIEW all_facts AS
    SELECT f.*, r.month AS report_month, r.file AS report_file,
        r.failed_checks > 0 AS forced, r.published, r.digest,
        row_number() OVER (PARTITION BY f.measure, f.type, f.unit, f.country,
            f.period_start, f.period_end
            ORDER BY {order}) AS rank
    FROM facts f JOIN reports r ON f.report = r.id;
",
        order = choice::rank_order("f", "r")
    )
}

/// The version of the store's schema that this asylq writes and reads. A
/// store of another version is refused; `asylq rebuild` reads its sources
/// again into a store of this one. Version 1 (no `schema_version` table)
/// kept no source texts; version 2 did not mark the current figures of a
/// report stored with `--force`; version 3 ranked two editions of a month
/// by the order they were loaded in, not by their publication; version 4
/// stored the figures a reader computes from printed ones (an overview's
/// registered applicants) as printed, and an overview's table as a page's;
/// version 5 kept no page's applicants by country.
pub const SCHEMA_VERSION: i64 = 6;

pub(super) const VERSION: &str = "
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
";

/// `current_facts` is a table, not a view over `all_facts`, so that queries
/// do not rank every fact again; each load rebuilds it with the figures
/// that [`choice::answers`] keeps.
pub(super) fn refresh() -> String {
    format!(
        "
DELETE FROM current_facts;
INSERT INTO current_facts SELECT * EXCLUDE (rank, published, digest) FROM all_facts a
WHERE {};
",
        choice::answers("a")
    )
}

/// SQL true for a month the store derived by country between two
/// year-to-date figures of reports, as opposed to a figure a reader
/// computed (a page's `other`), which stays with its source.
pub(super) const DERIVED_MONTH: &str = "(derived AND country IS NOT NULL AND origin = 'report')";

/// Months derived as the difference of two consecutive year-to-date figures.
pub(super) fn derive() -> String {
    format!(
        "
DELETE FROM facts WHERE {DERIVED_MONTH};
INSERT INTO facts
SELECT n.report, n.measure, n.type, n.unit, n.country, n.period_end, n.period_end,
       n.value - o.value, 'derived: ' || n.source_table || ', year to date ' || n.value
           || ' of ' || strftime(n.period_end, '%Y-%m') || ' (line ' || n.source_line || ') minus year to date '
           || o.value || ' of ' || strftime(o.period_end, '%Y-%m') || ' ('
           || CASE WHEN o.report = n.report THEN '' ELSE o.report_file || ', ' END
           || 'line ' || o.source_line || ')',
       n.source_line, true, n.origin
FROM all_facts n JOIN all_facts o
  ON n.measure = o.measure AND n.type = o.type AND n.unit = o.unit AND n.country = o.country
 AND n.period_start = o.period_start AND o.period_end = n.period_end - INTERVAL 1 MONTH
WHERE n.rank = 1 AND o.rank = 1
  AND NOT EXISTS (SELECT 1 FROM all_facts s WHERE s.country IS NOT NULL AND NOT s.derived
      AND s.measure = o.measure AND s.unit = o.unit AND s.period_start = o.period_start
      AND s.period_end = o.period_end
      AND {newer})
  AND n.period_start < n.period_end AND n.country <> 'other' AND NOT n.derived AND NOT o.derived
  AND NOT EXISTS (SELECT 1 FROM facts m WHERE m.measure = n.measure AND m.unit = n.unit
      AND m.country IS NOT NULL AND m.period_start = n.period_end
      AND m.period_end = n.period_end AND NOT m.derived);
",
        newer = choice::newer("s", "o")
    )
}

/// What each table and column holds, as `COMMENT ON`, so that the store
/// explains itself in the DuckDB CLI (`SELECT * FROM duckdb_columns()`).
pub(super) const COMMENTS: &str = "
COMMENT ON TABLE current_facts IS 'The figures queries read: for each fact, the current figure by the order of sources (a checked figure over a forced one, printed over derived, a report over a yearly overview over a monthly page, the newest report).';
COMMENT ON TABLE facts IS 'Every figure of every source, with the months derived between two year-to-date figures.';
COMMENT ON TABLE reports IS 'The sources loaded: reports, statistics pages and yearly overviews.';
COMMENT ON TABLE texts IS 'The text of each source, so that asylq rebuild can read it again.';
COMMENT ON COLUMN facts.measure IS 'applications, decisions, workload, protection_rate, or rank (a page''s top 10).';
COMMENT ON COLUMN facts.type IS 'The type of figure (first, subsequent, refugee_status, ...); see asylq help types.';
COMMENT ON COLUMN facts.unit IS 'persons, dossiers, files (applications up to 2015), or rank.';
COMMENT ON COLUMN facts.country IS 'The report''s Dutch name of the country of origin; NULL for a national figure; other for the report''s rest line.';
COMMENT ON COLUMN facts.period_start IS 'The first month the figure covers (its first day).';
COMMENT ON COLUMN facts.period_end IS 'The last month the figure covers (its first day): a year to date spans several months; never add a span to the months inside it.';
COMMENT ON COLUMN facts.value IS 'The figure as printed; a published protection rate in tenths of a percent.';
COMMENT ON COLUMN facts.source_table IS 'The table of the report, or page nl|fr|en, or overview nl|fr|en; derived: ... where asylq computed the figure, with how.';
COMMENT ON COLUMN facts.source_line IS 'The line of the source text the figure was read from.';
COMMENT ON COLUMN facts.derived IS 'Computed by asylq, not printed: a month by country as the difference of two year-to-date figures, or a part of a total the source states with its other part (an overview''s registered applicants, its total less the resettled); source_table says how.';
COMMENT ON COLUMN facts.origin IS 'report, yearly (an overview) or page.';
COMMENT ON COLUMN current_facts.forced IS 'From a report stored with --force, whose totals do not add up.';
COMMENT ON COLUMN reports.digest IS 'A 64-bit FNV-1a digest of the source text, in hex, as asylq sources shows it: two loads of one text are one source.';
";

/// Whether the store itself (not a store it attaches) has a table or view
/// `name`: `BASE TABLE` or `VIEW`.
pub(super) fn table_type(conn: &Connection, name: &str) -> Result<Option<String>> {
    conn.query_row(
        "SELECT table_type FROM information_schema.tables
         WHERE table_name = ? AND table_catalog = current_database()",
        params![name],
        |r| r.get(0),
    )
    .optional()
    .map_err(|e| db_error(Message::new("doing-reading-the-store"), e))
}
