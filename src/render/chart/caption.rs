//! The words of a chart: a title that says what it shows and for when, a
//! subtitle with the unit and the main caveat, and under the chart what its
//! marks cover (periods covered in part, year-to-date figures left out), the
//! notes of the answer, the query that reproduces it, and its sources as a
//! reader cites them, each wrapped to the chart's width.

use super::words::{self, and, by, change_in, dimension, month_name, share_of, Lang};
use super::*;
use crate::answer::{Citation, NoteKind, Picked, Relation, Said, Subject};
use crate::model::month::Span;
use crate::model::Origin;

/// The sources drawn, as a reader cites them: "Source: CGVS, Asielstatistieken
/// november 2023 (monthly report, published December 2023) (asylq)". A run
/// of pages of one kind and language for months in a row is one span
/// ("statistics pages of January 2017–December 2019 (nl)").
pub fn caption(citations: &[Citation], lang: Lang) -> String {
    let groups = runs(citations);
    let cgvs = Message::new("chart-cgvs").text(lang);
    let cited: Vec<String> = groups
        .iter()
        .map(|g| match g[0].origin {
            Origin::Eurostat => format!("Eurostat, {}", cite(g, lang)),
            _ => format!("{cgvs}, {}", cite(g, lang)),
        })
        .collect();
    let cited = if cited.is_empty() {
        cgvs
    } else {
        cited.join(crate::locale::semicolon(lang))
    };
    let number = if groups.len() > 1 { "several" } else { "one" };
    Message::new("chart-sources")
        .code("number", number)
        .code("cited", cited)
        .text(lang)
}

/// The sources line of a chart: those of the rows drawn, or, where no row
/// is drawn, none, rather than a publisher whose figures are not there.
pub(super) fn sources_line(answer: &Answer, lang: Lang) -> String {
    if drawn_rows(answer).is_empty() {
        return Message::new("chart-no-sources").text(lang);
    }
    caption(&drawn_citations(answer), lang)
}

/// Citations in runs: pages or overviews of one language, months in a
/// row; each report on its own.
fn runs(citations: &[Citation]) -> Vec<Vec<&Citation>> {
    let mut out: Vec<Vec<&Citation>> = Vec::new();
    for c in citations {
        let step = if c.origin == Origin::Yearly { 12 } else { 1 };
        let follows = |p: &&Citation| {
            p.origin == c.origin && p.lang == c.lang && c.month.index() - p.month.index() == step
        };
        match out.last_mut() {
            Some(run)
                if !matches!(c.origin, Origin::Report | Origin::Eurostat)
                    && run.last().is_some_and(follows) =>
            {
                run.push(c)
            }
            _ => out.push(vec![c]),
        }
    }
    out
}

/// One run of sources in words; in French, `de` before a vowel is `d'`
/// ("page statistique d'avril 2017").
fn cite(run: &[&Citation], lang: Lang) -> String {
    let text = cite_words(run, lang);
    if lang != Lang::Fr {
        return text;
    }
    ["avril", "août", "octobre"].iter().fold(text, |t, m| {
        t.replace(&format!(" de {m}"), &format!(" d'{m}"))
    })
}

fn cite_words(run: &[&Citation], lang: Lang) -> String {
    let first = run[0];
    let last = run[run.len() - 1];
    let month = |m: Month| format!("{} {}", month_name(m.number(), lang), m.year());
    let code = first.lang.map_or("", |l| l.code());
    let year = |m: Month| m.year().to_string();
    match first.origin {
        Origin::Report => {
            let title = format!(
                "Asielstatistieken {} {}",
                crate::model::month::DUTCH_MONTHS[first.month.number() as usize - 1],
                first.month.year()
            );
            match first.published {
                Some(p) => Message::new("chart-report-published")
                    .code("title", title)
                    .code("month", month(p))
                    .text(lang),
                None => Message::new("chart-report").code("title", title).text(lang),
            }
        }
        Origin::Yearly if run.len() == 1 => Message::new("chart-yearly-overview")
            .code("year", year(first.month))
            .code("lang", code)
            .text(lang),
        Origin::Yearly => Message::new("chart-yearly-overviews")
            .code("first", year(first.month))
            .code("last", year(last.month))
            .code("lang", code)
            .text(lang),
        Origin::Page if run.len() == 1 => Message::new("chart-page")
            .code("month", month(first.month))
            .code("lang", code)
            .text(lang),
        Origin::Page => {
            let from = if first.month.year() == last.month.year() {
                month_name(first.month.number(), lang)
            } else {
                month(first.month)
            };
            Message::new("chart-pages")
                .code("first", from)
                .code("last", month(last.month))
                .code("lang", code)
                .text(lang)
        }
        Origin::Eurostat => match &first.dataset {
            Some((dataset, Some(updated))) => Message::new("chart-dataset")
                .code("dataset", dataset)
                .code("updated", updated)
                .text(lang),
            Some((dataset, None)) => Message::new("chart-dataset-undated")
                .code("dataset", dataset)
                .text(lang),
            None => first.file.clone(),
        },
    }
}

/// The unit and the main caveat, under the title: "Persons. In part:
/// 2023-Q4." The caveat is the first of the answer's notes that changes
/// what a mark means (derived, a stock as of a month, in part, a published
/// rate, months missing, a year to date); every note is printed under the
/// chart.
pub(super) fn subtitle(answer: &Answer, lang: Lang) -> String {
    let unit = capitalised(&super::unit(answer, lang));
    if answer.rows.is_empty() {
        // Nothing to draw, no unit to name: the notes say why.
        return String::new();
    }
    let unit = match ranking(&answer.title, lang) {
        Some(how) => format!("{unit}. {how}"),
        None => unit,
    };
    let unit = match limited_to(answer, lang) {
        Some(limited) => format!("{unit}. {}", limited.trim_end_matches('.')),
        None => unit,
    };
    // The main caveat of what is drawn: a note on periods not drawn (gaps,
    // spans left out, the rest of a year beside its months) is no caveat of
    // the chart; a period inside one drawn is.
    let drawn = drawn_spans(answer);
    let is_drawn = |label: &String| {
        crate::model::period::label_span(label)
            .is_none_or(|l| drawn.iter().any(|d| d.first <= l.first && l.last <= d.last))
    };
    let main = CAVEATS.iter().find_map(|kind| {
        answer
            .notes
            .iter()
            .find(|n| n.kind == *kind && (n.periods.is_empty() || n.periods.iter().any(is_drawn)))
    });
    let Some(note) = main else {
        return format!("{unit}.");
    };
    // Only periods are named: a row named otherwise ("the figure") is not.
    let periods: Vec<String> = note
        .periods
        .iter()
        .filter(|p| crate::model::period::label_span(p).is_some() && is_drawn(p))
        .cloned()
        .collect();
    let caveat = Message::new("chart-caveat")
        .code("kind", caveat_kind(note.kind))
        .text(lang);
    let listed = match periods.len() {
        0 => return format!("{unit}. {caveat}."),
        n if n <= 4 => periods.join(", "),
        n => format!("{} (+{})", periods[..3].join(", "), n - 3),
    };
    let caveat = Message::new("chart-caveat-periods")
        .code("caveat", caveat)
        .code("periods", listed)
        .text(lang);
    format!("{unit}. {caveat}.")
}

/// The code of a caveat's kind in the catalogue (`chart-caveat`).
fn caveat_kind(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Derived => "derived",
        NoteKind::AsOf => "as-of",
        NoteKind::Partial => "partial",
        NoteKind::PublishedRate => "published-rate",
        NoteKind::MissingMonths => "missing-months",
        _ => "year-to-date",
    }
}

/// The months the rows drawn cover.
fn drawn_spans(answer: &Answer) -> Vec<Span> {
    let Some(time) = time_column(answer) else {
        return Vec::new();
    };
    drawn_rows(answer)
        .into_iter()
        .filter_map(|n| drawn_period(answer, time, &answer.rows[n]))
        .map(|p| p.span())
        .collect()
}

/// The citations of the sources of the rows drawn: a source only of a gap
/// or of a span left out is not cited under the chart.
pub(super) fn drawn_citations(answer: &Answer) -> Vec<Citation> {
    if answer.coverage.iter().all(|c| c.sources.is_empty()) {
        return answer.citations.clone();
    }
    // A running total drawn at a period is computed from every period
    // before it; a change's or an index's base is among its row's sources.
    let plotted = answer.roles.get(super::value_column(answer));
    let from_before = plotted == Some(&Role::Running);
    let drawn = drawn_rows(answer);
    let last = drawn
        .iter()
        .filter_map(|n| answer.coverage.get(*n)?.span)
        .map(|s| s.last)
        .max();
    // A running total within years starts again each January: the years
    // before the first drawn are behind none of its points.
    let spans: Vec<Span> = drawn
        .iter()
        .filter_map(|n| answer.coverage.get(*n)?.span)
        .collect();
    let by_year = super::time_column(answer).is_some_and(|i| answer.columns[i] == "year");
    let within_years = plotted == Some(&Role::Running) && !by_year;
    let first_year = spans.iter().map(|s| s.first.year()).min();
    let behind = |n: &usize| {
        let span = answer.coverage.get(*n).and_then(|c| c.span);
        drawn.contains(n)
            || (from_before
                && span.zip(last).is_some_and(|(s, l)| s.last <= l)
                && !(within_years
                    && span
                        .zip(first_year)
                        .is_some_and(|(s, y)| s.first.year() < y)))
    };
    let files: Vec<&String> = (0..answer.rows.len())
        .filter(behind)
        .filter_map(|n| answer.coverage.get(n))
        .flat_map(|c| c.sources.iter())
        .collect();
    // A Eurostat dataset is cited once for all its downloads of one last
    // update, by the first file's name: cited where any figure is drawn.
    answer
        .citations
        .iter()
        .filter(|c| files.contains(&&c.file) || (c.dataset.is_some() && !files.is_empty()))
        .cloned()
        .collect()
}

/// How a ranking chose its members (`top N`): "The 5 largest", "De 5
/// grootste", "Les 5 plus grands".
fn ranking(query: &str, lang: Lang) -> Option<String> {
    let (_, rest) = query.split_once(" top ")?;
    let n: u64 = rest.split_whitespace().next()?.parse().ok()?;
    Some(
        Message::new("chart-largest")
            .count("n", n as i64)
            .text(lang),
    )
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// The kinds of note a subtitle names, the first found first.
const CAVEATS: [NoteKind; 6] = [
    NoteKind::Derived,
    NoteKind::AsOf,
    NoteKind::Partial,
    NoteKind::PublishedRate,
    NoteKind::MissingMonths,
    NoteKind::YearToDate,
];

/// A title in words, from the answer: what is counted, by what, and the
/// months covered ("Applications by country of origin, January–November
/// 2023"; "Applications less decisions, 2023"). An answer without a
/// subject (none is drawn from a query) keeps its title.
pub(super) fn title_in_words(answer: &Answer, lang: Lang) -> String {
    let query = answer.title.trim();
    let Some(subject) = answer.subject.as_ref() else {
        return query.to_string();
    };
    let measured = subject
        .measure
        .as_deref()
        .and_then(|m| Some((m, words::measure(m, lang)?)));
    let what = match (measured, &subject.combined) {
        (Some((measure, counted)), _) => measure_words(answer, measure, &counted, lang),
        (None, Some((left, op, right))) => {
            let name = |m: &str| words::measure(m, lang).unwrap_or_default();
            Message::new("said-combined")
                .code("left", name(left))
                .code("op", op)
                .code("right", name(right).to_lowercase())
                .text(lang)
        }
        (None, None) => return query.to_string(),
    };
    let dims: Vec<String> = answer
        .columns
        .iter()
        .zip(&answer.roles)
        .filter(|(_, r)| r.is_dimension())
        .map(|(c, _)| dimension(c, lang))
        .collect();
    let by_dims = if dims.is_empty() {
        String::new()
    } else {
        format!(" {} {}", by(lang), dims.join(&format!(" {} ", and(lang))))
    };
    let which = filter_words(subject, lang).map_or(String::new(), |f| format!(", {f}"));
    match covered(answer, lang) {
        Some(when) => format!("{what}{by_dims}{which}, {when}"),
        None => format!("{what}{by_dims}{which}"),
    }
}

/// What a measure's chart shows: the measure, its share, change, running
/// total or rolling average.
fn measure_words(answer: &Answer, measure: &str, counted: &str, lang: Lang) -> String {
    if answer.has(Role::Share) {
        share_of(measure, lang)
    } else if answer.roles.iter().any(|r| r.is_change()) {
        change_in(measure, lang)
    } else if answer.columns.iter().any(|c| c == "cumulative") {
        words::running_total_of(measure, lang)
    } else if answer.columns.iter().any(|c| c == "rolling") {
        words::rolling_average_of(measure, lang)
    } else {
        counted.to_string()
    }
}

/// What a query's filter picks, in words: a country by its name in the
/// chart's language, a type or unit as a word ("Afghanistan, refugee
/// status"); a filter that is more than that is said in the subtitle
/// ([`limited_to`]), not in the title.
fn filter_words(subject: &Subject, lang: Lang) -> Option<String> {
    let names = names_of(subject, lang);
    let words: Vec<String> = subject
        .picked
        .iter()
        .map(|p| picked(p, lang, names))
        .collect();
    (!words.is_empty()).then(|| words.join(", "))
}

/// One value a filter picks, as the chart's language says it.
/// The names a chart's words give countries: those of its answer, else
/// its language's.
fn names_of(subject: &Subject, lang: Lang) -> crate::model::countries::Names {
    subject
        .names
        .unwrap_or_else(|| crate::model::countries::Names::of(lang))
}

fn picked(p: &Picked, lang: Lang, names: crate::model::countries::Names) -> String {
    use crate::eurostat::codes;
    use crate::locale::Message;
    use crate::model::countries::{shown_name, OTHER};
    match p {
        Picked::Country(dutch) if dutch == OTHER => words::term(dutch, lang),
        Picked::Country(dutch) => shown_name(dutch, names).to_string(),
        Picked::Term(code) => words::term(code, lang),
        Picked::Code { field, code } if field == "geo" => codes::geo(code)
            .map_or(code.as_str(), |g| codes::geo_name(g, names))
            .to_string(),
        Picked::Code { field, code } => Message::new("said-code")
            .code("field", field)
            .code("code", code)
            .text(lang),
    }
}

/// A filter of any shape in words: "Syria or Iraq, since 2020".
fn said(s: &Said, lang: Lang, names: crate::model::countries::Names) -> String {
    use crate::locale::Message;
    let m = |id: &'static str, name: &'static str, value: String| {
        Message::new(id).code(name, value).text(lang)
    };
    match s {
        Said::Is(p) => picked(p, lang, names),
        Said::Period { relation, period } => {
            let period = words::period(period, lang);
            match relation {
                Relation::Is => period,
                Relation::IsNot => m("said-except", "what", period),
                Relation::Since => m("said-since", "period", period),
                Relation::After => m("said-after", "period", period),
                Relation::Until => m("said-until", "period", period),
                Relation::Before => m("said-before", "period", period),
            }
        }
        Said::Between { low, high } => Message::new("said-between")
            .code("low", words::period(low, lang))
            .code("high", words::period(high, lang))
            .text(lang),
        Said::Last { count, years } => Message::new("said-last")
            .count("count", *count as i64)
            .code("years", if *years { "yes" } else { "no" })
            .text(lang),
        Said::Not(inner) => m("said-except", "what", said(inner, lang, names)),
        Said::All(all) => all
            .iter()
            .map(|s| said(s, lang, names))
            .collect::<Vec<_>>()
            .join(", "),
        Said::Any(any) => {
            let parts: Vec<String> = any.iter().map(|s| said(s, lang, names)).collect();
            let or = Message::new("said-or").text(lang);
            match parts.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!("{} {or} {last}", rest.join(", "))
                }
                _ => parts.concat(),
            }
        }
        Said::Written(text) => text.clone(),
    }
}

/// The sentence of a subtitle that says a filter too complex for the
/// title: "Limited to: Syria or Iraq, since 2020."
fn limited_to(answer: &Answer, lang: Lang) -> Option<String> {
    let subject = answer.subject.as_ref()?;
    let names = names_of(subject, lang);
    let mut parts: Vec<String> = subject.said.iter().map(|s| said(s, lang, names)).collect();
    if let Some((column, relation, value)) = &subject.having {
        let op = match relation {
            Relation::After => "gt",
            Relation::Since => "ge",
            Relation::Before => "lt",
            Relation::Until => "le",
            Relation::Is => "eq",
            Relation::IsNot => "ne",
        };
        parts.push(
            Message::new("said-having")
                .code("column", column)
                .code("op", op)
                .with("value", crate::locale::Arg::Number(value.clone()))
                .text(lang),
        );
    }
    (!parts.is_empty()).then(|| {
        Message::new("said-limited")
            .code("what", parts.join(", "))
            .text(lang)
    })
}

/// The months an answer's drawn rows cover, in words: `November 2023`,
/// `January–November 2023`, `2022–2023`, `March 2022–November 2023`. A row
/// a time series leaves out (a figure for a span of months) is not drawn,
/// so it does not widen the title.
fn covered(answer: &Answer, lang: Lang) -> Option<String> {
    let spans: Vec<_> = drawn_rows(answer)
        .into_iter()
        .filter_map(|n| answer.coverage.get(n)?.span)
        .collect();
    let first = spans.iter().map(|s| s.first).min()?;
    let last = spans.iter().map(|s| s.last).max()?;
    let name = |m: Month| month_name(m.number(), lang);
    let whole_years = first.number() == 1 && last.number() == 12;
    Some(
        match (first.year() == last.year(), first == last, whole_years) {
            (_, true, _) => format!("{} {}", name(first), first.year()),
            (true, _, true) => first.year().to_string(),
            (true, _, false) => format!("{}–{} {}", name(first), name(last), last.year()),
            (false, _, true) => format!("{}–{}", first.year(), last.year()),
            (false, _, false) => format!(
                "{} {}–{} {}",
                name(first),
                first.year(),
                name(last),
                last.year()
            ),
        },
    )
}

/// Lines no wider than `width` points in the embedded font at `size`,
/// broken between words.
pub(super) fn wrap(text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    // A no-break space (French, before `:`) keeps its words together.
    let words = text
        .split(|c: char| c.is_whitespace() && c != '\u{a0}')
        .filter(|w| !w.is_empty());
    for word in words {
        match lines.last_mut() {
            Some(line) if glyphs::width(&format!("{line} {word}"), size, bold) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang as PageLang;

    fn page(month: u32, lang: PageLang) -> Citation {
        Citation {
            origin: Origin::Page,
            month: Month::new(2017, month).unwrap(),
            lang: Some(lang),
            published: None,
            file: format!("{}-2017-{month:02}.txt", lang.code()),
            dataset: None,
        }
    }

    #[test]
    fn pages_of_months_in_a_row_are_cited_as_one_span() {
        let mut cited: Vec<Citation> = (1..=6).map(|m| page(m, PageLang::Nl)).collect();
        cited.push(page(9, PageLang::Nl));
        cited.push(page(9, PageLang::Fr));
        assert_eq!(
            caption(&cited, Lang::En),
            "Sources: CGVS, statistics pages of January–June 2017 (nl); CGVS, statistics page of September 2017 (nl); CGVS, statistics page of September 2017 (fr) (asylq)"
        );
        assert_eq!(
            caption(&cited[..1], Lang::Fr),
            "Source\u{a0}: CGRA, page statistique de janvier 2017 (nl) (asylq)"
        );
        assert_eq!(caption(&[], Lang::Nl), "Bron: CGVS (asylq)");
        let spring: Vec<Citation> = (4..=5).map(|m| page(m, PageLang::Fr)).collect();
        assert_eq!(
            caption(&spring[..1], Lang::Fr),
            "Source\u{a0}: CGRA, page statistique d'avril 2017 (fr) (asylq)"
        );
        assert_eq!(
            caption(&spring, Lang::Fr),
            "Source\u{a0}: CGRA, pages statistiques d'avril–mai 2017 (fr) (asylq)"
        );
    }
}
