//! The level `by type` answers at. Statistics pages give a group of types
//! where a report gives its parts (a page's `registered` applicants for a
//! report's first and subsequent; a page's decisions as one total), so a
//! table by type over both would set a group beside its own parts. Where
//! some periods give only the group, every period is shown at the group's
//! level, and a note names the periods that give only the group.

use super::*;
use crate::check::Measure;
use crate::model::month::Span;

/// Each group's parts in words.

/// The groups `by type` must show in place of their parts, and a note for
/// each: from the types each period's figures have. A period that gives
/// only a group counts where it is in the answer (not `hidden` inside a
/// year the answer takes whole); any period's parts count, since a base of
/// `change` may be of them.
pub(super) fn coarser(
    measure: Measure,
    periods: &[Period],
) -> (Vec<(&'static str, Vec<&'static str>)>, Vec<Note>) {
    let mut chosen = Vec::new();
    let mut notes = Vec::new();
    for (group, parts) in crate::model::vocabulary::page_groups(measure) {
        let has_parts = |types: &[String]| types.iter().any(|t| parts.contains(&t.as_str()));
        let only_group: Vec<String> = periods
            .iter()
            .filter(|p| !p.hidden && p.types.iter().any(|t| t == group) && !has_parts(&p.types))
            .map(|p| period_label(p.span.first, p.span.last))
            .collect();
        if only_group.is_empty() || !periods.iter().any(|p| has_parts(&p.types)) {
            continue;
        }
        let message = crate::locale::Message::new("note-type-level")
            .codes("periods", &only_group)
            .code("measure", measure.name())
            .code("group", group);
        notes.push(Note::new(NoteKind::TypeLevel, only_group, message));
        chosen.push((group, parts));
    }
    (chosen, notes)
}

/// A period of a query's figures, the types they have, and whether it is
/// a month inside a year the answer takes whole.
pub(super) struct Period {
    pub(super) span: Span,
    pub(super) types: Vec<String>,
    hidden: bool,
}

/// The rows of a query of periods and their types (`first`, `last`,
/// `types` joined with commas, and `hidden` where the query gives it), read.
pub(super) fn periods_with_types(found: &Answer) -> Vec<Period> {
    found
        .rows
        .iter()
        .filter_map(|r| {
            let first = Month::parse(&render::plain(&r[0]))?;
            let last = Month::parse(&render::plain(&r[1]))?;
            let types = render::plain(&r[2]).split(',').map(String::from).collect();
            let hidden = r.get(3).is_some_and(|h| render::plain(h) == "true");
            Some(Period {
                span: Span { first, last },
                types,
                hidden,
            })
        })
        .collect()
}

impl Session {
    /// The query at the level every period gives, with its notes; the query
    /// as it was where it is not by type, or the store holds no page.
    pub(super) fn at_common_level(&self, checked: &Checked) -> Result<(Checked, Vec<Note>)> {
        if !self.cx.has_pages
            || !checked.publisher.several_kinds_of_source()
            || !checked.dims.contains(&Dim::Type)
            || checked.by_country_tables
            || !checked.coarser.is_empty()
        {
            return Ok((checked.clone(), Vec::new()));
        }
        let periods = periods_with_types(&self.query(&sql::types_by_period(checked).text)?);
        let (coarser, notes) = coarser(checked.measure, &periods);
        Ok((
            Checked {
                coarser,
                ..checked.clone()
            },
            notes,
        ))
    }
}
