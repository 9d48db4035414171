//! Running statements: the one path shared by `-c`, scripts and the REPL.
//!
//! A [`Session`] holds the open store and the settings (`set`, `--param`). It
//! parses a text, then checks, compiles and runs each statement in turn, and
//! hands every result to the caller as an [`Output`] with its notes.

use crate::check::{self, Checked, Context, Dim};
use crate::error::{duckdb as db_error, Diagnostic, Error, Result};
use crate::lang::{self, ast::Statement, ast::Value};
use crate::period::{span_label, Month};
use crate::render::Format;
use crate::sql;
use crate::store::Store;
use duckdb::types::Value as DbValue;

/// One cell of an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Int(i64),
    Float(f64),
    Text(String),
    Null,
}

/// A table of results with the notes that travel with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub notes: Vec<String>,
}

/// What a statement produces.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    Answer(Answer),
    Text(String),
    /// A setting changed: the new output format.
    Format(Format),
}

pub struct Session {
    pub store: Store,
    pub cx: Context,
}

impl Session {
    pub fn new(store: Store) -> Result<Session> {
        let extra_countries = store.unknown_countries()?;
        Ok(Session {
            store,
            cx: Context {
                extra_countries,
                ..Context::default()
            },
        })
    }

    /// Runs every statement of `text`, handing each output to `emit`; stops at
    /// the first error.
    pub fn run(&mut self, text: &str, emit: &mut dyn FnMut(Output) -> Result<()>) -> Result<()> {
        let statements = lang::parse(text)?;
        for statement in statements {
            let output = self.statement(&statement.node)?;
            emit(output)?;
        }
        Ok(())
    }

    /// Runs every statement of `text` even after one fails; the first error is
    /// returned at the end, the others are printed to stderr as they happen.
    pub fn run_keep_going(
        &mut self,
        text: &str,
        emit: &mut dyn FnMut(Output) -> Result<()>,
    ) -> Result<()> {
        let statements = lang::parse(text)?;
        let mut first = None;
        for statement in statements {
            match self.statement(&statement.node).and_then(|o| emit(o)) {
                Ok(()) => {}
                Err(Error::Query(d)) if first.is_none() => first = Some(Error::Query(d)),
                Err(Error::Query(d)) => eprint!("{}", d.render("<script>", text, false)),
                Err(e) => return Err(e),
            }
        }
        first.map_or(Ok(()), Err)
    }

    /// The SQL of each query in `text`, for `.explain on`.
    pub fn explain(&self, text: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for statement in lang::parse(text)? {
            if let Statement::Query(q) = &statement.node {
                out.push(sql::compile(&check::check(q, &self.cx)?).text);
            }
        }
        Ok(out)
    }

    fn statement(&mut self, s: &Statement) -> Result<Output> {
        match s {
            Statement::Query(q) => {
                let checked = check::check(q, &self.cx)?;
                self.answer(&checked, &q.to_string())
            }
            Statement::Explain(q) => {
                let checked = check::check(q, &self.cx)?;
                Ok(Output::Text(sql::compile(&checked).text))
            }
            Statement::Sql(raw) => self.raw_sql(&raw.node).map_err(|e| match e {
                Error::Data(m) => Error::Query(Diagnostic::new(m, raw.span.clone())),
                other => other,
            }),
            Statement::Show(topic) => self.show(&topic.node, topic.span.clone()),
            Statement::Help(topic) => Ok(Output::Text(crate::help::text(
                topic.as_ref().map(|t| t.node.as_str()),
            ))),
            Statement::Set(name, value) => self.set(&name.node, &value.node, name.span.clone()),
        }
    }

    /// Checks, compiles and runs a query.
    pub fn answer(&self, checked: &Checked, title: &str) -> Result<Output> {
        let compiled = sql::compile(checked);
        let mut answer = self.query(&compiled.text)?;
        answer.title = title.to_string();
        annotate(&mut answer, checked);
        Ok(Output::Answer(answer))
    }

    fn query(&self, text: &str) -> Result<Answer> {
        let mut stmt = self
            .store
            .conn
            .prepare(text)
            .map_err(|e| db_error("preparing the query", e))?;
        let mut rows = stmt
            .query([])
            .map_err(|e| db_error("running the query", e))?;
        let columns: Vec<String> = rows.as_ref().map(|s| s.column_names()).unwrap_or_default();
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|e| db_error("reading the answer", e))? {
            let cells = (0..columns.len())
                .map(|i| cell(row.get::<_, DbValue>(i).unwrap_or(DbValue::Null)))
                .collect();
            out.push(cells);
        }
        Ok(Answer {
            title: String::new(),
            columns,
            rows: out,
            notes: Vec::new(),
        })
    }

    fn raw_sql(&self, text: &str) -> Result<Output> {
        self.store.complete()?;
        Ok(Output::Answer(self.query(text)?))
    }

    fn show(&self, topic: &str, span: std::ops::Range<usize>) -> Result<Output> {
        let sql = match topic {
            "measures" => return Ok(Output::Text(check::MEASURE_NAMES.join("\n"))),
            "dimensions" => return Ok(Output::Text(check::DIMENSION_NAMES.join("\n"))),
            "types" => return Ok(Output::Text(crate::help::types())),
            "countries" => "SELECT c.name AS country, c.name_en AS english, c.name_fr AS french, c.iso2, c.iso3, count(f.value) AS facts FROM countries c LEFT JOIN facts f ON f.country = c.name GROUP BY ALL ORDER BY facts DESC, country",
            "sources" => SOURCES_SQL,
            "revisions" => REVISIONS_SQL,
            other => {
                return Err(Diagnostic::new(format!("cannot show '{other}'"), span)
                    .with_hint("show measures, dimensions, types, countries, sources or revisions")
                    .into())
            }
        };
        // The embedded store makes these tables only when they are asked for.
        self.store.complete()?;
        let mut answer = self.query(sql)?;
        answer.title = format!("show {topic}");
        if topic == "revisions" && answer.rows.is_empty() {
            answer.notes.push("No figure has been revised: no newer report gives another value for a stored figure.".into());
        }
        Ok(Output::Answer(answer))
    }

    fn set(&mut self, name: &str, value: &Value, span: std::ops::Range<usize>) -> Result<Output> {
        let text = match value {
            Value::Word(w) | Value::Str(w) => w.clone(),
            other => other.to_string(),
        };
        match name {
            "format" => {
                let format = Format::parse(&text).ok_or_else(|| {
                    Diagnostic::new(format!("unknown format '{text}'"), span)
                        .with_hint(format!("the formats are {}", Format::NAMES.join(", ")))
                })?;
                Ok(Output::Format(format))
            }
            "unit" if check::UNITS.contains(&text.as_str()) => {
                self.cx.unit = Some(text);
                Ok(Output::Text(String::new()))
            }
            "unit" => Err(Diagnostic::new(format!("unknown unit '{text}'"), span)
                .with_hint("the units are persons, dossiers")
                .into()),
            _ => {
                self.cx.params.insert(name.to_string(), text);
                Ok(Output::Text(String::new()))
            }
        }
    }
}

/// The loaded reports.
const SOURCES_SQL: &str = "SELECT strftime(month, '%Y-%m') AS month, file, facts, checks, checks - failed_checks AS checks_passed FROM reports ORDER BY month, id";

/// Figures that a newer report changed.
pub const REVISIONS_SQL: &str = "SELECT o.measure, o.type, o.unit, o.country,
    strftime(o.period_start, '%Y-%m') || CASE WHEN o.period_end > o.period_start THEN '..' || strftime(o.period_end, '%Y-%m') ELSE '' END AS period,
    o.value AS old_value, n.value AS new_value,
    o.report_file || ', line ' || o.source_line AS old_source,
    n.report_file || ', line ' || n.source_line AS new_source
FROM all_facts o JOIN all_facts n
  ON o.measure = n.measure AND o.type = n.type AND o.unit = n.unit
 AND o.country IS NOT DISTINCT FROM n.country AND o.period_start = n.period_start
 AND o.period_end = n.period_end AND n.rank = 1 AND o.rank > 1
WHERE o.value <> n.value AND NOT o.derived AND NOT n.derived
ORDER BY o.measure, o.period_start, o.type";

fn cell(v: DbValue) -> Cell {
    match v {
        DbValue::Null => Cell::Null,
        DbValue::Boolean(b) => Cell::Text(b.to_string()),
        DbValue::TinyInt(n) => Cell::Int(n as i64),
        DbValue::SmallInt(n) => Cell::Int(n as i64),
        DbValue::Int(n) => Cell::Int(n as i64),
        DbValue::BigInt(n) => Cell::Int(n),
        DbValue::UTinyInt(n) => Cell::Int(n as i64),
        DbValue::USmallInt(n) => Cell::Int(n as i64),
        DbValue::UInt(n) => Cell::Int(n as i64),
        DbValue::UBigInt(n) => Cell::Int(n as i64),
        DbValue::HugeInt(n) => Cell::Int(n as i64),
        DbValue::Float(f) => Cell::Float(f as f64),
        DbValue::Double(f) => Cell::Float(f),
        DbValue::Decimal(d) => Cell::Float(d.to_string().parse().unwrap_or(f64::NAN)),
        DbValue::Text(s) => Cell::Text(s),
        DbValue::Date32(days) => Cell::Text(crate::period::iso_date(days)),
        other => Cell::Text(format!("{other:?}")),
    }
}

/// Turns the dates of a compiled query into months: `month` becomes the label
/// of its period (`2023-11`, `2023-01..2023-11`), `_start` and `_end` become
/// months, and a `period` column (the span the row covers) follows `unit`.
fn label_periods(answer: &mut Answer) {
    let col = |name: &str| answer.columns.iter().position(|c| c == name);
    let (month, month_end) = (col("month"), col("_month_end"));
    let (start, end) = (col("_start"), col("_end"));
    let at = col("unit").map_or(answer.columns.len(), |i| i + 1);
    for row in &mut answer.rows {
        let month_at = |i: Option<usize>| i.and_then(|i| month_of(&row[i]));
        let label = month_at(month).zip(month_at(month_end));
        let (first, last) = (month_at(start), month_at(end));
        if let (Some(i), Some((s, e))) = (month, label) {
            row[i] = Cell::Text(span_label(s, e));
        }
        for (i, m) in [(start, first), (end, last)] {
            if let (Some(i), Some(m)) = (i, m) {
                row[i] = Cell::Text(m.to_string());
            }
        }
        let period = first.zip(last).map(|(s, e)| span_label(s, e));
        row.insert(at, period.map_or(Cell::Null, Cell::Text));
    }
    answer.columns.insert(at, "period".to_string());
}

/// The month of a date cell (`2023-11-01`).
fn month_of(cell: &Cell) -> Option<Month> {
    match cell {
        Cell::Text(date) => Month::parse(date.get(..7)?),
        _ => None,
    }
}

/// Adds the notes an answer needs and drops the helper columns.
fn annotate(answer: &mut Answer, checked: &Checked) {
    label_periods(answer);
    let col = |name: &str| answer.columns.iter().position(|c| c == name);
    let (start, end, derived) = (col("_start"), col("_end"), col("_derived"));
    let text = |row: &Vec<Cell>, i: Option<usize>| match i.map(|i| &row[i]) {
        Some(Cell::Text(s)) => s.clone(),
        _ => String::new(),
    };
    let spans: Vec<(String, String)> = answer
        .rows
        .iter()
        .map(|r| (text(r, start), text(r, end)))
        .collect();
    let mut notes = checked.notes.clone();
    if checked.by_country_tables
        && checked.dims.contains(&Dim::Month)
        && spans.iter().any(|(s, e)| s != e)
    {
        notes.push("By country, the report gives only year-to-date totals (and its own month for applications): a row whose month reads like 2023-01..2023-11 is one cumulative figure for that whole span, not a monthly figure.".to_string());
    }
    if answer
        .rows
        .iter()
        .any(|r| derived.is_some_and(|i| r[i] == Cell::Text("true".into())))
    {
        notes.push("Some figures are derived: a month by country computed as the difference of two consecutive year-to-date figures.".to_string());
    }
    if answer.rows.is_empty() {
        notes.push(empty_note(checked));
    }
    let keep_period = spans.iter().any(|(s, e)| !single_period(s, e));
    let drop: Vec<usize> = answer
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.starts_with('_') || (c.as_str() == "period" && !keep_period))
        .map(|(i, _)| i)
        .collect();
    if !keep_period {
        if let Some((s, e)) = spans.first().filter(|_| spans.len() == 1) {
            notes.insert(
                0,
                format!(
                    "Period: {}",
                    if s == e {
                        s.clone()
                    } else {
                        s[..4].to_string()
                    }
                ),
            );
        }
    }
    answer.columns = answer
        .columns
        .iter()
        .enumerate()
        .filter(|(i, _)| !drop.contains(i))
        .map(|(_, c)| c.clone())
        .collect();
    for row in &mut answer.rows {
        *row = row
            .iter()
            .enumerate()
            .filter(|(i, _)| !drop.contains(i))
            .map(|(_, c)| c.clone())
            .collect();
    }
    answer.notes = notes;
}

/// One month, or one whole calendar year.
fn single_period(start: &str, end: &str) -> bool {
    start == end || (start.ends_with("-01") && end.ends_with("-12") && start[..4] == end[..4])
}

fn empty_note(checked: &Checked) -> String {
    if checked.by_country_tables {
        "No figures match. By country the report gives only its own month (applications) and the year to date; a span of other months by country cannot be answered.".to_string()
    } else {
        "No figures match: the loaded reports hold no figure for this filter (`show sources` lists them).".to_string()
    }
}
