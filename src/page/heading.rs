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

/// Common words of languages asylq does not read, as whole words.
const OTHER_LANGUAGES: &[(&str, &[&str])] = &[
    (
        "German",
        &[
            "der", "die", "und", "das", "nicht", "wurden", "im", "ist", "mit",
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
        return year.map(Heading::Year).ok_or(PageError::NoPeriod {
            title: shorten(&line),
        });
    }
    months_named(&line)
        .first()
        .map(|m| Heading::Month(*m))
        .ok_or(PageError::NoPeriod {
            title: shorten(&line),
        })
}

/// The language a text is written in, when it is one asylq does not read:
/// its common words outnumber those of Dutch, French and English.
pub fn other_language(text: &str, known_hits: usize) -> Option<&'static str> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    OTHER_LANGUAGES
        .iter()
        .map(|(name, common)| {
            (
                *name,
                words
                    .iter()
                    .filter(|w| common.contains(&w.as_str()))
                    .count(),
            )
        })
        .filter(|(_, hits)| *hits > known_hits && *hits >= 3)
        .max_by_key(|(_, hits)| *hits)
        .map(|(name, _)| name)
}

/// A line cut to 80 characters for a message.
fn shorten(line: &str) -> String {
    match line.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}
