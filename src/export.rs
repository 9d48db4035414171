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

/// The facts with their sources: the file, table and line, then (after the
/// columns earlier versions wrote) the SHA-256 of the source's text as
/// stored, the month it was published, the kind of source (`report`,
/// `page`, `overview`) and whether it was stored with `--force`; then the
/// reporting country, sex, age, publisher and flags, which are Belgium,
/// totals, `cgvs` and none for every figure of the CGVS's.
const SQL: &str = "WITH src AS (
    SELECT r.id, sha256(t.text) AS sha256, strftime(r.published, '%Y-%m') AS published
    FROM reports r LEFT JOIN texts t ON t.report = r.id)
SELECT measure, type,
    CASE WHEN measure = 'protection_rate' THEN 'percent' ELSE unit END AS unit,
    country, strftime(period_start, '%Y-%m') AS period_start,
    strftime(period_end, '%Y-%m') AS period_end,
    CAST(date_diff('month', period_start, period_end) + 1 AS BIGINT) AS months_covered,
    value, derived, report_file AS report, source_table, source_line,
    src.sha256, src.published, origin, forced,
    'BE' AS geo, 'T' AS sex, 'TOTAL' AS age, 'cgvs' AS publisher, '' AS flags
  FROM current_facts JOIN src ON src.id = current_facts.report";

/// The order of the rows.
const ORDER: &str =
    " ORDER BY publisher, measure, unit, type, geo, country NULLS FIRST, sex, age, period_start, period_end";

/// Eurostat's current figures as rows of the export: the citizenship in
/// `country`, the download in `report`, its dataset in `source_table`,
/// the SHA-256 of its file, the month of its last update in `published`
/// (empty where the file states none), origin `eurostat`; a missing value
/// stays empty.
fn eurostat(sha256: &str) -> String {
    format!(
        "SELECT e.measure, e.type, 'persons', e.citizen,
    strftime(e.period_start, '%Y-%m'), strftime(e.period_end, '%Y-%m'),
    CAST(date_diff('month', e.period_start, e.period_end) + 1 AS BIGINT), e.value, false,
    e.file, e.dataset, e.line, {sha256}, strftime({}, '%Y-%m'), 'eurostat', false,
    e.geo, e.sex, e.age, 'eurostat', e.flags
  FROM eurostat_current e JOIN eurostat_sources s ON s.id = e.source",
        crate::eurostat::EDITION
    )
}

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
    // The embedded report's tables of sources are made when first needed.
    store.complete()?;
    let sql = if store.holds_eurostat()? {
        format!(
            "{SQL} UNION ALL {}{ORDER}",
            eurostat(store.eurostat_sha256()?)
        )
    } else {
        format!("{SQL}{ORDER}")
    };
    let (columns, rows) = store.rows(&sql)?;
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
            kind: None,
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
    source_table VARCHAR, source_line BIGINT, sha256 VARCHAR, published VARCHAR,
    origin VARCHAR, forced BOOLEAN, geo VARCHAR, sex VARCHAR, age VARCHAR,
    publisher VARCHAR, flags VARCHAR)";

/// Writes the facts as Parquet with DuckDB's writer, in a DuckDB of its own
/// (the store's stays sandboxed), to a file beside the target that is
/// renamed into place only when complete.
fn parquet(answer: &Answer, file: &Path) -> Result<()> {
    let value = answer.columns.iter().position(|c| c == "value");
    let rows = answer.rows.iter().map(|row| {
        row.iter()
            .enumerate()
            .map(|(i, cell)| match cell {
                Cell::Int(n) if Some(i) == value => duckdb::types::Value::Double(*n as f64),
                other => db_value(other),
            })
            .collect()
    });
    let temp = PartialFile::beside(file);
    copy_to_parquet(PARQUET_TABLE, rows, &temp.0, None, file)?;
    std::fs::rename(&temp.0, file).map_err(|e| Error::file(file, e))
}

/// An answer as the bytes of a Parquet file, its columns typed as in JSON
/// (a year of `by year` a number, other periods strings) and its query and
/// notes (as JSON, in `lang`) in the file's key-value metadata. `target`
/// is the file it is for: the work file is made beside it.
pub fn answer_parquet(answer: &Answer, target: &Path, lang: crate::model::Lang) -> Result<Vec<u8>> {
    let types: Vec<&str> = (0..answer.columns.len())
        .map(|i| column_type(answer, i))
        .collect();
    let columns: Vec<String> = answer
        .columns
        .iter()
        .zip(&types)
        .map(|(c, t)| format!("\"{}\" {t}", c.replace('"', "\"\"")))
        .collect();
    let table = format!("CREATE TABLE facts ({})", columns.join(", "));
    let rows = answer.rows.iter().map(|row| {
        row.iter()
            .zip(&types)
            .map(|(cell, t)| match (cell, *t) {
                (Cell::Int(n), "DOUBLE") => duckdb::types::Value::Double(*n as f64),
                (Cell::Period(crate::model::period::Period::Year(y)), "BIGINT") => {
                    duckdb::types::Value::BigInt(i64::from(*y))
                }
                (other, _) => db_value(other),
            })
            .collect()
    });
    let notes: Vec<serde_json::Value> = answer
        .notes
        .iter()
        .map(|n| render::note_json(n, lang))
        .collect();
    let metadata = [
        ("query", answer.title.clone()),
        ("notes", serde_json::Value::Array(notes).to_string()),
    ];
    // The answer's own work file, beside the one the output is written to.
    let temp = PartialFile(crate::front::partial_name(target).with_extension("parquet"));
    copy_to_parquet(&table, rows, &temp.0, Some(&metadata), target)?;
    std::fs::read(&temp.0).map_err(|e| Error::file(target, e))
}

/// The DuckDB type of an answer's column, as JSON types it.
fn column_type(answer: &Answer, at: usize) -> &'static str {
    use crate::answer::Role;
    let cells = || answer.rows.iter().map(move |r| &r[at]);
    if answer.roles.get(at) == Some(&Role::Time(12)) {
        "BIGINT"
    } else if cells().any(|c| matches!(c, Cell::Float(_))) {
        "DOUBLE"
    } else if cells().any(|c| matches!(c, Cell::Int(_))) {
        "BIGINT"
    } else if cells().any(|c| matches!(c, Cell::Bool(_))) {
        "BOOLEAN"
    } else {
        "VARCHAR"
    }
}

/// Writes rows into a table made by `table` (named `facts`) in a DuckDB of
/// its own (the store's stays sandboxed), and copies it to `path` as
/// Parquet with `metadata` as key-value metadata. Errors name `target`.
fn copy_to_parquet(
    table: &str,
    rows: impl Iterator<Item = Vec<duckdb::types::Value>>,
    path: &Path,
    metadata: Option<&[(&str, String)]>,
    target: &Path,
) -> Result<()> {
    let doing = crate::msg!("doing-writing-file", path = target.display().to_string());
    let failed = |e: duckdb::Error| crate::error::duckdb(doing.clone(), e);
    let conn = crate::store::open_with(None, crate::store::Access::Files)?;
    conn.execute_batch(table).map_err(failed)?;
    let mut app = conn.appender("facts").map_err(failed)?;
    for row in rows {
        app.append_row(duckdb::appender_params_from_iter(row))
            .map_err(failed)?;
    }
    app.flush().map_err(failed)?;
    drop(app);
    let quote = |s: &str| s.replace('\'', "''");
    let kv = metadata.map_or(String::new(), |pairs| {
        let items: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}: '{}'", quote(v)))
            .collect();
        format!(", KV_METADATA {{{}}}", items.join(", "))
    });
    conn.execute_batch(&format!(
        "COPY facts TO '{}' (FORMAT parquet, COMPRESSION zstd{kv})",
        quote(&path.display().to_string())
    ))
    .map_err(failed)
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
