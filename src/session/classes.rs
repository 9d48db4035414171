//! `by sex` and `by age` over Eurostat's figures: whether the classes a
//! row's period shows make the whole. A download may give only some
//! classes (Belgium's applicants under 18, without the adults): the rows
//! are right, but a reader who sums them or draws them alone would take
//! them for everyone, so a note names the periods and the classes the
//! store lacks.

use super::*;
use crate::check::{AGE_GROUPS, SEX_PARTS};
use crate::locale::Message;

/// The note on the periods whose classes shown by `dim` (sex or age) do
/// not make the whole, with the classes missing; none where every period's
/// do.
pub(super) fn partial_classes(answer: &Answer, checked: &Checked) -> Option<Note> {
    let (dim, column) = [(Dim::Age, "age"), (Dim::Sex, "sex")]
        .into_iter()
        .find(|(d, c)| checked.dims.contains(d) && !checked.filter.names(c))?;
    let at = answer.columns.iter().position(|c| c == column)?;
    let value = answer.columns.iter().position(|c| c == "value")?;
    // The rows of one period (and other dimensions) together.
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for row in &answer.rows {
        let key: Vec<String> = (0..value)
            .filter(|i| *i != at)
            .map(|i| render::plain(&row[i]))
            .collect();
        // Without another dimension, the row's period names it.
        let period = answer.columns.iter().position(|c| c == "period");
        let key = match (key.is_empty(), period) {
            (true, Some(p)) => render::plain(&row[p]),
            _ => key.join(" "),
        };
        let class = render::plain(&row[at]);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, classes)) => classes.push(class),
            None => groups.push((key, vec![class])),
        }
    }
    let named: Vec<String> = groups
        .iter()
        .filter_map(|(key, shown)| {
            let missing = missing(dim, shown);
            let missing: Vec<String> = missing.iter().map(|c| format!("`{c}`")).collect();
            (!missing.is_empty()).then(|| format!("{key} ({})", missing.join(", ")))
        })
        .collect();
    let message = Message::new("note-eurostat-partial-classes").code("dim", column);
    Note::naming(NoteKind::Partial, named, "rows", message)
}

/// The classes of the whole that `shown` lacks: for age, a wider class
/// (`Y_GE18`) where neither it nor all its parts are shown.
fn missing(dim: Dim, shown: &[String]) -> Vec<&'static str> {
    let has = |c: &str| shown.iter().any(|s| s == c);
    let mut out: Vec<&'static str> = Vec::new();
    if dim == Dim::Sex {
        out.extend(SEX_PARTS.iter().filter(|c| !has(c)));
        return out;
    }
    for (group, parts) in AGE_GROUPS {
        if !has(group) && !parts.iter().all(|p| has(p)) {
            match parts.iter().any(|p| has(p)) {
                true => out.extend(parts.iter().filter(|p| !has(p))),
                false => out.push(group),
            }
        }
    }
    if !has("UNK") {
        out.push("UNK");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_classes_missing_are_the_widest_the_store_lacks() {
        let shown = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(missing(Dim::Age, &shown(&["Y_LT18"])), ["Y_GE18", "UNK"]);
        assert_eq!(
            missing(
                Dim::Age,
                &shown(&["Y_LT14", "Y18-34", "Y35-64", "Y_GE65", "UNK"])
            ),
            ["Y14-17"]
        );
        assert!(missing(Dim::Age, &shown(&["Y_LT18", "Y_GE18", "UNK"])).is_empty());
        assert_eq!(missing(Dim::Sex, &shown(&["F", "M"])), ["UNK"]);
    }
}
