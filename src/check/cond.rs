//! A query's filter once resolved: conditions on periods (months, years,
//! the last months), on sets of stored values (types, countries, reporting
//! countries, sexes, ages), and their combinations; and what the compiler
//! and the session ask of them (the months they bound, whether they name a
//! column).

use crate::lang::ast::Op;
use crate::model::month::Month;

/// A filter condition with its values resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    /// A month compared with the whole span of a fact (every month of it must match).
    Month(Op, Month),
    /// A year compared with the year of a fact.
    Year(Op, i32),
    /// The last `count` months (or calendar years) up to the newest month the
    /// store holds for the measure.
    Last {
        count: u64,
        years: bool,
    },
    /// `type` or `country` in (or not in) a set of stored values.
    Set {
        column: &'static str,
        values: Vec<String>,
        negated: bool,
    },
    And(Box<Cond>, Box<Cond>),
    Or(Box<Cond>, Box<Cond>),
    /// Always true (a unit filter, taken out of the tree).
    True,
}

impl Cond {
    /// The first and last month a fact may cover and still match, where the
    /// condition bounds them.
    pub fn bounds(&self) -> (Option<Month>, Option<Month>) {
        let year = |y: i32| (Month::january_of(y), Month::january_of(y).minus(-11));
        match self {
            Cond::Month(op, m) => match op {
                Op::Eq => (Some(*m), Some(*m)),
                Op::Ge => (Some(*m), None),
                Op::Gt => (Some(m.minus(-1)), None),
                Op::Le => (None, Some(*m)),
                Op::Lt => (None, Some(m.previous())),
                Op::Ne => (None, None),
            },
            Cond::Year(op, y) => match op {
                Op::Eq => (Some(year(*y).0), Some(year(*y).1)),
                Op::Ge => (Some(year(*y).0), None),
                Op::Gt => (Some(year(y + 1).0), None),
                Op::Le => (None, Some(year(*y).1)),
                Op::Lt => (None, Some(year(y - 1).1)),
                Op::Ne => (None, None),
            },
            Cond::And(a, b) => {
                let ((a0, a1), (b0, b1)) = (a.bounds(), b.bounds());
                let high = match (a1, b1) {
                    (Some(x), Some(y)) => Some(x.min(y)),
                    (x, y) => x.or(y),
                };
                (a0.max(b0), high)
            }
            Cond::Or(a, b) => {
                let ((a0, a1), (b0, b1)) = (a.bounds(), b.bounds());
                (a0.and(b0).and(a0.min(b0)), a1.and(b1).and(a1.max(b1)))
            }
            Cond::Last { .. } | Cond::Set { .. } | Cond::True => (None, None),
        }
    }
}

impl Cond {
    /// Whether a figure of month `m` alone may match: the conditions on
    /// months and years decide; any other condition keeps it.
    pub fn keeps_month(&self, m: Month) -> bool {
        let holds = |op: &Op, a: i64, b: i64| match op {
            Op::Eq => a == b,
            Op::Ne => a != b,
            Op::Gt => a > b,
            Op::Ge => a >= b,
            Op::Lt => a < b,
            Op::Le => a <= b,
        };
        match self {
            Cond::Month(op, x) => holds(op, m.index(), x.index()),
            Cond::Year(op, y) => holds(op, i64::from(m.year()), i64::from(*y)),
            Cond::And(a, b) => a.keeps_month(m) && b.keeps_month(m),
            Cond::Or(a, b) => a.keeps_month(m) || b.keeps_month(m),
            Cond::Last { .. } | Cond::Set { .. } | Cond::True => true,
        }
    }

    /// The condition on the months `span` holds (every month of a fact
    /// inside it) in place of the periods it names, for the base of
    /// `index`; `None` where a period sits inside an `or`.
    /// A whole calendar year is named as the year, so that it is answered
    /// as `year = Y` is (an overview's year whole, not split into months).
    pub fn over_span(&self, first: Month, last: Month) -> Option<Cond> {
        let whole = first.number() == 1 && last.number() == 12 && first.year() == last.year();
        let span = if whole {
            Cond::Year(Op::Eq, first.year())
        } else {
            Cond::And(
                Box::new(Cond::Month(Op::Ge, first)),
                Box::new(Cond::Month(Op::Le, last)),
            )
        };
        Some(Cond::And(Box::new(self.without_periods()?), Box::new(span)))
    }

    /// The condition with its conditions on periods (months, years, the
    /// last months) taken out (made true); none where a period is one side
    /// of an `or`.
    pub fn without_periods(&self) -> Option<Cond> {
        match self {
            Cond::Month(..) | Cond::Year(..) | Cond::Last { .. } => Some(Cond::True),
            Cond::And(a, b) => Some(Cond::And(
                Box::new(a.without_periods()?),
                Box::new(b.without_periods()?),
            )),
            Cond::Or(a, b) if a.names_periods() || b.names_periods() => None,
            other => Some(other.clone()),
        }
    }

    /// Whether a period is named anywhere in the condition.
    fn names_periods(&self) -> bool {
        match self {
            Cond::Month(..) | Cond::Year(..) | Cond::Last { .. } => true,
            Cond::And(a, b) | Cond::Or(a, b) => a.names_periods() || b.names_periods(),
            _ => false,
        }
    }

    /// Whether the condition has a condition on a column (`type`,
    /// `country`, `geo`, `sex`, `age`).
    pub fn names(&self, column: &str) -> bool {
        match self {
            Cond::Set { column: col, .. } => *col == column,
            Cond::And(a, b) | Cond::Or(a, b) => a.names(column) || b.names(column),
            _ => false,
        }
    }

    /// The conditions on `column` that every row the condition keeps
    /// meets: those joined to the rest by `and` (true where there are none).
    pub fn on(&self, column: &str) -> Cond {
        match self {
            Cond::Set { column: col, .. } if *col == column => self.clone(),
            Cond::And(a, b) => match (a.on(column), b.on(column)) {
                (Cond::True, c) | (c, Cond::True) => c,
                (a, b) => Cond::And(Box::new(a), Box::new(b)),
            },
            _ => Cond::True,
        }
    }

    /// The condition with its conditions on types taken out (made true).
    pub fn without_types(&self) -> Cond {
        match self {
            Cond::Set { column: "type", .. } => Cond::True,
            Cond::And(a, b) => Cond::And(Box::new(a.without_types()), Box::new(b.without_types())),
            Cond::Or(a, b) => Cond::Or(Box::new(a.without_types()), Box::new(b.without_types())),
            other => other.clone(),
        }
    }
}
