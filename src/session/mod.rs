//! Running statements: the one path shared by `-c`, scripts and the REPL.
//!
//! A [`Session`] holds the open store and the settings (`set`, `--param`). It
//! parses a text, then checks, compiles and runs each statement in turn, and
//! hands every result to the caller as an [`Output`] with its notes.

use crate::check::{self, Checked, Context, Dim};
use crate::error::{Diagnostic, Error, Result, StoreProblem};
use crate::lang::ast::{Per, Summary};
use crate::lang::{self, ast::Statement, ast::Value};
use crate::model::countries::{self, shown_name, Names};
use crate::model::month::{period_label, span_label, Month};
use crate::msg;
use crate::render::{self, Format};
use crate::sql;
use crate::store::Store;

pub use crate::answer::{Answer, Cell, Citation, Note, NoteKind, StatementError};

mod definitions;
mod eurostat;
use eurostat::{name_geos, per_capita_notes};
mod gaps;
mod index;
mod levels;
mod newest;
mod publishers;
use gaps::*;
mod classes;
mod notes;
mod running;
use notes::*;
mod methods;
use methods::*;
mod rows;
use rows::*;
mod settings;
use settings::setting;
mod show;

/// What a statement produces.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    Answer(Answer),
    /// Text (`explain`, `help`), with the statement that asked for it.
    Text {
        query: String,
        text: String,
    },
    /// A setting changed: the new output format.
    Format(Format),
    /// A setting changed: the language of notes and numbers.
    Lang(crate::model::Lang),
    /// The block of a `set` statement (its text, the setting and its
    /// value), which machine formats print so that block N is statement N.
    Setting {
        query: String,
        name: String,
        value: String,
    },
}

impl Output {
    /// Text not yet tied to its statement.
    pub fn text(text: String) -> Output {
        Output::Text {
            query: String::new(),
            text,
        }
    }

    /// The output with the statement that asked for it, for a text.
    fn asked_by(self, statement: Option<&str>) -> Output {
        match self {
            Output::Text { text, .. } => Output::Text {
                query: statement.unwrap_or("").trim().to_string(),
                text,
            },
            other => other,
        }
    }
}

pub struct Session {
    pub store: Store,
    pub cx: Context,
    /// Whether answers list the files of their measure's figures (the
    /// envelope's `sources`).
    pub want_sources: bool,
    /// Whether answers cite the sources of the months they cover (a chart's
    /// caption); this completes the embedded store, so only charts ask.
    pub want_citations: bool,
    /// The language `--names` or `set names` asked for, whose words charts
    /// use; English where none was.
    pub chart_names: Option<Names>,
    /// The language of the errors the session prints itself (`--lang`, or
    /// `set lang`).
    pub lang: crate::model::Lang,
    /// Whether a language was asked for (`--lang`, `ASYLQ_LANG`, `set
    /// lang`): country names then follow it.
    pub lang_asked: bool,
    /// The names of answers drawn as charts where neither `--names` nor a
    /// language was asked: the chart's language's.
    pub chart_default: Option<Names>,
}

impl Session {
    pub fn new(store: Store) -> Result<Session> {
        let contents = store.contents()?;
        Ok(Session {
            store,
            cx: Context {
                extra_countries: contents.unknown_countries,
                national_spans: contents.national_spans,
                has_pages: contents.pages,
                has_files: contents.files,
                has_eurostat: contents.eurostat,
                has_population: contents.population,
                ..Context::default()
            },
            want_sources: false,
            want_citations: false,
            chart_names: None,
            lang: crate::model::Lang::En,
            lang_asked: false,
            chart_default: None,
        })
    }

    /// The names of countries in answers and notes: `--names` (or `set
    /// names`), else the language asked for, else a chart's language, else
    /// the report's Dutch.
    pub fn shown_names(&self) -> Names {
        self.chart_names
            .or(self.lang_asked.then(|| Names::of(self.lang)))
            .or(self.chart_default)
            .unwrap_or(Names::Nl)
    }

    /// Runs every statement of `text`, handing each output to `emit`; stops at
    /// the first error.
    pub fn run(&mut self, text: &str, emit: &mut dyn FnMut(Output) -> Result<()>) -> Result<()> {
        let statements = lang::parse(text)?;
        for statement in statements {
            let output = self.statement(&statement.node)?;
            let asked = text.get(statement.span.clone());
            emit(output.asked_by(asked))?;
            if let Some(block) = setting(&statement.node, asked) {
                emit(block)?;
            }
        }
        Ok(())
    }

    /// Runs every statement of `text` (the file `name`) even after one
    /// fails: the text is cut into statements first ([`lang::split`]), so
    /// that a syntax error ends at its statement. A failed statement keeps
    /// its place as an answer that holds its error, and each error is
    /// printed to stderr as it happens, with its file, line and column.
    /// Gives how many statements failed.
    pub fn run_keep_going(
        &mut self,
        name: &str,
        text: &str,
        color: bool,
        emit: &mut dyn FnMut(Output) -> Result<()>,
    ) -> Result<usize> {
        let mut count = 0;
        // The language is read at each failure: a `set lang` before it
        // counts.
        let mut failed = |d: Diagnostic,
                          (kind, lang): (&'static str, crate::model::Lang),
                          query: &str,
                          emit: &mut dyn FnMut(Output) -> Result<()>|
         -> Result<()> {
            // The failed statement keeps its place in the output.
            let error = StatementError::of(kind, &d, text);
            emit(Output::Answer(Answer::failed(query.trim(), error)))?;
            count += 1;
            note_raw!("{}", d.render(name, text, color, lang));
            if let Some((line, column)) = d.position(text) {
                let place = format!("{name}:{line}:{column}");
                note!("{}", msg!("error-at", place = place).text(lang));
            }
            Ok(())
        };
        for piece in lang::split::statements(text) {
            // A statement's error at its end is shown on its own last line.
            let part = text[piece.clone()].trim_end();
            let statements = match lang::parse(part) {
                Ok(s) => s,
                Err(d) => {
                    failed(d.moved(piece.start), ("syntax", self.lang), part, emit)?;
                    continue;
                }
            };
            for statement in statements {
                let asked = part.get(statement.span.clone()).unwrap_or("");
                match self.statement(&statement.node) {
                    Ok(output) => {
                        emit(output.asked_by(Some(asked)))?;
                        if let Some(block) = setting(&statement.node, Some(asked)) {
                            emit(block)?;
                        }
                    }
                    Err(Error::Query(d)) => {
                        failed(d.moved(piece.start), ("query", self.lang), asked, emit)?
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(count)
    }

    /// The SQL of each query in `text`, for `.explain on`.
    pub fn explain(&self, text: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for statement in lang::parse(text)? {
            if let Statement::Query(q) = &statement.node {
                let (checked, _) = self.at_common_level(&check::check(q, &self.cx)?)?;
                out.push(sql::compile(&checked).text);
            }
        }
        Ok(out)
    }

    fn statement(&mut self, s: &Statement) -> Result<Output> {
        match s {
            Statement::Query(q) => {
                // Hints name countries as the answers would.
                self.cx.names = self.shown_names();
                let checked = check::check(q, &self.cx)?;
                let title = check::with_bound_params(&q.to_string(), &self.cx);
                let out = self.answer(&checked, &title)?;
                let mut out = self.each_year_by_its_publisher(q, &checked, out, &title)?;
                if let Output::Answer(answer) = &mut out {
                    let mut subject = check::subject(q, &self.cx);
                    subject.index = checked.plan.index.map(|p| p.to_string());
                    let asked = self.chart_names.is_some()
                        || self.lang_asked
                        || self.chart_default.is_some();
                    subject.names = asked.then(|| self.shown_names());
                    answer.subject = Some(subject);
                }
                Ok(out)
            }
            Statement::Explain(q) => {
                let (checked, _) = self.at_common_level(&check::check(q, &self.cx)?)?;
                Ok(Output::text(sql::compile(&checked).text))
            }
            Statement::Sql(raw) => self.raw_sql(&raw.node).map_err(|e| match e {
                e @ Error::Store {
                    problem: StoreProblem::Refused(_),
                    ..
                } => Error::Query(
                    Diagnostic::new(msg!("check-sql-outside"), raw.span.clone())
                        .with_label(msg!("check-needs-files"))
                        .with_hint(msg!("hint-allow-files", error = e.message())),
                ),
                e @ Error::Store { .. } => {
                    Error::Query(Diagnostic::new(e.message(), raw.span.clone()))
                }
                other => other,
            }),
            Statement::Show(topic, filter) => {
                self.show(&topic.node, topic.span.clone(), filter.as_ref())
            }
            Statement::Help(topic) => help(topic.as_ref(), self.lang),
            Statement::Set(name, value) => self.set(&name.node, &value.node, name.span.clone()),
        }
    }

    /// Checks, compiles and runs a query.
    pub fn answer(&self, checked: &Checked, title: &str) -> Result<Output> {
        self.answer_as(checked, title, true)
    }

    /// The figures of a query, with each row's coverage and sources but
    /// without the notes that cost queries of their own: the bases of an
    /// index.
    fn figures(&self, checked: &Checked) -> Result<Output> {
        self.answer_as(checked, "", false)
    }

    /// A query's answer; `full` adds every note and the citations.
    fn answer_as(&self, checked: &Checked, title: &str, full: bool) -> Result<Output> {
        let (checked, level_notes) = self.at_common_level(checked)?;
        let checked = &checked;
        let by_geo = checked.publisher.by_reporting_country();
        if by_geo && !self.cx.has_eurostat {
            return Err(Error::Query(
                Diagnostic::general(msg!("check-no-eurostat"))
                    .with_hint(msg!("hint-fetch-eurostat")),
            ));
        }
        let compiled = sql::compile(checked);
        let mut answer = self.query(&compiled.text)?;
        let mut metas = split(&mut answer);
        self.mark_unlike_bases(&mut metas, checked)?;
        empty_rates_own_period(&answer, &mut metas, checked);
        // The names of the rows as the query gave them, for the notes on
        // rows left out before the rows were named.
        let names = self.shown_names();
        let pairs = notes::renamed(&answer, names);
        let mut unranked = leave_out_wider(&mut answer, &mut metas, checked);
        unranked.extend(leave_out_unranked(&mut answer, &mut metas, checked));
        if checked.measure.kind() == check::Kind::Stock && checked.plan.summary.is_some() {
            stock_summary_covered(&answer, &metas)?;
        }
        answer.title = title.to_string();
        translate_countries(&mut answer, names);
        if by_geo {
            name_geos(&mut answer, names);
        }
        notes::rename_in(&mut unranked, &pairs);
        let rests = if checked.publisher.gives_each_period_once() || !full {
            Vec::new()
        } else {
            self.rests_across_periods(checked)?
        };
        let mut rest_spans: Vec<_> = rests.iter().map(|r| r.span).collect();
        rest_spans.dedup();
        let reached = if full { self.reached(checked)? } else { None };
        annotate(&mut answer, &metas, checked, (&rest_spans, reached));
        if !unranked.is_empty() {
            // Rows were left out, and a note names them: the store does
            // hold figures for the filter.
            answer.notes.retain(|n| n.kind != NoteKind::Empty);
        }
        answer.notes.extend(unranked);
        if self.want_sources || self.want_citations {
            self.name_sources(&mut answer, &metas, checked)?;
        }
        if checked.measure.kind() == check::Kind::Rate {
            percent_with_basis(&mut answer);
        }
        assign_roles(&mut answer, checked);
        self.add_index(&mut answer, checked)?;
        if by_geo {
            self.eurostat_parts(&mut answer, &metas);
            let thin = self.thin_aggregates(&answer, &metas, checked)?;
            answer.notes.extend(thin);
            answer.notes.extend(self.coarser_left_out(checked)?);
            answer
                .notes
                .extend(classes::partial_classes(&answer, checked));
            answer
                .notes
                .extend(eurostat::absent_geos(&answer, checked, names));
        } else if full {
            answer.notes.extend(self.absent_countries(checked)?);
            // Definitions matter only where a figure is shown.
            let value = answer.columns.iter().position(|c| c == "value");
            let shown = value.is_none_or(|i| answer.rows.iter().any(|r| r[i] != Cell::Null));
            if shown {
                answer
                    .notes
                    .extend(self.mixed_definitions(checked, &metas)?);
            }
            let empty = answer.rows.is_empty();
            answer.notes.extend(rests_notes(checked, &rests, empty));
            answer
                .notes
                .extend(self.rate_in_other_basis(checked, &answer, &metas)?);
            if let Some(note) = self.other_unit(checked, &answer)? {
                // The store does hold figures for the filter: in another unit.
                if answer.rows.is_empty() {
                    answer.notes.retain(|n| n.kind != NoteKind::Empty);
                }
                answer.notes.push(note);
            }
            answer.notes.extend(self.newest_month_note(checked)?);
        }
        if checked.plan.per_capita {
            per_capita_notes(&mut answer);
        }
        answer.notes.extend(level_notes);
        if self.want_sources {
            answer.sources = sources_of(&answer);
        }
        if self.want_citations && by_geo && full {
            answer.citations = self.eurostat_citations(&metas)?;
        } else if self.want_citations && full {
            answer.citations = self.citations_of(&answer)?;
        }
        Ok(Output::Answer(answer))
    }

    /// Names the sources of each row's figures, from the store's ids of
    /// them, in the row's coverage. It costs a query, so a one-shot answer
    /// that cites nothing (no envelope, no chart file) skips it.
    fn name_sources(&self, answer: &mut Answer, metas: &[Meta], checked: &Checked) -> Result<()> {
        let mut ids: Vec<i64> = metas
            .iter()
            .flat_map(|m| m.reports.iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            return Ok(());
        }
        let list: Vec<String> = ids.iter().map(i64::to_string).collect();
        let sql = sql::reading(
            checked,
            format!(
                "SELECT report, any_value(report_file) FROM current_facts WHERE report IN ({}) GROUP BY report",
                list.join(", ")
            ),
        );
        let files: std::collections::HashMap<i64, String> = self
            .query(&sql.text)?
            .rows
            .iter()
            .filter_map(|r| match &r[0] {
                Cell::Int(id) => Some((*id, render::plain(&r[1]))),
                _ => None,
            })
            .collect();
        for (coverage, meta) in answer.coverage.iter_mut().zip(metas) {
            coverage.sources = meta
                .reports
                .iter()
                .filter_map(|id| files.get(id).cloned())
                .collect();
            coverage.sources.sort();
            coverage.sources.dedup();
        }
        Ok(())
    }

    /// The sources of the answer's figures (those `sources` names), as a
    /// caption cites them, oldest first.
    fn citations_of(&self, answer: &Answer) -> Result<Vec<Citation>> {
        let spans: Vec<_> = answer.coverage.iter().filter_map(|c| c.span).collect();
        let (Some(first), Some(last)) = (
            spans.iter().map(|s| s.first).min(),
            spans.iter().map(|s| s.last).max(),
        ) else {
            return Ok(Vec::new());
        };
        let files = sources_of(answer);
        if files.is_empty() {
            return Ok(Vec::new());
        }
        self.store.complete()?;
        let sql = format!(
            "SELECT c.report_file, strftime(c.report_month, '%Y-%m'), min(c.origin),
               min(c.source_table) FILTER (WHERE NOT c.derived),
               strftime(any_value(r.published), '%Y-%m')
             FROM current_facts c LEFT JOIN reports r ON r.id = c.report
             WHERE c.period_end >= DATE '{}' AND c.period_start <= DATE '{}'
               AND c.report_file IN ({})
             GROUP BY 1, 2 ORDER BY 2, 1",
            first.first_day(),
            last.first_day(),
            quoted(&files)
        );
        let rows = self.query(&sql)?.rows;
        Ok(rows.iter().filter_map(citation).collect())
    }

    /// A note for each country the filter names that no table of the measure
    /// lists: the report counts it inside `other` ("Andere landen").
    fn absent_countries(&self, checked: &Checked) -> Result<Vec<Note>> {
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
            .map(|c| {
                let message = crate::locale::Message::new("note-country-in-other")
                    .code("country", shown_name(c, self.shown_names()))
                    .code("measure", checked.measure.stored());
                Note::about_all(NoteKind::Countries, message)
            })
            .collect())
    }

    fn query(&self, text: &str) -> Result<Answer> {
        let (columns, rows) = self.store.rows(text)?;
        let out = rows
            .into_iter()
            .map(|row| row.into_iter().map(Cell::from_db).collect())
            .collect();
        Ok(Answer::table(columns, out))
    }

    fn raw_sql(&self, text: &str) -> Result<Output> {
        self.store.complete()?;
        Ok(Output::Answer(self.query(text)?))
    }
}

/// `help [TOPIC]`, in `lang`; a topic there is no help for is an error that
/// names the closest ones.
fn help(topic: Option<&lang::ast::Spanned<String>>, lang: crate::model::Lang) -> Result<Output> {
    let word = topic.map(|t| t.node.as_str());
    if let Some(text) = crate::help::topic_text(word, lang) {
        return Ok(Output::text(text));
    }
    let topic = topic.expect("help without a topic has a text");
    let near = crate::help::closest_topics(&topic.node);
    let mut d = Diagnostic::new(
        msg!("check-no-help", topic = &topic.node),
        topic.span.clone(),
    );
    d = if near.is_empty() {
        d.with_hint(msg!("hint-help-topics"))
    } else {
        d.with_hint(msg!("hint-did-you-mean-topics", topics = near))
    };
    Err(d.into())
}

/// A row of [`Session::citations_of`] as a citation.
fn citation(row: &Vec<Cell>) -> Option<Citation> {
    let text = |i: usize| render::plain(&row[i]);
    let origin = crate::model::Origin::parse(&text(2))?;
    Some(Citation {
        origin,
        month: Month::parse(&text(1))?,
        lang: crate::model::Lang::of_table(&text(3)),
        published: Month::parse(&text(4)).filter(|_| origin == crate::model::Origin::Report),
        file: text(0),
        dataset: None,
    })
}

/// The files of an answer's figures: those its rows cite, sorted.
fn sources_of(answer: &Answer) -> Vec<String> {
    let mut files: Vec<String> = answer
        .coverage
        .iter()
        .flat_map(|c| c.sources.iter().cloned())
        .collect();
    files.sort();
    files.dedup();
    files
}

/// Texts as a list of SQL string literals.
fn quoted(texts: &[String]) -> String {
    let items: Vec<String> = texts
        .iter()
        .map(|t| format!("'{}'", t.replace('\'', "''")))
        .collect();
    items.join(", ")
}
