//! The sources an answer cites: the files of the figures it is made of,
//! read from the same stages as the answer itself, so that they are never
//! every file of the store.

use super::*;

/// The files of the figures a query's answer is made of: the facts it
/// sums (after `chosen` picked them), the base figures of `change`, and
/// both operands of `a - b`.
pub fn sources(q: &Checked) -> Sql {
    let mut selects = vec![sources_select(q)];
    if let Some((_, right)) = &q.combine {
        selects.push(sources_select(right));
    }
    let text = selects
        .iter()
        .map(|s| format!("SELECT report_file FROM (\n{s}\n)"))
        .collect::<Vec<_>>()
        .join("\nUNION\n");
    Sql {
        text: format!("SELECT DISTINCT report_file FROM (\n{text}\n) ORDER BY 1"),
    }
}

/// The files of one operand's figures, as a query over its stages.
fn sources_select(q: &Checked) -> String {
    let facts = facts_select(q, &facts_filter(q).join("\n    AND "));
    let (chosen, from) = match chosen_cte(q) {
        Some(cte) => (format!("chosen AS (\n{cte}\n),\n"), "chosen"),
        None => (String::new(), "f"),
    };
    let (base, used) = match q.plan.change() {
        Some(c) => (
            base_ctes(q, from, c.months),
            format!("SELECT report_file FROM {from} UNION ALL SELECT report_file FROM bm"),
        ),
        None => (String::new(), format!("SELECT report_file FROM {from}")),
    };
    format!("WITH f AS (\n{facts}\n),\n{chosen}{base}used AS (\n{used}\n)\nSELECT report_file FROM used")
}
