//! A download's observations as figures of asylq's model: the measure its
//! dataset counts, the type (applicant type, decision outcome), the
//! reporting country, the citizenship through the country reference, sex,
//! age, period, value and flags. A code asylq cannot place is reported,
//! with how many figures carry it and the first line it is on: never
//! dropped, never read as something else. A series' codes are placed once
//! for all its cells ([`Key`]).

use super::codes::{self, Citizen};
use super::datasets::Counts;
use super::error::EurostatError;
use super::{Cell, Head, Stop, Table};
use crate::model::period::Period;

/// What the codes of a series place: a figure without its cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
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
}

/// One figure of Eurostat's, placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub key: Key,
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

impl Figure {
    fn of(key: &Key, cell: &Cell) -> Figure {
        Figure {
            key: key.clone(),
            period: cell.period,
            value: cell.value,
            flags: cell.flags.clone(),
            line: cell.line,
        }
    }
}

/// The figures of a download read whole, and the codes that could not be
/// placed.
pub fn figures(table: &Table) -> Result<(Vec<Figure>, Vec<Unplaced>), EurostatError> {
    let mut placing = Placing::of(&table.head)?;
    let mut out = Vec::with_capacity(table.observations.len());
    // The cells of a series follow each other and share its key.
    for series in table.observations.chunk_by(|a, b| a.key == b.key) {
        let cells: Vec<Cell> = series
            .iter()
            .map(|o| Cell {
                period: o.period,
                value: o.value,
                flags: o.flags.clone(),
                line: o.line,
            })
            .collect();
        if let Some(key) = placing.key(&series[0].key, &cells) {
            out.extend(cells.iter().map(|c| Figure::of(&key, c)));
        }
    }
    Ok((out, placing.unplaced))
}

/// What a download holds, read through once without keeping its cells.
#[derive(Debug, Clone)]
pub struct Summary {
    pub head: Head,
    /// The figures placed.
    pub figures: usize,
    /// The earliest and the latest period of a figure (by their start).
    pub first: Option<Period>,
    pub last: Option<Period>,
    pub unplaced: Vec<Unplaced>,
}

/// Reads a download series by series (see [`super::each_series`]),
/// handing each series it places to `sink`, and sums it up.
pub fn stream<E>(
    name: &str,
    text: &str,
    code: Option<&str>,
    sink: &mut dyn FnMut(&Key, &[Cell]) -> Result<(), E>,
) -> Result<Summary, Stop<E>> {
    let mut placing: Option<Placing> = None;
    let (mut figures, mut first, mut last) = (0, None::<Period>, None::<Period>);
    let mut each = |head: &Head, codes: &[String], cells: &[Cell]| -> Result<(), Stop<E>> {
        let placing = match &mut placing {
            Some(p) => p,
            None => placing.insert(Placing::of(head).map_err(Stop::Read)?),
        };
        let Some(key) = placing.key(codes, cells) else {
            return Ok(());
        };
        for c in cells {
            first = first
                .filter(|f| f.first() <= c.period.first())
                .or(Some(c.period));
            last = last
                .filter(|l| l.first() > c.period.first())
                .or(Some(c.period));
        }
        figures += cells.len();
        sink(&key, cells).map_err(Stop::Sink)
    };
    let head = super::each_series(name, text, code, &mut each).map_err(|stop| match stop {
        Stop::Read(e) | Stop::Sink(Stop::Read(e)) => Stop::Read(e),
        Stop::Sink(Stop::Sink(e)) => Stop::Sink(e),
    })?;
    let unplaced = match placing {
        Some(p) => p.unplaced,
        // A download of no figure still needs the dimensions its dataset has.
        None => Placing::of(&head).map_err(Stop::Read)?.unplaced,
    };
    Ok(Summary {
        head,
        figures,
        first,
        last,
        unplaced,
    })
}

/// A download read through once and placed, nothing kept but its
/// summary: what a load checks before it stores anything.
pub fn summary(name: &str, text: &str, code: Option<&str>) -> Result<Summary, EurostatError> {
    let mut nothing = |_: &Key, _: &[Cell]| Ok::<(), std::convert::Infallible>(());
    stream(name, text, code, &mut nothing).map_err(|stop| match stop {
        Stop::Read(e) => e,
        Stop::Sink(never) => match never {},
    })
}

/// Places series after series, and tallies the codes it cannot place.
struct Placing {
    head: Head,
    at: Positions,
    unplaced: Vec<Unplaced>,
}

impl Placing {
    fn of(head: &Head) -> Result<Placing, EurostatError> {
        Ok(Placing {
            at: Positions::of(head)?,
            head: head.clone(),
            unplaced: Vec::new(),
        })
    }

    /// What a series' codes place; none where a code cannot be placed,
    /// which is tallied with the series' cells.
    fn key(&mut self, codes: &[String], cells: &[Cell]) -> Option<Key> {
        match place(&self.head, &self.at, codes) {
            Ok(key) => Some(key),
            Err((dimension, code)) => {
                self.note(dimension, code, cells);
                None
            }
        }
    }

    fn note(&mut self, dimension: &str, code: &str, cells: &[Cell]) {
        let found = self
            .unplaced
            .iter_mut()
            .find(|u| u.dimension == dimension && u.code == code);
        match found {
            Some(u) => u.figures += cells.len(),
            None => self.unplaced.push(Unplaced {
                dimension: dimension.to_string(),
                code: code.to_string(),
                figures: cells.len(),
                line: cells.first().map_or(0, |c| c.line),
            }),
        }
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
    fn of(table: &Head) -> Result<Positions, EurostatError> {
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

fn place<'a>(table: &Head, at: &Positions, key: &'a [String]) -> Result<Key, Refusal<'a>> {
    let code = |i: usize| key[i].as_str();
    let geo = codes::geo(code(at.geo))
        .filter(|g| g.0 == code(at.geo))
        .ok_or(("geo", code(at.geo)))?
        .0;
    let citizen = match at.citizen {
        Some(i) => Some(codes::citizen(code(i)).ok_or(("citizen", code(i)))?),
        None => None,
    };
    let sex = one_of(at.sex, key, codes::SEXES, "sex")?;
    let age = age_of(table, at.age, key)?;
    if let Some(i) = at.unit {
        if !matches!(code(i), "PER" | "NR") {
            return Err(("unit", code(i)));
        }
    }
    let (measure, kind) = measure_and_kind(table.dataset.counts, at.kind.map(code))?;
    Ok(Key {
        measure,
        kind,
        geo,
        citizen,
        sex,
        age,
    })
}

/// The age class of an observation: one of the asylum datasets' classes,
/// or for the population each year of age.
fn age_of<'a>(table: &Head, at: Option<usize>, key: &'a [String]) -> Result<String, Refusal<'a>> {
    match at {
        Some(i) if table.dataset.counts == Counts::Population => {
            let code = key[i].as_str();
            if codes::population_age(code) {
                Ok(code.to_string())
            } else {
                Err(("age", code))
            }
        }
        _ => one_of(at, key, codes::AGES, "age").map(String::from),
    }
}

/// A code among the known ones, or the total where the dataset has no
/// such dimension.
fn one_of<'a>(
    at: Option<usize>,
    key: &'a [String],
    known: &'static [&'static str],
    dimension: &'static str,
) -> Result<&'static str, Refusal<'a>> {
    let Some(i) = at else {
        return Ok(known[0]);
    };
    let code = key[i].as_str();
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
