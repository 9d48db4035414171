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
    said(
        answer,
        lang,
        lang.pick(
            "Hollow points, dashed lines and light columns: periods the data covers only in part, or derived",
            "Open punten, stippellijnen en lichte kolommen: periodes die de gegevens maar gedeeltelijk dekken, of afgeleid",
            "Points creux, traits pointillés et colonnes claires : périodes que les données ne couvrent qu'en partie, ou déduites",
        ),
    )
}

/// What the terminal's chart must say under it: it draws every point alike,
/// so the periods covered in part are named in words.
pub(in crate::render) fn terminal_remarks(answer: &Answer, lang: Lang) -> Vec<String> {
    said(
        answer,
        lang,
        lang.pick(
            "Drawn, though the data covers them only in part or they are derived",
            "Getekend, hoewel de gegevens ze maar gedeeltelijk dekken of ze afgeleid zijn",
            "Tracés, bien que les données ne les couvrent qu'en partie ou qu'ils soient déduits",
        ),
    )
}

/// Where no row is drawn: no period is covered whole.
pub(in crate::render) fn nothing_drawn(lang: Lang) -> &'static str {
    lang.pick(
        "Nothing drawn: no period is covered whole.",
        "Niets getekend: geen periode is volledig gedekt.",
        "Rien n'est tracé : aucune période n'est couverte entière.",
    )
}

/// The remarks on the marks, the periods drawn in part introduced by
/// `partly`.
fn said(answer: &Answer, lang: Lang, partly: &str) -> Vec<String> {
    let marks = marks(answer, lang);
    let mut out = Vec::new();
    if drawn_rows(answer).is_empty() && !answer.rows.is_empty() {
        out.push(nothing_drawn(lang).to_string());
    }
    if !marks.partial.is_empty() {
        out.push(format!("{partly} ({}).", marks.partial.join("; ")));
    }
    out.extend(not_drawn(&marks, lang));
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
            left_out.push(label);
            continue;
        };
        let label = if by_month_of_year(answer, time) {
            drawn.to_string()
        } else {
            plain(&row[time])
        };
        if super::is_gap(answer, time, n) {
            gaps.push(gap_label(answer, n, drawn, &label, lang));
            continue;
        }
        // A row without a value to draw (a running total that cannot be
        // told) is no mark: the answer's notes say why.
        if !drawn_rows.contains(&n) {
            continue;
        }
        if answer.is_derived(n) {
            partial.push(format!(
                "{label}: {}",
                lang.pick(
                    "computed by asylq from printed figures",
                    "door asylq berekend uit gepubliceerde cijfers",
                    "calculé par asylq à partir de chiffres publiés"
                )
            ));
        } else if let Some(c) = answer.coverage.get(n).filter(|c| !c.missing.is_empty()) {
            let missing: Vec<String> = c.missing.iter().map(|m| m.to_string()).collect();
            let without = lang.pick("without", "zonder", "sans");
            partial.push(format!("{label}: {without} {}", missing.join(", ")));
        } else if let Some((at, covered)) = period.and_then(|i| Some((i, row[i].period()?))) {
            let item = format!("{label}: {}", only_months(covered.span(), lang));
            if is_partial(answer, drawn, &row[at]) && !partial.contains(&item) {
                partial.push(item);
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
        out.push(format!(
            "{} {}.",
            lang.pick(
                "Not drawn, as the data covers them only in part:",
                "Niet getekend, omdat de gegevens ze maar gedeeltelijk dekken:",
                "Non tracés, car les données ne les couvrent qu'en partie :"
            ),
            gaps.join("; ")
        ));
    }
    if !left_out.is_empty() {
        out.push(format!(
            "{} {} ({}).",
            lang.pick("Left out:", "Weggelaten:", "Laissés de côté :"),
            left_out.join(", "),
            lang.pick(
                "figures for a span of months, not for one period",
                "cijfers voor meerdere maanden samen, niet voor één periode",
                "chiffres pour plusieurs mois ensemble, non pour une période"
            )
        ));
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
            let months = match lang {
                Lang::En => format!("{held} of {of} months"),
                Lang::Nl => format!("{held} van {of} maanden"),
                Lang::Fr => format!("{held} mois sur {of}"),
            };
            return format!("{label} ({months})");
        }
        let missing: Vec<String> = c.missing.iter().map(|m| m.to_string()).collect();
        let without = lang.pick("without", "zonder", "sans");
        return format!("{label} ({without} {})", missing.join(", "));
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
    match lang {
        Lang::En => format!("{months} only"),
        Lang::Nl => format!("alleen {months}"),
        Lang::Fr => format!("{months} seulement"),
    }
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
