//! The notes on what a running total or a rolling average could not
//! give, and why: a row over several months together, a rest of a year on
//! no row, months missing before a row, or a month Eurostat marks `:`
//! inside the window. Each reason is a note of its own, so that none is
//! blamed for another's gap.

use super::*;
use crate::locale::Message;
use crate::model::month::Span;

/// The rows a running total leaves empty, by their periods, and why: by
/// month, rows that stand for several months together; by quarter or
/// half-year, rows of a year whose rest is on no row (`rests`); any other
/// for the months missing before it (or marked `:`), each in a note of its
/// own.
pub(super) fn cumulative_gaps(
    answer: &Answer,
    metas: &[Meta],
    by_month: bool,
    rests: &[Span],
) -> Vec<Note> {
    let (Some(at), Some(value)) = (
        answer.columns.iter().position(|c| c == "cumulative"),
        answer.columns.iter().position(|c| c == "value"),
    ) else {
        return Vec::new();
    };
    // By quarter or half-year a row is named by its period, as shown.
    let shown = [Dim::Quarter, Dim::Half]
        .iter()
        .find_map(|d| answer.columns.iter().position(|c| c == d.name()))
        .filter(|_| !by_month);
    let (mut together, mut missing, mut spans) = (Vec::new(), Vec::new(), Vec::new());
    let add = |list: &mut Vec<String>, label: String| {
        if !list.contains(&label) {
            list.push(label);
        }
    };
    // By month, the rows over several months: a month after one of them in
    // its year has no total for that reason.
    let spans_of_year = |year: i32, before: Month| {
        metas
            .iter()
            .filter_map(|m| m.span)
            .any(|s| s.first != s.last && s.first.year() == year && s.first < before)
    };
    for (row, meta) in answer.rows.iter().zip(metas) {
        let Some(span) = meta.span else { continue };
        if row[at] != Cell::Null || row[value] == Cell::Null {
            continue;
        }
        let label = period_label(span.first, span.last);
        let year = span.first.year();
        let year_rests: Vec<&Span> = rests
            .iter()
            .filter(|r| r.first.year() == year && !by_month)
            .collect();
        let shown_label = shown.map_or(label.clone(), |i| render::plain(&row[i]));
        if by_month && span.first != span.last {
            add(&mut spans, label);
            add(&mut together, shown_label);
        } else if by_month && spans_of_year(year, span.first) {
            for s in metas.iter().filter_map(|m| m.span) {
                if s.first != s.last && s.first.year() == year && s.first < span.first {
                    add(&mut spans, period_label(s.first, s.last));
                }
            }
            add(&mut together, shown_label);
        } else if !year_rests.is_empty() {
            for rest in year_rests {
                add(&mut spans, period_label(rest.first, rest.last));
            }
            add(&mut together, shown_label);
        } else {
            add(&mut missing, shown_label);
        }
    }
    let mut notes = Vec::new();
    if !missing.is_empty() {
        let message = Message::new("note-cumulative-missing").codes("rows", &missing);
        notes.push(Note::new(NoteKind::Partial, missing, message));
    }
    if !together.is_empty() {
        let message = match by_month {
            true => Message::new("note-cumulative-span"),
            false => Message::new("note-cumulative-rest"),
        };
        let mut message = message.codes("rows", &together).codes("spans", &spans);
        if !by_month {
            message = message.count("n", spans.len() as i64);
        }
        notes.push(Note::new(NoteKind::Partial, together, message));
    }
    notes
}

/// What `rolling N months` averaged, and the rows it could not fill.
pub(super) fn rolling_notes(answer: &Answer, n: u64) -> Vec<Note> {
    let col = |name: &str| answer.columns.iter().position(|c| c == name);
    let n = n as i64;
    let mut notes = vec![Note::about_all(
        NoteKind::Method,
        Message::new("note-rolling")
            .count("n", n)
            .count("before", n - 1),
    )];
    let (Some(rolling), Some(month)) = (col("rolling"), col("month")) else {
        return notes;
    };
    let value = col("value");
    let (mut empty, mut unavailable): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    for row in answer.rows.iter().filter(|r| r[rolling] == Cell::Null) {
        let mut label = render::plain(&row[month]);
        let list = match value.filter(|v| window_lacks_figure(answer, row, month, *v, n)) {
            // Named with its other dimensions: another row of its month
            // may well have an average.
            Some(v) => {
                for cell in (0..v)
                    .filter(|i| *i != month)
                    .map(|i| render::plain(&row[i]))
                {
                    label = format!("{label} {cell}");
                }
                &mut unavailable
            }
            None => &mut empty,
        };
        if !list.contains(&label) {
            list.push(label);
        }
    }
    for (months, id) in [
        (empty, "note-rolling-empty"),
        (unavailable, "note-rolling-unavailable"),
    ] {
        let message = Message::new(id).count("n", n);
        notes.extend(Note::naming(
            NoteKind::MissingMonths,
            months,
            "months",
            message,
        ));
    }
    notes
}

/// Whether a row of the `n` months up to `row`'s (its own included), of
/// the same other dimensions, is there without a figure (a month Eurostat
/// marks `:`).
fn window_lacks_figure(answer: &Answer, row: &[Cell], month: usize, value: usize, n: i64) -> bool {
    let Some(last) = Month::parse(&render::plain(&row[month])) else {
        return false;
    };
    let first = last.minus(n as i32 - 1);
    // The dimensions are the columns before `value`.
    let same = |other: &[Cell]| (0..value).all(|i| i == month || other[i] == row[i]);
    answer.rows.iter().any(|other| {
        let at = Month::parse(&render::plain(&other[month]));
        other[value] == Cell::Null && same(other) && at.is_some_and(|m| m >= first && m <= last)
    })
}
