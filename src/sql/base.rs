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
    let filter = facts_filter(q)[..3].join(" AND ");
    let from = if q.coarser.is_empty() {
        format!("current_facts\n  WHERE {filter}")
    } else {
        format!(
            "(\n  {}\n  )",
            facts_select(q, &filter).trim_start().replace('\n', "\n  ")
        )
    };
    let moved = format!(
        "  SELECT * REPLACE ({}, {})\n  FROM {from}",
        shift("period_start"),
        shift("period_end"),
    );
    let exact = match q.publisher {
        Publisher::Cgvs => "s.unit = b.unit\n    AND s.country IS NOT DISTINCT FROM b.country\n    AND s.period_start = b.period_start AND s.period_end = b.period_end",
        // The same figure of Eurostat's is also of the same reporting
        // country, sex and age.
        Publisher::Eurostat => "s.unit = b.unit\n    AND s.country IS NOT DISTINCT FROM b.country\n    AND s.geo = b.geo AND s.sex = b.sex AND s.age = b.age\n    AND s.period_start = b.period_start AND s.period_end = b.period_end",
    };
    let mut matched = format!(
        "  SELECT * FROM b\n  WHERE EXISTS (SELECT 1 FROM {source} s WHERE s.type = b.type AND {exact})"
    );
    if q.national_spans {
        matched += &format!("\n  UNION ALL\n{}", spans_against_months(q, source, exact));
    }
    format!(
        "b AS (\n{moved}\n),\nbm AS (\n{matched}\n),\np AS (\n{}\n),\n",
        summed(q, "bm")
    )
}

/// National base figures that meet the rows' figures over other spans: the
/// months inside a span the rows give (a yearly overview's year) whose
/// period no base figure gives, or a base span (an overview's year) whose
/// every month the rows give and no base figure inside it is taken. A year
/// summed from its months and an overview's total are each a base for a
/// year; the rows compare them by the months they cover (`_m`).
fn spans_against_months(q: &Checked, source: &str, exact: &str) -> String {
    let same_type = if q.dims.contains(&Dim::Type) {
        " AND s.type = b.type"
    } else {
        ""
    };
    format!(
        "  SELECT * FROM b
  WHERE b.country IS NULL AND NOT EXISTS (SELECT 1 FROM {source} s WHERE s.type = b.type AND {exact})
    AND (EXISTS (SELECT 1 FROM {source} s
        WHERE s.country IS NULL AND s.unit = b.unit AND s.period_start < s.period_end{same_type}
          AND b.period_start >= s.period_start AND b.period_end <= s.period_end
          AND NOT EXISTS (SELECT 1 FROM b x WHERE x.country IS NULL AND x.unit = s.unit
            AND x.period_start = s.period_start AND x.period_end = s.period_end))
      OR (b.period_start < b.period_end
        AND NOT EXISTS (SELECT 1 FROM {source} s WHERE s.country IS NULL AND s.unit = b.unit
          AND s.period_start = b.period_start AND s.period_end = b.period_end)
        AND NOT EXISTS (SELECT 1 FROM b x WHERE x.country IS NULL AND x.unit = b.unit
          AND x.period_start >= b.period_start AND x.period_end <= b.period_end
          AND (x.period_start > b.period_start OR x.period_end < b.period_end))
        AND (SELECT count(DISTINCT s.period_start) FROM {source} s WHERE s.country IS NULL
          AND s.unit = b.unit AND s.period_start = s.period_end{same_type}
          AND s.period_start BETWEEN b.period_start AND b.period_end)
          = datediff('month', b.period_start, b.period_end) + 1))"
    )
}
