//! Which of Eurostat's figures match the CGVS's definitions, so that
//! `show conflicts` sets them against each other: Belgium's applicants
//! (registered, first and subsequent, persons without resettlement) by
//! month. Pending persons and the workload, first-instance decisions and
//! the CGVS's decisions, the recognition rate and the protection rate are
//! defined otherwise and are never set against each other. Also what
//! `show revisions` sets against each other: a figure of an older edition
//! of a dataset against the newest one's.

use crate::model::vocabulary::{Measure, Type, Unit};

/// `show conflicts` (`base`, its rows without their order) where the store
/// holds Eurostat downloads: also Eurostat's Belgian applicants (every sex
/// and age; every citizenship, and each citizenship the CGVS gives by
/// country) against the CGVS's of the same month, type (`registered`,
/// `first`, `subsequent`: persons without resettlement on both sides) and
/// country, where they differ by more than Eurostat's rounding to 5.
/// Eurostat's figure is in `page_value`, the CGVS's in `other_value`; the
/// citizenship in `country`, empty for all of them.
pub fn with_eurostat(base: &str) -> String {
    let registered = Type::Registered.as_str();
    let parts = format!(
        "'{}', '{}'",
        Type::First.as_str(),
        Type::Subsequent.as_str()
    );
    let applications = Measure::Applications.stored();
    format!(
        "SELECT * FROM ({base}) UNION ALL
SELECT e.measure, e.type, c.unit, strftime(e.period_start, '%Y-%m'), e.value, c.value,
  'Eurostat ' || e.dataset || ', ' || e.file || ', line ' || e.line, c.files, c.country
FROM eurostat_current e JOIN (
  SELECT f.period_start, t.type, f.unit, f.country, CAST(sum(f.value) AS BIGINT) AS value,
    string_agg(DISTINCT f.report_file, ', ' ORDER BY f.report_file) AS files
  FROM current_facts f, (SELECT unnest(['{registered}', {parts}]) AS type) AS t
  WHERE f.measure = '{applications}' AND f.unit = '{persons}'
    AND f.period_start = f.period_end
    AND (f.type = t.type OR (t.type = '{registered}' AND f.type IN ({parts})))
  GROUP BY ALL) AS c ON c.period_start = e.period_start AND c.type = e.type
    AND c.country IS NOT DISTINCT FROM nullif(e.citizen, 'TOTAL')
WHERE e.measure = '{applications}' AND e.geo = 'BE' AND e.sex = 'T'
  AND e.age = 'TOTAL' AND e.period_start = e.period_end AND abs(e.value - c.value) > 2
ORDER BY month, measure, type, unit, country NULLS FIRST",
        persons = Unit::Persons.as_str(),
    )
}

/// `show revisions` (`base`, its rows without their order) where the store
/// holds Eurostat downloads: also each figure an older edition of a
/// dataset gives otherwise than the newest ([`crate::model::choice::download_order`]), with
/// its reporting country, sex and age.
pub fn with_revisions(base: &str) -> String {
    let newest = crate::model::choice::download_order("s");
    format!(
        "WITH e AS (
  SELECT f.*, s.file, row_number() OVER (
      PARTITION BY f.measure, f.type, f.geo, f.citizen, f.sex, f.age, f.period_start, f.period_end
      ORDER BY {newest}) AS rank
  FROM eurostat_facts f JOIN eurostat_sources s ON s.id = f.source)
SELECT * FROM ({base}) UNION ALL
SELECT o.measure, o.type, '{persons}', o.citizen,
  strftime(o.period_start, '%Y-%m') || CASE WHEN o.period_end > o.period_start THEN '..' || strftime(o.period_end, '%Y-%m') ELSE '' END,
  o.value, n.value, o.file || ', line ' || o.line, n.file || ', line ' || n.line, false, false,
  o.geo, o.sex, o.age
FROM e o JOIN e n ON o.measure = n.measure AND o.type = n.type AND o.geo = n.geo
  AND o.citizen = n.citizen AND o.sex = n.sex AND o.age = n.age
  AND o.period_start = n.period_start AND o.period_end = n.period_end AND n.rank = 1 AND o.rank > 1
WHERE o.value IS DISTINCT FROM n.value OR o.flags <> n.flags
ORDER BY measure, period, type, geo",
        persons = Unit::Persons.as_str()
    )
}
