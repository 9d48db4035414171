//! Charts to publish: an answer drawn with plotters as SVG, or as PNG through
//! resvg, in the newsroom style (a title that says what and when, a subtitle
//! with the unit and the main caveat, the legend above the plot, light
//! horizontal gridlines, and the notes, the query and the sources under it).
//! Text is drawn as outlines of the embedded font ([`glyphs`]), so every
//! machine shows the same chart.
//!
//! The kind follows from the answer: a series over months, quarters or years
//! is a line (one per value of a second dimension), anything else
//! horizontal bars sorted by value with `other` last; `--chart` can ask for
//! the other kind. A missing period is a gap in the line, never a zero.

use super::{grouped, plain};
use crate::answer::{Answer, Cell, Role};
use crate::locale::Message;
use crate::model::month::Month;
use crate::model::period::Period;
use plotters::prelude::*;
use std::sync::OnceLock;

mod caption;
mod glyphs;
mod layout;
mod marks;
mod plots;
mod style;
pub mod words;
use caption::*;
use layout::draw;
pub(super) use marks::terminal_remarks;
use marks::*;
use style::*;
use words::{term, Lang};

/// The column along the x axis of a time series, if the first one is it.
pub(super) fn time_column(answer: &Answer) -> Option<usize> {
    axis(answer).filter(|at| *at == 0)
}

/// The column a time series runs along: the month of the year where the
/// answer has one (its years are then the lines), else its periods.
fn axis(answer: &Answer) -> Option<usize> {
    answer
        .column(Role::MonthOfYear)
        .or_else(|| answer.time().map(|(at, _)| at))
}

/// Whether the x axis is the month of the year.
pub(super) fn by_month_of_year(answer: &Answer, time: usize) -> bool {
    answer.roles.get(time) == Some(&Role::MonthOfYear)
}

/// The period row `row` is drawn for along column `time`: its calendar
/// period, or by the month of the year its one month; `None` for a row
/// that is no point of the axis (a figure over a span of months).
pub(super) fn drawn_period(answer: &Answer, time: usize, row: &[Cell]) -> Option<Period> {
    if !by_month_of_year(answer, time) {
        return calendar_period(&row[time]);
    }
    let month = answer.column(Role::Period).and_then(|i| row[i].period());
    month.filter(|p| matches!(row[time], Cell::Int(_)) && matches!(p, Period::Month(_)))
}

/// Whether row `n` is a gap in the chart: a period its figures cover only
/// in part (a year of two months, a quarter with a month missing), other
/// than the newest period drawn when it runs from that period's start (the
/// newest year to date, labelled with its months). Drawn as a point, such a
/// row would read as a whole period beside whole ones.
pub(super) fn is_gap(answer: &Answer, time: usize, n: usize) -> bool {
    let row = &answer.rows[n];
    let Some(drawn) = drawn_period(answer, time, row) else {
        return false;
    };
    if by_month_of_year(answer, time) {
        return false;
    }
    let newest = answer
        .rows
        .iter()
        .filter_map(|r| drawn_period(answer, time, r))
        .map(|p| p.first())
        .max();
    if is_stock(answer) {
        // A stock's period is the month of its value: a year's value of
        // June is no year's end, except for the newest year to date.
        let cell = answer.column(Role::Period).map(|i| &row[i]);
        let partial = cell.is_some_and(|c| is_partial(answer, drawn, c));
        return partial && newest != Some(drawn.first());
    }
    let covered = answer
        .column(Role::Period)
        .and_then(|i| row[i].period())
        .map(|p| p.span());
    let missing = answer
        .coverage
        .get(n)
        .is_some_and(|c| !c.missing.is_empty());
    let Some(covered) = covered.filter(|c| missing || drawn.covered_in_part(*c)) else {
        return false;
    };
    let to_date = covered.first == drawn.first() && !missing;
    !(to_date && newest == Some(drawn.first()))
}

/// The rows drawn: every row but the gaps, the spans of months left out
/// and the rows without a value to draw (a running total that cannot be
/// told); all rows with a value where nothing is drawn along time.
pub(super) fn drawn_rows(answer: &Answer) -> Vec<usize> {
    let value = value_column(answer);
    let has_value = |n: &usize| answer.rows[*n][value].number().is_some();
    let Some(time) = time_column(answer) else {
        return (0..answer.rows.len()).filter(has_value).collect();
    };
    (0..answer.rows.len())
        .filter(|n| drawn_period(answer, time, &answer.rows[*n]).is_some())
        .filter(|n| !is_gap(answer, time, *n))
        .filter(has_value)
        .collect()
}

/// Whether the answer's measure is a stock, whose period is the month of its
/// value (a year's December).
pub(super) fn is_stock(answer: &Answer) -> bool {
    let stocks = crate::model::vocabulary::Measure::names_of(crate::model::vocabulary::Kind::Stock);
    answer
        .subject
        .as_ref()
        .and_then(|s| s.measure.as_deref())
        .is_some_and(|m| stocks.contains(&m))
}

/// Where period `drawn` sits on the axis of column `time`.
pub(super) fn x_of(answer: &Answer, time: usize, drawn: Period) -> i64 {
    if by_month_of_year(answer, time) {
        i64::from(drawn.first().number())
    } else {
        drawn.first().index().div_euclid(months_of(answer, time))
    }
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
    /// The language of the chart's words and numbers.
    pub lang: Lang,
    /// Whether the chart names countries in its language: where `--names`
    /// chose none, the answer's Dutch names would be another language.
    pub own_names: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            kind: None,
            title: None,
            size: (900, 500),
            lang: Lang::En,
            own_names: true,
        }
    }
}

const FONT: &str = "sans-serif";

/// The embedded font, registered once for plotters' text layout.
fn font() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let _ = plotters::style::register_font(FONT, FontStyle::Normal, dejavu::sans::regular());
        let _ = plotters::style::register_font(FONT, FontStyle::Bold, dejavu::sans::bold());
    });
}

/// A text style of `size` points in the SVG (plotters writes a font's size
/// divided by 1.24).
fn text_style(size: f32, bold: bool, colour: RGBColor) -> TextStyle<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    (FONT, f64::from(size * 1.24), style)
        .into_font()
        .color(&colour)
}

/// One line of a chart: its name and its points (period index, value).
pub(super) struct Series {
    pub(super) name: String,
    pub(super) points: Vec<(i64, f64)>,
    /// The periods (by index) the data covers only in part.
    partial: Vec<i64>,
}

/// The answer as an SVG document, its text drawn as outlines.
pub fn svg(answer: &Answer, opts: &Options) -> Result<String, Message> {
    font();
    let mut answer = time_first(&super::shares::to_100(answer));
    one_unit(&answer)?;
    if opts.own_names {
        answer = in_own_names(&answer, opts.lang);
    }
    let answer = &answer;
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, opts.size).into_drawing_area();
        let failed = |e: String| crate::msg!("chart-drawing", reason = e);
        draw(&root, answer, opts).map_err(|e| failed(e.to_string()))?;
        root.present().map_err(|e| failed(e.to_string()))?;
    }
    Ok(with_desc(&glyphs::outline_texts(&text), &answer.title))
}

/// A chart has one value axis, so it draws figures of one unit: an answer
/// whose drawn rows are in files (up to 2015) and in persons is refused,
/// never drawn against one axis.
fn one_unit(answer: &Answer) -> Result<(), Message> {
    mixed_units(answer).map_or(Ok(()), Err)
}

/// Why the rows drawn cannot share one axis: they count in several units.
/// Rows that are not drawn (gaps, spans of months) do not count.
pub fn mixed_units(answer: &Answer) -> Option<Message> {
    let units = drawn_units(answer);
    (units.len() > 1).then(|| {
        let word = |u: &String| Message::new("word-unit").code("unit", u);
        crate::msg!(
            "chart-units",
            first = &units[0],
            rest = units[1..].join(", ")
        )
        .with(
            "first_word",
            crate::locale::Arg::Message(Box::new(word(&units[0]))),
        )
        .with(
            "rest_word",
            crate::locale::Arg::Messages(units[1..].iter().map(word).collect()),
        )
    })
}

/// The title of a chart in words (what, by what, which, when).
pub(in crate::render) fn title(answer: &Answer, lang: Lang) -> String {
    title_in_words(answer, lang)
}

/// The units of the rows drawn, sorted, each once.
pub(super) fn drawn_units(answer: &Answer) -> Vec<String> {
    let Some(at) = answer.column(Role::Unit) else {
        return Vec::new();
    };
    let mut units: Vec<String> = drawn_rows(answer)
        .into_iter()
        .map(|n| plain(&answer.rows[n][at]))
        .collect();
    units.sort();
    units.dedup();
    units
}

/// The answer with its time column first, so that `by type, month` and
/// `by month, type` draw the same chart: time on the x axis, the other
/// dimension as series.
fn time_first(answer: &Answer) -> Answer {
    let mut out = answer.clone();
    let dims = out.column(Role::Value).unwrap_or(0);
    let Some(at) = axis(&out).filter(|at| (1..dims).contains(at)) else {
        return out;
    };
    let column = out.columns.remove(at);
    out.columns.insert(0, column);
    if at < out.roles.len() {
        let role = out.roles.remove(at);
        out.roles.insert(0, role);
    }
    for row in &mut out.rows {
        let cell = row.remove(at);
        row.insert(0, cell);
    }
    out
}

/// The answer with its countries and reporting countries named in `lang`
/// (the report's Dutch names in Dutch).
fn in_own_names(answer: &Answer, lang: Lang) -> Answer {
    use crate::eurostat::codes;
    use crate::model::countries::shown_name;
    let names = crate::model::countries::Names::of(lang);
    let mut out = answer.clone();
    let geo = out.columns.iter().position(|c| c == "geo");
    for (at, is_geo) in [(out.column(Role::Country), false), (geo, true)] {
        let Some(at) = at else { continue };
        for row in &mut out.rows {
            let Cell::Text(name) = &row[at] else { continue };
            let shown = match codes::geo(name).filter(|_| is_geo) {
                Some(g) => codes::geo_name(g, names),
                None => shown_name(name, names),
            };
            row[at] = Cell::Text(shown.to_string());
        }
    }
    out
}

/// The SVG with the query that made it as its `<desc>`, so that the file
/// says how it was made without drawing the query.
fn with_desc(svg: &str, query: &str) -> String {
    let Some(open) = svg
        .find("<svg")
        .and_then(|at| Some(at + svg[at..].find('>')? + 1))
    else {
        return svg.to_string();
    };
    let escaped = query
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        "{}\n<desc>asylq: {escaped}</desc>{}",
        &svg[..open],
        &svg[open..]
    )
}

/// The answer as a PNG image, `scale` times the size in pixels.
pub fn png(answer: &Answer, opts: &Options, scale: f32) -> Result<Vec<u8>, Message> {
    let svg = svg(answer, opts)?;
    let failed = |e: String| crate::msg!("chart-drawing", reason = e);
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
        .map_err(|e| failed(e.to_string()))?;
    let (w, h) = (
        (opts.size.0 as f32 * scale).round() as u32,
        (opts.size.1 as f32 * scale).round() as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| crate::msg!("chart-too-large", size = format!("{w}x{h}")))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    let transform = resvg::tiny_skia::Transform::from_scale(scale, scale);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    encode_png(&pixmap, &answer.title).map_err(|e| failed(e.to_string()))
}

/// The image as PNG, with the query that made it in a `tEXt` chunk
/// (`Description`), so that the file says how it was made.
fn encode_png(
    pixmap: &resvg::tiny_skia::Pixmap,
    query: &str,
) -> Result<Vec<u8>, png::EncodingError> {
    let mut rgba = Vec::with_capacity(pixmap.data().len());
    for p in pixmap.pixels() {
        let c = p.demultiply();
        rgba.extend([c.red(), c.green(), c.blue(), c.alpha()]);
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.add_text_chunk("Description".to_string(), format!("asylq: {query}"))?;
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&rgba)?;
    }
    Ok(out)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// What is drawn: lines or columns over the time column, or bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Drawn {
    Lines(usize),
    Columns(usize),
    Bars,
}

/// The kind of chart the answer and `--chart` call for.
fn drawn(answer: &Answer, asked: Option<Kind>) -> Drawn {
    let time = time_column(answer);
    let change = answer
        .roles
        .get(value_column(answer))
        .is_some_and(|r| r.is_change());
    let kind = asked.unwrap_or(if time.is_some() && !change {
        Kind::Line
    } else {
        Kind::Bars
    });
    let stacked = answer.has(Role::Share);
    // A few points of one series read better as columns than as a line.
    let few = time.is_some_and(|t| {
        let all = series(answer, t);
        all.len() == 1 && all[0].points.len() <= 3
    }) && asked.is_none();
    // A rate is never stacked: the parts of a rate do not add up to it;
    // nor are the years of a month of the year.
    let rate = answer.has(Role::Basis) || answer.has(Role::MonthOfYear);
    match (kind, time) {
        (Kind::Columns | Kind::Stacked, Some(t)) if !rate => Drawn::Columns(t),
        (Kind::Columns | Kind::Stacked, Some(t)) => Drawn::Lines(t),
        (Kind::Line, Some(t)) if stacked || few => Drawn::Columns(t),
        (Kind::Line, Some(t)) => Drawn::Lines(t),
        _ => Drawn::Bars,
    }
}

/// The calendar period a cell of time holds, where it holds one (a span
/// such as `2023-01..2023-11` is none): a time axis places it.
pub(super) fn calendar_period(cell: &Cell) -> Option<Period> {
    cell.period().filter(|p| p.is_calendar())
}

/// The label of the period of `months` months that starts at month `index`.
pub(super) fn index_label(index: i64, months: i64) -> String {
    Period::of_length(Month::from_index(index), months as u32).to_string()
}

/// The value column drawn, the one asked for: `change` where the answer
/// has one, `share` where it has one, a running total or rolling average
/// where it has one, else `value`.
pub(super) fn value_column(answer: &Answer) -> usize {
    [
        Role::Index,
        Role::Points,
        Role::Change,
        Role::ChangePercent,
        Role::Share,
        Role::Running,
        Role::Value,
    ]
    .into_iter()
    .find_map(|r| answer.column(r))
    .unwrap_or(0)
}

/// The series of a time answer: one per value of the second dimension.
pub(super) fn series(answer: &Answer, time: usize) -> Vec<Series> {
    let value = value_column(answer);
    let second = answer
        .roles
        .get(time + 1)
        .filter(|r| r.is_dimension())
        .map(|_| time + 1);
    let period = answer.column(Role::Period);
    let mut out: Vec<Series> = Vec::new();
    for (n, row) in answer.rows.iter().enumerate() {
        let (Some(drawn), Some(y)) = (drawn_period(answer, time, row), row[value].number()) else {
            continue;
        };
        if is_gap(answer, time, n) {
            continue;
        }
        let x = x_of(answer, time, drawn);
        let partial =
            period.is_some_and(|i| is_partial(answer, drawn, &row[i])) || answer.is_derived(n);
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

/// The first and last x of every row that is a period of the axis with a
/// value or without one (Eurostat's `:`): a period without a figure at
/// either end keeps its place on the axis, as a gap.
pub(super) fn x_span(answer: &Answer, time: usize) -> Option<(i64, i64)> {
    let value = value_column(answer);
    let xs: Vec<i64> = answer
        .rows
        .iter()
        .filter(|row| row[value] == Cell::Null)
        .filter_map(|row| drawn_period(answer, time, row))
        .map(|p| x_of(answer, time, p))
        .collect();
    Some((*xs.iter().min()?, *xs.iter().max()?))
}

/// The months of a period of column `at`, by its role (1 where it is no
/// column of time).
pub(super) fn months_of(answer: &Answer, at: usize) -> i64 {
    match answer.roles.get(at) {
        Some(Role::Time(months)) => i64::from(*months),
        _ => 1,
    }
}

/// The unit the answer's values are counted in, as stored (`persons`).
/// The unit of the rows drawn (of the newest row where none is drawn).
fn unit_word(answer: &Answer) -> String {
    if let [unit] = drawn_units(answer).as_slice() {
        return unit.clone();
    }
    let at = answer.column(Role::Unit);
    at.and_then(|i| answer.rows.last().map(|r| plain(&r[i])))
        .unwrap_or_default()
}

/// The words of the value axis: a share over time is of each period.
fn unit(answer: &Answer, lang: Lang) -> String {
    let role = answer
        .roles
        .get(value_column(answer))
        .copied()
        .unwrap_or(Role::Value);
    if role == Role::Index {
        if let Some(base) = answer.subject.as_ref().and_then(|s| s.index.as_ref()) {
            return Message::new("chart-index-base")
                .code("base", base)
                .text(lang);
        }
    }
    let over_time = time_column(answer).is_some();
    words::axis(role, over_time, &unit_word(answer), lang)
}

/// Where the figures start: the dimensions come before `value`.
fn first_measure(answer: &Answer) -> usize {
    answer.column(Role::Value).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_lines_than_colours_are_labelled_at_their_ends() {
        use crate::answer::Role;
        let mut rows = Vec::new();
        for month in ["2023-09", "2023-10", "2023-11"] {
            for n in 1..=10 {
                rows.push(vec![
                    Cell::Period(Period::Month(Month::parse(month).unwrap())),
                    Cell::Text(format!("land {n}")),
                    Cell::Int(100 * n),
                    Cell::Text("persons".into()),
                ]);
            }
        }
        let mut answer = Answer::table(
            ["month", "country", "value", "unit"]
                .map(String::from)
                .to_vec(),
            rows,
        );
        answer.title = "applications by month, country".into();
        answer.roles = vec![Role::Time(1), Role::Country, Role::Value, Role::Unit];
        let svg = svg(&answer, &Options::default()).unwrap();
        // One label at each line's end, and no legend.
        for n in 1..=10 {
            let label = format!("aria-label=\"land {n}\"");
            assert_eq!(svg.matches(&label).count(), 1, "{label}");
        }
        let pieces: Vec<&str> = svg.split("stroke-width=\"2\"").collect();
        let colours: std::collections::BTreeSet<&str> = pieces[..pieces.len() - 1]
            .iter()
            .filter_map(|p| p.rsplit("stroke=\"").next())
            .map(|c| &c[..7])
            .collect();
        assert!(colours.contains("#AAAAAA"), "{colours:?}");
        assert_eq!(colours.len(), 7 + 1, "seven colours and grey: {colours:?}");
    }

    #[test]
    fn periods_as_indexes_and_back() {
        assert_eq!(index_label(2023 * 12 + 10, 1), "2023-11");
        assert_eq!(index_label(2023 * 12 + 9, 3), "2023-Q4");
        assert_eq!(index_label(2023 * 12, 6), "2023-H1");
        assert_eq!(index_label(2022 * 12, 12), "2022");
    }
}
