//! Which publisher answers each year of a question about Belgium alone.
//! The CGVS answers a year where the store's CGVS figures give any month
//! of it; Eurostat answers a year they give none of, where its figures for
//! Belgium do. An answer over several years takes each year from one
//! publisher, never both, as that year asked alone would be answered, and
//! a note names the years Eurostat gave.

use super::definitions::periods_only_in;
use super::*;
use crate::answer::{Note, NoteKind};
use crate::check::Cond;
use crate::lang::ast::{Op, Query};
use crate::locale::Message;
use crate::model::month::Span;

impl Session {
    /// The answer of the CGVS's figures `cgvs`, with the years it lacks
    /// taken from Eurostat's figures for Belgium: the whole answer where
    /// the CGVS's gave no row, the years the CGVS's do not give beside
    /// theirs, or, where rows of two publishers cannot stand in one answer
    /// (a summary, `top`, `sort`, `index`, `last N months`, rows not led by
    /// their period), a note naming those years.
    pub(super) fn each_year_by_its_publisher(
        &self,
        q: &Query,
        asked: &Checked,
        cgvs: Output,
        title: &str,
    ) -> Result<Output> {
        let Output::Answer(answer) = &cgvs else {
            return Ok(cgvs);
        };
        // An answer already of the publisher by reporting country is no
        // CGVS answer to complete.
        if asked.publisher.by_reporting_country() {
            return Ok(cgvs);
        }
        let Some(checked) = self.for_belgium_from_eurostat(q) else {
            return Ok(cgvs);
        };
        // The periods the CGVS's figures give, before `top` or `having`
        // cut any: a cut that leaves no row is no question the CGVS's
        // figures cannot answer.
        let shown = self.uncut_spans(asked, answer)?;
        if answer.rows.is_empty() && shown.is_empty() {
            // Eurostat's answer where it has rows, or a note naming its
            // figures over a longer period (a year, asked by quarter).
            return match self.answer(&checked, title)? {
                Output::Answer(a) if !a.rows.is_empty() || names_longer(&a) => {
                    Ok(with_cgvs_units(Output::Answer(a), &cgvs))
                }
                _ => Ok(cgvs),
            };
        }
        if !side_by_side(&checked) {
            let mut found = self.query(&sql::compile(&periods_of(&checked, false)).text)?;
            return Ok(with_note(cgvs, &mut found, &shown, &checked));
        }
        // The years Eurostat gives of which the CGVS's rows cover no month.
        let probe = periods_of(&checked, true);
        let mut by_year = self.query(&sql::compile(&probe).text)?;
        let Some(labels) = periods_only_in(&mut by_year, &shown, &probe, None, false) else {
            return Ok(cgvs);
        };
        let years: Vec<i32> = labels.iter().filter_map(|y| y.parse().ok()).collect();
        let measure = checked.measure;
        let only = Checked {
            filter: in_years(&checked.filter, &years),
            ..checked
        };
        match self.answer(&only, title)? {
            Output::Answer(from_eurostat) if !from_eurostat.rows.is_empty() => {
                Ok(merged(answer, from_eurostat).map_or(cgvs, Output::Answer))
            }
            // Eurostat gives those years only over a longer period than a
            // row (a year, asked by quarter): they are named.
            _ => Ok(with_years_named(cgvs, &labels, measure)),
        }
    }

    /// The months the rows of the CGVS's answer cover, before `top`,
    /// `limit` or `having` cut any: the periods it gives.
    fn uncut_spans(&self, asked: &Checked, answer: &Answer) -> Result<Vec<Span>> {
        let plan = &asked.plan;
        if plan.take.is_none() && plan.having.is_none() {
            return Ok(super::definitions::spans_of(answer));
        }
        let mut all = self.query(&sql::compile(&uncut(asked)).text)?;
        Ok(split(&mut all).iter().filter_map(|m| m.span).collect())
    }

    /// The query checked to be answered for Belgium from Eurostat's
    /// figures, where the store holds them and Eurostat can answer it.
    fn for_belgium_from_eurostat(&self, q: &Query) -> Option<Checked> {
        if !self.cx.has_eurostat {
            return None;
        }
        let cx = check::Context {
            eurostat_fallback: true,
            ..self.cx.clone()
        };
        let checked = check::check(q, &cx).ok()?;
        checked.publisher.by_reporting_country().then_some(checked)
    }
}

/// The query that says which periods Eurostat gives for it: its figures
/// by the query's periods (or `by_year`), or by year where its rows have
/// none; without a summary, steps or a cut.
fn periods_of(checked: &Checked, by_year: bool) -> Checked {
    let mut dims = checked.dims.clone();
    if by_year {
        dims.retain(|d| !d.is_time());
    }
    if !dims.iter().any(|d| d.is_time()) {
        dims.insert(0, Dim::Year);
    }
    Checked {
        dims,
        plan: check::Plan::default(),
        ..checked.clone()
    }
}

/// The query without its cut of rows (`top`, `limit`, `having`).
fn uncut(checked: &Checked) -> Checked {
    Checked {
        plan: check::Plan {
            take: None,
            having: None,
            ..checked.plan.clone()
        },
        ..checked.clone()
    }
}

/// Whether rows of two publishers can stand in one answer, each as its
/// year alone gives it: rows led by their period, each computed within
/// its own period; not a summary over every period, a change, running
/// total or rolling average through the rows before (which would run from
/// one publisher's rows into the other's), a cut of the largest or by
/// value (`having`, which would let the other publisher fill a year it
/// cut), an order by value, an index against one base, or months counted
/// back from each publisher's own newest.
fn side_by_side(checked: &Checked) -> bool {
    let plan = &checked.plan;
    let led_by_time = checked
        .dims
        .first()
        .is_some_and(|d| d.is_time() && *d != Dim::MonthOfYear);
    led_by_time
        && plan.summary.is_none()
        && plan.take.is_none()
        && plan.having.is_none()
        && plan
            .steps
            .iter()
            .all(|s| matches!(s, check::Step::Share(_)))
        && plan.order == check::Order::Natural
        && plan.index.is_none()
        && !super::definitions::counts_back(&checked.filter)
}

/// The CGVS's answer with a note naming the periods Eurostat gives for
/// Belgium (`found`, Eurostat's figures for the query) that the CGVS's
/// rows (over `shown`) lack: years, where the rows have no period.
fn with_note(cgvs: Output, found: &mut Answer, shown: &[Span], checked: &Checked) -> Output {
    match periods_only_in(found, shown, checked, Some(12), true) {
        Some(p) => with_years_named(cgvs, &p, checked.measure),
        None => cgvs,
    }
}

/// The CGVS's answer with a note naming `periods`, which Eurostat gives
/// for Belgium and it does not, with how to ask for them.
fn with_years_named(mut cgvs: Output, periods: &[String], measure: check::Measure) -> Output {
    if let Output::Answer(answer) = &mut cgvs {
        let message = Message::new("note-periods-eurostat-only")
            .codes("periods", periods)
            .code("measure", measure.name());
        answer
            .notes
            .push(Note::about_all(NoteKind::MissingMonths, message));
    }
    cgvs
}

/// Whether an answer of Eurostat's names figures it gives only over a
/// longer period than its rows (a year, asked by quarter).
fn names_longer(answer: &Answer) -> bool {
    answer
        .notes
        .iter()
        .any(|n| n.message.id == "note-eurostat-coarser")
}

/// `filter`, kept to `years`.
fn in_years(filter: &Cond, years: &[i32]) -> Cond {
    let any = years
        .iter()
        .map(|y| Cond::Year(Op::Eq, *y))
        .reduce(|a, b| Cond::Or(Box::new(a), Box::new(b)))
        .unwrap_or(Cond::True);
    Cond::And(Box::new(filter.clone()), Box::new(any))
}

/// The CGVS's rows and Eurostat's, in the order of their periods, with
/// the notes of both and one naming the rows Eurostat gave; `None` where
/// the two answers do not have the same columns.
fn merged(cgvs: &Answer, from_eurostat: Answer) -> Option<Answer> {
    if cgvs.columns != from_eurostat.columns || cgvs.roles != from_eurostat.roles {
        return None;
    }
    let time = cgvs
        .roles
        .iter()
        .position(|r| matches!(r, crate::answer::Role::Time(_)))?;
    let label = |row: &[Cell]| render::plain(&row[time]);
    let mut periods: Vec<String> = from_eurostat.rows.iter().map(|r| label(r)).collect();
    periods.dedup();
    let mut answer = cgvs.clone();
    // A note of the CGVS's about rows Eurostat now gives (no row in
    // persons, where its sources count files) speaks of no row shown.
    answer
        .notes
        .retain(|n| n.periods.is_empty() || n.periods.iter().any(|p| !periods.contains(p)));
    for note in &mut answer.notes {
        said_of_the_cgvs(note, &periods);
    }
    let mut rows: Vec<(Vec<Cell>, crate::answer::Coverage)> = answer
        .rows
        .drain(..)
        .zip(answer.coverage.drain(..))
        .chain(from_eurostat.rows.into_iter().zip(from_eurostat.coverage))
        .collect();
    rows.sort_by_key(|(row, _)| label(row));
    (answer.rows, answer.coverage) = rows.into_iter().unzip();
    let message = Message::new("note-years-from-eurostat")
        .codes("periods", &periods)
        .count("n", periods.len() as i64);
    answer
        .notes
        .push(Note::new(NoteKind::MixedDefinitions, periods, message));
    for note in from_eurostat.notes {
        if note.message.id != "note-belgium-eurostat-fallback" && !answer.notes.contains(&note) {
            answer.notes.push(note);
        }
    }
    for source in from_eurostat.sources {
        if !answer.sources.contains(&source) {
            answer.sources.push(source);
        }
    }
    answer.citations.extend(from_eurostat.citations);
    Some(answer)
}

/// A note of the CGVS's that no row of its answer is in one unit where
/// its sources give the figures in another (2015 in files), said of the
/// CGVS where Eurostat's rows stand for every period it names.
fn said_of_the_cgvs(note: &mut Note, eurostat: &[String]) {
    if note.message.id != "note-periods-other-unit" {
        return;
    }
    let covered = note.message.args.iter().any(|(name, arg)| {
        *name == "periods"
            && matches!(arg, crate::locale::Arg::Codes(p) if p.iter().all(|x| eurostat.contains(x)))
    });
    if covered {
        note.message.id = "note-cgvs-periods-other-unit";
    }
}

/// The Eurostat answer given in place of an empty CGVS answer, with the
/// CGVS's note that its own figures are in another unit (2015 in files):
/// said of the CGVS, so that a reader knows where its own figures are.
fn with_cgvs_units(mut from_eurostat: Output, cgvs: &Output) -> Output {
    let (Output::Answer(answer), Output::Answer(empty)) = (&mut from_eurostat, cgvs) else {
        return from_eurostat;
    };
    for note in &empty.notes {
        if note.message.id == "note-empty-other-unit" {
            let mut note = note.clone();
            note.message.id = "note-cgvs-other-unit";
            note.kind = NoteKind::MissingMonths;
            answer.notes.push(note);
        }
    }
    from_eurostat
}
