//! `last N months` counts back from the newest month the store holds as a
//! month. Where a newer source gives only a whole year (a yearly overview
//! loaded after the last report), the answer says so, so that a reader does
//! not take those months for the newest the store knows of.

use super::*;
use crate::check::{Cond, Publisher};
use crate::locale::Message;

impl Session {
    /// The note on the months `last N months` counted back from, where a
    /// source reaches further than the newest month held as a month.
    pub(super) fn newest_month_note(&self, checked: &Checked) -> Result<Option<Note>> {
        if checked.publisher != Publisher::Cgvs || !counts_back_months(&checked.filter) {
            return Ok(None);
        }
        let found = self.query(&sql::newest_months(checked).text)?;
        let Some([Cell::Text(month), Cell::Text(reached)]) =
            found.rows.first().map(|r| [r[0].clone(), r[1].clone()])
        else {
            return Ok(None);
        };
        if reached <= month {
            return Ok(None);
        }
        let message = Message::new("note-last-months")
            .code("month", &month)
            .code("reached", &reached);
        Ok(Some(Note::about_all(NoteKind::Method, message)))
    }
}

/// Whether a filter counts back months (`last 3 months`).
fn counts_back_months(c: &Cond) -> bool {
    match c {
        Cond::Last { years: false, .. } => true,
        Cond::And(a, b) | Cond::Or(a, b) => counts_back_months(a) || counts_back_months(b),
        _ => false,
    }
}
