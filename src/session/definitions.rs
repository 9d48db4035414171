//! Whether an answer's applicants are of one definition. A report's total
//! counts the resettled (and, in 2015–2018, the relocated) beside the
//! registered applicants; many pages and yearly overviews state the
//! registered only. Where some rows of an answer include a part and others
//! do not, a note names the rows (or the months inside a row) that lack it,
//! so that nobody compares a total with a part unawares. Likewise a rate
//! is asked over dossiers or over persons: where a row has no rate in the
//! basis asked but a source published one in the other (the 2016 overview's
//! rate over persons), a note says so.

use super::*;
use crate::check::Plan;
use crate::model::month::Span;
use crate::model::period::Period;
use crate::model::vocabulary::{Type, Unit};

/// The parts a total adds to the registered applicants, each with the word
/// that names it and the months it can be lacking in (first and last, as
/// year and month): relocation was the EU's programme decided in September
/// 2015 and run to 2018, so a row of other months lacks none.
const ADDED: [(Type, &str, Option<Window>); 2] = [
    (Type::Resettlement, "word-resettlement", None),
    (
        Type::Relocation,
        "word-relocation",
        Some(((2015, 9), (2018, 12))),
    ),
];

/// The first and last months of a part's window, as (year, month).
type Window = ((i32, u32), (i32, u32));

/// A row of the answer: the months it covers, the types its figures have,
/// and how a note names it.
struct Row {
    span: Span,
    types: Vec<String>,
    /// The months its figures cover, where it has gaps.
    covered: Option<Vec<Month>>,
    /// It is the rest of a yearly overview's year.
    rest: bool,
}

impl Row {
    /// How a note names the row: its period, or its months where it has
    /// gaps (a year of four pages); the rest of a year by its period, as
    /// the answer's note on it does.
    fn names(&self) -> Vec<(Month, String)> {
        match &self.covered {
            Some(months) if !self.rest && (months.len() as i64) < self.span.len() => {
                months.iter().map(|m| (*m, m.to_string())).collect()
            }
            _ => vec![(
                self.span.first,
                period_label(self.span.first, self.span.last),
            )],
        }
    }

    fn has(&self, part: Type) -> bool {
        self.types.iter().any(|t| t == part.as_str())
    }

    /// The same row's figures of another type.
    fn join(&mut self, other: Row) {
        self.span.first = self.span.first.min(other.span.first);
        self.span.last = self.span.last.max(other.span.last);
        self.types.extend(other.types);
        self.rest |= other.rest;
        self.covered = match (self.covered.take(), other.covered) {
            (Some(mut a), Some(b)) => {
                a.extend(b);
                a.sort();
                a.dedup();
                Some(a)
            }
            _ => None,
        };
    }

    fn has_registered(&self) -> bool {
        let added = ADDED.map(|(t, _, _)| t.as_str());
        self.types.iter().any(|t| !added.contains(&t.as_str()))
    }
}

/// A period the pages or reports give, with the types stated for it.
struct MonthTypes {
    span: Span,
    types: Vec<String>,
}

/// The added parts the figures inside `span` give, where they cover every
/// month of it; `None` where a month has none.
fn parts_inside(stored: &[MonthTypes], span: Span) -> Option<Vec<String>> {
    let inside: Vec<&MonthTypes> = stored
        .iter()
        .filter(|p| p.span.first >= span.first && p.span.last <= span.last)
        .collect();
    let held = span
        .months()
        .all(|m| inside.iter().any(|p| p.span.first <= m && m <= p.span.last));
    if !held {
        return None;
    }
    let added = ADDED.map(|(t, _, _)| t.as_str());
    let mut parts: Vec<String> = inside
        .iter()
        .flat_map(|p| p.types.iter())
        .filter(|t| added.contains(&t.as_str()))
        .cloned()
        .collect();
    parts.sort();
    parts.dedup();
    Some(parts)
}

impl Session {
    /// The notes on rows whose applicants lack a part others include, and
    /// on rows of the resettled only.
    pub(super) fn mixed_definitions(&self, checked: &Checked, metas: &[Meta]) -> Result<Vec<Note>> {
        // By source, each row is what one source gives: its parts are the
        // rows of its period, never a definition of its own.
        if !self.definitions_differ_by_type(checked) || checked.dims.contains(&Dim::Source) {
            return Ok(Vec::new());
        }
        // A summary's periods left out are no part of its answer.
        let left = summary_left_out(checked, metas);
        let kept = |span: Span| {
            !left
                .iter()
                .any(|l| l.first <= span.first && span.first <= l.last)
        };
        let mut rows = self.rows_by_type(checked)?;
        rows.retain(|r| kept(r.span));
        let mut months = self.months_by_type(checked)?;
        months.retain(|m| kept(m.span));
        let mut notes: Vec<Note> = ADDED
            .iter()
            .filter_map(|&(part, word, within)| lacking(&rows, &months, part, word, within))
            .collect();
        notes.extend(resettled_only(&rows));
        Ok(notes)
    }

    /// Whether rows of this query can differ in definition: applicants of
    /// every type, nationally, not by type, over a store with pages.
    pub(super) fn definitions_differ_by_type(&self, checked: &Checked) -> bool {
        self.cx.has_pages
            && checked.measure.counts_resettlement()
            && checked.types.is_none()
            && !checked.filter.names("type")
            && !checked.by_country_tables
            && !checked.dims.contains(&Dim::Type)
            && checked.publisher.several_kinds_of_source()
    }

    /// The parts added to the registered (resettlement, relocation) that
    /// the query's figures over `span` include, with their values.
    pub(super) fn added_parts_over(
        &self,
        checked: &Checked,
        span: Span,
    ) -> Result<Vec<(String, f64)>> {
        let Some(filter) = checked.filter.over_span(span.first, span.last) else {
            return Ok(Vec::new());
        };
        let over = Checked {
            filter,
            dims: vec![Dim::Type],
            plan: Plan::default(),
            combine: None,
            ..checked.clone()
        };
        let (over, _) = self.at_common_level(&over)?;
        let answer = self.query(&sql::compile(&over).text)?;
        let at = |name: &str| answer.columns.iter().position(|c| c == name);
        let (Some(kind), Some(value)) = (at("type"), at("value")) else {
            return Ok(Vec::new());
        };
        let added = ADDED.map(|(t, _, _)| t.as_str());
        Ok(answer
            .rows
            .iter()
            .filter_map(|r| Some((render::plain(&r[kind]), r[value].number()?)))
            .filter(|(t, _)| added.contains(&t.as_str()))
            .collect())
    }

    /// Marks the rows `change` found no base for though the store holds
    /// every month compared, and those months count other parts than the
    /// row's (resettlement, relocation): their base is of another
    /// definition. Only figures inside a span count for it (a yearly
    /// overview's year around a month is no figure of that month).
    pub(super) fn mark_unlike_bases(&self, metas: &mut [Meta], checked: &Checked) -> Result<()> {
        let Some(step) = checked.plan.change().map(|c| c.months) else {
            return Ok(());
        };
        if !self.definitions_differ_by_type(checked)
            || !metas.iter().any(|m| m.base == Some(Cell::Null))
        {
            return Ok(());
        }
        let found = self.query(&sql::stored_periods(checked).text)?;
        let stored: Vec<MonthTypes> = super::levels::periods_with_types(&found)
            .into_iter()
            .map(|p| MonthTypes {
                span: p.span,
                types: p.types,
            })
            .collect();
        for meta in metas.iter_mut() {
            let (Some(span), Some(Cell::Null)) = (meta.span, &meta.base) else {
                continue;
            };
            let base = Span {
                first: span.first.minus(step),
                last: span.last.minus(step),
            };
            let Some(theirs) = parts_inside(&stored, base) else {
                continue;
            };
            meta.base_unlike = parts_inside(&stored, span).is_some_and(|own| own != theirs);
        }
        Ok(())
    }

    /// An empty answer whose figures the store holds in another unit of
    /// the measure (2015's decisions, which pages count in dossiers only)
    /// says which unit to ask for.
    pub(super) fn other_unit(&self, checked: &Checked, answer: &Answer) -> Result<Option<Note>> {
        let plain = checked.combine.is_none()
            && checked.units.len() == 1
            && checked.measure.kind() != check::Kind::Rate
            && !checked.dims.contains(&Dim::Unit);
        if !plain {
            return Ok(None);
        }
        for unit in checked.measure.units() {
            if checked.units.contains(unit) {
                continue;
            }
            let other = Checked {
                units: vec![unit],
                plan: check::Plan::default(),
                ..checked.clone()
            };
            let mut found = self.query(&sql::compile(&other).text)?;
            let message = match answer.rows.is_empty() {
                true if !found.rows.is_empty() => {
                    crate::locale::Message::new("note-empty-other-unit")
                }
                true => continue,
                false if checked.plan.take.is_some() || checked.plan.having.is_some() => continue,
                false => match periods_only_in(&mut found, &spans_of(answer), checked, None, false)
                {
                    Some(periods) => crate::locale::Message::new("note-periods-other-unit")
                        .codes("periods", &periods),
                    None => continue,
                },
            };
            let word = |u: &str| {
                crate::locale::Arg::Message(Box::new(
                    crate::locale::Message::new("word-unit").code("unit", u),
                ))
            };
            let message = message
                .code("unit", checked.units[0])
                .code("other", *unit)
                .with("unit_word", word(checked.units[0]))
                .with("other_word", word(unit));
            let kind = match answer.rows.is_empty() {
                true => NoteKind::Empty,
                false => NoteKind::MissingMonths,
            };
            return Ok(Some(Note::about_all(kind, message)));
        }
        Ok(None)
    }

    /// The note on rows without a rate in the basis asked where a source
    /// published one in the other basis for their period.
    pub(super) fn rate_in_other_basis(
        &self,
        checked: &Checked,
        answer: &Answer,
        metas: &[Meta],
    ) -> Result<Option<Note>> {
        let value = answer.columns.iter().position(|c| c == "value");
        let empty: Vec<Span> = answer
            .rows
            .iter()
            .zip(metas)
            .filter(|(r, _)| value.is_some_and(|v| r[v] == Cell::Null))
            .filter_map(|(_, m)| m.span)
            .collect();
        let (persons, dossiers) = (Unit::Persons.as_str(), Unit::Dossiers.as_str());
        let (id, basis) = match checked.units.as_slice() {
            [u] if *u == dossiers => ("note-rate-over-persons", persons),
            [u] if *u == persons => ("note-rate-over-dossiers", dossiers),
            _ => return Ok(None),
        };
        if checked.measure.kind() != check::Kind::Rate || empty.is_empty() {
            return Ok(None);
        }
        let found = self.query(&sql::published_rates(checked, basis).text)?;
        let named: Vec<crate::locale::Message> = found
            .rows
            .iter()
            .filter_map(|r| {
                let span = Span {
                    first: Month::parse(&render::plain(&r[0]))?,
                    last: Month::parse(&render::plain(&r[1]))?,
                };
                let overlaps = |e: &Span| e.first <= span.last && span.first <= e.last;
                empty.iter().any(overlaps).then(|| {
                    crate::locale::Message::new("word-rate-of")
                        .code("period", period_label(span.first, span.last))
                        .with("rate", crate::locale::Arg::Number(render::plain(&r[2])))
                })
            })
            .collect();
        if named.is_empty() {
            return Ok(None);
        }
        let message =
            crate::locale::Message::new(id).with("rates", crate::locale::Arg::Messages(named));
        Ok(Some(Note::about_all(NoteKind::PublishedRate, message)))
    }

    /// The answer's rows by type, without its modifiers: a summary's rows
    /// are its months.
    fn rows_by_type(&self, checked: &Checked) -> Result<Vec<Row>> {
        let mut typed = checked.clone();
        typed.combine = None;
        if typed.plan.summary.is_some() && !typed.dims.contains(&Dim::Month) {
            typed.dims.push(Dim::Month);
        }
        typed.plan = Plan::default();
        typed.dims.push(Dim::Type);
        let (typed, _) = self.at_common_level(&typed)?;
        let mut answer = self.query(&sql::compile(&typed).text)?;
        let metas = split(&mut answer);
        let at = |name: &str| answer.columns.iter().position(|c| c == name);
        // A row is keyed by its dimensions other than the type, by name:
        // the answer's columns need not follow the order of `dims`.
        let keys: Vec<usize> = typed
            .dims
            .iter()
            .filter(|d| **d != Dim::Type)
            .filter_map(|d| at(d.name()))
            .collect();
        let (Some(kind), Some(value)) = (at("type"), at("value")) else {
            return Ok(Vec::new());
        };
        let mut rows: Vec<(Vec<String>, Row)> = Vec::new();
        for (row, meta) in answer.rows.iter().zip(&metas) {
            let (Some(span), false) = (meta.span, row[value] == Cell::Null) else {
                continue;
            };
            let key: Vec<String> = keys.iter().map(|i| render::plain(&row[*i])).collect();
            let found = Row {
                span,
                types: vec![render::plain(&row[kind])],
                covered: meta.covered.clone(),
                rest: !meta.rest_months.is_empty(),
            };
            match rows.iter_mut().find(|(k, _)| *k == key) {
                Some((_, r)) => r.join(found),
                None => rows.push((key, found)),
            }
        }
        Ok(rows.into_iter().map(|(_, r)| r).collect())
    }

    /// The months the answer's pages and reports give as months, each with
    /// the types stated for it.
    fn months_by_type(&self, checked: &Checked) -> Result<Vec<MonthTypes>> {
        let found = self.query(&sql::types_by_month(checked).text)?;
        Ok(found
            .rows
            .iter()
            .filter_map(|r| {
                let month = Month::parse(&render::plain(&r[0]))?;
                Some(MonthTypes {
                    span: Span {
                        first: month,
                        last: month,
                    },
                    types: render::plain(&r[1]).split(',').map(String::from).collect(),
                })
            })
            .collect())
    }
}

/// The months each row of an answer covers, as spans.
pub(super) fn spans_of(answer: &Answer) -> Vec<Span> {
    answer.coverage.iter().filter_map(|c| c.span).collect()
}

/// The periods that `found` (an answer in another unit, or Eurostat's)
/// has and the rows over `shown` lack: 2015's decisions, which pages count
/// in dossiers only, beside later years in persons. Periods are those of
/// the query's rows, or of `length` months where its rows have no period
/// of their own (a total over several years); none where neither is.
/// With `longer`, a found figure over a longer period than a row (a year,
/// by month) none of whose months a shown row covers is named too.
pub(super) fn periods_only_in(
    found: &mut Answer,
    shown: &[Span],
    checked: &Checked,
    length: Option<u32>,
    longer: bool,
) -> Option<Vec<String>> {
    // `last N months` counts back from each publisher's own newest month.
    if counts_back(&checked.filter) {
        return None;
    }
    let length = checked
        .dims
        .iter()
        .find_map(|d| match d {
            Dim::Month => Some(1),
            Dim::Quarter => Some(3),
            Dim::Half => Some(6),
            Dim::Year => Some(12),
            _ => None,
        })
        .or(length)?;
    // Every period a shown row covers (a rest of a year covers several
    // months); a found figure longer than a period (a year, by month) is
    // no period of the answer.
    let months: Vec<Month> = shown.iter().flat_map(|s| s.months()).collect();
    let shown: Vec<Period> = months
        .iter()
        .map(|m| Period::of_length(*m, length))
        .collect();
    let mut only: Vec<Period> = split(found)
        .iter()
        .filter_map(|m| m.span)
        .filter_map(|s| match s.len() <= i64::from(length) {
            true => Some(Period::of_length(s.first, length)).filter(|p| !shown.contains(p)),
            false => {
                (longer && !s.months().any(|m| months.contains(&m))).then(|| Period::of_span(s))
            }
        })
        .collect();
    // In time order, whatever order the rows ranked in.
    only.sort_by_key(|p| p.first());
    only.dedup();
    let only: Vec<String> = only.iter().map(Period::to_string).collect();
    (!only.is_empty()).then_some(only)
}

/// The periods a summary by quarter or year left out, as spans: they are
/// no part of its answer, so no note names their definitions.
fn summary_left_out(checked: &Checked, metas: &[Meta]) -> Vec<Span> {
    let Some((_, per)) = checked.plan.summary else {
        return Vec::new();
    };
    if per == Per::Month {
        return Vec::new();
    }
    metas
        .iter()
        .filter_map(|m| m.left_out.as_deref())
        .flat_map(|l| l.split(", "))
        .filter_map(crate::model::period::label_span)
        .collect()
}

/// The note on the rows that lack `part` where other rows include it: rows
/// without it at all, and months without it inside a row that has it.
fn lacking(
    rows: &[Row],
    months: &[MonthTypes],
    part: Type,
    word: &'static str,
    within: Option<Window>,
) -> Option<Note> {
    let having: Vec<&Row> = rows.iter().filter(|r| r.has(part)).collect();
    let window = within.and_then(|((y0, m0), (y1, m1))| {
        Some(Span {
            first: Month::new(y0, m0)?,
            last: Month::new(y1, m1)?,
        })
    });
    let in_scope = |span: Span| window.is_none_or(|w| span.first <= w.last && w.first <= span.last);
    let mut named: Vec<(Month, String)> = rows
        .iter()
        .filter(|r| !r.has(part) && r.has_registered() && in_scope(r.span))
        .flat_map(Row::names)
        .collect();
    named.extend(
        months
            .iter()
            .filter(|m| !m.types.iter().any(|t| t == part.as_str()))
            .filter(|m| {
                having
                    .iter()
                    .any(|h| h.span.first <= m.span.first && m.span.first <= h.span.last)
            })
            .map(|m| (m.span.first, m.span.first.to_string())),
    );
    if having.is_empty() || named.is_empty() {
        return None;
    }
    named.sort();
    named.dedup();
    let labels: Vec<String> = named.into_iter().map(|(_, l)| l).collect();
    let message = match window {
        None => crate::locale::Message::new("note-mixed-definitions"),
        Some(w) => crate::locale::Message::new("note-mixed-definitions-within")
            .code("within", period_label(w.first, w.last)),
    }
    .codes("months", &labels)
    .with("part", crate::locale::Message::new(word).into());
    Some(Note::new(NoteKind::MixedDefinitions, labels, message))
}

/// The note on rows of the resettled only, beside rows of registered
/// applicants.
fn resettled_only(rows: &[Row]) -> Option<Note> {
    let only: Vec<String> = rows
        .iter()
        .filter(|r| r.has(Type::Resettlement) && !r.has_registered())
        .flat_map(Row::names)
        .map(|(_, label)| label)
        .collect();
    if only.is_empty() || !rows.iter().any(Row::has_registered) {
        return None;
    }
    let message = crate::locale::Message::new("note-resettled-only").codes("months", &only);
    Some(Note::new(NoteKind::MixedDefinitions, only, message))
}

/// Whether a filter counts periods back from the newest (`last N months`).
pub(super) fn counts_back(c: &crate::check::Cond) -> bool {
    use crate::check::Cond;
    match c {
        Cond::Last { .. } => true,
        Cond::And(a, b) | Cond::Or(a, b) => counts_back(a) || counts_back(b),
        _ => false,
    }
}
