//! The look of a chart, in the newsroom style: a colour-blind-safe palette,
//! a percent axis for shares and rates, and time labels at natural steps.

use super::*;

/// Whether the values drawn are percents of a whole (a share, a rate), on
/// an axis from 0 to 100.
pub(super) fn percent_axis(answer: &Answer) -> bool {
    match answer.columns.get(value_column(answer)).map(String::as_str) {
        Some("share") => true,
        Some("value") => answer.columns.iter().any(|c| c == "basis"),
        _ => false,
    }
}

/// The periods labelled on a time axis: every `k`-th, with `k` a natural
/// step for the column (months by 1, 3, 6 or 12; quarters by 1, 2 or 4;
/// years by 1, 2, 5 or 10) so that at most 8 labels show, each at the
/// start of a quarter or a year.
pub(super) fn label_every(column: &str, periods: i64) -> i64 {
    let steps: &[i64] = match column {
        "year" => &[1, 2, 5, 10],
        "quarter" => &[1, 2, 4, 8],
        _ => &[1, 3, 6, 12, 24],
    };
    steps
        .iter()
        .copied()
        .find(|k| periods / k < 8)
        .unwrap_or(*steps.last().expect("a step"))
}

/// The Okabe–Ito palette, which readers with any common colour-vision
/// deficiency can tell apart: eight colours for eight series; `other` is
/// grey ([`colour_of`]).
pub(super) const COLOURS: [RGBColor; 8] = [
    RGBColor(0, 114, 178),
    RGBColor(230, 159, 0),
    RGBColor(0, 158, 115),
    RGBColor(213, 94, 0),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(240, 228, 66),
    RGBColor(0, 0, 0),
];

/// The colour of the `i`-th series: grey for `other`.
pub(super) fn colour_of(name: &str, i: usize) -> RGBColor {
    if name == "other" {
        RGBColor(170, 170, 170)
    } else {
        COLOURS[i % COLOURS.len()]
    }
}
