//! The plan of a checked query: what happens to the facts once they are
//! summed into rows, as typed fields.
//!
//! The modifiers a user writes (`share`, `change yoy`, `top 5`, `sort by
//! country desc`, `average per month`, ...) arrive as a list; the checker
//! turns them into a [`Plan`] once, so that the compiler and the notes read
//! fields (is there a summary, which change, which order, how many rows)
//! instead of scanning the list each time.

use super::Dim;
use crate::lang::ast::{Modifier, Op, Per, Summary, Value};
use crate::model::month::Month;
use crate::model::period::Period;
use crate::model::vocabulary::Type;

/// A column computed over the summed rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Each row's percent of its time and unit; with a group of types
    /// (`share of final`), of that group's figure for the row's months and
    /// other dimensions.
    Share(Option<Type>),
    /// A running total that restarts each January.
    Cumulative,
    /// The average of each month and the months before it, `n` in all.
    Rolling(u64),
    /// The change against the same row `months` back.
    Change(Change),
}

/// `change` or `change yoy`, with the base it compares against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// How many months back the base lies: the previous period of the finest
    /// time dimension, or 12 for `change yoy`.
    pub months: i32,
    pub yoy: bool,
}

/// The order of the rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Order {
    /// Time first, then the report's order of types, then value.
    Natural,
    /// `top n`: the largest value first.
    Top,
    /// `sort by key [desc]`.
    Sort { key: String, descending: bool },
}

/// What is done with the rows, in the order it is done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// A summary over periods (`average per month`): one figure per value of
    /// the other dimensions. Never together with a step.
    pub summary: Option<(Summary, Per)>,
    /// The computed columns, in the order the query names them.
    pub steps: Vec<Step>,
    pub order: Order,
    /// How many rows are kept (`top` or `limit`).
    pub take: Option<u64>,
    /// `top` by country leaves out the report's rest line ("other countries").
    pub without_other: bool,
    /// `having`: the column, comparison and number the rows kept satisfy.
    pub having: Option<(String, Op, String)>,
    /// `index`: the base period each row is set against (= 100). The
    /// session computes it over the shown rows.
    pub index: Option<Period>,
    /// `per capita`: the value is per 1,000 inhabitants.
    pub per_capita: bool,
}

impl Default for Plan {
    fn default() -> Plan {
        Plan {
            summary: None,
            steps: Vec::new(),
            order: Order::Natural,
            take: None,
            without_other: false,
            having: None,
            index: None,
            per_capita: false,
        }
    }
}

impl Plan {
    /// The plan of checked modifiers over an answer with these dimensions.
    pub fn new(modifiers: &[Modifier], dims: &[Dim]) -> Plan {
        let mut plan = Plan::default();
        for m in modifiers {
            match m {
                Modifier::Top(n) => {
                    plan.order = Order::Top;
                    plan.take = Some(*n);
                    plan.without_other = dims.contains(&Dim::Country) || dims.contains(&Dim::Geo);
                }
                Modifier::Limit(n) => plan.take = Some(*n),
                // Bound to `Top` or `Limit` by the checker before a plan is made.
                Modifier::CountParam { .. } => {}
                Modifier::Sort { key, descending } => {
                    plan.order = Order::Sort {
                        key: key.clone(),
                        descending: *descending,
                    }
                }
                Modifier::Share { of } => plan
                    .steps
                    .push(Step::Share(of.as_deref().and_then(Type::parse))),
                Modifier::Cumulative => plan.steps.push(Step::Cumulative),
                Modifier::Rolling(n) => plan.steps.push(Step::Rolling(*n)),
                Modifier::Change { yoy } => plan.steps.push(Step::Change(Change {
                    months: change_months(*yoy, dims),
                    yoy: *yoy,
                })),
                Modifier::Summary { kind, per } => plan.summary = Some((*kind, *per)),
                Modifier::Having { column, op, value } => {
                    plan.having = Some((column.clone(), *op, value.clone()))
                }
                Modifier::Index(base) => plan.index = base_period(base),
                Modifier::PerCapita => plan.per_capita = true,
            }
        }
        plan
    }

    /// The change asked for, if any.
    pub fn change(&self) -> Option<Change> {
        self.steps.iter().find_map(|s| match s {
            Step::Change(c) => Some(*c),
            _ => None,
        })
    }

    /// The group of `share of <group>`.
    pub fn share_of(&self) -> Option<Type> {
        self.steps.iter().find_map(|s| match s {
            Step::Share(of) => *of,
            _ => None,
        })
    }

    pub fn cumulative(&self) -> bool {
        self.steps.contains(&Step::Cumulative)
    }

    /// The months of `rolling N months`.
    pub fn rolling(&self) -> Option<u64> {
        self.steps.iter().find_map(|s| match s {
            Step::Rolling(n) => Some(*n),
            _ => None,
        })
    }
}

/// The previous period of the finest time dimension, or a year back.
fn change_months(yoy: bool, dims: &[Dim]) -> i32 {
    if yoy {
        12
    } else if dims.contains(&Dim::Month) {
        1
    } else if dims.contains(&Dim::Quarter) {
        3
    } else if dims.contains(&Dim::Half) {
        6
    } else {
        12
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modifiers_become_typed_fields_in_order() {
        let dims = [Dim::Month, Dim::Country];
        let plan = Plan::new(
            &[
                Modifier::Cumulative,
                Modifier::Top(5),
                Modifier::Change { yoy: false },
                Modifier::Sort {
                    key: "country".into(),
                    descending: true,
                },
            ],
            &dims,
        );
        let change = Change {
            months: 1,
            yoy: false,
        };
        assert_eq!(plan.steps, [Step::Cumulative, Step::Change(change)]);
        assert_eq!(
            plan.order,
            Order::Sort {
                key: "country".into(),
                descending: true
            }
        );
        assert_eq!((plan.take, plan.without_other), (Some(5), true));
        assert_eq!(plan.change(), Some(change));
        let yearly = Plan::new(&[Modifier::Change { yoy: false }], &[Dim::Quarter]);
        assert_eq!(yearly.change().map(|c| c.months), Some(3));
        let yoy = Plan::new(&[Modifier::Change { yoy: true }], &[Dim::Month]);
        assert_eq!(yoy.change().map(|c| c.months), Some(12));
        assert_eq!(
            Plan::new(&[Modifier::Limit(3)], &dims).order,
            Order::Natural
        );
    }
}

/// The base period `index` names: a year (1900 to 2100), a month or a
/// quarter; `None` for anything else.
pub fn base_period(value: &Value) -> Option<Period> {
    match value {
        Value::Int(y) if (1900..=2100).contains(y) => Some(Period::Year(*y as i32)),
        Value::Month(y, m) => Month::new(*y, *m).map(Period::Month),
        Value::Half(y, h) if (1..=2).contains(h) => {
            Month::new(*y, h * 6 - 5).map(|m| Period::of_length(m, 6))
        }
        Value::Quarter(y, q) if (1..=4).contains(q) => {
            Month::new(*y, q * 3 - 2).map(|m| Period::of_length(m, 3))
        }
        _ => None,
    }
}
