//! The asylq language: lexer, parser and syntax tree.
//!
//! [`parse`] turns a script into statements, or into one [`Diagnostic`] that
//! says where the text stops making sense, what was expected there, and (for a
//! misspelt word) the closest word that would fit.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod reader_words;
pub mod split;

use crate::error::{Diagnostic, Open};
use crate::locale::{Arg, Message};
use crate::msg;
use ast::{Spanned, Statement};
use chumsky::error::{EmptyErr, Rich, RichPattern};
use chumsky::prelude::*;
use lexer::Token;

/// Words that may begin a statement: measures and statement keywords.
pub const MEASURES: &[&str] = crate::model::vocabulary::MEASURE_NAMES;

/// Parses a script: zero or more statements.
///
/// A text is parsed first with errors that cost nothing to make; only a text
/// that fails is parsed again with the errors its message is made from.
pub fn parse(source: &str) -> Result<Vec<Spanned<Statement>>, Diagnostic> {
    let tokens = lexer::lex(source)?;
    // The end of input is shown after the last word, not on an empty line.
    let end = source.trim_end().len();
    let eoi = SimpleSpan::from(end..end);
    let input = || tokens.as_slice().map(eoi, |(t, s)| (t, s));
    let quick = parser::script::<_, EmptyErr>().parse(input()).into_result();
    let result = match quick {
        Ok(statements) => statements,
        Err(_) => parser::script::<_, Rich<Token>>()
            .parse(input())
            .into_result()
            .map_err(|errs| parse_error(&errs[0], source))?,
    };
    separated(&result, source)?;
    Ok(result)
}

/// Statements on one line must be separated by `;`: without it,
/// `applications decisions` would silently run two queries.
fn separated(statements: &[Spanned<Statement>], source: &str) -> Result<(), Diagnostic> {
    for pair in statements.windows(2) {
        let between = source
            .get(pair[0].span.end..pair[1].span.start)
            .unwrap_or("");
        if !between.contains(';') && !between.contains('\n') {
            let next = &pair[1].span;
            let first_word = source
                .get(next.clone())
                .and_then(|s| s.split_whitespace().next())
                .unwrap_or("");
            return Err(Diagnostic::new(
                msg!("parse-two-statements"),
                next.start..next.start + first_word.len(),
            )
            .with_label(msg!("parse-second-statement"))
            .with_hint(msg!(
                "hint-two-statements",
                first = source.get(pair[0].span.clone()).unwrap_or("").trim(),
                second = source.get(next.clone()).unwrap_or("").trim()
            )));
        }
    }
    Ok(())
}

/// Tokens of a text for highlighting: as many as lex before any error.
pub fn tokens(source: &str) -> Vec<lexer::Spanned> {
    lexer::lex_prefix(source)
}

/// The words and labels the parser would have accepted, for messages.
fn expected_list<T: std::fmt::Display>(e: &Rich<T>) -> Vec<String> {
    let mut items: Vec<String> = e
        .expected()
        .filter_map(|p| match p {
            RichPattern::Label(l) => Some(l.to_string()),
            RichPattern::Token(t) => Some(format!("{}", &**t)),
            RichPattern::EndOfInput => Some(END.to_string()),
            _ => None,
        })
        .collect();
    if items.iter().any(|i| i == "measure") {
        let statement = ["';'", "explain", "help", "set", "show", "sql", "measure"];
        items.retain(|i| !statement.contains(&i.as_str()));
        items.push(A_MEASURE.to_string());
    }
    items.sort();
    items.dedup();
    items
}

/// What stands for the end of the input and for any measure in the list of
/// what the parser expected.
const END: &str = "end of input";
const A_MEASURE: &str = "a measure";

/// An item of the list of what was expected, in words.
fn item(text: &str) -> Message {
    let id = match text {
        END => "word-end-of-input",
        A_MEASURE => "word-a-measure",
        "+, - or /" => "expected-operator",
        "a number" => "expected-number",
        "a quoted string" => "expected-string",
        "comparison" => "expected-comparison",
        "dimension or 'value'" => "expected-sort-key",
        "dimension" => "expected-dimension",
        "filter" => "expected-filter",
        "group of types" => "expected-group",
        "month, quarter or year" => "expected-period",
        "months or years" => "expected-months-or-years",
        "setting" => "expected-setting",
        "topic" => "expected-topic",
        "value" => "expected-value",
        "a column" => "expected-column",
        code => return msg!("code", code = code),
    };
    Message::new(id)
}

fn parse_error(e: &Rich<Token>, source: &str) -> Diagnostic {
    let span = e.span().into_range();
    let expected = expected_list(e);
    let found = match e.found() {
        Some(t) => item(&t.to_string()),
        None => item(END),
    };
    let message = match e.found() {
        None => msg!("parse-incomplete", expected = or_list(&expected)),
        Some(_) => msg!(
            "parse-unexpected",
            found = found.clone(),
            expected = or_list(&expected)
        ),
    };
    let open = if e.found().is_none() {
        Open::Incomplete
    } else {
        Open::No
    };
    let mut d = Diagnostic::new(message, span.clone())
        .with_label(msg!("parse-found", found = found))
        .opened(open);
    // `2023-01-01`: a month, then what looks like arithmetic.
    let day = e.found() == Some(&Token::Op("-"))
        && is_month_label(&source[..span.start])
        && source[span.end..].starts_with(|c: char| c.is_ascii_digit());
    let instead = match e.found() {
        _ if day => Some("hint-date-day"),
        Some(Token::Word(w)) => instead_of_word(w),
        Some(Token::Op(op)) => instead_of_op(op),
        Some(Token::Decimal(_)) => Some("hint-decimal"),
        // `having share > 5,5`: a decimal comma.
        Some(Token::Ctrl(',')) if decimal_comma(source, span.clone()) => Some("hint-decimal-comma"),
        _ => None,
    };
    let by_expected = expected.iter().any(|x| x.trim_matches('\'') == "by");
    let reader = match e.found() {
        Some(Token::Word(w)) if w.eq_ignore_ascii_case("per") && by_expected => {
            Some(msg!("hint-reader-word", word = "by", typed = w))
        }
        Some(Token::Word(w)) => reader_words::hint(w),
        _ => None,
    };
    if let Some(hint) = reader {
        d = d.with_hint(hint);
    } else if let Some(hint) = likely_query(e.found(), &source[..span.start]) {
        d = d.with_hint(hint);
    } else if let Some(hint) = instead {
        d = d.with_hint(Message::new(hint));
    } else if let Some(Token::Word(w)) = e.found() {
        if let Some(close) = closest(w, &expected) {
            d = d.with_hint(msg!("hint-did-you-mean", word = close));
        }
    }
    if source.matches('(').count() > source.matches(')').count() && e.found().is_none() {
        d = d.with_hint(msg!("hint-paren-not-closed"));
    }
    d
}

/// The query a user likely meant, where what they wrote reads naturally:
/// `in 2023` (a year), `december 2023` (a month in words), `backlog by
/// month` (a type written as a measure).
fn likely_query(found: Option<&Token>, before: &str) -> Option<Message> {
    let last_word = before
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    match found? {
        Token::Word(w) if w.eq_ignore_ascii_case("in") && !before.contains(" where ") => {
            Some(msg!("hint-in-year"))
        }
        Token::Int(year) => {
            let month = crate::model::month::MONTH_NAMES.iter().position(|names| {
                [names.0, names.1, names.2, names.3].contains(&last_word.as_str())
            })?;
            Some(msg!(
                "hint-month-in-words",
                month = format!("{year:04}-{:02}", month + 1)
            ))
        }
        // `per month` without a summary before it: Dutch `per maand` is
        // `by month`.
        Token::Word(w)
            if last_word == "per"
                && crate::model::vocabulary::DIMENSION_NAMES
                    .contains(&w.to_lowercase().as_str()) =>
        {
            Some(msg!("hint-reader-word", word = "by", typed = "per"))
        }
        Token::Word(_) if last_word == "per" => Some(msg!("hint-per")),
        Token::Word(w)
            if last_word == "change"
                && ["pct", "percent", "pp", "percentage"].contains(&w.to_lowercase().as_str()) =>
        {
            Some(msg!("hint-change-columns"))
        }
        Token::Word(w) if before.trim().is_empty() => {
            let word = w.to_lowercase();
            let measure = crate::model::Measure::ALL
                .into_iter()
                .find(|m| m.type_names().contains(&word.as_str()))?;
            Some(msg!(
                "hint-type-as-measure",
                measure = measure.name(),
                word = word
            ))
        }
        _ => None,
    }
}

/// What to write instead of a word that other query languages use, or of
/// a keyword out of place.
fn instead_of_word(word: &str) -> Option<&'static str> {
    Some(match word.to_lowercase().as_str() {
        "per" => "hint-per",
        "group" => "hint-group",
        "order" => "hint-order",
        "select" | "from" => "hint-select",
        "like" => "hint-like",
        "is" | "null" => "hint-null",
        "mean" | "avg" => "hint-average",
        "sum" | "total" | "count" => "hint-sum",
        "yoy" => "hint-yoy",
        "desc" | "asc" => "hint-desc",
        "months" | "years" => "hint-months",
        _ => return None,
    })
}

/// Whether a text ends in a month, `2023-01`.
/// Whether the comma at `at` stands between the digits of a number after
/// `having` (`having share > 5,5`), as a decimal comma.
fn decimal_comma(source: &str, at: std::ops::Range<usize>) -> bool {
    let before = &source[..at.start];
    let statement = &before[before.rfind('\n').map_or(0, |n| n + 1)..];
    before.ends_with(|c: char| c.is_ascii_digit())
        && source[at.end..].starts_with(|c: char| c.is_ascii_digit())
        && statement.split_whitespace().any(|w| w == "having")
}

fn is_month_label(text: &str) -> bool {
    let b = text.trim_end().as_bytes();
    b.len() >= 7 && {
        let tail = &b[b.len() - 7..];
        tail[..4].iter().all(u8::is_ascii_digit)
            && tail[4] == b'-'
            && tail[5..].iter().all(u8::is_ascii_digit)
    }
}

fn instead_of_op(op: &str) -> Option<&'static str> {
    Some(match op {
        "=" => "hint-double-equals",
        "-" | "+" | "/" => "hint-arithmetic",
        _ => return None,
    })
}

/// "a, b or c", in words.
fn or_list(items: &[String]) -> Message {
    match items {
        [] => msg!("word-something-else"),
        [one] => item(one),
        [rest @ .., last] => msg!(
            "or-list",
            rest = Arg::Messages(rest.iter().map(|i| item(i)).collect()),
            last = item(last)
        ),
    }
}

/// The closest of the expected words (and measures, where a measure fits).
fn closest(word: &str, expected: &[String]) -> Option<String> {
    let mut candidates: Vec<&str> = expected.iter().map(String::as_str).collect();
    if expected.iter().any(|e| e == A_MEASURE) {
        candidates.extend(MEASURES);
        candidates.extend(["explain", "sql", "show", "help", "set"]);
    }
    if expected.iter().any(|e| e == "modifier" || e == "top") {
        candidates.extend([
            "where",
            "by",
            "top",
            "sort",
            "limit",
            "share",
            "change",
            "cumulative",
            "rolling",
            "index",
            "last",
            "average",
            "median",
        ]);
    }
    let word = word.to_lowercase();
    let candidates: Vec<&str> = candidates
        .into_iter()
        .filter(|c| c.chars().all(|ch| ch.is_ascii_alphabetic() || ch == '_'))
        .collect();
    if word.len() >= 2 {
        if let Some(c) = candidates
            .iter()
            .find(|c| c.starts_with(&word) && c.len() > word.len())
        {
            return Some(c.to_string());
        }
    }
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&word, c), c))
        .filter(|(d, c)| *d > 0 && *d <= 2.max(c.len() / 3))
        .min()
        .map(|(_, c)| c.to_string())
}
