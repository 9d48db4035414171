//! Eurostat's TSV: a header `citizen,sex,age,unit,geo\time` (old bulk
//! download) or `freq,...,geo\TIME_PERIOD` (dissemination API), a tab, then
//! the periods; one line a series, its key's codes separated by commas,
//! then a cell a period: a value, a space and flags, `:` for none.

use super::error::{shortened, EurostatError};
use super::{period, value_and_flags, Cell, Dataset, Each, Format, Head, Stop};
use crate::model::period::Period;

/// Whether a first line is a TSV header of Eurostat's.
pub(super) fn is_tsv(first: &str) -> bool {
    let Some((key, _)) = first.split_once('\t') else {
        return false;
    };
    key.rsplit_once('\\').is_some_and(|(_, time)| {
        time.trim().eq_ignore_ascii_case("time") || time.trim() == "TIME_PERIOD"
    })
}

/// Reads the lines one by one, each a series handed to `each`.
pub(super) fn each<E>(
    text: &str,
    dataset: &'static Dataset,
    each: &mut Each<'_, E>,
) -> Result<Head, Stop<E>> {
    let mut lines = text.lines().enumerate();
    let (_, header) = lines.next().unwrap_or((0, ""));
    let (dimensions, format, periods) =
        header_of(header.trim_start_matches('\u{feff}'), dataset).map_err(Stop::Read)?;
    let head = Head {
        dataset,
        format,
        dimensions,
        last_update: None,
    };
    let mut cells = Vec::with_capacity(periods.len());
    for (n, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        cells.clear();
        let key =
            series(line, n + 1, head.dimensions.len(), &periods, &mut cells).map_err(Stop::Read)?;
        if !cells.is_empty() {
            each(&head, &key, &cells).map_err(Stop::Sink)?;
        }
    }
    Ok(head)
}

/// The dimensions of a key, the format, and the header's periods.
/// A period that is not one of `dataset`'s (a month in an annual
/// dataset) is refused at its place in the header.
fn header_of(
    header: &str,
    dataset: &'static Dataset,
) -> Result<(Vec<String>, Format, Vec<Period>), EurostatError> {
    let bad = |what| EurostatError::Header { line: 1, what };
    let mut cells = header.split('\t');
    let key = cells.next().unwrap_or("");
    let (names, time) = key
        .rsplit_once('\\')
        .ok_or_else(|| bad(crate::msg!("eurostat-header-no-time")))?;
    let format = if time.trim() == "TIME_PERIOD" {
        Format::ApiTsv
    } else {
        Format::BulkTsv
    };
    let dimensions: Vec<String> = names
        .split(',')
        .map(|d| d.trim().to_ascii_lowercase())
        .collect();
    if dimensions.iter().any(String::is_empty) {
        return Err(bad(crate::msg!("eurostat-header-empty-dimension")));
    }
    let mut periods = Vec::new();
    let mut column = key.chars().count() + 2;
    for cell in cells {
        let p = period(cell).ok_or_else(|| EurostatError::Period {
            line: 1,
            column,
            text: shortened(cell),
        })?;
        if !dataset.gives(p) {
            return Err(super::error::frequency(1, column, p, dataset));
        }
        periods.push(p);
        column += cell.chars().count() + 1;
    }
    if periods.is_empty() {
        return Err(bad(crate::msg!("eurostat-header-no-periods")));
    }
    Ok((dimensions, format, periods))
}

/// One line: a series key, returned, and its cells, put in `out`.
fn series(
    line: &str,
    line_no: usize,
    dimensions: usize,
    periods: &[Period],
    out: &mut Vec<Cell>,
) -> Result<Vec<String>, EurostatError> {
    let mut cells = line.split('\t');
    let key_text = cells.next().unwrap_or("");
    let key: Vec<String> = key_text.split(',').map(|c| c.trim().to_string()).collect();
    if key.len() != dimensions || key.iter().any(String::is_empty) {
        return Err(EurostatError::Key {
            line: line_no,
            expected: dimensions,
            found: key.iter().filter(|c| !c.is_empty()).count(),
        });
    }
    let cells: Vec<&str> = cells.collect();
    if cells.len() != periods.len() {
        return Err(EurostatError::Cells {
            line: line_no,
            expected: periods.len(),
            found: cells.len(),
        });
    }
    let mut column = key_text.chars().count() + 2;
    for (cell, p) in cells.iter().zip(periods) {
        let (value, flags) = value_and_flags(cell).map_err(|problem| EurostatError::Cell {
            line: line_no,
            column,
            text: shortened(cell),
            problem,
        })?;
        column += cell.chars().count() + 1;
        // `:` is a figure not available: a row without a value, never
        // dropped.
        out.push(Cell {
            period: *p,
            value,
            flags,
            line: line_no,
        });
    }
    Ok(key)
}
