//! The compiler: a checked query to DuckDB SQL over the fact store.
//!
//! The SQL is built in stages (common table expressions): `f` holds the facts
//! that match the filter; `chosen`, where the measure needs it, keeps the ones
//! that answer the query without overlap (a year-to-date figure or the months
//! it covers, never both; the workload at the end of each period); `r` adds
//! them up per output row; the final select adds the modifiers. A query that
//! needs neither `chosen` nor a modifier over the summed rows is one `SELECT`
//! with the same columns, filter, grouping and order.
//!
//! Values are written into the SQL as literals, not bound as parameters, so
//! that `explain` prints SQL that runs as it stands in any DuckDB client. They
//! are safe there: the checker admits only known measures, units, types and
//! years, and every text literal has its quotes doubled. (Bound parameters
//! would also make DuckDB bind and plan each query twice.) Periods come back
//! as `DATE`s and the session prints them as months, which keeps the SQL free
//! of formatting code that DuckDB would have to bind in every run.

use crate::check::{Checked, Cond, Dim, Measure, TYPE_ORDER};
use crate::lang::ast::{Arith, Modifier, Op, Per, Summary};
use crate::period::Month;

/// The year of a fact, for grouping by year. Filters on years compare dates
/// instead (`year_condition`), which DuckDB binds and runs faster.
const YEAR: &str = "date_part('year', period_start)";

/// SQL text ready to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sql {
    pub text: String,
}

/// Compiles a checked query.
pub fn compile(q: &Checked) -> Sql {
    if let Some((op, right)) = &q.combine {
        return Sql {
            text: combined_query(q, *op, right),
        };
    }
    if let Some(summary) = q.summary() {
        return Sql {
            text: summary_query(q, summary),
        };
    }
    let chosen = chosen_cte(q);
    if chosen.is_none() && !needs_stages(q) {
        return Sql {
            text: single_select(q),
        };
    }
    let facts = format!(
        "  SELECT * FROM current_facts\n  WHERE {}",
        facts_filter(q).join("\n    AND ")
    );
    let (chosen, source) = match chosen {
        Some(cte) => (format!("chosen AS (\n{cte}\n),\n"), "chosen"),
        None => (String::new(), "f"),
    };
    let rows = summed(q, source);
    let base = q
        .change_step()
        .map(|step| base_ctes(q, source, step))
        .unwrap_or_default();
    let (derived, from) = if needs_stages(q) {
        (format!(",\n{base}a AS (\n{}\n)", derived_cte(q)), "a")
    } else {
        (String::new(), "r AS a")
    };
    let outer = outer_select(q, from);
    let text = format!("WITH f AS (\n{facts}\n),\n{chosen}r AS (\n{rows}\n){derived}\n{outer}");
    Sql { text }
}

/// A summary over periods: the figure of each period (`p`), then one row
/// per value of the other dimensions. A period the data covers only in part
/// is left out (and named in `_left_out`); `average per month` is the total
/// divided by the months its figures span, so that a year-to-date figure by
/// country counts as the months it covers.
fn summary_query(q: &Checked, (kind, per): (Summary, Per)) -> String {
    let (from, chosen) = match chosen_cte(q) {
        Some(cte) => ("chosen", format!("chosen AS (\n{cte}\n),\n")),
        None => ("f", String::new()),
    };
    let dims = shown_dims(q);
    let mut keys: Vec<String> = dims.iter().flat_map(|d| dim_columns(*d)).collect();
    let mut groups: Vec<&str> = dims.iter().map(|d| group_expr(*d)).collect();
    groups.push(per_group(per));
    groups.push("unit");
    let months = match per {
        Per::Month => "CAST(datediff('month', period_start, period_end) + 1 AS BIGINT)",
        _ => "count(DISTINCT period_start)",
    };
    keys.extend([
        format!("{} AS \"_period\"", per_key(per)),
        "CAST(sum(value) AS BIGINT) AS \"value\"".to_string(),
        "unit AS \"unit\"".to_string(),
        format!("{months} AS \"_months\""),
        "min(period_start) AS \"_start\"".to_string(),
        "max(period_end) AS \"_end\"".to_string(),
        "bool_or(derived) AS \"_derived\"".to_string(),
    ]);
    let facts = facts_filter(q).join("\n    AND ");
    let inner = format!(
        "WITH f AS (\n  SELECT * FROM current_facts\n  WHERE {facts}\n),\n{chosen}p AS (\n  SELECT {}\n  FROM {from}\n  GROUP BY {}\n)",
        keys.join(",\n    "),
        groups.join(", ")
    );
    let whole = format!("\"_months\" = {}", per.months());
    let mut cols: Vec<String> = dims.iter().map(|d| format!("\"{}\"", d.name())).collect();
    cols.push(format!("{} AS \"value\"", summary_value(kind, per, &whole)));
    cols.push("\"unit\"".to_string());
    cols.push(if kind == Summary::Average && per == Per::Month {
        "sum(\"_months\") AS \"months\"".to_string()
    } else {
        format!("count(*) FILTER (WHERE {whole}) AS \"{}\"", per.plural())
    });
    let label = per_label(per);
    match kind {
        Summary::Min => cols.push(format!(
            "arg_min({label}, \"value\") FILTER (WHERE {whole}) AS \"{}\"",
            per.name()
        )),
        Summary::Max => cols.push(format!(
            "arg_max({label}, \"value\") FILTER (WHERE {whole}) AS \"{}\"",
            per.name()
        )),
        _ => {}
    }
    let kept = if kind == Summary::Average && per == Per::Month {
        "TRUE".to_string()
    } else {
        whole.clone()
    };
    cols.extend([
        format!("min(\"_start\") FILTER (WHERE {kept}) AS \"_start\""),
        format!("max(\"_end\") FILTER (WHERE {kept}) AS \"_end\""),
        "bool_or(\"_derived\") AS \"_derived\"".to_string(),
        format!("string_agg({label}, ', ' ORDER BY \"_period\") FILTER (WHERE NOT ({kept})) AS \"_left_out\""),
    ]);
    let mut outer_groups: Vec<String> = dims.iter().map(|d| format!("\"{}\"", d.name())).collect();
    outer_groups.push("\"unit\"".to_string());
    format!(
        "{inner}\nSELECT {}\nFROM p\nGROUP BY {}\nORDER BY {}{}",
        cols.join(",\n  "),
        outer_groups.join(", "),
        order(q, &dims, ""),
        limit(q)
    )
}

/// `a - b`: each operand's rows (`x`, `y`) joined on the dimensions; a row
/// has a value only where both operands cover the same months.
fn combined_query(q: &Checked, op: Arith, right: &Checked) -> String {
    let operand = |c: &Checked| {
        let plain = Checked {
            modifiers: Vec::new(),
            combine: None,
            ..c.clone()
        };
        compile(&plain).text.replace('\n', "\n  ")
    };
    let dims = shown_dims(q);
    let mut keys: Vec<String> = dims.iter().map(|d| d.name().to_string()).collect();
    if dims.contains(&Dim::Month) {
        keys.push("_month_end".to_string());
    }
    keys.push("unit".to_string());
    let same = "x.\"_start\" = y.\"_start\" AND x.\"_end\" = y.\"_end\"";
    let value = match op {
        Arith::Div => "round(x.\"value\" / nullif(y.\"value\", 0), 2)".to_string(),
        other => format!("x.\"value\" {} y.\"value\"", other.symbol()),
    };
    let mut cols: Vec<String> = dims
        .iter()
        .map(|d| format!("coalesce(x.\"{0}\", y.\"{0}\") AS \"{0}\"", d.name()))
        .collect();
    cols.push(format!("CASE WHEN {same} THEN {value} END AS \"value\""));
    cols.push("coalesce(x.\"unit\", y.\"unit\") AS \"unit\"".to_string());
    cols.push(format!("x.\"value\" AS \"{}\"", q.measure.name()));
    cols.push(format!("y.\"value\" AS \"{}\"", right.measure.name()));
    if dims.contains(&Dim::Month) {
        cols.push("coalesce(x.\"_month_end\", y.\"_month_end\") AS \"_month_end\"".to_string());
    }
    cols.extend(
        [
            "least(x.\"_start\", y.\"_start\") AS \"_start\"",
            "greatest(x.\"_end\", y.\"_end\") AS \"_end\"",
            "coalesce(x.\"_derived\", FALSE) OR coalesce(y.\"_derived\", FALSE) AS \"_derived\"",
            "x.\"_start\" AS \"_x_start\"",
            "x.\"_end\" AS \"_x_end\"",
            "y.\"_start\" AS \"_y_start\"",
            "y.\"_end\" AS \"_y_end\"",
        ]
        .map(String::from),
    );
    let on: Vec<String> = keys
        .iter()
        .map(|k| format!("x.\"{k}\" IS NOT DISTINCT FROM y.\"{k}\""))
        .collect();
    let filter = if excludes_other(q) {
        "\nWHERE \"country\" <> 'other'"
    } else {
        ""
    };
    format!(
        "WITH x AS (\n  {}\n),\ny AS (\n  {}\n),\nc AS (\n  SELECT {}\n  FROM x FULL JOIN y ON {}\n)\nSELECT * FROM c{filter}\nORDER BY {}{}",
        operand(q),
        operand(right),
        cols.join(",\n    "),
        on.join("\n    AND "),
        order(q, &dims, ""),
        limit(q)
    )
}

/// What a summary groups each period by.
fn per_group(per: Per) -> &'static str {
    match per {
        Per::Month => "period_start, period_end",
        Per::Quarter => "CAST(date_trunc('quarter', period_start) AS DATE)",
        Per::Year => "CAST(date_trunc('year', period_start) AS DATE)",
    }
}

/// The first day of a summary's period.
fn per_key(per: Per) -> &'static str {
    match per {
        Per::Month => "period_start",
        other => per_group(other),
    }
}

/// A period of a summary as text: `2023-11`, `2023-Q4`, `2023`.
fn per_label(per: Per) -> &'static str {
    match per {
        Per::Month => "strftime(\"_period\", '%Y-%m')",
        Per::Quarter => "strftime(\"_period\", '%Y') || '-Q' || date_part('quarter', \"_period\")",
        Per::Year => "strftime(\"_period\", '%Y')",
    }
}

/// The summary's figure over the whole periods.
fn summary_value(kind: Summary, per: Per, whole: &str) -> String {
    match (kind, per) {
        (Summary::Average, Per::Month) => "round(sum(\"value\") / sum(\"_months\"), 1)".to_string(),
        (Summary::Average, _) => format!("round(avg(\"value\") FILTER (WHERE {whole}), 1)"),
        (Summary::Min, _) => format!("min(\"value\") FILTER (WHERE {whole})"),
        (Summary::Max, _) => format!("max(\"value\") FILTER (WHERE {whole})"),
        (Summary::Median, _) => {
            format!("round(median(\"value\") FILTER (WHERE {whole}), 1)")
        }
    }
}

/// The rows of the answer, summed from `source`; for `change`, `_n` counts
/// the facts in each.
fn summed(q: &Checked, source: &str) -> String {
    let mut cols = row_columns(q);
    if q.change_step().is_some() {
        cols.push("count(*) AS \"_n\"".to_string());
    }
    format!(
        "  SELECT {}\n  FROM {source}\n  GROUP BY {}",
        cols.join(",\n    "),
        row_groups(q).join(", ")
    )
}

/// The base of `change`: the facts `step` months before the facts of the
/// rows, moved forward by `step` (so that a base row has the key of the row it
/// is compared with), taken from all stored facts whatever the filter shows.
/// Only facts whose moved span, type, unit and country equal those of a fact
/// of the rows count: the two periods cover the same months (like for like),
/// and `_n` tells whether every one of them was found.
fn base_ctes(q: &Checked, source: &str, step: i32) -> String {
    let shift = |col: &str| format!("CAST({col} + INTERVAL {step} MONTH AS DATE) AS {col}");
    let moved = format!(
        "  SELECT * REPLACE ({}, {})\n  FROM current_facts\n  WHERE {}",
        shift("period_start"),
        shift("period_end"),
        facts_filter(q)[..3].join(" AND ")
    );
    let matched = format!(
        "  SELECT * FROM b\n  WHERE EXISTS (SELECT 1 FROM {source} s WHERE s.type = b.type AND s.unit = b.unit\n    AND s.country IS NOT DISTINCT FROM b.country\n    AND s.period_start = b.period_start AND s.period_end = b.period_end)"
    );
    format!(
        "b AS (\n{moved}\n),\nbm AS (\n{matched}\n),\np AS (\n{}\n),\n",
        summed(q, "bm")
    )
}

/// Whether a modifier reads the rows once they are summed (a window over them,
/// or a join with their base), which needs the staged query.
fn needs_stages(q: &Checked) -> bool {
    q.modifiers.iter().any(|m| {
        matches!(
            m,
            Modifier::Share | Modifier::Cumulative | Modifier::Change { .. }
        )
    })
}

/// The rows with the modifiers' columns, computed over every row before
/// `top` leaves `other` out and before `top` or `limit` cut rows.
fn derived_cte(q: &Checked) -> String {
    let dims = shown_dims(q);
    let time: Vec<String> = dims
        .iter()
        .filter(|d| d.is_time())
        .map(|d| format!("r.\"{}\"", d.name()))
        .collect();
    let other: Vec<String> = dims
        .iter()
        .filter(|d| !d.is_time())
        .map(|d| format!("r.\"{}\"", d.name()))
        .chain(["r.\"unit\"".to_string()])
        .collect();
    let mut cols = vec!["r.*".to_string()];
    let mut join = String::new();
    for m in &q.modifiers {
        match m {
            Modifier::Share => cols.push(share(q, &time)),
            Modifier::Cumulative => cols.push(cumulative(q, &other)),
            Modifier::Change { .. } => {
                let mut on: Vec<String> = time
                    .iter()
                    .chain(&other)
                    .map(|c| format!("p.{0} IS NOT DISTINCT FROM {c}", &c[2..]))
                    .collect();
                if dims.contains(&Dim::Month) {
                    on.push("p.\"_month_end\" = r.\"_month_end\"".to_string());
                }
                join = format!("\n  LEFT JOIN p ON {}", on.join("\n    AND "));
                cols.extend(change_columns(q));
            }
            _ => {}
        }
    }
    format!("  SELECT {}\n  FROM r{join}", cols.join(",\n    "))
}

/// Each row's percent of the whole answer at its time and unit; a workload's
/// whole is the sum of its parts, and `total` is not one of them.
fn share(q: &Checked, time: &[String]) -> String {
    let mut over = time.to_vec();
    over.push("r.\"unit\"".to_string());
    if q.measure == Measure::Workload {
        return format!(
            "CASE WHEN r.\"type\" <> 'total' THEN round(100.0 * r.\"value\" / nullif(sum(r.\"value\") FILTER (WHERE r.\"type\" <> 'total') OVER ({}), 0), 1) END AS \"share\"",
            partition(&over)
        );
    }
    format!(
        "round(100.0 * r.\"value\" / nullif(sum(r.\"value\") OVER ({}), 0), 1) AS \"share\"",
        partition(&over)
    )
}

/// A running total within each value of the other dimensions; over months
/// (or quarters) it restarts each January, as the report's year to date does.
fn cumulative(q: &Checked, other: &[String]) -> String {
    let mut over = other.to_vec();
    for d in [Dim::Month, Dim::Quarter] {
        if q.dims.contains(&d) {
            over.push(format!("date_part('year', r.\"{}\")", d.name()));
            break;
        }
    }
    format!(
        "CAST(sum(r.\"value\") OVER ({} ORDER BY r.\"_key\" ROWS UNBOUNDED PRECEDING) AS BIGINT) AS \"cumulative\"",
        partition(&over)
    )
}

/// `change` against the base row, only where the base covers as many facts
/// as the row; a rate changes in percentage points.
fn change_columns(q: &Checked) -> Vec<String> {
    let when = "CASE WHEN p.\"_n\" = r.\"_n\" THEN";
    let mut cols = vec![
        format!("{when} p.\"value\" END AS \"_base\""),
        format!("{when} p.\"_start\" END AS \"_base_start\""),
    ];
    if q.measure == Measure::ProtectionRate {
        cols.push(format!(
            "{when} round(r.\"value\" - p.\"value\", 1) END AS \"change_pp\""
        ));
    } else {
        cols.push(format!(
            "{when} r.\"value\" - p.\"value\" END AS \"change\""
        ));
        cols.push(format!("{when} round(100.0 * (r.\"value\" - p.\"value\") / nullif(p.\"value\", 0), 1) END AS \"change_pct\""));
    }
    cols
}

/// The query in one `SELECT`, when it needs no stages: DuckDB binds and
/// plans it faster (about 0.5 ms of a one-shot run).
fn single_select(q: &Checked) -> String {
    let mut filter = facts_filter(q);
    if excludes_other(q) {
        filter.push("country <> 'other'".to_string());
    }
    format!(
        "SELECT {}\nFROM current_facts\nWHERE {}\nGROUP BY {}\nORDER BY {}{}",
        row_columns(q).join(",\n  "),
        filter.join("\n  AND "),
        row_groups(q).join(", "),
        order(q, &shown_dims(q), ""),
        limit(q)
    )
}

/// `top` leaves out the report's rest line ("other countries").
fn excludes_other(q: &Checked) -> bool {
    q.dims.contains(&Dim::Country) && q.modifiers.iter().any(|m| matches!(m, Modifier::Top(_)))
}

/// A text literal: `'Côte d''Ivoire'`.
fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_literal(&mut out, text);
    out
}

/// Appends a text literal, its quotes doubled.
fn push_literal(out: &mut String, text: &str) {
    out.push('\'');
    for (i, part) in text.split('\'').enumerate() {
        if i > 0 {
            out.push_str("''");
        }
        out.push_str(part);
    }
    out.push('\'');
}

/// A list of text literals, for `IN (...)`.
fn literals<S: AsRef<str>>(values: impl IntoIterator<Item = S>) -> String {
    let mut out = String::with_capacity(64);
    for (i, v) in values.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_literal(&mut out, v.as_ref());
    }
    out
}

/// The first day of a month as a `DATE` literal.
fn date(m: Month) -> String {
    format!("DATE '{:04}-{:02}-01'", m.year, m.month)
}

/// The conditions a fact must meet to count.
fn facts_filter(q: &Checked) -> Vec<String> {
    let country = if q.by_country_tables {
        "country IS NOT NULL"
    } else {
        "country IS NULL"
    };
    let measure = if q.measure == Measure::ProtectionRate {
        "measure IN ('decisions', 'protection_rate')".to_string()
    } else {
        format!("measure = {}", literal(q.measure.stored()))
    };
    let mut conds = vec![
        measure,
        format!(
            "unit IN ({})",
            literals(q.units.iter().map(|u| u.to_string()))
        ),
        country.to_string(),
    ];
    if let Some(types) = &q.types {
        conds.push(format!(
            "type IN ({})",
            literals(types.iter().map(|t| t.to_string()))
        ));
    }
    if q.filter != Cond::True {
        conds.push(condition(&q.filter, q.measure));
    }
    conds
}

fn condition(c: &Cond, measure: Measure) -> String {
    match c {
        Cond::True => "TRUE".to_string(),
        Cond::And(a, b) => format!("({} AND {})", condition(a, measure), condition(b, measure)),
        Cond::Or(a, b) => format!("({} OR {})", condition(a, measure), condition(b, measure)),
        Cond::Year(op, y) => year_condition(*op, *y),
        Cond::Last { count, years } => last_condition(*count, *years, measure),
        Cond::Month(op, m) => {
            let d = date(*m);
            match op {
                Op::Eq => format!("(period_start = {d} AND period_end = {d})"),
                Op::Ne => format!("NOT (period_start <= {d} AND period_end >= {d})"),
                Op::Lt => format!("period_end < {d}"),
                Op::Le => format!("period_end <= {d}"),
                Op::Gt => format!("period_start > {d}"),
                Op::Ge => format!("period_start >= {d}"),
            }
        }
        Cond::Set {
            column,
            values,
            negated,
        } => {
            let not = if *negated { "NOT " } else { "" };
            format!("{column} {not}IN ({})", literals(values))
        }
    }
}

/// Facts within the last `count` months (or calendar years) up to the newest
/// month the store holds for the measure.
fn last_condition(count: u64, years: bool, measure: Measure) -> String {
    let newest = format!(
        "(SELECT max(period_end) FROM current_facts WHERE measure = {} AND country IS NULL)",
        literal(measure.stored())
    );
    let back = count.saturating_sub(1).min(12_000);
    if years {
        format!("period_start >= make_date(CAST(date_part('year', {newest}) AS INTEGER) - {back}, 1, 1)")
    } else {
        format!("period_start >= CAST({newest} - INTERVAL {back} MONTH AS DATE)")
    }
}

/// The year in which a fact's period starts, compared with `year`; written
/// as a range of dates.
fn year_condition(op: Op, year: i32) -> String {
    let first = date(Month { year, month: 1 });
    let next = date(Month {
        year: year + 1,
        month: 1,
    });
    match op {
        Op::Eq => format!("(period_start >= {first} AND period_start < {next})"),
        Op::Ne => format!("(period_start < {first} OR period_start >= {next})"),
        Op::Lt => format!("period_start < {first}"),
        Op::Le => format!("period_start < {next}"),
        Op::Gt => format!("period_start >= {next}"),
        Op::Ge => format!("period_start >= {first}"),
    }
}

/// The stage that keeps the facts that answer without overlap, if the query
/// needs one: the workload, and the by-country tables.
fn chosen_cte(q: &Checked) -> Option<String> {
    if q.measure == Measure::Workload {
        let mut partition: Vec<&str> = q.dims.iter().map(|d| group_expr(*d)).collect();
        if let Some((_, per)) = q.summary() {
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
        return None;
    }
    let keep = if q.dims.contains(&Dim::Month) {
        "CASE WHEN f.period_start = f.period_end THEN TRUE\n    ELSE g.months = 0 AND f.period_end = g.ytd_end END"
    } else {
        "CASE WHEN f.period_start < f.period_end THEN f.period_end = g.ytd_end\n    ELSE g.ytd_end IS NULL OR f.period_start > g.ytd_end END"
    };
    Some(format!(
        "  SELECT f.* FROM f JOIN (\n    SELECT {YEAR} AS y,\n      max(period_end) FILTER (WHERE period_start < period_end) AS ytd_end,\n      count(*) FILTER (WHERE period_start = period_end) AS months\n    FROM f GROUP BY 1) AS g ON date_part('year', f.period_start) = g.y\n  WHERE {keep}"
    ))
}

/// What a dimension groups by. A month is its period, start and end: a
/// by-country figure can span several months.
fn group_expr(d: Dim) -> &'static str {
    match d {
        Dim::Month => "period_start, period_end",
        Dim::Quarter => "CAST(date_trunc('quarter', period_start) AS DATE)",
        Dim::Year => YEAR,
        Dim::Country => "country",
        Dim::Type => "type",
        Dim::Unit => "unit",
        Dim::Source => "report_file || ', ' || source_table || ', line ' || source_line",
    }
}

/// The dimensions shown as columns (`unit` always has its own column).
fn shown_dims(q: &Checked) -> Vec<Dim> {
    q.dims.iter().copied().filter(|d| *d != Dim::Unit).collect()
}

/// The columns a dimension gives: a month as its first day, with the last
/// month of its period in `_month_end`.
fn dim_columns(d: Dim) -> Vec<String> {
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
fn row_columns(q: &Checked) -> Vec<String> {
    let mut cols: Vec<String> = shown_dims(q).into_iter().flat_map(dim_columns).collect();
    if q.measure == Measure::ProtectionRate {
        let final_types = "type IN ('refugee_status', 'subsidiary_protection', 'inadmissible', 'manifestly_unfounded', 'refusal', 'negative')";
        let granted =
            "sum(value) FILTER (WHERE type IN ('refugee_status', 'subsidiary_protection'))";
        let decided = format!("sum(value) FILTER (WHERE {final_types})");
        // A month that only a page covers has the rate the page published; a
        // row that needs more than that one published rate has none.
        let published = "count(*) FILTER (WHERE measure = 'protection_rate')";
        cols.push(format!(
            "CASE WHEN {published} = 0 THEN round(100.0 * {granted} / nullif({decided}, 0), 1)\n      WHEN {published} = 1 AND count(*) FILTER (WHERE {final_types}) = 0 THEN max(value) FILTER (WHERE measure = 'protection_rate') / 10.0 END AS \"value\""
        ));
        cols.push("unit AS \"unit\"".to_string());
        cols.push(format!("CAST({granted} AS BIGINT) AS \"granted\""));
        cols.push(format!("CAST({decided} AS BIGINT) AS \"decided\""));
        cols.push(format!("{published} AS \"_published\""));
    } else {
        cols.push("CAST(sum(value) AS BIGINT) AS \"value\"".to_string());
        cols.push("unit AS \"unit\"".to_string());
    }
    cols.push("min(period_start) AS \"_start\"".to_string());
    cols.push("max(period_end) AS \"_end\"".to_string());
    cols.push("bool_or(derived) AS \"_derived\"".to_string());
    if let Some(key) = time_key(q) {
        cols.push(format!("{key} AS \"_key\""));
    }
    cols
}

fn row_groups(q: &Checked) -> Vec<&'static str> {
    let mut groups: Vec<&str> = shown_dims(q).iter().map(|d| group_expr(*d)).collect();
    groups.push("unit");
    groups
}

/// A number for each period, so that `cumulative` can add up in order.
fn time_key(q: &Checked) -> Option<&'static str> {
    if !q.has(&Modifier::Cumulative) {
        None
    } else if q.dims.iter().any(|d| d.is_time()) {
        Some("date_part('year', min(period_start)) * 12 + date_part('month', min(period_start))")
    } else {
        None
    }
}

/// The shown columns of the rows, in the answer's order, without `other`
/// under `top`, ordered and cut.
fn outer_select(q: &Checked, from: &str) -> String {
    let dims = shown_dims(q);
    let mut cols: Vec<String> = dims.iter().map(|d| format!("a.\"{}\"", d.name())).collect();
    cols.push("a.\"value\"".to_string());
    cols.push("a.\"unit\"".to_string());
    if q.measure == Measure::ProtectionRate {
        cols.extend(["a.\"granted\"", "a.\"decided\"", "a.\"_published\""].map(String::from));
    }
    for m in &q.modifiers {
        match m {
            Modifier::Share => cols.push("a.\"share\"".to_string()),
            Modifier::Cumulative => cols.push("a.\"cumulative\"".to_string()),
            Modifier::Change { .. } if q.measure == Measure::ProtectionRate => {
                cols.push("a.\"change_pp\"".to_string())
            }
            Modifier::Change { .. } => {
                cols.extend(["a.\"change\"", "a.\"change_pct\""].map(String::from))
            }
            _ => {}
        }
    }
    if dims.contains(&Dim::Month) {
        cols.push("a.\"_month_end\"".to_string());
    }
    cols.extend(["a.\"_start\"", "a.\"_end\"", "a.\"_derived\""].map(String::from));
    if q.change_step().is_some() {
        cols.extend(["a.\"_base\"", "a.\"_base_start\""].map(String::from));
    }
    let filter = if excludes_other(q) {
        "\nWHERE a.\"country\" <> 'other'"
    } else {
        ""
    };
    format!(
        "SELECT {}\nFROM {from}{filter}\nORDER BY {}{}",
        cols.join(",\n  "),
        order(q, &dims, "a."),
        limit(q)
    )
}

fn partition(cols: &[String]) -> String {
    if cols.is_empty() {
        String::new()
    } else {
        format!("PARTITION BY {}", cols.join(", "))
    }
}

/// The order of the rows; `from` is what names their columns (`r.` in the
/// staged query, nothing in a single select).
fn order(q: &Checked, dims: &[Dim], from: &str) -> String {
    let col = |name: &str| format!("{from}\"{name}\"");
    for m in q.modifiers.iter().rev() {
        match m {
            Modifier::Top(_) => return format!("{} DESC NULLS LAST", col("value")),
            Modifier::Sort { key, descending } => {
                let dir = if *descending { "DESC" } else { "ASC" };
                let end = if key == "month" {
                    format!(", {} {dir}", col("_month_end"))
                } else {
                    String::new()
                };
                return format!("{} {dir} NULLS LAST{end}", col(key));
            }
            _ => {}
        }
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
        keys.push(format!("list_position([{}], {})", type_list(), col("type")));
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
fn type_list() -> &'static str {
    static LIST: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    LIST.get_or_init(|| literals(TYPE_ORDER))
}

fn limit(q: &Checked) -> String {
    let n = q.modifiers.iter().rev().find_map(|m| match m {
        Modifier::Top(n) | Modifier::Limit(n) => Some(*n),
        _ => None,
    });
    n.map(|n| format!("\nLIMIT {n}")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_double_their_quotes() {
        assert_eq!(literal("Côte d'Ivoire"), "'Côte d''Ivoire'");
        assert_eq!(literal("''"), "''''''");
        assert_eq!(literals(["a", "b'c"]), "'a', 'b''c'");
        assert_eq!(
            date(Month {
                year: 2023,
                month: 1
            }),
            "DATE '2023-01-01'"
        );
    }
}
