//! The lexer: source text to tokens with byte spans.
//!
//! Lexing first keeps the parser simple and lets the REPL highlight and complete
//! from the same tokens. Comments run from `#` to the end of the line; line
//! breaks are white space (statements need no separator, see the grammar).

use crate::error::{Diagnostic, Open};
use crate::msg;
use chumsky::span::SimpleSpan;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    /// A name or keyword: `applications`, `where`, `refugee_status`.
    Word(String),
    Int(i64),
    /// `3000.5`, as written: a number with decimals, allowed in `having`.
    Decimal(String),
    /// `2023-11`, not yet checked for a valid month.
    Month(i32, u32),
    /// `2023-Q3`.
    Quarter(i32, u32),
    /// `2023-H1`.
    Half(i32, u32),
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
            Token::Decimal(d) => f.write_str(d),
            Token::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Token::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Token::Half(y, h) => write!(f, "{y:04}-H{h}"),
            Token::Str(s) => write!(f, "\"{s}\""),
            Token::Param(p) => write!(f, "${p}"),
            Token::Op(o) => write!(f, "'{o}'"),
            Token::Ctrl(c) => write!(f, "'{c}'"),
        }
    }
}

pub type Spanned = (Token, SimpleSpan);

/// Splits a script into tokens; the first character that starts no token is an
/// error. Written by hand: it is the hot path of every query, and a loop over
/// characters is several times faster than a combinator lexer here.
pub fn lex(source: &str) -> Result<Vec<Spanned>, Diagnostic> {
    let mut lexer = Lexer {
        source,
        at: 0,
        tokens: Vec::new(),
    };
    lexer.run()?;
    Ok(lexer.tokens)
}

/// The tokens before the first error, for highlighting a line being typed.
pub fn lex_prefix(source: &str) -> Vec<Spanned> {
    let mut lexer = Lexer {
        source,
        at: 0,
        tokens: Vec::new(),
    };
    let _ = lexer.run();
    lexer.tokens
}

struct Lexer<'a> {
    source: &'a str,
    at: usize,
    tokens: Vec<Spanned>,
}

impl Lexer<'_> {
    fn peek(&self) -> Option<char> {
        self.source[self.at..].chars().next()
    }

    fn run(&mut self) -> Result<(), Diagnostic> {
        while let Some(c) = self.peek() {
            let start = self.at;
            let token = match c {
                c if c.is_whitespace() => {
                    self.at += c.len_utf8();
                    continue;
                }
                '#' => {
                    self.at = self.source[start..]
                        .find('\n')
                        .map_or(self.source.len(), |i| start + i);
                    continue;
                }
                '0'..='9' => self.number()?,
                '"' => self.string()?,
                '$' => {
                    self.at += 1;
                    let name = self.word();
                    if name.is_empty() {
                        return Err(unexpected('$', start));
                    }
                    Token::Param(name)
                }
                '(' | ')' | '[' | ']' | ',' | ';' => {
                    self.at += 1;
                    Token::Ctrl(c)
                }
                '=' | '!' | '<' | '>' => self.operator(c)?,
                '+' | '-' | '/' => {
                    self.at += 1;
                    Token::Op(match c {
                        '+' => "+",
                        '-' => "-",
                        _ => "/",
                    })
                }
                c if c.is_alphabetic() || c == '_' => Token::Word(self.word()),
                // `.load` and the other REPL commands, as topics of `help`.
                '.' if self.source[start + 1..].starts_with(|c: char| c.is_ascii_alphabetic()) => {
                    self.at += 1;
                    Token::Word(format!(".{}", self.word()))
                }
                // `2022..2023`: a span has a form of its own.
                '.' if self.source[start + 1..].starts_with('.') => {
                    let mut d = unexpected('.', start);
                    d.hints = vec![msg!("hint-range")];
                    return Err(d);
                }
                other => return Err(unexpected(other, start)),
            };
            self.tokens.push((token, SimpleSpan::from(start..self.at)));
        }
        Ok(())
    }

    fn word(&mut self) -> String {
        let rest = &self.source[self.at..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        self.at += end;
        rest[..end].to_string()
    }

    fn digits(&mut self) -> &str {
        let rest = &self.source[self.at..];
        let end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        self.at += end;
        &rest[..end]
    }

    fn number(&mut self) -> Result<Token, Diagnostic> {
        let start = self.at;
        let first = self.digits().to_string();
        let rest = &self.source[self.at..];
        let month = rest.len() >= 3
            && rest.as_bytes()[0] == b'-'
            && rest.as_bytes()[1..3].iter().all(u8::is_ascii_digit);
        let month = month && !rest.as_bytes().get(3).is_some_and(u8::is_ascii_digit);
        let b = rest.as_bytes();
        let quarter = b.len() >= 3
            && b[0] == b'-'
            && b[1].eq_ignore_ascii_case(&b'q')
            && (b'1'..=b'4').contains(&b[2])
            && !b.get(3).is_some_and(|c| c.is_ascii_alphanumeric());
        let half = b.len() >= 3
            && b[0] == b'-'
            && b[1].eq_ignore_ascii_case(&b'h')
            && (b'1'..=b'2').contains(&b[2])
            && !b.get(3).is_some_and(|c| c.is_ascii_alphanumeric());
        // `2016-H3`, `2023-Q5`: a period that does not exist, said as such
        // rather than as a subtraction.
        let lettered = b.len() >= 3
            && b[0] == b'-'
            && (b[1].eq_ignore_ascii_case(&b'q') || b[1].eq_ignore_ascii_case(&b'h'))
            && b[2].is_ascii_digit();
        if first.len() == 4 && lettered && !half && !quarter {
            let digits = b[2..].iter().take_while(|c| c.is_ascii_digit()).count();
            self.at += 2 + digits;
            let text = self.source[start..self.at].to_string();
            let (what, run) = if b[1].eq_ignore_ascii_case(&b'q') {
                ("lex-not-a-quarter", "lex-quarters-run")
            } else {
                ("lex-not-a-half", "lex-halves-run")
            };
            let message = crate::locale::Message::new(what).code("value", text);
            return Err(Diagnostic::new(message, start..self.at)
                .with_label(crate::locale::Message::new(run)));
        }
        if first.len() == 4 && half {
            self.at += 3;
            return Ok(Token::Half(
                first.parse().unwrap_or(0),
                u32::from(b[2] - b'0'),
            ));
        }
        if first.len() == 4 && quarter {
            self.at += 3;
            return Ok(Token::Quarter(
                first.parse().unwrap_or(0),
                u32::from(b[2] - b'0'),
            ));
        }
        if first.len() == 4 && month {
            let m = rest[1..3].parse().unwrap_or(0);
            self.at += 3;
            return Ok(Token::Month(first.parse().unwrap_or(0), m));
        }
        let fraction = b.len() >= 2 && b[0] == b'.' && b[1].is_ascii_digit();
        if fraction {
            self.at += 1;
            let decimals = self.digits().to_string();
            return Ok(Token::Decimal(format!("{first}.{decimals}")));
        }
        first
            .parse()
            .map(Token::Int)
            .map_err(|_| Diagnostic::new(msg!("lex-number-too-large"), start..self.at))
    }

    fn string(&mut self) -> Result<Token, Diagnostic> {
        // An unclosed string is shown at its opening quote, on its own line.
        let open = self.at;
        self.at += 1;
        let mut text = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(Diagnostic::new(msg!("lex-unterminated"), open..open + 1)
                    .with_label(msg!("lex-unterminated-label"))
                    .opened(Open::String));
            };
            self.at += c.len_utf8();
            match c {
                '"' => return Ok(Token::Str(text)),
                '\\' => {
                    let escaped = match self.peek() {
                        Some('"') => '"',
                        Some('\\') => '\\',
                        Some('n') => '\n',
                        Some('t') => '\t',
                        _ => {
                            return Err(Diagnostic::new(
                                msg!("lex-unknown-escape"),
                                self.at - 1..self.at + 1,
                            )
                            .with_hint(msg!("hint-escape")))
                        }
                    };
                    self.at += 1;
                    text.push(escaped);
                }
                other => text.push(other),
            }
        }
    }

    fn operator(&mut self, c: char) -> Result<Token, Diagnostic> {
        let two = self.source.get(self.at..self.at + 2).unwrap_or("");
        let op = match two {
            "!=" => "!=",
            "<=" => "<=",
            ">=" => ">=",
            _ => match c {
                '=' => "=",
                '<' => "<",
                '>' => ">",
                _ => return Err(unexpected(c, self.at)),
            },
        };
        self.at += op.len();
        Ok(Token::Op(op))
    }
}

fn unexpected(c: char, at: usize) -> Diagnostic {
    let hint = match c {
        '&' => "hint-and",
        '|' => "hint-or",
        '!' => "hint-not",
        '*' => "hint-star",
        '{' | '}' => "hint-brackets",
        _ => "hint-quotes",
    };
    Diagnostic::new(
        msg!("lex-unexpected-character", character = c.to_string()),
        at..at + c.len_utf8(),
    )
    .with_label(msg!("lex-unknown-character"))
    .with_hint(crate::locale::Message::new(hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every token's span covers exactly its text.
    #[test]
    fn tokens_and_spans() {
        let source = "decisions where month >= 2023-01 and country != \"Syrië\" # note\n top 5; $p";
        let tokens = lex(source).unwrap();
        let texts: Vec<&str> = tokens
            .iter()
            .map(|(_, s)| &source[s.into_range()])
            .collect();
        assert_eq!(
            texts,
            [
                "decisions",
                "where",
                "month",
                ">=",
                "2023-01",
                "and",
                "country",
                "!=",
                "\"Syrië\"",
                "top",
                "5",
                ";",
                "$p"
            ]
        );
        assert_eq!(tokens[4].0, Token::Month(2023, 1));
        assert_eq!(tokens[8].0, Token::Str("Syrië".into()));
    }
}
