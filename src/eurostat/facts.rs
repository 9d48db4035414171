//! A download's observations as figures of asylq's model: the measure its
//! dataset counts, the type (applicant type, decision outcome), the
//! reporting country, the citizenship through the country reference, sex,
//! age, period, value and flags. A code asylq cannot place is reported,
//! with how many figures carry it and the first line it is on: never
//! dropped, never read as something else.

use super::codes::{self, Citizen};
use super::datasets::Counts;
use super::error::EurostatError;
use super::{Observation, Table};
use crate::model::period::Period;

/// One figure of Eurostat's, placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// `applications`, `decisions` (first instance), `final_decisions`,
    /// `pending` or `population`.
    pub measure: &'static str,
    /// asylq's type (`registered`, `positive`, ...); `total` where the
    /// dataset has no such dimension.
    pub kind: &'static str,
    /// The reporting country or aggregate, by Eurostat's code.
    pub geo: &'static str,
    /// The citizenship; `None` for the population.
    pub citizen: Option<Citizen>,
    pub sex: &'static str,
    /// An age class; a population's single years of age as written.
    pub age: String,
    pub period: Period,
    pub value: Option<i64>,
    pub flags: String,
    pub line: usize,
}

/// A code no figure could be placed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    pub dimension: String,
    pub code: String,
    /// The figures that carry it.
    pub figures: usize,
    /// The first line it is on.
    pub line: usize,
}

/// The figures of a download, and the codes that could not be placed.
pub fn figures(table: &Table) -> Result<(Vec<Figure>, Vec<Unplaced>), EurostatError> {
    let at = Positions::of(table)?;
    let mut out = Vec::with_capacity(table.observations.len());
    let mut unplaced: Vec<Unplaced> = Vec::new();
    // The cells of a series follow each other and share its key: placed
    // once, then each cell takes its period, value and flags.
    let mut last: Option<(&[String], Figure)> = None;
    for o in &table.observations {
        if let Some((key, placed)) = &last {
            if *key == o.key.as_slice() {
                out.push(Figure {
                    period: o.period,
                    value: o.value,
                    flags: o.flags.clone(),
                    line: o.line,
                    ..placed.clone()
                });
                continue;
            }
        }
        match place(table, &at, o) {
            Ok(f) => {
                last = Some((o.key.as_slice(), f.clone()));
                out.push(f);
            }
            Err((dimension, code)) => {
                last = None;
                note(&mut unplaced, dimension, code, o.line)
            }
        }
    }
    Ok((out, unplaced))
}

fn note(unplaced: &mut Vec<Unplaced>, dimension: &str, code: &str, line: usize) {
    match unplaced
        .iter_mut()
        .find(|u| u.dimension == dimension && u.code == code)
    {
        Some(u) => u.figures += 1,
        None => unplaced.push(Unplaced {
            dimension: dimension.to_string(),
            code: code.to_string(),
            figures: 1,
            line,
        }),
    }
}

/// Where each dimension asylq reads is in a key.
struct Positions {
    geo: usize,
    citizen: Option<usize>,
    sex: Option<usize>,
    age: Option<usize>,
    unit: Option<usize>,
    kind: Option<usize>,
}

impl Positions {
    fn of(table: &Table) -> Result<Positions, EurostatError> {
        let need = |name: &str| {
            table.dimension(name).ok_or_else(|| EurostatError::Header {
                line: 1,
                what: crate::msg!(
                    "eurostat-header-dimension",
                    dimension = name,
                    dataset = table.dataset.code
                ),
            })
        };
        let counts = table.dataset.counts;
        let kind = match counts {
            // The old bulk files named the applicant type `asyl_app`.
            Counts::Applications => table.dimension("applicant").or(table.dimension("asyl_app")),
            Counts::FirstDecisions | Counts::FinalDecisions => Some(need("decision")?),
            _ => None,
        };
        let citizen = match counts {
            Counts::Population => None,
            _ => Some(need("citizen")?),
        };
        Ok(Positions {
            geo: need("geo")?,
            citizen,
            sex: table.dimension("sex"),
            age: table.dimension("age"),
            unit: table.dimension("unit"),
            kind,
        })
    }
}

type Refusal<'a> = (&'static str, &'a str);

fn place<'a>(table: &Table, at: &Positions, o: &'a Observation) -> Result<Figure, Refusal<'a>> {
    let code = |i: usize| o.key[i].as_str();
    let geo = codes::geo(code(at.geo))
        .filter(|g| g.0 == code(at.geo))
        .ok_or(("geo", code(at.geo)))?
        .0;
    let citizen = match at.citizen {
        Some(i) => Some(codes::citizen(code(i)).ok_or(("citizen", code(i)))?),
        None => None,
    };
    let sex = one_of(at.sex, o, codes::SEXES, "sex")?;
    let age = age_of(table, at.age, o)?;
    if let Some(i) = at.unit {
        if !matches!(code(i), "PER" | "NR") {
            return Err(("unit", code(i)));
        }
    }
    let (measure, kind) = measure_and_kind(table.dataset.counts, at.kind.map(code))?;
    Ok(Figure {
        measure,
        kind,
        geo,
        citizen,
        sex,
        age,
        period: o.period,
        value: o.value,
        flags: o.flags.clone(),
        line: o.line,
    })
}

/// The age class of an observation: one of the asylum datasets' classes,
/// or for the population each year of age.
fn age_of<'a>(table: &Table, at: Option<usize>, o: &'a Observation) -> Result<String, Refusal<'a>> {
    match at {
        Some(i) if table.dataset.counts == Counts::Population => {
            let code = o.key[i].as_str();
            if codes::population_age(code) {
                Ok(code.to_string())
            } else {
                Err(("age", code))
            }
        }
        _ => one_of(at, o, codes::AGES, "age").map(String::from),
    }
}

/// A code among the known ones, or the total where the dataset has no
/// such dimension.
fn one_of<'a>(
    at: Option<usize>,
    o: &'a Observation,
    known: &'static [&'static str],
    dimension: &'static str,
) -> Result<&'static str, Refusal<'a>> {
    let Some(i) = at else {
        return Ok(known[0]);
    };
    let code = o.key[i].as_str();
    known
        .iter()
        .find(|k| **k == code)
        .copied()
        .ok_or((dimension, code))
}

fn measure_and_kind(
    counts: Counts,
    code: Option<&str>,
) -> Result<(&'static str, &'static str), Refusal<'_>> {
    let typed = |read: fn(&str) -> Option<&'static str>, dimension| match code {
        Some(c) => read(c).ok_or((dimension, c)),
        None => Ok("total"),
    };
    Ok(match counts {
        Counts::Applications => ("applications", typed(codes::applicant, "applicant")?),
        Counts::FirstDecisions => ("decisions", typed(codes::decision, "decision")?),
        Counts::FinalDecisions => ("final_decisions", typed(codes::decision, "decision")?),
        Counts::Pending => ("pending", "total"),
        Counts::Population => ("population", "total"),
    })
}
