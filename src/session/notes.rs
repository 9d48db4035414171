//! The notes and labels an answer carries: periods labelled as months and
//! quarters, what `change` compared and what it lacked, partial quarters,
//! periods a summary left out, countries inside `other`, rates with their
//! basis. The session calls these after a query ran.

use super::running::{cumulative_gaps, rolling_notes};
use super::*;
use crate::locale::{Arg, Message};
use crate::model::month::Span;
use crate::model::period::Period;
use crate::sql::MONTHS_COVERED;

/// Puts the periods of an answer in its cells: a `month` is the period of
/// its row (`2023-11`, or a year to date `2023-01..2023-11`), a `quarter`
/// and a `year` theirs, and a `period` column (the months the row covers)
/// follows `unit`.
pub(super) fn label_periods(answer: &mut Answer, metas: &[Meta]) {
    let col = |dim: Dim| answer.columns.iter().position(|c| c == dim.name());
    let (month, quarter, year) = (col(Dim::Month), col(Dim::Quarter), col(Dim::Year));
    let half = col(Dim::Half);
    let at = answer
        .columns
        .iter()
        .position(|c| c == "unit")
        .map_or(answer.columns.len(), |i| i + 1);
    for (row, meta) in answer.rows.iter_mut().zip(metas) {
        let first = month.and_then(|i| month_of(&row[i]));
        if let (Some(i), Some(first), Some(last)) = (month, first, meta.month_end) {
            row[i] = Cell::Period(Period::of_months(Span { first, last }));
        }
        if let Some((i, q)) = quarter.and_then(|i| Some((i, month_of(&row[i])?))) {
            row[i] = Cell::Period(Period::of_length(q, 3));
        }
        if let Some((i, h)) = half.and_then(|i| Some((i, month_of(&row[i])?))) {
            row[i] = Cell::Period(Period::of_length(h, 6));
        }
        if let Some((i, Cell::Int(y))) = year.map(|i| (i, row[i].clone())) {
            row[i] = Cell::Period(Period::Year(y as i32));
        }
        let period = meta.span.map(|s| Cell::Period(Period::of_span(s)));
        row.insert(at, period.unwrap_or(Cell::Null));
    }
    answer.columns.insert(at, "period".to_string());
}

/// For each row that is the rest of a yearly overview's year whose span
/// holds months shown on rows of their own, the months it stands for (as
/// the compiler listed them).
fn rest_notes(metas: &[Meta]) -> Vec<Note> {
    let mut notes = Vec::new();
    for rest in metas {
        let Some(span) = rest.span else { continue };
        if rest.rest_months.is_empty() || rest.rest_months.len() as i64 >= span.len() {
            continue;
        }
        let label = period_label(span.first, span.last);
        // A month with a row of its own that lacks a part of the span's
        // figure (a page's registered only, beside a year with its
        // resettled): the rest holds that part of the month.
        let own = |m: &&String| -> bool {
            metas
                .iter()
                .filter_map(|o| o.span)
                .any(|s| s.first == s.last && s.first.to_string() == **m)
        };
        let (shared, alone): (Vec<String>, Vec<String>) =
            rest.rest_months.iter().cloned().partition(|m| own(&m));
        let message = if shared.is_empty() {
            Message::new("note-rest")
        } else {
            Message::new("note-rest-with-part")
                .codes("shared", &shared)
                .count("n", shared.len() as i64)
        };
        let message = message.code("period", &label).codes("months", &alone);
        notes.push(Note::new(NoteKind::Derived, vec![label], message));
    }
    notes
}

/// Adds the notes an answer needs, and its coverage, knowing the rests on
/// no row and the newest month the store reaches.
pub(super) fn annotate(
    answer: &mut Answer,
    metas: &[Meta],
    checked: &Checked,
    (rests, reached): (&[Span], Option<Month>),
) {
    label_periods(answer, metas);
    let spans: Vec<Option<Span>> = metas.iter().map(|m| m.span).collect();
    let labels = |keep: &dyn Fn(&Meta) -> bool| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for span in metas.iter().filter(|m| keep(m)).filter_map(|m| m.span) {
            let label = period_label(span.first, span.last);
            if !out.contains(&label) {
                out.push(label);
            }
        }
        out
    };
    let mut notes: Vec<Note> = checked
        .notes
        .iter()
        .map(|m| Note::about_all(NoteKind::Definition, m.clone()))
        .collect();
    let by_months = (checked.by_country_tables && checked.dims.contains(&Dim::Month))
        || checked.dims.contains(&Dim::MonthOfYear);
    if by_months && spans.iter().flatten().any(|s| s.first != s.last) {
        let periods = labels(&|m| m.span.is_some_and(|s| s.first != s.last));
        let id = if checked.dims.contains(&Dim::MonthOfYear) {
            "note-month-of-year-span"
        } else {
            "note-year-to-date"
        };
        notes.push(Note::new(NoteKind::YearToDate, periods, Message::new(id)));
    }
    answer.coverage = metas.iter().map(Meta::coverage).collect();
    // A row without a value shows no figure, derived or not.
    let value = answer.columns.iter().position(|c| c == "value");
    let valued: Vec<Meta> = metas
        .iter()
        .zip(&answer.rows)
        .map(|(m, row)| {
            let mut m = m.clone();
            m.derived &= value.is_none_or(|i| row[i] != Cell::Null);
            m
        })
        .collect();
    let metas = &valued[..];
    if metas.iter().any(|m| m.derived) {
        let id = if checked.by_country_tables {
            "note-derived-by-country"
        } else {
            "note-derived"
        };
        notes.push(Note::new(
            NoteKind::Derived,
            labels(&|m| m.derived),
            Message::new(id),
        ));
        if !checked.by_country_tables {
            notes.extend(rest_notes(metas));
        }
    }
    if answer.rows.is_empty() {
        notes.push(Note::about_all(NoteKind::Empty, empty_note(checked)));
    }
    if metas.iter().any(|m| m.forced) {
        let rows = labels(&|m| m.forced);
        notes.extend(Note::naming(
            NoteKind::Forced,
            rows,
            "rows",
            Message::new("note-forced"),
        ));
    }
    if let Some(step) = checked.plan.change().map(|c| c.months) {
        notes.extend(change_notes(answer, metas, checked, step));
    }
    notes.extend(published_notes(answer, metas));
    let unit = answer.columns.iter().position(|c| c == "unit");
    if answer.rows.iter().any(|r| {
        unit.is_some_and(|i| r[i] == Cell::Text(crate::model::Unit::Files.as_str().into()))
    }) {
        notes.push(Note::about_all(
            NoteKind::Definition,
            Message::new("note-files"),
        ));
    }
    let gaps = gap_notes(answer, metas, checked, (rests, reached));
    let rows: Vec<_> = spans
        .iter()
        .zip(&answer.coverage)
        .enumerate()
        .map(|(n, (s, c))| (*s, !c.missing.is_empty(), others(answer, checked, n)))
        .collect();
    notes.extend(partial_quarters(&rows, checked, rests));
    notes.extend(gaps);
    notes.extend(months_of_year_missing(answer, checked));
    let as_of = as_of(answer, metas, checked);
    if !as_of.is_empty() {
        let items: Vec<Message> = as_of
            .iter()
            .map(|(l, m)| {
                Message::new("as-of-item")
                    .code("period", l)
                    .code("month", m.to_string())
            })
            .collect();
        // By type, the month is the last that gives the most types, which
        // need not be the last month the store holds.
        let id = match checked.dims.contains(&Dim::Type) {
            true => "note-as-of-by-type",
            false => "note-as-of",
        };
        let message = Message::new(id)
            .code("measure", checked.measure.name())
            .with("items", Arg::Messages(items));
        notes.push(Note::new(
            NoteKind::AsOf,
            as_of.into_iter().map(|(l, _)| l).collect(),
            message,
        ));
    }
    notes.extend(summary_notes(metas, checked));
    notes.extend(combine_notes(answer, metas, checked));
    if let Some(group) = checked.plan.share_of() {
        let types: Vec<&str> = crate::model::vocabulary::parts(checked.measure, group)
            .unwrap_or(&[])
            .iter()
            .map(|t| t.as_str())
            .collect();
        let types: Vec<String> = types.iter().map(|t| t.to_string()).collect();
        let message = Message::new("note-share-of")
            .code("group", group.as_str())
            .code("measure", checked.measure.name())
            .codes("types", &types);
        notes.push(Note::about_all(NoteKind::Method, message));
    }
    let within_years = [Dim::Month, Dim::Quarter, Dim::Half];
    if checked.plan.cumulative() && within_years.iter().any(|d| checked.dims.contains(d)) {
        notes.push(Note::about_all(
            NoteKind::Method,
            Message::new("note-cumulative"),
        ));
        let by_month = checked.dims.contains(&Dim::Month);
        notes.extend(cumulative_gaps(answer, metas, by_month, rests));
    } else if checked.plan.cumulative() {
        notes.extend(cumulative_year_gaps(answer));
    }
    if let Some(n) = checked.plan.rolling() {
        notes.extend(rolling_notes(answer, n));
    }
    add_months_covered(answer, metas);
    answer.notes = notes;
}

/// The years a running total over years leaves empty: it needs every month
/// from the first January on.
fn cumulative_year_gaps(answer: &Answer) -> Option<Note> {
    let at = answer.columns.iter().position(|c| c == "cumulative")?;
    let value = answer.columns.iter().position(|c| c == "value")?;
    let year = answer.columns.iter().position(|c| c == "year")?;
    let mut rows: Vec<String> = Vec::new();
    for row in &answer.rows {
        let label = render::plain(&row[year]);
        if row[at] == Cell::Null && row[value] != Cell::Null && !rows.contains(&label) {
            rows.push(label);
        }
    }
    Note::naming(
        NoteKind::Partial,
        rows,
        "rows",
        Message::new("note-cumulative-years"),
    )
}

/// The column after `period` that counts the months each row's figures
/// cover: the months of its span that a figure covers (for the rest of a
/// yearly overview's year, the months it stands for, as the compiler
/// counts them). The columns of an
/// answer depend on its query only, never on the data.
fn add_months_covered(answer: &mut Answer, metas: &[Meta]) {
    let at = answer
        .columns
        .iter()
        .position(|c| c == "period")
        .map_or(answer.columns.len(), |i| i + 1);
    for (row, meta) in answer.rows.iter_mut().zip(metas) {
        row.insert(at, meta.months_count().map_or(Cell::Null, Cell::Int));
    }
    answer.columns.insert(at, MONTHS_COVERED.to_string());
}

/// Says what each column is, once the columns are final, as the compiler
/// that named them says ([`sql::role`]).
pub(super) fn assign_roles(answer: &mut Answer, checked: &Checked) {
    answer.roles = answer
        .columns
        .iter()
        .map(|c| sql::role(c, &checked.dims))
        .collect();
}

/// Which rates are the rates a page published, and which could not be had.
pub(super) fn published_notes(answer: &Answer, metas: &[Meta]) -> Vec<Note> {
    let Some(value) = answer.columns.iter().position(|c| c == "value") else {
        return Vec::new();
    };
    let span = |m: &Meta| {
        m.span
            .map_or(String::new(), |s| period_label(s.first, s.last))
    };
    let (mut published, mut missing) = (Vec::new(), Vec::new());
    for (r, m) in answer.rows.iter().zip(metas).filter(|(_, m)| m.published) {
        if r[value] == Cell::Null {
            missing.push(span(m));
        } else {
            published.push(span(m));
        }
    }
    // A rate the sources give neither as a figure nor through the
    // outcomes of the decisions (a page's month that states its decisions
    // but no rate).
    let decided = answer.columns.iter().position(|c| c == "decided");
    let unknown: Vec<String> = answer
        .rows
        .iter()
        .zip(metas)
        .filter(|(r, m)| !m.published && m.unavailable == 0 && r[value] == Cell::Null)
        .filter(|(r, _)| decided.is_some_and(|d| r[d] == Cell::Null))
        .map(|(_, m)| span(m))
        .collect();
    let published = Note::naming(
        NoteKind::PublishedRate,
        published,
        "rows",
        Message::new("note-published-rate"),
    );
    let unknown = Note::naming(
        NoteKind::PublishedRate,
        unknown,
        "rows",
        Message::new("note-rate-unknown"),
    );
    let missing = Note::naming(
        NoteKind::PublishedRate,
        missing,
        "rows",
        Message::new("note-no-rate"),
    );
    published
        .into_iter()
        .chain(missing)
        .chain(unknown)
        .collect()
}

/// A summary of the workload needs the end value of every month of its span,
/// and at least two of them.
pub(super) fn stock_summary_covered(answer: &Answer, metas: &[Meta]) -> Result<()> {
    let Some(n) = answer.columns.iter().position(|c| c == "months") else {
        return Ok(());
    };
    for (row, meta) in answer.rows.iter().zip(metas) {
        let (Cell::Int(held), Some(span)) = (&row[n], meta.span) else {
            continue;
        };
        if *held < 2 || *held != span.len() {
            return Err(Diagnostic::general(msg!(
                "check-stock-summary-gaps",
                held = *held,
                months = span.len(),
                span = span.to_string()
            ))
            .with_hint(msg!("hint-stock-summary-gaps"))
            .into());
        }
    }
    Ok(())
}

/// How a note names a row: by its label in column `at`, or where the
/// answer has none, by the message `whole` ("the answer"), as the periods
/// of the note (in English) and as the message's argument.
pub(super) fn row_label(row: &[Cell], at: Option<usize>, whole: &'static str) -> (String, Arg) {
    match at {
        Some(i) => {
            let label = render::plain(&row[i]);
            (label.clone(), Arg::Code(label))
        }
        None => {
            let m = Message::new(whole);
            (m.text(crate::model::Lang::En), Arg::Messages(vec![m]))
        }
    }
}

/// A rate's unit is percent; the unit its figures are counted in (persons or
/// dossiers) is its `basis`, a column after the period.
pub(super) fn percent_with_basis(answer: &mut Answer) {
    let Some(unit) = answer.columns.iter().position(|c| c == "unit") else {
        return;
    };
    let at = unit
        + 1
        + answer.columns[unit + 1..]
            .iter()
            .take_while(|c| *c == "period" || *c == MONTHS_COVERED)
            .count();
    answer.columns.insert(at, "basis".to_string());
    for row in &mut answer.rows {
        let basis = std::mem::replace(&mut row[unit], Cell::Text("percent".to_string()));
        row.insert(at, basis);
    }
}

/// The countries a filter asks for (`country = ...`, `country in (...)`).
pub(super) fn wanted_countries(c: &check::Cond, out: &mut Vec<String>) {
    wanted(c, "country", out);
}

/// The values a filter asks of `column` (`country`, `geo`), where it names
/// them as wanted.
pub(super) fn wanted(c: &check::Cond, column: &str, out: &mut Vec<String>) {
    match c {
        check::Cond::Set {
            column: named,
            values,
            negated: false,
        } if *named == column => out.extend(values.iter().cloned()),
        check::Cond::And(a, b) | check::Cond::Or(a, b) => {
            wanted(a, column, out);
            wanted(b, column, out);
        }
        _ => {}
    }
}

/// Shows the `country` column in the chosen language.
pub(super) fn translate_countries(answer: &mut Answer, names: Names) {
    let Some(at) = answer.columns.iter().position(|c| c == "country") else {
        return;
    };
    for row in &mut answer.rows {
        if let Cell::Text(name) = &row[at] {
            row[at] = Cell::Text(shown_name(name, names).to_string());
        }
    }
}

pub(super) fn empty_note(checked: &Checked) -> Message {
    Message::new(if checked.publisher.by_reporting_country() {
        "note-empty-eurostat"
    } else if checked.national_spans && checked.dims.contains(&Dim::Quarter) {
        "note-empty-quarter"
    } else if checked.by_country_tables {
        "note-empty-by-country"
    } else {
        "note-empty"
    })
}

/// The raw cells of an answer's country and reporting-country columns
/// (`NL`, `Syrië`) beside the names `names` gives them, for notes made
/// before the rows were named (as [`translate_countries`] and
/// `name_geos` name the rows).
pub(super) fn renamed(answer: &Answer, names: Names) -> Vec<(String, String)> {
    use crate::eurostat::codes;
    let mut pairs: Vec<(String, String)> = Vec::new();
    for column in ["country", "geo"] {
        let Some(at) = answer.columns.iter().position(|c| c == column) else {
            continue;
        };
        for row in &answer.rows {
            let Cell::Text(raw) = &row[at] else { continue };
            let shown = match (column, codes::geo(raw)) {
                ("geo", Some(g)) => codes::geo_name(g, names),
                _ => shown_name(raw, names),
            };
            if raw != shown && !pairs.iter().any(|(r, _)| r == raw) {
                pairs.push((raw.clone(), shown.to_string()));
            }
        }
    }
    // The longest first, so that a name holding another is renamed whole.
    pairs.sort_by_key(|(raw, _)| std::cmp::Reverse(raw.len()));
    pairs
}

/// The notes with the labels of their rows renamed as `pairs` say.
pub(super) fn rename_in(notes: &mut [Note], pairs: &[(String, String)]) {
    if pairs.is_empty() {
        return;
    }
    for note in notes {
        rename_message(&mut note.message, pairs);
    }
}

fn rename_message(message: &mut Message, pairs: &[(String, String)]) {
    for (_, arg) in &mut message.args {
        match arg {
            Arg::Code(text) => *text = rename_words(text, pairs),
            Arg::Codes(texts) => texts.iter_mut().for_each(|t| *t = rename_words(t, pairs)),
            Arg::Message(m) => rename_message(m, pairs),
            Arg::Messages(ms) | Arg::Clauses(ms) | Arg::Lines(ms) => {
                ms.iter_mut().for_each(|m| rename_message(m, pairs))
            }
            _ => {}
        }
    }
}

/// `text` with each raw name that stands as a word of its own (between
/// spaces, brackets or commas) replaced by its shown name.
fn rename_words(text: &str, pairs: &[(String, String)]) -> String {
    let apart = |c: Option<char>| c.is_none_or(|c| matches!(c, ' ' | '(' | ')' | ',' | ';'));
    let mut out = text.to_string();
    for (raw, shown) in pairs {
        let mut from = 0;
        while let Some(at) = out[from..].find(raw.as_str()).map(|i| i + from) {
            let end = at + raw.len();
            if apart(out[..at].chars().last()) && apart(out[end..].chars().next()) {
                out.replace_range(at..end, shown);
                from = at + shown.len();
            } else {
                from = end;
            }
        }
    }
    out
}
