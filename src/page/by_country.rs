//! A month's applicants by country where its ranking sentence states them
//! ("Syrië met 253 aanvragen", "Turkije (175 aanvragen)", "Turkey, Guinea
//! and Venezuela (69 each)"). A count is read only from a piece of the
//! ranking (between commas and "and") that states one whole number beside
//! its shares, for the one country of its piece or the piece next to it,
//! and only where the page states the month's registered applicants, whose
//! unit and type the counts take; a piece with a bound or two numbers
//! gives nothing, and a sentence with a share stays listed as not read.

use super::context::numbers_left;
use super::ranks::pieces;
use super::{Lang, Sentence, NUMBER};
use crate::model::countries::OTHER;
use crate::model::{Fact, Figure as Counted, Measure, Provenance, Type};
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// One country's count in a ranking sentence.
pub(super) struct Count {
    pub country: String,
    pub value: i64,
    pub line: usize,
    /// The ranking sentence, and where the count stands in it.
    pub sentence: String,
    pub range: Range<usize>,
}

/// Words that give one count to each of the countries named before it.
const EACH: [&str; 5] = ["each", "elk", "telkens", "chacun", "chacune"];

/// The counts the ranking sentences state, in their order. A count stands
/// in its country's piece ("Turkije (175 aanvragen)", "Syrië met 253
/// aanvragen"), in the piece after it ("La Syrie …, avec 260 demandes"),
/// or before it ("With 253 applicants, … Syria remained …"); "each" gives
/// it to every country named since the last count.
pub(super) fn counts(ranking: &[&Sentence]) -> Vec<Count> {
    let mut out = Vec::new();
    for s in ranking {
        let mut waiting: Vec<String> = Vec::new();
        let mut pending: Option<(i64, Range<usize>)> = None;
        for (country, piece) in pieces(&s.text) {
            let offset = piece.as_ptr() as usize - s.text.as_ptr() as usize;
            let count = count_in(piece).map(|(v, r)| (v, r.start + offset..r.end + offset));
            let shared = EACH.iter().any(|w| piece.to_lowercase().contains(w));
            let named: Vec<String> = match (country, count.clone()) {
                (Some(country), Some(_)) if shared => std::mem::take(&mut waiting)
                    .into_iter()
                    .chain([country])
                    .collect(),
                (Some(country), Some(_)) => {
                    waiting.clear();
                    vec![country]
                }
                (Some(country), None) => {
                    match pending.take() {
                        Some(count) => push(&mut out, s, country, count),
                        None => waiting.push(country),
                    }
                    continue;
                }
                (None, Some(count)) => {
                    match waiting.len() {
                        0 => pending = Some(count),
                        1 if !shared => push(&mut out, s, waiting.remove(0), count),
                        _ => waiting.clear(),
                    }
                    continue;
                }
                (None, None) => continue,
            };
            let count = count.expect("a count");
            for country in named {
                push(&mut out, s, country, count.clone());
            }
        }
    }
    out
}

fn push(out: &mut Vec<Count>, s: &Sentence, country: String, (value, range): (i64, Range<usize>)) {
    out.push(Count {
        country,
        value,
        line: s.line,
        sentence: s.text.clone(),
        range,
    });
}

/// The one whole number a piece states, outside dates, the "10" of a top
/// 10 and shares ("16,6 %"); none where it has two, or a decimal.
fn count_in(piece: &str) -> Option<(i64, Range<usize>)> {
    static WHOLE: OnceLock<Regex> = OnceLock::new();
    let whole = WHOLE.get_or_init(|| Regex::new(&format!("^(?:{NUMBER})$")).expect("a pattern"));
    let numbers: Vec<Range<usize>> = numbers_left(piece, &[])
        .into_iter()
        .filter(|r| !is_share(&piece[r.end..]))
        .collect();
    let [range] = numbers.as_slice() else {
        return None;
    };
    let text = &piece[range.clone()];
    if !whole.is_match(text) {
        return None;
    }
    let value: i64 = text
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()?;
    (value > 0).then(|| (value, range.clone()))
}

/// Whether the text after a number makes it a share.
fn is_share(after: &str) -> bool {
    let after = after.trim_start().to_lowercase();
    ["%", "per cent", "percent", "procent", "pour cent"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// The counts as facts of the month, in the unit and type of the page's
/// registered applicants `registered`.
pub(super) fn facts(counts: &[Count], registered: &Fact, lang: Lang) -> Vec<Fact> {
    let Counted::Count(_, _, unit) = registered.figure else {
        return Vec::new();
    };
    counts
        .iter()
        .map(|c| Fact {
            figure: Counted::Count(Measure::Applications, Type::Registered, unit),
            country: Some(c.country.clone()),
            start: registered.start,
            end: registered.end,
            value: c.value,
            provenance: Provenance::Page { lang, line: c.line },
            derived: None,
        })
        .collect()
}

/// The applicants of every country the ranking gives no count for: the
/// registered applicants less those counted, derived (a share of a
/// country is then of the month's applicants, not of those ranked).
pub(super) fn other(counts: &[Count], registered: &Fact) -> Option<Fact> {
    let counted: i64 = counts.iter().map(|c| c.value).sum();
    let first = counts.first()?;
    let line = registered.provenance.line();
    let rest = registered.value - counted;
    (rest >= 0).then(|| Fact {
        country: Some(OTHER.to_string()),
        value: rest,
        derived: Some(format!(
            "{} (line {line}) less the {} countries counted (line {})",
            registered.value,
            counts.len(),
            first.line
        )),
        ..registered.clone()
    })
}

/// The ranges of the counts read from the sentence `text` of `line` (a
/// sentence the reader listed as not read).
pub(super) fn read_in(counts: &[Count], line: usize, text: &str) -> Vec<Range<usize>> {
    counts
        .iter()
        .filter(|c| c.line == line)
        .filter_map(|c| {
            let at = text.find(&c.sentence)?;
            Some(c.range.start + at..c.range.end + at)
        })
        .collect()
}
