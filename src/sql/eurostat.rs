//! Eurostat's figures in the shape of `current_facts`, so that one compiler
//! answers over both publishers. A query Eurostat answers reads a common
//! table expression of that name in place of the table: the newest edition
//! of each figure (`eurostat_current`), its citizenship `TOTAL` as the
//! national figure, Eurostat's totals of sex, age and reporting country
//! where the query names none, the finest level of its type tree given in
//! full where it asks `by type`, and of a quarterly and an annual figure of the same thing the
//! one the query's periods need, never both. The rules of which figure
//! stands (the whole of the citizenships, nested periods, the age class)
//! are those of `model/choice.rs`; this module puts them in SQL.

use super::*;
use crate::check::{
    eurostat_parent, eurostat_parts, eurostat_types, Unit, AGE_GROUPS, AGE_PARTS, SEX_PARTS,
};
use crate::eurostat::codes::{geos, CITIZEN_GROUPS};
use crate::model::choice::{self, SAME_FIGURE, WHOLE_CITIZENSHIPS as WHOLES};

/// The columns a row of Eurostat's figures adds: its flags, how many of
/// its figures Eurostat marks not available (`:`), and the aggregates it
/// took in place of every citizenship.
pub(super) fn row_columns() -> [&'static str; 3] {
    [
        "string_agg(DISTINCT CASE WHEN country IS NULL AND citizen <> 'TOTAL' THEN citizen END, ',') AS \"_wider\"",
        "string_agg(DISTINCT nullif(flags, ''), '' ORDER BY nullif(flags, '')) AS \"_flags\"",
        "count(*) - count(value) AS \"_unavailable\"",
    ]
}

/// A row's sum, none where one of its figures is not available: never a
/// sum over less than the row holds.
pub(super) const VALUE: &str =
    "CASE WHEN count(value) = count(*) THEN CAST(sum(value) AS BIGINT) END AS \"value\"";

/// The query's SQL reading Eurostat's figures under the name
/// `current_facts`.
pub(super) fn over(q: &Checked, text: String) -> String {
    let cte = format!(
        "eurostat AS (\n{}\n),\ncurrent_facts AS (\n{}\n)",
        figures(q),
        chosen(q)
    );
    match text.strip_prefix("WITH ") {
        Some(rest) => format!("WITH {cte},\n{rest}"),
        None => format!("WITH {cte}\n{text}"),
    }
}

fn figures(q: &Checked) -> String {
    let mut measures = vec![q.measure.stored()];
    if let Some((_, right)) = &q.combine {
        measures.push(right.measure.stored());
    }
    let mut conds = vec![format!("measure IN ({})", literals(&measures))];
    conds.push(class(q, Dim::Sex, "sex", "T", SEX_PARTS));
    let ages: Vec<&str> = AGE_PARTS
        .iter()
        .copied()
        .chain(AGE_GROUPS.iter().map(|g| g.0))
        .collect();
    conds.push(class(q, Dim::Age, "age", "TOTAL", &ages));
    if !q.dims.contains(&Dim::Geo) && !q.filter.names("geo") {
        conds.push("geo = 'BE'".to_string());
    }
    // The filter on reporting countries and citizenships, read first:
    // every figure is chosen among those of its own reporting country and
    // citizenship (the totals apart, which stand for each other).
    let geo = q.filter.on("geo");
    if geo != Cond::True {
        conds.push(super::filter::condition(&geo, q.measure));
    }
    if let Some(citizens) = on_citizens(&q.filter.on("country")) {
        conds.push(super::filter::condition(&citizens, q.measure));
    }
    if q.plan.without_other && q.dims.contains(&Dim::Geo) {
        // A ranking of countries leaves out Eurostat's aggregates.
        let aggregates = geos().iter().filter(|g| g.1.is_empty()).map(|g| g.0);
        conds.push(format!("geo NOT IN ({})", literals(aggregates)));
    }
    let groups = CITIZEN_GROUPS
        .iter()
        .filter(|g| !WHOLES.contains(g) && !matches!(**g, "UNK" | "STLS" | "RNC"));
    conds.push(format!("citizen NOT IN ({})", literals(groups)));
    let by_type = q.dims.contains(&Dim::Type) && q.measure.kind() != Kind::Rate;
    if by_type {
        conds.push(format!(
            "type IN ({})",
            literals(eurostat_types(q.measure).1)
        ));
    }
    // The types each figure's key and period has, to pick the level of
    // the tree `by type` shows.
    let mut present = String::new();
    if by_type {
        present += ",\n    list(type) OVER (PARTITION BY measure, geo, citizen, sex, age, period_start, period_end) AS present";
    }
    if by_age(q) {
        present += ",\n    list(age) OVER (PARTITION BY measure, type, geo, citizen, sex, period_start, period_end) AS ages";
    }
    // The figure of every citizenship: `TOTAL`, else the widest aggregate
    // the source gives for the same figure.
    let rank: Vec<String> = WHOLES
        .iter()
        .enumerate()
        .map(|(i, w)| format!("WHEN '{w}' THEN {i}"))
        .collect();
    let rank = format!("CASE citizen {} END", rank.join(" "));
    let wholes = literals(WHOLES);
    format!(
        "  SELECT source AS report, measure, type, '{unit}' AS unit,
    CASE WHEN citizen IN ({wholes}) THEN NULL ELSE citizen END AS country, citizen,
    period_start, period_end, value, dataset AS source_table,
    CAST(line AS INTEGER) AS source_line, false AS derived, '{}' AS origin,
    period_end AS report_month, file AS report_file, false AS forced,
    geo, sex, age, flags, last_update{present}
  FROM eurostat_current
  WHERE {}
  QUALIFY citizen NOT IN ({wholes})
    OR {rank} = min({rank}) OVER (PARTITION BY measure, type, geo, sex, age, period_start, period_end)",
        Origin::Eurostat.as_str(),
        conds.join("\n    AND "),
        unit = Unit::Persons.as_str()
    )
}

/// A condition on countries as one on Eurostat's citizenships; none where
/// there is none, or it names a citizenship that stands for every one.
fn on_citizens(c: &Cond) -> Option<Cond> {
    match c {
        Cond::Set {
            values, negated, ..
        } if !values.iter().any(|v| WHOLES.contains(&v.as_str())) => Some(Cond::Set {
            column: "citizen",
            values: values.clone(),
            negated: *negated,
        }),
        Cond::And(a, b) => Some(Cond::And(
            Box::new(on_citizens(a)?),
            Box::new(on_citizens(b)?),
        )),
        _ => None,
    }
}

/// The condition on a sex or an age class: the total where the query
/// names none, the parts of the whole `by` it, else what the filter says.
fn class(q: &Checked, dim: Dim, column: &str, total: &str, parts: &[&str]) -> String {
    if q.dims.contains(&dim) && !q.filter.names(column) {
        format!("{column} IN ({})", literals(parts))
    } else if q.filter.names(column) {
        "TRUE".to_string()
    } else {
        format!("{column} = '{total}'")
    }
}

/// The period a query's rows are finer than a year by (`month`,
/// `quarter`, `half`), where they are: a filter on months counts as by
/// month.
pub fn finer(q: &Checked) -> Option<Dim> {
    let by = [Dim::Month, Dim::Quarter, Dim::Half, Dim::MonthOfYear]
        .into_iter()
        .find(|d| q.dims.contains(d));
    by.or_else(|| names_months(&q.filter).then_some(Dim::Month))
}

/// The figures a query by month, quarter or half-year leaves out: those
/// over a longer period (a year) inside which the source gives the finer
/// figures the rows are made of. Their reporting country, first and last
/// month and value, for a note; none for a query by year.
pub fn coarser_left_out(q: &Checked) -> Option<Sql> {
    finer(q)?;
    Some(Sql {
        text: format!(
            "WITH eurostat AS (\n{}\n)
SELECT geo, strftime(period_start, '%Y-%m'), strftime(period_end, '%Y-%m'), value
FROM eurostat x
WHERE {} AND EXISTS (SELECT 1 FROM eurostat y WHERE {SAME_FIGURE}
    AND y.period_start >= x.period_start AND y.period_end <= x.period_end
    AND (y.period_start, y.period_end) <> (x.period_start, x.period_end))
ORDER BY x.period_start, x.geo",
            figures(q),
            super::filter::facts_filter(q).join("\n  AND ")
        ),
    })
}

/// Of figures of the same thing over nested periods (a year and its
/// quarters, of whatever type), the finer where the query asks for months or quarters, else
/// the coarser; `by type`, the finest level of the type tree whose parts
/// the source gives in full for the figure's key and period.
fn chosen(q: &Checked) -> String {
    // Of any type: a year the annual dataset gives is answered by it
    // alone, never by its figures beside the quarters' parts.
    let mut out = format!(
        "  SELECT * FROM eurostat x
  WHERE NOT EXISTS (SELECT 1 FROM eurostat y WHERE {SAME_FIGURE}
      AND {})",
        choice::nested_instead(finer(q).is_some())
    );
    if q.dims.contains(&Dim::Type) && q.measure.kind() != Kind::Rate {
        let cases: Vec<String> = eurostat_types(q.measure)
            .1
            .iter()
            .map(|t| format!("WHEN '{t}' THEN {}", level(q.measure, t)))
            .collect();
        out += &format!("\n    AND CASE x.type {} END", cases.join(" "));
    }
    if by_age(q) {
        out += &format!("\n    AND {}", choice::age_level());
    }
    out
}

/// Whether the query shows each age class (`by age` naming none).
fn by_age(q: &Checked) -> bool {
    q.dims.contains(&Dim::Age) && !q.filter.names("age")
}

/// SQL true where a type is the level `by type` shows for its figure:
/// every group above it given in full by its parts, and, for a group, its
/// own parts not.
fn level(measure: crate::check::Measure, kind: &str) -> String {
    let complete = |group: &str| {
        let parts = eurostat_parts(measure, group).unwrap_or(&[]);
        format!("list_has_all(x.present, [{}])", literals(parts))
    };
    let mut conds = Vec::new();
    if eurostat_parts(measure, kind).is_some() {
        conds.push(format!("NOT {}", complete(kind)));
    }
    let mut at = kind;
    while let Some((group, _)) = eurostat_parent(measure, at) {
        conds.push(complete(group));
        at = group;
    }
    if conds.is_empty() {
        "TRUE".to_string()
    } else {
        conds.join(" AND ")
    }
}

/// `share` of Eurostat's figures: by reporting country alone, each one's
/// share of the one aggregate the filter names (`EU27_2020`), never of a
/// sum of countries asylq makes; otherwise of the rows of the same time
/// (and reporting country), none where one of them has no figure.
pub(super) fn share(q: &Checked, mut over: Vec<String>) -> String {
    let split = q
        .dims
        .iter()
        .any(|d| !d.is_time() && !matches!(d, Dim::Geo | Dim::Unit));
    if split || !q.dims.contains(&Dim::Geo) {
        if q.dims.contains(&Dim::Geo) {
            over.push("r.\"geo\"".to_string());
        }
        let window = format!("PARTITION BY {}", over.join(", "));
        return format!(
            "CASE WHEN count(*) OVER ({window}) = count(r.\"value\") OVER ({window}) THEN 100.0 * r.\"value\" / nullif(sum(r.\"value\") OVER ({window}), 0) END AS \"share\""
        );
    }
    let aggregates = geos().iter().filter(|g| g.1.is_empty()).map(|g| g.0);
    format!(
        "100.0 * r.\"value\" / nullif(max(r.\"value\") FILTER (WHERE r.\"geo\" IN ({})) OVER (PARTITION BY {}), 0) AS \"share\"",
        literals(aggregates),
        over.join(", ")
    )
}

/// `per capita`: the summed rows (`r0`) with each value per 1,000
/// inhabitants of its reporting country on 1 January of its year
/// (Eurostat's `demo_pjan`); none where the row spans two years or the
/// store lacks that population. The count and the population follow as
/// `count` and `population`, the count's unit as `basis`.
pub(super) fn per_capita() -> String {
    "  SELECT r0.* REPLACE (
      CASE WHEN date_part('year', r0.\"_start\") = date_part('year', r0.\"_end\")
        THEN round(1000.0 * r0.\"value\" / nullif(pop.value, 0), 3) END AS \"value\",
      'per_1000' AS \"unit\"),
    r0.\"value\" AS \"count\", pop.value AS \"population\", r0.\"unit\" AS \"basis\",
    pop.flags AS \"_population_flags\"
  FROM r0 LEFT JOIN (
    SELECT geo, period_start, value, flags FROM eurostat_current
    WHERE measure = 'population' AND sex = 'T' AND age = 'TOTAL'
  ) AS pop ON pop.geo = r0.\"_geo\"
    AND date_part('year', pop.period_start) = date_part('year', r0.\"_start\")
    AND date_part('year', pop.period_start) = date_part('year', r0.\"_end\")"
        .to_string()
}

/// The reporting country of a summed row, for its population.
pub(super) fn geo_column(q: &Checked) -> &'static str {
    if q.publisher.by_reporting_country() {
        "min(geo) AS \"_geo\""
    } else {
        "'BE' AS \"_geo\""
    }
}
