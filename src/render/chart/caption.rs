//! The words of a chart: a title that says what it shows and for when, and
//! under it what its marks cover (periods covered in part, year-to-date
//! figures left out), the query that reproduces it, and its sources, each
//! wrapped to the chart's width.

use super::*;

/// What the chart must say about its marks: periods covered in part (drawn
/// hollow) and year-to-date figures left out of a monthly series.
pub(super) fn remarks(answer: &Answer) -> Vec<String> {
    let Some(time) = time_column(answer) else {
        return Vec::new();
    };
    let period = answer.columns.iter().position(|c| c == "period");
    let mut partial = Vec::new();
    let mut left_out = Vec::new();
    for (n, row) in answer.rows.iter().enumerate() {
        let label = plain(&row[time]);
        if period_index(&label).is_none() {
            left_out.push(label);
        } else if answer.is_derived(n) {
            partial.push(format!("{label}: derived from year-to-date figures"));
        } else if let Some(c) = answer.coverage.get(n).filter(|c| !c.missing.is_empty()) {
            let missing: Vec<String> = c.missing.iter().map(|m| m.to_string()).collect();
            partial.push(format!("{label}: without {}", missing.join(", ")));
        } else if let Some(p) = period.map(|i| plain(&row[i])) {
            if is_partial(&label, &p) && !partial.contains(&format!("{label}: {p}")) {
                partial.push(format!("{label}: {p}"));
            }
        }
    }
    let mut out = Vec::new();
    if !partial.is_empty() {
        out.push(format!(
            "Hollow points and light columns: periods the data covers only in part, or derived ({}).",
            partial.join("; ")
        ));
    }
    if !left_out.is_empty() {
        out.push(format!(
            "Left out: {} (figures for a span of months, not for one period).",
            left_out.join(", ")
        ));
    }
    out
}

/// Whether a row's period covers less than the period its label names.
pub(super) fn is_partial(label: &str, period: &str) -> bool {
    !period.is_empty() && period != full_span(label)
}

/// The months a period label names, as the period column writes them:
/// `2023-11`, `2023-10..2023-12` for `2023-Q4`, `2023` for a year.
pub(super) fn full_span(label: &str) -> String {
    match label.split_once("-Q") {
        Some((year, q)) => {
            let q: u32 = q.parse().unwrap_or(1);
            format!("{year}-{:02}..{year}-{:02}", q * 3 - 2, q * 3)
        }
        None => label.to_string(),
    }
}

/// "Source: CGVS, asielstatistieken-2023-11.txt (asylq)".
pub fn caption(sources: &[String]) -> String {
    if sources.is_empty() {
        "Source: CGVS (asylq)".to_string()
    } else {
        format!("Source: CGVS, {} (asylq)", sources.join(", "))
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A title in words, from the answer: what is counted, by what, and the
/// months covered ("Applications by country of origin, January–November
/// 2023"). A combination of measures keeps its query as the title.
pub(super) fn title_in_words(answer: &Answer) -> String {
    let query = answer.title.trim();
    let measure = query.split_whitespace().next().unwrap_or("");
    let what = match measure {
        "applications" => "applications",
        "decisions" => "decisions",
        "workload" => "workload",
        "protection_rate" => "protection rate",
        _ => return query.to_string(),
    };
    if [" + ", " - ", " / "].iter().any(|op| query.contains(op)) {
        return query.to_string();
    }
    let has = |c: &str| answer.columns.iter().any(|x| x == c);
    let what = if has("share") {
        format!("Share of {what}")
    } else if has("change") || has("change_pp") {
        format!("Change in {what}")
    } else {
        let mut w = what.to_string();
        w[..1].make_ascii_uppercase();
        w
    };
    let dims: Vec<&str> = answer
        .columns
        .iter()
        .zip(&answer.roles)
        .filter(|(_, r)| **r == crate::answer::Role::Dimension)
        .map(|(c, _)| match c.as_str() {
            "country" => "country of origin",
            other => other,
        })
        .collect();
    let by = if dims.is_empty() {
        String::new()
    } else {
        format!(" by {}", dims.join(" and "))
    };
    let which = filter_of(query).map_or(String::new(), |f| format!(" ({f})"));
    match covered(answer) {
        Some(when) => format!("{what}{which}{by}, {when}"),
        None => format!("{what}{which}{by}"),
    }
}

/// The filter of a query where it names more than the period (a country, a
/// type, a unit), as written: the period is said in words after it.
fn filter_of(query: &str) -> Option<&str> {
    let (_, rest) = query.split_once(" where ")?;
    let end = [
        " by ",
        " top ",
        " limit ",
        " sort ",
        " share",
        " change",
        " cumulative",
        " rolling ",
    ]
    .iter()
    .filter_map(|w| rest.find(w))
    .min()
    .unwrap_or(rest.len());
    let filter = rest[..end]
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')');
    ["country", "type", "unit"]
        .iter()
        .any(|w| filter.contains(w))
        .then_some(filter)
}

/// The months an answer's rows cover, in words: `November 2023`,
/// `January–November 2023`, `2022–2023`, `March 2022–November 2023`.
fn covered(answer: &Answer) -> Option<String> {
    let spans: Vec<_> = answer.coverage.iter().filter_map(|c| c.span).collect();
    let first = spans.iter().map(|s| s.first).min()?;
    let last = spans.iter().map(|s| s.last).max()?;
    let name = |m: Month| MONTHS[m.number() as usize - 1];
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

/// Lines of at most `width` characters, broken between words.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}
