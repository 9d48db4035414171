//! The readers of each table of a report, and the checks of its totals.
//!
//! Sections are found by their titles; within a section, columns are ordered by
//! where their header phrases appear and rows are named by their labels.

use super::text::{column_order, normalize, rows, split_numbers, Line, Row};
use super::{CheckFailure, Report, ReportError};
use crate::locale::Message;
use crate::model::month::{Month, DUTCH_MONTHS};
use crate::model::vocabulary::{
    APPLICATION_PARTS as APPLICATION_TYPES, DECISION_PARTS as DECISION_TYPES,
};
use crate::model::{Fact, Figure, Measure, Provenance, Type, Unit};
use crate::msg;
use std::collections::HashMap;

mod countries;
use countries::*;
mod decisions;
use decisions::*;

const APPLICATION_COLUMNS: [(Type, &str); 4] = [
    (Type::Total, "dat een verzoek"),
    (Type::First, "exclusief hervestiging"),
    (Type::Resettlement, "kader van hervestiging"),
    (Type::Subsequent, "volgend verzoek"),
];
const COUNTRY_DECISION_COLUMNS: [(Type, &str); 5] = [
    (Type::RefugeeStatus, "erkenningen"),
    (Type::SubsidiaryProtection, "toekenningen"),
    (Type::Withdrawal, "intrekkingen"),
    (Type::Negative, "weigeringsbeslissingen"),
    (Type::Total, "eindbeslissingen"),
];

/// Counts checks and keeps the failed ones.
#[derive(Default)]
struct Checks {
    count: usize,
    failures: Vec<CheckFailure>,
}

impl Checks {
    fn equal(
        &mut self,
        table: &'static str,
        line: usize,
        what: Message,
        printed: i64,
        computed: i64,
    ) {
        self.count += 1;
        if printed != computed {
            self.failures.push(CheckFailure {
                table,
                line,
                what,
                printed,
                computed,
            });
        }
    }
}

/// A row keyed by column name.
type Named = HashMap<Type, i64>;

/// The figures of a row by column; a row with another count of figures than
/// its table has columns (a figure garbled or lost) is malformed.
fn named(columns: &[Type], numbers: &[i64], line: usize) -> Result<Named, ReportError> {
    if columns.len() != numbers.len() {
        return Err(ReportError::malformed(
            line,
            msg!(
                "report-figures-found",
                expected = columns.len(),
                found = numbers.len()
            ),
        ));
    }
    Ok(columns
        .iter()
        .copied()
        .zip(numbers.iter().copied())
        .collect())
}

/// The state shared by the readers: the report month, facts and checks so far.
struct Reader {
    month: Month,
    facts: Vec<Fact>,
    checks: Checks,
}

impl Reader {
    #[allow(clippy::too_many_arguments)]
    fn fact(
        &mut self,
        figure: Figure,
        country: Option<&str>,
        (start, end): (Month, Month),
        value: i64,
        table: &'static str,
        line: usize,
    ) {
        self.facts.push(Fact {
            figure,
            country: country.map(str::to_string),
            start,
            end,
            value,
            provenance: Provenance::Report { table, line },
            derived: None,
        });
    }
}

/// Reads every table of the report.
pub fn read(lines: &[Line]) -> Result<Report, ReportError> {
    let month = super::title::title(lines)?;
    let published = super::title::published(lines, month)?;
    let sections = Sections::find(lines)?;
    let mut reader = Reader {
        month,
        facts: Vec::new(),
        checks: Checks::default(),
    };
    let overview_apps = overview(sections.get(0), application_kind, "overview: applications")?;
    let overview_decisions = overview(sections.get(1), decision_kind, "overview: decisions")?;
    let overview_workload = overview_workload(sections.get(2))?;
    let national = applications_by_month(&mut reader, sections.get(3))?;
    check_overview(
        &mut reader,
        &overview_apps,
        &national,
        "overview: applications",
    );
    let tables = country_tables(sections.get(4), &APPLICATION_COLUMNS, "top 10 applications")?;
    applications_by_country(&mut reader, &tables, &national)?;
    let decisions = decisions_by_month(&mut reader, sections.get(5))?;
    check_overview(
        &mut reader,
        &overview_decisions,
        &decisions,
        "overview: decisions",
    );
    let tables = country_tables(
        sections.get(5),
        &COUNTRY_DECISION_COLUMNS,
        "final decisions by country",
    )?;
    decisions_by_country(&mut reader, &tables, &decisions)?;
    workload(&mut reader, sections.get(6), overview_workload)?;
    Ok(Report {
        month,
        published,
        facts: reader.facts,
        checks: reader.checks.count,
        failures: reader.checks.failures,
        unplaced: Vec::new(),
    })
}

/// The sum of printed figures; an overflow is a malformed report, not a
/// wrapped number.
fn sum_of(figures: impl IntoIterator<Item = i64>, line: usize) -> Result<i64, ReportError> {
    figures
        .into_iter()
        .try_fold(0i64, i64::checked_add)
        .ok_or_else(|| ReportError::malformed(line, msg!("report-too-large")))
}

/// The sections of a report, in the order they appear, each up to the next.
struct Sections<'a> {
    parts: Vec<&'a [Line<'a>]>,
}

/// Section titles: what a line starts with (after trimming, case-insensitive).
const SECTION_TITLES: [(&str, &str); 7] = [
    (
        "verzoekers om internationale bescherming",
        "section-overview-applications",
    ),
    ("beslissingen ", "section-overview-decisions"),
    ("werklast", "section-overview-workload"),
    (
        "verzoek om internationale bescherming (bron",
        "section-monthly-applications",
    ),
    ("top 10 herkomstlanden verzoekers", "section-top-ten"),
    ("beslissingen (bron", "section-monthly-decisions"),
    ("werklast (bron", "section-workload"),
];

impl<'a> Sections<'a> {
    fn find(lines: &'a [Line<'a>]) -> Result<Sections<'a>, ReportError> {
        let mut starts = Vec::new();
        let mut from = 0;
        for (prefix, name) in SECTION_TITLES {
            let at = lines[from..]
                .iter()
                .position(|l| normalize(l.text).starts_with(prefix))
                .ok_or_else(|| {
                    ReportError::missing(msg!(
                        "report-no-section",
                        section = Message::new(name),
                        title = prefix.trim()
                    ))
                })?;
            starts.push(from + at);
            from += at + 1;
        }
        starts.push(lines.len());
        let parts = starts.windows(2).map(|w| &lines[w[0]..w[1]]).collect();
        Ok(Sections { parts })
    }

    fn get(&self, index: usize) -> &'a [Line<'a>] {
        self.parts[index]
    }
}

fn application_kind(label: &str) -> Option<Type> {
    if label.starts_with("totaal") {
        Some(Type::Total)
    } else if label.contains("exclusief") {
        Some(Type::First)
    } else if label.contains("hervestiging") {
        Some(Type::Resettlement)
    } else if label.contains("volgend") {
        Some(Type::Subsequent)
    } else {
        None
    }
}

fn decision_kind(label: &str) -> Option<Type> {
    let rules: [(&[&str], Type); 7] = [
        (&["verder onderzoek"], Type::Interim),
        (&["geweigerd", "weigering"], Type::Refusal),
        (&["ingetrokken", "intrekking"], Type::Withdrawal),
        (&["niet-ontvankelijk"], Type::Inadmissible),
        (&["kennelijk ongegrond"], Type::ManifestlyUnfounded),
        (&["subsidiaire"], Type::SubsidiaryProtection),
        (&["vluchtelingenstatus"], Type::RefugeeStatus),
    ];
    if label.starts_with("totaal") {
        return Some(Type::Total);
    }
    rules
        .iter()
        .find(|(words, _)| words.iter().any(|w| label.contains(w)))
        .map(|(_, kind)| *kind)
}

/// A row of the overview page: the figure for the month and for the year.
struct OverviewRow {
    month: i64,
    year: i64,
    line: usize,
}

fn overview(
    lines: &[Line],
    classify: fn(&str) -> Option<Type>,
    table: &'static str,
) -> Result<HashMap<Type, OverviewRow>, ReportError> {
    let mut found = HashMap::new();
    for row in rows(&lines[1..]) {
        let kind = classify(&row.label).ok_or_else(|| {
            ReportError::malformed(
                row.line,
                msg!("report-unknown-row", table = table, label = &row.label),
            )
        })?;
        if row.numbers.len() != 2 {
            return Err(ReportError::malformed(
                row.line,
                msg!("report-figure-count-month-year", table = table),
            ));
        }
        found.insert(
            kind,
            OverviewRow {
                month: row.numbers[0],
                year: row.numbers[1],
                line: row.line,
            },
        );
    }
    if !found.contains_key(&Type::Total) {
        return Err(ReportError::missing(msg!(
            "report-no-total-row",
            table = table
        )));
    }
    Ok(found)
}

/// The workload on the overview page: `24.764 dossiers`.
fn overview_workload(lines: &[Line]) -> Result<(i64, usize), ReportError> {
    for line in lines {
        let words: Vec<&str> = line.text.split_whitespace().collect();
        if let [number, "dossiers", ..] = words.as_slice() {
            if let Some(value) = super::text::dutch_number(number) {
                return Ok((value, line.number));
            }
        }
    }
    Err(ReportError::missing(msg!("report-no-overview-workload")))
}

/// A national monthly table: per month its figures by type, and its totals.
struct MonthTable {
    months: Vec<(Month, Named, usize)>,
    total: Named,
    total_line: usize,
}

/// Checks the overview's month and year columns against a monthly table.
fn check_overview(
    reader: &mut Reader,
    overview: &HashMap<Type, OverviewRow>,
    table: &MonthTable,
    name: &'static str,
) {
    let current = table.months.iter().find(|(m, _, _)| *m == reader.month);
    for (kind, row) in overview {
        let month = current
            .and_then(|(_, v, _)| v.get(kind))
            .copied()
            .unwrap_or(0);
        let year = table.total.get(kind).copied().unwrap_or(0);
        reader.checks.equal(
            name,
            row.line,
            msg!("check-month-of", kind = kind.to_string()),
            row.month,
            month,
        );
        reader.checks.equal(
            name,
            row.line,
            msg!("check-year-to-date", kind = kind.to_string()),
            row.year,
            year,
        );
    }
}

const MONTHLY_APPLICATIONS: &str = "applications by month";

/// Applications by month for the previous and the current year.
fn applications_by_month(reader: &mut Reader, lines: &[Line]) -> Result<MonthTable, ReportError> {
    let mut header = String::new();
    let mut year: Option<i32> = None;
    let mut months = Vec::new();
    let mut current = None;
    for line in lines {
        let (text, numbers) = split_numbers(line.text);
        let first = normalize(&text).split(' ').next().unwrap_or("").to_string();
        if let (Some(y), true) = (year, DUTCH_MONTHS.contains(&first.as_str())) {
            if numbers.is_empty() {
                continue;
            }
            let columns = application_columns(&header, line.number)?;
            if numbers.len() != 4 {
                return Err(ReportError::malformed(
                    line.number,
                    msg!("report-monthly-figure-count"),
                ));
            }
            let month = Month::from_dutch(y, &first).expect("a Dutch month name");
            months.push((month, named(&columns, &numbers, line.number)?, line.number));
        } else if first == "totaal" && !numbers.is_empty() {
            let y = year.ok_or_else(|| {
                ReportError::malformed(line.number, msg!("report-total-before-year"))
            })?;
            let columns = application_columns(&header, line.number)?;
            let table = MonthTable {
                months: std::mem::take(&mut months),
                total: named(&columns, &numbers, line.number)?,
                total_line: line.number,
            };
            application_month_facts(reader, y, &table)?;
            if y == reader.month.year() {
                current = Some(table);
            }
            header.clear();
            year = None;
        } else {
            header.push(' ');
            header.push_str(&text);
            year = year.or_else(|| text.split_whitespace().find_map(year_token));
        }
    }
    current.ok_or_else(|| {
        ReportError::missing(msg!(
            "report-no-monthly-applications",
            year = reader.month.year()
        ))
    })
}

fn year_token(word: &str) -> Option<i32> {
    (word.len() == 4 && word.starts_with("20"))
        .then(|| word.parse().ok())
        .flatten()
}

fn application_columns(header: &str, line: usize) -> Result<Vec<Type>, ReportError> {
    column_order(header, &APPLICATION_COLUMNS).map_err(|name| {
        ReportError::malformed(
            line,
            msg!("report-no-application-column", name = name.to_string()),
        )
    })
}

/// Stores one year of monthly applications after checking its totals.
fn application_month_facts(
    reader: &mut Reader,
    year: i32,
    table: &MonthTable,
) -> Result<(), ReportError> {
    let expected = if year == reader.month.year() {
        reader.month.number()
    } else {
        12
    };
    if table.months.len() != expected as usize || year > reader.month.year() {
        return Err(ReportError::malformed(
            table.total_line,
            msg!(
                "report-month-count",
                year = year,
                expected = expected,
                found = table.months.len()
            ),
        ));
    }
    for (month, values, line) in &table.months {
        let parts = sum_of(APPLICATION_TYPES.iter().map(|k| values[k]), *line)?;
        reader.checks.equal(
            MONTHLY_APPLICATIONS,
            *line,
            msg!("check-month-total", month = month.to_string()),
            values[&Type::Total],
            parts,
        );
        for kind in APPLICATION_TYPES {
            reader.fact(
                Figure::Count(Measure::Applications, kind, Unit::Persons),
                None,
                (*month, *month),
                values[&kind],
                MONTHLY_APPLICATIONS,
                *line,
            );
        }
    }
    for kind in [Type::Total].into_iter().chain(APPLICATION_TYPES) {
        let sum = sum_of(
            table.months.iter().map(|(_, v, _)| v[&kind]),
            table.total_line,
        )?;
        reader.checks.equal(
            MONTHLY_APPLICATIONS,
            table.total_line,
            msg!("check-year-kind", year = year, kind = kind.to_string()),
            table.total[&kind],
            sum,
        );
    }
    Ok(())
}

const WORKLOAD: &str = "workload";

/// The workload paragraph: total (dossiers and persons), normal workload, backlog.
fn workload(
    reader: &mut Reader,
    lines: &[Line],
    overview: (i64, usize),
) -> Result<(), ReportError> {
    let words: Vec<(String, usize)> = lines
        .iter()
        .flat_map(|l| {
            l.text.split_whitespace().map(move |w| {
                (
                    w.trim_matches(|c| "(),;:.".contains(c)).to_lowercase(),
                    l.number,
                )
            })
        })
        .collect();
    let mut found: HashMap<(Type, Unit), (i64, usize)> = HashMap::new();
    for (i, (word, line)) in words.iter().enumerate() {
        let Some(value) = super::text::dutch_number(word) else {
            continue;
        };
        let next = words.get(i + 1).map(|w| w.0.as_str()).unwrap_or("");
        let after: Vec<&str> = words
            .iter()
            .skip(i + 2)
            .take(6)
            .map(|w| w.0.as_str())
            .collect();
        let key = match next {
            "personen" => (Type::Total, Unit::Persons),
            "dossiers" if after.contains(&"normale") => (Type::Normal, Unit::Dossiers),
            "dossiers" if after.iter().any(|w| w.contains("achterstand")) => {
                (Type::Backlog, Unit::Dossiers)
            }
            "dossiers" => (Type::Total, Unit::Dossiers),
            _ => continue,
        };
        found.entry(key).or_insert((value, *line));
    }
    let keys = [
        (Type::Total, Unit::Dossiers),
        (Type::Total, Unit::Persons),
        (Type::Normal, Unit::Dossiers),
        (Type::Backlog, Unit::Dossiers),
    ];
    for key in keys {
        let (value, line) = *found.get(&key).ok_or_else(|| {
            ReportError::missing(msg!(
                "report-no-workload-figure",
                kind = key.0.to_string(),
                unit = key.1.as_str()
            ))
        })?;
        reader.fact(
            Figure::Count(Measure::Workload, key.0, key.1),
            None,
            (reader.month, reader.month),
            value,
            WORKLOAD,
            line,
        );
    }
    let (total, line) = found[&(Type::Total, Unit::Dossiers)];
    let parts = sum_of(
        [
            found[&(Type::Normal, Unit::Dossiers)].0,
            found[&(Type::Backlog, Unit::Dossiers)].0,
        ],
        line,
    )?;
    reader
        .checks
        .equal(WORKLOAD, line, msg!("check-workload-parts"), total, parts);
    reader.checks.equal(
        "overview: workload",
        overview.1,
        msg!("check-against-workload-page"),
        overview.0,
        total,
    );
    Ok(())
}
