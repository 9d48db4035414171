//! The rules of `by month_of_year`: the months of the year set side by side
//! across years (`by month_of_year, year`), or the months of one year. Each
//! row is one calendar month, so the dimension never adds up the same month
//! of different years, never sits beside another period of time, and takes
//! no modifier that runs along time (`change`, `cumulative`, `rolling`,
//! `index`, a summary): those read the months in order, which `by month`
//! gives.

use super::*;

/// Refuses what `by month_of_year` cannot answer, placed at the part of the
/// query that asks it.
pub(super) fn check(
    query: &Query,
    dims: &[Dim],
    filter: &Cond,
    given: &[Spanned<Modifier>],
) -> Result<(), Diagnostic> {
    let Some(at) = dims.iter().position(|d| *d == Dim::MonthOfYear) else {
        return Ok(());
    };
    let span = query.by[at].span.clone();
    if let Some(other) = dims
        .iter()
        .position(|d| matches!(d, Dim::Month | Dim::Quarter | Dim::Half))
    {
        return Err(Diagnostic::new(
            msg!("check-month-of-year-with", dimension = dims[other].name()),
            query.by[other].span.clone(),
        )
        .with_hint(msg!("hint-month-of-year-year")));
    }
    if !dims.contains(&Dim::Year) && !within_one_year(filter) {
        return Err(Diagnostic::new(msg!("check-month-of-year-years"), span)
            .with_label(msg!("check-month-of-year-same-month"))
            .with_hint(msg!("hint-month-of-year-year")));
    }
    if let Some(m) = given.iter().find(|m| runs_along_time(&m.node)) {
        return Err(Diagnostic::new(
            msg!(
                "check-month-of-year-modifier",
                modifier = m.node.to_string()
            ),
            m.span.clone(),
        )
        .with_hint(msg!("hint-month-of-year-by-month")));
    }
    Ok(())
}

/// Whether the filter keeps the months of one calendar year at most.
fn within_one_year(filter: &Cond) -> bool {
    match filter.bounds() {
        (Some(first), Some(last)) => first.year() == last.year(),
        _ => false,
    }
}

/// The modifiers that read a row's neighbours in time.
fn runs_along_time(m: &Modifier) -> bool {
    matches!(
        m,
        Modifier::Change { .. }
            | Modifier::Cumulative
            | Modifier::Rolling(_)
            | Modifier::Summary { .. }
            | Modifier::Index(_)
    )
}
