//! The countries of origin a page ranks: the order of a monthly page's top
//! 10, or of the year's top countries in an overview, read from the
//! sentence that names the first ones and the one that completes the list.

use super::{Lang, Sentence};
use crate::model::month::Month;
use crate::model::{Fact, Figure as Counted, Measure, Provenance};
use regex::Regex;

/// The countries of origin in the order of the page's top 10: the sentence
/// that names the first ones ("... lead the top 10", "the main countries of
/// origin were: ...") and the one that completes it. Each is a fact of the
/// measure `rank` whose value is the place.
pub(super) fn ranks(
    sentences: &[Sentence],
    lang: Lang,
    (start, end): (Month, Month),
    place: fn(Lang, usize) -> Provenance,
) -> Vec<Fact> {
    let leads = [
        "top 10",
        "top 3",
        "top-10",
        "belangrijkste landen",
        "main countries",
        "principaux pays",
    ];
    let completes = ["vervolledigen", "complete", "complètent", "followed by"];
    let has = |s: &Sentence, words: &[&str]| {
        let lower = s.text.to_lowercase();
        words.iter().any(|w| lower.contains(w))
    };
    let mut names: Vec<(String, usize)> = Vec::new();
    let lead = sentences.iter().position(|s| has(s, &leads));
    let chosen = lead.into_iter().flat_map(|i| {
        let next = sentences[i..]
            .iter()
            .take(3)
            .position(|s| has(s, &completes));
        std::iter::once(i).chain(next.filter(|n| *n > 0).map(|n| i + n))
    });
    for i in chosen {
        for name in countries_in(&sentences[i].text) {
            if !names.iter().any(|(n, _)| *n == name) {
                names.push((name, sentences[i].line));
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

/// The countries a sentence names, in order: each piece between commas and
/// "and" gives the longest run of up to four words that is a country name.
fn countries_in(text: &str) -> Vec<String> {
    let bare = Regex::new(r"\([^)]*\d[^)]*\)").expect("a valid pattern");
    let text = bare.replace_all(text, " ");
    let joins = Regex::new(r"(?i),|:|;| en | and | et |, followed by ").expect("a valid pattern");
    let names = crate::model::countries::names();
    let mut out = Vec::new();
    for piece in joins.split(&text) {
        let words: Vec<&str> = piece
            .split_whitespace()
            .map(|w| {
                w.trim_start_matches(|c: char| c == '\'' || c.is_lowercase() && w.contains('\''))
            })
            .collect();
        let mut best: Option<(usize, &str)> = None;
        for len in (1..=4).rev() {
            for window in words.windows(len) {
                let folded = crate::model::countries::fold(&strip_article(&window.join(" ")));
                if let Some(dutch) = names.get(&folded) {
                    best = best.or(Some((len, dutch)));
                }
            }
            if best.is_some() {
                break;
            }
        }
        if let Some((_, dutch)) = best {
            out.push(dutch.to_string());
        }
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
