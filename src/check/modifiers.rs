//! The modifiers of a query (`top`, `share`, `change`, `cumulative`,
//! `rolling`, a summary, ...): each checked against the measure and the
//! dimensions it applies to, so that a figure that would mean nothing (a
//! rate added up, a stock summed over months) is refused with the reason.

use super::*;

/// Checks each modifier; each kind may be given once, and `top` and `limit`
/// (which both cut rows) not together.
pub(super) fn modifiers(
    given: &[Spanned<Modifier>],
    measure: Measure,
    dims: &[Dim],
    by_country: bool,
) -> Result<Vec<Modifier>, Diagnostic> {
    let kind = |m: &Modifier| match m {
        Modifier::Top(_) | Modifier::Limit(_) | Modifier::CountParam { .. } => "top or limit",
        Modifier::Sort { .. } => "sort",
        Modifier::Share { .. } => "share",
        Modifier::Change { .. } => "change",
        Modifier::Cumulative => "cumulative",
        Modifier::Rolling(_) => "rolling",
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
            Modifier::Share { .. }
                | Modifier::Change { .. }
                | Modifier::Cumulative
                | Modifier::Rolling(_)
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
        Modifier::Rolling(_) if !dims.contains(&Dim::Month) => Err(Diagnostic::new(
            format!("'{}' averages over months, and needs `by month`", m.node),
            m.span.clone(),
        )
        .with_hint("add `by month`: `applications by month rolling 3 months`")),
        Modifier::Rolling(n) if !(2..=12).contains(n) => Err(Diagnostic::new(
            format!("'{}': a rolling average takes 2 to 12 months", m.node),
            m.span.clone(),
        )),
        Modifier::Rolling(_) if measure.kind() == Kind::Rate => Err(Diagnostic::new(
            format!(
                "'{}' averages figures, and a rate is never averaged",
                m.node
            ),
            m.span.clone(),
        )
        .with_hint("ask for the rate over a longer period: `protection_rate by quarter`")),
        Modifier::Change { .. } | Modifier::Cumulative if !has_time => Err(Diagnostic::new(
            format!("'{}' needs a time dimension", m.node),
            m.span.clone(),
        )
        .with_hint("add `by month` or `by year`")),
        Modifier::Share { of: None }
            if measure == Measure::Workload && !dims.contains(&Dim::Type) =>
        {
            Err(Diagnostic::new(
                "a share of the workload is a share of its parts (normal, backlog)",
                m.span.clone(),
            )
            .with_hint("add `by type`: `workload by type share`"))
        }
        Modifier::Cumulative | Modifier::Share { .. }
            if measure.kind() == Kind::Rate
                || (measure.kind() == Kind::Stock && m.node == Modifier::Cumulative) =>
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
    if measure.kind() == Kind::Rate {
        return fail(
            format!("a rate is never averaged: '{}' would weigh every period alike", m.node),
            "ask `protection_rate where ...` for the rate over the whole span, or `by month` for each month's rate",
        );
    }
    if measure.kind() == Kind::Stock && per != Per::Month {
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
