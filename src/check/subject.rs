//! What a query asks about, as a chart says it in words: the measure, and
//! the countries, types and units its filter picks beyond its periods.
//!
//! The chart's title is made from this, not from the query's text, so that
//! no renderer parses a query back.

use super::*;
use crate::answer::{Picked, Subject};

/// The fields of time, which a chart names as the periods it draws.
const TIME_FIELDS: [&str; 4] = ["year", "month", "quarter", "half"];

/// The subject of query `q`, its parameters bound as `cx` binds them.
pub fn subject(q: &Query, cx: &Context) -> Subject {
    let measure = q
        .combine
        .is_none()
        .then(|| Measure::find(&q.measure.node).map(|m| m.name().to_string()))
        .flatten();
    let mut subject = Subject {
        measure,
        ..Subject::default()
    };
    for filter in [&q.own_filter, &q.filter].into_iter().flatten() {
        if pick(filter, cx, &mut subject.picked).is_none() {
            subject.picked.clear();
            subject.written = Some(with_bound_params(&filter.to_string(), cx));
            return subject;
        }
    }
    subject
}

/// Adds what `e` picks to `out`; `None` where it is more than an `and` of
/// `=` and `in` on countries, types, units and periods.
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

fn is_time(field: &Spanned<String>) -> bool {
    TIME_FIELDS.contains(&field.node.as_str())
}

/// One value of a country, type or unit filter.
fn picked(field: &str, value: &Spanned<Value>, cx: &Context) -> Option<Picked> {
    let value = match bind(value, cx).ok()?.node {
        Value::Str(s) | Value::Word(s) => s,
        _ => return None,
    };
    match field {
        "country" => countries::lookup(&value, &cx.extra_countries)
            .ok()
            .map(Picked::Country),
        "type" | "unit" => Some(Picked::Term(value)),
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
        assert_eq!(s.written, None);
        let mut cx = Context::default();
        cx.params.insert("c".into(), "Afghanistan".into());
        assert_eq!(
            of("decisions where country = $c and month != 2023-05", &cx)
                .written
                .as_deref(),
            Some(r#"(country = "Afghanistan" and month != 2023-05)"#)
        );
        assert_eq!(
            of(r#"applications - decisions where country = "Syrië""#, &cx).measure,
            None
        );
    }
}
