//! The store's tables and the SQL that keeps them: the table queries read,
//! the history of every report's figures, the schema version, the ranking
//! that picks each fact's current figure, and the months derived between two
//! year-to-date figures.

use crate::model::vocabulary::{stored_types, STORED_GROUPS};
use crate::model::Origin;

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
/// figures that two sources give for the same fact by one ordered rule: a
/// checked figure over one stored with `--force`; a printed figure over a
/// derived one; a report over a yearly overview over a monthly page; then
/// the newer source, in the order of [`newer`] (the digest last, so that of
/// the language versions of one page the one `newer` keeps is also the one
/// ranked first). Never the order of loading.
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
            ORDER BY r.failed_checks > 0, f.derived, {origin},
                r.published DESC, r.month DESC, r.digest DESC) AS rank
    FROM facts f JOIN reports r ON f.report = r.id;
",
        origin = Origin::precedence_sql("f.origin")
    )
}

/// SQL that is true where the source of `n` is newer than that of `a`: it
/// was published later; of two published in the same month, it covers a
/// later month; of two of the same month (the language versions of one
/// page), the one whose text has the greater digest, so that the answer is
/// the same whatever the order of loading. Two editions of one report with
/// the same publication month are refused at load unless `--replace`.
pub(super) fn newer(n: &str, a: &str) -> String {
    format!(
        "({n}.published, {n}.report_month, {n}.digest) > ({a}.published, {a}.report_month, {a}.digest)"
    )
}

/// The version of the store's schema that this asylq writes and reads. A
/// store of another version is refused; `asylq rebuild` reads its sources
/// again into a store of this one. Version 1 (no `schema_version` table)
/// kept no source texts; version 2 did not mark the current figures of a
/// report stored with `--force`; version 3 ranked two editions of a month
/// by the order they were loaded in, not by their publication; version 4
/// stored the figures a reader computes from printed ones (an overview's
/// registered applicants) as printed, and an overview's table as a page's.
pub const SCHEMA_VERSION: i64 = 5;

pub(super) const VERSION: &str = "
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
";

/// `current_facts` is a table, not a view over `all_facts`, so that queries
/// do not rank every fact again; each load rebuilds it. A table by country is
/// taken whole from the newest report that gives it: a country that an older
/// report listed and the newer one does not is in the newer `other` row, and
/// keeping it would count it twice. A source of higher precedence
/// ([`Origin::BY_PRECEDENCE`]) wins for a whole month and measure: a page's
/// figure is not current where a report gives the measure for that month (its
/// published protection rate not where a report gives the decisions).
pub(super) fn refresh() -> String {
    format!(
        "
DELETE FROM current_facts;
INSERT INTO current_facts SELECT * EXCLUDE (rank, published, digest) FROM all_facts a
WHERE rank = 1
  AND NOT EXISTS (
    SELECT 1 FROM all_facts r
    WHERE {r} < {a} AND NOT r.derived AND r.country IS NULL
      AND r.period_start = a.period_start AND r.period_end = a.period_end
      AND ((r.measure = a.measure AND r.unit = a.unit)
        OR (a.measure = 'protection_rate' AND r.measure = 'decisions')))
  AND (a.country IS NULL OR a.derived OR NOT EXISTS (
    SELECT 1 FROM all_facts n
    WHERE n.country IS NOT NULL AND NOT n.derived AND n.measure = a.measure
      AND n.unit = a.unit AND n.period_start = a.period_start AND n.period_end = a.period_end
      AND {newer}))
  AND NOT ({parts})
  AND NOT ({covered});
",
        covered = span_covered_by_finer("a"),
        newer = newer("n", "a"),
        r = Origin::precedence_sql("r.origin"),
        a = Origin::precedence_sql("a.origin"),
        parts = group_with_parts("a")
    )
}

/// Whether a national figure over a span of months (a yearly overview's
/// year) has every month of its span given by sources of higher precedence
/// (a report's twelve months, or its year to date at December), none from a
/// report stored with `--force`: then those answer, with their detail by
/// type, and the span's figure is not current.
/// `show conflicts` lists where the two disagree.
fn span_covered_by_finer(a: &str) -> String {
    let index = |d: &str| format!("(date_part('year', {d}) * 12 + date_part('month', {d}))");
    format!(
        "{a}.country IS NULL AND {a}.period_start < {a}.period_end
  AND (SELECT count(DISTINCT i) FROM (
      SELECT unnest(range({rs}, {re} + 1)) AS i FROM all_facts r
      WHERE {r} < {ap} AND NOT r.derived AND NOT r.forced AND r.country IS NULL
        AND ((r.measure = {a}.measure AND r.unit = {a}.unit)
          OR ({a}.measure = 'protection_rate' AND r.measure = 'decisions'))
        AND r.period_start >= {a}.period_start AND r.period_end <= {a}.period_end))
    = datediff('month', {a}.period_start, {a}.period_end) + 1",
        rs = index("r.period_start"),
        re = index("r.period_end"),
        r = Origin::precedence_sql("r.origin"),
        ap = Origin::precedence_sql(&format!("{a}.origin")),
    )
}

/// Whether a figure of a group of types that sources also store as a type
/// (a page's `registered` applicants) meets figures of its parts for the
/// same months (another language version of the page, or a report, giving
/// first and subsequent): then the parts count, and the group is not added
/// to them. Generated from the type tree.
fn group_with_parts(a: &str) -> String {
    let conds: Vec<String> = STORED_GROUPS
        .iter()
        .map(|(measure, group)| {
            let parts: Vec<String> = stored_types(*measure, group.as_str())
                .into_iter()
                .filter(|t| *t != group.as_str())
                .map(|t| format!("'{t}'"))
                .collect();
            format!(
                "({a}.measure = '{m}' AND {a}.type = '{g}' AND EXISTS (
    SELECT 1 FROM all_facts p WHERE p.rank = 1 AND NOT p.derived AND p.measure = {a}.measure
      AND p.unit = {a}.unit AND p.country IS NOT DISTINCT FROM {a}.country
      AND p.period_start = {a}.period_start AND p.period_end = {a}.period_end
      AND p.type IN ({parts})))",
                m = measure.stored(),
                g = group.as_str(),
                parts = parts.join(", ")
            )
        })
        .collect();
    conds.join("\n  OR ")
}

/// SQL true for a month the store derived by country between two
/// year-to-date figures, as opposed to a figure a reader computed, which
/// stays with its source.
pub(super) const DERIVED_MONTH: &str = "(derived AND country IS NOT NULL)";

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
        newer = newer("s", "o")
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
