//! A summary over periods (`average per month`, `max per quarter`, ...):
//! the figure of each whole period, then one row per value of the other
//! dimensions, with the periods it left out because the data covers them
//! only in part.

use super::*;

/// A summary over periods: the figure of each period (`p`), then one row
/// per value of the other dimensions. A period the data covers only in part
/// is left out (and named in `_left_out`); `average per month` is the total
/// divided by the months its figures span, so that a year-to-date figure by
/// country counts as the months it covers.
pub(super) fn summary_query(q: &Checked, (kind, per): (Summary, Per)) -> String {
    let (from, chosen) = match chosen_cte(q) {
        Some(cte) => ("chosen", format!("chosen AS (\n{cte}\n),\n")),
        None => ("f", String::new()),
    };
    let dims = shown_dims(q);
    let mut keys: Vec<String> = dims.iter().flat_map(|d| dim_columns(*d)).collect();
    let mut groups: Vec<&str> = dims.iter().map(|d| group_expr(*d)).collect();
    groups.push(per_group(per));
    groups.push("unit");
    // The months a period's figures cover: a yearly overview's year is
    // twelve, so that it is a whole year.
    let covered = format!(
        "CAST(len(list_distinct(flatten(list(range({}, {} + 1))))) AS BIGINT)",
        month_index("period_start"),
        month_index("period_end")
    );
    // A rest of a yearly overview's year stands for the months it lists.
    let months = match per {
        Per::Month if splits_spans(q) => "CAST(CASE WHEN count(_free) > 0 THEN len(list_distinct(flatten(list(_free) FILTER (WHERE _free IS NOT NULL))))\n      ELSE datediff('month', period_start, period_end) + 1 END AS BIGINT)".to_string(),
        Per::Month => "CAST(datediff('month', period_start, period_end) + 1 AS BIGINT)".to_string(),
        _ => covered,
    };
    keys.extend([
        format!("{} AS \"_period\"", per_key(per)),
        if q.publisher.marks_figures() {
            eurostat::VALUE.to_string()
        } else {
            "CAST(sum(value) AS BIGINT) AS \"value\"".to_string()
        },
        "unit AS \"unit\"".to_string(),
        format!("{months} AS \"_months\""),
        "min(period_start) AS \"_start\"".to_string(),
        "max(period_end) AS \"_end\"".to_string(),
        "bool_or(derived) AS \"_derived\"".to_string(),
        format!("bit_or({}) AS \"_origins\"", origins(q)),
        "bool_or(forced) AS \"_forced\"".to_string(),
        format!("{REPORTS} AS \"_reports\""),
    ]);
    if per == Per::Month {
        keys.push(format!("{} AS \"_mlist\"", month_list(q)));
    }
    let facts = facts_filter(q).join("\n    AND ");
    let inner = format!(
        "WITH f AS (\n{}\n),\n{chosen}p AS (\n  SELECT {}\n  FROM {from}\n  GROUP BY {}\n)",
        facts_select(q, &facts),
        keys.join(",\n    "),
        groups.join(", ")
    );
    let whole = format!("\"_months\" = {}", per.months());
    let mut cols: Vec<String> = dims.iter().map(|d| format!("\"{}\"", d.name())).collect();
    cols.push(format!("{} AS \"value\"", summary_value(kind, per, &whole)));
    cols.push("\"unit\"".to_string());
    cols.push(match (kind, per) {
        (Summary::Average, Per::Month) => format!("{MONTHS_SPANNED} AS \"months\""),
        (Summary::Average, _) => format!(
            "CAST(coalesce(sum(\"_months\") FILTER (WHERE {}), 0) / {} AS BIGINT) AS \"{}\"",
            whole_periods(per),
            per.months(),
            per.plural()
        ),
        _ => format!("count(*) FILTER (WHERE {whole}) AS \"{}\"", per.plural()),
    });
    let label = per_label(per);
    // The period of the largest or smallest figure is told only where
    // every period has a figure: a `:` might be the largest.
    let told = format!(
        "CASE WHEN {} = 0 AND {UNAVAILABLE} = 0 THEN ",
        together(per)
    );
    let end = " END";
    match kind {
        // Of equal figures, the first period.
        Summary::Min => cols.push(format!(
            "{told}first({label} ORDER BY \"value\", \"_period\") FILTER (WHERE {whole}){end} AS \"{}\"",
            per.name()
        )),
        Summary::Max => cols.push(format!(
            "{told}first({label} ORDER BY \"value\" DESC, \"_period\") FILTER (WHERE {whole}){end} AS \"{}\"",
            per.name()
        )),
        _ => {}
    }
    let kept = match (kind, per) {
        (Summary::Average, Per::Month) => "TRUE".to_string(),
        (Summary::Average, _) => whole_periods(per),
        _ => whole.clone(),
    };
    // A summary that cannot be told is of every month its figures cover.
    let span = |all: &dyn Fn(&str) -> String| match kind {
        Summary::Average => all(&format!(" FILTER (WHERE {kept})")),
        _ => format!(
            "CASE WHEN {} > 0 THEN {} ELSE {} END",
            together(per),
            all(""),
            all(&format!(" FILTER (WHERE {kept})"))
        ),
    };
    let covered = |filter: &str| {
        format!(
            "len(list_distinct(flatten(list(range({}, {})){filter})))",
            month_index("\"_start\""),
            month_index("\"_end\"") + " + 1"
        )
    };
    cols.extend([
        format!("{} AS \"_start\"", span(&|f| format!("min(\"_start\"){f}"))),
        format!("{} AS \"_end\"", span(&|f| format!("max(\"_end\"){f}"))),
        "bool_or(\"_derived\") AS \"_derived\"".to_string(),
        "bit_or(\"_origins\") AS \"_origins\"".to_string(),
        "bool_or(\"_forced\") AS \"_forced\"".to_string(),
        format!("list_sort(list_distinct(flatten(list(\"_reports\") FILTER (WHERE {kept})))) AS \"_reports\""),
        format!("string_agg({label}, ', ' ORDER BY \"_period\") FILTER (WHERE NOT ({kept})) AS \"_left_out\""),
        format!("sum(\"_months\") FILTER (WHERE \"_months\" > {}) AS \"_together\"", per.months()),
        format!("{UNAVAILABLE} AS \"_unavailable\""),
        format!("{} AS \"_months_covered\"", span(&covered)),
    ]);
    let mut outer_groups: Vec<String> = dims.iter().map(|d| format!("\"{}\"", d.name())).collect();
    outer_groups.push("\"unit\"".to_string());
    let select = format!(
        "SELECT {}\nFROM p\nGROUP BY {}",
        cols.join(",\n  "),
        outer_groups.join(", ")
    );
    // `top` ranks the rows by their names and values, which the QUALIFY
    // of a grouped select cannot use; it leaves out the report's other
    // countries.
    let mut kept: Vec<String> = having(q, "").into_iter().collect();
    if excludes_other(q) {
        kept.push("\"country\" <> 'other'".to_string());
    }
    let select = match kept.is_empty() {
        false => format!(
            "SELECT * FROM ({select}) AS s\nWHERE {}",
            kept.join(" AND ")
        ),
        true if top_groups(q).is_some() || ranked_column(q).is_some() => {
            format!("SELECT * FROM ({select}) AS s")
        }
        true => select,
    };
    format!("{inner}\n{select}{}", arrange(q, &dims, ""))
}

/// What a summary groups each period by.
pub(super) fn per_group(per: Per) -> &'static str {
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
        Per::Month => "CASE WHEN \"_start\" = \"_end\" THEN strftime(\"_period\", '%Y-%m') ELSE strftime(\"_start\", '%Y-%m') || '..' || strftime(\"_end\", '%Y-%m') END",
        Per::Quarter => "CASE WHEN \"_months\" > 3 THEN strftime(\"_start\", '%Y-%m') || '..' || strftime(\"_end\", '%Y-%m') ELSE strftime(\"_period\", '%Y') || '-Q' || date_part('quarter', \"_period\") END",
        Per::Year => "strftime(\"_period\", '%Y')",
    }
}

/// The summary's figure over the whole periods. The largest, smallest or
/// middle month cannot be told where some months are known only together
/// (an overview's rest of the year): none then.
fn summary_value(kind: Summary, per: Per, whole: &str) -> String {
    let value = plain_summary(kind, per, whole);
    // A period without a figure (Eurostat's `:`) leaves the summary none:
    // never a summary over less than it says.
    let value = format!("CASE WHEN {UNAVAILABLE} = 0 THEN {value} END");
    if kind != Summary::Average {
        format!("CASE WHEN {} = 0 THEN {value} END", together(per))
    } else {
        value
    }
}

/// The periods an average per quarter or year is taken over: each whole
/// period, and a figure that stands for several whole periods together
/// (a yearly overview's year, by quarter), which counts as all of them.
fn whole_periods(per: Per) -> String {
    let n = per.months();
    format!("(\"_months\" % {n} = 0 AND (date_part('month', \"_start\") - 1) % {n} = 0)")
}

/// How many periods of a summary have no figure.
const UNAVAILABLE: &str = "count(*) FILTER (WHERE \"value\" IS NULL)";

/// The months a summary's periods stand for, each once: a rest of a yearly
/// overview's year and a month of its own that gives another type of the
/// same month count that month once.
const MONTHS_SPANNED: &str = "len(list_distinct(flatten(list(\"_mlist\"))))";

/// The months (as indices) a period of a summary per month stands for: those a rest
/// of a yearly overview's year lists, else its span.
fn month_list(q: &Checked) -> String {
    let span = format!(
        "range({}, {} + 1)",
        month_index("min(period_start)"),
        month_index("max(period_end)")
    );
    if splits_spans(q) {
        format!(
            "CASE WHEN count(_free) > 0 THEN list_transform(list_distinct(flatten(list(_free) FILTER (WHERE _free IS NOT NULL))), x -> {}) ELSE {span} END",
            month_index("x")
        )
    } else {
        span
    }
}

/// How many periods of a summary stand for several periods together (a
/// rest of a yearly overview's year by month, its year by quarter).
fn together(per: Per) -> String {
    format!("count(*) FILTER (WHERE \"_months\" > {})", per.months())
}

fn plain_summary(kind: Summary, per: Per, whole: &str) -> String {
    match (kind, per) {
        (Summary::Average, Per::Month) => format!("round(sum(\"value\") / {MONTHS_SPANNED}, 1)"),
        (Summary::Average, _) => format!(
            "round(sum(\"value\") FILTER (WHERE {kept}) / (sum(\"_months\") FILTER (WHERE {kept}) / {}), 1)",
            per.months(),
            kept = whole_periods(per)
        ),
        (Summary::Min, _) => format!("min(\"value\") FILTER (WHERE {whole})"),
        (Summary::Max, _) => format!("max(\"value\") FILTER (WHERE {whole})"),
        (Summary::Median, _) => {
            format!("round(median(\"value\") FILTER (WHERE {whole}), 1)")
        }
    }
}
