//! The yearly overview a CGVS page gives each January: the year's applicants
//! (their total, which includes resettlement, the resettled and, where
//! stated, the subsequent applications), stored as facts that cover the
//! whole year. Only sentences that name the overview's year, or follow one
//! without naming another period, are read: the pages compare with other
//! years, peak months and monthly averages throughout.

use super::{normalise, Lang, Sentence, NUMBER};
use crate::model::month::Month;
use crate::model::{Fact, Origin};
use crate::report::Report;
use regex::Regex;

/// What a yearly pattern finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Figure {
    /// The year's applicants, resettlement included.
    Total,
    Resettled,
    Subsequent,
}

/// The patterns of each figure, per language; `N` is a count.
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
            (Resettled, r"(N) personen[^.\d]*?hervestiging"),
            (Subsequent, r"(N) personen[^.\d]*?volgend verzoek"),
        ],
        Lang::Fr => &[
            (
                Total,
                r"ce sont (N) personnes qui ont introduit une demande de protection",
            ),
            (
                Total,
                r"l'oe a enregistré (N) (?:demandes d'asile|demandeurs|personnes)",
            ),
            (Resettled, r"(N) personnes[^.\d]*?réinstallation"),
            (
                Subsequent,
                r"(N) personnes qui ont introduit une demande (?:ultérieure|subséquente)",
            ),
        ],
        Lang::En => &[
            (
                Total,
                r"(N) (?:asylum applicants|applicants for international protection|persons) (?:were registered|applied)",
            ),
            (Resettled, r"(N) (?:persons|people)[^.\d]*?resettle"),
            (
                Subsequent,
                r"(N) (?:persons|people)? ?[^.\d]*?subsequent application",
            ),
        ],
    }
}

/// The years a sentence names.
fn years(text: &str) -> Vec<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .filter_map(|w| w.parse().ok())
        .collect()
}

/// The overview of `year`: its facts, each covering January to December.
pub(super) fn read(sentences: &[Sentence], lang: Lang, year: i32) -> Option<Report> {
    let mut found: Vec<(Figure, i64, usize)> = Vec::new();
    let mut context = true;
    for s in sentences.iter().skip(1) {
        let text = normalise(&s.text);
        let named = years(&text);
        if named.contains(&year) {
            context = true;
        } else if !named.is_empty() {
            context = false;
        }
        if !context {
            continue;
        }
        for (figure, pattern) in patterns(lang) {
            // A total is taken only from a sentence that names the year.
            if *figure == Figure::Total && !named.contains(&year) {
                continue;
            }
            if found.iter().any(|(f, _, _)| f == figure) {
                continue;
            }
            let re = Regex::new(&format!(
                "(?i){}",
                pattern.replace("(N)", &format!("({NUMBER})"))
            ))
            .expect("a valid pattern");
            if let Some(c) = re.captures(&text) {
                let digits: String = c[1].chars().filter(char::is_ascii_digit).collect();
                if let Ok(v) = digits.parse() {
                    found.push((*figure, v, s.line));
                }
            }
        }
    }
    let get = |f: Figure| {
        found
            .iter()
            .find(|(g, _, _)| *g == f)
            .map(|(_, v, l)| (*v, *l))
    };
    let (total, line) = get(Figure::Total)?;
    Some(facts(
        year,
        lang,
        total,
        line,
        get(Figure::Resettled),
        get(Figure::Subsequent),
    ))
}

/// The year's facts. The total includes the resettled, stated beside it:
/// `registered` is the total less them; where the subsequent applications
/// are stated, `first` is the registered less them.
fn facts(
    year: i32,
    lang: Lang,
    total: i64,
    line: usize,
    resettled: Option<(i64, usize)>,
    subsequent: Option<(i64, usize)>,
) -> Report {
    let unit = if year <= 2015 { "files" } else { "persons" };
    let fact = |kind, value, line| Fact {
        measure: "applications",
        kind,
        unit,
        country: None,
        start: Month::january_of(year),
        end: Month::january_of(year).minus(-11),
        value,
        origin: Origin::Page,
        table: lang.table(),
        line,
    };
    let resettled_value = resettled.map_or(0, |r| r.0);
    let registered = total - resettled_value;
    let mut facts = Vec::new();
    if let Some((r, l)) = resettled {
        facts.push(fact("resettlement", r, l));
    }
    match subsequent {
        Some((s, l)) if s <= registered => {
            facts.push(fact("first", registered - s, line));
            facts.push(fact("subsequent", s, l));
        }
        _ => facts.push(fact("registered", registered, line)),
    }
    Report {
        month: Month::january_of(year).minus(-11),
        facts,
        checks: 0,
        failures: Vec::new(),
        unplaced: Vec::new(),
    }
}
