//! The values a query names: parameters bound, months, quarters, years,
//! types and countries read and checked, and the closest known word for a
//! misspelt one.

use super::*;

/// Replaces a `$name` parameter by its value, read as a literal.
pub(super) fn bind(v: &Spanned<Value>, cx: &Context) -> Result<Spanned<Value>, Diagnostic> {
    let Value::Param(name) = &v.node else {
        return Ok(v.clone());
    };
    let text = cx.params.get(name).ok_or_else(|| {
        Diagnostic::new(
            msg!("check-unbound-parameter", param = format!("${name}")),
            v.span.clone(),
        )
        .with_label(msg!("check-unbound-label"))
        .with_hint(msg!("hint-bind-parameter", name = name))
    })?;
    let node = if let Some(m) = Month::parse(text) {
        Value::Month(m.year(), m.number())
    } else if let Ok(n) = text.parse() {
        Value::Int(n)
    } else {
        Value::Str(text.clone())
    };
    Ok(Spanned {
        node,
        span: v.span.clone(),
    })
}

/// `top $n` and `limit $n` with the parameter's value, a whole number.
pub(super) fn bind_count(
    m: &Spanned<Modifier>,
    cx: &Context,
) -> Result<Spanned<Modifier>, Diagnostic> {
    let Modifier::CountParam { top, name } = &m.node else {
        return Ok(m.clone());
    };
    let value = Spanned {
        node: Value::Param(name.clone()),
        span: m.span.clone(),
    };
    let n = match bind(&value, cx)?.node {
        Value::Int(n) if n >= 0 => n as u64,
        other => {
            return Err(Diagnostic::new(
                msg!(
                    "check-not-a-count",
                    param = format!("${name}"),
                    value = other.to_string()
                ),
                m.span.clone(),
            )
            .with_label(msg!("check-whole-number"))
            .with_hint(msg!("hint-count-parameter", name = name)))
        }
    };
    let node = if *top {
        Modifier::Top(n)
    } else {
        Modifier::Limit(n)
    };
    Ok(Spanned {
        node,
        span: m.span.clone(),
    })
}

/// A month or quarter compared with a fact's span. A quarter is its months:
/// `= 2023-Q3` keeps facts within July to September, `>= 2023-Q3` facts from
/// July, `<= 2023-Q3` facts up to September.
pub(super) fn period_cond(dim: Dim, op: Op, v: &Spanned<Value>) -> Result<Cond, Diagnostic> {
    let (first, last) = match (&v.node, dim) {
        (Value::Quarter(y, q), Dim::Month | Dim::Quarter) => part_of_year(*y, *q, 3)
            .ok_or_else(|| refused(v, "check-not-a-quarter", "check-expected-quarter"))?,
        (Value::Half(y, h), Dim::Month | Dim::Half) => part_of_year(*y, *h, 6)
            .ok_or_else(|| refused(v, "check-half-form", "check-expected-half"))?,
        (_, Dim::Half) => return Err(refused(v, "check-half-form", "check-expected-half")),
        (_, Dim::Month) => return Ok(Cond::Month(op, month_value(v)?)),
        _ => {
            return Err(Diagnostic::new(
                msg!("check-quarter-form", value = v.node.to_string()),
                v.span.clone(),
            )
            .with_label(msg!("check-expected-quarter")))
        }
    };
    let both = |a, b| Cond::And(Box::new(a), Box::new(b));
    Ok(match op {
        Op::Eq => both(Cond::Month(Op::Ge, first), Cond::Month(Op::Le, last)),
        Op::Ne => Cond::Or(
            Box::new(Cond::Month(Op::Lt, first)),
            Box::new(Cond::Month(Op::Gt, last)),
        ),
        Op::Lt | Op::Ge => Cond::Month(op, first),
        Op::Le | Op::Gt => Cond::Month(op, last),
    })
}

/// The first and last month of part `n` of a year cut in parts of
/// `months` months (3 for quarters, 6 for half-years); `None` where there
/// is no such part.
fn part_of_year(year: i32, n: u32, months: u32) -> Option<(Month, Month)> {
    let first = Month::new(year, n.checked_sub(1)? * months + 1)
        .filter(|_| (1900..=2999).contains(&year))?;
    Some((first, first.minus(1 - months as i32)))
}

/// A value refused where a period of a kind was expected: what it is not,
/// and what was expected.
fn refused(v: &Spanned<Value>, message: &'static str, label: &'static str) -> Diagnostic {
    Diagnostic::new(
        Message::new(message).code("value", v.node.to_string()),
        v.span.clone(),
    )
    .with_label(Message::new(label))
}

pub(super) fn month_value(v: &Spanned<Value>) -> Result<Month, Diagnostic> {
    match &v.node {
        Value::Month(y, m) => Month::new(*y, *m).ok_or_else(|| {
            Diagnostic::new(
                msg!("check-not-a-month", value = format!("{y:04}-{m:02}")),
                v.span.clone(),
            )
            .with_label(msg!("check-months-run"))
        }),
        Value::Str(s) if Month::parse(s).is_some() => Ok(Month::parse(s).expect("checked")),
        _ => Err(Diagnostic::new(
            msg!("check-month-form", value = v.node.to_string()),
            v.span.clone(),
        )
        .with_label(msg!("check-expected-month"))),
    }
}

pub(super) fn year_value(v: &Spanned<Value>) -> Result<i32, Diagnostic> {
    match &v.node {
        Value::Int(n) if (1900..=2999).contains(n) => Ok(*n as i32),
        // A quoted year, as a month may be quoted ("2023-11").
        Value::Str(s)
            if s.len() == 4 && s.parse::<i32>().is_ok_and(|y| (1900..=2999).contains(&y)) =>
        {
            Ok(s.parse().unwrap_or_default())
        }
        _ => Err(Diagnostic::new(
            msg!("check-year-form", value = v.node.to_string()),
            v.span.clone(),
        )
        .with_label(msg!("check-expected-year"))),
    }
}

pub(super) fn word_of(v: &Spanned<Value>) -> Option<&str> {
    match &v.node {
        Value::Word(w) | Value::Str(w) => Some(w),
        _ => None,
    }
}

pub(super) fn type_value(
    v: &Spanned<Value>,
    measure: Measure,
) -> Result<Vec<&'static str>, Diagnostic> {
    let names = measure.type_names();
    let word = word_of(v).map(str::to_lowercase).unwrap_or_default();
    if let Some(expanded) = measure.expand_type(&word) {
        return Ok(expanded);
    }
    let mut d = Diagnostic::new(
        msg!(
            "check-not-a-type",
            value = v.node.to_string(),
            measure = measure.name()
        ),
        v.span.clone(),
    )
    .with_label(msg!("check-not-a-type-label", measure = measure.name()));
    d = if names.is_empty() {
        d.with_hint(msg!("hint-no-types", measure = measure.name()))
    } else {
        d.with_hint(msg!(
            "hint-types",
            measure = measure.name(),
            types = names.to_vec()
        ))
    };
    if let Some(c) = closest(&word, names) {
        d = d.with_hint(msg!("hint-did-you-mean", word = c));
    }
    Err(d)
}

pub(super) fn country_value(v: &Spanned<Value>, cx: &Context) -> Result<String, Diagnostic> {
    let typed = word_of(v).ok_or_else(|| {
        Diagnostic::new(
            msg!("check-not-a-country", value = v.node.to_string()),
            v.span.clone(),
        )
        .with_label(msg!("check-expected-country"))
    })?;
    countries::lookup(typed, &cx.extra_countries).map_err(|suggestions| {
        let d = Diagnostic::new(
            msg!("check-unknown-country", country = typed),
            v.span.clone(),
        )
        .with_label(msg!("check-no-such-country"));
        if suggestions.is_empty() {
            d.with_hint(msg!("hint-show-countries"))
        } else {
            // In the names the answers show (the language asked for).
            let list: Vec<String> = suggestions
                .iter()
                .map(|s| format!("\"{}\"", countries::shown_name(s, cx.names)))
                .collect();
            d.with_hint(msg!("hint-did-you-mean-countries", countries = list))
        }
    })
}

/// The closest name within a small edit distance.
pub fn closest(word: &str, names: &[&str]) -> Option<String> {
    let word = word.to_lowercase();
    names
        .iter()
        .map(|n| (strsim::damerau_levenshtein(&word, n), *n))
        .filter(|(d, n)| *d <= 2.max(n.len() / 3))
        .min()
        .map(|(_, n)| n.to_string())
}

impl Dim {
    pub fn parse(name: &str) -> Option<Dim> {
        match name.to_lowercase().as_str() {
            "month" => Some(Dim::Month),
            "quarter" => Some(Dim::Quarter),
            "half" => Some(Dim::Half),
            "year" => Some(Dim::Year),
            "month_of_year" => Some(Dim::MonthOfYear),
            "country" => Some(Dim::Country),
            "type" => Some(Dim::Type),
            "unit" => Some(Dim::Unit),
            "source" => Some(Dim::Source),
            "geo" => Some(Dim::Geo),
            "sex" => Some(Dim::Sex),
            "age" => Some(Dim::Age),
            "publisher" => Some(Dim::Publisher),
            _ => None,
        }
    }
}

/// A query's text with each `$name` outside a string replaced by the value
/// bound to it, as the query would write it (`"Syrië"`, `2023-11`, `5`), so
/// that an answer names what it answered.
pub fn with_bound_params(text: &str, cx: &Context) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let mut in_string = false;
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if in_string => {
                out.push(c);
                if let Some((_, next)) = chars.next() {
                    out.push(next);
                }
            }
            '"' => {
                in_string = !in_string;
                out.push(c);
            }
            '$' if !in_string => {
                let name: String = text[i + 1..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let value = Spanned {
                    node: Value::Param(name.clone()),
                    span: 0..0,
                };
                match bind(&value, cx) {
                    Ok(bound) if !name.is_empty() => {
                        out.push_str(&bound.node.to_string());
                        for _ in 0..name.chars().count() {
                            chars.next();
                        }
                    }
                    _ => out.push(c),
                }
            }
            _ => out.push(c),
        }
    }
    out
}
