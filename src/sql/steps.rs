//! The columns the steps of a plan add to the rows: a share of the row's
//! time and unit, a running total, a rolling average over whole months,
//! and the change against a base row.

use super::*;

/// Each row's percent of the whole answer at its time and unit; a workload's
/// whole is the sum of its parts, and `total` is not one of them.
pub(super) fn share(q: &Checked, time: &[String]) -> String {
    let mut over = time.to_vec();
    over.push("r.\"unit\"".to_string());
    if q.publisher.by_reporting_country() {
        return eurostat::share(q, over);
    }
    if q.measure.kind() == Kind::Stock {
        return format!(
            "CASE WHEN r.\"type\" <> '{total}' THEN 100.0 * r.\"value\" / nullif(sum(r.\"value\") FILTER (WHERE r.\"type\" <> '{total}') OVER ({}), 0) END AS \"share\"",
            partition(&over),
            total = Type::Total.as_str()
        );
    }
    format!(
        "100.0 * r.\"value\" / nullif(sum(r.\"value\") OVER ({}), 0) AS \"share\"",
        partition(&over)
    )
}

/// A running total within each value of the other dimensions; over months
/// (or quarters) it restarts each January, as the report's year to date does.
pub(super) fn cumulative(q: &Checked, other: &[String]) -> String {
    let mut over = other.to_vec();
    for d in [Dim::Month, Dim::Quarter, Dim::Half] {
        if q.dims.contains(&d) {
            over.push(format!("date_part('year', r.\"{}\")", d.name()));
            break;
        }
    }
    // A running total stops at a row without a figure (Eurostat's `:`):
    // never a total over less than it says.
    let window = format!(
        "{} ORDER BY r.\"_key\" ROWS UNBOUNDED PRECEDING",
        partition(&over)
    );
    let total = format!("CAST(sum(r.\"value\") OVER ({window}) AS BIGINT)");
    // A row that stands for several months together (an overview's rest
    // of the year) is no step of the total, and a month inside its span has
    // none either: only the rows after it include it, once every month
    // before them is held on a row or in it.
    let one_month = if q.dims.contains(&Dim::Month) {
        "r.\"_start\" = r.\"_end\" AND "
    } else {
        ""
    };
    // Over months of one year, a running total needs every month from
    // January on: a missing month would make it a total over less.
    // The rest of an overview's year counts the months it stands for.
    let months = if can_leave_gaps(q) {
        "len(string_split(r.\"_covered\", ','))"
    } else if rest_months(q) {
        "coalesce(r.\"_months_covered\", datediff('month', r.\"_start\", r.\"_end\") + 1)"
    } else {
        "datediff('month', r.\"_start\", r.\"_end\") + 1"
    };
    // Over years, every month from the first January on: a year covered in
    // part (or missing) stops the total, the newest year to date apart.
    let from_january = if over.len() > other.len() {
        format!(" AND sum({months}) OVER ({window}) = date_part('month', r.\"_end\")")
    } else {
        format!(
            " AND date_part('month', min(r.\"_start\") OVER ({window})) = 1\n      AND sum({months}) OVER ({window}) = datediff('month', min(r.\"_start\") OVER ({window}), r.\"_end\") + 1"
        )
    };
    let known = format!("{one_month}max(r.\"_end\") OVER ({window}) = r.\"_end\"{from_january}");
    if q.publisher.marks_figures() {
        format!(
            "CASE WHEN {known} AND count(*) OVER ({window}) = count(r.\"value\") OVER ({window}) THEN {total} END AS \"cumulative\""
        )
    } else {
        format!("CASE WHEN {known} THEN {total} END AS \"cumulative\"")
    }
}

/// The average of each month and the `n - 1` before it, within each value
/// of the other dimensions: only where those are `n` whole months in a row
/// (a year-to-date span, or a month missing, leaves it empty).
pub(super) fn rolling(n: u64, other: &[String]) -> String {
    let window = format!(
        "{} ORDER BY r.\"_key\" ROWS BETWEEN {} PRECEDING AND CURRENT ROW",
        partition(other),
        n - 1
    );
    format!(
        "CASE WHEN count(r.\"value\") OVER ({window}) = {n}
      AND max(r.\"_key\") OVER ({window}) - min(r.\"_key\") OVER ({window}) = {last}
      AND bool_and(r.\"_start\" = r.\"_end\") OVER ({window})
    THEN round(avg(r.\"value\") OVER ({window}), 1) END AS \"rolling\"",
        last = n - 1
    )
}

/// `change` against the base row, only where the base covers as many facts
/// as the row; a rate changes in percentage points.
/// A base row covers what its row covers: every figure matched one of the
/// row's (`_n`), or, where the store holds yearly overviews, the same months
/// (`_m`) with as many figures, or one side a span and the other its months
/// at the same levels (`_l`: registered against registered, with
/// resettlement on both sides or neither); a row that is the rest of a
/// yearly overview's year, standing for fewer months than its span, has
/// none. A published rate and a rate of the same months are alike too.
fn like_for_like(q: &Checked) -> String {
    let like = figures_alike(q);
    if q.measure.kind() == Kind::Rate {
        // A published rate compares with a rate of the same months, published
        // or computed from the decisions, whatever else their sources state
        // beside them (an overview's count of decisions): a rate is of its
        // months, not a sum of its figures.
        return format!("(({like}) OR ((r.\"_published\" = 1 OR p.\"_published\" = 1) AND p.\"_start\" = r.\"_start\" AND p.\"_end\" = r.\"_end\"))");
    }
    like.to_string()
}

/// Whether the base row holds the same figures as the row (see above).
fn figures_alike(q: &Checked) -> &'static str {
    if rest_months(q) {
        "p.\"_m\" = r.\"_m\" AND (p.\"_n\" = r.\"_n\" OR (p.\"_s\" <> r.\"_s\" AND p.\"_l\" = r.\"_l\")) AND (r.\"_months_covered\" IS NULL OR r.\"_months_covered\" = r.\"_m\")"
    } else if q.national_spans {
        "p.\"_m\" = r.\"_m\" AND (p.\"_n\" = r.\"_n\" OR (p.\"_s\" <> r.\"_s\" AND p.\"_l\" = r.\"_l\"))"
    } else {
        "p.\"_n\" = r.\"_n\""
    }
}

pub(super) fn change_columns(q: &Checked) -> Vec<String> {
    let like = like_for_like(q);
    // A stock by quarter or half-year compared with the one before: only
    // at the end of its period.
    let step = q.plan.change().map(|c| c.months);
    let period_on_period = match step {
        Some(3) if q.dims.contains(&Dim::Quarter) => Some(3),
        Some(6) if q.dims.contains(&Dim::Half) => Some(6),
        _ => None,
    };
    let when = if let (Kind::Stock, Some(n)) = (q.measure.kind(), period_on_period) {
        format!("CASE WHEN {like} AND date_part('month', r.\"_end\") % {n} = 0 THEN")
    } else {
        format!("CASE WHEN {like} THEN")
    };
    let mut cols = vec![
        format!("{when} p.\"value\" END AS \"_base\""),
        format!("{when} p.\"_start\" END AS \"_base_start\""),
        format!("{when} p.\"_reports\" END AS \"_base_reports\""),
    ];
    if q.measure.kind() == Kind::Rate {
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
