//! `asylq export`: the current facts in long form, one row a fact, with the
//! source of each, for a pipeline that wants the figures rather than
//! answers. In csv, tsv, json or jsonl, to a file (written in full or not
//! at all) or to stdout (`-`), or in Parquet through DuckDB's own writer.
//! `months_covered` marks a figure that spans several months (a year to
//! date), so that a sum over the rows can leave them out instead of counting
//! those months twice.

use crate::answer::{Answer, Cell};
use crate::error::{Error, Result};
use crate::front::AtomicFile;
use crate::model::countries::{shown_name, Names};
use crate::render::{self, Format, Options};
use crate::store::Store;
use std::io::{self, Write};
use std::path::Path;

const SQL: &str = "SELECT measure, type,
    CASE WHEN measure = 'protection_rate' THEN 'percent' ELSE unit END AS unit,
    country, strftime(period_start, '%Y-%m') AS period_start,
    strftime(period_end, '%Y-%m') AS period_end,
    CAST(date_diff('month', period_start, period_end) + 1 AS BIGINT) AS months_covered,
    value, derived, report_file AS report, source_table, source_line
  FROM current_facts
  ORDER BY measure, unit, type, country NULLS FIRST, period_start, period_end";

/// The format an export writes: `--format` if given, else the file's
/// extension (`-`, stdout, is csv). The formats for people are refused, and
/// so is Parquet to stdout (a binary file is no stream for a terminal).
pub fn format_of(file: &Path, given: Option<Format>) -> Result<Format> {
    let ext = file.extension().and_then(|e| e.to_str());
    let stdout = file == Path::new("-");
    let format = match (given, ext) {
        (Some(f), _) => f,
        (None, _) if stdout => Format::Csv,
        (None, Some(e)) => Format::parse(e).ok_or_else(|| {
            Error::Usage(crate::msg!(
                "usage-export-extension",
                path = file.display().to_string()
            ))
        })?,
        (None, None) => {
            return Err(Error::Usage(crate::msg!(
                "usage-export-file",
                path = file.display().to_string()
            )))
        }
    };
    match format {
        Format::Parquet if stdout => Err(Error::Usage(crate::msg!("usage-parquet-stdout"))),
        Format::Csv | Format::Tsv | Format::Json | Format::Jsonl | Format::Parquet => Ok(format),
        other => Err(Error::Usage(crate::msg!(
            "usage-export-format",
            format = other.name()
        ))),
    }
}

/// The current facts as an answer: counts as integers, a published rate as
/// a percent with its decimal, countries in the language of `names`.
pub fn facts(store: &Store, names: Names) -> Result<Answer> {
    let (columns, rows) = store.rows(SQL)?;
    let at = |name: &str| columns.iter().position(|c| c == name).expect("a column");
    let (measure, value, country) = (at("measure"), at("value"), at("country"));
    let rows = rows
        .into_iter()
        .map(|row| {
            let mut cells: Vec<Cell> = row.into_iter().map(Cell::from_db).collect();
            let rate = cells[measure] == Cell::Text("protection_rate".into());
            if let (true, Cell::Int(tenths)) = (rate, &cells[value]) {
                cells[value] = Cell::Float(*tenths as f64 / 10.0);
            }
            if let Cell::Text(name) = &cells[country] {
                cells[country] = Cell::Text(shown_name(name, names).to_string());
            }
            cells
        })
        .collect();
    Ok(Answer::table(columns, rows))
}

/// Writes the facts to `file` (or stdout for `-`) in `format`; the number
/// of facts written.
pub fn write(answer: &Answer, file: &Path, format: Format, header: bool) -> Result<usize> {
    let failed = |e: io::Error| Error::file(file, e);
    if format == Format::Parquet {
        parquet(answer, file)?;
        return Ok(answer.rows.len());
    }
    if file == Path::new("-") {
        let mut out = io::stdout().lock();
        body(answer, format, header, &mut out).map_err(|e| match e.kind() {
            io::ErrorKind::BrokenPipe => Error::Closed,
            _ => failed(e),
        })?;
        return Ok(answer.rows.len());
    }
    let mut out = AtomicFile::create(file).map_err(failed)?;
    body(answer, format, header, &mut out).map_err(failed)?;
    out.commit().map_err(failed)?;
    Ok(answer.rows.len())
}

/// The rows in a format: jsonl as one object a line, without the `query`
/// field of an answer's rows.
fn body(answer: &Answer, format: Format, header: bool, out: &mut dyn Write) -> io::Result<()> {
    if format == Format::Jsonl {
        for row in render::objects(answer) {
            writeln!(out, "{}", serde_json::Value::Object(row))?;
        }
        return out.flush();
    }
    render::render(
        answer,
        Options {
            format,
            header,
            lang: crate::model::Lang::En,
        },
        out,
        &mut io::sink(),
    )?;
    out.flush()
}

/// The columns of a Parquet export, typed: `value` is a DOUBLE, since one
/// column holds both counts (whole numbers, exact in a DOUBLE) and a page's
/// published rate with its decimal.
const PARQUET_TABLE: &str = "CREATE TABLE facts (measure VARCHAR, type VARCHAR,
    unit VARCHAR, country VARCHAR, period_start VARCHAR, period_end VARCHAR,
    months_covered BIGINT, value DOUBLE, derived BOOLEAN, report VARCHAR,
    source_table VARCHAR, source_line BIGINT)";

/// Writes the facts as Parquet with DuckDB's writer, in a DuckDB of its own
/// (the store's stays sandboxed), to a file beside the target that is
/// renamed into place only when complete.
fn parquet(answer: &Answer, file: &Path) -> Result<()> {
    let doing = crate::msg!("doing-writing-file", path = file.display().to_string());
    let failed = |e: duckdb::Error| crate::error::duckdb(doing.clone(), e);
    let conn = crate::store::open_with(None, crate::store::Access::Files)?;
    conn.execute_batch(PARQUET_TABLE).map_err(failed)?;
    let mut app = conn.appender("facts").map_err(failed)?;
    let value = answer.columns.iter().position(|c| c == "value");
    for row in &answer.rows {
        let cells = row.iter().enumerate().map(|(i, cell)| match cell {
            Cell::Int(n) if Some(i) == value => duckdb::types::Value::Double(*n as f64),
            other => db_value(other),
        });
        app.append_row(duckdb::appender_params_from_iter(cells))
            .map_err(failed)?;
    }
    app.flush().map_err(failed)?;
    drop(app);
    let temp = PartialFile::beside(file);
    let path = temp.0.display().to_string().replace('\'', "''");
    conn.execute_batch(&format!(
        "COPY facts TO '{path}' (FORMAT parquet, COMPRESSION zstd)"
    ))
    .map_err(failed)?;
    std::fs::rename(&temp.0, file).map_err(|e| Error::file(file, e))
}

/// A cell as DuckDB takes it.
fn db_value(cell: &Cell) -> duckdb::types::Value {
    use duckdb::types::Value;
    match cell {
        Cell::Int(n) => Value::BigInt(*n),
        Cell::Float(f) => Value::Double(*f),
        Cell::Text(t) => Value::Text(t.clone()),
        Cell::Bool(b) => Value::Boolean(*b),
        Cell::Period(p) => Value::Text(p.to_string()),
        Cell::Null => Value::Null,
    }
}

/// The name of a file being written beside its target; removed when
/// dropped, which after a rename finds nothing.
struct PartialFile(std::path::PathBuf);

impl PartialFile {
    fn beside(target: &Path) -> PartialFile {
        PartialFile(crate::front::partial_name(target))
    }
}

impl Drop for PartialFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
