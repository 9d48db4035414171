//! The notes on how a computed answer was taken: what `change` compared
//! each row with and where it had no base, how a summary was taken and what
//! it left out, and where two combined measures do not cover the same months.

use super::*;
use crate::locale::{Arg, Message};
use crate::model::month::Span;
use crate::model::period::Period;

/// The rows of `a - b` left empty because the two measures do not cover the
/// same months.
pub(super) fn combine_notes(answer: &Answer, metas: &[Meta], checked: &Checked) -> Vec<Note> {
    let Some((_, right)) = &checked.combine else {
        return Vec::new();
    };
    let col = |name: &str| answer.columns.iter().position(|c| c == name);
    let span = |s: Option<Span>| match s {
        Some(s) => Arg::Code(s.to_string()),
        None => Arg::Messages(vec![Message::new("no-figure")]),
    };
    let label = checked
        .dims
        .iter()
        .find(|d| d.is_time() || **d == Dim::Country)
        .and_then(|d| col(d.name()));
    let value = col("value");
    let (shown, gaps): (Vec<String>, Vec<Message>) = answer
        .rows
        .iter()
        .zip(metas)
        .filter(|(r, _)| value.is_some_and(|i| r[i] == Cell::Null))
        .map(|(r, m)| {
            let (shown, shown_arg) = row_label(r, label, "the-answer");
            let gap = Message::new("combine-gap")
                .with("shown", shown_arg)
                .code("left", checked.measure.name())
                .with("left_span", span(m.left))
                .code("right", right.measure.name())
                .with("right_span", span(m.right));
            (shown, gap)
        })
        .unzip();
    if gaps.is_empty() {
        return Vec::new();
    }
    let message = Message::new("note-combine-gaps").with("gaps", Arg::Clauses(gaps));
    vec![Note::new(NoteKind::MissingMonths, shown, message)]
}

/// How a summary was taken, and the partial periods it left out.
pub(super) fn summary_notes(metas: &[Meta], checked: &Checked) -> Vec<Note> {
    let Some((kind, per)) = checked.plan.summary else {
        return Vec::new();
    };
    let method = if kind == Summary::Average && per == Per::Month {
        Message::new("note-average-per-month")
    } else {
        Message::new("note-summary")
            .code("kind", kind.name())
            .code("per", per.name())
    };
    let mut notes = vec![Note::about_all(NoteKind::Method, method)];
    // By quarter or year, the periods covered in part are named as left
    // out (below): a count of months would call them missing.
    if per == Per::Month {
        notes.extend(summary_gaps(metas, checked, (kind, per)));
    }
    let mut left: Vec<String> = metas.iter().filter_map(|m| m.left_out.clone()).collect();
    if kind != Summary::Average {
        // Each row's periods left out, less the spans known only together,
        // which have a note of their own.
        let (together, rest): (Vec<Vec<&str>>, Vec<Vec<&str>>) = left
            .iter()
            .map(|l| l.split(", ").partition(|p: &&str| p.contains("..")))
            .unzip();
        let together: Vec<String> = together.concat().into_iter().map(String::from).collect();
        let months: i64 = metas.iter().filter_map(|m| m.together).sum();
        notes.extend(untold((kind, per), &together, months));
        left = rest
            .into_iter()
            .filter(|r| !r.is_empty())
            .map(|r| r.join(", "))
            .collect();
    }
    if !left.is_empty() {
        let message = Message::new("note-left-out").code("periods", left.join("; "));
        notes.push(Note::new(NoteKind::Partial, left, message));
    }
    notes
}

/// A largest, smallest or middle month that cannot be told, as some
/// months are known only together (`spans`, labels such as
/// `2016-01..2016-09`): how many months those are (`months`, as the rest
/// of a yearly overview's year stands for them).
fn untold((kind, per): (Summary, Per), spans: &[String], months: i64) -> Option<Note> {
    if spans.is_empty() {
        return None;
    }
    let message = Message::new("note-summary-untold")
        .code("kind", kind.name())
        .code("per", per.name())
        .count("count", spans.len() as i64)
        .codes("spans", spans)
        .count("months", months);
    Some(Note::new(NoteKind::Partial, spans.to_vec(), message))
}

/// A summary over fewer months than the filter asks for (or with months
/// missing inside its span) says how many it is over, as the sum over the
/// same months does; a largest, smallest or middle figure adds that what
/// the store lacks could change it. One that cannot be told has a note of
/// its own ([`untold`]).
fn summary_gaps(metas: &[Meta], checked: &Checked, (kind, per): (Summary, Per)) -> Vec<Note> {
    let (low, high) = checked.filter.bounds();
    let mut notes = Vec::new();
    for meta in metas {
        let (Some(span), Some(covered)) = (meta.span, meta.months_covered) else {
            continue;
        };
        if kind != Summary::Average && meta.together.is_some_and(|t| t > 0) {
            continue;
        }
        let first = low.unwrap_or(span.first).min(span.first);
        let last = high.unwrap_or(span.last).max(span.last);
        let asked = last.index() - first.index() + 1;
        let inside = span.last.index() - span.first.index() + 1;
        if covered >= asked || (first == span.first && covered >= inside) {
            continue;
        }
        let label = crate::model::month::period_label(first, last);
        let message = if kind == Summary::Average {
            Message::new("note-average-gap")
        } else {
            Message::new("note-summary-gap")
                .code("kind", kind.name())
                .code("per", per.name())
        };
        let note = Note::new(
            NoteKind::MissingMonths,
            vec![label.clone()],
            message
                .code("period", &label)
                .count("covered", covered)
                .count("asked", asked as i64)
                .code("span", span_label(span.first, span.last)),
        );
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
    notes
}

/// What `change` compared: its base in general, the months compared where a
/// row covers part of its period, and the rows that have no base.
pub(super) fn change_notes(
    answer: &Answer,
    metas: &[Meta],
    checked: &Checked,
    step: i32,
) -> Vec<Note> {
    let col = |name: &str| answer.columns.iter().position(|c| c == name);
    let labels: Vec<usize> = checked.dims.iter().filter_map(|d| col(d.name())).collect();
    let base = match (step, checked.dims.contains(&Dim::Month)) {
        (1, _) => "month",
        (3, _) => "quarter",
        (6, _) => "half",
        (_, true) => "month-year",
        _ if checked.measure.kind() == check::Kind::Stock => "stock-year",
        _ => "year",
    };
    let mut notes = vec![Note::about_all(
        NoteKind::ChangeBase,
        Message::new("note-change").code("base", base),
    )];
    let (mut missing, mut lacking) = (Vec::new(), Vec::new());
    let (mut unlike, mut unlike_rows) = (Vec::new(), Vec::new());
    let mut rests = Vec::new();
    for (row, meta) in answer.rows.iter().zip(metas) {
        let (Some(span), Some(base)) = (meta.span, &meta.base) else {
            continue;
        };
        let (s, e) = (span.first, span.last);
        let shown = if labels.is_empty() {
            span_label(s, e)
        } else {
            let parts: Vec<String> = labels.iter().map(|i| render::plain(&row[*i])).collect();
            parts.join(" ")
        };
        let compared = span_label(s.minus(step), e.minus(step));
        let stock_mid_quarter = checked.measure.kind() == check::Kind::Stock
            && ((step == 3 && checked.dims.contains(&Dim::Quarter))
                || (step == 6 && checked.dims.contains(&Dim::Half)))
            && e.number() % step as u32 != 0;
        match base {
            Cell::Null if stock_mid_quarter => notes.push(Note::new(
                NoteKind::ChangeBase,
                vec![shown.clone()],
                Message::new(if step == 6 {
                    "note-change-stock-half"
                } else {
                    "note-change-stock-quarter"
                })
                .code("shown", &shown)
                .code("month", e.to_string()),
            )),
            // A rest of a year stands for months known only together: its
            // span's base is no base of those months.
            Cell::Null if !meta.rest_months.is_empty() => rests.push(shown),
            Cell::Null if meta.base_unlike => {
                unlike.push(
                    Message::new("change-against")
                        .code("shown", &shown)
                        .code("compared", &compared),
                );
                unlike_rows.push(shown);
            }
            Cell::Null => {
                missing.push(
                    Message::new("change-needs")
                        .code("shown", &shown)
                        .code("compared", &compared),
                );
                lacking.push(shown);
            }
            figure if !whole(checked, s, e) => notes.push(Note::new(
                NoteKind::ChangeBase,
                vec![shown.clone()],
                Message::new("note-change-partial")
                    .code("shown", &shown)
                    .code("span", span_label(s, e))
                    .code("step", step_word(step))
                    .code("compared", &compared)
                    .with("figure", Arg::Number(figure.plain())),
            )),
            _ => {}
        }
    }
    if !missing.is_empty() {
        let message = Message::new("note-change-missing").with("items", Arg::Messages(missing));
        notes.push(Note::new(NoteKind::ChangeBase, lacking, message));
    }
    if !unlike.is_empty() {
        let message = Message::new("note-change-unlike").with("items", Arg::Messages(unlike));
        notes.push(Note::new(NoteKind::ChangeBase, unlike_rows, message));
    }
    if !rests.is_empty() {
        let message = Message::new("note-change-rest").codes("rows", &rests);
        notes.push(Note::new(NoteKind::ChangeBase, rests, message));
    }
    notes
}

/// Whether a row's months are all of its period: one month, or a whole year
/// for a row by year.
pub(super) fn whole(checked: &Checked, s: Month, e: Month) -> bool {
    if checked.dims.contains(&Dim::Month) || checked.measure.kind() == check::Kind::Stock {
        return true;
    }
    let span = Span { first: s, last: e };
    if checked.dims.contains(&Dim::Quarter) {
        return span.is_quarter();
    }
    if checked.dims.contains(&Dim::Half) {
        return !Period::of_length(s, 6).covered_in_part(span);
    }
    span.is_year()
}

/// The word a note selects for the step of `change`, in months.
fn step_word(step: i32) -> &'static str {
    match step {
        3 => "quarter",
        6 => "half",
        _ => "year",
    }
}

/// `top`, `sort` and `having` rank or compare values: a row without one
/// (a rate over months only pages cover, a figure Eurostat marks `:`) is
/// left out, and the note returned names it.
pub(super) fn leave_out_unranked(
    answer: &mut Answer,
    metas: &mut Vec<Meta>,
    checked: &Checked,
) -> Vec<Note> {
    let (how, column) = match (&checked.plan.order, &checked.plan.having) {
        (check::Order::Top, _) => ("top", "value".to_string()),
        (check::Order::Sort { key, .. }, _) => ("sort", key.clone()),
        (_, Some((column, _, _))) => ("having", column.clone()),
        _ => return Vec::new(),
    };
    let at = answer.columns.iter().position(|c| *c == column);
    let value = answer.columns.iter().position(|c| c == "value");
    let (Some(at), Some(value)) = (at, value) else {
        return Vec::new();
    };
    // Ranking months, a row of several months together is no month.
    let months =
        how == "top" && checked.dims == [Dim::Month] && !checked.publisher.gives_each_period_once();
    let (mut left, mut spans) = (Vec::new(), Vec::new());
    let mut n = 0;
    while n < answer.rows.len() {
        let span = months
            && metas[n]
                .month_end
                .is_some_and(|end| month_of(&answer.rows[n][0]).is_some_and(|m| m != end));
        if answer.rows[n][at] != Cell::Null && !span {
            n += 1;
            continue;
        }
        let row = answer.rows.remove(n);
        let meta = metas.remove(n);
        let label = unranked_label(&row[..value], &meta);
        if span {
            spans.push(label)
        } else {
            left.push(label)
        }
    }
    let mut notes: Vec<Note> = Note::naming(
        NoteKind::Partial,
        left,
        "rows",
        Message::new("note-unranked").code("how", how),
    )
    .into_iter()
    .collect();
    notes.extend(Note::naming(
        NoteKind::Partial,
        spans,
        "rows",
        Message::new("note-unranked-span"),
    ));
    if how == "top" {
        notes.extend(unlike_ranks(metas));
    }
    notes
}

/// Rows ranked that cover different numbers of months (a country's four
/// pages beside another's two) are no ranking of the period: a note says
/// so, and where the sources state ranks.
fn unlike_ranks(metas: &[Meta]) -> Option<Note> {
    let mut covered: Vec<i64> = metas.iter().filter_map(Meta::months_count).collect();
    covered.sort_unstable();
    covered.dedup();
    if covered.len() < 2 {
        return None;
    }
    covered.reverse();
    let counts: Vec<String> = covered.iter().map(i64::to_string).collect();
    let message = Message::new("note-top-unlike").codes("counts", &counts);
    Some(Note::about_all(NoteKind::Partial, message))
}

/// A row by quarter or half-year whose figure covers more than its period
/// (Eurostat's year, where it gives no quarters) would claim months it does
/// not stand for: it is left out, and the note returned names it with its
/// figure.
pub(super) fn leave_out_wider(
    answer: &mut Answer,
    metas: &mut Vec<Meta>,
    checked: &Checked,
) -> Vec<Note> {
    let Some(dim) = [Dim::Quarter, Dim::Half]
        .into_iter()
        .find(|d| checked.dims.contains(d))
    else {
        return Vec::new();
    };
    let time = answer.columns.iter().position(|c| c == dim.name());
    let value = answer.columns.iter().position(|c| c == "value");
    let (Some(time), Some(value)) = (time, value) else {
        return Vec::new();
    };
    let (mut labels, mut figures) = (Vec::new(), Vec::new());
    let mut n = 0;
    while n < answer.rows.len() {
        let months = if dim == Dim::Quarter { 3 } else { 6 };
        let own = month_of(&answer.rows[n][time]).map(|m| Period::of_length(m, months).span());
        let wider = own
            .zip(metas[n].span)
            .is_some_and(|(own, span)| span.first < own.first || span.last > own.last);
        if !wider {
            n += 1;
            continue;
        }
        let row = answer.rows.remove(n);
        let meta = metas.remove(n);
        let label = unranked_label(&row[..value], &meta);
        figures.push(figure_of(&label, &row[value], "–"));
        labels.push(label);
    }
    if labels.is_empty() {
        return Vec::new();
    }
    let message = Message::new("note-wider-than-row")
        .code("per", dim.name())
        .with("rows", Arg::Messages(figures));
    vec![Note::new(NoteKind::Partial, labels, message)]
}

/// A row left out of a ranking, by its period and its other dimensions.
fn unranked_label(dims: &[Cell], meta: &Meta) -> String {
    let mut words: Vec<String> = meta
        .span
        .map(|s| crate::model::month::period_label(s.first, s.last))
        .into_iter()
        .collect();
    words.extend(dims.iter().filter_map(|c| match c {
        Cell::Text(t) if !t.starts_with(|d: char| d.is_ascii_digit()) => Some(t.clone()),
        _ => None,
    }));
    words.join(" ")
}

/// A figure an answer leaves out, in words: its label and its value
/// (`missing` where it has none).
pub(super) fn figure_of(label: &str, cell: &Cell, missing: &str) -> Message {
    let figure = match cell {
        Cell::Int(v) => Arg::Figure(*v),
        Cell::Null => Arg::Code(missing.into()),
        other => Arg::Number(other.plain()),
    };
    Message::new("word-figure-of")
        .code("period", label)
        .with("figure", figure)
}
