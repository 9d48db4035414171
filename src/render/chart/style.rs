//! The look of a chart, in the newsroom style: a colour-blind-safe palette,
//! a percent axis for shares and rates, and time labels at natural steps.

use super::*;

/// The sizes of a chart's text, in points: the title, the subtitle, the
/// legend, and the small print of the axes and the notes under the chart.
pub(super) const TITLE: f32 = 20.0;
pub(super) const SUBTITLE: f32 = 14.0;
pub(super) const LEGEND: f32 = 13.0;
pub(super) const SMALL: f32 = 12.0;

/// The grey of the subtitle and the small print.
pub(super) const GREY: RGBColor = RGBColor(90, 90, 90);

/// Whether the values drawn are percents of a whole (a share, a rate), on
/// an axis from 0 to 100.
pub(super) fn percent_axis(answer: &Answer) -> bool {
    match answer.roles.get(value_column(answer)) {
        Some(Role::Share) => true,
        Some(Role::Value) => answer.has(Role::Basis),
        _ => false,
    }
}

/// The periods labelled on a time axis: every `k`-th, with `k` a natural
/// step for periods of `months` months (months by 1, 3, 6 or 12; quarters
/// and half-years by 1, 2 or 4; years by 1, 2, 5 or 10) so that at most 8 labels show, each at the
/// start of a quarter or a year.
pub(super) fn label_every(months: i64, periods: i64) -> i64 {
    let steps: &[i64] = match months {
        // The twelve months of the year, each named.
        0 => &[1],
        12 => &[1, 2, 5, 10],
        3 | 6 => &[1, 2, 4, 8],
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
/// grey ([`series_colour`]).
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

/// The grey of `other`, and of the lines beyond the palette.
pub(super) const OTHER: RGBColor = RGBColor(170, 170, 170);

/// The colour of the `i`-th of `count` series: a colour of its own for up
/// to eight; with more, seven colours and grey for the rest (each line then
/// carries its name at its end). `other` is always grey.
pub(super) fn series_colour(name: &str, i: usize, count: usize) -> RGBColor {
    let coloured = if count > COLOURS.len() {
        COLOURS.len() - 1
    } else {
        COLOURS.len()
    };
    if name == "other" || i >= coloured {
        OTHER
    } else {
        COLOURS[i]
    }
}
