//! The stage that keeps the facts that answer without overlap: a stock at
//! its period's end (by type, all of one month), a year to date by country
//! beside the months after it, and a yearly overview's year beside the
//! months a finer source gives (the rest of the year as one derived row that
//! names the months it stands for).

use super::*;

/// The stage that keeps the facts that answer without overlap, if the query
/// needs one: the workload, and the by-country tables.
pub(super) fn chosen_cte(q: &Checked) -> Option<String> {
    if q.publisher.gives_each_period_once() && q.measure.kind() != Kind::Stock {
        // Each period once: no year to date beside months.
        return None;
    }
    if q.measure.kind() == Kind::Stock {
        // `by source` splits the answer's figures, never picks other ones.
        let mut partition: Vec<&str> = q
            .dims
            .iter()
            .filter(|d| **d != Dim::Source)
            .map(|d| group_expr(*d))
            .collect();
        if let Some((_, per)) = q.plan.summary {
            partition.push(per_group(per));
        }
        if q.dims.contains(&Dim::Type) && !q.publisher.gives_each_period_once() {
            return Some(stock_by_type(&partition));
        }
        let over = if partition.is_empty() {
            String::new()
        } else {
            format!("PARTITION BY {}", partition.join(", "))
        };
        return Some(format!(
            "  SELECT * FROM f\n  QUALIFY period_end = max(period_end) OVER ({over})"
        ));
    }
    if !q.by_country_tables {
        return national_spans(q);
    }
    if q.dims.contains(&Dim::Month) || q.dims.contains(&Dim::MonthOfYear) {
        return Some(country_months());
    }
    Some(span_over_months(q))
}

/// A stock by type: the total and its parts all of one month, the last
/// month that gives the most of them (never a later total beside earlier
/// parts). `partition` groups the other dimensions, `type` among them.
fn stock_by_type(partition: &[&str]) -> String {
    let others: Vec<&str> = partition.iter().copied().filter(|p| *p != "type").collect();
    let with_month: Vec<&str> = others.iter().copied().chain(["period_end"]).collect();
    let over = |cols: &[&str]| {
        if cols.is_empty() {
            String::new()
        } else {
            format!("PARTITION BY {}", cols.join(", "))
        }
    };
    format!(
        "  WITH n AS (SELECT *, count(DISTINCT type) OVER ({}) AS _types FROM f)
  SELECT * EXCLUDE (_types) FROM n
  QUALIFY period_end = arg_max(period_end, _types * 100000 + date_part('year', period_end) * 12 + date_part('month', period_end)) OVER ({})",
        over(&with_month),
        over(&others)
    )
}

/// National flows where the store holds figures for spans of months (a
/// yearly overview's year): by month or quarter, filtered by months, or
/// summed up per month, every month and the rest of the span as one derived
/// row over the months no figure covers; otherwise the span's figure over
/// the sum of its months.
fn national_spans(q: &Checked) -> Option<String> {
    if !q.national_spans {
        return None;
    }
    if splits_spans(q) {
        return Some(national_months(q));
    }
    Some(span_over_months(q))
}

/// Where an answer takes a yearly overview's year whole, the months inside
/// it are not in the answer: the condition that a fact `at` is no such
/// month (empty where the answer splits spans or holds none).
pub(super) fn not_under_whole_spans(q: &Checked, at: &str) -> String {
    under_whole_span(q, at).map_or(String::new(), |c| format!("\n  AND NOT {c}"))
}

/// The condition that a fact `at` is a month inside a yearly overview's
/// year that the answer takes whole; `None` where it takes none whole.
pub(super) fn under_whole_span(q: &Checked, at: &str) -> Option<String> {
    if !q.national_spans || splits_spans(q) || q.by_country_tables {
        return None;
    }
    Some(format!(
        "EXISTS (SELECT 1 FROM current_facts y WHERE y.measure = {at}.measure AND y.unit = {at}.unit\n    AND y.country IS NULL AND y.period_start < y.period_end\n    AND {at}.period_start = {at}.period_end AND {at}.period_start BETWEEN y.period_start AND y.period_end)"
    ))
}

/// Whether national spans are split into the months shown and the rest
/// (which then carries the months it stands for, `_free`).
pub(super) fn splits_spans(q: &Checked) -> bool {
    let per_month = matches!(q.plan.summary, Some((_, Per::Month)));
    !q.publisher.gives_each_period_once()
        && q.national_spans
        && !q.by_country_tables
        && q.measure.kind() != Kind::Stock
        && (cuts_years(q) || names_months(&q.filter) || per_month)
}

/// Whether the rows are periods shorter than a year (months, quarters,
/// half-years, months of the year), which cut into a year's span.
pub(super) fn cuts_years(q: &Checked) -> bool {
    let cut = [Dim::Month, Dim::Quarter, Dim::Half, Dim::MonthOfYear];
    cut.iter().any(|d| q.dims.contains(d))
}

/// Whether a filter names months or quarters, which can cut into a span.
pub(super) fn names_months(c: &Cond) -> bool {
    match c {
        Cond::Month(..) | Cond::Last { years: false, .. } => true,
        Cond::And(a, b) | Cond::Or(a, b) => names_months(a) || names_months(b),
        _ => false,
    }
}

/// The months of a national span (`y`) less the months shown (`s`), matched
/// by the type tree: a year's `registered` stands for first and subsequent.
/// The split reads every fact of the measure; the query's periods filter the
/// months it gives, so that `month = 2023-12` finds a derived December.
fn national_months(q: &Checked) -> String {
    let mut base = facts_filter(q);
    let when = if q.filter == Cond::True {
        "TRUE".to_string()
    } else {
        base.pop().unwrap_or_default()
    };
    // A span's group (a year's `registered`) stands for itself and its parts.
    let parts = group_cases(|m, group, parts| {
        format!(
            "WHEN y.measure = '{m}' AND y.type = '{group}' THEN [{}]",
            literals(parts.into_iter().chain([group]))
        )
    });
    // A span given as parts (an overview's first and subsequent) in a year
    // whose months give their group (a page's registered) is one span of
    // the group, so that the months can be taken off it.
    let rolled = group_cases(|m, group, parts| {
        format!(
            "WHEN y.measure = '{m}' AND y.type IN ({}) AND EXISTS (SELECT 1 FROM s
        WHERE s.measure = y.measure AND s.unit = y.unit AND s.type = '{group}'
          AND s.period_start BETWEEN y.period_start AND y.period_end) THEN '{group}'",
            literals(parts)
        )
    });
    let measure = q.measure.name();
    // The rest of a span is one row only inside one quarter or half-year.
    let one_quarter = if q.dims.contains(&Dim::Quarter) {
        " AND date_trunc('quarter', list_min(u.free)) = date_trunc('quarter', list_max(u.free))"
    } else if q.dims.contains(&Dim::Half) {
        " AND date_part('year', list_min(u.free)) = date_part('year', list_max(u.free)) AND (date_part('month', list_min(u.free)) <= 6) = (date_part('month', list_max(u.free)) <= 6)"
    } else {
        ""
    };
    format!(
        "  WITH a AS (\n{}\n  ),
  s AS (SELECT * FROM a WHERE period_start = period_end),
  g AS (SELECT y.*, CASE {rolled} ELSE y.type END AS _group FROM a y WHERE period_start < period_end),
  y AS (
    SELECT g.* EXCLUDE (_group) REPLACE (
        _group AS type, sum(g.value) OVER w AS value,
        bool_or(g.derived) OVER w OR count(*) OVER w > 1 AS derived),
      -- A group's figure is the sum of the figures printed for its types.
      CASE WHEN count(*) OVER w > 1 THEN array_to_string(list_sort(
        list(g.value || ' (line ' || g.source_line || ')') OVER w), ' + ') END AS _printed
    FROM g
    WINDOW w AS (PARTITION BY g.measure, g.unit, g.period_start, g.period_end, _group)
    QUALIFY row_number() OVER (PARTITION BY g.measure, g.unit, g.period_start, g.period_end, _group
      ORDER BY g.type) = 1
  ),
  d AS (
    SELECT y.type, y.unit, y.period_start AS ys, sum(s.value) AS sub, list(s.period_start) AS months
    FROM y JOIN s ON s.unit = y.unit AND s.period_start BETWEEN y.period_start AND y.period_end
      AND list_contains(CASE {parts} ELSE [y.type] END, s.type)
    GROUP BY ALL
  ),
  rest AS (
    SELECT y.* REPLACE (
        y.value - coalesce(d.sub, 0) AS value,
        list_min(u.free) AS period_start,
        list_max(u.free) AS period_end,
        y.derived OR d.sub IS NOT NULL AS derived,
        CASE WHEN d.sub IS NULL THEN y.source_table
          ELSE {rest_source} END AS source_table),
      u.free AS _free
    FROM y LEFT JOIN d ON d.type = y.type AND d.unit = y.unit AND d.ys = y.period_start,
    LATERAL (SELECT list_filter(list_transform(generate_series(y.period_start, y.period_end, INTERVAL 1 MONTH),
        x -> CAST(x AS DATE)), x -> NOT list_contains(coalesce(d.months, []), x)) AS free) AS u
    WHERE len(u.free) > 0{one_quarter}
      AND y.measure = '{measure}'
      AND (y.measure NOT IN ({rates}) OR NOT EXISTS (SELECT 1 FROM s
        WHERE s.period_start BETWEEN y.period_start AND y.period_end))
  )
  SELECT * FROM (SELECT * FROM s UNION ALL BY NAME SELECT * FROM rest) WHERE {when}",
        facts_select(q, &base.join(" AND ")),
        rest_source = rest_source(
            "d.sub",
            SHOWN,
            &format!("coalesce(y._printed, {PRINTED})")
        ),
        rates = literals(&Measure::names_of(Kind::Rate)),
        rolled = rolled,
    )
}

/// The words that end the derivation of a rest of a span (its figure less
/// the months shown): the mark by which a row knows it holds such a rest.
pub(super) const SHOWN: &str = "of the months shown";

/// A span's printed figure with its line.
const PRINTED: &str = "y.value || ' (line ' || y.source_line || ')'";

/// How a row that is the rest of a span's figure says it is derived: the
/// span's figure (its line, or how it was itself derived) less the months
/// shown.
fn rest_source(sub: &str, shown: &str, printed: &str) -> String {
    let how = "derived: ".len() + 1;
    format!(
        "'derived: ' || CASE WHEN starts_with(y.source_table, 'derived: ') THEN substr(y.source_table, {how}) || ' = ' || y.value || ','
            ELSE y.source_table || ' ' || {printed} END
            || ' less ' || {sub} || ' {shown}'"
    )
}

/// Each year's newest figure for a span of months (a year to date by
/// country, a yearly overview's year), and the months after it; never the
/// months inside it. Spans and months meet per unit, except for the
/// protection rate, where a year's published rate stands for every figure
/// of the year's decisions.
fn span_over_months(q: &Checked) -> String {
    let rate = q.measure.kind() == Kind::Rate;
    let unit = if rate { "" } else { ", unit" };
    let spans = if rate {
        format!(
            "period_start < period_end AND (measure = '{}' OR country IS NOT NULL)",
            q.measure.name()
        )
    } else {
        "period_start < period_end".to_string()
    };
    let on_unit = if unit.is_empty() {
        ""
    } else {
        " AND f.unit = g.unit"
    };
    format!(
        "  SELECT f.* FROM f JOIN (\n    SELECT {YEAR} AS y{unit},\n      max(period_end) FILTER (WHERE {spans}) AS ytd_end\n    FROM f GROUP BY ALL) AS g ON date_part('year', f.period_start) = g.y{on_unit}\n  WHERE CASE WHEN f.period_start < f.period_end THEN f.period_end IS NOT DISTINCT FROM g.ytd_end\n    ELSE g.ytd_end IS NULL OR f.period_start > g.ytd_end END"
    )
}

/// The by-country facts split into months without overlap. In a year with a
/// year-to-date table (`y`, the newest), a listed country shows the months
/// it has on their own at the end of that span (`tail`: its printed or
/// derived months back from the table's last month), and one row for the
/// rest of the span: the year to date less those months (derived where
/// anything was taken off). A country listed only in a month's top 10 shows
/// that month, and `other` (the year to date's rest line) gives up those
/// figures where the filter shows them, so that every person is counted once
/// and the rows add up to the printed year to date (`other` alone is its
/// printed figure). A year without a year-to-date table keeps its
/// months as printed, `other` included.
fn country_months() -> String {
    let in_span = "s.period_start BETWEEN y.period_start AND y.period_end";
    let same = "y.type = s.type AND y.unit = s.unit";
    format!(
        "  WITH y AS (
    SELECT * FROM f WHERE period_start < period_end
    QUALIFY period_end = max(period_end) OVER (PARTITION BY date_part('year', period_start))
  ),
  s AS (
    SELECT s.*,
      EXISTS (SELECT 1 FROM y WHERE date_part('year', y.period_start) = date_part('year', s.period_start)) AS in_year,
      (SELECT max(y.period_end) FROM y WHERE {same} AND y.country = s.country AND {in_span}) AS y_end
    FROM f s WHERE period_start = period_end
  ),
  t AS (
    SELECT *, y_end IS NOT NULL AND country <> 'other' AND count(*) OVER (PARTITION BY type, unit, country, y_end ORDER BY period_start DESC)
      = datediff('month', period_start, y_end) + 1 AS tail
    FROM s
  ),
  d AS (
    SELECT type, unit, country, y_end, sum(value) AS sub, min(period_start) AS first
    FROM t WHERE tail GROUP BY ALL
  ),
  o AS (
    SELECT y.type, y.unit, y.period_end AS y_end, sum(s.value) AS sub
    FROM y JOIN f s ON y.country = 'other' AND s.measure = y.measure AND {same}
      AND s.country <> 'other' AND s.period_start = s.period_end AND {in_span}
      AND NOT EXISTS (SELECT 1 FROM current_facts l WHERE l.measure = y.measure AND l.type = y.type
        AND l.unit = y.unit AND l.country = s.country
        AND l.period_start = y.period_start AND l.period_end = y.period_end)
    GROUP BY ALL
  ),
  rest AS (
    SELECT y.* REPLACE (
        y.value - coalesce(d.sub, o.sub, 0) AS value,
        coalesce(CAST(d.first - INTERVAL 1 MONTH AS DATE), y.period_end) AS period_end,
        y.derived OR d.sub IS NOT NULL OR o.sub IS NOT NULL AS derived,
        CASE WHEN d.sub IS NULL AND o.sub IS NULL THEN y.source_table
          ELSE {rest_source} END AS source_table)
    FROM y
    LEFT JOIN d ON d.type = y.type AND d.unit = y.unit AND d.country = y.country AND d.y_end = y.period_end
    LEFT JOIN o ON y.country = 'other' AND o.type = y.type AND o.unit = y.unit AND o.y_end = y.period_end
    WHERE d.first IS NULL OR d.first > y.period_start
  )
  SELECT * EXCLUDE (in_year, y_end, tail) FROM t
  WHERE NOT in_year OR (country <> 'other' AND (y_end IS NULL OR tail))
  UNION ALL BY NAME
  SELECT * FROM rest",
        rest_source = rest_source(
            "coalesce(d.sub, o.sub)",
            &format!("{SHOWN} on rows of their own"),
            PRINTED
        ),
    )
}

/// Whether the rows carry the months each rest of a yearly overview's year
/// stands for (`_free` in the chosen facts, `_months_covered` in the rows):
/// by month (or month of the year) over national figures where the store
/// holds spans.
pub(super) fn rest_months(q: &Checked) -> bool {
    !q.publisher.gives_each_period_once()
        && q.national_spans
        && !q.by_country_tables
        && q.measure.kind() != Kind::Stock
        && (q.dims.contains(&Dim::Month) || q.dims.contains(&Dim::MonthOfYear))
}

/// The months a row stands for, where a rest of a span is among its facts:
/// how many, and which (`2021-01, 2021-03`).
pub(super) const REST_MONTHS: &str = "CASE WHEN count(_free) > 0 THEN len(list_distinct(flatten(list(_free) FILTER (WHERE _free IS NOT NULL)))) END AS \"_months_covered\",
    CASE WHEN count(_free) > 0 THEN array_to_string(list_transform(list_sort(list_distinct(flatten(list(_free) FILTER (WHERE _free IS NOT NULL)))), x -> strftime(x, '%Y-%m')), ', ') END AS \"_rest_months\"";

/// One `WHEN` of a `CASE` for each group of types a source stores as a type
/// of its own, made by `each` from the measure's stored name, the group and
/// its parts.
fn group_cases(each: impl Fn(&str, &str, Vec<&'static str>) -> String) -> String {
    Measure::ALL
        .into_iter()
        .flat_map(|m| {
            crate::model::vocabulary::page_groups(m)
                .into_iter()
                .map(move |(group, parts)| (m, group, parts))
        })
        .map(|(m, group, parts)| each(m.stored(), group, parts))
        .collect::<Vec<_>>()
        .join(" ")
}
