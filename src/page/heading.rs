//! What a text is, from its first line: a CGVS monthly statistics page (its
//! title, "Asielstatistieken oktober 2019", or its opening sentence, "The CGRS
//! has published the asylum figures for June 2020"), a yearly overview
//! ("Asielstatistieken: overzicht 2022", "Statistiques décembre : bilan
//! 2024"), or something else, which is refused saying what it looks like.
//! The period comes from this line only, never from the body, which names
//! many other months.

use super::{months_named, normalise, PageError};
use crate::model::month::Month;

/// The period a page's first line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    Month(Month),
    Year(i32),
    /// A December page titled as the year's overview ("Overview asylum
    /// statistics 2014", then "The CGRS has published its figures for the
    /// month of December 2014"): December's figures and the year's.
    DecemberAndYear(i32),
}

/// How a CGVS statistics title begins, in each language.
const TITLES: &[&str] = &[
    "asielstatistieken",
    "asylum statistics",
    "les statistiques d'asile",
    "statistiques d'asile",
    "statistiques",
];

/// The CGVS's names, for the sentence that opens a page without a title.
const NAMES: &[&str] = &["cgvs", "cgrs", "cgra"];
const PUBLISHED: &[&str] = &["gepubliceerd", "published", "released", "publié"];

/// The words of an overview's title: the period is a year.
const OVERVIEW: &[&str] = &[
    "overzicht",
    "jaaroverzicht",
    "bilan",
    "aperçu",
    "apercu",
    "overview",
    "survey",
];

/// Words of the title of an overview of part of a year (a half-year release).
const PART_OF_YEAR: &[&str] = &[
    "eerste maanden",
    "jaarhelft",
    "halfjaar",
    "semestre",
    "premiers mois",
    "first six months",
    "first half",
    "half-year",
    "half year",
];

/// Common words of languages asylq does not read, as whole words. A word
/// that is also a common word of Dutch, French or English ("die",
/// "werden", "personen") counts for neither side.
const OTHER_LANGUAGES: &[(&str, &[&str])] = &[
    (
        "German",
        &[
            "der",
            "und",
            "das",
            "nicht",
            "wurden",
            "im",
            "ist",
            "mit",
            "auf",
            "für",
            "von",
            "zu",
            "eine",
            "einen",
            "einer",
            "wurde",
            "sind",
            "hat",
            "haben",
            "bei",
            "nach",
            "über",
            "insgesamt",
            "antrag",
            "anträge",
            "asylanträge",
            "entscheidungen",
            "die",
            "werden",
            "personen",
        ],
    ),
    (
        "Spanish",
        &[
            "el",
            "los",
            "las",
            "y",
            "con",
            "por",
            "fueron",
            "solicitudes",
        ],
    ),
];

/// The first line of a text that is not empty, normalised.
fn first_line(text: &str) -> Option<String> {
    text.lines()
        .map(normalise)
        .map(|l| l.trim_start_matches(['-', '*', ' ', '#']).to_string())
        .find(|l| !l.is_empty())
}

/// What the first line of `text` says it is; the period it names.
pub fn heading(text: &str) -> Result<Heading, PageError> {
    let line = first_line(text).ok_or(PageError::Empty)?;
    let lower = line.to_lowercase();
    let title = TITLES.iter().any(|t| lower.starts_with(t))
        || (OVERVIEW.iter().any(|w| lower.starts_with(w)) && lower.contains("statisti"));
    let opening =
        NAMES.iter().any(|n| lower.contains(n)) && PUBLISHED.iter().any(|p| lower.contains(p));
    if !title && !opening {
        return Err(PageError::NotCgvs {
            first_line: shorten(&line),
        });
    }
    if OVERVIEW.iter().any(|w| lower.contains(w)) {
        if PART_OF_YEAR.iter().any(|w| lower.contains(w)) {
            return Err(PageError::PartOfYear {
                title: shorten(&line),
            });
        }
        // A date in brackets is when a mirror published the overview.
        static BRACKETED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let bracketed =
            BRACKETED.get_or_init(|| regex::Regex::new(r"\([^)]*\)").expect("a valid pattern"));
        let year = bracketed
            .replace_all(&line, " ")
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
            .next_back()
            .and_then(|w| w.parse().ok());
        let year = year.ok_or(PageError::NoPeriod {
            title: shorten(&line),
        })?;
        return Ok(if opens_december(text, year) {
            Heading::DecemberAndYear(year)
        } else {
            Heading::Year(year)
        });
    }
    months_named(&line)
        .first()
        .map(|m| Heading::Month(*m))
        .ok_or(PageError::NoPeriod {
            title: shorten(&line),
        })
}

/// Whether the line under an overview's title is the opening sentence of a
/// monthly page, naming December of the overview's year and no other month.
fn opens_december(text: &str, year: i32) -> bool {
    let Some(second) = text.lines().map(normalise).filter(|l| !l.is_empty()).nth(1) else {
        return false;
    };
    let lower = second.to_lowercase();
    let opening =
        NAMES.iter().any(|n| lower.contains(n)) && PUBLISHED.iter().any(|p| lower.contains(p));
    opening && Month::new(year, 12).is_some_and(|m| months_named(&second) == [m])
}

/// The language a text is written in, when it is one asylq does not read:
/// its common words outnumber those of Dutch, French and English (`known`:
/// each language's common words), a word common to both counting for neither.
pub fn other_language(text: &str, known: &[&[&str]]) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    let hits = |list: &[&str], not_in: &[&[&str]]| {
        words
            .iter()
            .filter(|w| list.contains(&w.as_str()))
            .filter(|w| !not_in.iter().any(|l| l.contains(&w.as_str())))
            .count()
    };
    OTHER_LANGUAGES
        .iter()
        .map(|(name, common)| {
            let theirs = hits(common, known);
            let ours = known.iter().map(|k| hits(k, &[common])).max().unwrap_or(0);
            (*name, theirs, ours)
        })
        .filter(|(_, theirs, ours)| theirs > ours && *theirs >= 3)
        .max_by_key(|(_, theirs, _)| *theirs)
        .map(|(name, _, _)| name)
}

/// A line cut to 80 characters for a message.
fn shorten(line: &str) -> String {
    match line.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}
