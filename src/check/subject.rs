//! What a query asks about, as a chart says it in words: the measure, and
//! the countries, types and units its filter picks beyond its periods.
//!
//! The chart's title is made from this, not from the query's text, so that
//! no renderer parses a query back.

use super::*;
use crate::answer::{Picked, Relation, Said, Subject};

/// The fields of time, which a chart names as the periods it draws.
const TIME_FIELDS: [&str; 4] = ["year", "month", "quarter", "half"];

/// The subject of query `q`, its parameters bound as `cx` binds them.
pub fn subject(q: &Query, cx: &Context) -> Subject {
    let measure = q
        .combine
        .is_none()
        .then(|| Measure::find(&q.measure.node).map(|m| m.name().to_string()))
        .flatten();
    let combined = q.combine.as_ref().and_then(|(arith, right)| {
        let name = |m: &str| Measure::find(m).map(|m| m.name().to_string());
        let how = match arith {
            Arith::Add => "add",
            Arith::Sub => "sub",
            Arith::Div => "div",
        };
        Some((name(&q.measure.node)?, how.to_string(), name(&right.node)?))
    });
    let mut subject = Subject {
        measure,
        combined,
        ..Subject::default()
    };
    subject.having = q.modifiers.iter().find_map(|m| match &m.node {
        Modifier::Having { column, op, value } => {
            Some((column.clone(), relation(*op), value.clone()))
        }
        _ => None,
    });
    let filters: Vec<&Expr> = [&q.own_filter, &q.filter].into_iter().flatten().collect();
    for filter in &filters {
        if pick(filter, cx, &mut subject.picked).is_none() {
            subject.picked.clear();
            let mut said: Vec<Said> = filters.iter().map(|f| say(f, cx)).collect();
            subject.said = Some(if said.len() == 1 {
                said.remove(0)
            } else {
                Said::All(said)
            });
            return subject;
        }
    }
    subject
}

/// Adds what `e` picks to `out`; `None` where it is more than an `and` of
/// `=` and `in` on countries, types, units, reporting countries,
/// publishers and periods.
fn pick(e: &Expr, cx: &Context, out: &mut Vec<Picked>) -> Option<()> {
    match e {
        Expr::And(a, b) => {
            pick(a, cx, out)?;
            pick(b, cx, out)
        }
        // Periods are said from the months drawn; a period left out (`!=`)
        // is not.
        Expr::Last { .. } => Some(()),
        Expr::Between { field, .. } | Expr::In { field, .. } if is_time(field) => Some(()),
        Expr::Compare { field, op, .. } if is_time(field) => (*op != Op::Ne).then_some(()),
        Expr::Compare {
            field,
            op: Op::Eq,
            value,
        } => picked(&field.node, value, cx).map(|p| out.push(p)),
        Expr::In { field, values } => {
            for value in values {
                out.push(picked(&field.node, value, cx)?);
            }
            Some(())
        }
        _ => None,
    }
}

/// A whole filter in the shape words say it.
fn say(e: &Expr, cx: &Context) -> Said {
    let label = |v: &Spanned<Value>| {
        bind(v, cx).map_or_else(|_| v.node.to_string(), |b| b.node.to_string())
    };
    match e {
        Expr::And(a, b) => Said::All(flat(say(a, cx), say(b, cx), true)),
        Expr::Or(a, b) => Said::Any(flat(say(a, cx), say(b, cx), false)),
        Expr::Not(inner) => Said::Not(Box::new(say(inner, cx))),
        Expr::Last { count, years } => Said::Last {
            count: count.node,
            years: *years,
        },
        Expr::Between { field, low, high } if is_time(field) => Said::Between {
            low: label(low),
            high: label(high),
        },
        Expr::Compare { field, op, value } if is_time(field) => Said::Period {
            relation: relation(*op),
            period: label(value),
        },
        Expr::In { field, values } if is_time(field) => Said::Any(
            values
                .iter()
                .map(|v| Said::Period {
                    relation: Relation::Is,
                    period: label(v),
                })
                .collect(),
        ),
        Expr::Compare { field, op, value } if matches!(op, Op::Eq | Op::Ne) => {
            match picked(&field.node, value, cx) {
                Some(p) if *op == Op::Eq => Said::Is(p),
                Some(p) => Said::Not(Box::new(Said::Is(p))),
                None => Said::Written(e.to_string()),
            }
        }
        Expr::In { field, values } => values
            .iter()
            .map(|v| picked(&field.node, v, cx).map(Said::Is))
            .collect::<Option<Vec<Said>>>()
            .map_or_else(|| Said::Written(e.to_string()), Said::Any),
        _ => Said::Written(with_bound_params(&e.to_string(), cx)),
    }
}

/// `a` and `b` as one list, an `and` (or an `or`) inside flattened.
fn flat(a: Said, b: Said, all: bool) -> Vec<Said> {
    let mut out = Vec::new();
    for s in [a, b] {
        match s {
            Said::All(inner) if all => out.extend(inner),
            Said::Any(inner) if !all => out.extend(inner),
            other => out.push(other),
        }
    }
    out
}

fn relation(op: Op) -> Relation {
    match op {
        Op::Eq => Relation::Is,
        Op::Ne => Relation::IsNot,
        Op::Ge => Relation::Since,
        Op::Gt => Relation::After,
        Op::Le => Relation::Until,
        Op::Lt => Relation::Before,
    }
}

fn is_time(field: &Spanned<String>) -> bool {
    TIME_FIELDS.contains(&field.node.as_str())
}

/// One value of a country, type, unit, reporting country, publisher, sex
/// or age filter.
fn picked(field: &str, value: &Spanned<Value>, cx: &Context) -> Option<Picked> {
    let value = match bind(value, cx).ok()?.node {
        Value::Str(s) | Value::Word(s) => s,
        _ => return None,
    };
    let code = |code: &str| {
        Some(Picked::Code {
            field: field.to_string(),
            code: code.to_string(),
        })
    };
    match field {
        "country" if value.eq_ignore_ascii_case("total") => code("TOTAL"),
        "country" => countries::lookup(&value, &cx.extra_countries)
            .ok()
            .map(Picked::Country),
        "type" | "unit" => Some(Picked::Term(value)),
        "geo" => crate::eurostat::codes::geo(&value).and_then(|g| code(g.0)),
        "publisher" => code(&value.to_ascii_lowercase()),
        "sex" | "age" => code(&value.to_ascii_uppercase()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::ast::Statement;

    fn of(text: &str, cx: &Context) -> Subject {
        let statements = crate::lang::parse(text).unwrap();
        let Statement::Query(q) = &statements[0].node else {
            panic!("{text} is a query")
        };
        subject(q, cx)
    }

    #[test]
    fn a_subject_names_what_the_filter_picks_beyond_periods() {
        let cx = Context::default();
        let s = of(
            r#"applications where country = "syrie" and type in (first, subsequent) and year >= 2022 by month"#,
            &cx,
        );
        assert_eq!(s.measure.as_deref(), Some("applications"));
        assert_eq!(
            s.picked,
            [
                Picked::Country("Syrië".into()),
                Picked::Term("first".into()),
                Picked::Term("subsequent".into())
            ]
        );
        assert_eq!(s.said, None);
        let mut cx = Context::default();
        cx.params.insert("c".into(), "Afghanistan".into());
        assert_eq!(
            of("decisions where country = $c and month != 2023-05", &cx).said,
            Some(Said::All(vec![
                Said::Is(Picked::Country("Afghanistan".into())),
                Said::Period {
                    relation: Relation::IsNot,
                    period: "2023-05".into()
                }
            ]))
        );
        assert_eq!(
            of(r#"applications - decisions where country = "Syrië""#, &cx).measure,
            None
        );
    }
}
