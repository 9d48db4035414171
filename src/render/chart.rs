//! Charts to publish: an answer drawn with plotters as SVG, or as PNG through
//! resvg, with the font embedded in the binary so that every machine draws
//! alike.
//!
//! The kind follows from the answer: a series over months, quarters or years
//! is a line (one per value of a second dimension, with a legend), anything
//! else horizontal bars sorted by value with `other` last; `--chart` can ask
//! for the other kind. A missing period is a gap in the line, never a zero.
//! Every chart has a title, the unit on the value axis, thousands
//! separators, gridlines, and a caption naming its sources.

use super::{grouped, plain};
use crate::answer::{Answer, Cell};
use crate::model::month::Month;
use plotters::prelude::*;
use std::sync::OnceLock;

mod caption;
mod style;
use caption::*;
use style::*;

/// The column that holds the periods of a time series, if the first one does.
pub(super) fn time_column(answer: &Answer) -> Option<usize> {
    let first = answer.columns.first()?;
    matches!(first.as_str(), "month" | "quarter" | "year").then_some(0)
}

/// The kind of chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Line,
    /// Columns over time; several series stacked.
    Columns,
    Bars,
    /// Stacked columns over time (the default for shares).
    Stacked,
}

/// What the command line says about a chart.
#[derive(Debug, Clone)]
pub struct Options {
    pub kind: Option<Kind>,
    pub title: Option<String>,
    /// Width and height in points (SVG) or pixels at scale 1 (PNG).
    pub size: (u32, u32),
    /// The reports and pages the figures come from.
    pub sources: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            kind: None,
            title: None,
            size: (900, 500),
            sources: Vec::new(),
        }
    }
}

const FONT: &str = "sans-serif";

/// The embedded font, registered once for plotters' text layout.
fn font() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let _ = plotters::style::register_font(FONT, FontStyle::Normal, dejavu::sans::regular());
    });
}

/// One line of a chart: its name and its points (period index, value).
pub(super) struct Series {
    pub(super) name: String,
    pub(super) points: Vec<(i64, f64)>,
    /// The periods (by index) the data covers only in part.
    partial: Vec<i64>,
}

/// The answer as an SVG document.
pub fn svg(answer: &Answer, opts: &Options) -> Result<String, String> {
    font();
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, opts.size).into_drawing_area();
        draw(&root, answer, opts).map_err(|e| format!("drawing the chart: {e}"))?;
        root.present()
            .map_err(|e| format!("drawing the chart: {e}"))?;
    }
    Ok(text)
}

/// The answer as a PNG image, `scale` times the size in pixels.
pub fn png(answer: &Answer, opts: &Options, scale: f32) -> Result<Vec<u8>, String> {
    let svg = svg(answer, opts)?;
    let mut options = resvg::usvg::Options::default();
    options
        .fontdb_mut()
        .load_font_data(dejavu::sans::regular().to_vec());
    options.font_family = "DejaVu Sans".to_string();
    let svg = svg.replace("font-family=\"sans-serif\"", "font-family=\"DejaVu Sans\"");
    let tree = resvg::usvg::Tree::from_str(&svg, &options).map_err(|e| e.to_string())?;
    let (w, h) = (
        (opts.size.0 as f32 * scale).round() as u32,
        (opts.size.1 as f32 * scale).round() as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| format!("a {w}x{h} image is too large"))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    let transform = resvg::tiny_skia::Transform::from_scale(scale, scale);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type DrawResult = Result<(), Box<dyn std::error::Error>>;

fn draw(root: &Area, answer: &Answer, opts: &Options) -> DrawResult {
    root.fill(&WHITE)?;
    // Under the chart, wrapped to its width: the remarks on its marks, the
    // query that reproduces it, and its sources.
    let width = (opts.size.0 as usize).saturating_sub(24) / 7;
    let mut footer_lines: Vec<String> = Vec::new();
    let query = format!("Query: {}", answer.title);
    for text in remarks(answer)
        .iter()
        .chain([&query, &caption(&opts.sources)])
    {
        footer_lines.extend(wrap(text, width.max(20)));
    }
    let footer_height = 10 + 18 * footer_lines.len() as u32;
    let (body, footer) = root.split_vertically(opts.size.1.saturating_sub(footer_height));
    let title = opts.title.clone().unwrap_or_else(|| title_in_words(answer));
    let change = matches!(
        answer.columns.get(value_column(answer)).map(String::as_str),
        Some("change" | "change_pp")
    );
    let kind = opts
        .kind
        .unwrap_or(if time_column(answer).is_some() && !change {
            Kind::Line
        } else {
            Kind::Bars
        });
    let stacked = answer.columns.iter().any(|c| c == "share");
    // A few points of one series read better as columns than as a line.
    let few = time_column(answer).is_some_and(|t| {
        let all = series(answer, t);
        all.len() == 1 && all[0].points.len() <= 3
    }) && opts.kind.is_none();
    // A rate is never stacked: the parts of a rate do not add up to it.
    let rate = answer.columns.iter().any(|c| c == "basis");
    match (kind, time_column(answer)) {
        (Kind::Columns | Kind::Stacked, Some(time)) if !rate => {
            columns(&body, answer, time, &title)?
        }
        (Kind::Columns | Kind::Stacked, Some(time)) => lines(&body, answer, time, &title)?,
        (Kind::Line, Some(time)) if stacked || few => columns(&body, answer, time, &title)?,
        (Kind::Line, Some(time)) => lines(&body, answer, time, &title)?,
        _ => bars(&body, answer, &title)?,
    }
    let grey = (FONT, 13).into_font().color(&RGBColor(90, 90, 90));
    for (i, line) in footer_lines.iter().enumerate() {
        footer.draw(&Text::new(
            line.clone(),
            (12, 6 + 18 * i as i32),
            grey.clone(),
        ))?;
    }
    Ok(())
}

/// A period label as a month index: `2023-11`, `2023-Q4` (its first month),
/// `2023` (January). A span such as `2023-01..2023-11` is no single period.
fn period_index(label: &str) -> Option<i64> {
    if let Some(m) = Month::parse(label) {
        return Some(m.index());
    }
    if let Some((year, q)) = label.split_once("-Q") {
        let (year, q): (i64, i64) = (year.parse().ok()?, q.parse().ok()?);
        return Some(year * 12 + (q - 1) * 3);
    }
    let year: i64 = label.parse().ok().filter(|y| (1900..3000).contains(y))?;
    Some(year * 12)
}

pub(super) fn index_label(index: i64, column: &str) -> String {
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    match column {
        "year" => year.to_string(),
        "quarter" => format!("{year}-Q{}", (month - 1) / 3 + 1),
        _ => format!("{year:04}-{month:02}"),
    }
}

fn number(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Int(n) => Some(*n as f64),
        Cell::Float(f) => Some(*f),
        _ => None,
    }
}

/// The value column drawn, the one asked for: `change` where the answer
/// has one, `share` where it has one, else `value`.
fn value_column(answer: &Answer) -> usize {
    let find = |name: &str| answer.columns.iter().position(|c| c == name);
    find("change_pp")
        .or_else(|| find("change"))
        .or_else(|| find("share"))
        .or_else(|| find("value"))
        .unwrap_or(0)
}

/// The unit of the values, for the axis.
fn unit(answer: &Answer) -> String {
    let at = answer.columns.iter().position(|c| c == "unit");
    let unit = at
        .and_then(|i| answer.rows.first().map(|r| plain(&r[i])))
        .unwrap_or_default();
    match answer.columns.get(value_column(answer)).map(String::as_str) {
        Some("change_pp") => "percentage points".to_string(),
        Some("change") => format!("change, {unit}"),
        Some("share") => "percent of the whole".to_string(),
        _ => unit,
    }
}

/// The series of a time answer: one per value of the second dimension.
pub(super) fn series(answer: &Answer, time: usize) -> Vec<Series> {
    let value = value_column(answer);
    let second = (time + 1 < answer.columns.len()
        && !matches!(answer.columns[time + 1].as_str(), "value" | "unit"))
    .then_some(time + 1);
    let period = answer.columns.iter().position(|c| c == "period");
    let mut out: Vec<Series> = Vec::new();
    for (n, row) in answer.rows.iter().enumerate() {
        let label = plain(&row[time]);
        let step = step(&answer.columns[time]);
        let (Some(x), Some(y)) = (
            period_index(&label).map(|i| i.div_euclid(step)),
            number(&row[value]),
        ) else {
            continue;
        };
        let partial =
            period.is_some_and(|i| is_partial(&label, &plain(&row[i]))) || answer.is_derived(n);
        let name = second.map_or_else(|| answer.columns[value].clone(), |i| plain(&row[i]));
        let at = match out.iter().position(|s| s.name == name) {
            Some(at) => at,
            None => {
                out.push(Series {
                    name,
                    points: Vec::new(),
                    partial: Vec::new(),
                });
                out.len() - 1
            }
        };
        out[at].points.push((x, y));
        if partial {
            out[at].partial.push(x);
        }
    }
    out
}

/// The step between two periods of a time column, in months.
pub(super) fn step(column: &str) -> i64 {
    match column {
        "year" => 12,
        "quarter" => 3,
        _ => 1,
    }
}

fn lines(area: &Area, answer: &Answer, time: usize, title: &str) -> DrawResult {
    let column = answer.columns[time].clone();
    let all = series(answer, time);
    let xs = all.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let (x0, x1) = (xs.clone().min().unwrap_or(0), xs.max().unwrap_or(1).max(1));
    let ys: Vec<f64> = all
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .collect();
    let (lo, hi) = if percent_axis(answer) {
        (0.0, 100.0)
    } else {
        let lo = ys.iter().cloned().fold(0.0, f64::min);
        let hi = ys.iter().cloned().fold(0.0, f64::max);
        (lo * 1.1, if hi > 0.0 { hi * 1.1 } else { 1.0 })
    };
    let unit = unit(answer);
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FONT, 20))
        .margin(16)
        .x_label_area_size(36)
        .y_label_area_size(72)
        .build_cartesian_2d(x0 - 1..x1 + 1, lo..hi)?;
    // The first and last points inside the plot, labels at natural steps.
    let step = step(&column);
    let every = label_every(&column, x1 - x0 + 1);
    let label_x = |x: &i64| {
        if (x0..=x1).contains(x) && x.rem_euclid(every) == 0 {
            index_label(*x * step, &column)
        } else {
            String::new()
        }
    };
    let label_y = |y: &f64| grouped(&Cell::Int(y.round() as i64));
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels((x1 - x0 + 3) as usize)
        .x_label_formatter(&label_x)
        .y_label_formatter(&label_y)
        .y_desc(unit)
        .label_style((FONT, 12))
        .bold_line_style(RGBColor(225, 225, 225))
        .max_light_lines(0)
        .draw()?;
    for (i, s) in all.iter().enumerate() {
        let colour = colour_of(&s.name, i);
        // A missing period breaks the line: each run of consecutive periods is
        // drawn on its own.
        let mut runs: Vec<Vec<(i64, f64)>> = Vec::new();
        for p in &s.points {
            match runs.last_mut() {
                Some(run) if run.last().is_some_and(|q| p.0 - q.0 == 1) => run.push(*p),
                _ => runs.push(vec![*p]),
            }
        }
        for (n, run) in runs.into_iter().enumerate() {
            let line = chart.draw_series(LineSeries::new(run.clone(), colour.stroke_width(2)))?;
            if n == 0 {
                line.label(s.name.clone()).legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 18, y)], colour.stroke_width(2))
                });
            }
            chart.draw_series(run.into_iter().map(|p| {
                let style = if s.partial.contains(&p.0) {
                    colour.stroke_width(2)
                } else {
                    colour.filled()
                };
                Circle::new(p, 4, style)
            }))?;
        }
    }
    legend(&mut chart, all.len())
}

/// The legend of a chart of `series` series, drawn only when there are two or more.
fn legend<'a, CT: plotters::coord::CoordTranslate>(
    chart: &mut ChartContext<'a, SVGBackend<'a>, CT>,
    series: usize,
) -> DrawResult {
    if series > 1 {
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.9))
            .border_style(RGBColor(200, 200, 200))
            .label_font((FONT, 12))
            .draw()?;
    }
    Ok(())
}

/// Stacked columns of shares: one column per period, one band per value of
/// the second dimension, each its percent of the period.
fn columns(area: &Area, answer: &Answer, time: usize, title: &str) -> DrawResult {
    let column = answer.columns[time].clone();
    let percent = answer.columns.iter().any(|c| c == "share");
    let mut shares = answer.clone();
    // The share column, if any, is read as the value of each band.
    let value = shares
        .columns
        .iter()
        .position(|c| c == "value")
        .unwrap_or(0);
    let share = shares
        .columns
        .iter()
        .position(|c| c == "share")
        .unwrap_or(0);
    if percent {
        shares.columns.swap(value, share);
        for row in &mut shares.rows {
            row.swap(value, share);
        }
        shares.columns[share] = "figure".to_string();
        shares.columns[value] = "value".to_string();
    }
    let all = series(&shares, time);
    let xs = all.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let step = step(&column);
    let (x0, x1) = (xs.clone().min().unwrap_or(0), xs.max().unwrap_or(0) + 1);
    let highest = all
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .fold(0.0, f64::max);
    let top = if percent {
        100.0
    } else {
        (highest * 1.1).max(1.0)
    };
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FONT, 20))
        .margin(16)
        .x_label_area_size(36)
        .y_label_area_size(72)
        .build_cartesian_2d(x0 as f64..x1 as f64, 0.0..top)?;
    // One label under the middle of each column.
    let label_x = |x: &f64| {
        if (x.fract() - 0.5).abs() < 0.01 {
            index_label(x.floor() as i64 * step, &column)
        } else {
            String::new()
        }
    };
    let label_y = |y: &f64| grouped(&Cell::Int(y.round() as i64));
    let desc = if percent {
        "percent of the period".to_string()
    } else {
        unit(answer)
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(((x1 - x0) * 2 + 1) as usize)
        .x_label_formatter(&label_x)
        .y_label_formatter(&label_y)
        .y_desc(desc)
        .label_style((FONT, 12))
        .bold_line_style(RGBColor(225, 225, 225))
        .max_light_lines(0)
        .draw()?;
    let mut base: std::collections::HashMap<i64, f64> = Default::default();
    for (i, s) in all.iter().enumerate() {
        let colour = colour_of(&s.name, i);
        let bands: Vec<_> = s
            .points
            .iter()
            .map(|(x, y)| {
                let from = *base.get(x).unwrap_or(&0.0);
                base.insert(*x, from + y);
                let left = *x as f64 + 0.1;
                let right = *x as f64 + 0.9;
                let style = if s.partial.contains(x) {
                    colour.mix(0.4).filled()
                } else {
                    colour.filled()
                };
                Rectangle::new([(left, from), (right, from + y)], style)
            })
            .collect();
        chart
            .draw_series(bands)?
            .label(s.name.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], colour.filled()));
    }
    legend(&mut chart, all.len())
}

/// Horizontal bars, largest first, `other` last; negative values (a change)
/// run left of zero.
fn bars(area: &Area, answer: &Answer, title: &str) -> DrawResult {
    let value = value_column(answer);
    let mut rows: Vec<(String, f64)> = answer
        .rows
        .iter()
        .filter_map(|r| {
            let label: Vec<String> = r[..value.min(first_measure(answer))]
                .iter()
                .map(plain)
                .collect();
            let label = if label.is_empty() {
                "total".to_string()
            } else {
                label.join(" ")
            };
            Some((label, number(&r[value])?))
        })
        .collect();
    if time_column(answer).is_none() {
        rows.sort_by(|a, b| {
            (a.0 == "other")
                .cmp(&(b.0 == "other"))
                .then(b.1.total_cmp(&a.1))
        });
    }
    let lo = rows.iter().map(|r| r.1).fold(0.0, f64::min);
    let hi = rows.iter().map(|r| r.1).fold(0.0, f64::max);
    let axis = if percent_axis(answer) {
        0.0..100.0
    } else {
        lo * 1.1..(hi * 1.1).max(1.0)
    };
    let n = rows.len().max(1) as f64;
    let unit = unit(answer);
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FONT, 20))
        .margin(16)
        .x_label_area_size(36)
        .y_label_area_size(160)
        .build_cartesian_2d(axis, 0.0..n)?;
    let names: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let label_y = |y: &f64| {
        let i = (n - y - 0.5).round();
        if (y.fract() - 0.5).abs() < 0.01 && i >= 0.0 {
            names.get(i as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    };
    let label_x = |x: &f64| grouped(&Cell::Int(x.round() as i64));
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(rows.len() * 2 + 1)
        .y_label_formatter(&label_y)
        .x_label_formatter(&label_x)
        .x_desc(unit)
        .label_style((FONT, 12))
        .bold_line_style(RGBColor(225, 225, 225))
        .max_light_lines(0)
        .draw()?;
    chart.draw_series(rows.iter().enumerate().map(|(i, (name, v))| {
        let top = n - i as f64 - 0.15;
        let colour = if name == "other" {
            RGBColor(170, 170, 170)
        } else if *v < 0.0 {
            COLOURS[3]
        } else {
            COLOURS[0]
        };
        Rectangle::new([(0.0, top - 0.7), (*v, top)], colour.filled())
    }))?;
    Ok(())
}

/// Where the figures start: the dimensions come before `value`.
fn first_measure(answer: &Answer) -> usize {
    answer
        .columns
        .iter()
        .position(|c| c == "value")
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_as_indexes_and_back() {
        assert_eq!(period_index("2023-11"), Some(2023 * 12 + 10));
        assert_eq!(period_index("2023-Q4"), Some(2023 * 12 + 9));
        assert_eq!(period_index("2022"), Some(2022 * 12));
        assert_eq!(period_index("2023-01..2023-11"), None);
        assert_eq!(index_label(2023 * 12 + 10, "month"), "2023-11");
        assert_eq!(index_label(2023 * 12 + 9, "quarter"), "2023-Q4");
        assert_eq!(index_label(2022 * 12, "year"), "2022");
    }
}
