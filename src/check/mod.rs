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
use crate::lang::ast::{Expr, Modifier, Op, Query, Spanned, Value};
use crate::period::Month;
use crate::store::countries;
use std::collections::HashMap;

/// A dimension of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dim {
    Month,
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
            Dim::Year => "year",
            Dim::Country => "country",
            Dim::Type => "type",
            Dim::Unit => "unit",
            Dim::Source => "source",
        }
    }

    pub fn is_time(self) -> bool {
        matches!(self, Dim::Month | Dim::Year)
    }
}

/// A filter condition with its values resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    /// A month compared with the whole span of a fact (every month of it must match).
    Month(Op, Month),
    /// A year compared with the year of a fact.
    Year(Op, i32),
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
}

/// Values of `$name` parameters and session settings the checker may need.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub params: HashMap<String, String>,
    /// The unit set with `set unit = ...`, used when a query names none.
    pub unit: Option<String>,
    /// Report names of countries the store knows beyond the reference.
    pub extra_countries: Vec<String>,
}

/// Checks a query.
pub fn check(query: &Query, cx: &Context) -> Result<Checked, Diagnostic> {
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
    let units = units(measure, &facets, &dims, by_country_tables, cx)?;
    let mut notes = Vec::new();
    if by_country_tables && matches!(measure, Measure::ProtectionRate) && facets.units.is_empty() {
        notes.push("By country the report counts decisions in persons only, so this rate is in persons (the national rate is in dossiers).".to_string());
    }
    let types = match (measure, facets.types.take()) {
        (Measure::Workload, None) if !dims.contains(&Dim::Type) => Some(vec!["total"]),
        (_, types) => types,
    };
    let modifiers = query
        .modifiers
        .iter()
        .map(|m| modifier(m, measure, &dims))
        .collect::<Result<_, _>>()?;
    Ok(Checked {
        measure,
        units,
        by_country_tables,
        types,
        filter,
        dims,
        modifiers,
        notes,
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
        Expr::Not(inner) => resolve(&negate(inner), measure, cx, facets, true),
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
        Dim::Month => any_of(
            values.iter().map(|v| Ok(Cond::Month(op, month_value(v)?))),
            op,
        ),
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
                    .with_hint("the units are persons, dossiers")
            })?;
        if measure == Measure::Applications && unit == "dossiers" {
            return Err(Diagnostic::new(
                "applications are counted in persons only",
                v.span.clone(),
            )
            .with_label("no applications in dossiers"));
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

fn modifier(m: &Spanned<Modifier>, measure: Measure, dims: &[Dim]) -> Result<Modifier, Diagnostic> {
    let has_time = dims.iter().any(|d| d.is_time());
    match &m.node {
        Modifier::Change { .. } | Modifier::Cumulative if !has_time => Err(Diagnostic::new(
            format!("'{}' needs a time dimension", m.node),
            m.span.clone(),
        )
        .with_hint("add `by month` or `by year`")),
        Modifier::Cumulative | Modifier::Share
            if measure != Measure::Applications && measure != Measure::Decisions =>
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
