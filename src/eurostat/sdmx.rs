//! SDMX-CSV as Eurostat's API serves it: 1.0 starts with `DATAFLOW` (and
//! Eurostat adds `LAST UPDATE`), 2.0 with `STRUCTURE,STRUCTURE_ID` (and
//! may add `ACTION`, `CONF_STATUS`); one observation a line, the dimension
//! codes in columns of their own, then `TIME_PERIOD`, `OBS_VALUE`,
//! `OBS_FLAG`. Columns are read by name; a code written with its label
//! (`BE: Belgium`) is read as its code, and the Data Browser's columns of
//! labels beside those of codes are passed over; a download whose cells
//! hold labels in place of codes has each label placed on its code
//! ([`super::labels`]), or refused where it cannot be.

use super::datasets::from_structure;
use super::error::{shortened, EurostatError};
use super::{period, value_and_flag_parts, Cell, Dataset, Each, Format, Head, Stop};

/// The columns that are no dimension of a series key.
const NOT_KEY: &[&str] = &[
    "DATAFLOW",
    "STRUCTURE",
    "STRUCTURE_ID",
    "STRUCTURE_NAME",
    "ACTION",
    "LAST UPDATE",
    "TIME_PERIOD",
    "OBS_VALUE",
    "OBS_FLAG",
    "CONF_STATUS",
];

/// Whether a first line is an SDMX-CSV header.
pub(super) fn is_sdmx(first: &str) -> bool {
    let first = first.trim_start_matches('\u{feff}');
    first.starts_with("DATAFLOW,") || first.starts_with("STRUCTURE,")
}

/// The columns of the header that matter.
struct Columns {
    structure: usize,
    time: usize,
    value: usize,
    flag: Option<usize>,
    updated: Option<usize>,
    key: Vec<usize>,
}

fn columns(header: &csv::StringRecord) -> Result<(Columns, Vec<String>, Format), EurostatError> {
    let at = |name: &str| header.iter().position(|h| h.trim() == name);
    let missing = |column: &str| EurostatError::Header {
        line: 1,
        what: crate::msg!("eurostat-header-column", column = column),
    };
    let (structure, format) = match (at("DATAFLOW"), at("STRUCTURE_ID")) {
        (Some(i), _) => (i, Format::SdmxCsv1),
        (None, Some(i)) => (i, Format::SdmxCsv2),
        (None, None) => return Err(missing("STRUCTURE_ID")),
    };
    let labels = label_columns(header)?;
    let key: Vec<usize> = (0..header.len())
        .filter(|i| !NOT_KEY.contains(&header[*i].trim()) && !labels.contains(i))
        .collect();
    let names = key
        .iter()
        .map(|i| code(&header[*i]).to_ascii_lowercase())
        .collect();
    let columns = Columns {
        structure,
        time: at("TIME_PERIOD").ok_or_else(|| missing("TIME_PERIOD"))?,
        value: at("OBS_VALUE").ok_or_else(|| missing("OBS_VALUE"))?,
        flag: at("OBS_FLAG"),
        updated: at("LAST UPDATE"),
        key,
    };
    Ok((columns, names, format))
}

/// The columns of labels in a download "with labels" (the Data Browser's
/// SDMX-CSV 2.0 with `labels=name`): after `STRUCTURE_NAME`, each column of
/// codes is followed by one of its labels, headed by the concept's name in
/// the download's language (`geo`, `Geopolitical entity (reporting)`). A
/// header where a label stands where a code should is refused.
fn label_columns(header: &csv::StringRecord) -> Result<Vec<usize>, EurostatError> {
    let Some(name) = header.iter().position(|h| h.trim() == "STRUCTURE_NAME") else {
        return Ok(Vec::new());
    };
    let is_code = |h: &str| {
        NOT_KEY.contains(&h)
            || (!h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
    };
    let mut labels = Vec::new();
    for at in (name + 1..header.len()).step_by(2) {
        let code = header[at].trim();
        let label = header.get(at + 1).map(str::trim);
        if !is_code(code) || label.is_some_and(|l| NOT_KEY.contains(&l)) {
            return Err(EurostatError::Header {
                line: 1,
                what: crate::msg!("eurostat-label-column", column = code),
            });
        }
        labels.push(at + 1);
    }
    Ok(labels)
}

/// A code, where a cell or a header gives it with its label (`BE: Belgium`).
fn code(cell: &str) -> &str {
    cell.split_once(':')
        .filter(|(c, _)| !c.contains(' ') && !c.is_empty())
        .map_or(cell, |(c, _)| c)
        .trim()
}

/// Reads the records one by one; the observations of a series, which
/// follow each other, are handed to `each` together.
pub(super) fn each<E>(
    text: &str,
    given: Option<&'static Dataset>,
    each: &mut Each<'_, E>,
) -> Result<Head, Stop<E>> {
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| Stop::Read(header_error(&e.to_string())))?
        .clone();
    let (cols, dimensions, format) = columns(&header).map_err(Stop::Read)?;
    let mut head: Option<Head> = None;
    // Whether the cells hold labels where codes should stand, as the first
    // record shows.
    let mut labelled: Option<bool> = None;
    let (mut key, mut cells) = (Vec::new(), Vec::new());
    for record in reader.records() {
        let record = record.map_err(|e| Stop::Read(header_error(&e.to_string())))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.len() != header.len() {
            return Err(Stop::Read(EurostatError::Cells {
                line,
                expected: header.len(),
                found: record.len(),
            }));
        }
        let head = match &mut head {
            Some(h) => h,
            None => head.insert(Head {
                dataset: match given {
                    Some(d) => d,
                    None => from_structure(&record[cols.structure]).map_err(Stop::Read)?,
                },
                format,
                dimensions: dimensions.clone(),
                last_update: cols.updated.map(|i| record[i].trim().to_string()),
            }),
        };
        let labelled = *labelled.get_or_insert_with(|| {
            cols.key
                .iter()
                .any(|i| !super::labels::is_code(code(&record[*i])))
        });
        let names = labelled.then_some(head.dimensions.as_slice());
        let dataset = head.dataset;
        let Some((k, cell)) = observation(&record, &cols, (line, names)).map_err(Stop::Read)?
        else {
            continue;
        };
        if !dataset.gives(cell.period) {
            let column = column_of(&record, cols.time);
            return Err(Stop::Read(super::error::frequency(
                line,
                column,
                cell.period,
                dataset,
            )));
        }
        if k != key {
            if !cells.is_empty() {
                each(head, &key, &cells).map_err(Stop::Sink)?;
            }
            (key, cells) = (k, Vec::new());
        }
        cells.push(cell);
    }
    let head = head.ok_or(Stop::Read(EurostatError::Empty))?;
    if !cells.is_empty() {
        each(&head, &key, &cells).map_err(Stop::Sink)?;
    }
    Ok(head)
}

fn header_error(reason: &str) -> EurostatError {
    EurostatError::Header {
        line: 1,
        what: crate::msg!("eurostat-csv", reason = reason),
    }
}

/// The codes of a record's key whose cells hold labels; a label that
/// cannot be placed is refused with its line and column.
fn placed_labels(
    record: &csv::StringRecord,
    cols: &Columns,
    names: &[String],
    line: usize,
) -> Result<Vec<String>, EurostatError> {
    cols.key
        .iter()
        .zip(names)
        .map(|(i, name)| {
            let cell = code(&record[*i]);
            match super::labels::is_code(cell) {
                true => Some(cell.to_string()),
                false => super::labels::code_of(name, cell),
            }
            .ok_or_else(|| EurostatError::Label {
                line,
                column: column_of(record, *i),
                text: shortened(&record[*i]),
                dimension: name.clone(),
            })
        })
        .collect()
}

/// The column (1-based, in characters) where cell `at` of a record starts.
fn column_of(record: &csv::StringRecord, at: usize) -> usize {
    1 + record
        .iter()
        .take(at)
        .map(|c| c.chars().count() + 1)
        .sum::<usize>()
}

/// A record's series key and cell (`:` or empty: a cell without a value);
/// where the cells hold labels, `names` gives the key's dimensions, by
/// which each label is placed on its code.
fn observation(
    record: &csv::StringRecord,
    cols: &Columns,
    (line, names): (usize, Option<&[String]>),
) -> Result<Option<(Vec<String>, Cell)>, EurostatError> {
    let time = &record[cols.time];
    let p = period(code(time)).ok_or_else(|| EurostatError::Period {
        line,
        column: column_of(record, cols.time),
        text: shortened(time),
    })?;
    let flags = cols.flag.map_or("", |i| record[i].trim());
    let by_label = names.and_then(|_| super::labels::flags_of(flags));
    let flags = by_label.as_deref().unwrap_or(flags);
    let (value, flags) =
        value_and_flag_parts(record[cols.value].trim(), flags).map_err(|problem| {
            let at = match problem {
                super::error::CellProblem::Value => cols.value,
                super::error::CellProblem::Flags => cols.flag.unwrap_or(cols.value),
            };
            EurostatError::Cell {
                line,
                column: column_of(record, at),
                text: shortened(&record[at]),
                problem,
            }
        })?;
    // An empty or `:` value is a figure not available: a row without a
    // value, never dropped.
    let key = match names {
        None => cols
            .key
            .iter()
            .map(|i| code(&record[*i]).to_string())
            .collect(),
        Some(names) => placed_labels(record, cols, names, line)?,
    };
    Ok(Some((
        key,
        Cell {
            period: p,
            value,
            flags,
            line,
        },
    )))
}
