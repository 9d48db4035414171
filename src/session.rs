//! Running statements: the one path shared by `-c`, scripts and the REPL.
//!
//! A [`Session`] holds the open store and the settings (`set`, `--param`). It
//! parses a text, then checks, compiles and runs each statement in turn, and
//! hands every result to the caller as an [`Output`] with its notes.

use crate::check::{self, Checked, Context, Dim};
use crate::error::{duckdb as db_error, Diagnostic, Error, Result};
use crate::lang::ast::{Modifier, Per, Summary};
use crate::lang::{self, ast::Statement, ast::Value};
use crate::period::{period_label, quarter_label, span_label, Month};
use crate::render::{self, Format};
use crate::sql;
use crate::store::countries::{self, shown_name, Names};
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
    /// The reports and pages the figures come from, where asked for (charts).
    pub sources: Vec<String>,
    /// For each row, whether its figure is derived (a month between two
    /// year-to-date figures), for the marks of a chart.
    pub derived: Vec<bool>,
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
    /// Whether answers list their sources (a chart's caption needs them).
    pub want_sources: bool,
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
            want_sources: false,
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
                Error::Data(m) if refused_access(&m) => Error::Query(
                    Diagnostic::new(
                        "this statement reads or writes outside the store, which asylq does not allow by default",
                        raw.span.clone(),
                    )
                    .with_label("needs access to files")
                    .with_hint(format!("run asylq with --allow-files if you trust this script ({m})")),
                ),
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
        if checked.measure == check::Measure::Workload && checked.summary().is_some() {
            stock_summary_covered(&answer)?;
        }
        answer.title = title.to_string();
        translate_countries(&mut answer, self.cx.names);
        annotate(&mut answer, checked);
        if checked.measure == check::Measure::ProtectionRate {
            percent_with_basis(&mut answer);
        }
        answer.notes.extend(self.absent_countries(checked)?);
        if self.want_sources {
            answer.sources = self.sources_of(checked)?;
        }
        Ok(Output::Answer(answer))
    }

    /// The files (reports and pages) that hold current figures of the measure.
    fn sources_of(&self, checked: &Checked) -> Result<Vec<String>> {
        let sql = format!(
            "SELECT DISTINCT report_file FROM current_facts WHERE measure = '{}' ORDER BY 1",
            checked.measure.stored()
        );
        Ok(self
            .query(&sql)?
            .rows
            .iter()
            .map(|r| render::plain(&r[0]))
            .collect())
    }

    /// A note for each country the filter names that no table of the measure
    /// lists: the report counts it inside `other` ("Andere landen").
    fn absent_countries(&self, checked: &Checked) -> Result<Vec<String>> {
        let mut named = Vec::new();
        wanted_countries(&checked.filter, &mut named);
        named.retain(|c| c != countries::OTHER);
        if named.is_empty() {
            return Ok(Vec::new());
        }
        let list: Vec<String> = named
            .iter()
            .map(|c| format!("'{}'", c.replace('\'', "''")))
            .collect();
        let sql = format!(
            "SELECT DISTINCT country FROM current_facts WHERE measure = '{}' AND country IN ({})",
            checked.measure.stored(),
            list.join(", ")
        );
        let present = self.query(&sql)?;
        let found: Vec<&Cell> = present.rows.iter().map(|r| &r[0]).collect();
        Ok(named
            .iter()
            .filter(|c| !found.contains(&&Cell::Text(c.to_string())))
            .map(|c| format!(
                "{} is not among the countries the report lists for {}: its figures are inside `other` (\"Andere landen\"), which the report does not split.",
                shown_name(c, self.cx.names),
                checked.measure.stored()
            ))
            .collect())
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
            sources: Vec::new(),
            derived: Vec::new(),
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
            "conflicts" => CONFLICTS_SQL,
            "top10" => TOP10_SQL,
            other => {
                return Err(Diagnostic::new(format!("cannot show '{other}'"), span)
                    .with_hint("show measures, dimensions, types, countries, sources, revisions, conflicts or top10")
                    .into())
            }
        };
        // The embedded store makes these tables only when they are asked for.
        self.store.complete()?;
        let mut answer = self.query(sql)?;
        answer.title = format!("show {topic}");
        if topic == "conflicts" && answer.rows.is_empty() {
            answer.notes.push("No conflict: every figure that a page and a report (or two pages) both give for a month agrees.".into());
        }
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
            "names" => {
                self.cx.names = Names::parse(&text).ok_or_else(|| {
                    Diagnostic::new(format!("unknown language '{text}' for names"), span)
                        .with_hint("the languages are nl (the report's), en, fr")
                })?;
                Ok(Output::Text(String::new()))
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

/// The top 10 countries of origin of each month's applicants: the order a
/// statistics page gives, and a report's table of the month ranked by its
/// applicants (without `other`).
pub const TOP10_SQL: &str = "SELECT month, rank, country, source FROM (
  SELECT period_start, strftime(period_start, '%Y-%m') AS month, value AS rank, country,
    report_file || ', line ' || source_line AS source
  FROM current_facts WHERE measure = 'rank'
  UNION ALL
  SELECT period_start, strftime(period_start, '%Y-%m'),
    rank() OVER (PARTITION BY period_start ORDER BY sum(value) DESC), country,
    min(report_file) || ', ' || min(source_table)
  FROM current_facts
  WHERE measure = 'applications' AND country IS NOT NULL AND country <> 'other'
    AND period_start = period_end AND unit = 'persons'
  GROUP BY period_start, country)
ORDER BY period_start, rank, country";

/// Figures that a statistics page gives otherwise than a report, or than
/// another page, for the same month. A page's `registered` applicants are a
/// report's first and subsequent applications; its decisions are the sum of a
/// report's types.
pub const CONFLICTS_SQL: &str = "WITH p AS (
  SELECT * FROM all_facts WHERE source_table LIKE 'page %' AND country IS NULL AND measure <> 'protection_rate'),
r AS (
  SELECT * FROM all_facts WHERE source_table NOT LIKE 'page %' AND NOT derived AND country IS NULL AND rank = 1),
against AS (
  SELECT p.measure, p.type, p.unit, p.period_start, p.value AS page_value,
    p.report_file || ', line ' || p.source_line AS page_source,
    (SELECT sum(r.value) FROM r WHERE r.measure = p.measure AND r.unit = p.unit
       AND r.period_start = p.period_start AND r.period_end = p.period_end
       AND CASE WHEN p.measure = 'applications' AND p.type = 'registered' THEN r.type IN ('first', 'subsequent')
                WHEN p.measure = 'decisions' THEN TRUE
                ELSE r.type = p.type END) AS other_value,
    (SELECT min(r.report_file) FROM r WHERE r.measure = p.measure AND r.period_start = p.period_start) AS other_source
  FROM p
  UNION ALL
  SELECT p.measure, p.type, p.unit, p.period_start, p.value,
    p.report_file || ', line ' || p.source_line, q.value, q.report_file || ', line ' || q.source_line
  FROM p JOIN p AS q ON q.measure = p.measure AND q.type = p.type AND q.unit = p.unit
    AND q.period_start = p.period_start AND q.report > p.report)
SELECT measure, type, unit, strftime(period_start, '%Y-%m') AS month, page_value,
  CAST(other_value AS BIGINT) AS other_value, page_source, other_source
FROM against WHERE other_value IS NOT NULL AND other_value <> page_value
ORDER BY period_start, measure, type, unit";

/// Whether DuckDB refused a statement for the sandbox.
fn refused_access(message: &str) -> bool {
    [
        "disabled by configuration",
        "Permission Error",
        "lock_configuration",
        "locked",
    ]
    .iter()
    .any(|w| message.contains(w))
}

fn cell(v: DbValue) -> Cell {
    match v {
        DbValue::Null => Cell::Null,
        DbValue::Boolean(b) => Cell::Text(b.to_string()),
        DbValue::TinyInt(n) => Cell::Int(i64::from(n)),
        DbValue::SmallInt(n) => Cell::Int(i64::from(n)),
        DbValue::Int(n) => Cell::Int(i64::from(n)),
        DbValue::BigInt(n) => Cell::Int(n),
        DbValue::UTinyInt(n) => Cell::Int(i64::from(n)),
        DbValue::USmallInt(n) => Cell::Int(i64::from(n)),
        DbValue::UInt(n) => Cell::Int(i64::from(n)),
        DbValue::UBigInt(n) => {
            i64::try_from(n).map_or_else(|_| Cell::Text(n.to_string()), Cell::Int)
        }
        DbValue::HugeInt(n) => {
            i64::try_from(n).map_or_else(|_| Cell::Text(n.to_string()), Cell::Int)
        }
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
    let quarter = col("quarter");
    let (start, end) = (col("_start"), col("_end"));
    let at = col("unit").map_or(answer.columns.len(), |i| i + 1);
    for row in &mut answer.rows {
        let month_at = |i: Option<usize>| i.and_then(|i| month_of(&row[i]));
        let label = month_at(month).zip(month_at(month_end));
        let (first, last) = (month_at(start), month_at(end));
        if let (Some(i), Some((s, e))) = (month, label) {
            row[i] = Cell::Text(span_label(s, e));
        }
        if let Some((i, q)) = quarter.and_then(|i| Some((i, month_of(&row[i])?))) {
            row[i] = Cell::Text(quarter_label(q));
        }
        for (i, m) in [(start, first), (end, last)] {
            if let (Some(i), Some(m)) = (i, m) {
                row[i] = Cell::Text(m.to_string());
            }
        }
        let period = first.zip(last).map(|(s, e)| period_label(s, e));
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
    answer.derived = answer
        .rows
        .iter()
        .map(|r| derived.is_some_and(|i| r[i] == Cell::Text("true".into())))
        .collect();
    if answer.derived.contains(&true) {
        notes.push("Some figures are derived: a month by country computed as the difference of two consecutive year-to-date figures.".to_string());
    }
    if answer.rows.is_empty() {
        notes.push(empty_note(checked));
    }
    if let Some(step) = checked.change_step() {
        notes.extend(change_notes(answer, checked, step));
    }
    notes.extend(published_notes(answer));
    if answer
        .rows
        .iter()
        .any(|r| col("unit").is_some_and(|i| r[i] == Cell::Text("files".into())))
    {
        notes.push("files: up to 2015 the statistics pages count asylum applications (files), not persons; they are never added to persons.".to_string());
    }
    notes.extend(partial_quarters(&spans, checked));
    notes.extend(summary_notes(answer, checked));
    notes.extend(combine_notes(answer, checked));
    if checked.has(&Modifier::Cumulative)
        && (checked.dims.contains(&Dim::Month) || checked.dims.contains(&Dim::Quarter))
    {
        notes.push("cumulative: the running total restarts each January, a year-to-date total as the report prints it.".to_string());
    }
    // Without a time dimension the period is a column, so that no script
    // loses it; with one, only where a row is not one month or one year.
    let timeless = !checked.dims.iter().any(|d| d.is_time());
    let keep_period = timeless || spans.iter().any(|(s, e)| !single_period(s, e));
    let drop: Vec<usize> = answer
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.starts_with('_') || (c.as_str() == "period" && !keep_period))
        .map(|(i, _)| i)
        .collect();
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

/// Which rates are the rates a page published, and which could not be had.
fn published_notes(answer: &Answer) -> Vec<String> {
    let col = |name: &str| answer.columns.iter().position(|c| c == name);
    let (Some(flag), Some(value), Some(start), Some(end)) =
        (col("_published"), col("value"), col("_start"), col("_end"))
    else {
        return Vec::new();
    };
    let span = |r: &Vec<Cell>| match (month_of(&r[start]), month_of(&r[end])) {
        (Some(s), Some(e)) => period_label(s, e),
        _ => String::new(),
    };
    let (mut published, mut missing) = (Vec::new(), Vec::new());
    for r in &answer.rows {
        if matches!(r[flag], Cell::Int(n) if n > 0) {
            if r[value] == Cell::Null {
                missing.push(span(r));
            } else {
                published.push(span(r));
            }
        }
    }
    let mut notes = Vec::new();
    if !published.is_empty() {
        notes.push(format!(
            "Published rate (a statistics page's own figure, not computed from decision types): {}.",
            published.join(", ")
        ));
    }
    if !missing.is_empty() {
        notes.push(format!(
            "No rate for {}: it spans months that only statistics pages cover, and a page publishes its month's rate, not the decisions behind it, so rates are never averaged or combined.",
            missing.join(", ")
        ));
    }
    notes
}

/// A summary of the workload needs the end value of every month of its span,
/// and at least two of them.
fn stock_summary_covered(answer: &Answer) -> Result<()> {
    let col = |name: &str| answer.columns.iter().position(|c| c == name);
    let (Some(n), Some(s), Some(e)) = (col("months"), col("_start"), col("_end")) else {
        return Ok(());
    };
    for row in &answer.rows {
        let (Cell::Int(held), Some(first), Some(last)) =
            (&row[n], month_of(&row[s]), month_of(&row[e]))
        else {
            continue;
        };
        let span =
            i64::from((last.year - first.year) * 12 + last.month as i32 - first.month as i32 + 1);
        if *held < 2 || *held != span {
            return Err(Diagnostic::general(format!(
                "the workload is a stock, and the store holds its month-end value for {held} of the {span} months of {}: a summary needs every one, and at least two",
                span_label(first, last)
            ))
            .with_hint("load the reports of the other months (`asylq load`), or ask `workload by month` for the values held")
            .into());
        }
    }
    Ok(())
}

/// A note for each quarter the store holds only in part.
fn partial_quarters(spans: &[(String, String)], checked: &Checked) -> Vec<String> {
    if !checked.dims.contains(&Dim::Quarter) || checked.measure == check::Measure::Workload {
        return Vec::new();
    }
    spans
        .iter()
        .filter_map(|(s, e)| Some((Month::parse(s)?, Month::parse(e)?)))
        .filter(|(s, e)| !whole_quarter(*s, *e))
        .map(|(s, e)| {
            format!(
                "{} is partial: the data covers {} only.",
                quarter_label(s),
                span_label(s, e)
            )
        })
        .fold(Vec::new(), |mut notes, n| {
            if !notes.contains(&n) {
                notes.push(n);
            }
            notes
        })
}

/// Whether a span is one whole calendar quarter.
fn whole_quarter(s: Month, e: Month) -> bool {
    s.month % 3 == 1 && e == s.minus(-2)
}

/// The rows of `a - b` left empty because the two measures do not cover the
/// same months.
fn combine_notes(answer: &Answer, checked: &Checked) -> Vec<String> {
    let Some((_, right)) = &checked.combine else {
        return Vec::new();
    };
    let col = |name: &str| answer.columns.iter().position(|c| c == name);
    let span = |row: &[Cell], s: &str, e: &str| match (col(s), col(e)) {
        (Some(s), Some(e)) => month_of(&row[s])
            .zip(month_of(&row[e]))
            .map_or("no figure".to_string(), |(s, e)| span_label(s, e)),
        _ => "no figure".to_string(),
    };
    let label = checked
        .dims
        .iter()
        .find(|d| d.is_time() || **d == Dim::Country)
        .and_then(|d| col(d.name()));
    let value = col("value");
    let gaps: Vec<String> = answer
        .rows
        .iter()
        .filter(|r| value.is_some_and(|i| r[i] == Cell::Null))
        .map(|r| {
            let shown = label.map_or_else(|| "the answer".to_string(), |i| render::plain(&r[i]));
            format!(
                "{shown} ({} {}, {} {})",
                checked.measure.name(),
                span(r, "_x_start", "_x_end"),
                right.measure.name(),
                span(r, "_y_start", "_y_end")
            )
        })
        .collect();
    if gaps.is_empty() {
        return Vec::new();
    }
    vec![format!(
        "No value where the two measures do not cover the same months: {}.",
        gaps.join("; ")
    )]
}

/// How a summary was taken, and the partial periods it left out.
fn summary_notes(answer: &Answer, checked: &Checked) -> Vec<String> {
    let Some((kind, per)) = checked.summary() else {
        return Vec::new();
    };
    let mut notes = vec![if kind == Summary::Average && per == Per::Month {
        "average per month: the total over the span divided by the number of months its figures cover (a year-to-date figure counts as all its months).".to_string()
    } else {
        format!(
            "{} per {}: taken over whole {} only.",
            kind.name(),
            per.name(),
            per.plural()
        )
    }];
    let at = answer.columns.iter().position(|c| c == "_left_out");
    let left: Vec<String> = answer
        .rows
        .iter()
        .filter_map(|r| match at.map(|i| &r[i]) {
            Some(Cell::Text(s)) => Some(s.clone()),
            _ => None,
        })
        .collect();
    if !left.is_empty() {
        notes.push(format!(
            "Left out, because the data covers only part of them: {}.",
            left.join("; ")
        ));
    }
    notes
}

/// What `change` compared: its base in general, the months compared where a
/// row covers part of its period, and the rows that have no base.
fn change_notes(answer: &Answer, checked: &Checked, step: i32) -> Vec<String> {
    let col = |name: &str| answer.columns.iter().position(|c| c == name);
    let (Some(start), Some(end), Some(base)) = (col("_start"), col("_end"), col("_base")) else {
        return Vec::new();
    };
    let labels: Vec<usize> = checked.dims.iter().filter_map(|d| col(d.name())).collect();
    let base_name = match (step, checked.dims.contains(&Dim::Month)) {
        (1, _) => "the month before",
        (3, _) => "the same months of the quarter before",
        (_, true) => "the same month a year earlier",
        _ if checked.measure == check::Measure::Workload => {
            "the workload at the end of the same month a year earlier"
        }
        _ => "the same months of the year before",
    };
    let mut notes = vec![format!("change: each row against {base_name}.")];
    let mut missing = Vec::new();
    for row in &answer.rows {
        let (Some(s), Some(e)) = (month_of(&row[start]), month_of(&row[end])) else {
            continue;
        };
        let shown = if labels.is_empty() {
            span_label(s, e)
        } else {
            let parts: Vec<String> = labels.iter().map(|i| render::plain(&row[*i])).collect();
            parts.join(" ")
        };
        let compared = span_label(s.minus(step), e.minus(step));
        match &row[base] {
            Cell::Null => missing.push(format!("{shown} (needs {compared})")),
            figure if !whole(checked, s, e) => notes.push(format!(
                "{shown} covers {} only, so it is compared with the same months {}: {compared} ({}).",
                span_label(s, e),
                if step == 3 { "a quarter earlier" } else { "a year earlier" },
                render::grouped(figure)
            )),
            _ => {}
        }
    }
    if !missing.is_empty() {
        notes.push(format!(
            "No change where the store lacks the base figure for every month compared: {}.",
            missing.join(", ")
        ));
    }
    notes
}

/// Whether a row's months are all of its period: one month, or a whole year
/// for a row by year.
fn whole(checked: &Checked, s: Month, e: Month) -> bool {
    if checked.dims.contains(&Dim::Month) || checked.measure == check::Measure::Workload {
        return true;
    }
    if checked.dims.contains(&Dim::Quarter) {
        return whole_quarter(s, e);
    }
    s.month == 1 && e.month == 12 && s.year == e.year
}

/// A rate's unit is percent; the unit its figures are counted in (persons or
/// dossiers) is its `basis`, a column after the period.
fn percent_with_basis(answer: &mut Answer) {
    let Some(unit) = answer.columns.iter().position(|c| c == "unit") else {
        return;
    };
    let at = unit + 1 + usize::from(answer.columns.get(unit + 1).is_some_and(|c| c == "period"));
    answer.columns.insert(at, "basis".to_string());
    for row in &mut answer.rows {
        let basis = std::mem::replace(&mut row[unit], Cell::Text("percent".to_string()));
        row.insert(at, basis);
    }
}

/// The countries a filter asks for (`country = ...`, `country in (...)`).
fn wanted_countries(c: &check::Cond, out: &mut Vec<String>) {
    match c {
        check::Cond::Set {
            column: "country",
            values,
            negated: false,
        } => out.extend(values.iter().cloned()),
        check::Cond::And(a, b) | check::Cond::Or(a, b) => {
            wanted_countries(a, out);
            wanted_countries(b, out);
        }
        _ => {}
    }
}

/// Shows the `country` column in the chosen language.
fn translate_countries(answer: &mut Answer, names: Names) {
    let Some(at) = answer.columns.iter().position(|c| c == "country") else {
        return;
    };
    for row in &mut answer.rows {
        if let Cell::Text(name) = &row[at] {
            row[at] = Cell::Text(shown_name(name, names).to_string());
        }
    }
}

/// One month, or one whole calendar year.
fn single_period(start: &str, end: &str) -> bool {
    start == end || (start.ends_with("-01") && end.ends_with("-12") && start[..4] == end[..4])
}

fn empty_note(checked: &Checked) -> String {
    if checked.by_country_tables {
        "No figures match. By country the report gives only its own month (applications) and the year to date: another month or span cannot be answered by country.".to_string()
    } else {
        "No figures match: the loaded reports hold no figure for this filter (`show sources` lists them).".to_string()
    }
}
