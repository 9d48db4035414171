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
    /// `show measures|dimensions|types|countries|sources|revisions`, and
    /// `show top10 where FILTER` (the periods and countries it keeps).
    Show(Spanned<String>, Option<Spanned<Expr>>),
    /// `help [topic]`.
    Help(Option<Spanned<String>>),
    /// `set NAME = VALUE`.
    Set(Spanned<String>, Spanned<Value>),
}

/// `MEASURE [where FILTER] [by DIM, ...] [MODIFIERS]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub measure: Spanned<String>,
    /// `applications[type = subsequent]`: a filter of the measure's own,
    /// added to the query's.
    pub own_filter: Option<Expr>,
    /// `a - b`: a second measure and how it is combined with the first.
    pub combine: Option<(Arith, Spanned<String>)>,
    /// The second measure's own filter.
    pub other_filter: Option<Expr>,
    pub filter: Option<Expr>,
    pub by: Vec<Spanned<String>>,
    pub modifiers: Vec<Spanned<Modifier>>,
}

/// Arithmetic between two measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arith {
    Add,
    Sub,
    Div,
}

impl Arith {
    pub fn symbol(self) -> &'static str {
        match self {
            Arith::Add => "+",
            Arith::Sub => "-",
            Arith::Div => "/",
        }
    }
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
    /// `last 3 months`, `last 2 years`: counted back from the newest month
    /// the store holds for the measure.
    Last {
        count: Spanned<u64>,
        years: bool,
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
    /// `2023-Q3`.
    Quarter(i32, u32),
    /// `2023-H1`.
    Half(i32, u32),
    Str(String),
    /// A bare word: `refugee_status`, `other`, `persons`.
    Word(String),
    /// `$name`, bound from `--param` or `set`.
    Param(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Modifier {
    Top(u64),
    Sort {
        key: String,
        descending: bool,
    },
    Limit(u64),
    /// `top $n` or `limit $n` (`top` when the flag is set), bound when checked.
    CountParam {
        top: bool,
        name: String,
    },
    /// `share`: each row's percent of the answer's whole; `share of final`:
    /// of that group of types, over the same months and dimensions.
    Share {
        of: Option<String>,
    },
    Change {
        yoy: bool,
    },
    Cumulative,
    /// `rolling 3 months`: each month's figure averaged with the months
    /// before it.
    Rolling(u64),
    /// `average per month`, `max per quarter`, ...: one figure over the
    /// periods of the selected span.
    Summary {
        kind: Summary,
        per: Per,
    },
    /// `having value > 3000`, `having share >= 12.5`: the computed rows
    /// whose column compares so, with the number as written (digits, an
    /// optional point and decimals, an optional minus).
    Having {
        column: String,
        op: Op,
        value: String,
    },
    /// `index 2022`, `index 2023-01`, `index 2023-Q1`: each row as a percent
    /// of the base period's figure.
    Index(Value),
    /// `per capita`: each row's figure per 1,000 inhabitants of its
    /// reporting country on 1 January of its year.
    PerCapita,
}

/// How a summary takes the periods together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Summary {
    Average,
    Min,
    Max,
    Median,
}

/// The period a summary is taken per.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Per {
    Month,
    Quarter,
    Year,
}

impl Summary {
    pub fn name(self) -> &'static str {
        match self {
            Summary::Average => "average",
            Summary::Min => "min",
            Summary::Max => "max",
            Summary::Median => "median",
        }
    }
}

impl Per {
    pub fn name(self) -> &'static str {
        match self {
            Per::Month => "month",
            Per::Quarter => "quarter",
            Per::Year => "year",
        }
    }

    /// The column that counts the periods: `months`, `quarters`, `years`.
    pub fn plural(self) -> &'static str {
        match self {
            Per::Month => "months",
            Per::Quarter => "quarters",
            Per::Year => "years",
        }
    }

    /// Months in one whole period.
    pub fn months(self) -> i64 {
        match self {
            Per::Month => 1,
            Per::Quarter => 3,
            Per::Year => 12,
        }
    }
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
            Value::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Value::Half(y, h) => write!(f, "{y:04}-H{h}"),
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
            Expr::Last { count, years } => {
                let unit = if *years { "years" } else { "months" };
                write!(f, "last {} {unit}", count.node)
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
            Modifier::CountParam { top, name } => {
                write!(f, "{} ${name}", if *top { "top" } else { "limit" })
            }
            Modifier::Share { of: None } => f.write_str("share"),
            Modifier::Share { of: Some(group) } => write!(f, "share of {group}"),
            Modifier::Change { yoy } => f.write_str(if *yoy { "change yoy" } else { "change" }),
            Modifier::Cumulative => f.write_str("cumulative"),
            Modifier::Rolling(n) => write!(f, "rolling {n} months"),
            Modifier::Summary { kind, per } => write!(f, "{} per {}", kind.name(), per.name()),
            Modifier::Having { column, op, value } => write!(f, "having {column} {op} {value}"),
            Modifier::Index(base) => write!(f, "index {base}"),
            Modifier::PerCapita => f.write_str("per capita"),
        }
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.measure.node)?;
        if let Some(own) = &self.own_filter {
            write!(f, "[{own}]")?;
        }
        if let Some((op, other)) = &self.combine {
            write!(f, " {} {}", op.symbol(), other.node)?;
            if let Some(own) = &self.other_filter {
                write!(f, "[{own}]")?;
            }
        }
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
