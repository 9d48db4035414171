//! The checker: a parsed query against what the data can answer.
//!
//! It resolves every name (measure, dimension, type, unit, country), expands the
//! decision groups (`protection`, `negative`, `final`), picks the unit and the
//! family of facts that answer the query without overlap (national monthly
//! tables, or the tables by country), and rejects what would mix units or make
//! no sense for the measure. Its output, [`Checked`], is all the compiler needs.

mod vocabulary;

pub use vocabulary::*;

use crate::error::Diagnostic;
use crate::lang::ast::{Arith, Expr, Modifier, Op, Per, Query, Spanned, Summary, Value};
use crate::period::Month;
use crate::store::countries;
use std::collections::HashMap;

/// A dimension of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dim {
    Month,
    Quarter,
    Year,
    Country,
    Type,
    Unit,
    Source,
}

impl Dim {
    pub fn name(self) -> &'static str {
        match self {
            Dim::Month => "month",
            Dim::Quarter => "quarter",
            Dim::Year => "year",
            Dim::Country => "country",
            Dim::Type => "type",
            Dim::Unit => "unit",
            Dim::Source => "source",
        }
    }

    pub fn is_time(self) -> bool {
        matches!(self, Dim::Month | Dim::Quarter | Dim::Year)
    }
}

/// A filter condition with its values resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    /// A month compared with the whole span of a fact (every month of it must match).
    Month(Op, Month),
    /// A year compared with the year of a fact.
    Year(Op, i32),
    /// The last `count` months (or calendar years) up to the newest month the
    /// store holds for the measure.
    Last {
        count: u64,
        years: bool,
    },
    /// `type` or `country` in (or not in) a set of stored values.
    Set {
        column: &'static str,
        values: Vec<String>,
        negated: bool,
    },
    And(Box<Cond>, Box<Cond>),
    Or(Box<Cond>, Box<Cond>),
    /// Always true (a unit filter, taken out of the tree).
    True,
}

/// A query the data can answer, ready to compile.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub measure: Measure,
    /// The units asked for: one unless the answer is grouped by unit.
    pub units: Vec<&'static str>,
    /// Facts by country (true) or national facts (false).
    pub by_country_tables: bool,
    /// Types the facts must have (already expanded), if limited.
    pub types: Option<Vec<&'static str>>,
    pub filter: Cond,
    pub dims: Vec<Dim>,
    pub modifiers: Vec<Modifier>,
    /// Plain-language notes that travel with the answer.
    pub notes: Vec<String>,
    /// `a - b`: the second measure, checked with the same clauses.
    pub combine: Option<(Arith, Box<Checked>)>,
}

impl Checked {
    /// Whether the answer has this modifier (`top` and `limit` compared by kind).
    pub fn has(&self, m: &Modifier) -> bool {
        self.modifiers
            .iter()
            .any(|x| std::mem::discriminant(x) == std::mem::discriminant(m))
    }

    /// The number of rows `top` or `limit` keeps.
    pub fn take(&self) -> Option<u64> {
        self.modifiers.iter().find_map(|m| match m {
            Modifier::Top(n) | Modifier::Limit(n) => Some(*n),
            _ => None,
        })
    }

    /// The summary over periods, if asked for.
    pub fn summary(&self) -> Option<(Summary, Per)> {
        self.modifiers.iter().find_map(|m| match m {
            Modifier::Summary { kind, per } => Some((*kind, *per)),
            _ => None,
        })
    }

    /// How many months back `change` looks: the previous period of the finest
    /// time dimension, or a year back for `change yoy`.
    pub fn change_step(&self) -> Option<i32> {
        let yoy = self.modifiers.iter().find_map(|m| match m {
            Modifier::Change { yoy } => Some(*yoy),
            _ => None,
        })?;
        Some(if yoy {
            12
        } else if self.dims.contains(&Dim::Month) {
            1
        } else if self.dims.contains(&Dim::Quarter) {
            3
        } else {
            12
        })
    }
}

/// Values of `$name` parameters and session settings the checker may need.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub params: HashMap<String, String>,
    /// The unit set with `set unit = ...`, used when a query names none.
    pub unit: Option<String>,
    /// Report names of countries the store knows beyond the reference.
    pub extra_countries: Vec<String>,
    /// The language of country names in answers.
    pub names: countries::Names,
}

/// Checks a query.
pub fn check(query: &Query, cx: &Context) -> Result<Checked, Diagnostic> {
    match &query.combine {
        Some((op, right)) => combined(query, *op, right, cx),
        None => check_one(query, cx),
    }
}

/// Checks `a + b`, `a - b` or `a / b`: two flows with the same filter and
/// dimensions, in one unit; only `top`, `limit` and `sort` apply to the result.
fn combined(
    query: &Query,
    op: Arith,
    right: &Spanned<String>,
    cx: &Context,
) -> Result<Checked, Diagnostic> {
    if let Some(m) = query.modifiers.iter().find(|m| {
        !matches!(
            m.node,
            Modifier::Top(_) | Modifier::Limit(_) | Modifier::Sort { .. }
        )
    }) {
        return Err(Diagnostic::new(
            format!("'{}' does not apply to arithmetic between measures", m.node),
            m.span.clone(),
        )
        .with_hint("ask for each measure on its own for shares, changes and summaries"));
    }
    if let Some(d) = query
        .by
        .iter()
        .find(|d| matches!(d.node.as_str(), "type" | "source"))
    {
        return Err(Diagnostic::new(
            format!("two measures cannot be combined by {}", d.node),
            d.span.clone(),
        )
        .with_label("each measure has its own types and sources"));
    }
    let left_query = Query {
        combine: None,
        modifiers: Vec::new(),
        ..query.clone()
    };
    let right_query = Query {
        measure: right.clone(),
        ..left_query.clone()
    };
    let mut left = check_one(&left_query, cx)?;
    let other = check_one(&right_query, cx)?;
    for (c, span) in [(&left, &query.measure.span), (&other, &right.span)] {
        if matches!(c.measure, Measure::Workload | Measure::ProtectionRate) {
            return Err(Diagnostic::new(
                format!(
                    "{} cannot be added, subtracted or divided",
                    c.measure.name()
                ),
                span.clone(),
            )
            .with_label(if c.measure == Measure::Workload {
                "a stock"
            } else {
                "a rate"
            })
            .with_hint("arithmetic works between the flows: applications and decisions"));
        }
    }
    if left.measure == other.measure {
        return Err(
            Diagnostic::new("the same measure on both sides", right.span.clone())
                .with_hint("combine applications with decisions"),
        );
    }
    if left.units != other.units {
        return Err(Diagnostic::new(
            format!(
                "{} are counted in {} and {} in {}: persons and dossiers are never combined",
                left.measure.name(),
                left.units.join(", "),
                other.measure.name(),
                other.units.join(", ")
            ),
            query.measure.span.start..right.span.end,
        )
        .with_label("two units")
        .with_hint("pick one unit for both: `where unit = persons`"));
    }
    left.modifiers = modifiers(
        &query.modifiers,
        left.measure,
        &left.dims,
        left.by_country_tables,
    )?;
    for note in &other.notes {
        if !left.notes.contains(note) {
            left.notes.push(note.clone());
        }
    }
    left.combine = Some((op, Box::new(other)));
    Ok(left)
}

fn check_one(query: &Query, cx: &Context) -> Result<Checked, Diagnostic> {
    let measure =
        Measure::find(&query.measure.node).ok_or_else(|| unknown_measure(&query.measure))?;
    let dims = query
        .by
        .iter()
        .map(|d| dimension(d, measure))
        .collect::<Result<Vec<_>, _>>()?;
    let mut facets = Facets::default();
    let filter = match &query.filter {
        Some(e) => resolve(e, measure, cx, &mut facets, false)?,
        None => Cond::True,
    };
    let by_country_tables = facets.country || dims.contains(&Dim::Country);
    if let Some(at) = query.by.iter().find(|d| d.node == "quarter") {
        if by_country_tables {
            return Err(Diagnostic::new(
                "figures by country cannot be split into quarters",
                at.span.clone(),
            )
            .with_label("no quarters by country")
            .with_hint("by country the report gives its own month and the year to date: use `by month`, or drop the country"));
        }
    }
    let units = units(measure, &facets, &dims, by_country_tables, cx)?;
    let mut notes = Vec::new();
    if by_country_tables && matches!(measure, Measure::ProtectionRate) && facets.units.is_empty() {
        notes.push("By country the report counts decisions in persons only, so this rate is in persons (the national rate is in dossiers).".to_string());
    }
    if by_country_tables && measure == Measure::Decisions {
        notes.push("By country the report counts final decisions only: national decisions also count interim ones, so figures by country add up to less than the national total.".to_string());
    }
    let types = match (measure, facets.types.take()) {
        (Measure::Workload, None) if !dims.contains(&Dim::Type) => Some(vec!["total"]),
        (_, types) => types,
    };
    let modifiers = modifiers(&query.modifiers, measure, &dims, by_country_tables)?;
    Ok(Checked {
        measure,
        units,
        by_country_tables,
        types,
        filter,
        dims,
        modifiers,
        notes,
        combine: None,
    })
}

fn unknown_measure(m: &Spanned<String>) -> Diagnostic {
    let d = Diagnostic::new(format!("unknown measure '{}'", m.node), m.span.clone())
        .with_label("not a measure")
        .with_hint(format!("the measures are {}", MEASURE_NAMES.join(", ")));
    match closest(&m.node, MEASURE_NAMES) {
        Some(c) => d.with_hint(format!("did you mean '{c}'?")),
        None => d,
    }
}

fn dimension(d: &Spanned<String>, measure: Measure) -> Result<Dim, Diagnostic> {
    let dim = Dim::parse(&d.node).ok_or_else(|| {
        let mut diag = Diagnostic::new(format!("unknown dimension '{}'", d.node), d.span.clone())
            .with_label("not a dimension")
            .with_hint(format!("the dimensions are {}", DIMENSION_NAMES.join(", ")));
        if let Some(c) = closest(&d.node, DIMENSION_NAMES) {
            diag = diag.with_hint(format!("did you mean '{c}'?"));
        }
        diag
    })?;
    match (measure, dim) {
        (Measure::Workload, Dim::Country) => Err(Diagnostic::new(
            "the workload is not broken down by country",
            d.span.clone(),
        )
        .with_label("no workload figures by country")),
        (Measure::ProtectionRate, Dim::Type) => Err(Diagnostic::new(
            "protection_rate has no types: it is computed from all decision types",
            d.span.clone(),
        )
        .with_label("not a dimension of protection_rate")
        .with_hint("use `decisions ... by type` to see the decisions behind the rate")),
        (Measure::ProtectionRate, Dim::Source) => Err(Diagnostic::new(
            "protection_rate is computed from many figures and has no single source",
            d.span.clone(),
        )
        .with_hint("use `decisions ... by source` to see them")),
        _ => Ok(dim),
    }
}

/// What the filter says about units, types and countries.
#[derive(Debug, Default)]
struct Facets {
    units: Vec<&'static str>,
    types: Option<Vec<&'static str>>,
    country: bool,
}

fn resolve(
    e: &Expr,
    measure: Measure,
    cx: &Context,
    facets: &mut Facets,
    nested: bool,
) -> Result<Cond, Diagnostic> {
    match e {
        Expr::And(a, b) => Ok(Cond::And(
            Box::new(resolve(a, measure, cx, facets, nested)?),
            Box::new(resolve(b, measure, cx, facets, nested)?),
        )),
        Expr::Or(a, b) => Ok(Cond::Or(
            Box::new(resolve(a, measure, cx, facets, true)?),
            Box::new(resolve(b, measure, cx, facets, true)?),
        )),
        Expr::Not(inner) if matches!(**inner, Expr::Last { .. }) => {
            let Expr::Last { count, .. } = &**inner else {
                unreachable!("matched above")
            };
            Err(
                Diagnostic::new("`last N months` cannot be negated", count.span.clone())
                    .with_label("inside `not`")
                    .with_hint("write the months to leave out instead, e.g. `month < 2023-09`"),
            )
        }
        Expr::Not(inner) => resolve(&negate(inner), measure, cx, facets, true),
        Expr::Last { count, years } if count.node == 0 => Err(Diagnostic::new(
            format!(
                "`last 0 {}` selects nothing",
                if *years { "years" } else { "months" }
            ),
            count.span.clone(),
        )
        .with_label("count from 1")),
        Expr::Last { count, years } => Ok(Cond::Last {
            count: count.node,
            years: *years,
        }),
        Expr::Between { field, low, high } => {
            let ge = Expr::Compare {
                field: field.clone(),
                op: Op::Ge,
                value: low.clone(),
            };
            let le = Expr::Compare {
                field: field.clone(),
                op: Op::Le,
                value: high.clone(),
            };
            resolve(
                &Expr::And(Box::new(ge), Box::new(le)),
                measure,
                cx,
                facets,
                nested,
            )
        }
        Expr::Compare { field, op, value } => compare(
            field,
            *op,
            std::slice::from_ref(value),
            measure,
            cx,
            facets,
            nested,
        ),
        Expr::In { field, values } => compare(field, Op::Eq, values, measure, cx, facets, nested),
    }
}

/// Pushes a `not` down to the comparisons (De Morgan), so that every period
/// condition can be read as "every month of the fact".
fn negate(e: &Expr) -> Expr {
    let flip = |op: Op| match op {
        Op::Eq => Op::Ne,
        Op::Ne => Op::Eq,
        Op::Lt => Op::Ge,
        Op::Ge => Op::Lt,
        Op::Gt => Op::Le,
        Op::Le => Op::Gt,
    };
    match e {
        Expr::Not(inner) => (**inner).clone(),
        Expr::Last { .. } => Expr::Not(Box::new(e.clone())),
        Expr::And(a, b) => Expr::Or(Box::new(negate(a)), Box::new(negate(b))),
        Expr::Or(a, b) => Expr::And(Box::new(negate(a)), Box::new(negate(b))),
        Expr::Compare { field, op, value } => Expr::Compare {
            field: field.clone(),
            op: flip(*op),
            value: value.clone(),
        },
        Expr::Between { field, low, high } => Expr::Or(
            Box::new(Expr::Compare {
                field: field.clone(),
                op: Op::Lt,
                value: low.clone(),
            }),
            Box::new(Expr::Compare {
                field: field.clone(),
                op: Op::Gt,
                value: high.clone(),
            }),
        ),
        Expr::In { field, values } => values
            .iter()
            .map(|v| Expr::Compare {
                field: field.clone(),
                op: Op::Ne,
                value: v.clone(),
            })
            .reduce(|a, b| Expr::And(Box::new(a), Box::new(b)))
            .expect("a list has a value"),
    }
}

#[allow(clippy::too_many_arguments)]
fn compare(
    field: &Spanned<String>,
    op: Op,
    values: &[Spanned<Value>],
    measure: Measure,
    cx: &Context,
    facets: &mut Facets,
    nested: bool,
) -> Result<Cond, Diagnostic> {
    let dim = dimension(field, measure)?;
    let values = values
        .iter()
        .map(|v| bind(v, cx))
        .collect::<Result<Vec<_>, _>>()?;
    match dim {
        Dim::Month | Dim::Quarter => any_of(values.iter().map(|v| period_cond(dim, op, v)), op),
        Dim::Year => any_of(
            values.iter().map(|v| Ok(Cond::Year(op, year_value(v)?))),
            op,
        ),
        Dim::Type | Dim::Country | Dim::Unit | Dim::Source if !matches!(op, Op::Eq | Op::Ne) => {
            Err(Diagnostic::new(
                format!("'{}' can only be compared with = or !=", field.node),
                field.span.clone(),
            )
            .with_label("no order on this dimension"))
        }
        Dim::Unit => unit_filter(field, op, &values, measure, facets, nested),
        Dim::Type => {
            let mut stored = Vec::new();
            for v in &values {
                stored.extend(type_value(v, measure)?);
            }
            if op == Op::Eq && !nested {
                facets.types = Some(stored.clone());
            }
            Ok(Cond::Set {
                column: "type",
                values: stored.into_iter().map(String::from).collect(),
                negated: op == Op::Ne,
            })
        }
        Dim::Country => {
            facets.country = true;
            let names = values
                .iter()
                .map(|v| country_value(v, cx))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Cond::Set {
                column: "country",
                values: names,
                negated: op == Op::Ne,
            })
        }
        Dim::Source => Err(Diagnostic::new(
            "figures cannot be filtered by source",
            field.span.clone(),
        )
        .with_hint("use `by source` to see where each figure comes from")),
    }
}

/// `x in (a, b)` is `x = a or x = b`; `x != a` over a list is an `and`.
fn any_of(
    conds: impl Iterator<Item = Result<Cond, Diagnostic>>,
    op: Op,
) -> Result<Cond, Diagnostic> {
    let conds = conds.collect::<Result<Vec<_>, _>>()?;
    let join = |a: Cond, b: Cond| {
        if op == Op::Ne {
            Cond::And(Box::new(a), Box::new(b))
        } else {
            Cond::Or(Box::new(a), Box::new(b))
        }
    };
    Ok(conds.into_iter().reduce(join).unwrap_or(Cond::True))
}

fn unit_filter(
    field: &Spanned<String>,
    op: Op,
    values: &[Spanned<Value>],
    measure: Measure,
    facets: &mut Facets,
    nested: bool,
) -> Result<Cond, Diagnostic> {
    if nested || op != Op::Eq {
        return Err(Diagnostic::new(
            "a unit is chosen with `unit = ...` or `unit in (...)` joined by `and`",
            field.span.clone(),
        )
        .with_label("units are never mixed")
        .with_hint("write e.g. `where unit = dossiers`, or `by unit` for both"));
    }
    for v in values {
        let unit = word_of(v)
            .and_then(|w| UNITS.iter().find(|u| **u == w.to_lowercase()).copied())
            .ok_or_else(|| {
                Diagnostic::new(format!("unknown unit {}", v.node), v.span.clone())
                    .with_label("not a unit")
                    .with_hint("the units are persons, dossiers, files")
            })?;
        if !measure.units().contains(&unit) {
            let message = if measure == Measure::Applications {
                "applications are counted in persons (and, on pages up to 2015, in files) only"
                    .to_string()
            } else {
                format!("{} are not counted in {unit}", measure.name())
            };
            return Err(Diagnostic::new(message, v.span.clone())
                .with_label(format!("no {} in {unit}", measure.name())));
        }
        if !facets.units.contains(&unit) {
            facets.units.push(unit);
        }
    }
    Ok(Cond::True)
}

fn units(
    measure: Measure,
    facets: &Facets,
    dims: &[Dim],
    by_country: bool,
    cx: &Context,
) -> Result<Vec<&'static str>, Diagnostic> {
    let by_unit = dims.contains(&Dim::Unit);
    let mut units = facets.units.clone();
    if units.is_empty() {
        let set = cx
            .unit
            .as_deref()
            .and_then(|u| UNITS.iter().find(|x| **x == u).copied());
        units = if by_unit {
            measure.units().to_vec()
        } else if by_country {
            vec!["persons"]
        } else {
            vec![set
                .filter(|u| measure.units().contains(u))
                .unwrap_or(measure.default_unit())]
        };
    }
    if units.len() > 1 && !by_unit {
        return Err(Diagnostic::general(
            "this query asks for two units at once, and persons and dossiers are never added up",
        )
        .with_hint("add `by unit` to see both side by side"));
    }
    if by_country && units.contains(&"dossiers") {
        return Err(Diagnostic::general(
            "figures by country are given in persons only; the report has no dossiers by country",
        )
        .with_hint("drop `unit = dossiers`, or drop the country"));
    }
    Ok(units)
}

/// Checks each modifier; each kind may be given once, and `top` and `limit`
/// (which both cut rows) not together.
fn modifiers(
    given: &[Spanned<Modifier>],
    measure: Measure,
    dims: &[Dim],
    by_country: bool,
) -> Result<Vec<Modifier>, Diagnostic> {
    let kind = |m: &Modifier| match m {
        Modifier::Top(_) | Modifier::Limit(_) => "top or limit",
        Modifier::Sort { .. } => "sort",
        Modifier::Share => "share",
        Modifier::Change { .. } => "change",
        Modifier::Cumulative => "cumulative",
        Modifier::Summary { .. } => "a summary",
    };
    let mut out: Vec<Modifier> = Vec::new();
    for m in given {
        if out.iter().any(|o| kind(o) == kind(&m.node)) {
            return Err(Diagnostic::new(
                format!("'{}' is given twice", kind(&m.node)),
                m.span.clone(),
            )
            .with_label("a second one")
            .with_hint("give each modifier once"));
        }
        out.push(modifier(m, measure, dims, by_country)?);
    }
    let summary = given
        .iter()
        .find(|m| matches!(m.node, Modifier::Summary { .. }));
    let adds = given.iter().find(|m| {
        matches!(
            m.node,
            Modifier::Share | Modifier::Change { .. } | Modifier::Cumulative
        )
    });
    if let (Some(s), Some(a)) = (summary, adds) {
        return Err(Diagnostic::new(
            format!("'{}' and '{}' cannot be combined", s.node, a.node),
            a.span.clone(),
        )
        .with_hint("ask for the summary and the comparison in two queries"));
    }
    Ok(out)
}

fn modifier(
    m: &Spanned<Modifier>,
    measure: Measure,
    dims: &[Dim],
    by_country: bool,
) -> Result<Modifier, Diagnostic> {
    let has_time = dims.iter().any(|d| d.is_time());
    match &m.node {
        Modifier::Change { .. } | Modifier::Cumulative if !has_time => Err(Diagnostic::new(
            format!("'{}' needs a time dimension", m.node),
            m.span.clone(),
        )
        .with_hint("add `by month` or `by year`")),
        Modifier::Share if measure == Measure::Workload && !dims.contains(&Dim::Type) => {
            Err(Diagnostic::new(
                "a share of the workload is a share of its parts (normal, backlog)",
                m.span.clone(),
            )
            .with_hint("add `by type`: `workload by type share`"))
        }
        Modifier::Cumulative | Modifier::Share
            if measure == Measure::ProtectionRate
                || (measure == Measure::Workload && m.node == Modifier::Cumulative) =>
        {
            Err(Diagnostic::new(
                format!(
                    "'{}' adds up figures, which makes no sense for {}",
                    m.node,
                    measure.name()
                ),
                m.span.clone(),
            )
            .with_label(if measure == Measure::Workload {
                "the workload is a stock"
            } else {
                "a rate is not added up"
            }))
        }
        Modifier::Summary { kind, per } => summary(m, (*kind, *per), measure, dims, by_country),
        Modifier::Sort { key, .. }
            if key != "value" && Dim::parse(key).is_none_or(|d| !dims.contains(&d)) =>
        {
            Err(Diagnostic::new(
                format!("cannot sort by '{key}': it is not a column of this answer"),
                m.span.clone(),
            )
            .with_hint("sort by `value` or by a dimension named in `by`"))
        }
        other => Ok(other.clone()),
    }
}

/// Checks a summary over periods: flows only, per a period coarser than every
/// time dimension of the answer.
fn summary(
    m: &Spanned<Modifier>,
    (kind, per): (Summary, Per),
    measure: Measure,
    dims: &[Dim],
    by_country: bool,
) -> Result<Modifier, Diagnostic> {
    let fail = |message: String, hint: &str| {
        Err(Diagnostic::new(message, m.span.clone()).with_hint(hint.to_string()))
    };
    if measure == Measure::ProtectionRate {
        return fail(
            format!("a rate is never averaged: '{}' would weigh every period alike", m.node),
            "ask `protection_rate where ...` for the rate over the whole span, or `by month` for each month's rate",
        );
    }
    if measure == Measure::Workload && per != Per::Month {
        return fail(
            "the workload is a stock: it is summarised over month-end values only".to_string(),
            "write `per month`",
        );
    }
    let finer = dims.iter().find(|d| match d {
        Dim::Month => true,
        Dim::Quarter => per <= Per::Quarter,
        Dim::Year => per == Per::Year,
        _ => false,
    });
    if let Some(d) = finer {
        return fail(
            format!("'{}' takes the {}s together, so the answer cannot also be by {}", m.node, per.name(), d.name()),
            "drop that dimension, or summarise per a shorter period (e.g. `by year average per month`)",
        );
    }
    if by_country && (kind != Summary::Average || per != Per::Month) {
        return fail(
            format!("'{}' cannot be answered by country", m.node),
            "by country the report gives year-to-date totals, not figures per period: only `average per month` can be taken from them",
        );
    }
    Ok(m.node.clone())
}

/// Replaces a `$name` parameter by its value, read as a literal.
fn bind(v: &Spanned<Value>, cx: &Context) -> Result<Spanned<Value>, Diagnostic> {
    let Value::Param(name) = &v.node else {
        return Ok(v.clone());
    };
    let text = cx.params.get(name).ok_or_else(|| {
        Diagnostic::new(
            format!("the parameter ${name} has no value"),
            v.span.clone(),
        )
        .with_label("unbound parameter")
        .with_hint(format!(
            "pass --param {name}=VALUE, or `set {name} = VALUE` first"
        ))
    })?;
    let node = if let Some(m) = Month::parse(text) {
        Value::Month(m.year, m.month)
    } else if let Ok(n) = text.parse() {
        Value::Int(n)
    } else {
        Value::Str(text.clone())
    };
    Ok(Spanned {
        node,
        span: v.span.clone(),
    })
}

/// A month or quarter compared with a fact's span. A quarter is its months:
/// `= 2023-Q3` keeps facts within July to September, `>= 2023-Q3` facts from
/// July, `<= 2023-Q3` facts up to September.
fn period_cond(dim: Dim, op: Op, v: &Spanned<Value>) -> Result<Cond, Diagnostic> {
    let (first, last) = match (&v.node, dim) {
        (Value::Quarter(y, q), _) => quarter_value(*y, *q, v)?,
        (_, Dim::Month) => return Ok(Cond::Month(op, month_value(v)?)),
        _ => {
            return Err(Diagnostic::new(
                format!("a quarter is written YYYY-QN, not {}", v.node),
                v.span.clone(),
            )
            .with_label("expected a quarter such as 2023-Q3"))
        }
    };
    let both = |a, b| Cond::And(Box::new(a), Box::new(b));
    Ok(match op {
        Op::Eq => both(Cond::Month(Op::Ge, first), Cond::Month(Op::Le, last)),
        Op::Ne => Cond::Or(
            Box::new(Cond::Month(Op::Lt, first)),
            Box::new(Cond::Month(Op::Gt, last)),
        ),
        Op::Lt | Op::Ge => Cond::Month(op, first),
        Op::Le | Op::Gt => Cond::Month(op, last),
    })
}

/// The first and last month of a quarter.
fn quarter_value(year: i32, q: u32, v: &Spanned<Value>) -> Result<(Month, Month), Diagnostic> {
    let first = Month::new(year, q * 3 - 2).filter(|_| (1900..=2999).contains(&year));
    first.map(|m| (m, m.minus(-2))).ok_or_else(|| {
        Diagnostic::new(format!("{} is not a quarter", v.node), v.span.clone())
            .with_label("expected a quarter such as 2023-Q3")
    })
}

fn month_value(v: &Spanned<Value>) -> Result<Month, Diagnostic> {
    match &v.node {
        Value::Month(y, m) => Month::new(*y, *m).ok_or_else(|| {
            Diagnostic::new(format!("{y:04}-{m:02} is not a month"), v.span.clone())
                .with_label("months run from 01 to 12")
        }),
        Value::Str(s) if Month::parse(s).is_some() => Ok(Month::parse(s).expect("checked")),
        _ => Err(Diagnostic::new(
            format!("a month is written YYYY-MM, not {}", v.node),
            v.span.clone(),
        )
        .with_label("expected a month such as 2023-11")),
    }
}

fn year_value(v: &Spanned<Value>) -> Result<i32, Diagnostic> {
    match &v.node {
        Value::Int(n) if (1900..=2999).contains(n) => Ok(*n as i32),
        _ => Err(Diagnostic::new(
            format!("a year is written YYYY, not {}", v.node),
            v.span.clone(),
        )
        .with_label("expected a year such as 2023")),
    }
}

fn word_of(v: &Spanned<Value>) -> Option<&str> {
    match &v.node {
        Value::Word(w) | Value::Str(w) => Some(w),
        _ => None,
    }
}

fn type_value(v: &Spanned<Value>, measure: Measure) -> Result<Vec<&'static str>, Diagnostic> {
    let names = measure.type_names();
    let word = word_of(v).map(str::to_lowercase).unwrap_or_default();
    if let Some(expanded) = measure.expand_type(&word) {
        return Ok(expanded);
    }
    let mut d = Diagnostic::new(
        format!("{} is not a type of {}", v.node, measure.name()),
        v.span.clone(),
    )
    .with_label(format!("not a type of {}", measure.name()));
    d = if names.is_empty() {
        d.with_hint(format!("{} has no types", measure.name()))
    } else {
        d.with_hint(format!(
            "the types of {} are {}",
            measure.name(),
            names.join(", ")
        ))
    };
    if let Some(c) = closest(&word, names) {
        d = d.with_hint(format!("did you mean '{c}'?"));
    }
    Err(d)
}

fn country_value(v: &Spanned<Value>, cx: &Context) -> Result<String, Diagnostic> {
    let typed = word_of(v).ok_or_else(|| {
        Diagnostic::new(format!("{} is not a country", v.node), v.span.clone())
            .with_label("expected a country name in quotes")
    })?;
    countries::lookup(typed, &cx.extra_countries).map_err(|suggestions| {
        let d = Diagnostic::new(format!("unknown country \"{typed}\""), v.span.clone())
            .with_label("no such country in the reports");
        if suggestions.is_empty() {
            d.with_hint("`show countries` lists the known names")
        } else {
            let list: Vec<String> = suggestions.iter().map(|s| format!("\"{s}\"")).collect();
            d.with_hint(format!("did you mean {}?", list.join(", ")))
        }
    })
}

/// The closest name within a small edit distance.
pub fn closest(word: &str, names: &[&str]) -> Option<String> {
    let word = word.to_lowercase();
    names
        .iter()
        .map(|n| (strsim::damerau_levenshtein(&word, n), *n))
        .filter(|(d, n)| *d <= 2.max(n.len() / 3))
        .min()
        .map(|(_, n)| n.to_string())
}
