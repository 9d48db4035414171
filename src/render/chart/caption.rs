//! The words under a chart: what its marks cover (periods covered in part,
//! year-to-date figures left out) and the sources of its figures.

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
