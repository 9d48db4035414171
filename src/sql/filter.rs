//! The filter of a query as SQL: text literals with their quotes doubled,
//! dates, and the conditions a fact must meet to count (measure, unit, type,
//! country, period).

use super::*;

/// A text literal: `'Côte d''Ivoire'`.
pub(super) fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_literal(&mut out, text);
    out
}

/// Appends a text literal, its quotes doubled.
pub(super) fn push_literal(out: &mut String, text: &str) {
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
pub(crate) fn literals<S: AsRef<str>>(values: impl IntoIterator<Item = S>) -> String {
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
pub(super) fn date(m: Month) -> String {
    format!("DATE '{:04}-{:02}-01'", m.year(), m.number())
}

/// The conditions a fact must meet to count.
pub(super) fn facts_filter(q: &Checked) -> Vec<String> {
    let country = if q.by_country_tables {
        "country IS NOT NULL"
    } else {
        "country IS NULL"
    };
    let measure = if q.measure.kind() == Kind::Rate {
        format!(
            "measure IN ('{}', '{}')",
            q.measure.stored(),
            q.measure.name()
        )
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

/// The condition of `show top10 where …` on the periods and countries of
/// the rankings (checked as a filter of the measure ranked).
pub fn ranks_condition(c: &Cond) -> String {
    condition(c, crate::check::RANKED)
}

pub(super) fn condition(c: &Cond, measure: Measure) -> String {
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
pub(super) fn last_condition(count: u64, years: bool, measure: Measure) -> String {
    // Months count back from the newest month held as a month: a yearly
    // overview's year is no month.
    let month_only = if years {
        ""
    } else {
        " AND period_start = period_end"
    };
    let newest = format!(
        "(SELECT max(period_end) FROM current_facts WHERE measure = {} AND country IS NULL{month_only})",
        literal(measure.stored())
    );
    let back = count.saturating_sub(1).min(12_000);
    if years {
        format!("period_start >= make_date(CAST(date_part('year', {newest}) AS INTEGER) - {back}, 1, 1)")
    } else {
        format!("(period_start >= CAST({newest} - INTERVAL {back} MONTH AS DATE) AND period_end <= {newest})")
    }
}

/// The year in which a fact's period starts, compared with `year`; written
/// as a range of dates.
pub(super) fn year_condition(op: Op, year: i32) -> String {
    let first = date(Month::january_of(year));
    let next = date(Month::january_of(year + 1));
    match op {
        Op::Eq => format!("(period_start >= {first} AND period_start < {next})"),
        Op::Ne => format!("(period_start < {first} OR period_start >= {next})"),
        Op::Lt => format!("period_start < {first}"),
        Op::Le => format!("period_start < {next}"),
        Op::Gt => format!("period_start >= {next}"),
        Op::Ge => format!("period_start >= {first}"),
    }
}

/// The facts a query reads, each under the type it shows: its own, or the
/// coarser group it stands for (`Checked::coarser`).
pub(super) fn facts_select(q: &Checked, filter: &str) -> String {
    if q.coarser.is_empty() {
        return format!("  SELECT * FROM current_facts\n  WHERE {filter}");
    }
    let cases: Vec<String> = q
        .coarser
        .iter()
        .map(|(group, parts)| format!("WHEN type IN ({}) THEN '{group}'", literals(parts)))
        .collect();
    format!(
        "  SELECT * REPLACE (CASE {} ELSE type END AS type)\n  FROM current_facts\n  WHERE {filter}",
        cases.join(" ")
    )
}

/// The rates published for a query's periods in another basis than it
/// asks (an overview's rate over persons where dossiers are asked).
pub fn published_rates(q: &Checked, basis: &str) -> Sql {
    let other = Checked {
        units: vec![],
        types: None,
        ..q.clone()
    };
    let conds: Vec<String> = facts_filter(&other)
        .into_iter()
        .filter(|c| !c.starts_with("unit IN"))
        .collect();
    Sql {
        text: format!(
            "SELECT strftime(period_start, '%Y-%m') AS first, strftime(period_end, '%Y-%m') AS last, value / 10.0 AS rate\nFROM current_facts\nWHERE {} AND unit = {} AND type = {}\nORDER BY period_start",
            conds.join("\n  AND "),
            literal(basis),
            literal(crate::model::Type::Published.as_str())
        ),
    }
}

/// For each period (a month, or a yearly overview's span) of a query's
/// national facts, the types its figures have: where some give a group only
/// (a page's `registered`) and others its parts, `by type` shows the group.
/// `hidden` tells a month inside a year the answer takes whole from an
/// overview: not in the answer itself.
pub fn types_by_period(q: &Checked) -> Sql {
    let hidden = super::chosen::under_whole_span(q, "f").unwrap_or("FALSE".to_string());
    Sql {
        text: format!(
            "SELECT strftime(period_start, '%Y-%m') AS first, strftime(period_end, '%Y-%m') AS last,\n  string_agg(DISTINCT type, ',' ORDER BY type) AS types,\n  bool_and({hidden}) AS hidden\nFROM current_facts f\nWHERE {}\nGROUP BY period_start, period_end ORDER BY period_start, period_end",
            facts_filter(q).join("\n  AND ")
        ),
    }
}
