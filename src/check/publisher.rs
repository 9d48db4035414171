//! Which publisher answers a query, like for like: the CGVS for Belgium
//! alone, Eurostat for an answer over several reporting countries (also
//! Belgium's row), for what the CGVS does not publish (sex, age, persons
//! pending), or where asked (`publisher = eurostat`). It also resolves the
//! words only Eurostat's figures have: reporting countries, sexes, age
//! classes and Eurostat's types, and refuses what would add up figures that
//! never add up (two reporting countries, two age classes).

use super::*;
use crate::eurostat::codes;

pub use crate::model::Publisher;

/// Why Eurostat answers: the reason a note gives, where a user may not
/// expect it.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub publisher: Publisher,
    /// Belgium alone is answered by Eurostat because the CGVS publishes no
    /// such figure (by sex, by age, persons pending).
    pub belgium_from_eurostat: bool,
    /// Belgium alone is answered by Eurostat because the store's CGVS
    /// figures give none for the query ([`Context::eurostat_fallback`]).
    pub fallback: bool,
}

pub use crate::model::choice::{AGE_GROUPS, AGE_PARTS, SEX_PARTS};

/// The comparisons of a filter, by field: (field, values, negated).
fn comparisons<'a>(e: &'a Expr, out: &mut Vec<(&'a Spanned<String>, Vec<&'a Spanned<Value>>)>) {
    match e {
        Expr::And(a, b) | Expr::Or(a, b) => {
            comparisons(a, out);
            comparisons(b, out);
        }
        Expr::Not(inner) => comparisons(inner, out),
        Expr::Compare { field, value, .. } => out.push((field, vec![value])),
        Expr::In { field, values } => out.push((field, values.iter().collect())),
        Expr::Between { field, low, high } => out.push((field, vec![low, high])),
        Expr::Last { .. } => {}
    }
}

/// Decides who answers a query.
pub(super) fn route(query: &Query, measure: Measure, cx: &Context) -> Result<Route, Diagnostic> {
    let mut named = Vec::new();
    if let Some(f) = &query.filter {
        comparisons(f, &mut named);
    }
    let by = |name: &str| query.by.iter().find(|d| d.node == name);
    let mut asked = None;
    let mut eurostat_only: Option<std::ops::Range<usize>> = None;
    // A reporting country other than Belgium, named or asked `by geo`.
    let mut other_geo = by("geo").is_some();
    for (field, values) in &named {
        match field.node.as_str() {
            "publisher" => {
                for v in values {
                    asked = Some(publisher_value(&bind(v, cx)?)?);
                }
            }
            "sex" | "age" => eurostat_only = eurostat_only.or(Some(field.span.clone())),
            "geo" => {
                for v in values {
                    if geo_value(&bind(v, cx)?)? != "BE" {
                        other_geo = true;
                        eurostat_only = eurostat_only.or(Some(field.span.clone()));
                    }
                }
            }
            _ => {}
        }
    }
    for name in ["geo", "sex", "age"] {
        if let Some(d) = by(name) {
            eurostat_only = eurostat_only.or(Some(d.span.clone()));
        }
    }
    if !Publisher::default().publishes(measure) {
        eurostat_only = eurostat_only.or(Some(query.measure.span.clone()));
    }
    let needs = eurostat_only.is_some();
    let Some(publisher) = Publisher::answering(asked, needs, cx.eurostat_fallback) else {
        let at = eurostat_only.unwrap_or(query.measure.span.clone());
        return Err(Diagnostic::new(msg!("check-cgvs-has-none"), at)
            .with_label(msg!("check-eurostat-only"))
            .with_hint(msg!("hint-publisher-eurostat")));
    };
    Ok(Route {
        publisher,
        belgium_from_eurostat: asked.is_none() && needs && !other_geo,
        fallback: asked.is_none() && !needs && publisher != Publisher::default(),
    })
}

fn publisher_value(v: &Spanned<Value>) -> Result<Publisher, Diagnostic> {
    match word_of(v)
        .map(str::to_lowercase)
        .map(|w| w.parse::<Publisher>())
    {
        Some(Ok(publisher)) => Ok(publisher),
        _ => Err(Diagnostic::new(
            msg!("check-unknown-publisher", value = v.node.to_string()),
            v.span.clone(),
        )
        .with_hint(msg!("hint-publishers"))),
    }
}

/// A reporting country or aggregate by Eurostat's code, ISO code or name.
pub(super) fn geo_value(v: &Spanned<Value>) -> Result<&'static str, Diagnostic> {
    let typed = word_of(v).unwrap_or_default();
    codes::geo(typed).map(|g| g.0).ok_or_else(|| {
        Diagnostic::new(
            msg!("check-unknown-geo", value = v.node.to_string()),
            v.span.clone(),
        )
        .with_label(msg!("check-not-a-geo"))
        .with_hint(msg!("hint-show-geos"))
    })
}

/// A sex or an age class, as Eurostat codes it.
/// The words a user may type, in nl, fr and en, for Eurostat's sexes and
/// age classes (upper case), each with its code.
const CLASS_WORDS: &[(Dim, &str, &str)] = &[
    (Dim::Sex, "TOTAL", "T"),
    (Dim::Sex, "TOTAAL", "T"),
    (Dim::Sex, "WOMEN", "F"),
    (Dim::Sex, "VROUWEN", "F"),
    (Dim::Sex, "FEMMES", "F"),
    (Dim::Sex, "MEN", "M"),
    (Dim::Sex, "MANNEN", "M"),
    (Dim::Sex, "HOMMES", "M"),
    (Dim::Sex, "UNKNOWN", "UNK"),
    (Dim::Sex, "ONBEKEND", "UNK"),
    (Dim::Sex, "INCONNU", "UNK"),
    (Dim::Age, "TOTAAL", "TOTAL"),
    (Dim::Age, "MINORS", "Y_LT18"),
    (Dim::Age, "MINDERJARIGEN", "Y_LT18"),
    (Dim::Age, "MINEURS", "Y_LT18"),
    (Dim::Age, "ADULTS", "Y_GE18"),
    (Dim::Age, "MEERDERJARIGEN", "Y_GE18"),
    (Dim::Age, "ADULTES", "Y_GE18"),
    (Dim::Age, "MAJEURS", "Y_GE18"),
    (Dim::Age, "14-17", "Y14-17"),
    (Dim::Age, "18-34", "Y18-34"),
    (Dim::Age, "35-64", "Y35-64"),
    (Dim::Age, "65+", "Y_GE65"),
    (Dim::Age, "UNKNOWN", "UNK"),
    (Dim::Age, "ONBEKEND", "UNK"),
    (Dim::Age, "INCONNU", "UNK"),
];

pub(super) fn class_value(v: &Spanned<Value>, dim: Dim) -> Result<&'static str, Diagnostic> {
    let (known, hint): (&[&'static str], _) = match dim {
        Dim::Sex => (codes::SEXES, msg!("hint-sexes", sexes = codes::SEXES)),
        _ => (codes::AGES, msg!("hint-ages", ages = codes::AGES)),
    };
    let typed = word_of(v).unwrap_or_default().to_uppercase();
    let typed = CLASS_WORDS
        .iter()
        .find(|(d, word, _)| *d == dim && *word == typed)
        .map_or(typed.as_str(), |(_, _, code)| code);
    known.iter().find(|k| **k == typed).copied().ok_or_else(|| {
        Diagnostic::new(
            msg!(
                "check-unknown-class",
                dimension = dim.name(),
                value = v.node.to_string()
            ),
            v.span.clone(),
        )
        .with_hint(hint)
    })
}

/// Eurostat's type tree: each group and its parts, per measure. `by type`
/// shows, for each figure's reporting country, citizenship, sex, age and
/// period, the finest level whose parts the source gives in full.
pub const EUROSTAT_TREE: &[(Measure, &str, &[&str])] = &[
    (
        Measure::Applications,
        "registered",
        &["first", "subsequent"],
    ),
    (Measure::Decisions, "total", &["positive", "rejected"]),
    (
        Measure::Decisions,
        "positive",
        &[
            "refugee_status",
            "subsidiary_protection",
            "humanitarian",
            "temporary_protection",
        ],
    ),
];

/// The types Eurostat gives for a measure: its whole, then every type of
/// its tree, each group before its parts (the order of `by type`).
pub fn eurostat_types(measure: Measure) -> (Option<&'static str>, Vec<&'static str>) {
    fn walk(measure: Measure, kind: &'static str, out: &mut Vec<&'static str>) {
        out.push(kind);
        for part in eurostat_parts(measure, kind).unwrap_or(&[]) {
            walk(measure, part, out);
        }
    }
    let root = EUROSTAT_TREE
        .iter()
        .find(|(m, group, _)| *m == measure && eurostat_parent(measure, group).is_none())
        .map(|(_, group, _)| *group);
    let mut all = Vec::new();
    if let Some(root) = root {
        walk(measure, root, &mut all);
    }
    (root, all)
}

/// The group a type of Eurostat's is a part of, with the group's parts.
pub fn eurostat_parent(
    measure: Measure,
    kind: &str,
) -> Option<(&'static str, &'static [&'static str])> {
    EUROSTAT_TREE
        .iter()
        .find(|(m, _, parts)| *m == measure && parts.contains(&kind))
        .map(|(_, g, parts)| (*g, *parts))
}

/// The parts of a group of Eurostat's types.
pub fn eurostat_parts(measure: Measure, group: &str) -> Option<&'static [&'static str]> {
    EUROSTAT_TREE
        .iter()
        .find(|(m, g, _)| *m == measure && *g == group)
        .map(|(_, _, parts)| *parts)
}

/// A type word of Eurostat's for the measure: `total` of applications is
/// Eurostat's registered applicants.
pub(super) fn eurostat_type(
    v: &Spanned<Value>,
    measure: Measure,
) -> Result<&'static str, Diagnostic> {
    let (whole, all) = eurostat_types(measure);
    let word = word_of(v).map(str::to_lowercase).unwrap_or_default();
    let word = match whole {
        Some(whole) if measure == Measure::Applications && word == "total" => whole.to_string(),
        _ => word,
    };
    all.iter().find(|t| **t == word).copied().ok_or_else(|| {
        Diagnostic::new(
            msg!(
                "check-not-a-eurostat-type",
                value = v.node.to_string(),
                measure = measure.name()
            ),
            v.span.clone(),
        )
        .with_hint(msg!(
            "hint-eurostat-types",
            measure = measure.name(),
            types = all
        ))
    })
}

/// What Eurostat's figures cannot answer, or would add up wrongly:
/// the workload (Eurostat counts persons pending), and several reporting
/// countries, sexes or age classes in one row.
pub(super) fn eurostat_limits(
    query: &Query,
    measure: Measure,
    dims: &[Dim],
    filter: &Cond,
) -> Result<(), Diagnostic> {
    if !Publisher::Eurostat.publishes(measure) {
        return Err(
            Diagnostic::new(msg!("check-eurostat-workload"), query.measure.span.clone())
                .with_hint(msg!("hint-eurostat-pending")),
        );
    }
    share_of_aggregate(query, dims, filter)?;
    let mut named = Vec::new();
    if let Some(f) = &query.filter {
        comparisons(f, &mut named);
    }
    for (dim, column) in [(Dim::Geo, "geo"), (Dim::Sex, "sex"), (Dim::Age, "age")] {
        if !dims.contains(&dim) && !single(filter, column) {
            let at = named
                .iter()
                .find(|(field, _)| field.node == column)
                .map_or(query.measure.span.clone(), |(field, _)| field.span.clone());
            return Err(
                Diagnostic::new(msg!("check-several-in-a-row", dimension = column), at)
                    .with_hint(msg!("hint-by-dimension", dimension = column)),
            );
        }
    }
    Ok(())
}

/// `share` across reporting countries alone is each one's share of an
/// aggregate Eurostat publishes (`EU27_2020`): the filter names one.
fn share_of_aggregate(query: &Query, dims: &[Dim], filter: &Cond) -> Result<(), Diagnostic> {
    let Some(share) = query
        .modifiers
        .iter()
        .find(|m| matches!(m.node, Modifier::Share { of: None }))
    else {
        return Ok(());
    };
    let alone = dims.contains(&Dim::Geo)
        && dims
            .iter()
            .all(|d| d.is_time() || matches!(d, Dim::Geo | Dim::Unit));
    if !alone || aggregates_named(filter) == 1 {
        return Ok(());
    }
    Err(
        Diagnostic::new(msg!("check-share-of-geos"), share.span.clone())
            .with_hint(msg!("hint-share-of-geos")),
    )
}

/// How many of Eurostat's aggregates (`EU27_2020`, ...) a filter keeps.
fn aggregates_named(c: &Cond) -> usize {
    match c {
        Cond::Set {
            column: "geo",
            values,
            negated: false,
        } => values.iter().filter(|v| codes::is_aggregate_geo(v)).count(),
        Cond::And(a, b) | Cond::Or(a, b) => aggregates_named(a) + aggregates_named(b),
        _ => 0,
    }
}

/// Whether a filter keeps at most one value of a column in a row: no
/// condition on it, or one `=`, under `and`s only.
fn single(filter: &Cond, column: &str) -> bool {
    fn count(c: &Cond, column: &str) -> Option<usize> {
        match c {
            Cond::Set {
                column: col,
                values,
                negated,
            } if *col == column => (!negated && values.len() == 1).then_some(1),
            Cond::And(a, b) => Some(count(a, column)? + count(b, column)?),
            Cond::Or(a, b) => match (count(a, column)?, count(b, column)?) {
                (0, 0) => Some(0),
                _ => None,
            },
            _ => Some(0),
        }
    }
    count(filter, column).is_some_and(|n| n <= 1)
}

/// The notes of an answer from Eurostat's figures: how its definitions
/// differ from the CGVS's, its rounding, the totals taken where the query
/// names no citizenship, sex or age, and why Belgium alone is answered by
/// Eurostat.
pub(super) fn eurostat_notes(
    measure: Measure,
    dims: &[Dim],
    filter: &Cond,
    route: &Route,
) -> Vec<Message> {
    let mut notes = Vec::new();
    if route.belgium_from_eurostat {
        notes.push(Message::new("note-belgium-from-eurostat"));
    }
    if route.fallback {
        notes.push(Message::new("note-belgium-eurostat-fallback"));
    }
    notes.push(Message::new(match measure {
        Measure::Applications => "note-eurostat-applications",
        Measure::Decisions => "note-eurostat-decisions",
        Measure::ProtectionRate => "note-eurostat-rate",
        _ => "note-eurostat-pending",
    }));
    notes.push(Message::new("note-eurostat-rounding"));
    let mut totals = Vec::new();
    for (dim, column, word) in [
        (Dim::Country, "country", "TOTAL"),
        (Dim::Sex, "sex", "T"),
        (Dim::Age, "age", "TOTAL"),
    ] {
        if !dims.contains(&dim) && !filter.names(column) {
            totals.push(
                Message::new("said-code")
                    .code("field", column)
                    .code("code", word),
            );
        }
    }
    if !totals.is_empty() {
        notes.push(
            Message::new("note-eurostat-totals")
                .with("totals", crate::locale::Arg::Messages(totals)),
        );
    }
    notes
}
