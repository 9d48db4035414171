//! Which sentences of a page speak of its own month: a sentence that names
//! no period speaks of the one before it, a heading returns to the page's
//! month; and which sentences hold a figure the reader did not place.

use super::words::MONTHS;
use super::{month_names, months_named, NUMBER};
use crate::model::month::Month;
use regex::Regex;
use std::sync::OnceLock;

/// Whether a line is a section heading: letters, all in capitals.
pub(super) fn is_heading(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// Whether a sentence speaks of the page's month (`Some(true)`: its own
/// clause names it, with or without its year), of another (`Some(false)`:
/// it opens with another month before any figure, or names a year and no
/// month), or says nothing of its period (`None`). English month names count only capitalised ("may").
pub(super) fn speaks_of_own(text: &str, own: &str, month: Month) -> Option<bool> {
    if months_named(own).contains(&month) || bare_months(own).contains(&month.number()) {
        return Some(true);
    }
    let opens_with_other = own.len() < text.len()
        && !own.chars().any(|c| c.is_ascii_digit())
        && months_named(&text[own.len()..])
            .first()
            .is_some_and(|m| *m != month);
    if opens_with_other || !bare_months(own).is_empty() || names_a_year_alone(own) {
        return Some(false);
    }
    None
}

/// Whether a clause names a year but no month: it speaks of that year ("In
/// 2016 nam het CGVS in totaal 22.207 beslissingen" on a December page).
fn names_a_year_alone(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"\b(?:19|20)\d\d\b").expect("a valid pattern"));
    re.is_match(text) && bare_months(text).is_empty()
}

/// The numbers (1 to 12) of the month names a sentence uses, with or
/// without a year.
fn bare_months(text: &str) -> Vec<u32> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(&format!(r"(?i)\b(?:d')?({})\b", month_names())).expect("a valid pattern")
    });
    re.captures_iter(text)
        .filter_map(|c| {
            let word = &c[1];
            let lower = word.to_lowercase();
            if lower == "may" && !word.starts_with('M') {
                return None;
            }
            MONTHS
                .iter()
                .position(|(nl, fr, en, plain)| [nl, fr, en, plain].contains(&&lower.as_str()))
                .map(|i| i as u32 + 1)
        })
        .collect()
}

/// Whether a sentence holds a number, other than a year, a date or the "10"
/// of a top 10, outside the figures placed in it. Lines of fewer than 30
/// characters (a publication date, the address under a page) are not
/// sentences that state figures.
pub(super) fn has_other_figure(text: &str, placed: &[std::ops::Range<usize>]) -> bool {
    text.chars().count() >= 30 && !numbers_left(text, placed).is_empty()
}

/// Where `text` holds a number, other than a year, a date or the "10" of a
/// top 10, outside the `placed` ranges.
pub(super) fn numbers_left(
    text: &str,
    placed: &[std::ops::Range<usize>],
) -> Vec<std::ops::Range<usize>> {
    static NUMBER_RE: OnceLock<Regex> = OnceLock::new();
    static DATE_RE: OnceLock<Regex> = OnceLock::new();
    let number = NUMBER_RE.get_or_init(|| {
        Regex::new(&format!(r"(?:{NUMBER})(?:[.,]\d+)?")).expect("a valid pattern")
    });
    let date = DATE_RE.get_or_init(|| {
        Regex::new(r"(?i)\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d\d\b|\btop[ -]\d+\b|\b\d{1,2} [a-zéû]+ (?:19|20)\d\d\b")
            .expect("a valid pattern")
    });
    let dates: Vec<std::ops::Range<usize>> = date.find_iter(text).map(|m| m.range()).collect();
    let inside = |r: &std::ops::Range<usize>, of: &[std::ops::Range<usize>]| {
        of.iter().any(|o| o.start <= r.start && r.end <= o.end)
    };
    number
        .find_iter(text)
        .map(|m| m.range())
        .filter(|r| !inside(r, placed) && !inside(r, &dates))
        .collect()
}
