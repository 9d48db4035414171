//! The filter of a query, resolved: each comparison against the vocabulary
//! (periods, types, units, countries), negation pushed down to the
//! comparisons, and the units the filter allows.

use super::*;

/// What the filter says about units, types and countries.
#[derive(Debug, Default)]
pub(super) struct Facets {
    pub(super) units: Vec<&'static str>,
    pub(super) types: Option<Vec<&'static str>>,
    pub(super) country: bool,
    /// Eurostat answers (see `publisher::route`): its own type words.
    pub(super) by_geo: bool,
}

pub(super) fn resolve(
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
                Diagnostic::new(msg!("check-last-negated"), count.span.clone())
                    .with_label(msg!("check-inside-not"))
                    .with_hint(msg!("hint-last-negated")),
            )
        }
        Expr::Not(inner) => resolve(&negate(inner), measure, cx, facets, true),
        Expr::Last { count, years } if count.node == 0 => Err(Diagnostic::new(
            msg!(
                "check-last-zero",
                unit = if *years { "years" } else { "months" }
            ),
            count.span.clone(),
        )
        .with_label(msg!("check-count-from-one"))),
        Expr::Last { count, years } => Ok(Cond::Last {
            count: count.node,
            years: *years,
        }),
        Expr::Between { field, low, high } => {
            reversed(low, high)?;
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
pub(super) fn negate(e: &Expr) -> Expr {
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
pub(super) fn compare(
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
        Dim::Month | Dim::Quarter | Dim::Half => {
            any_of(values.iter().map(|v| period_cond(dim, op, v)), op)
        }
        Dim::Year => any_of(
            values.iter().map(|v| Ok(Cond::Year(op, year_value(v)?))),
            op,
        ),
        Dim::Type
        | Dim::Country
        | Dim::Unit
        | Dim::Source
        | Dim::Geo
        | Dim::Sex
        | Dim::Age
        | Dim::Publisher
            if !matches!(op, Op::Eq | Op::Ne) =>
        {
            Err(Diagnostic::new(
                msg!("check-equality-only", dimension = &field.node),
                field.span.clone(),
            )
            .with_label(msg!("check-no-order")))
        }
        Dim::Unit => unit_filter(field, op, &values, measure, facets, nested),
        Dim::Publisher => Ok(Cond::True),
        Dim::Geo if !facets.by_geo => Ok(Cond::True),
        Dim::Geo | Dim::Sex | Dim::Age => {
            let codes = values
                .iter()
                .map(|v| match dim {
                    Dim::Geo => super::publisher::geo_value(v),
                    _ => super::publisher::class_value(v, dim),
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Cond::Set {
                column: dim.name(),
                values: codes.into_iter().map(String::from).collect(),
                negated: op == Op::Ne,
            })
        }
        Dim::Type => {
            // Eurostat stores its groups beside their parts: a word is
            // one stored type there, and the CGVS's groups expand.
            let mut stored = Vec::new();
            for v in &values {
                if facets.by_geo {
                    stored.push(super::publisher::eurostat_type(v, measure)?);
                } else {
                    stored.extend(type_value(v, measure)?);
                }
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
        Dim::Source => Err(
            Diagnostic::new(msg!("check-filter-source"), field.span.clone())
                .with_hint(msg!("hint-by-source")),
        ),
        Dim::MonthOfYear => Err(Diagnostic::new(
            msg!("check-filter-month-of-year"),
            field.span.clone(),
        )
        .with_hint(msg!("hint-month-of-year-year"))),
    }
}

/// `x in (a, b)` is `x = a or x = b`; `x != a` over a list is an `and`.
pub(super) fn any_of(
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

pub(super) fn unit_filter(
    field: &Spanned<String>,
    op: Op,
    values: &[Spanned<Value>],
    measure: Measure,
    facets: &mut Facets,
    nested: bool,
) -> Result<Cond, Diagnostic> {
    if nested || op != Op::Eq {
        return Err(
            Diagnostic::new(msg!("check-unit-filter"), field.span.clone())
                .with_label(msg!("check-units-never-mixed"))
                .with_hint(msg!("hint-unit-filter")),
        );
    }
    for v in values {
        let unit = word_of(v)
            .and_then(|w| UNITS.iter().find(|u| **u == w.to_lowercase()).copied())
            .ok_or_else(|| {
                Diagnostic::new(
                    msg!("check-unknown-unit", unit = v.node.to_string()),
                    v.span.clone(),
                )
                .with_label(msg!("check-not-a-unit"))
                .with_hint(msg!("hint-units"))
            })?;
        if !measure.units().contains(&unit) {
            let message = if measure == Measure::Applications {
                msg!("check-applications-units")
            } else {
                msg!(
                    "check-not-counted-in",
                    measure = measure.name(),
                    unit = unit
                )
            };
            return Err(Diagnostic::new(message, v.span.clone()).with_label(msg!(
                "check-none-in-unit",
                measure = measure.name(),
                unit = unit
            )));
        }
        if !facets.units.contains(&unit) {
            facets.units.push(unit);
        }
    }
    Ok(Cond::True)
}

pub(super) fn units(
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
        } else if set.is_none() && cx.has_files && measure.units().contains(&"files") {
            // Pages up to 2015 count applications in files: each period
            // answers in the unit the store holds it in, a row per unit,
            // never added to persons.
            measure.units().to_vec()
        } else {
            vec![set
                .filter(|u| measure.units().contains(u))
                .unwrap_or(measure.default_unit())]
        };
    }
    if facets.units.len() > 1 && !by_unit {
        return Err(Diagnostic::general(msg!("check-two-units")).with_hint(msg!("hint-by-unit")));
    }
    if by_country && units.contains(&"dossiers") {
        return Err(Diagnostic::general(msg!("check-country-dossiers"))
            .with_hint(msg!("hint-country-dossiers")));
    }
    Ok(units)
}

/// `between a and b` with `a` after `b` selects nothing: refused, naming the
/// order that selects something.
fn reversed(low: &Spanned<Value>, high: &Spanned<Value>) -> Result<(), Diagnostic> {
    // A month, a quarter or a year as its first month's index and its kind.
    let key = |v: &Value| match v {
        Value::Month(y, m) => Some((0, i64::from(*y) * 12 + i64::from(*m))),
        Value::Quarter(y, q) => Some((1, i64::from(*y) * 12 + i64::from(*q) * 3)),
        Value::Half(y, h) => Some((3, i64::from(*y) * 12 + i64::from(*h) * 6)),
        Value::Int(y) => Some((2, *y * 12)),
        _ => None,
    };
    match (key(&low.node), key(&high.node)) {
        (Some((a, from)), Some((b, to))) if a == b && from > to => Err(Diagnostic::new(
            msg!(
                "check-between-reversed",
                low = low.node.to_string(),
                high = high.node.to_string()
            ),
            low.span.start..high.span.end,
        )
        .with_hint(msg!(
            "hint-between-reversed",
            low = high.node.to_string(),
            high = low.node.to_string()
        ))),
        _ => Ok(()),
    }
}
