//! `index BASE`: each row of an answer as a percent of its figure in the
//! base period (= 100), like for like.
//!
//! A row is set against the same months of the base as its own figures
//! cover: 2023 from January to November against January to November 2022,
//! a stock at the end of November 2023 against the stock at the end of
//! November 2022. The base figures are asked of the store with the same
//! query over those months, so that they are chosen by the same rules as
//! the row's (a year to date or its months, a stock at its period's end).
//! A row whose months have gaps is set against the same months of the
//! base, as `change` is; a row whose base the store does not hold whole
//! has no index, and a note says so.

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
        let (mut partial, mut lacking, mut unlike) = (Vec::new(), Vec::new(), Vec::new());
        let mut reduced: Vec<crate::locale::Message> = Vec::new();
        let mut files: Vec<String> = Vec::new();
        let mut elsewhere: Vec<String> = Vec::new();
        let mut parts: HashMap<Span, Vec<(String, f64)>> = HashMap::new();
        for n in 0..answer.rows.len() {
            let row = &answer.rows[n];
            let label = row_name(answer, row);
            let figure = value.and_then(|i| row[i].number());
            let coverage = answer.coverage.get(n).cloned().unwrap_or_default();
            if part_elsewhere(answer, n, &coverage, base) {
                column.push(Cell::Null);
                elsewhere.push(label);
                continue;
            }
            let Some((covered, wanted)) = base_months(answer, n, &coverage, base) else {
                column.push(Cell::Null);
                lacking.push(label);
                continue;
            };
            let mut found = Some((0.0, Vec::new()));
            for run in &wanted {
                if !asked.contains_key(run) {
                    let over = self.base_answer(checked, *run)?;
                    asked.insert(*run, over);
                }
                let part = asked[run]
                    .as_ref()
                    .map_or(Base::Lacking, |b| base_of(answer, row, b, *run));
                found = match (found, part) {
                    (Some((sum, mut all)), Base::Figure { value, sources }) => {
                        all.extend(sources);
                        Some((sum + value, all))
                    }
                    _ => None,
                };
            }
            if let Some((sum, _)) = found.as_mut() {
                match self.unlike_part(checked, &covered, &wanted, &mut parts)? {
                    Some(extra) if extra != 0.0 => {
                        *sum -= extra;
                        reduced.push(
                            msg!("word-figure-of", period = label.clone())
                                .with("figure", crate::locale::Arg::Figure(sum.round() as i64)),
                        );
                    }
                    Some(_) => {}
                    None => {
                        column.push(Cell::Null);
                        unlike.push(label);
                        continue;
                    }
                }
            }
            match (figure, found) {
                (Some(v), Some((b, sources))) if b != 0.0 => {
                    column.push(Cell::Float((1000.0 * v / b).round() / 10.0));
                    answer.coverage[n].sources.extend(sources);
                    answer.coverage[n].sources.sort();
                    answer.coverage[n].sources.dedup();
                    if wanted != [base.span()] {
                        partial.push((label, listed(&covered), listed(&wanted)));
                    }
                }
                (None, _) => column.push(Cell::Null),
                _ if in_files(answer, row)
                    && base.span().first.year() > crate::model::vocabulary::LAST_YEAR_IN_FILES =>
                {
                    column.push(Cell::Null);
                    files.push(label);
                }
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
        answer.notes.extend(Note::naming(
            NoteKind::IndexBase,
            elsewhere,
            "rows",
            msg!("note-index-elsewhere", base = base.to_string()),
        ));
        answer.notes.extend(Note::naming(
            NoteKind::IndexBase,
            files,
            "rows",
            msg!("note-index-files", base = base.to_string()),
        ));
        if !reduced.is_empty() {
            let message = msg!("note-index-less-parts", base = base.to_string())
                .with("rows", crate::locale::Arg::Messages(reduced));
            answer
                .notes
                .push(Note::about_all(NoteKind::IndexBase, message));
        }
        answer.notes.extend(Note::naming(
            NoteKind::IndexBase,
            unlike,
            "rows",
            msg!("note-index-unlike", base = base.to_string()),
        ));
        Ok(())
    }

    /// A row's months against its base's, as `change` compares them: a
    /// base may give parts the row lacks (a page's registered applicants
    /// against a report's month with its resettled), which are taken off
    /// it; a row with a part its base lacks has no like-for-like base
    /// (`None`). Rows split by another dimension are not told apart.
    fn unlike_part(
        &self,
        checked: &Checked,
        covered: &[Span],
        wanted: &[Span],
        known: &mut HashMap<Span, Vec<(String, f64)>>,
    ) -> Result<Option<f64>> {
        if !self.definitions_differ_by_type(checked) || checked.dims.iter().any(|d| !d.is_time()) {
            return Ok(Some(0.0));
        }
        let mut sides: Vec<Vec<(String, f64)>> = Vec::new();
        for runs in [covered, wanted] {
            let mut all = Vec::new();
            for run in runs {
                if !known.contains_key(run) {
                    let found = self.added_parts_over(checked, *run)?;
                    known.insert(*run, found);
                }
                all.extend(known[run].iter().cloned());
            }
            sides.push(all);
        }
        let has = |side: &[(String, f64)], t: &str| side.iter().any(|(k, _)| k == t);
        if sides[0].iter().any(|(t, _)| !has(&sides[1], t)) {
            return Ok(None);
        }
        Ok(Some(
            sides[1]
                .iter()
                .filter(|(t, _)| !has(&sides[0], t))
                .map(|(_, v)| v)
                .sum(),
        ))
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
        match self.figures(&base)? {
            Output::Answer(a) => Ok(Some(a)),
            _ => Ok(None),
        }
    }
}

/// The period of row `n` (its quarter, half-year or year), or that of a
/// period as long as the base from its first month.
fn own_period(answer: &Answer, n: usize, span: Span, base: Period) -> Span {
    answer
        .time()
        .and_then(|(t, _)| answer.rows[n][t].period())
        .unwrap_or_else(|| Period::of_length(span.first, base.span().len() as u32))
        .span()
}

/// Whether row `n` covers only part of its period while the base lies in
/// another part of the year (a second half-year's October–December against
/// a first half-year): the base's months "in the same place" are other
/// calendar months, so there is no like-for-like base.
fn part_elsewhere(answer: &Answer, n: usize, coverage: &Coverage, base: Period) -> bool {
    let Some(span) = coverage.span else {
        return false;
    };
    let own = own_period(answer, n, span, base);
    let partial = span != own || !coverage.missing.is_empty();
    partial && (base.first().index() - own.first.index()) % 12 != 0
}

/// The months row `n` covers and the same months of the base, each as its
/// runs of consecutive months (a year of four pages is four runs, set
/// against the same four months of the base, as `change` does); `None`
/// where the row's months are not inside one period as long as the base.
fn base_months(
    answer: &Answer,
    n: usize,
    coverage: &Coverage,
    base: Period,
) -> Option<(Vec<Span>, Vec<Span>)> {
    let span = coverage.span?;
    let own = own_period(answer, n, span, base);
    if span.first < own.first || span.last > own.last || own.len() != base.span().len() {
        return None;
    }
    let held = span.months().filter(|m| !coverage.missing.contains(m));
    let covered = runs(held);
    let shift = (base.first().index() - own.first.index()) as i32;
    let moved = |m: Month| m.minus(-shift);
    let wanted = covered
        .iter()
        .map(|r| Span {
            first: moved(r.first),
            last: moved(r.last),
        })
        .collect();
    Some((covered, wanted))
}

/// Months in order as runs of consecutive months.
fn runs(months: impl Iterator<Item = Month>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for m in months {
        match out.last_mut() {
            Some(r) if r.last.index() + 1 == m.index() => r.last = m,
            _ => out.push(Span { first: m, last: m }),
        }
    }
    out
}

/// Runs of months as a note names them.
fn listed(runs: &[Span]) -> String {
    runs.iter()
        .map(Span::to_string)
        .collect::<Vec<_>>()
        .join(", ")
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
/// Whether a row counts files (applications up to 2015), which a base in
/// persons never meets.
fn in_files(answer: &Answer, row: &[Cell]) -> bool {
    let unit = answer.columns.iter().position(|c| c == "unit");
    unit.is_some_and(|i| row[i] == Cell::Text(crate::model::Unit::Files.as_str().into()))
}

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
    partial: Vec<(String, String, String)>,
    lacking: Vec<String>,
) -> Vec<Note> {
    let mut notes = vec![Note::about_all(
        NoteKind::IndexBase,
        msg!("note-index-base", base = base.to_string()),
    )];
    // One note for the rows of the same months.
    let mut groups: Vec<(String, String, Vec<String>)> = Vec::new();
    for (row, covered, against) in partial {
        match groups
            .iter_mut()
            .find(|g| (&g.0, &g.1) == (&covered, &against))
        {
            Some(group) => group.2.push(row),
            None => groups.push((covered, against, vec![row])),
        }
    }
    for (covered, against, rows) in groups {
        let message = msg!(
            "note-index-same-months",
            covered = covered,
            against = against
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
