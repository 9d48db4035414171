//! The reference's `average per month`: the total of each row's facts divided
//! by the months they cover, per value of the other dimensions.

use super::eval::{label, round1, Query, Row};
use super::facts::Fact;
use std::collections::BTreeMap;

pub fn average(q: &Query, facts: Vec<Fact>) -> Vec<Row> {
    let mut rows: Vec<(Vec<String>, Vec<Fact>)> = Vec::new();
    for f in facts {
        let key: Vec<String> = q
            .dims
            .iter()
            .map(|d| match *d {
                "country" => f.country.clone().unwrap_or_default(),
                "type" => f.ty.clone(),
                "year" => (f.start / 12).to_string(),
                "quarter" => format!("{}-Q{}", f.start / 12, f.start % 12 / 3 + 1),
                _ => label(f.start, f.end),
            })
            .collect();
        match rows.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(f),
            None => rows.push((key, vec![f])),
        }
    }
    rows.into_iter()
        .map(|(key, facts)| {
            // One period per distinct span, counted as the months it covers.
            let mut spans: Vec<(i64, i64)> = facts.iter().map(|f| (f.start, f.end)).collect();
            spans.sort();
            spans.dedup();
            let months: i64 = spans.iter().map(|(s, e)| e - s + 1).sum();
            let total: i64 = facts.iter().map(|f| f.value).sum();
            let mut cells = BTreeMap::new();
            for (d, k) in q.dims.iter().zip(key) {
                cells.insert(d.to_string(), k);
            }
            cells.insert("value".into(), round1(total as f64 / months as f64));
            cells.insert("months".into(), months.to_string());
            let covered: std::collections::BTreeSet<i64> =
                spans.iter().flat_map(|(s, e)| *s..=*e).collect();
            cells.insert("months_covered".into(), covered.len().to_string());
            let start = facts.iter().map(|f| f.start).min().unwrap();
            let end = facts.iter().map(|f| f.end).max().unwrap();
            cells.insert("period".into(), label(start, end));
            Row {
                cells,
                derived: facts.iter().any(|f| f.derived),
                missing: Vec::new(),
            }
        })
        .collect()
}
