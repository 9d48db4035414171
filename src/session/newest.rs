//! `last N months` counts back from the newest month the store holds as a
//! month. Where a newer source gives only a whole year (a yearly overview
//! loaded after the last report), the answer says so, so that a reader does
//! not take those months for the newest the store knows of. How far the
//! store reaches also tells a period's missing months from those not yet
//! published.

use super::*;
use crate::check::Cond;
use crate::locale::Message;

impl Session {
    /// The newest month the store's figures of the measure reach.
    pub(super) fn reached(&self, checked: &Checked) -> Result<Option<Month>> {
        let found = self.query(&sql::reached(checked).text)?;
        Ok(match found.rows.first().map(|r| &r[0]) {
            Some(Cell::Text(month)) => Month::parse(month),
            _ => None,
        })
    }

    /// The note on the months `last N months` counted back from, where a
    /// source reaches further than the newest month held as a month.
    pub(super) fn newest_month_note(&self, checked: &Checked) -> Result<Option<Note>> {
        if checked.publisher.gives_each_period_once() || !counts_back_months(&checked.filter) {
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
