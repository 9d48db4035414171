//! The base that `change` compares each row with: the figures `step` months
//! earlier, like for like. Its own module because matching a year of months
//! with an overview's year is a rule of its own.

use super::*;

/// The base of `change`: the facts `step` months before the facts of the
/// rows, moved forward by `step` (so that a base row has the key of the row it
/// is compared with), taken from all stored facts whatever the filter shows.
/// Only facts whose moved span, type, unit and country equal those of a fact
/// of the rows count: the two periods cover the same months (like for like),
/// and `_n` tells whether every one of them was found.
pub(super) fn base_ctes(q: &Checked, source: &str, step: i32) -> String {
    let shift = |col: &str| format!("CAST({col} + INTERVAL {step} MONTH AS DATE) AS {col}");
    let filter = base_filter(q);
    let from = if q.coarser.is_empty() {
        format!("current_facts\n  WHERE {filter}")
    } else {
        format!(
            "(\n  {}\n  )",
            facts_select(q, &filter).trim_start().replace('\n', "\n  ")
        )
    };
    // The base carries no rest of a span: its months are its own.
    let free = if rest_months(q) {
        ", CAST(NULL AS DATE[]) AS _free"
    } else {
        ""
    };
    let moved = format!(
        "  SELECT * REPLACE ({}, {}){free}\n  FROM {from}",
        shift("period_start"),
        shift("period_end"),
    );
    let exact = if q.publisher.by_reporting_country() {
        // The same figure is also of the same reporting country, sex and
        // age.
        "s.unit = b.unit\n    AND s.country IS NOT DISTINCT FROM b.country\n    AND s.geo = b.geo AND s.sex = b.sex AND s.age = b.age\n    AND s.period_start = b.period_start AND s.period_end = b.period_end"
    } else {
        "s.unit = b.unit\n    AND s.country IS NOT DISTINCT FROM b.country\n    AND s.period_start = b.period_start AND s.period_end = b.period_end"
    };
    let mut same_type = format!("{} = {}", level(q, "s."), level(q, "b."));
    if q.measure.kind() == Kind::Rate {
        // A published rate stands for every decision of its period: it meets
        // the figures of the other side's period whatever their types.
        let rate = q.measure.name();
        same_type = format!("({same_type} OR s.measure = '{rate}' OR b.measure = '{rate}')");
    }
    let exact_match = format!("EXISTS (SELECT 1 FROM {source} s WHERE {same_type} AND {exact})");
    if !q.national_spans {
        return format!(
            "b AS (\n{moved}\n),\nbm AS (\n  SELECT * FROM b\n  WHERE {exact_match}\n),\np AS (\n{}\n),\n",
            summed(q, "bm")
        );
    }
    // Rows shorter than a year never meet a base year as a whole: their
    // base is the months.
    if cuts_years(q) {
        return format!(
            "b AS (\n{moved}\n),\nbm AS (\n  SELECT * FROM b\n  WHERE {exact_match}\n  UNION ALL\n{}\n),\np AS (\n{}\n),\n",
            inside_spans(q, source, &exact_match),
            summed(q, "bm")
        );
    }
    format!(
        "b AS (\n{moved}\n),\nbs AS (\n{}\n),\nbm AS (\n  SELECT * FROM b\n  WHERE {exact_match}\n    AND NOT EXISTS (SELECT 1 FROM bs WHERE bs.unit = b.unit AND b.country IS NULL\n      AND b.period_start >= bs.period_start AND b.period_end <= bs.period_end)\n  UNION ALL\n{}\n  UNION ALL\n  SELECT * FROM bs\n),\np AS (\n{}\n),\n",
        whole_spans(q, source, &exact_match),
        inside_spans(q, source, &exact_match),
        summed(q, "bm")
    )
}

/// The facts a base is taken from: the query's measure, unit, country and
/// types, over any period.
fn base_filter(q: &Checked) -> String {
    let all = facts_filter(q);
    let mut conds = all[..3].to_vec();
    if q.types.is_some() {
        conds.push(all[3].clone());
    }
    let types = q.filter.on("type");
    if types != Cond::True {
        conds.push(condition(&types, q.measure));
    }
    conds.join(" AND ")
}

/// The periods of the store's national figures of the query's measure,
/// unit and types, of any source and level, whatever the filter shows, each
/// with its types: from these the session tells a base of `change` of
/// another definition from one the store does not hold.
pub fn stored_periods(q: &Checked) -> Sql {
    Sql {
        text: format!(
            "SELECT strftime(period_start, '%Y-%m') AS first, strftime(period_end, '%Y-%m') AS last,\n  string_agg(DISTINCT type, ',' ORDER BY type) AS types\nFROM current_facts\nWHERE {}\nGROUP BY period_start, period_end ORDER BY period_start, period_end",
            base_filter(q)
        ),
    }
}

/// A fact's type at the level that pages and reports both give, where the
/// rows are not by type: a report's first and subsequent applications are
/// the registered ones a page states, a report's decisions by outcome the
/// total a page states; so that a month of pages and a month of a report
/// meet, like for like, as long as both hold the same groups (registered
/// and resettled, or registered alone). `at` names the fact (`s.`).
pub(super) fn level(q: &Checked, at: &str) -> String {
    // A filter on types picks figures of its own types: no level is shared.
    let picks_types = q.types.is_some() || q.filter.without_types() != q.filter;
    if q.dims.contains(&Dim::Type) || picks_types || !q.publisher.several_kinds_of_source() {
        return format!("{at}type");
    }
    let cases: Vec<String> = crate::model::vocabulary::page_groups(q.measure)
        .into_iter()
        .map(|(group, parts)| format!("WHEN {at}type IN ({}) THEN '{group}'", literals(parts)))
        .collect();
    if cases.is_empty() {
        return format!("{at}type");
    }
    format!("CASE {} ELSE {at}type END", cases.join(" "))
}

/// National base spans (a yearly overview's year) whose every month the
/// rows give at the span's level, where no row has the same span: a year
/// of months is compared with the year's stated total, and the months of
/// that year a page gives on their own are not taken beside it.
fn whole_spans(q: &Checked, source: &str, exact_match: &str) -> String {
    let same_type = same_level(q);
    format!(
        "  SELECT * FROM b
  WHERE b.country IS NULL AND b.period_start < b.period_end AND NOT {exact_match}
    AND NOT EXISTS (SELECT 1 FROM {source} s WHERE s.country IS NULL AND s.unit = b.unit
      AND s.period_start = b.period_start AND s.period_end = b.period_end)
    AND (SELECT count(DISTINCT s.period_start) FROM {source} s WHERE s.country IS NULL
      AND s.unit = b.unit AND s.period_start = s.period_end{same_type}
      AND s.period_start BETWEEN b.period_start AND b.period_end)
      = datediff('month', b.period_start, b.period_end) + 1"
    )
}

/// National base months inside a span the rows give (a yearly overview's
/// year) at that span's level, where no base figure gives that span: the
/// months of a year are compared with the year's stated total.
fn inside_spans(q: &Checked, source: &str, exact_match: &str) -> String {
    let same_type = same_level(q);
    format!(
        "  SELECT * FROM b
  WHERE b.country IS NULL AND NOT {exact_match}
    AND EXISTS (SELECT 1 FROM {source} s
      WHERE s.country IS NULL AND s.unit = b.unit AND s.period_start < s.period_end{same_type}
        AND b.period_start >= s.period_start AND b.period_end <= s.period_end
        AND NOT EXISTS (SELECT 1 FROM b x WHERE x.country IS NULL AND x.unit = s.unit
          AND x.period_start = s.period_start AND x.period_end = s.period_end))"
    )
}

/// A base figure meets only a row's figure of its own level (its own type
/// where the rows are by type): a year of registered applicants is set
/// against the registered of the months, never against their resettled.
fn same_level(q: &Checked) -> String {
    format!(" AND {} = {}", level(q, "s."), level(q, "b."))
}
