//! The parser: tokens to statements, with chumsky.
//!
//! A script is a sequence of statements; each begins with a measure or a
//! statement keyword, and no clause can begin with one, so statements need no
//! separator (a `;` is allowed). Clauses of a query come in any order. Filter
//! precedence, loosest first: `or`, `and`, `not`, then comparisons.

use super::ast::{Arith, Expr, Modifier, Op, Per, Query, Spanned, Statement, Summary, Value};
use super::lexer::Token;
use chumsky::error::LabelError;
use chumsky::input::{Input, ValueInput};
use chumsky::pratt::{infix, left, prefix};
use chumsky::prelude::*;

/// Words the language reserves: they are never names.
pub const KEYWORDS: &[&str] = &[
    "where",
    "by",
    "and",
    "or",
    "not",
    "in",
    "between",
    "top",
    "sort",
    "having",
    "limit",
    "share",
    "change",
    "yoy",
    "cumulative",
    "rolling",
    "index",
    "last",
    "average",
    "min",
    "max",
    "median",
    "per",
    "asc",
    "desc",
    "explain",
    "sql",
    "show",
    "help",
    "set",
];

/// The errors a parse collects. The parser is generic over them so that a
/// script is first parsed with errors that cost nothing (`EmptyErr`) and,
/// only if that fails, again with `Rich` errors for the message.
pub trait Failure<'t, I: Input<'t>>:
    chumsky::error::Error<'t, I>
    + LabelError<'t, I, &'static str>
    + LabelError<'t, I, chumsky::DefaultExpected<'t, Token>>
{
}

impl<'t, I: Input<'t>, R> Failure<'t, I> for R where
    R: chumsky::error::Error<'t, I>
        + LabelError<'t, I, &'static str>
        + LabelError<'t, I, chumsky::DefaultExpected<'t, Token>>
{
}

type Err<R> = extra::Err<R>;

fn kw<'t, I, R>(name: &'static str) -> impl Parser<'t, I, (), Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    any()
        .filter(move |t: &Token| matches!(t, Token::Word(w) if w.eq_ignore_ascii_case(name)))
        .ignored()
        .labelled(name)
}

fn ctrl<'t, I, R>(c: char) -> impl Parser<'t, I, (), Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    just(Token::Ctrl(c)).ignored()
}

fn spanned<T>(node: T, span: SimpleSpan) -> Spanned<T> {
    Spanned {
        node,
        span: span.into_range(),
    }
}

/// A name that is not a keyword, lower-cased.
fn name<'t, I, R>() -> impl Parser<'t, I, Spanned<String>, Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    select! { Token::Word(w) if !is_keyword(&w) => w.to_lowercase() }
        .map_with(|w, e| spanned(w, e.span()))
}

pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(word))
}

fn value<'t, I, R>() -> impl Parser<'t, I, Spanned<Value>, Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    select! {
        Token::Int(n) => Value::Int(n),
        Token::Month(y, m) => Value::Month(y, m),
        Token::Quarter(y, q) => Value::Quarter(y, q),
        Token::Half(y, h) => Value::Half(y, h),
        Token::Str(s) => Value::Str(s),
        Token::Param(p) => Value::Param(p),
        Token::Word(w) if !is_keyword(&w) => Value::Word(w),
    }
    .map_with(|v, e| spanned(v, e.span()))
    .labelled("value")
}

/// `=`, `!=`, `<`, `<=`, `>` or `>=`.
fn comparison<'t, I, R>() -> impl Parser<'t, I, Op, Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    select! {
        Token::Op("=") => Op::Eq, Token::Op("!=") => Op::Ne, Token::Op("<") => Op::Lt,
        Token::Op("<=") => Op::Le, Token::Op(">") => Op::Gt, Token::Op(">=") => Op::Ge,
    }
    .labelled("comparison")
}

/// An operator token, such as the minus of a negative number.
fn ctrl_op<'t, I, R>(op: &'static str) -> impl Parser<'t, I, (), Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    select! { Token::Op(o) if o == op => () }
}

fn filter<'t, I, R>() -> impl Parser<'t, I, Expr, Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    recursive(|expr| {
        let field = name().labelled("dimension");
        let op = comparison();
        let list = value()
            .separated_by(ctrl(','))
            .at_least(1)
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(ctrl('('), ctrl(')'));
        let compare = field
            .clone()
            .then(op)
            .then(value())
            .map(|((field, op), value)| Expr::Compare { field, op, value });
        let within = field
            .clone()
            .then(kw("not").or_not())
            .then_ignore(kw("in"))
            .then(list)
            .map(|((field, not), values)| {
                let e = Expr::In { field, values };
                if not.is_some() {
                    Expr::Not(Box::new(e))
                } else {
                    e
                }
            });
        let between = field
            .then_ignore(kw("between"))
            .then(value())
            .then_ignore(kw("and"))
            .then(value())
            .map(|((field, low), high)| Expr::Between { field, low, high });
        let atom = choice((
            between,
            within,
            compare,
            expr.delimited_by(ctrl('('), ctrl(')')),
            last(),
        ));
        atom.pratt((
            prefix(3, kw("not"), |_, a, _| Expr::Not(Box::new(a))),
            infix(left(2), kw("and"), |a, _, b, _| {
                Expr::And(Box::new(a), Box::new(b))
            }),
            infix(left(1), kw("or"), |a, _, b, _| {
                Expr::Or(Box::new(a), Box::new(b))
            }),
        ))
        .labelled("filter")
    })
}

/// `average per month`, `max per quarter`, ...
fn summary<'t, I, R>() -> impl Parser<'t, I, Modifier, Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    let kind = choice((
        kw("average").to(Summary::Average),
        kw("min").to(Summary::Min),
        kw("max").to(Summary::Max),
        kw("median").to(Summary::Median),
    ));
    let per = select! {
        Token::Word(w) if w.eq_ignore_ascii_case("month") => Per::Month,
        Token::Word(w) if w.eq_ignore_ascii_case("quarter") => Per::Quarter,
        Token::Word(w) if w.eq_ignore_ascii_case("year") => Per::Year,
    }
    .labelled("month, quarter or year");
    kind.then_ignore(kw("per"))
        .then(per)
        .map(|(kind, per)| Modifier::Summary { kind, per })
}

/// `last N months` or `last N years`.
fn last<'t, I, R>() -> impl Parser<'t, I, Expr, Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    let unit = select! {
        Token::Word(w) if ["month", "months"].contains(&w.to_lowercase().as_str()) => false,
        Token::Word(w) if ["year", "years"].contains(&w.to_lowercase().as_str()) => true,
    }
    .labelled("months or years");
    kw("last")
        .ignore_then(count().map_with(|n, e| spanned(n, e.span())))
        .then(unit)
        .map(|(count, years)| Expr::Last { count, years })
}

/// A clause of a query: `where`, `by` or a modifier.
#[derive(Debug, Clone)]
enum Clause {
    Where(Expr),
    By(Vec<Spanned<String>>),
    Modifier(Spanned<Modifier>),
}

fn count<'t, I, R>() -> impl Parser<'t, I, u64, Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    select! { Token::Int(n) if n >= 0 => n as u64 }.labelled("a number")
}

fn modifier<'t, I, R>() -> impl Parser<'t, I, Spanned<Modifier>, Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    let direction = kw("asc").to(false).or(kw("desc").to(true));
    let sort_key = name().labelled("dimension or 'value'");
    choice((
        kw("top").ignore_then(count()).map(Modifier::Top),
        kw("limit").ignore_then(count()).map(Modifier::Limit),
        kw("top")
            .to(true)
            .or(kw("limit").to(false))
            .then(select! { Token::Param(p) => p })
            .map(|(top, name)| Modifier::CountParam { top, name }),
        kw("sort")
            .ignore_then(kw("by"))
            .ignore_then(sort_key)
            .then(direction.or_not())
            .map(|(key, d)| Modifier::Sort {
                descending: d.unwrap_or(key.node == "value"),
                key: key.node,
            }),
        kw("share")
            .ignore_then(
                kw("of")
                    .ignore_then(name().labelled("group of types"))
                    .or_not(),
            )
            .map(|of| Modifier::Share {
                of: of.map(|g| g.node),
            }),
        kw("change")
            .ignore_then(kw("yoy").or_not())
            .map(|y| Modifier::Change { yoy: y.is_some() }),
        kw("cumulative").to(Modifier::Cumulative),
        kw("per")
            .ignore_then(
                select! { Token::Word(w) if w.eq_ignore_ascii_case("capita") => () }
                    .labelled("capita"),
            )
            .to(Modifier::PerCapita),
        kw("index")
            .ignore_then(
                select! {
                            Token::Int(n) => Value::Int(n),
                            Token::Month(y, m) => Value::Month(y, m),
                            Token::Quarter(y, q) => Value::Quarter(y, q),
                Token::Half(y, h) => Value::Half(y, h),
                        }
                .labelled("a year, month or quarter"),
            )
            .map(Modifier::Index),
        kw("having")
            .ignore_then(
                choice((
                    name().map(|n| n.node),
                    kw("change").to("change".to_string()),
                    kw("share").to("share".to_string()),
                    kw("cumulative").to("cumulative".to_string()),
                    kw("rolling").to("rolling".to_string()),
                ))
                .labelled("a column"),
            )
            .then(comparison())
            .then(
                ctrl_op("-").or_not().then(
                    select! {
                        Token::Int(n) if n >= 0 => n.to_string(),
                        Token::Decimal(d) => d,
                    }
                    .labelled("a number"),
                ),
            )
            .map(|((column, op), (minus, n))| Modifier::Having {
                column,
                op,
                value: if minus.is_some() { format!("-{n}") } else { n },
            }),
        kw("rolling")
            .ignore_then(count())
            .then_ignore(kw("months").or(kw("month")))
            .map(Modifier::Rolling),
        summary(),
    ))
    .map_with(|m, e| spanned(m, e.span()))
}

fn query<'t, I, R>() -> impl Parser<'t, I, Query, Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    let dims = name()
        .labelled("dimension")
        .separated_by(ctrl(','))
        .at_least(1)
        .collect::<Vec<_>>();
    let clause = choice((
        kw("where").ignore_then(filter()).map(Clause::Where),
        kw("by").ignore_then(dims).map(Clause::By),
        last().map(Clause::Where),
        modifier().map(Clause::Modifier),
    ));
    let measure = select! { Token::Word(w) if super::MEASURES.contains(&w.to_lowercase().as_str()) => w.to_lowercase() }
        .map_with(|w, e| spanned(w, e.span()))
        .labelled("measure");
    let arith = select! {
        Token::Op("+") => Arith::Add,
        Token::Op("-") => Arith::Sub,
        Token::Op("/") => Arith::Div,
    }
    .labelled("+, - or /");
    let own = filter().delimited_by(ctrl('['), ctrl(']')).or_not();
    let term = measure.then(own);
    measure_terms(term, arith)
        .then(clause.repeated().collect::<Vec<_>>())
        .map(|(((measure, own_filter), combine), clauses)| {
            let (combine, other_filter) = match combine {
                Some((op, (other, filter))) => (Some((op, other)), filter),
                None => (None, None),
            };
            let mut q = Query {
                measure,
                own_filter,
                combine,
                other_filter,
                filter: None,
                by: Vec::new(),
                modifiers: Vec::new(),
            };
            for c in clauses {
                match c {
                    Clause::Where(e) => {
                        q.filter = Some(match q.filter.take() {
                            Some(f) => Expr::And(Box::new(f), Box::new(e)),
                            None => e,
                        })
                    }
                    Clause::By(d) => q.by.extend(d),
                    Clause::Modifier(m) => q.modifiers.push(m),
                }
            }
            q
        })
}

/// A measure with its own filter, and another after `+`, `-` or `/`.
#[allow(clippy::type_complexity)]
fn measure_terms<'t, I, R, T, A>(
    term: T,
    arith: A,
) -> impl Parser<
    't,
    I,
    (
        (Spanned<String>, Option<Expr>),
        Option<(Arith, (Spanned<String>, Option<Expr>))>,
    ),
    Err<R>,
> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
    T: Parser<'t, I, (Spanned<String>, Option<Expr>), Err<R>> + Clone,
    A: Parser<'t, I, Arith, Err<R>> + Clone,
{
    term.clone().then(arith.then(term).or_not())
}

fn statement<'t, I, R>() -> impl Parser<'t, I, Spanned<Statement>, Err<R>> + Clone
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    let string = select! { Token::Str(s) => s }
        .map_with(|s, e| spanned(s, e.span()))
        .labelled("a quoted string");
    let topic = name()
        .or(select! { Token::Word(w) => w.to_lowercase() }.map_with(|w, e| spanned(w, e.span())));
    choice((
        query().map(Statement::Query),
        kw("explain").ignore_then(query()).map(Statement::Explain),
        kw("sql").ignore_then(string).map(Statement::Sql),
        kw("show")
            .ignore_then(topic.clone().labelled("topic"))
            .then(
                kw("where")
                    .ignore_then(filter())
                    .map_with(|f, e| spanned(f, e.span()))
                    .or_not(),
            )
            .map(|(topic, filter)| Statement::Show(topic, filter)),
        kw("help").ignore_then(topic.or_not()).map(Statement::Help),
        kw("set")
            .ignore_then(name().labelled("setting"))
            .then_ignore(just(Token::Op("=")))
            .then(value())
            .map(|(n, v)| Statement::Set(n, v)),
    ))
    .map_with(|s, e| spanned(s, e.span()))
}

/// The parser of a whole script.
pub fn script<'t, I, R>() -> impl Parser<'t, I, Vec<Spanned<Statement>>, Err<R>>
where
    I: ValueInput<'t, Token = Token, Span = SimpleSpan>,
    R: Failure<'t, I> + 't,
{
    ctrl(';')
        .repeated()
        .ignore_then(
            statement()
                .then_ignore(ctrl(';').repeated())
                .repeated()
                .collect(),
        )
        .then_ignore(end())
}
