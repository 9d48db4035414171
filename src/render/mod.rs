//! The renderers: an answer to text in the format asked for.
//!
//! Machine formats (csv, tsv, json, jsonl) follow the column contract of the README ("Output"):
//! the dimensions, then `value`, `unit`, and `period` where needed, with plain
//! numbers. The table and markdown formats are for people: thousands separators,
//! notes under the table. `chart` draws a series over time as a line (a few
//! months as columns), with what its marks cover under it, and any other
//! answer as horizontal bars.

mod braille;
pub mod chart;
mod envelope;
pub mod pivot;
pub mod shares;
pub use envelope::{envelope, envelope_document, note as note_json};

use crate::answer::{Answer, Cell, Role};
use crate::locale::Message;
use crate::model::period::Period;
use crate::model::Lang;
use comfy_table::{presets, CellAlignment, ContentArrangement, Table};
use serde_json::{Map, Value as Json};
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Tsv,
    Json,
    Jsonl,
    Markdown,
    Chart,
    /// Typed columns, to a file only (`--output FILE.parquet`, or `export`).
    Parquet,
}

impl Format {
    pub const NAMES: &'static [&'static str] = &[
        "table", "csv", "tsv", "json", "jsonl", "markdown", "chart", "parquet",
    ];

    pub fn parse(name: &str) -> Option<Format> {
        let all = [
            Format::Table,
            Format::Csv,
            Format::Tsv,
            Format::Json,
            Format::Jsonl,
            Format::Markdown,
            Format::Chart,
            Format::Parquet,
        ];
        Format::NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| all[i])
    }

    /// The names of the formats an answer is written in (all but parquet).
    pub fn answer_names() -> &'static [&'static str] {
        &Format::NAMES[..Format::NAMES.len() - 1]
    }

    /// The format of an answer `name` names, if any.
    pub fn parse_answer(name: &str) -> Option<Format> {
        Format::parse(name).filter(|f| *f != Format::Parquet)
    }

    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        Format::NAMES[self as usize]
    }
}

/// Why an answer is not written as Parquet.
pub const ANSWERS_ARE_NOT_PARQUET: &str =
    "parquet is a format of `asylq export` (the facts); an answer is written as table, csv, tsv, json, jsonl, markdown or chart";

/// Options of the renderer.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub format: Format,
    pub header: bool,
    /// The language of notes, and of numbers in `table` and `markdown`.
    pub lang: Lang,
    /// The kind of a terminal chart (`--chart`), else its own choice.
    pub kind: Option<chart::Kind>,
}

/// Writes an answer; notes go to `notes` (stderr for machine formats).
pub fn render(
    answer: &Answer,
    opts: Options,
    out: &mut dyn Write,
    notes: &mut dyn Write,
) -> io::Result<()> {
    // A failed statement's place: nothing in a table, an empty block in
    // csv and tsv, `{query, error}` in json and jsonl.
    if answer.error.is_some() && !matches!(opts.format, Format::Json | Format::Jsonl) {
        return Ok(());
    }
    match opts.format {
        // For people, the shares of one whole add up to 100 as printed.
        Format::Table => table(&shares::to_100(answer), opts.lang, out)?,
        Format::Markdown => markdown(&shares::to_100(answer), opts.lang, out)?,
        Format::Chart => chart(answer, opts, out)?,
        Format::Parquet => return Err(io::Error::other(ANSWERS_ARE_NOT_PARQUET)),
        Format::Csv => delimited(answer, b',', opts.header, out)?,
        Format::Tsv => delimited(answer, b'\t', opts.header, out)?,
        Format::Json => writeln!(
            out,
            "{}",
            json_document(std::slice::from_ref(answer), opts.lang)
        )?,
        Format::Jsonl if answer.error.is_some() => {
            writeln!(out, "{}", failure(answer, opts.lang))?;
        }
        Format::Jsonl => {
            for object in objects(answer) {
                let mut row = Map::new();
                row.insert("query".to_string(), Json::from(answer.title.clone()));
                row.extend(object);
                writeln!(out, "{}", Json::Object(row))?;
            }
        }
    }
    let human = matches!(
        opts.format,
        Format::Table | Format::Markdown | Format::Chart
    );
    render_notes(answer, if human { out } else { notes }, opts.lang)
}

/// Writes the notes of an answer, one a line, in `lang`.
pub fn render_notes(answer: &Answer, target: &mut dyn Write, lang: Lang) -> io::Result<()> {
    if answer.notes.is_empty() {
        return Ok(());
    }
    for note in &answer.notes {
        let line = crate::error::line_of(lang, "line-note", &note.text(lang));
        writeln!(target, "{line}")?;
    }
    Ok(())
}

/// A plain number or text, as machine formats print it.
pub fn plain(cell: &Cell) -> String {
    cell.plain()
}

/// A number with thousands separators, for people, in English.
pub fn grouped(cell: &Cell) -> String {
    grouped_in(cell, Lang::En)
}

/// A number for people in `lang`: `3,836` and `2,927.5` in English, `3.836`
/// and `2.927,5` in Dutch and French.
pub fn grouped_in(cell: &Cell, lang: Lang) -> String {
    match cell {
        Cell::Int(n) => crate::locale::number(lang, *n),
        Cell::Float(f) if f.is_finite() => crate::locale::decimal(lang, &plain(cell)),
        other => plain(other),
    }
}

/// A row's cells for people: figures with thousands separators, years as
/// the labels they are (`2022`, not `2,022`).
fn shown_cells(answer: &Answer, row: &[Cell], lang: Lang) -> Vec<String> {
    answer
        .columns
        .iter()
        .enumerate()
        .zip(row)
        .map(|((at, c), cell)| {
            // A period is its label; a year in the columns of `show` and
            // `sql` (which have no roles) is too.
            let year = matches!(answer.roles.get(at), Some(Role::Extra) | None) && c == "year";
            if year {
                plain(cell)
            } else {
                grouped_in(cell, lang)
            }
        })
        .collect()
}

fn is_number(cell: &Cell) -> bool {
    matches!(cell, Cell::Int(_) | Cell::Float(_))
}

/// A column aligned to the right: one of numbers, or of years.
fn right_aligned(answer: &Answer, at: usize) -> bool {
    answer.roles.get(at) == Some(&Role::Time(12)) || answer.rows.iter().any(|r| is_number(&r[at]))
}

fn table(answer: &Answer, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL);
    // A pseudo-terminal may report 0 columns: that is no width to wrap to.
    if t.width().is_some_and(|w| w > 0) {
        t.set_content_arrangement(ContentArrangement::Dynamic);
    }
    t.set_header(answer.columns.clone());
    for row in &answer.rows {
        t.add_row(shown_cells(answer, row, lang));
    }
    for (i, _) in answer.columns.iter().enumerate() {
        if right_aligned(answer, i) {
            if let Some(c) = t.column_mut(i) {
                c.set_cell_alignment(CellAlignment::Right);
            }
        }
    }
    if !answer.title.is_empty() {
        writeln!(out, "{}", answer.title)?;
    }
    writeln!(out, "{t}")
}

fn markdown(answer: &Answer, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "| {} |", answer.columns.join(" | "))?;
    let rule: Vec<&str> = answer
        .columns
        .iter()
        .enumerate()
        .map(|(i, _)| {
            if right_aligned(answer, i) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    writeln!(out, "| {} |", rule.join(" | "))?;
    for row in &answer.rows {
        let cells: Vec<String> = shown_cells(answer, row, lang)
            .iter()
            .map(|c| c.replace('|', "\\|"))
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

fn delimited(answer: &Answer, delimiter: u8, header: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(out);
    if header {
        w.write_record(&answer.columns).map_err(io_of)?;
    }
    for row in &answer.rows {
        w.write_record(row.iter().map(plain)).map_err(io_of)?;
    }
    w.flush()
}

/// A CSV writer's error as the error of writing that it is, so that a
/// reader gone away (a broken pipe) is told apart from a failure.
fn io_of(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// The JSON of the answers of one run: one answer is an array of row
/// objects; several are an array of `{"query": ..., "rows": [...]}`, so that a
/// run always prints one valid document.
pub fn json_document(answers: &[Answer], lang: Lang) -> Json {
    match answers {
        [one] if one.error.is_none() => {
            Json::Array(objects(one).into_iter().map(Json::Object).collect())
        }
        several => Json::Array(
            several
                .iter()
                .map(|a| {
                    if a.error.is_some() {
                        return failure(a, lang);
                    }
                    let mut doc = Map::new();
                    doc.insert("query".to_string(), Json::from(a.title.clone()));
                    let rows = objects(a).into_iter().map(Json::Object).collect();
                    doc.insert("rows".to_string(), Json::Array(rows));
                    Json::Object(doc)
                })
                .collect(),
        ),
    }
}

/// A failed statement's place: `{query, error}`.
fn failure(answer: &Answer, lang: Lang) -> Json {
    let mut doc = Map::new();
    doc.insert("query".to_string(), Json::from(answer.title.clone()));
    doc.insert("error".to_string(), error_json(answer, lang));
    Json::Object(doc)
}

/// A failed statement's error as an object: `{kind, message, ...its
/// arguments, text, line, column, label, hints}`, its words in `lang`.
pub(crate) fn error_json(answer: &Answer, lang: Lang) -> Json {
    let Some(e) = &answer.error else {
        return Json::Null;
    };
    let mut doc = Map::new();
    doc.insert("kind".to_string(), Json::from(e.kind));
    doc.extend(envelope::message(&e.message));
    doc.insert("text".to_string(), Json::from(e.message.text(lang)));
    doc.insert("line".to_string(), serde_json::json!(e.line));
    doc.insert("column".to_string(), serde_json::json!(e.column));
    let label = e.label.as_ref().unwrap_or(&e.message).text(lang);
    doc.insert("label".to_string(), Json::from(label));
    let hints: Vec<String> = e.hints.iter().map(|h| h.text(lang)).collect();
    doc.insert("hints".to_string(), serde_json::json!(hints));
    Json::Object(doc)
}

/// Each row as an object whose keys keep the order of the columns.
pub(crate) fn objects(answer: &Answer) -> Vec<Map<String, Json>> {
    answer
        .rows
        .iter()
        .map(|row| {
            let map: Map<String, Json> = answer
                .columns
                .iter()
                .zip(row)
                .zip(answer.roles.iter().chain(std::iter::repeat(&Role::Extra)))
                .map(|((c, v), role)| {
                    let value = match v {
                        Cell::Int(n) => Json::from(*n),
                        Cell::Float(f) => serde_json::Number::from_f64(*f)
                            .map(Json::Number)
                            .unwrap_or(Json::Null),
                        Cell::Text(s) => Json::from(s.clone()),
                        Cell::Bool(b) => Json::from(*b),
                        // The year of `by year` is a number; other periods
                        // (and a year in `period`) are labels.
                        Cell::Period(Period::Year(y)) if *role == Role::Time(12) => Json::from(*y),
                        Cell::Period(p) => Json::from(p.to_string()),
                        Cell::Null => Json::Null,
                    };
                    (c.clone(), value)
                })
                .collect();
            map
        })
        .collect()
}

/// A series over time as braille lines (columns for a few months of one
/// series), with what its marks cover in words under it; anything else as
/// horizontal bars. A period its figures cover only in part is a gap, and a
/// figure for a span of months no point at all.
fn chart(answer: &Answer, opts: Options, out: &mut dyn Write) -> io::Result<()> {
    let lang = opts.lang;
    if chart::time_column(answer).is_none() || opts.kind == Some(chart::Kind::Bars) {
        return bars(answer, lang, out);
    }
    let few = match opts.kind {
        Some(kind) => kind == chart::Kind::Columns,
        None => one_series(answer) && (2..=6).contains(&answer.rows.len()),
    };
    writeln!(out, "{}", chart_title(answer, lang))?;
    if let Some(mixed) = chart::mixed_units(answer) {
        return writeln!(out, "{}", crate::locale::text(lang, &mixed));
    }
    if few {
        columns(answer, lang, out)?;
    } else {
        let width = Table::new()
            .width()
            .filter(|w| *w > 0)
            .map_or(80, usize::from);
        match braille::lines(answer, width, lang) {
            Some(text) => write!(out, "{text}")?,
            None => {}
        }
    }
    for remark in chart::terminal_remarks(answer, lang) {
        writeln!(out, "{remark}")?;
    }
    Ok(())
}

/// One series over time: a time column, then the value.
fn one_series(answer: &Answer) -> bool {
    answer.roles.first() == Some(&Role::Time(1)) && answer.roles.get(1) == Some(&Role::Value)
}

/// Why the terminal chart cannot draw `answer` as `kind`: lines and
/// columns run over time, columns draw one series, and none is stacked.
pub fn terminal_refusal(answer: &Answer, kind: Option<chart::Kind>) -> Option<Message> {
    let fits = match kind {
        None | Some(chart::Kind::Bars) => true,
        Some(chart::Kind::Line) => chart::time_column(answer).is_some(),
        Some(chart::Kind::Columns) => one_series(answer),
        Some(chart::Kind::Stacked) => false,
    };
    let name = clap::ValueEnum::to_possible_value(&kind?)?
        .get_name()
        .to_string();
    (!fits).then(|| Message::new("chart-terminal-kind").code("kind", &name))
}

const HEIGHT: usize = 10;

/// Vertical columns, one per month, its value on top, the month below and the
/// value axis on the left. A month not drawn (a gap) keeps its place, empty;
/// a figure for a span of months has none.
fn columns(answer: &Answer, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let rows: Vec<(String, Option<&Cell>)> = (0..answer.rows.len())
        .filter(|n| chart::drawn_period(answer, 0, &answer.rows[*n]).is_some())
        .map(|n| {
            let row = &answer.rows[n];
            let drawn = !chart::is_gap(answer, 0, n) && row[1].number().is_some();
            (plain(&row[0]), drawn.then_some(&row[1]))
        })
        .collect();
    let value = |c: &Option<&Cell>| c.map_or(0.0, number);
    let max = rows.iter().map(|r| value(&r.1)).fold(0.0, f64::max);
    let labels: Vec<String> = rows
        .iter()
        .map(|r| r.1.map_or_else(|| "–".to_string(), plain))
        .collect();
    let width = labels
        .iter()
        .chain(rows.iter().map(|r| &r.0))
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(1)
        .max(7)
        + 2;
    let heights: Vec<usize> = rows
        .iter()
        .map(|r| match (max > 0.0, r.1) {
            (true, Some(c)) => (number(c) / max * HEIGHT as f64).round() as usize,
            _ => 0,
        })
        .collect();
    let top = rows
        .iter()
        .filter_map(|r| r.1)
        .max_by(|a, b| number(a).total_cmp(&number(b)))
        .map(|c| grouped_in(c, lang))
        .unwrap_or_default();
    let axis = top.len();
    for level in (1..=HEIGHT + 1).rev() {
        let tick = match level {
            l if l == HEIGHT => top.clone(),
            _ => String::new(),
        };
        let mut line = format!("{tick:>axis$} │");
        for (h, label) in heights.iter().zip(&labels) {
            let cell = if *h >= level {
                "█".repeat(width - 2)
            } else if *h + 1 == level {
                format!("{label:^w$}", w = width - 2)
            } else {
                " ".repeat(width - 2)
            };
            line.push_str(&format!(" {cell} "));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    writeln!(out, "{:>axis$} └{}", "0", "─".repeat(width * heights.len()))?;
    let months: String = rows
        .iter()
        .map(|r| format!(" {:^w$} ", r.0, w = width - 2))
        .collect();
    writeln!(out, "{:>axis$}  {}", "", months.trim_end())
}

/// The title of a chart with the unit of the values it draws.
/// The title of a chart in the terminal: in words, as a drawn chart's,
/// with its unit.
fn chart_title(answer: &Answer, lang: Lang) -> String {
    let title = chart::title(answer, lang);
    let units = chart::drawn_units(answer);
    match units.as_slice() {
        [unit] => format!("{title} ({})", chart::words::term(unit, lang)),
        _ => title,
    }
}

fn number(cell: &Cell) -> f64 {
    cell.number().unwrap_or(0.0)
}

/// Horizontal bars: one per row, labelled by its dimensions, scaled to 40 cells.
fn bars(answer: &Answer, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let value_at = answer.column(Role::Value).unwrap_or(0);
    let labels: Vec<String> = answer
        .rows
        .iter()
        .map(|r| {
            r[..value_at]
                .iter()
                .map(plain)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let values: Vec<f64> = answer
        .rows
        .iter()
        .map(|r| match r[value_at] {
            Cell::Int(n) => n as f64,
            Cell::Float(f) => f,
            _ => 0.0,
        })
        .collect();
    let max = values.iter().cloned().fold(0.0, f64::max);
    let width = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .max(5);
    writeln!(out, "{}", chart_title(answer, lang))?;
    for ((label, value), row) in labels.iter().zip(&values).zip(&answer.rows) {
        let cells = if max > 0.0 {
            (value / max * 40.0).round() as usize
        } else {
            0
        };
        let label = if label.is_empty() { "total" } else { label };
        writeln!(
            out,
            "{label:<width$} │{} {}",
            "█".repeat(cells),
            grouped_in(&row[value_at], lang)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_for_people_and_for_scripts() {
        assert_eq!(plain(&Cell::Float(44.0)), "44.0");
        assert_eq!(plain(&Cell::Float(1.19)), "1.19");
        assert_eq!(grouped(&Cell::Float(2927.5)), "2,927.5");
        assert_eq!(grouped(&Cell::Float(-12345.25)), "-12,345.25");
        assert_eq!(grouped(&Cell::Int(-2048)), "-2,048");
    }
}
