//! The reference's months by country: each year's newest year-to-date table,
//! the months each listed country has on their own at the end of its span,
//! the rest of the span, and `other` less the months of countries listed only
//! in a month's top 10.

use super::facts::Fact;

fn same(a: &Fact, b: &Fact) -> bool {
    a.ty == b.ty && a.unit == b.unit
}

/// The facts by country of a `by month` query, split without overlap.
pub fn by_country_months(facts: Vec<Fact>) -> Vec<Fact> {
    let newest = |y: i64| {
        facts
            .iter()
            .filter(|f| f.start < f.end && f.start / 12 == y)
            .map(|f| f.end)
            .max()
    };
    let ytd: Vec<&Fact> = facts
        .iter()
        .filter(|f| f.start < f.end && newest(f.start / 12) == Some(f.end))
        .collect();
    let singles: Vec<&Fact> = facts.iter().filter(|f| f.start == f.end).collect();
    // The year-to-date figure whose span holds a single month of its country.
    let span_of = |s: &Fact| {
        ytd.iter()
            .filter(|y| {
                same(y, s) && y.country == s.country && y.start <= s.start && s.start <= y.end
            })
            .map(|y| y.end)
            .max()
    };
    let is_tail = |s: &Fact| {
        let Some(end) = span_of(s) else { return false };
        s.country.as_deref() != Some("other")
            && (s.start..=end).all(|m| {
                singles.iter().any(|t| {
                    same(t, s) && t.country == s.country && t.start == m && span_of(t) == Some(end)
                })
            })
    };
    let mut out: Vec<Fact> = singles
        .iter()
        .filter(|s| {
            newest(s.start / 12).is_none()
                || (s.country.as_deref() != Some("other") && (span_of(s).is_none() || is_tail(s)))
        })
        .map(|s| (*s).clone())
        .collect();
    for y in &ytd {
        let tail: Vec<&&Fact> = singles
            .iter()
            .filter(|s| {
                same(s, y) && s.country == y.country && span_of(s) == Some(y.end) && is_tail(s)
            })
            .collect();
        let mut rest = (*y).clone();
        if let Some(first) = tail.iter().map(|s| s.start).min() {
            if first == y.start {
                continue;
            }
            rest.end = first - 1;
            rest.value -= tail.iter().map(|s| s.value).sum::<i64>();
            rest.derived = true;
        }
        if y.country.as_deref() == Some("other") {
            let alone = month_only(&facts, y);
            if !alone.is_empty() {
                rest.value -= alone.iter().sum::<i64>();
                rest.derived = true;
            }
        }
        out.push(rest);
    }
    out
}

/// The single months, within the span of `other`'s year to date `y`, of
/// countries its table does not list. They are read from every current fact
/// of the query's measure and unit; here, the query's facts hold them all.
fn month_only(facts: &[Fact], y: &Fact) -> Vec<i64> {
    facts
        .iter()
        .filter(|s| {
            same(s, y)
                && s.start == s.end
                && s.country.as_deref().is_some_and(|c| c != "other")
                && y.start <= s.start
                && s.start <= y.end
                && !facts.iter().any(|l| {
                    same(l, y) && l.country == s.country && l.start == y.start && l.end == y.end
                })
        })
        .map(|s| s.value)
        .collect()
}

/// The national facts of a query, a yearly overview's year split into the
/// months stored and one derived row over the months it covers beyond them.
/// A year's `registered` stands for first and subsequent. By quarter
/// or half-year (`one_period`, its months), the derived row only where its
/// months are one such period's.
/// A published rate over a year (`measure` = `protection_rate`) is never
/// split: it stands alone where no month of its year is stored.
pub fn national_months(facts: Vec<Fact>, measure: &str, one_period: Option<i64>) -> Vec<Fact> {
    let within = |y: &Fact, s: &Fact| {
        let types: &[&str] = match (y.measure.as_str(), y.ty.as_str()) {
            ("applications", "registered") => &["registered", "first", "subsequent"],
            ("decisions", "negative") => &[
                "negative",
                "inadmissible",
                "manifestly_unfounded",
                "refusal",
            ],
            _ => &[],
        };
        s.unit == y.unit
            && y.start <= s.start
            && s.start <= y.end
            && (s.ty == y.ty || types.contains(&s.ty.as_str()))
    };
    let singles: Vec<Fact> = facts.iter().filter(|f| f.start == f.end).cloned().collect();
    let mut out = singles.clone();
    for y in facts
        .iter()
        .filter(|f| f.start < f.end && f.measure == measure)
    {
        let rate = measure == "protection_rate";
        if rate
            && singles
                .iter()
                .any(|s| y.start <= s.start && s.start <= y.end)
        {
            continue;
        }
        let inside: Vec<&Fact> = singles.iter().filter(|s| within(y, s)).collect();
        let free: Vec<i64> = (y.start..=y.end)
            .filter(|m| !inside.iter().any(|s| s.start == *m))
            .collect();
        if free.is_empty() || one_period.is_some_and(|n| free[0] / n != free[free.len() - 1] / n) {
            continue;
        }
        let sub: i64 = inside.iter().map(|s| s.value).sum();
        let table = match y.table.strip_prefix("derived: ") {
            _ if inside.is_empty() => y.table.clone(),
            Some(how) => format!(
                "derived: {how} = {}, less {sub} of the months shown",
                y.value
            ),
            None => format!(
                "derived: {} {} (line {}) less {sub} of the months shown",
                y.table, y.value, y.line
            ),
        };
        out.push(Fact {
            start: free[0],
            end: *free.last().unwrap(),
            free: Some(free.clone()),
            value: y.value - sub,
            derived: y.derived || !inside.is_empty(),
            table,
            ..y.clone()
        });
    }
    out
}
