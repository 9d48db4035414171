//! The rows of an answer as SQL: the stage that keeps facts without overlap,
//! the columns and groups of each dimension, and the outer select with its
//! order and limit.

use super::*;

/// The stage that keeps the facts that answer without overlap, if the query
/// needs one: the workload, and the by-country tables.
pub(super) fn chosen_cte(q: &Checked) -> Option<String> {
    let eurostat = q.publisher == Publisher::Eurostat;
    if eurostat && q.measure.kind() != Kind::Stock {
        // Eurostat gives each period once: no year to date beside months.
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

/// National flows where the store holds figures for spans of months (a
/// yearly overview's year): by month or quarter, or filtered by months,
/// every month and the rest of the span as one derived row over the months
/// no figure covers; otherwise the span's figure over the sum of its months.
fn national_spans(q: &Checked) -> Option<String> {
    if !q.national_spans {
        return None;
    }
    let cut = [Dim::Month, Dim::Quarter, Dim::Half, Dim::MonthOfYear];
    if cut.iter().any(|d| q.dims.contains(d)) || names_months(&q.filter) {
        return Some(national_months(q));
    }
    Some(span_over_months(q))
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
    let parts = Measure::ALL
        .into_iter()
        .flat_map(|m| {
            crate::model::vocabulary::page_groups(m)
                .into_iter()
                .map(move |(group, parts)| {
                    format!(
                        "WHEN y.measure = '{}' AND y.type = '{group}' THEN [{}]",
                        m.stored(),
                        literals(parts.into_iter().chain([group]))
                    )
                })
        })
        .collect::<Vec<_>>()
        .join(" ");
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
  y AS (SELECT * FROM a WHERE period_start < period_end),
  s AS (SELECT * FROM a WHERE period_start = period_end),
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
          ELSE {rest_source} END AS source_table)
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
        rest_source = rest_source("d.sub", "of the months shown"),
        rates = literals(&Measure::names_of(Kind::Rate)),
    )
}

/// How a row that is the rest of a span's figure says it is derived: the
/// span's figure (its line, or how it was itself derived) less the months
/// shown.
fn rest_source(sub: &str, shown: &str) -> String {
    let how = "derived: ".len() + 1;
    format!(
        "'derived: ' || CASE WHEN y.derived THEN substr(y.source_table, {how}) || ' = ' || y.value || ','
            ELSE y.source_table || ' ' || y.value || ' (line ' || y.source_line || ')' END
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
        rest_source = rest_source("coalesce(d.sub, o.sub)", "of the months shown on rows of their own"),
    )
}

/// What a dimension groups by. A month is its period, start and end: a
/// by-country figure can span several months.
pub(super) fn group_expr(d: Dim) -> &'static str {
    match d {
        Dim::Month => "period_start, period_end",
        Dim::Quarter => "CAST(date_trunc('quarter', period_start) AS DATE)",
        // The first day of its half-year.
        Dim::Half => "make_date(CAST(date_part('year', period_start) AS INTEGER), CASE WHEN date_part('month', period_start) <= 6 THEN 1 ELSE 7 END, 1)",
        Dim::Year => YEAR,
        // A figure over a span of months (a year to date by country, the
        // rest of a yearly overview) is in no month of the year.
        Dim::MonthOfYear => "CASE WHEN period_start = period_end THEN CAST(date_part('month', period_start) AS INTEGER) END",
        Dim::Country => "country",
        Dim::Type => "type",
        Dim::Unit => "unit",
        Dim::Source => "report_file || ', ' || source_table || CASE WHEN derived THEN '' ELSE ', line ' || source_line END",
        Dim::Geo => "geo",
        Dim::Sex => "sex",
        Dim::Age => "age",
        Dim::Publisher => "origin",
    }
}

/// The dimensions shown as columns (`unit` always has its own column).
pub(super) fn shown_dims(q: &Checked) -> Vec<Dim> {
    q.dims.iter().copied().filter(|d| *d != Dim::Unit).collect()
}

/// The columns a dimension gives: a month as its first day, with the last
/// month of its period in `_month_end`.
pub(super) fn dim_columns(d: Dim) -> Vec<String> {
    match d {
        Dim::Month => vec![
            "period_start AS \"month\"".to_string(),
            "period_end AS \"_month_end\"".to_string(),
        ],
        other => vec![format!("{} AS \"{}\"", group_expr(other), other.name())],
    }
}

/// The columns of a summed row, in the order of the answer; the ones whose
/// names start with `_` help the session and are not shown.
pub(super) fn row_columns(q: &Checked) -> Vec<String> {
    let mut cols: Vec<String> = shown_dims(q).into_iter().flat_map(dim_columns).collect();
    if q.measure.kind() == Kind::Rate {
        let (granted, decided) = q.rate_types();
        let final_types = format!("type IN ({})", literals(&decided));
        let granted = format!("sum(value) FILTER (WHERE type IN ({}))", literals(&granted));
        let decided = format!("sum(value) FILTER (WHERE {final_types})");
        // A month that only a page covers has the rate the page published; a
        // row that needs more than that one published rate has none.
        let rate = q.measure.name();
        let published = format!("count(*) FILTER (WHERE measure = '{rate}')");
        if q.publisher == Publisher::Eurostat {
            // No rate over less than the row holds.
            cols.push(format!("CASE WHEN count(value) = count(*) THEN round(100.0 * {granted} / nullif({decided}, 0), 1) END AS \"value\""));
        } else {
            cols.push(format!(
            "CASE WHEN {published} = 0 THEN round(100.0 * {granted} / nullif({decided}, 0), 1)\n      WHEN {published} = 1 AND count(*) FILTER (WHERE {final_types}) = 0 THEN max(value) FILTER (WHERE measure = '{rate}') / 10.0 END AS \"value\""
        ));
        }
        cols.push("unit AS \"unit\"".to_string());
        cols.push(format!("CAST({granted} AS BIGINT) AS \"granted\""));
        cols.push(format!("CAST({decided} AS BIGINT) AS \"decided\""));
        cols.push(format!("{published} AS \"_published\""));
    } else if q.publisher == Publisher::Eurostat {
        cols.push(eurostat::VALUE.to_string());
        cols.push("unit AS \"unit\"".to_string());
    } else {
        cols.push("CAST(sum(value) AS BIGINT) AS \"value\"".to_string());
        cols.push("unit AS \"unit\"".to_string());
    }
    cols.push("min(period_start) AS \"_start\"".to_string());
    cols.push("max(period_end) AS \"_end\"".to_string());
    cols.push("bool_or(derived) AS \"_derived\"".to_string());
    cols.push(format!("bit_or({}) AS \"_origins\"", origins(q)));
    cols.push("bool_or(forced) AS \"_forced\"".to_string());
    cols.push(format!("{REPORTS} AS \"_reports\""));
    if can_leave_gaps(q) {
        cols.push(format!("{COVERED} AS \"_covered\""));
    }
    if let Some(key) = time_key(q) {
        cols.push(format!("{key} AS \"_key\""));
    }
    if q.publisher == Publisher::Eurostat {
        cols.extend(eurostat::row_columns().map(String::from));
    }
    if q.plan.per_capita {
        cols.push(eurostat::geo_column(q).to_string());
    }
    cols
}

/// The sources of a row's facts, as the sorted list of their report ids.
pub(super) const REPORTS: &str = "list_sort(list_distinct(list(report)))";

/// The months a row's facts cover, as month indexes joined by commas.
const COVERED: &str = "array_to_string(list_sort(list_distinct(flatten(list(range(\
date_part('year', period_start) * 12 + date_part('month', period_start) - 1, \
date_part('year', period_end) * 12 + date_part('month', period_end)))))), ',')";

/// Whether a row can cover its span with gaps: a row by month is one period
/// of facts; any other row sums the months it finds.
pub(super) fn can_leave_gaps(q: &Checked) -> bool {
    !q.dims.contains(&Dim::Month)
}

pub(super) fn row_groups(q: &Checked) -> Vec<&'static str> {
    let mut groups: Vec<&str> = shown_dims(q).iter().map(|d| group_expr(*d)).collect();
    groups.push("unit");
    groups
}

/// A number for each period, so that `cumulative` can add up in order.
pub(super) fn time_key(q: &Checked) -> Option<&'static str> {
    if !q.plan.cumulative() && q.plan.rolling().is_none() {
        None
    } else if q.dims.iter().any(|d| d.is_time()) {
        Some("date_part('year', min(period_start)) * 12 + date_part('month', min(period_start))")
    } else {
        None
    }
}

/// The shown columns of the rows, in the answer's order, without `other`
/// under `top`, ordered and cut.
pub(super) fn outer_select(q: &Checked, from: &str) -> String {
    let dims = shown_dims(q);
    let mut cols: Vec<String> = dims.iter().map(|d| format!("a.\"{}\"", d.name())).collect();
    cols.push("a.\"value\"".to_string());
    cols.push("a.\"unit\"".to_string());
    if q.measure.kind() == Kind::Rate {
        cols.extend(["a.\"granted\"", "a.\"decided\"", "a.\"_published\""].map(String::from));
    }
    if q.plan.per_capita {
        let extra = ["count", "population", "basis", "_population_flags"];
        cols.extend(extra.map(|c| format!("a.\"{c}\"")));
    }
    if q.publisher == Publisher::Eurostat {
        cols.extend(["a.\"_wider\"", "a.\"_flags\"", "a.\"_unavailable\""].map(String::from));
    }
    for step in &q.plan.steps {
        match step {
            Step::Share(_) => cols.push("a.\"share\"".to_string()),
            Step::Cumulative => cols.push("a.\"cumulative\"".to_string()),
            Step::Rolling(_) => cols.push("a.\"rolling\"".to_string()),
            Step::Change(_) if q.measure.kind() == Kind::Rate => {
                cols.push("a.\"change_pp\"".to_string())
            }
            Step::Change(_) => cols.extend(["a.\"change\"", "a.\"change_pct\""].map(String::from)),
        }
    }
    if dims.contains(&Dim::Month) {
        cols.push("a.\"_month_end\"".to_string());
    }
    cols.extend(
        [
            "a.\"_start\"",
            "a.\"_end\"",
            "a.\"_derived\"",
            "a.\"_origins\"",
            "a.\"_forced\"",
            "a.\"_reports\"",
        ]
        .map(String::from),
    );
    if can_leave_gaps(q) {
        cols.push("a.\"_covered\"".to_string());
    }
    if q.plan.change().is_some() {
        cols.extend(["a.\"_base\"", "a.\"_base_start\"", "a.\"_base_reports\""].map(String::from));
    }
    let mut kept = Vec::new();
    if excludes_other(q) {
        kept.push("a.\"country\" <> 'other'".to_string());
    }
    kept.extend(having(q, "a."));
    let filter = if kept.is_empty() {
        String::new()
    } else {
        format!("\nWHERE {}", kept.join(" AND "))
    };
    format!(
        "SELECT {}\nFROM {from}{filter}{}",
        cols.join(",\n  "),
        arrange(q, &dims, "a.")
    )
}

pub(super) fn partition(cols: &[String]) -> String {
    if cols.is_empty() {
        String::new()
    } else {
        format!("PARTITION BY {}", cols.join(", "))
    }
}

/// The order of the rows; `from` is what names their columns (`r.` in the
/// staged query, nothing in a single select).
pub(super) fn order(q: &Checked, dims: &[Dim], from: &str) -> String {
    let col = |name: &str| format!("{from}\"{name}\"");
    // Equal keys keep the natural order, so that `top` and `limit` cut ties
    // the same way every time.
    let natural = || {
        let plain = Checked {
            plan: Plan::default(),
            ..q.clone()
        };
        order(&plain, dims, from)
    };
    match &q.plan.order {
        Order::Top if top_groups(q).is_some() => {
            // The groups in their natural order, each ranked within.
            let groups = top_groups(q).unwrap_or_default().to_vec();
            let outer = Checked {
                plan: Plan::default(),
                dims: groups.clone(),
                ..q.clone()
            };
            return format!(
                "{}, {} DESC NULLS LAST, {}",
                order(&outer, &groups, from),
                col("value"),
                natural()
            );
        }
        Order::Top => {
            return format!("{} DESC NULLS LAST, {}", col("value"), natural());
        }
        Order::Sort { key, descending } => {
            let dir = if *descending { "DESC" } else { "ASC" };
            let end = if key == "month" {
                format!(", {} {dir}", col("_month_end"))
            } else {
                String::new()
            };
            return format!("{} {dir} NULLS LAST{end}, {}", col(key), natural());
        }
        Order::Natural => {}
    }
    let mut keys: Vec<String> = dims
        .iter()
        .filter(|d| d.is_time())
        .map(|d| col(d.name()))
        .collect();
    if dims.contains(&Dim::Month) {
        keys.push(col("_month_end"));
    }
    if dims.contains(&Dim::Type) {
        let list = match q.publisher {
            Publisher::Cgvs => type_list().to_string(),
            Publisher::Eurostat => literals(eurostat_types(q.measure).1),
        };
        keys.push(format!("list_position([{list}], {})", col("type")));
    }
    keys.push(col("unit"));
    if dims.contains(&Dim::Country) {
        keys.push(format!("{} = 'other'", col("country")));
    }
    keys.push(format!("{} DESC NULLS LAST", col("value")));
    keys.extend(
        dims.iter()
            .filter(|d| !d.is_time() && **d != Dim::Type)
            .map(|d| col(d.name())),
    );
    keys.join(", ")
}

/// The types in the report's order, as a list literal; built once.
pub(super) fn type_list() -> &'static str {
    static LIST: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    LIST.get_or_init(|| literals(TYPE_ORDER))
}

fn limit(q: &Checked) -> String {
    if top_groups(q).is_some() {
        return String::new();
    }
    q.plan
        .take
        .map(|n| format!("\nLIMIT {n}"))
        .unwrap_or_default()
}

/// `having`: the condition the shown rows meet, on a column of the rows
/// named through `from`.
pub(super) fn having(q: &Checked, from: &str) -> Option<String> {
    let (column, op, value) = q.plan.having.as_ref()?;
    Some(format!("{from}\"{column}\" {op} {value}"))
}

/// The end of a select: which rows `top` keeps in each group, their order
/// and how many are taken.
pub(super) fn arrange(q: &Checked, dims: &[Dim], from: &str) -> String {
    format!(
        "{}\nORDER BY {}{}",
        qualify(q, from),
        order(q, dims, from),
        limit(q)
    )
}

/// `top n` by two or more dimensions ranks the last within each combination
/// of the others (`by month, country top 2`: the 2 largest countries of
/// each month): those others.
pub(super) fn top_groups(q: &Checked) -> Option<&[Dim]> {
    let ranked_within = q.dims.len().checked_sub(1).filter(|n| *n > 0)?;
    (q.plan.order == Order::Top).then(|| &q.dims[..ranked_within])
}

/// The rows `top` keeps of each group, by their rank within it.
fn qualify(q: &Checked, from: &str) -> String {
    let (Some(groups), Some(n)) = (top_groups(q), q.plan.take) else {
        return String::new();
    };
    let mut partition: Vec<String> = groups
        .iter()
        .map(|d| format!("{from}\"{}\"", d.name()))
        .collect();
    // A month's row may stand for a span of months (a year to date by
    // country), which is a group of its own.
    if groups.contains(&Dim::Month) {
        partition.push(format!("{from}\"_month_end\""));
    }
    partition.push(format!("{from}\"unit\""));
    let plain = Checked {
        plan: Plan::default(),
        ..q.clone()
    };
    format!(
        "\nQUALIFY row_number() OVER (PARTITION BY {} ORDER BY {from}\"value\" DESC NULLS LAST, {}) <= {n}",
        partition.join(", "),
        order(&plain, &shown_dims(q), from)
    )
}
