//! The yearly overview a CGVS page gives each January: the year's applicants
//! (their total, which includes resettlement, the resettled and, where
//! stated, the subsequent applications), its decisions, its protection rate,
//! the workload at its end and its top countries, stored as facts that cover
//! the whole year (the workload for December). Only sentences about the
//! overview's year are read: one that names it, or follows one without
//! naming another year; a sentence that names a month speaks of that month.
//! The pages compare with other years, peak months and monthly averages
//! throughout, and everything after another year's name is cut off.

use super::context::has_other_figure;
use super::{figure_in, normalise, ranks, value_of, Lang, Sentence, NUMBER};
use crate::model::fact::less;
use crate::model::month::Month;
use crate::model::{Fact, Figure as Counted, Measure, Provenance, Type, Unit};
use crate::msg;
use crate::report::{CheckFailure, Report};
use regex::Regex;

/// What a yearly pattern finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Figure {
    /// The year's applicants, resettlement included.
    Total,
    Resettled,
    Subsequent,
    /// The decisions the CGVS took in the year, in files and in persons.
    Decisions,
    DecisionPersons,
    /// The year's protection rate, as published: over final decisions
    /// (dossiers), or where its sentence says so over persons.
    Rate,
    RatePersons,
    /// The workload at the end of December, in files and in persons.
    Workload,
    WorkloadPersons,
    /// The normal workload and the real backlog at the end of December,
    /// in files.
    Normal,
    Backlog,
    /// The year's first applications, where stated beside the subsequent.
    First,
}

impl Figure {
    /// Whether a sentence must name the year for this figure: the totals
    /// must, the figures stated beside them may follow it.
    fn needs_year(self) -> bool {
        matches!(
            self,
            Figure::Total
                | Figure::Decisions
                | Figure::Rate
                | Figure::RatePersons
                | Figure::Workload
        )
    }
}

/// The patterns of each figure, per language; `N` is a count, `P` a
/// percentage, `Y` the overview's year.
fn patterns(lang: Lang) -> &'static [(Figure, &'static str)] {
    use Figure::*;
    match lang {
        Lang::Nl => &[
            (Total, r"dienden (N) personen een (?:verzoek|asielaanvraag)"),
            (Total, r"werden (N) asielaanvragen ingediend"),
            (
                Total,
                r"registreerde (?:de )?(?:dienst vreemdelingenzaken|dvz)[^.\d]*?(N) (?:asielaanvragen|verzoeken|personen|asielzoekers)",
            ),
            (
                Total,
                r"(N) personen (?:hebben )?een verzoek om internationale bescherming (?:in)?gediend",
            ),
            (
                Resettled,
                r"(N) personen[^.\d]*?(?:hervestiging|resettlement)",
            ),
            (Subsequent, r"(N) personen[^.\d]*?volgend verzoek"),
            (First, r"(N) personen[^.\d]*?eerste verzoek"),
            (
                Decisions,
                r"nam het cgvs (?:in totaal )?(N) (?:asiel)?beslissingen",
            ),
            (
                Decisions,
                r"heeft (?:het )?(?:cgvs|commissariaat-generaal[^.\d]*?) (N) beslissingen genomen",
            ),
            (
                Decisions,
                r"cgvs nam in Y (?:in totaal )?(N) (?:asiel)?beslissingen",
            ),
            (
                DecisionPersons,
                r"(?:cgvs|staatlozen\)?) N beslissingen genomen (?:voor|over) (N) personen",
            ),
            (
                DecisionPersons,
                r"nam het cgvs (?:in totaal )?N (?:asiel)?beslissingen,? \(?(?:over|voor|betreffende|met betrekking tot) (N) personen",
            ),
            (
                Rate,
                r"beschermings(?:percentage|graad)[^.]*?totale aantal personen[^.%]*?\b(P) ?(?:%|procent)",
            ),
            (
                Rate,
                r"beschermings(?:percentage|graad)[^%]*?\b(P) ?(?:%|procent)",
            ),
            (
                Rate,
                r"oordeelde het cgvs in (P) ?% van de eindbeslissingen",
            ),
            (Rate, r"in (P) ?% van de gevallen beslist"),
            (Rate, r"cgvs in (P) ?% van de beslissingen ten gronde"),
            (
                Workload,
                r"(?:werklast|werkreserve)[^.\d]*?eind (?:december )?Y[^.\d]*?(N) (?:asiel)?dossiers",
            ),
            (
                Workload,
                r"eind (?:december )?Y[^.\d]*?(?:werklast|werkreserve)[^.\d]*?(N) (?:asiel)?dossiers",
            ),
            (
                WorkloadPersons,
                r"(?:werklast|werkreserve)[^.]*?N (?:asiel)?dossiers \((N) personen\)",
            ),
        ],
        Lang::Fr => &[
            (
                Total,
                r"ce sont (N) personnes qui ont introduit une demande (?:de protection|d'asile)",
            ),
            (
                Total,
                r"(?:l'oe|l'office des étrangers(?: \(oe\))?) a enregistré (N) (?:demandes d'asile|demandeurs|personnes)",
            ),
            (
                Total,
                r"(N) demandes d'asile ont été (?:introduites|enregistrées|déposées)",
            ),
            (
                Total,
                r"(N) personnes ont (?:introduit|déposé) une demande (?:d'asile|de protection internationale)",
            ),
            (Resettled, r"(N) personnes[^.\d]*?réinstallation"),
            (
                Subsequent,
                r"(N) personnes (?:qui )?ont introduit une demande (?:ultérieure|subséquente)",
            ),
            (
                First,
                r"(N) personnes (?:qui ont introduit )?une première demande",
            ),
            (
                Decisions,
                r"a (?:également )?pris (?:un total de |au total |un nombre record de décisions en Y ?: )?(N) décisions",
            ),
            (
                DecisionPersons,
                r"a (?:également )?pris (?:un total de |au total |un nombre record de décisions en Y ?: )?N décisions,? (?:concernant|portant sur|pour) (?:un total de )?(N) personnes",
            ),
            (Rate, r"taux de protection[^%]*?\b(P) ?(?:%|pour cent)"),
            (Rate, r"le cgra a estimé dans (P) ?% des décisions finales"),
            (
                Rate,
                r"dans (P) ?% des cas,? la demande (?:de protection|d'asile) a reçu un avis favorable",
            ),
            (
                Workload,
                r"(?:charge|réserve) de travail[^.\d]*?fin (?:décembre )?Y[^.\d]*?(N) dossiers",
            ),
            (
                Workload,
                r"fin (?:décembre )?Y[^.\d]*?(?:charge|réserve) de travail[^.\d]*?(N) dossiers",
            ),
            (
                WorkloadPersons,
                r"(?:charge|réserve) de travail[^.]*?N dossiers \((N) personnes\)",
            ),
            (
                Workload,
                r"arriéré fin (?:décembre )?Y (?:comptait|s'élevait à|était de) (N) dossiers",
            ),
            (
                Normal,
                r"avec (N) dossiers, une (?:réserve|charge) de travail peut être considérée comme normale",
            ),
        ],
        Lang::En => &[
            (
                Total,
                r"(N) (?:asylum applicants|applicants for international protection|persons) (?:were registered|applied)",
            ),
            (
                Total,
                r"(N) persons (?:filed|submitted|lodged) an application for international protection",
            ),
            (
                Total,
                r"(N) (?:asylum )?applications (?:for (?:asylum|international protection) )?were (?:filed|lodged|submitted|registered)",
            ),
            (
                Total,
                r"registered (?:a total of )?(N) (?:asylum applications|asylum applicants|applications for international protection|applicants for international protection)",
            ),
            (Resettled, r"(N) (?:persons|people)[^.\d]*?resettle"),
            (
                Subsequent,
                r"(N) (?:persons|people) [^.\d]*?subsequent application",
            ),
            (Subsequent, r"(N) subsequent applications"),
            (First, r"(N) (?:persons|people) [^.\d]*?first application"),
            (First, r"(N) first applications"),
            (Decisions, r"(?:took|taken) (?:a total of )?(N) decisions"),
            (
                DecisionPersons,
                r"(?:took|taken) (?:a total of )?N decisions,? (?:concerning|for|relating to) (?:a total of )?(N) persons",
            ),
            (
                Rate,
                r"(?:protection rate|rate of protection)[^%]*?\b(P) ?(?:%|per ?cent)",
            ),
            (
                Workload,
                r"(?:workload|caseload)[^.\d]*?end of (?:december )?Y[^.\d]*?(N) (?:cases|files|dossiers)",
            ),
            (
                Workload,
                r"end of (?:december )?Y[^.\d]*?(?:workload|caseload)[^.\d]*?(N) (?:cases|files|dossiers)",
            ),
            (
                Workload,
                r"(?:workload|caseload)[^.\d]*?(N) (?:cases|files|dossiers) (?:at|by) the end of (?:december )?Y",
            ),
            (
                Rate,
                r"(?:concluded|considered|decided) in (P) ?% of (?:its |the )?(?:final )?decisions",
            ),
            (
                WorkloadPersons,
                r"(?:workload|caseload)[^.]*?N (?:cases|files|dossiers) \((N) persons\)",
            ),
        ],
    }
}

/// The patterns of a language for one year, compiled; the normal workload
/// and the backlog in the words of the monthly pages.
fn compiled(lang: Lang, year: i32) -> Vec<(Figure, Regex)> {
    let placeholder = Regex::new(r"\b[NY]\b").expect("a valid pattern");
    let stocks = super::words::patterns(lang)
        .iter()
        .filter_map(|(figure, pattern)| match figure {
            super::words::Figure::Normal => Some((Figure::Normal, *pattern)),
            super::words::Figure::Backlog => Some((Figure::Backlog, *pattern)),
            _ => None,
        });
    patterns(lang)
        .iter()
        .copied()
        .chain(stocks)
        .map(|(figure, pattern)| {
            let pattern = pattern
                .replace("(N)", &format!("({NUMBER})"))
                .replace("(P)", r"(\d{1,3}(?:[.,]\d)?)");
            let pattern = placeholder.replace_all(&pattern, |c: &regex::Captures| {
                if &c[0] == "N" {
                    format!("(?:{NUMBER})")
                } else {
                    year.to_string()
                }
            });
            let re = Regex::new(&format!("(?i){pattern}")).expect("a valid pattern");
            (figure, re)
        })
        .collect()
}

/// Whether a clause speaks of one month: it names a month ("oktober 2023",
/// "in september"), or points back at the month named before ("in
/// diezelfde maand", "le même mois").
fn speaks_of_a_month(text: &str) -> bool {
    static MONTH: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let month = MONTH.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)\b(?:in|en|tijdens|during|(?:au )?mois d[e']) ?(?:{})\b|\b(?:die|de|dezelfde|diezelfde) maand\b|\b(?:ce|le) (?:même )?mois(?:-là)?\b|\b(?:that|the) same month\b",
            super::month_names()
        ))
        .expect("a valid pattern")
    });
    !super::months_named(text).is_empty() || month.is_match(text)
}

/// The years a sentence names.
fn years(text: &str) -> Vec<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .filter_map(|w| w.parse().ok())
        .collect()
}

/// A sentence up to where it names another year than `year`.
fn own_clause(text: &str, year: i32) -> &str {
    static YEAR: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let other = YEAR.get_or_init(|| Regex::new(r"\b(?:19|20)\d\d\b").expect("a valid pattern"));
    let cut = other
        .find_iter(text)
        .find(|m| m.as_str() != year.to_string())
        .map_or(text.len(), |m| m.start());
    &text[..cut]
}

/// A figure as read: what it is, its value (a rate in tenths) and its line.
type Found = Vec<(Figure, i64, usize)>;

/// The overview of `year`: its facts, each covering January to December.
pub(super) fn read(sentences: &[Sentence], lang: Lang, year: i32) -> Option<Report> {
    let mut reader = Reader {
        year,
        patterns: compiled(lang, year),
        found: Vec::new(),
        own_year: Vec::new(),
        context: true,
        december: true,
    };
    let mut unplaced = Vec::new();
    for s in sentences.iter().skip(1) {
        let text = normalise(&s.text);
        let mut placed = Vec::new();
        let mut at = 0;
        for clause in text.split_inclusive("; ") {
            placed.extend(
                reader
                    .clause(clause, s.line)
                    .into_iter()
                    .map(|r| r.start + at..r.end + at),
            );
            at += clause.len();
        }
        if has_other_figure(&text, &placed) {
            unplaced.push((s.line, s.text.clone()));
        }
    }
    if reader.found.is_empty() {
        return None;
    }
    let mut report = facts(year, lang, &reader.found);
    let span = (Month::january_of(year), Month::january_of(year).minus(-11));
    report.facts.extend(ranks::ranks(
        &ranks::ranking(&reader.own_year),
        lang,
        span,
        |lang, line| Provenance::Yearly { lang, line },
    ));
    report.unplaced = unplaced;
    Some(report)
}

/// Whether a clause counts the applicants who declared themselves
/// unaccompanied minors, a part of the year's applicants, never its total.
fn of_minors(clause: &str) -> bool {
    static MINORS: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    MINORS
        .get_or_init(|| {
            Regex::new(r"(?i)unaccompanied|non accompagnés|niet-begeleide|\bmena\b|\bnbmv\b")
                .expect("the minors pattern compiles")
        })
        .is_match(clause)
}

/// Whether a rate's clause says it is over persons, not over final
/// decisions ("op het totaal van de personen met een eindbeslissing").
fn over_persons(clause: &str) -> bool {
    static BASIS: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    BASIS
        .get_or_init(|| {
            Regex::new(concat!(
                r"(?i)(?:totaal|geheel) van de personen|personen met een eindbeslissing|totale aantal personen",
                r"|(?:total|ensemble) des personnes|personnes ayant (?:reçu|obtenu) une décision",
                r"|(?:total|all) (?:of )?(?:the )?persons|persons (?:with|who received) a final decision"
            ))
            .expect("the basis pattern compiles")
        })
        .is_match(clause)
}

/// The reading of an overview, clause by clause.
struct Reader {
    year: i32,
    patterns: Vec<(Figure, Regex)>,
    found: Found,
    /// The clauses about the year, for its top countries.
    own_year: Vec<Sentence>,
    /// Whether the text speaks of the overview's year.
    context: bool,
    /// Whether the last month named was the year's December (the stocks
    /// of its end are read only there, or before any month is named).
    december: bool,
}

impl Reader {
    /// Reads one clause (a sentence, or a part of one between semicolons);
    /// gives the places of the figures it took.
    fn clause(&mut self, text: &str, line: usize) -> Vec<std::ops::Range<usize>> {
        let named = years(text);
        if named.contains(&self.year) {
            self.context = true;
        } else if !named.is_empty() {
            self.context = false;
        }
        if !self.context {
            return Vec::new();
        }
        let of_month = speaks_of_a_month(text);
        let named_months = super::months_named(text);
        if !named_months.is_empty() {
            self.december = named_months
                .iter()
                .all(|m| *m == Month::january_of(self.year).minus(-11));
        }
        let own = own_clause(text, self.year);
        let mut placed = Vec::new();
        for (figure, re) in &self.patterns {
            let month_allowed = match figure {
                Figure::Workload => true,
                Figure::Normal | Figure::Backlog => self.december || !of_month,
                _ => !of_month,
            };
            if !month_allowed || (figure.needs_year() && !named.contains(&self.year)) {
                continue;
            }
            if *figure == Figure::Total && of_minors(own) {
                continue;
            }
            let Some(range) = figure_in(re, own) else {
                continue;
            };
            let Some(value) = value_of(*figure == Figure::Rate, &own[range.clone()]) else {
                continue;
            };
            placed.push(range);
            let figure = match figure {
                Figure::Rate if over_persons(own) => Figure::RatePersons,
                other => *other,
            };
            if !self.found.iter().any(|(f, _, _)| *f == figure) {
                self.found.push((figure, value, line));
            }
        }
        if !of_month {
            self.own_year.push(Sentence {
                line,
                text: own.to_string(),
            });
        }
        placed
    }
}

/// The figures stored as read, with what each is.
const OTHERS: [(Figure, Measure, Type, Unit); 8] = {
    use {Figure as F, Measure as M, Type as T, Unit as U};
    [
        (F::Decisions, M::Decisions, T::Total, U::Dossiers),
        (F::DecisionPersons, M::Decisions, T::Total, U::Persons),
        (F::Rate, M::ProtectionRate, T::Published, U::Dossiers),
        (F::RatePersons, M::ProtectionRate, T::Published, U::Persons),
        (F::Workload, M::Workload, T::Total, U::Dossiers),
        (F::WorkloadPersons, M::Workload, T::Total, U::Persons),
        (F::Normal, M::Workload, T::Normal, U::Dossiers),
        (F::Backlog, M::Workload, T::Backlog, U::Dossiers),
    ]
};

/// The year's facts. The total includes the resettled, stated beside it:
/// `registered` is the total less them; where the subsequent applications
/// are stated, `first` is the registered less them.
fn facts(year: i32, lang: Lang, found: &Found) -> Report {
    let get = |f: Figure| {
        found
            .iter()
            .find(|(g, _, _)| *g == f)
            .map(|(_, v, l)| (*v, *l))
    };
    let january = Month::january_of(year);
    let december = january.minus(-11);
    let fact = |measure, kind, unit, (value, line): (i64, usize), derived| Fact {
        figure: Counted::Count(measure, kind, unit),
        country: None,
        start: if measure == Measure::Workload {
            december
        } else {
            january
        },
        end: december,
        value,
        provenance: Provenance::Yearly { lang, line },
        derived,
    };
    let mut facts = Vec::new();
    let mut failures = Vec::new();
    let mut checks = 0;
    if let Some(total) = get(Figure::Total) {
        let parts = (get(Figure::Resettled), get(Figure::Subsequent));
        facts.extend(applicants(year, total, parts, &fact));
        if let Some(failure) = first_stated(&mut facts, get(Figure::First), total, lang) {
            failures.push(failure);
        }
        checks += usize::from(get(Figure::First).is_some());
    }
    for (figure, measure, kind, unit) in OTHERS {
        if let Some(found) = get(figure) {
            facts.push(fact(measure, kind, unit, found, None));
        }
    }
    Report {
        published: None,
        month: december,
        facts,
        checks,
        failures,
        unplaced: Vec::new(),
    }
}

/// Where an overview states the first applications beside the subsequent:
/// `first` is the figure printed, checked against the total less the
/// others (a failure where they differ).
fn first_stated(
    facts: &mut [Fact],
    stated: Option<(i64, usize)>,
    (total, _): (i64, usize),
    lang: Lang,
) -> Option<CheckFailure> {
    let (value, line) = stated?;
    let first = facts
        .iter_mut()
        .find(|f| f.figure.is(Measure::Applications, Type::First))?;
    if first.value != value {
        return Some(CheckFailure {
            table: lang.overview_table(),
            line,
            what: msg!("check-yearly-applicants"),
            printed: total,
            computed: total - first.value + value,
        });
    }
    first.derived = None;
    first.provenance = Provenance::Yearly { lang, line };
    None
}

/// The year's applicants: the resettled, and the registered (the total less
/// them) or, where the subsequent are stated, first and subsequent. Up to
/// 2015 they are applications (files).
fn applicants(
    year: i32,
    (total, line): (i64, usize),
    (resettled, subsequent): (Option<(i64, usize)>, Option<(i64, usize)>),
    fact: &dyn Fn(Measure, Type, Unit, (i64, usize), Option<String>) -> Fact,
) -> Vec<Fact> {
    let unit = if year <= crate::model::vocabulary::LAST_YEAR_IN_FILES {
        Unit::Files
    } else {
        Unit::Persons
    };
    let registered = total - resettled.map_or(0, |r| r.0);
    let printed = format!("{total} (line {line})");
    let less_resettled = resettled.map(|(r, l)| printed.clone() + &less(Type::Resettlement, r, l));
    let apps = Measure::Applications;
    let mut facts = Vec::new();
    if let Some(r) = resettled {
        facts.push(fact(apps, Type::Resettlement, unit, r, None));
    }
    match subsequent {
        Some((s, l)) if s <= registered => {
            let less = less_resettled.clone().unwrap_or(printed) + &less(Type::Subsequent, s, l);
            facts.push(fact(
                apps,
                Type::First,
                unit,
                (registered - s, line),
                Some(less),
            ));
            facts.push(fact(apps, Type::Subsequent, unit, (s, l), None));
        }
        _ => facts.push(fact(
            apps,
            Type::Registered,
            unit,
            (registered, line),
            less_resettled,
        )),
    }
    facts
}
