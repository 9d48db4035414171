//! The lexer: source text to tokens with byte spans.
//!
//! Lexing first keeps the parser simple and lets the REPL highlight and complete
//! from the same tokens. Comments run from `#` to the end of the line; line
//! breaks are white space (statements need no separator, see the grammar).

use chumsky::prelude::*;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    /// A name or keyword: `applications`, `where`, `refugee_status`.
    Word(String),
    Int(i64),
    /// `2023-11`, not yet checked for a valid month.
    Month(i32, u32),
    Str(String),
    /// `$name`.
    Param(String),
    /// `=`, `!=`, `<`, `<=`, `>`, `>=`.
    Op(&'static str),
    Ctrl(char),
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Word(w) => write!(f, "'{w}'"),
            Token::Int(n) => write!(f, "{n}"),
            Token::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Token::Str(s) => write!(f, "\"{s}\""),
            Token::Param(p) => write!(f, "${p}"),
            Token::Op(o) => write!(f, "'{o}'"),
            Token::Ctrl(c) => write!(f, "'{c}'"),
        }
    }
}

pub type Spanned = (Token, SimpleSpan);

/// The lexer over a whole script.
pub fn lexer<'src>() -> impl Parser<'src, &'src str, Vec<Spanned>, extra::Err<Rich<'src, char>>> {
    let month = text::digits(10)
        .exactly(4)
        .to_slice()
        .then_ignore(just('-'))
        .then(text::digits(10).exactly(2).to_slice())
        .map(|(y, m): (&str, &str)| Token::Month(y.parse().unwrap_or(0), m.parse().unwrap_or(0)));
    let int = text::digits(10)
        .at_least(1)
        .to_slice()
        .try_map(|s: &str, span| {
            s.parse()
                .map(Token::Int)
                .map_err(|_| Rich::custom(span, "this number is too large"))
        });
    let escape = just('\\').ignore_then(choice((
        just('"'),
        just('\\'),
        just('n').to('\n'),
        just('t').to('\t'),
    )));
    let string = just('"')
        .ignore_then(none_of("\\\"").or(escape).repeated().collect::<String>())
        .then_ignore(just('"').labelled("closing quote"))
        .map(Token::Str);
    let word = text::ident().map(|w: &str| Token::Word(w.to_string()));
    let param = just('$')
        .ignore_then(text::ident())
        .map(|w: &str| Token::Param(w.to_string()));
    let op = choice((
        just("!=").to("!="),
        just("<=").to("<="),
        just(">=").to(">="),
        just("=").to("="),
        just("<").to("<"),
        just(">").to(">"),
    ))
    .map(Token::Op);
    let ctrl = one_of("(),;").map(Token::Ctrl);
    let token = choice((month, int, string, word, param, op, ctrl));
    let comment = just('#')
        .then(any().and_is(just('\n').not()).repeated())
        .padded();
    token
        .map_with(|t, e| (t, e.span()))
        .padded_by(comment.repeated())
        .padded()
        .repeated()
        .collect()
        .padded_by(comment.repeated())
        .then_ignore(end())
}
