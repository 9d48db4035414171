//! The rows of an answer as SQL: the columns and groups of each dimension,
//! and the outer select with its order and limit.

use super::*;

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
        // The CGVS's every kind of source (report, page, overview) is one
        // publisher; Eurostat's figures name theirs as their origin.
        Dim::Publisher => publisher(),
    }
}

/// A figure's publisher, as SQL: the one that publishes through its
/// origin.
fn publisher() -> &'static str {
    static EXPR: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    EXPR.get_or_init(|| {
        let cases: Vec<String> = Publisher::ALL
            .iter()
            .map(|p| {
                let origins: Vec<&str> = p.origins().iter().map(|o| o.as_str()).collect();
                format!(
                    "WHEN origin IN ({}) THEN '{}'",
                    literals(&origins),
                    p.name()
                )
            })
            .collect();
        format!("CASE {} END", cases.join(" "))
    })
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
        if !q.publisher.several_kinds_of_source() {
            // No rate over less than the row holds, and no rate of a
            // source's own.
            cols.push(format!("CASE WHEN count(value) = count(*) THEN round(100.0 * {granted} / nullif({decided}, 0), 1) END AS \"value\""));
        } else {
            let spans = published_spans_row(q, &format!("measure = '{rate}'"));
            cols.push(format!(
            "CASE WHEN {published} = 0 THEN round(100.0 * {granted} / nullif({decided}, 0), 1)\n      WHEN {published} = 1 AND count(*) FILTER (WHERE {final_types}) = 0{spans} THEN max(value) FILTER (WHERE measure = '{rate}') / 10.0 END AS \"value\""
        ));
        }
        cols.push("unit AS \"unit\"".to_string());
        cols.push(format!("CAST({granted} AS BIGINT) AS \"granted\""));
        cols.push(format!("CAST({decided} AS BIGINT) AS \"decided\""));
        cols.push(format!("{published} AS \"_published\""));
    } else if q.publisher.marks_figures() {
        cols.push(eurostat::VALUE.to_string());
        cols.push("unit AS \"unit\"".to_string());
    } else {
        cols.push("CAST(sum(value) AS BIGINT) AS \"value\"".to_string());
        cols.push("unit AS \"unit\"".to_string());
    }
    cols.push("min(period_start) AS \"_start\"".to_string());
    cols.push("max(period_end) AS \"_end\"".to_string());
    cols.push(format!("{} AS \"_derived\"", derived(q)));
    cols.push(format!("bit_or({}) AS \"_origins\"", origins(q)));
    cols.push("bool_or(forced) AS \"_forced\"".to_string());
    cols.push(format!("{REPORTS} AS \"_reports\""));
    if can_leave_gaps(q) {
        cols.push(format!("{COVERED} AS \"_covered\""));
    }
    if rest_months(q) {
        cols.push(REST_MONTHS.to_string());
    }
    if let Some(key) = time_key(q) {
        cols.push(format!("{key} AS \"_key\""));
    }
    if q.publisher.marks_figures() {
        cols.extend(eurostat::row_columns().map(String::from));
    }
    if q.plan.per_capita {
        cols.push(eurostat::geo_column(q).to_string());
    }
    cols
}

/// The condition that a row's one published rate (the facts `published`
/// picks) stands for the row's whole period: a month's rate is no
/// quarter's or year's rate. By month a row is its rate's period; by
/// quarter, half-year or year the rate must span it; without a time
/// dimension it must span the months the filter names.
fn published_spans_row(q: &Checked, published: &str) -> String {
    let span = |months: u32| {
        format!(
            " AND datediff('month', min(period_start) FILTER (WHERE {published}), max(period_end) FILTER (WHERE {published})) = {}",
            months - 1
        )
    };
    if q.dims.contains(&Dim::Month) || q.dims.contains(&Dim::MonthOfYear) {
        return String::new();
    }
    for (dim, months) in [(Dim::Quarter, 3), (Dim::Half, 6), (Dim::Year, 12)] {
        if q.dims.contains(&dim) {
            return span(months);
        }
    }
    match q.filter.bounds() {
        (Some(first), Some(last)) => format!(
            " AND min(period_start) FILTER (WHERE {published}) = {} AND max(period_end) FILTER (WHERE {published}) = {}",
            super::filter::date(first),
            super::filter::date(last)
        ),
        _ => String::new(),
    }
}

/// Whether a row holds a figure asylq computed. A yearly overview's
/// registered (or first) applicants are its printed total less the parts
/// it prints beside it (its resettled, its subsequent), as their derivation
/// says; a page's first applications likewise. A row that holds, for each
/// source and period a figure was derived in, each part taken off there
/// adds back that printed total, and is not derived: two pages' totals
/// summed over a year are printed figures summed.
fn derived(q: &Checked) -> String {
    if !q.publisher.several_kinds_of_source() || !q.measure.counts_resettlement() {
        return "bool_or(derived)".to_string();
    }
    let key = "concat_ws('/', report, period_start, period_end)";
    let held_back: Vec<String> = crate::model::fact::TAKEN_OFF
        .iter()
        .map(|(part, word)| {
            format!(
                "list_has_all(coalesce(list(DISTINCT {key}) FILTER (WHERE type = '{}'), []),
        coalesce(list(DISTINCT {key}) FILTER (WHERE derived AND source_table LIKE '%{word}%'), []))",
                part.as_str()
            )
        })
        .collect();
    // A rest of the year, less the months shown, is derived whatever else;
    // a total less a part it prints, beside that part, adds back the total.
    let taken: Vec<String> = crate::model::fact::TAKEN_OFF
        .iter()
        .map(|(_, word)| format!("source_table LIKE '%{word}%'"))
        .collect();
    let rest = format!(
        "NOT derived OR (source_table NOT LIKE '%{SHOWN}%' AND ({}))",
        taken.join(" OR ")
    );
    format!(
        "bool_or(derived) AND NOT (bool_and({rest})\n      AND {})",
        held_back.join("\n      AND ")
    )
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
    if q.publisher.marks_figures() {
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
    if rest_months(q) {
        cols.push("a.\"_months_covered\"".to_string());
        cols.push("a.\"_rest_months\"".to_string());
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
        Order::Top if ranks_months(q) => {
            return format!(
                "{}, {} DESC NULLS LAST, {}",
                spans_months(from),
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
        let list = if q.publisher.by_reporting_country() {
            literals(eurostat_types(q.measure).1)
        } else {
            type_list().to_string()
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
    if top_groups(q).is_some() || ranks_months(q) || ranked_column(q).is_some() {
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
    // A row without a value comes back, for the session to name it.
    Some(format!(
        "({from}\"{column}\" {op} {value} OR {from}\"{column}\" IS NULL)"
    ))
}

/// The end of a select: which rows `top` keeps in each group, their order
/// and how many are taken.
pub(super) fn arrange(q: &Checked, dims: &[Dim], from: &str) -> String {
    format!(
        "{}\nORDER BY {}{}",
        qualify(q, dims, from),
        order(q, dims, from),
        limit(q)
    )
}

/// The column `top` or `sort` ranks by, where one of them cuts the rows
/// (`top 3`, `sort by value desc limit 2`) by one ranking.
pub(super) fn ranked_column(q: &Checked) -> Option<&str> {
    if q.plan.take.is_none() || top_groups(q).is_some() || ranks_months(q) {
        return None;
    }
    match &q.plan.order {
        Order::Top => Some("value"),
        Order::Sort { key, .. } => Some(key),
        Order::Natural => None,
    }
}

/// `top n` by two or more dimensions ranks the last within each combination
/// of the others (`by month, country top 2`: the 2 largest countries of
/// each month): those others.
pub(super) fn top_groups(q: &Checked) -> Option<&[Dim]> {
    let ranked_within = q.dims.len().checked_sub(1).filter(|n| *n > 0)?;
    (q.plan.order == Order::Top).then(|| &q.dims[..ranked_within])
}

/// Whether `top` ranks months against each other (`by month top 3`): a
/// row that stands for several months together (a rest of an overview's
/// year, a year to date) is no month to rank; it comes back unranked, for
/// the session to name it.
pub(super) fn ranks_months(q: &Checked) -> bool {
    q.plan.order == Order::Top
        && q.dims == [Dim::Month]
        && q.plan.take.is_some()
        && !q.publisher.gives_each_period_once()
}

/// SQL true for a row of several months together, by its columns.
fn spans_months(from: &str) -> String {
    format!("({from}\"month\" <> {from}\"_month_end\")")
}

/// The rows `top` keeps of each group, by their rank within it. A row
/// without a value to rank comes back beside those kept, for the session
/// to name it.
fn qualify(q: &Checked, dims: &[Dim], from: &str) -> String {
    if let (Some(column), Some(n)) = (ranked_column(q), q.plan.take) {
        return format!(
            "\nQUALIFY {from}\"{column}\" IS NULL OR row_number() OVER (ORDER BY {}) <= {n}",
            order(q, dims, from)
        );
    }
    if let (true, Some(n)) = (ranks_months(q), q.plan.take) {
        let span = spans_months(from);
        return format!(
            "\nQUALIFY {span} OR row_number() OVER (ORDER BY {span}, {from}\"value\" DESC NULLS LAST) <= {n}"
        );
    }
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
