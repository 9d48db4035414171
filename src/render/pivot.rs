//! `--pivot DIMENSION`: an answer with one dimension's values as columns,
//! the shape spreadsheets and Datawrapper take (2022 and 2023 side by side).
//!
//! It is the one stated exception to "columns never depend on the data":
//! the other dimensions come first, then `unit` (one column: an answer in
//! two units is refused), then a column per value of the pivoted dimension
//! holding `value`. `period` and `months_covered` are dropped, and a note
//! names the cells whose figures cover only part of their period.

use crate::answer::{Answer, Cell, Note, NoteKind, Role};
use crate::locale::Message;
use crate::msg;

/// The answer pivoted on column `dimension`, or why it cannot be. An answer
/// `by unit` pivots on its unit: a column per unit, and no `unit` column.
pub fn pivot(answer: &Answer, dimension: &str) -> Result<Answer, Message> {
    let at = answer
        .columns
        .iter()
        .zip(&answer.roles)
        .position(|(c, r)| c == dimension && (r.is_dimension() || *r == Role::Unit))
        .ok_or_else(|| msg!("usage-pivot-dimension", dimension = dimension))?;
    let value = answer.column(Role::Value);
    let unit = answer.column(Role::Unit).filter(|u| *u != at);
    let value = value.ok_or_else(|| msg!("usage-pivot-dimension", dimension = dimension))?;
    if let Some(extra) = answer.roles.iter().position(|r| {
        !r.is_dimension()
            && !matches!(
                r,
                Role::Value | Role::Unit | Role::Period | Role::MonthsCovered
            )
    }) {
        return Err(msg!("usage-pivot-extra", column = &answer.columns[extra]));
    }
    let units: Vec<String> = unit.map_or(Vec::new(), |u| {
        distinct(answer.rows.iter().map(|r| r[u].plain()))
    });
    if units.len() > 1 {
        return Err(msg!("usage-pivot-units", units = units));
    }
    let keys: Vec<usize> = (0..answer.columns.len())
        .filter(|i| *i != at && answer.roles[*i].is_dimension())
        .collect();
    let mut heads = distinct(answer.rows.iter().map(|r| r[at].plain()));
    if matches!(answer.roles[at], Role::Time(_)) {
        // Periods as columns run in time, whatever order the rows ranked.
        heads.sort();
    }
    let mut columns: Vec<String> = keys.iter().map(|i| answer.columns[*i].clone()).collect();
    let mut roles: Vec<Role> = keys.iter().map(|i| answer.roles[*i]).collect();
    if let Some(u) = unit {
        columns.push(answer.columns[u].clone());
        roles.push(Role::Unit);
    }
    columns.extend(heads.iter().cloned());
    roles.extend(heads.iter().map(|_| Role::Value));
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut partial = Vec::new();
    for (n, row) in answer.rows.iter().enumerate() {
        let key: Vec<Cell> = keys.iter().map(|i| row[*i].clone()).collect();
        let place = match rows.iter().position(|r| r[..key.len()] == key[..]) {
            Some(place) => place,
            None => {
                let mut fresh = key.clone();
                fresh.extend(unit.map(|u| row[u].clone()));
                fresh.extend(heads.iter().map(|_| Cell::Null));
                rows.push(fresh);
                rows.len() - 1
            }
        };
        let head = heads
            .iter()
            .position(|h| *h == row[at].plain())
            .unwrap_or(0);
        let first = key.len() + usize::from(unit.is_some());
        rows[place][first + head] = row[value].clone();
        if let Some(span) = in_part(answer, n) {
            let mut names: Vec<String> = key.iter().map(Cell::plain).collect();
            names.push(row[at].plain());
            partial.push(format!("{}: {span}", names.join(" ")));
        }
    }
    let mut notes = answer.notes.clone();
    notes.extend(Note::naming(
        NoteKind::Partial,
        partial,
        "cells",
        Message::new("note-pivot-partial"),
    ));
    Ok(Answer {
        columns,
        roles,
        rows,
        notes,
        coverage: Vec::new(),
        ..answer.clone()
    })
}

/// The months row `n` covers, where they are less than its period, or its
/// figures are derived or have gaps.
fn in_part(answer: &Answer, n: usize) -> Option<String> {
    let coverage = answer.coverage.get(n)?;
    let span = coverage.span?;
    // A row by the month of the year is one month, whatever its year.
    let period = answer
        .time()
        .filter(|_| !answer.has(Role::MonthOfYear))
        .and_then(|(t, _)| answer.rows[n][t].period());
    let short = period.is_some_and(|p| p.covered_in_part(span));
    (short || coverage.derived || !coverage.missing.is_empty()).then(|| span.to_string())
}

/// The values in the order they first come.
fn distinct(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}
