//! `show`: the loaded reports, the revisions a newer report made, the
//! conflicts between pages and reports, and each month's top 10 (with the
//! periods and countries a filter keeps), as SQL over the store.

use super::{translate_countries, Note, NoteKind, Output, Session};
use crate::answer::{Answer, Cell};
use crate::check::{self, Kind, Measure, DIMENSION_NAMES, MEASURE_NAMES, RANKED};
use crate::error::{Diagnostic, Result};
use crate::msg;
use crate::sql;

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

/// The measures as a table: name, kind (flow, stock, rate), default unit.
pub(super) fn measures() -> Answer {
    let rows = MEASURE_NAMES
        .iter()
        .filter_map(|m| Measure::find(m))
        .map(|m| {
            let kind = match m.kind() {
                Kind::Flow => "flow",
                Kind::Stock => "stock",
                Kind::Rate => "rate",
            };
            vec![text(m.name()), text(kind), text(m.default_unit())]
        })
        .collect();
    let mut a = Answer::table(vec!["measure".into(), "kind".into(), "unit".into()], rows);
    a.title = "show measures".into();
    a
}

/// The dimensions as a table of one column.
pub(super) fn dimensions() -> Answer {
    let rows = DIMENSION_NAMES.iter().map(|d| vec![text(d)]).collect();
    let mut a = Answer::table(vec!["dimension".into()], rows);
    a.title = "show dimensions".into();
    a
}

/// Each measure's type words as a table: the measure, the type, and for a
/// group the types it stands for.
pub(super) fn types() -> Answer {
    let mut rows = Vec::new();
    for m in MEASURE_NAMES.iter().filter_map(|m| Measure::find(m)) {
        for t in m.type_names() {
            let parts = crate::model::vocabulary::Type::parse(t)
                .and_then(|ty| crate::model::vocabulary::parts(m, ty))
                .map(|p| p.iter().map(|x| x.as_str()).collect::<Vec<_>>().join(" + "))
                .unwrap_or_default();
            rows.push(vec![text(m.name()), text(t), text(&parts)]);
        }
    }
    let mut a = Answer::table(vec!["measure".into(), "type".into(), "parts".into()], rows);
    a.title = "show types".into();
    a
}

/// The loaded reports, each with the digest of its text (FNV-1a, 64 bits),
/// which tells two editions of one month apart and names a source to
/// `unload` and `--as-of`, and the SHA-256 of its text, which a pipeline
/// pins (`sha256sum` of a UTF-8 file gives the same).
/// `show sources` where the store holds Eurostat downloads: each one a row
/// after the reports, `month` its last period, `published` Eurostat's last
/// update (empty where the file states none), `facts` its figures,
/// `status` `eurostat` with its dataset, and the SHA-256 of the file's
/// bytes as loaded (empty for a download stored before asylq kept it).
pub(super) fn sources_with_eurostat(sha256: &str) -> String {
    let order = SOURCES_SQL.rfind(" ORDER BY").unwrap_or(SOURCES_SQL.len());
    format!(
        "SELECT * FROM ({} UNION ALL SELECT (SELECT strftime(max(f.period_end), '%Y-%m') FROM eurostat_facts f WHERE f.source = s.id), strftime({}, '%Y-%m'), s.file, s.figures, 0, 0, 'eurostat ' || s.dataset, s.digest, {sha256} FROM eurostat_sources s) ORDER BY starts_with(status, 'eurostat'), month, published, file, digest",
        &SOURCES_SQL[..order],
        crate::eurostat::EDITION
    )
}

pub(super) const SOURCES_SQL: &str = "SELECT strftime(month, '%Y-%m') AS month, strftime(published, '%Y-%m') AS published, file, facts, checks, checks - failed_checks AS checks_passed, CASE WHEN failed_checks > 0 THEN 'forced' ELSE 'checked' END AS status, digest, sha256(t.text) AS sha256 FROM reports LEFT JOIN texts t ON t.report = reports.id ORDER BY month, published, file, digest";

/// Figures that a newer report changed; `old_forced` and `new_forced` mark a
/// figure from a report stored with `--force` (its totals do not add up).
pub(super) const REVISIONS_SQL: &str = "SELECT o.measure, o.type, o.unit, o.country,
    strftime(o.period_start, '%Y-%m') || CASE WHEN o.period_end > o.period_start THEN '..' || strftime(o.period_end, '%Y-%m') ELSE '' END AS period,
    o.value AS old_value, n.value AS new_value,
    o.report_file || ', line ' || o.source_line AS old_source,
    n.report_file || ', line ' || n.source_line AS new_source,
    o.forced AS old_forced, n.forced AS new_forced,
    'BE' AS geo, 'T' AS sex, 'TOTAL' AS age
FROM all_facts o JOIN all_facts n
  ON o.measure = n.measure AND o.type = n.type AND o.unit = n.unit
 AND o.country IS NOT DISTINCT FROM n.country AND o.period_start = n.period_start
 AND o.period_end = n.period_end AND n.rank = 1 AND o.rank > 1
WHERE o.value <> n.value AND NOT (o.derived AND o.country IS NOT NULL)
  AND NOT (n.derived AND n.country IS NOT NULL)
ORDER BY o.measure, o.period_start, o.type";

/// For each month (or longer span) the store holds national figures for:
/// each measure, its unit, the types stored and the kinds of source, so that
/// the gaps and the mixed definitions show before a series is charted.
pub(super) const COVERAGE_SQL: &str = "SELECT strftime(period_start, '%Y-%m')
    || CASE WHEN period_end > period_start THEN '..' || strftime(period_end, '%Y-%m') ELSE '' END AS period,
  measure, unit, string_agg(DISTINCT type, ', ' ORDER BY type) AS types,
  string_agg(DISTINCT origin, ', ' ORDER BY origin) AS sources,
  bool_or(derived) AS derived
FROM current_facts WHERE country IS NULL
GROUP BY period_start, period_end, measure, unit
ORDER BY period_start, period_end, measure, unit";

/// `show coverage` where the store holds Eurostat downloads: also the
/// periods Eurostat gives Belgium's figures for (all citizenships, both
/// sexes, all ages), each with the datasets that give them.
pub(super) fn coverage_with_eurostat() -> String {
    let base = unordered(COVERAGE_SQL);
    format!(
        "{base}
UNION ALL
SELECT strftime(period_start, '%Y-%m')
    || CASE WHEN period_end > period_start THEN '..' || strftime(period_end, '%Y-%m') ELSE '' END,
  measure, '{persons}', string_agg(DISTINCT type, ', ' ORDER BY type),
  'eurostat ' || string_agg(DISTINCT dataset, ', ' ORDER BY dataset), false
FROM eurostat_current
WHERE geo = 'BE' AND citizen = 'TOTAL' AND sex = 'T' AND age = 'TOTAL' AND value IS NOT NULL
GROUP BY period_start, period_end, measure
ORDER BY period, measure, unit, sources",
        persons = crate::model::Unit::Persons.as_str()
    )
}

/// The top 10 countries of origin of each month's applicants (or of a
/// year's, from an overview): the order a statistics page gives, and a
/// report's table of the month ranked by its applicants (without `other`);
/// a page's counts by country never rank beside its own order; `kept` is
/// the condition of `show top10 where …` on their periods and countries.
/// A period comes after the months inside it (a year after its December).
pub(super) fn top10_where(kept: &str) -> String {
    format!(
        "SELECT month, rank, country, source FROM (
  SELECT period_start, period_end, CASE WHEN period_start = period_end THEN strftime(period_start, '%Y-%m')
      WHEN month(period_start) = 1 AND month(period_end) = 12 AND year(period_start) = year(period_end)
        THEN strftime(period_start, '%Y')
      ELSE strftime(period_start, '%Y-%m') || '..' || strftime(period_end, '%Y-%m') END AS month,
    value AS rank, country,
    report_file || ', line ' || source_line AS source
  FROM current_facts WHERE measure = 'rank'
  UNION ALL
  SELECT period_start, period_end, strftime(period_start, '%Y-%m'),
    rank() OVER (PARTITION BY period_start ORDER BY sum(value) DESC), country,
    min(report_file) || ', ' || min(source_table)
  FROM current_facts
  WHERE measure = '{measure}' AND country IS NOT NULL AND country <> 'other'
    AND period_start = period_end AND unit = '{unit}' AND origin = '{report}'
  GROUP BY period_start, period_end, country)
WHERE {kept}
ORDER BY period_end, period_start DESC, rank, country",
        measure = RANKED.name(),
        unit = RANKED.default_unit(),
        report = crate::model::Origin::Report.as_str()
    )
}

/// Figures that a statistics page or a yearly overview gives otherwise than
/// the reports, or than another page, for the same period. A page's
/// `registered` applicants are a report's first and subsequent
/// applications; its decisions are the sum of a report's types; a year is
/// the sum of the reports' twelve months, compared only where all twelve
/// are stored.
/// `show revisions` where the store holds Eurostat downloads: also the
/// figures a newer edition of a dataset changed.
pub(super) fn revisions_with_eurostat() -> String {
    crate::eurostat::compare::with_revisions(unordered(REVISIONS_SQL))
}

/// A query without its final `ORDER BY`, to be put in a union that orders
/// its rows again.
pub(super) fn unordered(sql: &str) -> &str {
    &sql[..sql.rfind("\nORDER BY").unwrap_or(sql.len())]
}

/// `show conflicts` where the store holds Eurostat downloads: also the
/// figures of Eurostat's that match the CGVS's definitions
/// ([`crate::eurostat::compare`]).
pub(super) fn conflicts_with_eurostat() -> String {
    crate::eurostat::compare::with_eurostat(unordered(conflicts_sql()))
}

pub(super) fn conflicts_sql() -> &'static str {
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SQL.get_or_init(|| {
        format!(
            "WITH p AS (
  SELECT * FROM all_facts WHERE origin <> '{report}' AND country IS NULL AND measure NOT IN ({rates})),
r AS (
  SELECT * FROM all_facts WHERE origin = '{report}' AND NOT derived AND country IS NULL AND rank = 1),
against AS (
  SELECT p.measure, p.type, p.unit, p.period_start, p.period_end, p.value AS page_value,
    p.report_file || ', line ' || p.source_line AS page_source,
    (SELECT CASE WHEN count(DISTINCT r.period_start) = datediff('month', p.period_start, p.period_end) + 1
        THEN sum(r.value) END
     FROM r WHERE r.measure = p.measure AND r.unit = p.unit
       AND r.period_start BETWEEN p.period_start AND p.period_end AND r.period_end <= p.period_end
       AND {part_of}) AS other_value,
    (SELECT min(r.report_file) FROM r WHERE r.measure = p.measure
       AND r.period_start BETWEEN p.period_start AND p.period_end) AS other_source
  FROM p
  UNION ALL
  SELECT p.measure, p.type, p.unit, p.period_start, p.period_end, p.value,
    p.report_file || ', line ' || p.source_line, q.value, q.report_file || ', line ' || q.source_line
  FROM p JOIN p AS q ON q.measure = p.measure AND q.type = p.type AND q.unit = p.unit
    AND q.period_start = p.period_start AND q.period_end = p.period_end AND q.report > p.report)
SELECT measure, type, unit,
  CASE WHEN period_start = period_end THEN strftime(period_start, '%Y-%m')
    ELSE strftime(period_start, '%Y-%m') || '..' || strftime(period_end, '%Y-%m') END AS month,
  page_value, CAST(other_value AS BIGINT) AS other_value, page_source, other_source,
  CAST(NULL AS VARCHAR) AS country
FROM against WHERE other_value IS NOT NULL AND other_value <> page_value
ORDER BY period_start, measure, type, unit",
            report = crate::model::Origin::Report.as_str(),
            rates = crate::sql::literals(Measure::names_of(Kind::Rate)),
            part_of = crate::model::choice::part_of("r", "p")
        )
    })
}

impl Session {
    pub(super) fn show(
        &self,
        topic: &str,
        span: std::ops::Range<usize>,
        filter: Option<&crate::lang::ast::Spanned<crate::lang::ast::Expr>>,
    ) -> Result<Output> {
        let sql = match (topic, filter) {
            ("measures", None) => return Ok(Output::Answer(measures())),
            ("dimensions", None) => return Ok(Output::Answer(dimensions())),
            ("types", None) => return Ok(Output::Answer(types())),
            ("top10", Some(filter)) => top10_where(&self.ranks_filter(filter)?),
            (_, Some(filter)) => {
                return Err(
                    Diagnostic::new(msg!("check-show-where"), filter.span.clone())
                        .with_hint(msg!("hint-show-where"))
                        .into(),
                )
            }
            (topic, None) => self.show_sql(topic, span)?,
        };
        let sql = sql.as_str();

        // The embedded store makes these tables only when they are asked for.
        self.store.complete()?;
        let mut answer = self.query(sql)?;
        answer.title = format!("show {topic}");
        if matches!(topic, "top10" | "revisions") {
            translate_countries(&mut answer, self.shown_names());
        }
        if topic == "conflicts" && self.store.holds_eurostat()? {
            answer.notes.push(Note::about_all(
                NoteKind::Definition,
                crate::locale::Message::new("note-eurostat-conflicts"),
            ));
        }
        // An empty answer says what it found none of.
        let none = match topic {
            "conflicts" => Some("note-no-conflict"),
            "top10" => Some("note-no-ranking"),
            "revisions" => Some("note-no-revision"),
            _ => None,
        };
        if let Some(id) = none.filter(|_| answer.rows.is_empty()) {
            answer.notes.push(Note::about_all(
                NoteKind::Empty,
                crate::locale::Message::new(id),
            ));
        }
        Ok(Output::Answer(answer))
    }

    /// The SQL of a topic of `show` without a filter.
    fn show_sql(&self, topic: &str, span: std::ops::Range<usize>) -> Result<String> {
        Ok(match topic {
            "countries" => "SELECT c.name AS country, c.name_en AS english, c.name_fr AS french, c.iso2, c.iso3, count(f.value) AS facts FROM countries c LEFT JOIN facts f ON f.country = c.name GROUP BY ALL ORDER BY facts DESC, country".to_string(),
            "sources" if self.store.holds_eurostat()? => {
                sources_with_eurostat(self.store.eurostat_sha256()?)
            }
            "sources" => SOURCES_SQL.to_string(),
            "revisions" => {
                let sql = match self.store.holds_eurostat()? {
                    true => revisions_with_eurostat(),
                    false => REVISIONS_SQL.to_string(),
                };
                match self.store.holds_replaced()? {
                    true => crate::store::with_replaced(unordered(&sql)),
                    false => sql,
                }
            }
            "conflicts" if self.store.holds_eurostat()? => conflicts_with_eurostat(),
            "conflicts" => conflicts_sql().to_string(),
            "top10" => top10_where("TRUE"),
            "coverage" if self.store.holds_eurostat()? => coverage_with_eurostat(),
            "coverage" => COVERAGE_SQL.to_string(),
            other => {
                return Err(Diagnostic::new(msg!("check-cannot-show", topic = other), span)
                    .with_hint(msg!("hint-show"))
                    .into())
            }
        })
    }

    /// The SQL condition of `show top10 where FILTER`: the filter checked
    /// as a query's, on periods and countries only.
    fn ranks_filter(
        &self,
        filter: &crate::lang::ast::Spanned<crate::lang::ast::Expr>,
    ) -> Result<String> {
        let query = crate::lang::ast::Query {
            measure: crate::lang::ast::Spanned {
                node: crate::check::RANKED.name().to_string(),
                span: filter.span.clone(),
            },
            own_filter: None,
            combine: None,
            other_filter: None,
            filter: Some(filter.node.clone()),
            by: Vec::new(),
            modifiers: Vec::new(),
        };
        let checked = check::check(&query, &self.cx)?;
        let other = ["type", "geo", "sex", "age"]
            .into_iter()
            .find(|c| checked.filter.names(c));
        if let Some(column) = other {
            return Err(
                Diagnostic::new(msg!("check-show-where-ranks"), filter.span.clone())
                    .with_label(msg!("check-show-where-column", column = column))
                    .with_hint(msg!("hint-show-where"))
                    .into(),
            );
        }
        Ok(sql::ranks_condition(&checked.filter))
    }
}
