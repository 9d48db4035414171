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
use crate::lang::ast::{Modifier, Op};
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
    let rows = format!(
        "  SELECT {}\n  FROM {source}\n  GROUP BY {}",
        row_columns(q).join(",\n    "),
        row_groups(q).join(", ")
    );
    let outer = outer_select(q);
    let text = format!("WITH f AS (\n{facts}\n),\n{chosen}r AS (\n{rows}\n)\n{outer}");
    Sql { text }
}

/// Whether a modifier reads the rows once they are summed (a window over them,
/// or a join of them with themselves), which needs the staged query.
fn needs_stages(q: &Checked) -> bool {
    q.modifiers.iter().any(|m| {
        matches!(
            m,
            Modifier::Share | Modifier::Cumulative | Modifier::Change { .. }
        )
    })
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
    format!("'{}'", text.replace('\'', "''"))
}

/// A list of text literals, for `IN (...)`.
fn literals<S: AsRef<str>>(values: impl IntoIterator<Item = S>) -> String {
    let list: Vec<String> = values.into_iter().map(|v| literal(v.as_ref())).collect();
    list.join(", ")
}

/// The first day of a month as a `DATE` literal.
fn date(m: Month) -> String {
    format!("DATE '{}'", m.first_day())
}

/// The conditions a fact must meet to count.
fn facts_filter(q: &Checked) -> Vec<String> {
    let country = if q.by_country_tables {
        "country IS NOT NULL"
    } else {
        "country IS NULL"
    };
    let mut conds = vec![
        format!("measure = {}", literal(q.measure.stored())),
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
        conds.push(condition(&q.filter));
    }
    conds
}

fn condition(c: &Cond) -> String {
    match c {
        Cond::True => "TRUE".to_string(),
        Cond::And(a, b) => format!("({} AND {})", condition(a), condition(b)),
        Cond::Or(a, b) => format!("({} OR {})", condition(a), condition(b)),
        Cond::Year(op, y) => year_condition(*op, *y),
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
        let partition: Vec<&str> = q
            .dims
            .iter()
            .filter(|d| **d != Dim::Month)
            .map(|d| group_expr(*d))
            .collect();
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
        let granted =
            "sum(value) FILTER (WHERE type IN ('refugee_status', 'subsidiary_protection'))";
        let decided = "sum(value) FILTER (WHERE type NOT IN ('interim', 'withdrawal'))";
        cols.push(format!(
            "round(100.0 * {granted} / nullif({decided}, 0), 1) AS \"value\""
        ));
        cols.push("unit AS \"unit\"".to_string());
        cols.push(format!("CAST({granted} AS BIGINT) AS \"granted\""));
        cols.push(format!("CAST({decided} AS BIGINT) AS \"decided\""));
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

/// A number for each period, so that `change` can find the previous one and
/// `cumulative` can add up in order; only these two need it.
fn time_key(q: &Checked) -> Option<&'static str> {
    let needed = q
        .modifiers
        .iter()
        .any(|m| matches!(m, Modifier::Cumulative | Modifier::Change { .. }));
    if !needed {
        None
    } else if q.dims.contains(&Dim::Month) {
        Some("date_part('year', min(period_start)) * 12 + date_part('month', min(period_start))")
    } else if q.dims.contains(&Dim::Year) {
        Some("date_part('year', min(period_start))")
    } else {
        None
    }
}

fn outer_select(q: &Checked) -> String {
    let dims = shown_dims(q);
    let mut cols: Vec<String> = dims.iter().map(|d| format!("r.\"{}\"", d.name())).collect();
    cols.push("r.\"value\"".to_string());
    cols.push("r.\"unit\"".to_string());
    if q.measure == Measure::ProtectionRate {
        cols.extend(["r.\"granted\"".to_string(), "r.\"decided\"".to_string()]);
    }
    let time: Vec<String> = dims
        .iter()
        .filter(|d| d.is_time())
        .map(|d| format!("r.\"{}\"", d.name()))
        .collect();
    let other: Vec<String> = dims
        .iter()
        .filter(|d| !d.is_time())
        .map(|d| format!("r.\"{}\"", d.name()))
        .collect();
    let mut join = String::new();
    for m in &q.modifiers {
        match m {
            Modifier::Share => cols.push(format!(
                "round(100.0 * r.\"value\" / nullif(sum(r.\"value\") OVER ({}), 0), 1) AS \"share\"",
                partition(&time)
            )),
            Modifier::Cumulative => cols.push(format!(
                "CAST(sum(r.\"value\") OVER ({} ORDER BY r.\"_key\" ROWS UNBOUNDED PRECEDING) AS BIGINT) AS \"cumulative\"",
                partition(&other)
            )),
            Modifier::Change { yoy } => {
                let step = if *yoy && q.dims.contains(&Dim::Month) { 12 } else { 1 };
                let mut on = vec![format!("p.\"_key\" = r.\"_key\" - {step}")];
                on.extend(other.iter().map(|c| format!("p.{0} IS NOT DISTINCT FROM {c}", &c[2..])));
                join = format!("\nLEFT JOIN r AS p ON {}", on.join(" AND "));
                cols.push("r.\"value\" - p.\"value\" AS \"change\"".to_string());
                cols.push("round(100.0 * (r.\"value\" - p.\"value\") / nullif(p.\"value\", 0), 1) AS \"change_pct\"".to_string());
            }
            _ => {}
        }
    }
    if dims.contains(&Dim::Month) {
        cols.push("r.\"_month_end\"".to_string());
    }
    cols.extend(["r.\"_start\"", "r.\"_end\"", "r.\"_derived\""].map(String::from));
    let filter = if excludes_other(q) {
        "\nWHERE r.\"country\" <> 'other'"
    } else {
        ""
    };
    format!(
        "SELECT {}\nFROM r{join}{filter}\nORDER BY {}{}",
        cols.join(",\n  "),
        order(q, &dims, "r."),
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
