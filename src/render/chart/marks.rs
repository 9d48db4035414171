//! What a chart's marks cover, in words: the periods drawn though covered
//! in part, the periods not drawn because their figures cover them only in
//! part, and the figures for spans of months that are no point of the axis.
//! The published chart and the terminal's chart say the same, each in its
//! own terms.

use super::words::{month_name, Lang};
use super::*;

/// The rows of a time answer by what the chart does with them, as labels
/// with what their figures cover.
#[derive(Default)]
struct Marks {
    /// Drawn, though covered in part or derived.
    partial: Vec<String>,
    /// Not drawn: periods the figures cover only in part.
    gaps: Vec<String>,
    /// No point of the axis: figures for a span of months.
    left_out: Vec<String>,
}

/// What the chart must say about its marks: periods covered in part (drawn
/// hollow) and year-to-date figures left out of a monthly series.
pub(super) fn remarks(answer: &Answer, lang: Lang) -> Vec<String> {
    said(answer, lang, Message::new("chart-drawn-hollow"))
}

/// What the terminal's chart must say under it: it draws every point alike,
/// so the periods covered in part are named in words.
pub(in crate::render) fn terminal_remarks(answer: &Answer, lang: Lang) -> Vec<String> {
    said(answer, lang, Message::new("chart-drawn-in-part"))
}

/// Where no row is drawn: no period is covered whole.
pub(in crate::render) fn nothing_drawn(lang: Lang) -> String {
    Message::new("chart-nothing-drawn").text(lang)
}

/// The remarks on the marks, the periods drawn in part said by `partly`.
fn said(answer: &Answer, lang: Lang, partly: Message) -> Vec<String> {
    let marks = marks(answer, lang);
    let mut out = Vec::new();
    if drawn_rows(answer).is_empty() && !answer.rows.is_empty() {
        out.push(nothing_drawn(lang));
    }
    if !marks.partial.is_empty() {
        let periods = marks.partial.join(crate::locale::semicolon(lang));
        out.push(partly.code("periods", periods).text(lang));
    }
    out.extend(not_drawn(&marks, lang));
    out.extend(without_figures(answer, lang));
    out
}

/// The periods of the axis, between its first and last, that no row has a
/// figure for (a year no source of the store gives): the line's gap, named.
fn without_figures(answer: &Answer, lang: Lang) -> Option<String> {
    let time = time_column(answer).filter(|t| !by_month_of_year(answer, *t))?;
    let months = super::months_of(answer, time);
    let spans: Vec<crate::model::month::Span> = answer
        .rows
        .iter()
        .filter_map(|r| r[time].period())
        .map(|p| p.span())
        .collect();
    let first = spans
        .iter()
        .map(|s| s.first.index())
        .min()?
        .div_euclid(months);
    let last = spans
        .iter()
        .map(|s| s.last.index())
        .max()?
        .div_euclid(months);
    let empty: Vec<i64> = (first..=last)
        .filter(|x| {
            let (start, end) = (x * months, x * months + months - 1);
            !spans
                .iter()
                .any(|s| s.first.index() <= end && s.last.index() >= start)
        })
        .collect();
    let runs = runs(&empty)
        .into_iter()
        .map(|(a, b)| match a == b {
            true => super::index_label(a * months, months),
            false => format!(
                "{}–{}",
                super::index_label(a * months, months),
                super::index_label(b * months, months)
            ),
        })
        .collect::<Vec<_>>();
    (!runs.is_empty()).then(|| {
        Message::new("chart-no-figure-for")
            .code("periods", runs.join(", "))
            .text(lang)
    })
}

/// Consecutive numbers as runs, first and last of each.
fn runs(numbers: &[i64]) -> Vec<(i64, i64)> {
    let mut out: Vec<(i64, i64)> = Vec::new();
    for n in numbers {
        match out.last_mut() {
            Some((_, last)) if *last + 1 == *n => *last = *n,
            _ => out.push((*n, *n)),
        }
    }
    out
}

fn marks(answer: &Answer, lang: Lang) -> Marks {
    let mut marks = Marks::default();
    let Some(time) = time_column(answer) else {
        return marks;
    };
    let period = answer.column(Role::Period);
    let drawn_rows = super::drawn_rows(answer);
    let Marks {
        partial,
        gaps,
        left_out,
    } = &mut marks;
    for (n, row) in answer.rows.iter().enumerate() {
        let Some(drawn) = drawn_period(answer, time, row) else {
            let label = match period.filter(|_| by_month_of_year(answer, time)) {
                Some(at) => plain(&row[at]),
                None => plain(&row[time]),
            };
            // Named with its series where there are several.
            let label = match series_of(answer, row, lang) {
                Some(series) => format!("{label} ({series})"),
                None => label,
            };
            if !left_out.contains(&label) {
                left_out.push(label);
            }
            continue;
        };
        let label = if by_month_of_year(answer, time) {
            drawn.to_string()
        } else {
            plain(&row[time])
        };
        if super::is_gap(answer, time, n) {
            // Several series may lack the same months: the period once.
            let gap = gap_label(answer, n, drawn, &label, lang);
            if !gaps.contains(&gap) {
                gaps.push(gap);
            }
            continue;
        }
        // A row without a value to draw (a running total that cannot be
        // told) is no mark: the answer's notes say why.
        if !drawn_rows.contains(&n) {
            continue;
        }
        let item = |what: String| {
            Message::new("chart-mark")
                .code("period", label.as_str())
                .code("what", what)
                .text(lang)
        };
        if answer.is_derived(n) {
            partial.push(item(Message::new("chart-derived").text(lang)));
        } else if let Some(c) = answer.coverage.get(n).filter(|c| !c.missing.is_empty()) {
            partial.push(item(without(&c.missing, lang)));
        } else if let Some((at, covered)) = period.and_then(|i| Some((i, row[i].period()?))) {
            let entry = item(only_months(covered.span(), lang));
            if is_partial(answer, drawn, &row[at]) && !partial.contains(&entry) {
                partial.push(entry);
            }
        }
    }
    marks
}

/// The periods not drawn and the spans left out, in words.
fn not_drawn(marks: &Marks, lang: Lang) -> Vec<String> {
    let Marks { gaps, left_out, .. } = marks;
    let mut out = Vec::new();
    if !gaps.is_empty() {
        let periods = gaps.join(crate::locale::semicolon(lang));
        out.push(
            Message::new("chart-not-drawn")
                .code("periods", periods)
                .text(lang),
        );
    }
    if !left_out.is_empty() {
        let periods = left_out.join(", ");
        out.push(
            Message::new("chart-left-out")
                .code("periods", periods)
                .text(lang),
        );
    }
    out
}

/// A period not drawn (`drawn`, as its row would be), with what its figures
/// cover: "2017 (February–March only)", "2023-Q1 (without 2023-02)", "2019
/// (4 of 12 months)".
fn gap_label(answer: &Answer, n: usize, drawn: Period, label: &str, lang: Lang) -> String {
    if let Some(c) = answer.coverage.get(n).filter(|c| !c.missing.is_empty()) {
        // Many months missing: how many are there, so that every gap fits.
        if c.missing.len() > 6 {
            let of = drawn.span().len();
            let held = of - c.missing.len() as i64;
            let months = Message::new("chart-months-held")
                .count("held", held)
                .count("of", of)
                .text(lang);
            return format!("{label} ({months})");
        }
        return format!("{label} ({})", without(&c.missing, lang));
    }
    let covered = answer
        .column(Role::Period)
        .and_then(|i| answer.rows[n][i].period());
    match covered {
        Some(p) => format!("{label} ({})", only_months(p.span(), lang)),
        None => label.to_string(),
    }
}

/// The months a partial period covers, briefly: "October–November only",
/// "alleen oktober–november", "octobre–novembre seulement".
fn only_months(span: crate::model::month::Span, lang: Lang) -> String {
    let name = |m: Month| month_name(m.number(), lang);
    let months = match (
        span.first == span.last,
        span.first.year() == span.last.year(),
    ) {
        (true, _) => name(span.first),
        (false, true) => format!("{}–{}", name(span.first), name(span.last)),
        (false, false) => format!(
            "{} {}–{} {}",
            name(span.first),
            span.first.year(),
            name(span.last),
            span.last.year()
        ),
    };
    Message::new("chart-only-months")
        .code("months", months)
        .text(lang)
}

/// The months a period's figures lack: "without 2023-02, 2023-03".
fn without(missing: &[Month], lang: Lang) -> String {
    let months: Vec<String> = missing.iter().map(|m| m.to_string()).collect();
    Message::new("chart-without")
        .code("months", months.join(", "))
        .text(lang)
}

/// Whether a row drawn as period `drawn` covers less of it: its `period`
/// cell (the months its figures cover) names other months. A stock's
/// period is the month of its value: it covers its period when that is the
/// period's last month (a year's December).
pub(super) fn is_partial(answer: &Answer, drawn: Period, covered: &Cell) -> bool {
    covered.period().is_some_and(|c| {
        if super::is_stock(answer) {
            c.span().last != drawn.span().last
        } else {
            drawn.covered_in_part(c.span())
        }
    })
}

/// The series a row is drawn in: its values of the dimensions other than
/// time (a country, a type), in the legend's words, where the answer has any.
fn series_of(answer: &Answer, row: &[crate::answer::Cell], lang: Lang) -> Option<String> {
    let parts: Vec<String> = answer
        .roles
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r, Role::Dimension | Role::Country))
        .map(|(i, _)| super::words::term(&plain(&row[i]), lang))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}
