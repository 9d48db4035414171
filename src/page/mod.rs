//! The page loader: the text of a CGVS monthly statistics page in, facts out.
//!
//! Since 2015 the CGVS publishes a short page each month, in Dutch, French and
//! English, that states the month's figures in sentences. The page reader is
//! the second source beside `report/`: it finds the language and the month,
//! splits the text into sentences, drops the clauses that compare with other
//! periods, and reads each figure with the patterns of `words.rs`. It gives
//! the same [`Report`] as the report reader, with each fact's table naming the
//! page's language and its line the sentence's line. A figure the page does
//! not state is missing, never 0; a stated total that its stated parts do not
//! add up to is a failed check, so the page is refused as a report would be.

mod by_country;
mod context;
mod facts;
mod heading;
mod ranks;
mod words;
mod yearly;

use context::{has_other_figure, is_heading, speaks_of_own};

pub use heading::Heading;
pub use words::Lang;

use crate::locale::Message;
use crate::model::month::Month;
use crate::model::{Fact, Provenance};
use crate::msg;
use crate::report::Report;
use regex::Regex;
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;
use words::{is_bound, Figure, COMPARISONS, MARKERS, MONTHS};

/// Why a text could not be read as a statistics page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageError {
    /// Nothing but white space.
    Empty,
    /// The first line is no CGVS title: a news article or another text.
    NotCgvs {
        first_line: String,
    },
    /// Written in a language asylq does not read.
    Language(&'static str),
    /// A CGVS title that names no month and year (or, for an overview, no year).
    NoPeriod {
        title: String,
    },
    /// An overview of part of a year (the first six months).
    PartOfYear {
        title: String,
    },
    /// A yearly overview whose applicants could not be read.
    Yearly {
        year: i32,
    },
    NoFigures {
        month: Month,
    },
}

const TITLE_EXAMPLES: &str = "'Asielstatistieken oktober 2019', 'Asylum statistics October 2019', 'Les statistiques d'asile du mois d'octobre 2019'";
const TITLE_EXAMPLE_SENTENCE: &str = "'The CGRS has published the asylum figures for June 2020'";

impl PageError {
    /// What is wrong, as a message.
    pub fn message(&self) -> Message {
        match self {
            PageError::Empty => msg!("page-empty"),
            PageError::NotCgvs { first_line } => msg!(
                "page-not-cgvs",
                first_line = first_line,
                titles = TITLE_EXAMPLES,
                sentence = TITLE_EXAMPLE_SENTENCE
            ),
            PageError::Language(name) => msg!("page-language", language = *name),
            PageError::NoPeriod { title } => msg!("page-no-period", title = title),
            PageError::PartOfYear { title } => msg!("page-part-of-year", title = title),
            PageError::Yearly { year } => msg!("page-yearly-no-figures", year = *year),
            PageError::NoFigures { month } => {
                msg!("page-no-figures", month = month.to_string())
            }
        }
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text(crate::model::Lang::En))
    }
}

impl std::error::Error for PageError {}

/// A sentence of a page and the line it starts on.
#[derive(Debug)]
pub(super) struct Sentence {
    line: usize,
    text: String,
}

/// A page's figures as read, each with its line.
type Found = HashMap<Figure, (i64, usize)>;

/// Parses the text of a page. Its period is the one its first line names.
pub fn parse(source: &str) -> Result<Report, PageError> {
    let sentences = sentences(source);
    let (lang, _) = language(&sentences);
    let known: Vec<&[&str]> = MARKERS.iter().map(|(_, words)| *words).collect();
    if let Some(other) = heading::other_language(source, &known) {
        return Err(PageError::Language(other));
    }
    match heading::heading(source)? {
        Heading::Month(month) => monthly(&sentences, lang, month),
        Heading::Year(year) => {
            yearly::read(&sentences, lang, year).ok_or(PageError::Yearly { year })
        }
        Heading::DecemberAndYear(year) => december_and_year(&sentences, lang, year),
    }
}

/// A December page titled as the year's overview: December's figures, and
/// the year's where a sentence states them (a figure of December stated
/// both ways is December's).
fn december_and_year(sentences: &[Sentence], lang: Lang, year: i32) -> Result<Report, PageError> {
    let december = Month::new(year, 12).expect("December");
    let mut report = monthly(sentences, lang, december)?;
    if let Some(yearly) = yearly::read(sentences, lang, year) {
        for fact in yearly.facts {
            let same =
                |f: &&Fact| f.figure == fact.figure && (f.start, f.end) == (fact.start, fact.end);
            if !report.facts.iter().any(|f| same(&f)) {
                report.facts.push(fact);
            }
        }
        let taken: Vec<usize> = report.facts.iter().map(|f| f.provenance.line()).collect();
        report.unplaced.retain(|(line, _)| !taken.contains(line));
    }
    Ok(report)
}

/// A monthly page of `month`.
fn monthly(sentences: &[Sentence], lang: Lang, month: Month) -> Result<Report, PageError> {
    let context = in_context(sentences, month);
    let (found, unplaced) = figures(&context, lang);
    if found.is_empty() {
        return Err(PageError::NoFigures { month });
    }
    let mut report = facts::report(&found, lang, month);
    report.unplaced = unplaced;
    let about_month: Vec<Sentence> = context
        .into_iter()
        .filter(|(_, own)| !own.is_empty())
        .map(|(s, own)| Sentence {
            line: s.line,
            text: own.to_string(),
        })
        .collect();
    let ranking = ranks::ranking(&about_month);
    report.facts.extend(ranks::ranks(
        &ranking,
        lang,
        (month, month),
        |lang, line| Provenance::Page { lang, line },
    ));
    facts::by_countries(&mut report, &ranking, lang);
    Ok(report)
}

/// One space between words, straight quotes, no bullets.
pub(super) fn normalise(text: &str) -> String {
    let mapped: String = text
        .chars()
        .map(|c| match c {
            '\u{a0}' | '\u{202f}' | '\t' => ' ',
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            '\u{2022}' => ' ',
            other => other,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sentences of a page: each line split at ". " before a capital.
fn sentences(source: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (i, raw) in source.lines().enumerate() {
        let line = normalise(raw);
        let line = line.trim_start_matches(['-', '*', ' ']);
        let mut rest = line;
        while let Some(at) = sentence_end(rest) {
            out.push(Sentence {
                line: i + 1,
                text: rest[..at].to_string(),
            });
            rest = &rest[at + 2..];
        }
        if !rest.trim().is_empty() {
            out.push(Sentence {
                line: i + 1,
                text: rest.to_string(),
            });
        }
    }
    out
}

/// Where the first sentence of `text` ends: a ". " before a capital letter.
fn sentence_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(2)).find(|&i| {
        bytes[i] == b'.'
            && bytes[i + 1] == b' '
            && text[i + 2..].starts_with(|c: char| c.is_uppercase())
    })
}

/// The language whose common words the page uses most, and how many it uses.
fn language(sentences: &[Sentence]) -> (Lang, usize) {
    let mut best = (Lang::Nl, 0);
    for (lang, words) in MARKERS {
        let hits: usize = sentences
            .iter()
            .flat_map(|s| s.text.split(|c: char| !c.is_alphanumeric() && c != '\''))
            .filter(|w| words.iter().any(|m| m.eq_ignore_ascii_case(w)))
            .count();
        if hits > best.1 {
            best = (lang, hits);
        }
    }
    best
}

/// Every month name of every language, longest first, as a regex alternation.
pub(super) fn month_names() -> String {
    let mut names: Vec<&str> = MONTHS
        .iter()
        .flat_map(|(nl, fr, en, plain)| [*nl, *fr, *en, *plain])
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names.join("|")
}

/// `<month name> <year>` in any language, as in "oktober 2019" or "d'octobre 2019".
fn month_year() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(r"(?i)\b({})\s+((?:19|20)\d\d)\b", month_names()))
            .expect("a valid pattern")
    })
}

/// Every month and year a sentence names.
pub(super) fn months_named(text: &str) -> Vec<Month> {
    month_year()
        .captures_iter(text)
        .filter_map(|c| {
            let name = c[1].to_lowercase();
            let index = MONTHS
                .iter()
                .position(|(nl, fr, en, plain)| [nl, fr, en, plain].contains(&&name.as_str()))?;
            Month::new(c[2].parse().ok()?, index as u32 + 1)
        })
        .collect()
}

/// A count: `2.929`, `2,929`, `35 507` or `584`.
pub(super) const NUMBER: &str = r"\d{1,3}(?:[.,' ]\d{3})+|\d+";
/// A percentage: `32,2`, `49.9` or `57`.
const PERCENT: &str = r"\d{1,3}(?:[.,]\d)?";

/// The patterns of a language, compiled once.
fn compiled(lang: Lang) -> &'static [(Figure, Regex)] {
    static CACHE: OnceLock<[Vec<(Figure, Regex)>; 3]> = OnceLock::new();
    let all = CACHE.get_or_init(|| [Lang::Nl, Lang::Fr, Lang::En].map(compile_patterns));
    &all[lang as usize]
}

fn compile_patterns(lang: Lang) -> Vec<(Figure, Regex)> {
    let placeholder = Regex::new(r"\b[NP]\b").expect("a valid pattern");
    words::patterns(lang)
        .iter()
        .map(|(figure, pattern)| {
            let pattern = pattern
                .replace("(N)", &format!("({NUMBER})"))
                .replace("(P)", &format!("({PERCENT})"));
            let pattern = placeholder.replace_all(&pattern, |c: &regex::Captures| {
                if &c[0] == "N" {
                    format!("(?:{NUMBER})")
                } else {
                    format!("(?:{PERCENT})")
                }
            });
            let re = Regex::new(&format!("(?i){pattern}")).expect("a valid pattern");
            (*figure, re)
        })
        .collect()
}

/// The first statement of each figure about the page's month, and the
/// sentences that hold a figure the reader did not place (line, text).
fn figures(context: &[(&Sentence, &str)], lang: Lang) -> (Found, Vec<(usize, String)>) {
    let mut found = Found::new();
    let mut unplaced = Vec::new();
    for &(s, text) in context {
        let masked = without_dates(text);
        let text = masked.as_str();
        let mut placed = Vec::new();
        for (figure, re) in compiled(lang) {
            let Some(range) = figure_in(re, text) else {
                continue;
            };
            let Some(value) = value_of(*figure == Figure::ProtectionRate, &text[range.clone()])
            else {
                continue;
            };
            placed.push(range);
            found.entry(*figure).or_insert((value, s.line));
        }
        if has_other_figure(&s.text, &placed) {
            unplaced.push((s.line, s.text.clone()));
        }
    }
    (found, unplaced)
}

/// Each sentence with the part of it that speaks of the page's month (empty
/// where it speaks of another period). A sentence that names no period
/// speaks of the one before it ("... in april 2017. Hierbij komen nog 209
/// ..."); a heading (a line in capitals) returns to the page's own month.
fn in_context(sentences: &[Sentence], month: Month) -> Vec<(&Sentence, &str)> {
    let mut context = true;
    let mut out = Vec::new();
    for s in sentences {
        if is_heading(&s.text) {
            context = true;
        }
        let own = own_clause(&s.text, month);
        if let Some(speaks) = speaks_of_own(&s.text, own, month) {
            context = speaks;
        }
        out.push((s, if context { own } else { "" }));
    }
    out
}

/// A sentence up to where it starts to speak of another period: words that
/// compare, or another month and year ("In december 2015 ..." on a January
/// 2016 page leaves nothing).
fn own_clause(text: &str, month: Month) -> &str {
    let lower = text.to_lowercase();
    let compared = COMPARISONS.iter().filter_map(|w| lower.find(w)).min();
    let other = month_year()
        .captures_iter(text)
        .filter(|c| months_named(&c[0]).first() != Some(&month))
        .map(|c| c.get(0).map_or(0, |m| m.start()))
        .next();
    let cut = compared
        .into_iter()
        .chain(other)
        .min()
        .unwrap_or(text.len());
    // `to_lowercase` keeps byte offsets for the letters these words use; fall
    // back to the whole sentence if it did not.
    text.get(..cut).unwrap_or(text)
}

/// A text with the year of each month's name turned to `#`s ("voor juni
/// ####"), so that no pattern takes a date's year for a figure; the figures
/// keep their places.
fn without_dates(text: &str) -> String {
    let mut out = text.to_string();
    for c in month_year().captures_iter(text) {
        if let Some(year) = c.get(2) {
            out.replace_range(year.range(), "####");
        }
    }
    out
}

/// Where a pattern's figure is in `text`: its first match whose number
/// stands on its own.
pub(super) fn figure_in(re: &Regex, text: &str) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    while let Some(c) = re.captures_at(text, from) {
        let range = c.get(1)?.range();
        if stands_alone(text, range.clone()) && !is_bound(&text[..range.start]) {
            return Some(range);
        }
        from = c.get(0)?.start() + 1;
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// Whether the number at `range` of `text` stands on its own: no letter or
/// digit touches it, nor a separator that goes on with a digit. A number
/// with a letter in it ("1.3o6", garbled PDF text) is no figure.
fn stands_alone(text: &str, range: std::ops::Range<usize>) -> bool {
    let before = text[..range.start]
        .chars()
        .rev()
        .take(2)
        .collect::<Vec<_>>();
    let after = text[range.end..].chars().take(2).collect::<Vec<_>>();
    let touches = |near: &[char]| match near {
        [c, ..] if c.is_alphanumeric() => true,
        ['.' | ',', d, ..] => d.is_alphanumeric(),
        _ => false,
    };
    !touches(&before) && !touches(&after)
}

/// A figure's value: a count as written, a percentage (`rate`) in tenths.
pub(super) fn value_of(rate: bool, text: &str) -> Option<i64> {
    if rate {
        let (whole, tenth) = text.split_once([',', '.']).unwrap_or((text, "0"));
        return Some(whole.parse::<i64>().ok()? * 10 + tenth.parse::<i64>().ok()?);
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits.parse().ok()
}
