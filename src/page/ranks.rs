//! The countries of origin a page ranks: the order of a monthly page's top
//! 10, or of the year's top countries in an overview, read only from
//! sentences that rank (a list introduced as the period's main countries, a
//! top 10 it heads or completes, "followed by"), never from countries named
//! as examples ("zoals", "such as", "comme"). The caller hands over only the
//! sentences about the period the ranks are for, so that a monthly page's
//! sentence about its year gives the month no rank, and the reverse.

use super::{Lang, Sentence};
use crate::model::month::Month;
use crate::model::{Fact, Figure as Counted, Measure, Provenance};
use regex::Regex;
use std::sync::OnceLock;

/// Words that open a ranking: the period's main countries, a top list, or
/// the country that heads it.
const LEADS: [&str; 22] = [
    "top 10",
    "top 3",
    "top 5",
    "top-10",
    "top tien",
    "top drie",
    "top three",
    "de meeste personen",
    "most persons",
    "most applicants",
    "mainly filed by persons from",
    "belangrijkste landen",
    "belangrijkste herkomstland",
    "main countr",
    "premiers pays",
    "principaux pays",
    "principal pays",
    "first three countries",
    " heads ",
    " head the ",
    "bovenaan",
    "en tête",
];

/// Words that give the order of the countries they name ("Afghanistan,
/// gevolgd door Syrië"): a sentence with them opens a ranking too, or goes
/// on with one.
const ORDER: [&str; 6] = [
    "followed by",
    "gevolgd door",
    "suivi de",
    "suivie de",
    "suivis de",
    "suivies de",
];

/// Words that complete a ranking begun before.
const COMPLETES: [&str; 5] = [
    "vervolledigen",
    "vervolledigt",
    "complete",
    "complètent",
    "complète",
];

/// Words that name countries as examples, which rank nothing.
const EXAMPLES: [&str; 7] = [
    " zoals ",
    "such as",
    " comme ",
    "bijvoorbeeld",
    "for example",
    "par exemple",
    "e.g.",
];

/// The countries of origin in the order of the period's ranking (the
/// sentences [`ranking`] chose): each is a fact of the measure `rank` whose
/// value is the place.
pub(super) fn ranks(
    ranking: &[&Sentence],
    lang: Lang,
    (start, end): (Month, Month),
    place: fn(Lang, usize) -> Provenance,
) -> Vec<Fact> {
    let mut names: Vec<(String, usize)> = Vec::new();
    for s in ranking {
        for name in countries_in(&s.text) {
            if !names.iter().any(|(n, _)| *n == name) {
                names.push((name, s.line));
            }
        }
    }
    names
        .into_iter()
        .take(10)
        .enumerate()
        .map(|(i, (country, line))| Fact {
            figure: Counted::Rank(Measure::Applications),
            country: Some(country),
            start,
            end,
            value: i as i64 + 1,
            provenance: place(lang, line),
            derived: None,
        })
        .collect()
}

/// The sentences of the period's ranking, among `sentences` (those about
/// the period): the one that names the first countries and the one that
/// completes it.
pub(super) fn ranking(sentences: &[Sentence]) -> Vec<&Sentence> {
    let ranking: Vec<&Sentence> = sentences.iter().filter(|s| !has(s, &EXAMPLES)).collect();
    let lead = ranking
        .iter()
        .position(|s| has(s, &LEADS) || has(s, &ORDER) && countries_in(&s.text).len() > 1);
    let chosen = lead.into_iter().flat_map(|i| {
        let next = ranking[i + 1..]
            .iter()
            .take(2)
            .position(|s| has(s, &COMPLETES) || has(s, &ORDER));
        std::iter::once(i).chain(next.map(|n| i + 1 + n))
    });
    chosen.map(|i| ranking[i]).collect()
}

/// Whether a sentence uses one of `words` (lower case).
fn has(s: &Sentence, words: &[&str]) -> bool {
    let lower = format!(" {} ", s.text.to_lowercase());
    words.iter().any(|w| lower.contains(w))
}

/// The countries a sentence names, in order.
fn countries_in(text: &str) -> Vec<String> {
    static BARE: OnceLock<Regex> = OnceLock::new();
    let bare = BARE.get_or_init(|| Regex::new(r"\([^)]*\d[^)]*\)").expect("a valid pattern"));
    let text = bare.replace_all(text, " ");
    pieces(&text)
        .into_iter()
        .filter_map(|(name, _)| name)
        .collect()
}

/// The pieces of a sentence between commas (not those inside a number)
/// and "and", each with the country it names: the longest run of up to
/// four words that is a country name.
pub(super) fn pieces(text: &str) -> Vec<(Option<String>, &str)> {
    static JOINS: OnceLock<Regex> = OnceLock::new();
    let joins = JOINS
        .get_or_init(|| Regex::new(r"(?i),(?:\s|$)|:|;| en | and | et ").expect("a valid pattern"));
    let names = crate::model::countries::names();
    let mut out = Vec::new();
    for piece in joins.split(text) {
        let words: Vec<&str> = piece
            .split_whitespace()
            .map(|w| {
                w.trim_start_matches(|c: char| c == '\'' || c.is_lowercase() && w.contains('\''))
            })
            .collect();
        let mut best: Option<&str> = None;
        for len in (1..=4).rev() {
            for window in words.windows(len) {
                let folded = crate::model::countries::fold(&strip_article(&window.join(" ")));
                if let Some(dutch) = names.get(&folded) {
                    best = best.or(Some(dutch));
                }
            }
            if best.is_some() {
                break;
            }
        }
        out.push((best.map(str::to_string), piece));
    }
    out
}

/// A name without the article French and English put before it.
fn strip_article(name: &str) -> String {
    let lower = name.to_lowercase();
    for article in ["l'", "la ", "le ", "les ", "the ", "de ", "het "] {
        if lower.starts_with(article) {
            return name[article.len()..].to_string();
        }
    }
    name.to_string()
}
