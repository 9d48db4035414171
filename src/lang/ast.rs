//! The syntax tree of the asylq language, as written, before any checking.
//!
//! Names stay plain strings here: whether `refugee_status` is a type of the
//! measure, or `"Syria"` a known country, is the checker's business. Every node
//! keeps its byte span so that errors can point at it. `Display` prints a tree
//! back as source text that parses to the same tree.

use std::fmt;

pub type Span = std::ops::Range<usize>;

/// A node with its place in the source.
#[derive(Debug, Clone)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    /// Trees are equal when their nodes are, wherever they stand.
    fn eq(&self, other: &Self) -> bool {
        self.node == other.node
    }
}

/// One statement of a script.
#[derive(Debug, Clone, PartialEq)]
pub enum Statement {
    Query(Query),
    /// `explain QUERY`: show the SQL instead of running it.
    Explain(Query),
    /// `sql "..."`: run raw SQL over the store.
    Sql(Spanned<String>),
    /// `show measures|dimensions|types|countries|sources|revisions`.
    Show(Spanned<String>),
    /// `help [topic]`.
    Help(Option<Spanned<String>>),
    /// `set NAME = VALUE`.
    Set(Spanned<String>, Spanned<Value>),
}

/// `MEASURE [where FILTER] [by DIM, ...] [MODIFIERS]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub measure: Spanned<String>,
    pub filter: Option<Expr>,
    pub by: Vec<Spanned<String>>,
    pub modifiers: Vec<Spanned<Modifier>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A filter.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Compare {
        field: Spanned<String>,
        op: Op,
        value: Spanned<Value>,
    },
    In {
        field: Spanned<String>,
        values: Vec<Spanned<Value>>,
    },
    Between {
        field: Spanned<String>,
        low: Spanned<Value>,
        high: Spanned<Value>,
    },
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
}

/// A literal.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Int(i64),
    /// `2023-11`; the month may be out of range until checked.
    Month(i32, u32),
    Str(String),
    /// A bare word: `refugee_status`, `other`, `persons`.
    Word(String),
    /// `$name`, bound from `--param` or `set`.
    Param(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Modifier {
    Top(u64),
    Sort { key: String, descending: bool },
    Limit(u64),
    Share,
    Change { yoy: bool },
    Cumulative,
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
        };
        f.write_str(s)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Int(n) => write!(f, "{n}"),
            Value::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Value::Str(s) => write!(f, "\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")),
            Value::Word(w) => f.write_str(w),
            Value::Param(p) => write!(f, "${p}"),
        }
    }
}

impl fmt::Display for Expr {
    /// Prints with full parentheses, so that precedence needs no thought.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Compare { field, op, value } => write!(f, "{} {op} {}", field.node, value.node),
            Expr::In { field, values } => {
                let list: Vec<String> = values.iter().map(|v| v.node.to_string()).collect();
                write!(f, "{} in ({})", field.node, list.join(", "))
            }
            Expr::Between { field, low, high } => {
                write!(f, "{} between {} and {}", field.node, low.node, high.node)
            }
            Expr::And(a, b) => write!(f, "({a} and {b})"),
            Expr::Or(a, b) => write!(f, "({a} or {b})"),
            Expr::Not(a) => write!(f, "not ({a})"),
        }
    }
}

impl fmt::Display for Modifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Modifier::Top(n) => write!(f, "top {n}"),
            Modifier::Sort { key, descending } => {
                write!(
                    f,
                    "sort by {key} {}",
                    if *descending { "desc" } else { "asc" }
                )
            }
            Modifier::Limit(n) => write!(f, "limit {n}"),
            Modifier::Share => f.write_str("share"),
            Modifier::Change { yoy } => f.write_str(if *yoy { "change yoy" } else { "change" }),
            Modifier::Cumulative => f.write_str("cumulative"),
        }
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.measure.node)?;
        if let Some(filter) = &self.filter {
            write!(f, " where {filter}")?;
        }
        if !self.by.is_empty() {
            let dims: Vec<&str> = self.by.iter().map(|d| d.node.as_str()).collect();
            write!(f, " by {}", dims.join(", "))?;
        }
        for m in &self.modifiers {
            write!(f, " {}", m.node)?;
        }
        Ok(())
    }
}
