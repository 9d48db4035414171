//! The asylq language: lexer, parser and syntax tree.
//!
//! [`parse`] turns a script into statements, or into one [`Diagnostic`] that
//! says where the text stops making sense, what was expected there, and (for a
//! misspelt word) the closest word that would fit.

pub mod ast;
pub mod lexer;
pub mod parser;

use crate::error::{Diagnostic, Open};
use ast::{Spanned, Statement};
use chumsky::error::{EmptyErr, Rich, RichPattern};
use chumsky::prelude::*;
use lexer::Token;

/// Words that may begin a statement: measures and statement keywords.
pub const MEASURES: &[&str] = &["applications", "decisions", "workload", "protection_rate"];

/// Parses a script: zero or more statements.
///
/// A text is parsed first with errors that cost nothing to make; only a text
/// that fails is parsed again with the errors its message is made from.
pub fn parse(source: &str) -> Result<Vec<Spanned<Statement>>, Diagnostic> {
    let tokens = lexer::lex(source)?;
    let eoi = SimpleSpan::from(source.len()..source.len());
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
                "two statements on one line need a ';' between them",
                next.start..next.start + first_word.len(),
            )
            .with_label("a second statement starts here")
            .with_hint(format!(
                "write `{}; {}`, or put the second statement on a line of its own",
                source.get(pair[0].span.clone()).unwrap_or("").trim(),
                source.get(next.clone()).unwrap_or("").trim()
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
            RichPattern::EndOfInput => Some("end of input".to_string()),
            _ => None,
        })
        .collect();
    if items.iter().any(|i| i == "measure") {
        let statement = ["';'", "explain", "help", "set", "show", "sql", "measure"];
        items.retain(|i| !statement.contains(&i.as_str()));
        items.push("a measure (applications, decisions, workload, protection_rate)".to_string());
    }
    items.sort();
    items.dedup();
    items
}

fn parse_error(e: &Rich<Token>, source: &str) -> Diagnostic {
    let span = e.span().into_range();
    let expected = expected_list(e);
    let found = match e.found() {
        Some(t) => t.to_string(),
        None => "end of input".to_string(),
    };
    let message = match e.found() {
        None => format!("the query is incomplete: expected {}", or_list(&expected)),
        Some(_) => format!("unexpected {found}: expected {}", or_list(&expected)),
    };
    let open = if e.found().is_none() {
        Open::Incomplete
    } else {
        Open::No
    };
    let mut d = Diagnostic::new(message, span)
        .with_label(format!("found {found} here"))
        .opened(open);
    let instead = match e.found() {
        Some(Token::Word(w)) => instead_of_word(w),
        Some(Token::Op(op)) => instead_of_op(op),
        _ => None,
    };
    if let Some(hint) = instead {
        d = d.with_hint(hint);
    } else if let Some(Token::Word(w)) = e.found() {
        if let Some(close) = closest(w, &expected) {
            d = d.with_hint(format!("did you mean '{close}'?"));
        }
    }
    if source.matches('(').count() > source.matches(')').count() && e.found().is_none() {
        d = d.with_hint("a '(' is not closed");
    }
    d
}

/// What to write instead of a word that other query languages use, or of
/// a keyword out of place.
fn instead_of_word(word: &str) -> Option<&'static str> {
    Some(match word.to_lowercase().as_str() {
        "per" => "a summary is written `average per month` (also min, max, median; per quarter, per year)",
        "group" => "group with `by`: applications by month, type",
        "order" => "order with `sort by value desc` or `sort by month`",
        "select" | "from" => "a query starts with a measure (applications where year = 2023); raw SQL is sql \"...\"",
        "like" => "countries are matched without regard to case or accents: country = \"syrie\"",
        "is" | "null" => "every figure has a value; filter with =, !=, in (...)",
        "mean" | "avg" => "write `average per month`",
        "sum" | "total" | "count" => "a measure is summed by itself: applications where year = 2023",
        "yoy" => "write `change yoy`",
        "desc" | "asc" => "write `sort by value desc`",
        "months" | "years" => "write `last 3 months` or `by month`",
        _ => return None,
    })
}

fn instead_of_op(op: &str) -> Option<&'static str> {
    Some(match op {
        "=" => "compare inside `where` with a single `=`: where year = 2023",
        "-" | "+" | "/" => {
            "arithmetic is between two measures: applications - decisions where year = 2023"
        }
        _ => return None,
    })
}

/// "a, b or c".
fn or_list(items: &[String]) -> String {
    match items {
        [] => "something else".to_string(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// The closest of the expected words (and measures, where a measure fits).
fn closest(word: &str, expected: &[String]) -> Option<String> {
    let mut candidates: Vec<&str> = expected.iter().map(String::as_str).collect();
    if expected.iter().any(|e| e.starts_with("a measure")) {
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
