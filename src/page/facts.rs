//! The facts of a monthly page from the figures its sentences state: the
//! registered applicants (as stated, or known from the total less the
//! resettled, or as first and subsequent), the resettled and relocated,
//! decisions, rate and workload, the applicants by country its ranking
//! counts, and the checks of the totals the page states against their
//! parts.

use super::words::Figure;
use super::{by_country, has_other_figure, Found, Lang, Sentence};
use crate::locale::Message;
use crate::model::month::Month;
use crate::model::{Fact, Figure as Counted, Measure, Provenance, Type, Unit};
use crate::msg;
use crate::report::{CheckFailure, Report};

const APPS: Measure = Measure::Applications;
const DECISIONS: Measure = Measure::Decisions;
const RATE: Measure = Measure::ProtectionRate;
const WORKLOAD: Measure = Measure::Workload;
const PERSONS: Unit = Unit::Persons;
const DOSSIERS: Unit = Unit::Dossiers;

/// The facts of a page and the checks of its stated totals.
pub(super) fn report(found: &Found, lang: Lang, month: Month) -> Report {
    let mut facts = Vec::new();
    let mut add = |measure, kind, unit, figure: Figure| {
        if let Some((value, line)) = found.get(&figure) {
            facts.push(Fact {
                figure: Counted::Count(measure, kind, unit),
                country: None,
                start: month,
                end: month,
                value: *value,
                provenance: Provenance::Page { lang, line: *line },
                derived: None,
            });
        }
    };
    let files = month.year() <= crate::model::vocabulary::LAST_YEAR_IN_FILES;
    if files {
        add(APPS, Type::Registered, Unit::Files, Figure::RegisteredFiles);
    } else {
        add(APPS, Type::Registered, PERSONS, Figure::Registered);
    }
    add(APPS, Type::Resettlement, PERSONS, Figure::Resettlement);
    add(APPS, Type::Relocation, PERSONS, Figure::Relocation);
    add(DECISIONS, Type::Total, DOSSIERS, Figure::DecisionsDossiers);
    add(DECISIONS, Type::Total, PERSONS, Figure::DecisionsPersons);
    add(RATE, Type::Published, DOSSIERS, Figure::ProtectionRate);
    add(WORKLOAD, Type::Total, DOSSIERS, Figure::WorkloadDossiers);
    add(WORKLOAD, Type::Total, PERSONS, Figure::WorkloadPersons);
    add(WORKLOAD, Type::Normal, DOSSIERS, Figure::Normal);
    add(WORKLOAD, Type::Backlog, DOSSIERS, Figure::Backlog);
    let parts = found.contains_key(&Figure::First) && found.contains_key(&Figure::Subsequent);
    if !files && !found.contains_key(&Figure::Registered) && parts {
        add(APPS, Type::First, PERSONS, Figure::First);
        add(APPS, Type::Subsequent, PERSONS, Figure::Subsequent);
    } else if !files && !found.contains_key(&Figure::Registered) {
        facts.extend(registered_from_total(found, lang, month));
    }
    if files {
        split_subsequent(&mut facts, found, lang);
    }
    let (checks, failures) = checks(found, lang, files);
    Report {
        published: None,
        month,
        facts,
        checks,
        failures,
        unplaced: Vec::new(),
    }
}

/// A page that states the month's total and its resettled (and relocated)
/// but the registered applicants only as parts of their own (first and
/// subsequent) or as a bound ("more than 3,000"): the registered are the
/// total less the others, derived.
fn registered_from_total(found: &Found, lang: Lang, month: Month) -> Option<Fact> {
    let &(total, line) = found.get(&Figure::Total)?;
    let parts = [
        (Figure::Resettlement, Type::Resettlement),
        (Figure::Relocation, Type::Relocation),
    ];
    let others: Vec<(Type, i64, usize)> = parts
        .iter()
        .filter_map(|(f, t)| found.get(f).map(|&(v, l)| (*t, v, l)))
        .collect();
    let sub: i64 = others.iter().map(|(_, v, _)| v).sum();
    if others.is_empty() || sub > total {
        return None;
    }
    // Each part named by its word, so that a row holding the parts again
    // is known to be the printed total.
    let less: String = others
        .iter()
        .map(|&(t, v, l)| crate::model::fact::less(t, v, l))
        .collect();
    Some(Fact {
        figure: Counted::Count(APPS, Type::Registered, PERSONS),
        country: None,
        start: month,
        end: month,
        value: total - sub,
        provenance: Provenance::Page { lang, line },
        derived: Some(format!("{total} (line {line}){less}")),
    })
}

/// Up to 2015 a page states the multiple (subsequent) applications among
/// those registered: the registered files become `first` (registered minus
/// subsequent) and `subsequent`, so that no file counts twice.
fn split_subsequent(facts: &mut Vec<Fact>, found: &Found, lang: Lang) {
    let Some(&(subsequent, line)) = found.get(&Figure::SubsequentFiles) else {
        return;
    };
    let Some(registered) = facts
        .iter_mut()
        .find(|f| f.figure.is(APPS, Type::Registered))
    else {
        return;
    };
    if subsequent > registered.value {
        return;
    }
    let Counted::Count(_, _, unit) = registered.figure else {
        return;
    };
    registered.figure = Counted::Count(APPS, Type::First, unit);
    registered.derived = Some(format!(
        "{} (line {}) less {subsequent} multiple (line {line})",
        registered.value,
        registered.provenance.line()
    ));
    registered.value -= subsequent;
    let multiple = Fact {
        figure: Counted::Count(APPS, Type::Subsequent, unit),
        value: subsequent,
        provenance: Provenance::Page { lang, line },
        derived: None,
        ..registered.clone()
    };
    facts.push(multiple);
}

/// The page's stated totals against their stated parts.
fn checks(found: &Found, lang: Lang, files: bool) -> (usize, Vec<CheckFailure>) {
    let get = |f| found.get(&f).copied();
    let mut checks = 0;
    let mut failures = Vec::new();
    let registered = if files {
        Figure::RegisteredFiles
    } else {
        Figure::Registered
    };
    let stated = get(registered).map(|(v, _)| v).or_else(|| {
        let (first, subsequent) = (get(Figure::First)?, get(Figure::Subsequent)?);
        Some(first.0 + subsequent.0)
    });
    if let (Some((total, line)), Some(first)) = (get(Figure::Total), stated) {
        let parts = first
            + get(Figure::Resettlement).map_or(0, |v| v.0)
            + get(Figure::Relocation).map_or(0, |v| v.0);
        checks += 1;
        if parts != total {
            failures.push(failure(
                lang,
                line,
                msg!("check-page-applicants"),
                total,
                parts,
            ));
        }
    }
    if let (Some((total, line)), Some((normal, _)), Some((backlog, _))) = (
        get(Figure::WorkloadDossiers),
        get(Figure::Normal),
        get(Figure::Backlog),
    ) {
        checks += 1;
        if normal + backlog != total {
            failures.push(failure(
                lang,
                line,
                msg!("check-page-workload"),
                total,
                normal + backlog,
            ));
        }
    }
    (checks, failures)
}

fn failure(lang: Lang, line: usize, what: Message, printed: i64, computed: i64) -> CheckFailure {
    CheckFailure {
        table: lang.table(),
        line,
        what,
        printed,
        computed,
    }
}

/// The page's registered applicants: as stated, or as its first and
/// subsequent applicants together.
fn registered(facts: &[Fact]) -> Option<Fact> {
    let total = |kind| {
        facts
            .iter()
            .find(|f| f.country.is_none() && f.figure.is(APPS, kind))
    };
    if let Some(registered) = total(Type::Registered) {
        return Some(registered.clone());
    }
    let (first, subsequent) = (total(Type::First)?, total(Type::Subsequent)?);
    let Counted::Count(_, _, unit) = first.figure else {
        return None;
    };
    Some(Fact {
        figure: Counted::Count(APPS, Type::Registered, unit),
        value: first.value + subsequent.value,
        ..first.clone()
    })
}

/// The month's applicants by country its ranking (the sentences that rank
/// the month) states, where the page states its registered applicants;
/// their sum is checked against them.
pub(super) fn by_countries(report: &mut Report, ranking: &[&Sentence], lang: Lang) {
    let Some(registered) = registered(&report.facts) else {
        return;
    };
    let counts = by_country::counts(ranking);
    let Some(first) = counts.first() else {
        return;
    };
    let sum: i64 = counts.iter().map(|c| c.value).sum();
    report.checks += 1;
    if sum > registered.value {
        let what = msg!("check-page-countries");
        let line = first.line;
        report
            .failures
            .push(failure(lang, line, what, registered.value, sum));
    }
    report
        .facts
        .extend(by_country::facts(&counts, &registered, lang));
    report.facts.extend(by_country::other(&counts, &registered));
    report.unplaced.retain(|(line, text)| {
        let read = by_country::read_in(&counts, *line, text);
        read.is_empty() || has_other_figure(text, &read)
    });
}
