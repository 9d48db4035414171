//! The compiler: a checked query to DuckDB SQL over the fact store.
//!
//! The SQL is built in stages (common table expressions): `f` holds the facts
//! that match the filter; `chosen` keeps the ones that answer the query without
//! overlap (a year-to-date figure or the months it covers, never both; the
//! workload at the end of each period); `r` adds them up per output row; the
//! final select adds the modifiers. Every value the user typed is a bound
//! parameter; identifiers are quoted.

use crate::check::{Checked, Cond, Dim, Measure, TYPE_ORDER};
use crate::lang::ast::{Modifier, Op};

/// The year of a fact. `date_part` rather than `year()`: DuckDB 2.0's
/// optimiser spent about 8 ms on every `year(x) = c` (it fills a date cache to
/// test monotonicity); `date_part` costs nothing of the kind in any release.
const YEAR: &str = "date_part('year', period_start)";

/// SQL text with its positional parameters, all bound as text and cast in SQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sql {
    pub text: String,
    pub params: Vec<String>,
}

/// Compiles a checked query.
pub fn compile(q: &Checked) -> Sql {
    let mut params = Vec::new();
    let facts = facts_cte(q, &mut params);
    let chosen = chosen_cte(q);
    let rows = rows_cte(q);
    let outer = outer_select(q);
    let text =
        format!("WITH f AS (\n{facts}\n),\nchosen AS (\n{chosen}\n),\nr AS (\n{rows}\n)\n{outer}");
    Sql { text, params }
}

fn placeholders(params: &mut Vec<String>, values: impl IntoIterator<Item = String>) -> String {
    let marks: Vec<&str> = values
        .into_iter()
        .map(|v| {
            params.push(v);
            "?"
        })
        .collect();
    marks.join(", ")
}

fn facts_cte(q: &Checked, params: &mut Vec<String>) -> String {
    let measure = placeholders(params, [q.measure.stored().to_string()]);
    let units = placeholders(params, q.units.iter().map(|u| u.to_string()));
    let country = if q.by_country_tables {
        "country IS NOT NULL"
    } else {
        "country IS NULL"
    };
    let mut conds = vec![
        format!("measure = {measure}"),
        format!("unit IN ({units})"),
        country.to_string(),
    ];
    if let Some(types) = &q.types {
        conds.push(format!(
            "type IN ({})",
            placeholders(params, types.iter().map(|t| t.to_string()))
        ));
    }
    if q.filter != Cond::True {
        conds.push(condition(&q.filter, params));
    }
    format!(
        "  SELECT * FROM current_facts\n  WHERE {}",
        conds.join("\n    AND ")
    )
}

fn condition(c: &Cond, params: &mut Vec<String>) -> String {
    match c {
        Cond::True => "TRUE".to_string(),
        Cond::And(a, b) => format!("({} AND {})", condition(a, params), condition(b, params)),
        Cond::Or(a, b) => format!("({} OR {})", condition(a, params), condition(b, params)),
        Cond::Year(op, y) => {
            let p = placeholders(params, [y.to_string()]);
            format!("{YEAR} {} CAST({p} AS INTEGER)", sql_op(*op))
        }
        Cond::Month(op, m) => {
            let mut date = || format!("CAST({} AS DATE)", placeholders(params, [m.first_day()]));
            match op {
                Op::Eq => format!("(period_start = {} AND period_end = {})", date(), date()),
                Op::Ne => format!(
                    "NOT (period_start <= {} AND period_end >= {})",
                    date(),
                    date()
                ),
                Op::Lt => format!("period_end < {}", date()),
                Op::Le => format!("period_end <= {}", date()),
                Op::Gt => format!("period_start > {}", date()),
                Op::Ge => format!("period_start >= {}", date()),
            }
        }
        Cond::Set {
            column,
            values,
            negated,
        } => {
            let list = placeholders(params, values.iter().cloned());
            let not = if *negated { "NOT " } else { "" };
            format!("{column} {not}IN ({list})")
        }
    }
}

fn sql_op(op: Op) -> &'static str {
    match op {
        Op::Eq => "=",
        Op::Ne => "<>",
        Op::Lt => "<",
        Op::Le => "<=",
        Op::Gt => ">",
        Op::Ge => ">=",
    }
}

fn chosen_cte(q: &Checked) -> String {
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
        return format!("  SELECT * FROM f\n  QUALIFY period_end = max(period_end) OVER ({over})");
    }
    if !q.by_country_tables {
        return "  SELECT * FROM f".to_string();
    }
    let keep = if q.dims.contains(&Dim::Month) {
        "CASE WHEN f.period_start = f.period_end THEN TRUE\n    ELSE g.months = 0 AND f.period_end = g.ytd_end END"
    } else {
        "CASE WHEN f.period_start < f.period_end THEN f.period_end = g.ytd_end\n    ELSE g.ytd_end IS NULL OR f.period_start > g.ytd_end END"
    };
    format!(
        "  SELECT f.* FROM f JOIN (\n    SELECT {YEAR} AS y,\n      max(period_end) FILTER (WHERE period_start < period_end) AS ytd_end,\n      count(*) FILTER (WHERE period_start = period_end) AS months\n    FROM f GROUP BY 1) AS g ON date_part('year', f.period_start) = g.y\n  WHERE {keep}"
    )
}

fn group_expr(d: Dim) -> &'static str {
    match d {
        Dim::Month => "strftime(period_start, '%Y-%m') || CASE WHEN period_end > period_start THEN '..' || strftime(period_end, '%Y-%m') ELSE '' END",
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

fn rows_cte(q: &Checked) -> String {
    let mut cols: Vec<String> = shown_dims(q)
        .iter()
        .map(|d| format!("{} AS \"{}\"", group_expr(*d), d.name()))
        .collect();
    if q.measure == Measure::ProtectionRate {
        let granted =
            "sum(value) FILTER (WHERE type IN ('refugee_status', 'subsidiary_protection'))";
        let decided = "sum(value) FILTER (WHERE type NOT IN ('interim', 'withdrawal'))";
        cols.push(format!(
            "round(100.0 * {granted} / nullif({decided}, 0), 1) AS \"value\""
        ));
        cols.push(format!("CAST({granted} AS BIGINT) AS \"granted\""));
        cols.push(format!("CAST({decided} AS BIGINT) AS \"decided\""));
    } else {
        cols.push("CAST(sum(value) AS BIGINT) AS \"value\"".to_string());
    }
    cols.push("unit AS \"unit\"".to_string());
    cols.push("strftime(min(period_start), '%Y-%m') AS \"_start\"".to_string());
    cols.push("strftime(max(period_end), '%Y-%m') AS \"_end\"".to_string());
    cols.push("bool_or(derived) AS \"_derived\"".to_string());
    if let Some(key) = time_key(q) {
        cols.push(format!("{key} AS \"_key\""));
    }
    let mut groups: Vec<&str> = shown_dims(q).iter().map(|d| group_expr(*d)).collect();
    groups.push("unit");
    format!(
        "  SELECT {}\n  FROM chosen\n  GROUP BY {}",
        cols.join(",\n    "),
        groups.join(", ")
    )
}

/// A number for each period, so that `change` can find the previous one.
fn time_key(q: &Checked) -> Option<&'static str> {
    if q.dims.contains(&Dim::Month) {
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
    cols.push("CASE WHEN r.\"_start\" = r.\"_end\" THEN r.\"_start\" ELSE r.\"_start\" || '..' || r.\"_end\" END AS \"period\"".to_string());
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
    cols.extend(["r.\"_start\"", "r.\"_end\"", "r.\"_derived\""].map(String::from));
    let top = q.modifiers.iter().any(|m| matches!(m, Modifier::Top(_)));
    let filter = if top && dims.contains(&Dim::Country) {
        "\nWHERE r.\"country\" <> 'other'"
    } else {
        ""
    };
    format!(
        "SELECT {}\nFROM r{join}{filter}\nORDER BY {}{}",
        cols.join(",\n  "),
        order(q, &dims),
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

fn order(q: &Checked, dims: &[Dim]) -> String {
    for m in q.modifiers.iter().rev() {
        match m {
            Modifier::Top(_) => return "r.\"value\" DESC NULLS LAST".to_string(),
            Modifier::Sort { key, descending } => {
                let dir = if *descending { "DESC" } else { "ASC" };
                return format!("r.\"{key}\" {dir} NULLS LAST");
            }
            _ => {}
        }
    }
    let mut keys: Vec<String> = dims
        .iter()
        .filter(|d| d.is_time())
        .map(|d| format!("r.\"{}\"", d.name()))
        .collect();
    if dims.contains(&Dim::Type) {
        keys.push(type_order().to_string());
    }
    keys.push("r.\"unit\"".to_string());
    if dims.contains(&Dim::Country) {
        keys.push("r.\"country\" = 'other'".to_string());
    }
    keys.push("r.\"value\" DESC NULLS LAST".to_string());
    keys.extend(
        dims.iter()
            .filter(|d| !d.is_time() && **d != Dim::Type)
            .map(|d| format!("r.\"{}\"", d.name())),
    );
    keys.join(", ")
}

/// The sort key that lists types in the report's order; built once.
fn type_order() -> &'static str {
    static KEY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    KEY.get_or_init(|| {
        let list: Vec<String> = TYPE_ORDER.iter().map(|t| format!("'{t}'")).collect();
        format!("list_position([{}], r.\"type\")", list.join(", "))
    })
}

fn limit(q: &Checked) -> String {
    let n = q.modifiers.iter().rev().find_map(|m| match m {
        Modifier::Top(n) | Modifier::Limit(n) => Some(*n),
        _ => None,
    });
    n.map(|n| format!("\nLIMIT {n}")).unwrap_or_default()
}
