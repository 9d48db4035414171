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
        Modifier::Having { .. } => "having",
        Modifier::Index(_) => "index",
        Modifier::PerCapita => "per capita",
    };
    let mut out: Vec<Modifier> = Vec::new();
    for m in given {
        if out.iter().any(|o| kind(o) == kind(&m.node)) {
            return Err(Diagnostic::new(
                msg!("check-modifier-twice", modifier = kind(&m.node)),
                m.span.clone(),
            )
            .with_label(msg!("check-a-second-one"))
            .with_hint(msg!("hint-modifier-once")));
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
    if let Some(h) = given
        .iter()
        .find(|m| matches!(m.node, Modifier::Having { .. }))
    {
        having_column(h, &out, measure)?;
    }
    let index = given.iter().find(|m| matches!(m.node, Modifier::Index(_)));
    let per_capita = given.iter().find(|m| m.node == Modifier::PerCapita);
    if let (Some(p), Some(other)) = (per_capita, summary.or(adds).or(index)) {
        return Err(conflict(other, p, msg!("hint-per-capita-alone")));
    }
    if let (Some(i), Some(other)) = (index, summary.or(adds)) {
        return Err(conflict(other, i, msg!("hint-two-queries")));
    }
    if let (Some(s), Some(a)) = (summary, adds) {
        return Err(conflict(s, a, msg!("hint-two-queries")));
    }
    Ok(out)
}

/// Two modifiers that cannot go together, placed at the second.
fn conflict(first: &Spanned<Modifier>, second: &Spanned<Modifier>, hint: Message) -> Diagnostic {
    Diagnostic::new(
        msg!(
            "check-modifiers-conflict",
            first = first.node.to_string(),
            second = second.node.to_string()
        ),
        second.span.clone(),
    )
    .with_hint(hint)
}

fn modifier(
    m: &Spanned<Modifier>,
    measure: Measure,
    dims: &[Dim],
    by_country: bool,
) -> Result<Modifier, Diagnostic> {
    let has_time = dims.iter().any(|d| d.is_time());
    match &m.node {
        Modifier::Top(0) | Modifier::Limit(0) => Err(Diagnostic::new(
            msg!("check-zero-rows", modifier = m.node.to_string()),
            m.span.clone(),
        )
        .with_label(msg!("check-count-from-one"))),
        Modifier::Rolling(_) if !dims.contains(&Dim::Month) => Err(Diagnostic::new(
            msg!("check-rolling-needs-month", modifier = m.node.to_string()),
            m.span.clone(),
        )
        .with_hint(msg!("hint-rolling-by-month"))),
        Modifier::Rolling(n) if !(2..=12).contains(n) => Err(Diagnostic::new(
            msg!("check-rolling-range", modifier = m.node.to_string()),
            m.span.clone(),
        )),
        Modifier::Rolling(_) if measure.kind() == Kind::Rate => Err(Diagnostic::new(
            msg!("check-rolling-rate", modifier = m.node.to_string()),
            m.span.clone(),
        )
        .with_hint(msg!("hint-rate-longer-period"))),
        Modifier::PerCapita if measure.kind() == Kind::Rate => Err(Diagnostic::new(
            msg!("check-rate-per-capita", measure = measure.name()),
            m.span.clone(),
        )
        .with_label(msg!("check-rate-not-added"))),
        Modifier::Change { .. } | Modifier::Cumulative if !has_time => Err(Diagnostic::new(
            msg!("check-needs-time", modifier = m.node.to_string()),
            m.span.clone(),
        )
        .with_hint(msg!("hint-add-time"))),
        Modifier::Share { of: None }
            if measure == Measure::Workload && !dims.contains(&Dim::Type) =>
        {
            Err(
                Diagnostic::new(msg!("check-workload-share"), m.span.clone())
                    .with_hint(msg!("hint-workload-share")),
            )
        }
        Modifier::Share { of: None }
            if measure == Measure::Pending && !dims.contains(&Dim::Geo) =>
        {
            Err(Diagnostic::new(msg!("check-pending-share"), m.span.clone())
                .with_hint(msg!("hint-pending-share")))
        }
        Modifier::Cumulative | Modifier::Share { .. }
            if measure.kind() == Kind::Rate
                || (measure.kind() == Kind::Stock && m.node == Modifier::Cumulative) =>
        {
            Err(Diagnostic::new(
                msg!(
                    "check-adds-up",
                    modifier = m.node.to_string(),
                    measure = measure.name()
                ),
                m.span.clone(),
            )
            .with_label(if measure.kind() == Kind::Stock {
                msg!("check-a-stock")
            } else {
                msg!("check-rate-not-added")
            }))
        }
        Modifier::Summary { kind, per } => summary(m, (*kind, *per), measure, dims, by_country),
        Modifier::Index(_) if measure.kind() == Kind::Rate => Err(Diagnostic::new(
            msg!("check-index-rate", modifier = m.node.to_string()),
            m.span.clone(),
        )
        .with_hint(msg!("hint-index-rate"))),
        Modifier::Index(base) => index_base(m, base, dims),
        Modifier::Sort { key, .. }
            if key != "value" && Dim::parse(key).is_none_or(|d| !dims.contains(&d)) =>
        {
            Err(
                Diagnostic::new(msg!("check-sort-key", key = key), m.span.clone())
                    .with_hint(msg!("hint-sort-key")),
            )
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
    let fail = |message: Message, hint: &'static str| {
        Err(Diagnostic::new(message, m.span.clone()).with_hint(Message::new(hint)))
    };
    let modifier = m.node.to_string();
    if measure.kind() == Kind::Rate {
        return fail(
            msg!("check-summary-rate", modifier = &modifier),
            "hint-summary-rate",
        );
    }
    if measure.kind() == Kind::Stock && per != Per::Month {
        return fail(
            msg!("check-summary-stock", measure = measure.name()),
            "hint-per-month",
        );
    }
    let finer = dims.iter().find(|d| match d {
        Dim::Month => true,
        Dim::Quarter | Dim::Half => per <= Per::Quarter,
        Dim::Year => per == Per::Year,
        _ => false,
    });
    if let Some(d) = finer {
        return fail(
            msg!(
                "check-summary-finer",
                modifier = &modifier,
                per = per.name(),
                dimension = d.name()
            ),
            "hint-summary-finer",
        );
    }
    if by_country && (kind != Summary::Average || per != Per::Month) {
        return fail(
            msg!("check-summary-by-country", modifier = &modifier),
            "hint-summary-by-country",
        );
    }
    Ok(m.node.clone())
}

/// `index BASE`: a year, month or quarter, as long as the periods of the
/// rows (a year by year, a month by month), so that each row is set
/// against a base like itself.
fn index_base(m: &Spanned<Modifier>, base: &Value, dims: &[Dim]) -> Result<Modifier, Diagnostic> {
    let Some(period) = base_period(base) else {
        return Err(Diagnostic::new(
            msg!("check-index-base", base = base.to_string()),
            m.span.clone(),
        )
        .with_label(msg!("check-index-base-label")));
    };
    let months = period.span().len();
    let rows = dims.iter().find(|d| d.is_time()).map(|d| match d {
        Dim::Month => (1, "month"),
        Dim::Quarter => (3, "quarter"),
        Dim::Half => (6, "half"),
        _ => (12, "year"),
    });
    match rows {
        Some((each, dimension)) if each != months => Err(Diagnostic::new(
            msg!(
                "check-index-period",
                base = base.to_string(),
                dimension = dimension
            ),
            m.span.clone(),
        )
        .with_hint(msg!("hint-index-period", dimension = dimension))),
        _ => Ok(m.node.clone()),
    }
}

/// The columns a `having` may compare: `value` and the columns the other
/// modifiers add.
fn having_column(
    h: &Spanned<Modifier>,
    given: &[Modifier],
    measure: Measure,
) -> Result<(), Diagnostic> {
    let Modifier::Having { column, .. } = &h.node else {
        return Ok(());
    };
    let rate = measure.kind() == Kind::Rate;
    let mut columns = vec!["value"];
    for m in given {
        match m {
            Modifier::Share { .. } => columns.push("share"),
            Modifier::Cumulative => columns.push("cumulative"),
            Modifier::Rolling(_) => columns.push("rolling"),
            Modifier::Change { .. } if rate => columns.push("change_pp"),
            Modifier::Change { .. } => columns.extend(["change", "change_pct"]),
            _ => {}
        }
    }
    if rate {
        columns.extend(["granted", "decided"]);
    }
    if given.contains(&Modifier::PerCapita) {
        columns.extend(["count", "population"]);
    }
    if columns.contains(&column.as_str()) {
        return Ok(());
    }
    Err(
        Diagnostic::new(msg!("check-having-column", column = column), h.span.clone())
            .with_label(msg!("check-not-a-column"))
            .with_hint(msg!("hint-having-columns", columns = columns)),
    )
}
