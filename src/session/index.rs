//! `index BASE`: each row of an answer as a percent of its figure in the
//! base period (= 100), like for like.
//!
//! A row is set against the same months of the base as its own figures
//! cover: 2023 from January to November against January to November 2022,
//! a stock at the end of November 2023 against the stock at the end of
//! November 2022. The base figures are asked of the store with the same
//! query over those months, so that they are chosen by the same rules as
//! the row's (a year to date or its months, a stock at its period's end).
//! A row whose months have gaps, or whose base the store does not hold
//! whole, has no index, and a note says so.

use super::*;
use crate::answer::{Coverage, Role};
use crate::model::month::Span;
use crate::model::period::Period;
use std::collections::HashMap;

/// What the index of one row was set against, or why it has none.
enum Base {
    Figure { value: f64, sources: Vec<String> },
    Lacking,
}

impl Session {
    /// Adds the `index` column (and its notes) to an answer whose query
    /// asked for one.
    pub(super) fn add_index(&self, answer: &mut Answer, checked: &Checked) -> Result<()> {
        let Some(base) = checked.plan.index else {
            return Ok(());
        };
        let value = answer.column(Role::Value);
        let mut asked: HashMap<Span, Option<Answer>> = HashMap::new();
        let mut column = Vec::new();
        let (mut partial, mut lacking) = (Vec::new(), Vec::new());
        for n in 0..answer.rows.len() {
            let row = &answer.rows[n];
            let label = row_name(answer, row);
            let figure = value.and_then(|i| row[i].number());
            let coverage = answer.coverage.get(n).cloned().unwrap_or_default();
            let Some((covered, wanted)) = base_months(answer, n, &coverage, base) else {
                column.push(Cell::Null);
                lacking.push(label);
                continue;
            };
            if !asked.contains_key(&wanted) {
                let over = self.base_answer(checked, wanted)?;
                asked.insert(wanted, over);
            }
            let found = asked[&wanted]
                .as_ref()
                .map_or(Base::Lacking, |b| base_of(answer, row, b, wanted));
            match (figure, found) {
                (Some(v), Base::Figure { value: b, sources }) if b != 0.0 => {
                    column.push(Cell::Float((1000.0 * v / b).round() / 10.0));
                    answer.coverage[n].sources.extend(sources);
                    answer.coverage[n].sources.sort();
                    answer.coverage[n].sources.dedup();
                    if wanted != base.span() {
                        partial.push((label, covered, wanted));
                    }
                }
                (None, _) => column.push(Cell::Null),
                _ => {
                    column.push(Cell::Null);
                    lacking.push(label);
                }
            }
        }
        for (row, cell) in answer.rows.iter_mut().zip(column) {
            row.push(cell);
        }
        answer.columns.push("index".to_string());
        answer.roles.push(Role::Index);
        answer.notes.extend(index_notes(base, partial, lacking));
        Ok(())
    }

    /// The answer of the same query over the months `span`, without its
    /// periods as dimensions; `None` where the filter names a period inside
    /// an `or`, which cannot be moved to the base.
    fn base_answer(&self, checked: &Checked, span: Span) -> Result<Option<Answer>> {
        let Some(filter) = checked.filter.over_span(span.first, span.last) else {
            return Ok(None);
        };
        let base = Checked {
            filter,
            dims: checked
                .dims
                .iter()
                .copied()
                .filter(|d| !d.is_time())
                .collect(),
            plan: check::Plan::default(),
            ..checked.clone()
        };
        match self.answer(&base, "")? {
            Output::Answer(a) => Ok(Some(a)),
            _ => Ok(None),
        }
    }
}

/// The months row `n` covers and the same months of the base; `None` where
/// the row has gaps, or its months are not inside one period as long as
/// the base.
fn base_months(
    answer: &Answer,
    n: usize,
    coverage: &Coverage,
    base: Period,
) -> Option<(Span, Span)> {
    let covered = coverage.span.filter(|_| coverage.missing.is_empty())?;
    let months = base.span().len() as u32;
    let own = answer
        .time()
        .and_then(|(t, _)| answer.rows[n][t].period())
        .unwrap_or_else(|| Period::of_length(covered.first, months))
        .span();
    if covered.first < own.first || covered.last > own.last || own.len() != base.span().len() {
        return None;
    }
    let shift = (base.first().index() - own.first.index()) as i32;
    let moved = |m: Month| m.minus(-shift);
    Some((
        covered,
        Span {
            first: moved(covered.first),
            last: moved(covered.last),
        },
    ))
}

/// The base figure of `row` in the base answer: the row of the same
/// dimensions and unit, where its figures cover all of `wanted`.
fn base_of(answer: &Answer, row: &[Cell], over: &Answer, wanted: Span) -> Base {
    let keys: Vec<(usize, Option<usize>)> = answer
        .roles
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r, Role::Dimension | Role::Country | Role::Unit))
        .map(|(i, _)| (i, over.columns.iter().position(|c| *c == answer.columns[i])))
        .collect();
    let value = over.column(Role::Value);
    let found = over
        .rows
        .iter()
        .enumerate()
        .find(|(_, r)| keys.iter().all(|(i, j)| j.is_some_and(|j| r[j] == row[*i])));
    let Some((n, r)) = found else {
        return Base::Lacking;
    };
    let coverage = over.coverage.get(n).cloned().unwrap_or_default();
    match value.and_then(|i| r[i].number()) {
        Some(value) if coverage.span == Some(wanted) && coverage.missing.is_empty() => {
            Base::Figure {
                value,
                sources: coverage.sources,
            }
        }
        _ => Base::Lacking,
    }
}

/// A row as a note names it: its period and its other dimensions.
fn row_name(answer: &Answer, row: &[Cell]) -> String {
    let parts: Vec<String> = answer
        .roles
        .iter()
        .zip(row)
        .filter(|(r, _)| r.is_dimension())
        .map(|(_, c)| c.plain())
        .collect();
    if parts.is_empty() {
        answer
            .column(Role::Period)
            .map_or(String::new(), |i| row[i].plain())
    } else {
        parts.join(" ")
    }
}

/// What the index was set against: the base, the rows set against part of
/// it, and the rows without an index.
fn index_notes(
    base: Period,
    partial: Vec<(String, Span, Span)>,
    lacking: Vec<String>,
) -> Vec<Note> {
    let mut notes = vec![Note::about_all(
        NoteKind::IndexBase,
        msg!("note-index-base", base = base.to_string()),
    )];
    // One note for the rows of the same months.
    let mut groups: Vec<(Span, Span, Vec<String>)> = Vec::new();
    for (row, covered, against) in partial {
        match groups.iter_mut().find(|g| (g.0, g.1) == (covered, against)) {
            Some(group) => group.2.push(row),
            None => groups.push((covered, against, vec![row])),
        }
    }
    for (covered, against, rows) in groups {
        let message = msg!(
            "note-index-same-months",
            covered = covered.to_string(),
            against = against.to_string()
        );
        notes.extend(Note::naming(NoteKind::IndexBase, rows, "rows", message));
    }
    notes.extend(Note::naming(
        NoteKind::IndexBase,
        lacking,
        "rows",
        msg!("note-index-lacking", base = base.to_string()),
    ));
    notes
}
