//! Shares as a reader prints them: the shares of one whole, each rounded to
//! the digit shown, add up to 100.0 (largest remainder), so that a table
//! or a stacked chart never shows 99.9 or 100.1 for parts of one whole.
//! Machine formats (csv, tsv, json) keep the shares as computed.

use crate::answer::{Answer, Cell, Role};

/// The answer with the shares of each whole rounded to add up to 100: a
/// whole is the rows of one period and unit whose shares are their values
/// over the rows' sum; other shares (a `top` that cut rows, a `share of` a
/// group) each rounded to one decimal.
pub fn to_100(answer: &Answer) -> Answer {
    let mut out = answer.clone();
    let (Some(share), Some(value)) = (answer.column(Role::Share), answer.column(Role::Value))
    else {
        return out;
    };
    let keys: Vec<usize> = answer
        .roles
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r, Role::Time(_) | Role::MonthOfYear | Role::Unit))
        .map(|(i, _)| i)
        .collect();
    let key = |row: &Vec<Cell>| -> Vec<String> { keys.iter().map(|i| row[*i].plain()).collect() };
    let mut seen: Vec<Vec<String>> = Vec::new();
    for row in &answer.rows {
        let k = key(row);
        if seen.contains(&k) {
            continue;
        }
        // A row without a share (the workload's total) is no part.
        let members: Vec<usize> = (0..answer.rows.len())
            .filter(|n| key(&answer.rows[*n]) == k && answer.rows[*n][share] != Cell::Null)
            .collect();
        match largest_remainder(answer, &members, (share, value)) {
            Some(tenths) => {
                for (n, t) in members.iter().zip(tenths) {
                    out.rows[*n][share] = Cell::Float(t as f64 / 10.0);
                }
            }
            // Not one whole: each share to the digit shown.
            None => {
                for n in &members {
                    if let Some(s) = answer.rows[*n][share].number() {
                        out.rows[*n][share] = Cell::Float((s * 10.0).round() / 10.0);
                    }
                }
            }
        }
        seen.push(k);
    }
    out
}

/// The shares of rows `members` in tenths of a percent, adding up to 1000,
/// where each row's share is its value over their sum as shown; `None`
/// where they are not one whole.
fn largest_remainder(
    answer: &Answer,
    members: &[usize],
    (share, value): (usize, usize),
) -> Option<Vec<i64>> {
    let values: Vec<f64> = members
        .iter()
        .map(|n| answer.rows[*n][value].number())
        .collect::<Option<_>>()?;
    let shown: Vec<f64> = members
        .iter()
        .map(|n| answer.rows[*n][share].number())
        .collect::<Option<_>>()?;
    let total: f64 = values.iter().sum();
    if total <= 0.0 || values.iter().any(|v| *v < 0.0) {
        return None;
    }
    let exact: Vec<f64> = values.iter().map(|v| 1000.0 * v / total).collect();
    // One whole only where every share is its value over the sum.
    if exact
        .iter()
        .zip(&shown)
        .any(|(e, s)| (e / 10.0 - s).abs() > 0.001)
    {
        return None;
    }
    let mut tenths: Vec<i64> = exact.iter().map(|e| e.floor() as i64).collect();
    let mut order: Vec<usize> = (0..exact.len()).collect();
    order.sort_by(|a, b| {
        (exact[*b] - exact[*b].floor()).total_cmp(&(exact[*a] - exact[*a].floor()))
    });
    let short = 1000 - tenths.iter().sum::<i64>();
    for i in order.into_iter().take(short.max(0) as usize) {
        tenths[i] += 1;
    }
    Some(tenths)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(values: &[i64], shares: &[f64]) -> Answer {
        let mut a = Answer::table(
            vec!["type".into(), "value".into(), "unit".into(), "share".into()],
            values
                .iter()
                .zip(shares)
                .enumerate()
                .map(|(i, (v, s))| {
                    vec![
                        Cell::Text(format!("t{i}")),
                        Cell::Int(*v),
                        Cell::Text("persons".into()),
                        Cell::Float(*s),
                    ]
                })
                .collect(),
        );
        a.roles = vec![Role::Dimension, Role::Value, Role::Unit, Role::Share];
        a
    }

    #[test]
    fn the_shares_of_one_whole_add_up_to_100() {
        // 1/3 each: 33.3 three times is 99.9; the largest remainder gives one 33.4.
        let third = 100.0 / 3.0;
        let a = to_100(&answer(&[1, 1, 1], &[third, third, third]));
        let shares: Vec<f64> = a.rows.iter().map(|r| r[3].number().unwrap()).collect();
        assert_eq!(shares, [33.4, 33.3, 33.3]);
        // Rows cut by `top` are no whole: each share to one decimal.
        let a = to_100(&answer(
            &[5, 3, 1],
            &[55.55555555555556, 33.333333333333336],
        ));
        let shares: Vec<f64> = a.rows.iter().map(|r| r[3].number().unwrap()).collect();
        assert_eq!(shares, [55.6, 33.3]);
    }
}
