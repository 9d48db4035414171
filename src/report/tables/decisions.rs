//! The monthly decision tables, in persons and in dossiers, with their types
//! checked against each month's total and the year's.

use super::*;

pub(super) const DECISIONS_PERSONS: &str = "decisions by month (persons)";
pub(super) const DECISIONS_DOSSIERS: &str = "decisions by month (dossiers)";

/// Decisions by month, in persons and in dossiers. Returns the persons table.
pub(super) fn decisions_by_month(
    reader: &mut Reader,
    lines: &[Line],
) -> Result<MonthTable, ReportError> {
    let mut tables = Vec::new();
    let mut body: Option<Vec<Line>> = None;
    let mut pending = String::new();
    for line in lines {
        if normalize(line.text).starts_with("beslissingen jan") {
            pending.clear();
            body = Some(Vec::new());
            continue;
        }
        let Some(current) = body.as_mut() else {
            continue;
        };
        current.push(*line);
        let (text, numbers) = split_numbers(line.text);
        if numbers.is_empty() {
            pending.push(' ');
            pending.push_str(&text);
            continue;
        }
        let closes = normalize(&format!("{pending} {text}")).starts_with("totaal");
        pending.clear();
        if closes {
            tables.push(rows(&body.take().unwrap_or_default()));
        }
    }
    let mut persons = None;
    for table in &tables {
        let unit = if table.iter().any(|r| r.label.contains("personen")) {
            Unit::Persons
        } else {
            Unit::Dossiers
        };
        let month_table = decision_table(reader, table, unit)?;
        if unit == Unit::Persons {
            persons = Some(month_table);
        }
    }
    if tables.len() != 2 {
        return Err(ReportError::missing(msg!("report-no-decision-tables")));
    }
    persons.ok_or_else(|| ReportError::missing(msg!("report-no-decisions-in-persons")))
}

pub(super) fn decision_table(
    reader: &mut Reader,
    rows: &[Row],
    unit: Unit,
) -> Result<MonthTable, ReportError> {
    let name = if unit == Unit::Persons {
        DECISIONS_PERSONS
    } else {
        DECISIONS_DOSSIERS
    };
    let months = reader.month.number() as usize;
    let mut by_kind: HashMap<Type, (&Row, usize)> = HashMap::new();
    for row in rows {
        let kind = decision_kind(&row.label).ok_or_else(|| {
            ReportError::malformed(
                row.line,
                msg!("report-unknown-row", table = name, label = &row.label),
            )
        })?;
        if row.numbers.len() != months + 1 {
            return Err(ReportError::malformed(
                row.line,
                msg!(
                    "report-figure-count-months",
                    table = name,
                    expected = months + 1,
                    months = months
                ),
            ));
        }
        let printed = row.numbers[months];
        let sum = sum_of(row.numbers[..months].iter().copied(), row.line)?;
        reader.checks.equal(
            name,
            row.line,
            msg!("check-total-of-year", kind = kind.to_string()),
            printed,
            sum,
        );
        by_kind.insert(kind, (row, row.line));
    }
    for kind in DECISION_TYPES.into_iter().chain([Type::Total]) {
        if !by_kind.contains_key(&kind) {
            return Err(ReportError::missing(msg!(
                "report-no-row",
                table = name,
                kind = kind.to_string()
            )));
        }
    }
    let (total_row, total_line) = by_kind[&Type::Total];
    for i in 0..=months {
        let sum = sum_of(
            DECISION_TYPES.iter().map(|k| by_kind[k].0.numbers[i]),
            total_line,
        )?;
        reader.checks.equal(
            name,
            total_line,
            msg!("check-column-total", column = i + 1),
            total_row.numbers[i],
            sum,
        );
    }
    let mut table = MonthTable {
        months: Vec::new(),
        total: Named::new(),
        total_line,
    };
    for i in 0..months {
        let month = Month::new(reader.month.year(), i as u32 + 1).expect("month 1-12");
        let mut values = Named::new();
        for kind in DECISION_TYPES.into_iter().chain([Type::Total]) {
            let (row, line) = by_kind[&kind];
            values.insert(kind, row.numbers[i]);
            if kind != Type::Total {
                reader.fact(
                    Figure::Count(Measure::Decisions, kind, unit),
                    None,
                    (month, month),
                    row.numbers[i],
                    name,
                    line,
                );
            }
        }
        table.months.push((month, values, total_line));
    }
    for kind in DECISION_TYPES.into_iter().chain([Type::Total]) {
        table.total.insert(kind, by_kind[&kind].0.numbers[months]);
    }
    Ok(table)
}
