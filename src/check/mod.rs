//! The checker: a parsed query against what the data can answer.
//!
//! It resolves every name (measure, dimension, type, unit, country), expands the
//! decision groups (`protection`, `negative`, `final`), picks the unit and the
//! family of facts that answer the query without overlap (national monthly
//! tables, or the tables by country), and rejects what would mix units or make
//! no sense for the measure. Its output, [`Checked`], is all the compiler needs.

pub use crate::model::vocabulary::*;

use crate::error::Diagnostic;
use crate::lang::ast::{Arith, Expr, Modifier, Op, Per, Query, Spanned, Summary, Value};
use crate::locale::Message;
use crate::model::countries;
use crate::model::month::Month;
use crate::msg;
use std::collections::HashMap;

mod filter;
use filter::*;
mod plan;
pub use plan::{base_period, Change, Order, Plan, Step};
mod subject;
pub use subject::subject;
mod values;
pub use values::with_bound_params;
use values::*;
mod modifiers;
use modifiers::*;
mod cond;
pub use cond::Cond;
mod month_of_year;
mod publisher;
pub use publisher::{
    eurostat_parent, eurostat_parts, eurostat_types, Publisher, AGE_GROUPS, AGE_PARTS, SEX_PARTS,
};

/// A dimension of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dim {
    Month,
    Quarter,
    /// A half-year: January–June, July–December.
    Half,
    Year,
    /// The month of the year, 1 to 12, set side by side across years.
    MonthOfYear,
    Country,
    Type,
    Unit,
    Source,
    /// The reporting country of a Eurostat figure (Belgium for the CGVS's).
    Geo,
    /// Eurostat's sex and age class of the persons counted.
    Sex,
    Age,
    /// Who published the figure: the CGVS or Eurostat.
    Publisher,
}

impl Dim {
    pub fn name(self) -> &'static str {
        match self {
            Dim::Month => "month",
            Dim::Quarter => "quarter",
            Dim::Half => "half",
            Dim::Year => "year",
            Dim::MonthOfYear => "month_of_year",
            Dim::Country => "country",
            Dim::Type => "type",
            Dim::Unit => "unit",
            Dim::Source => "source",
            Dim::Geo => "geo",
            Dim::Sex => "sex",
            Dim::Age => "age",
            Dim::Publisher => "publisher",
        }
    }

    /// Whether the dimension's values are times, in an order of their own:
    /// periods, and the months of the year.
    pub fn is_time(self) -> bool {
        matches!(
            self,
            Dim::Month | Dim::Quarter | Dim::Half | Dim::Year | Dim::MonthOfYear
        )
    }
}

/// A query the data can answer, ready to compile.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// National figures for spans of months exist (see [`Context`]).
    pub national_spans: bool,
    pub measure: Measure,
    /// The units asked for: one unless the answer is grouped by unit.
    pub units: Vec<&'static str>,
    /// Facts by country (true) or national facts (false).
    pub by_country_tables: bool,
    /// Types the facts must have (already expanded), if limited.
    pub types: Option<Vec<&'static str>>,
    pub filter: Cond,
    pub dims: Vec<Dim>,
    /// What is done with the summed rows.
    pub plan: Plan,
    /// Plain-language notes that travel with the answer.
    pub notes: Vec<Message>,
    /// `a - b`: the second measure, checked with the same clauses.
    pub combine: Option<(Arith, Box<Checked>)>,
    /// `by type` at a coarser level than the stored types: each group and
    /// the types it stands for, where some periods give only the group (a
    /// page's `registered`). Set by the session once it knows the periods.
    pub coarser: Vec<(&'static str, Vec<&'static str>)>,
    /// Who publishes the figures that answer.
    pub publisher: Publisher,
}

impl Checked {
    /// A rate's types granted and decided: the CGVS's protection rate, or
    /// Eurostat's recognition rate (positive over all first-instance
    /// decisions).
    pub fn rate_types(&self) -> (Vec<&'static str>, Vec<&'static str>) {
        self.publisher.rate_types(self.measure)
    }
}

/// Values of `$name` parameters and session settings the checker may need.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub params: HashMap<String, String>,
    /// The unit set with `set unit = ...`, used when a query names none.
    pub unit: Option<String>,
    /// Report names of countries the store knows beyond the reference.
    pub extra_countries: Vec<String>,
    /// The language of country names in answers.
    pub names: countries::Names,
    /// The store holds national figures for spans of months (yearly
    /// overviews): national flows then choose between a span and its months.
    pub national_spans: bool,
    /// The store holds statistics pages, whose definitions differ from a
    /// report's.
    pub has_pages: bool,
    /// The store holds applications in files (pages up to 2015).
    pub has_files: bool,
    /// The store holds Eurostat's downloads.
    pub has_eurostat: bool,
    /// The store holds Eurostat's population on 1 January (`per capita`).
    pub has_population: bool,
    /// Answer Belgium alone from Eurostat: the store's CGVS figures gave
    /// none for the query (set by the session for its second try).
    pub eurostat_fallback: bool,
}

/// Checks a query.
pub fn check(query: &Query, cx: &Context) -> Result<Checked, Diagnostic> {
    match &query.combine {
        Some((op, right)) => combined(query, *op, right, cx),
        None => check_one(&with_own(query, query.own_filter.as_ref()), cx),
    }
}

/// The query with a measure's own filter (`applications[type = first]`)
/// joined to its `where`.
fn with_own(query: &Query, own: Option<&Expr>) -> Query {
    let mut q = Query {
        own_filter: None,
        other_filter: None,
        ..query.clone()
    };
    if let Some(own) = own {
        q.filter = Some(match q.filter.take() {
            Some(f) => Expr::And(Box::new(own.clone()), Box::new(f)),
            None => own.clone(),
        });
    }
    q
}

/// Checks `a + b`, `a - b` or `a / b`: two flows with the same filter and
/// dimensions, in one unit; only `top`, `limit` and `sort` apply to the result.
fn combined(
    query: &Query,
    op: Arith,
    right: &Spanned<String>,
    cx: &Context,
) -> Result<Checked, Diagnostic> {
    if let Some(m) = query.modifiers.iter().find(|m| {
        !matches!(
            m.node,
            Modifier::Top(_)
                | Modifier::Limit(_)
                | Modifier::CountParam { .. }
                | Modifier::Sort { .. }
        )
    }) {
        return Err(Diagnostic::new(
            msg!("check-arithmetic-modifier", modifier = m.node.to_string()),
            m.span.clone(),
        )
        .with_hint(msg!("hint-arithmetic-modifier")));
    }
    if let Some(d) = query
        .by
        .iter()
        .find(|d| matches!(d.node.as_str(), "type" | "source"))
    {
        return Err(Diagnostic::new(
            msg!("check-arithmetic-by", dimension = &d.node),
            d.span.clone(),
        )
        .with_label(msg!("check-own-types")));
    }
    let both = Query {
        combine: None,
        modifiers: Vec::new(),
        ..query.clone()
    };
    let left_query = with_own(&both, query.own_filter.as_ref());
    let right_query = with_own(
        &Query {
            measure: right.clone(),
            ..both.clone()
        },
        query.other_filter.as_ref(),
    );
    // Two measures combine in one unit: applications do not answer in
    // files beside persons here, as decisions have no files.
    let cx = &Context {
        has_files: false,
        ..cx.clone()
    };
    let mut left = check_one(&left_query, cx)?;
    let other = check_one(&right_query, cx)?;
    for (c, span) in [(&left, &query.measure.span), (&other, &right.span)] {
        if c.measure.kind() != Kind::Flow {
            return Err(Diagnostic::new(
                msg!("check-arithmetic-kind", measure = c.measure.name()),
                span.clone(),
            )
            .with_label(if c.measure.kind() == Kind::Stock {
                msg!("word-a-stock")
            } else {
                msg!("word-a-rate")
            })
            .with_hint(msg!("hint-arithmetic-flows")));
        }
    }
    if left.measure == other.measure && query.own_filter.is_none() && query.other_filter.is_none() {
        return Err(
            Diagnostic::new(msg!("check-same-measure"), right.span.clone())
                .with_hint(msg!("hint-same-measure")),
        );
    }
    if left.publisher != other.publisher {
        return Err(Diagnostic::new(
            msg!(
                "check-arithmetic-publishers",
                left = left.measure.name(),
                right = other.measure.name()
            ),
            query.measure.span.start..right.span.end,
        )
        .with_hint(msg!("hint-publisher-eurostat")));
    }
    if left.units != other.units {
        return Err(Diagnostic::new(
            msg!(
                "check-arithmetic-units",
                left = left.measure.name(),
                left_units = left.units.clone(),
                right = other.measure.name(),
                right_units = other.units.clone()
            ),
            query.measure.span.start..right.span.end,
        )
        .with_label(msg!("check-two-units-label"))
        .with_hint(msg!("hint-one-unit")));
    }
    let given = modifiers(
        &query.modifiers,
        left.measure,
        &left.dims,
        left.by_country_tables,
    )?;
    left.plan = Plan::new(&given, &left.dims);
    for note in &other.notes {
        if !left.notes.contains(note) {
            left.notes.push(note.clone());
        }
    }
    left.combine = Some((op, Box::new(other)));
    Ok(left)
}

fn check_one(query: &Query, cx: &Context) -> Result<Checked, Diagnostic> {
    let measure =
        Measure::find(&query.measure.node).ok_or_else(|| unknown_measure(&query.measure))?;
    let dims = query
        .by
        .iter()
        .map(|d| dimension(d, measure))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(at) = (1..dims.len()).find(|i| dims[..*i].contains(&dims[*i])) {
        return Err(Diagnostic::new(
            msg!("check-dimension-twice", dimension = dims[at].name()),
            query.by[at].span.clone(),
        )
        .with_label(msg!("check-a-second-one"))
        .with_hint(msg!("hint-dimension-once")));
    }
    let route = publisher::route(query, measure, cx)?;
    let by_geo = route.publisher.by_reporting_country();
    let mut facets = Facets {
        by_geo,
        ..Facets::default()
    };
    let filter = match &query.filter {
        Some(e) => resolve(e, measure, cx, &mut facets, false)?,
        None => Cond::True,
    };
    month_of_year::check(query, &dims, &filter, &query.modifiers)?;
    let by_country_tables = facets.country || dims.contains(&Dim::Country);
    if let Some(at) = query.by.iter().find(|d| d.node == "quarter") {
        if by_country_tables && !route.publisher.gives_each_period_once() {
            return Err(
                Diagnostic::new(msg!("check-country-quarters"), at.span.clone())
                    .with_label(msg!("check-no-quarters-by-country"))
                    .with_hint(msg!("hint-country-quarters")),
            );
        }
    }
    // A problem of units is placed at `by unit` or `by country`, else at
    // the measure.
    // Eurostat counts persons, whatever the measure.
    let by_persons = by_geo || by_country_tables;
    let units = units(measure, &facets, &dims, by_persons, cx).map_err(|d| {
        let at = query
            .by
            .iter()
            .find(|d| matches!(d.node.as_str(), "unit" | "country"))
            .map_or(query.measure.span.clone(), |d| d.span.clone());
        Diagnostic {
            span: d.span.clone().or(Some(at)),
            ..d
        }
    })?;
    let mut notes = Vec::new();
    if by_geo {
        publisher::eurostat_limits(query, measure, &dims, &filter)?;
        notes = publisher::eurostat_notes(measure, &dims, &filter, &route);
    } else if by_country_tables
        && matches!(measure, Measure::ProtectionRate)
        && facets.units.is_empty()
    {
        notes.push(Message::new("note-rate-in-persons"));
    }
    if by_country_tables && measure == Measure::Decisions && !by_geo {
        notes.push(Message::new("note-final-only"));
    }
    let by_type = dims.contains(&Dim::Type);
    let types = match (measure, facets.types.take()) {
        (_, None) if by_geo && !by_type && measure.kind() != Kind::Rate => {
            Some(vec![eurostat_types(measure).0.unwrap_or("total")])
        }
        (Measure::Workload, None) if !by_type => Some(vec!["total"]),
        (_, types) => types,
    };
    let bound = query
        .modifiers
        .iter()
        .map(|m| bind_count(m, cx))
        .collect::<Result<Vec<_>, _>>()?;
    let given = modifiers(&bound, measure, &dims, by_country_tables)?;
    group_share(&query.modifiers, measure, types.as_deref())?;
    let plan = Plan::new(&given, &dims);
    if let Some(p) = query
        .modifiers
        .iter()
        .find(|m| m.node == Modifier::PerCapita)
    {
        if !cx.has_population {
            return Err(Diagnostic::new(msg!("check-no-population"), p.span.clone())
                .with_hint(msg!("hint-fetch-population")));
        }
    }
    Ok(Checked {
        national_spans: cx.national_spans && !route.publisher.gives_each_period_once(),
        measure,
        units,
        by_country_tables,
        types,
        filter,
        dims,
        plan,
        notes,
        combine: None,
        coarser: Vec::new(),
        publisher: route.publisher,
    })
}

/// `share of <group>`: the group is a group of the measure's types, and
/// every type the answer counts lies within it.
fn group_share(
    given: &[Spanned<Modifier>],
    measure: Measure,
    types: Option<&[&'static str]>,
) -> Result<(), Diagnostic> {
    let Some((group, span)) = given.iter().find_map(|m| match &m.node {
        Modifier::Share { of: Some(g) } => Some((g.as_str(), m.span.clone())),
        _ => None,
    }) else {
        return Ok(());
    };
    let groups: Vec<&str> = TYPE_TREE
        .iter()
        .filter(|(m, _, _)| *m == measure)
        .map(|(_, t, _)| t.as_str())
        .collect();
    if !groups.contains(&group) {
        let mut d = Diagnostic::new(
            msg!("check-not-a-group", group = group, measure = measure.name()),
            span,
        );
        d = if groups.is_empty() {
            d.with_hint(msg!("hint-no-groups", measure = measure.name()))
        } else {
            d.with_hint(msg!(
                "hint-groups",
                measure = measure.name(),
                groups = groups
            ))
        };
        return Err(d);
    }
    let within = Type::parse(group).map_or_else(Vec::new, |g| under(measure, g));
    let outside: Vec<&str> = match types {
        Some(types) => types
            .iter()
            .filter(|t| !within.contains(t))
            .copied()
            .collect(),
        None => Vec::new(),
    };
    if types.is_some() && outside.is_empty() {
        return Ok(());
    }
    let counted = if types.is_none() {
        msg!("word-every-type")
    } else {
        msg!("code", code = outside.join(", "))
    };
    Err(Diagnostic::new(
        msg!("check-share-outside", group = group, outside = counted),
        span,
    )
    .with_hint(msg!("hint-share-filter", group = group)))
}

fn unknown_measure(m: &Spanned<String>) -> Diagnostic {
    let d = Diagnostic::new(
        msg!("check-unknown-measure", measure = &m.node),
        m.span.clone(),
    )
    .with_label(msg!("check-not-a-measure"))
    .with_hint(msg!("hint-measures", measures = MEASURE_NAMES));
    if let Some(hint) = crate::lang::reader_words::hint(&m.node) {
        return d.with_hint(hint);
    }
    match closest(&m.node, MEASURE_NAMES) {
        Some(c) => d.with_hint(msg!("hint-did-you-mean", word = c)),
        None => d,
    }
}

fn dimension(d: &Spanned<String>, measure: Measure) -> Result<Dim, Diagnostic> {
    let dim = Dim::parse(&d.node).ok_or_else(|| {
        let mut diag = Diagnostic::new(
            msg!("check-unknown-dimension", dimension = &d.node),
            d.span.clone(),
        )
        .with_label(msg!("check-not-a-dimension"))
        .with_hint(msg!("hint-dimensions", dimensions = DIMENSION_NAMES));
        if let Some(hint) = crate::lang::reader_words::hint(&d.node) {
            diag = diag.with_hint(hint);
        } else if let Some(c) = closest(&d.node, DIMENSION_NAMES) {
            diag = diag.with_hint(msg!("hint-did-you-mean", word = c));
        }
        diag
    })?;
    match (measure, dim) {
        (Measure::Workload, Dim::Country) => Err(Diagnostic::new(
            msg!("check-workload-by-country"),
            d.span.clone(),
        )
        .with_label(msg!("check-no-workload-by-country"))),
        (Measure::ProtectionRate, Dim::Type) => {
            Err(Diagnostic::new(msg!("check-rate-types"), d.span.clone())
                .with_label(msg!("check-rate-not-a-dimension"))
                .with_hint(msg!("hint-rate-types")))
        }
        (Measure::Pending, Dim::Type) => {
            Err(Diagnostic::new(msg!("check-pending-types"), d.span.clone())
                .with_hint(msg!("hint-pending-types")))
        }
        (Measure::ProtectionRate, Dim::Source) => {
            Err(Diagnostic::new(msg!("check-rate-source"), d.span.clone())
                .with_hint(msg!("hint-rate-source")))
        }
        _ => Ok(dim),
    }
}
