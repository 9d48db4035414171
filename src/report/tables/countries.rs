//! The tables by country of origin: the top 10 applications of the month and
//! of the year to date, and the final decisions by country, each checked
//! against its "Andere landen" and total rows.

use super::*;

/// A table by country of origin: the top 10, "Andere landen" and the total.
pub(super) struct CountryTable {
    columns: Vec<Type>,
    /// Country (the report's name, or `other`), figures, line.
    rows: Vec<(String, Named, usize)>,
    /// The word after "Totaal": a month name or a year.
    total_of: String,
    total: Named,
    total_line: usize,
}

pub(super) fn country_tables(
    lines: &[Line],
    phrases: &[(Type, &str)],
    table: &'static str,
) -> Result<Vec<CountryTable>, ReportError> {
    let mut tables = Vec::new();
    let mut inside = false;
    let mut header = String::new();
    let mut columns: Option<Vec<Type>> = None;
    let mut found = Vec::new();
    let mut pending = String::new();
    for line in lines {
        let (text, numbers) = split_numbers(line.text);
        if normalize(&text).starts_with("land van herkomst") {
            (inside, columns) = (true, None);
            header = text;
            found.clear();
            continue;
        }
        if !inside {
            continue;
        }
        if numbers.is_empty() {
            let target = if columns.is_none() {
                &mut header
            } else {
                &mut pending
            };
            target.push(' ');
            target.push_str(&text);
            continue;
        }
        let cols = match &columns {
            Some(c) => c.clone(),
            None => column_order(&header, phrases).map_err(|name| {
                ReportError::malformed(
                    line.number,
                    msg!("report-no-column", table = table, name = name.to_string()),
                )
            })?,
        };
        columns = Some(cols.clone());
        if numbers.len() != cols.len() {
            return Err(ReportError::malformed(
                line.number,
                msg!("report-figure-count", table = table, expected = cols.len()),
            ));
        }
        let label = format!("{pending} {text}")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        pending.clear();
        let lower = label.to_lowercase();
        if let Some(of) = lower.strip_prefix("totaal") {
            tables.push(CountryTable {
                columns: cols.clone(),
                rows: std::mem::take(&mut found),
                total_of: of.trim().to_string(),
                total: named(&cols, &numbers, line.number)?,
                total_line: line.number,
            });
            inside = false;
        } else {
            found.push((
                country_name(&label),
                named(&cols, &numbers, line.number)?,
                line.number,
            ));
        }
    }
    Ok(tables)
}

/// `1 Syrië` is Syrië; `Andere landen` is `other`.
pub(super) fn country_name(label: &str) -> String {
    if label.to_lowercase().starts_with("andere landen") {
        return "other".to_string();
    }
    let mut words = label.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
    {
        words.next();
    }
    words.collect::<Vec<_>>().join(" ")
}

/// Checks a country table: each row's total, and each column against its total.
pub(super) fn check_country_table(
    reader: &mut Reader,
    t: &CountryTable,
    name: &'static str,
) -> Result<(), ReportError> {
    let parts: Vec<Type> = t
        .columns
        .iter()
        .copied()
        .filter(|c| *c != Type::Total)
        .collect();
    for (country, values, line) in &t.rows {
        let sum = sum_of(parts.iter().map(|k| values[k]), *line)?;
        reader.checks.equal(
            name,
            *line,
            msg!("check-country-total", country = country.to_string()),
            values[&Type::Total],
            sum,
        );
    }
    for kind in &t.columns {
        let sum = sum_of(t.rows.iter().map(|(_, v, _)| v[kind]), t.total_line)?;
        reader.checks.equal(
            name,
            t.total_line,
            msg!("check-top-ten", kind = kind.to_string()),
            t.total[&kind],
            sum,
        );
    }
    Ok(())
}

pub(super) const COUNTRY_MONTH: &str = "top 10 applications, month";
pub(super) const COUNTRY_YEAR: &str = "top 10 applications, year to date";

pub(super) fn applications_by_country(
    reader: &mut Reader,
    tables: &[CountryTable],
    national: &MonthTable,
) -> Result<(), ReportError> {
    let month_name = DUTCH_MONTHS[reader.month.number() as usize - 1];
    let year_name = reader.month.year().to_string();
    let month_table = tables
        .iter()
        .find(|t| t.total_of == month_name)
        .ok_or_else(|| ReportError::missing(msg!("report-no-top-ten", period = month_name)))?;
    let year_table = tables
        .iter()
        .find(|t| t.total_of == year_name)
        .ok_or_else(|| ReportError::missing(msg!("report-no-top-ten", period = &year_name)))?;
    let month = reader.month;
    let current = national
        .months
        .iter()
        .find(|(m, _, _)| *m == month)
        .map(|(_, v, _)| v.clone())
        .unwrap_or_default();
    for (t, name, span, against) in [
        (month_table, COUNTRY_MONTH, (month, month), &current),
        (
            year_table,
            COUNTRY_YEAR,
            (month.january(), month),
            &national.total,
        ),
    ] {
        check_country_table(reader, t, name)?;
        for kind in &t.columns {
            let national_figure = against.get(kind).copied().unwrap_or(0);
            reader.checks.equal(
                name,
                t.total_line,
                msg!(
                    "check-against-monthly-applications",
                    kind = kind.to_string()
                ),
                t.total[&kind],
                national_figure,
            );
        }
        for (country, values, line) in &t.rows {
            for kind in APPLICATION_TYPES {
                reader.fact(
                    Figure::Count(Measure::Applications, kind, Unit::Persons),
                    Some(country),
                    span,
                    values[&kind],
                    name,
                    *line,
                );
            }
        }
    }
    Ok(())
}

pub(super) const COUNTRY_DECISIONS: &str = "final decisions by country";

pub(super) fn decisions_by_country(
    reader: &mut Reader,
    tables: &[CountryTable],
    persons: &MonthTable,
) -> Result<(), ReportError> {
    let t = tables
        .first()
        .ok_or_else(|| ReportError::missing(msg!("report-no-country-decisions")))?;
    check_country_table(reader, t, COUNTRY_DECISIONS)?;
    let totals = &persons.total;
    let against = [
        (Type::RefugeeStatus, totals[&Type::RefugeeStatus]),
        (
            Type::SubsidiaryProtection,
            totals[&Type::SubsidiaryProtection],
        ),
        (Type::Withdrawal, totals[&Type::Withdrawal]),
        (
            Type::Negative,
            sum_of(
                [
                    totals[&Type::Inadmissible],
                    totals[&Type::ManifestlyUnfounded],
                    totals[&Type::Refusal],
                ],
                t.total_line,
            )?,
        ),
        (
            Type::Total,
            sum_of(
                [totals[&Type::Total], -totals[&Type::Interim]],
                t.total_line,
            )?,
        ),
    ];
    for (kind, national) in against {
        reader.checks.equal(
            COUNTRY_DECISIONS,
            t.total_line,
            msg!("check-against-monthly-decisions", kind = kind.to_string()),
            t.total[&kind],
            national,
        );
    }
    let span = (reader.month.january(), reader.month);
    for (country, values, line) in &t.rows {
        for kind in [
            Type::RefugeeStatus,
            Type::SubsidiaryProtection,
            Type::Withdrawal,
            Type::Negative,
        ] {
            reader.fact(
                Figure::Count(Measure::Decisions, kind, Unit::Persons),
                Some(country),
                span,
                values[&kind],
                COUNTRY_DECISIONS,
                *line,
            );
        }
    }
    Ok(())
}
