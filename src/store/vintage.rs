//! `--as-of`: the figures as they stood after a report, or after the sources
//! published by a month. The store is not changed: temporary tables of the
//! same names (`reports`, `facts`, `all_facts`, `current_facts`), which
//! DuckDB reads before the store's own, hold the sources published by then;
//! the months between years to date are derived again from them and every
//! fact is ranked again, as a load would have left the store then.
//! Eurostat's editions count by the month of their last update, or where
//! the file states none, as published in the month after its last period.

use super::editions::{named, same_edition, value_text};
use super::*;
use crate::model::month::Month;

impl Store {
    /// Answers from here on with the sources published by `when`: a month
    /// (`2023-12`), or a source's file name or digest (the sources published
    /// by the month it was). Returns the month.
    pub fn as_of(&mut self, when: &str) -> Result<Month> {
        self.complete()?;
        let (month, replaced) = match Month::parse(when) {
            Some(m) => (m, None),
            None => self.source_month(when)?,
        };
        let day = month.first_day();
        let held = self.count_where(&format!("published <= DATE '{day}'"))?;
        if held == 0 {
            return Err(Error::Usage(crate::msg!(
                "usage-as-of-none",
                when = when,
                month = month.to_string()
            )));
        }
        let (reports, facts) = match replaced {
            Some(id) => in_place_of_its_replacement(id, &day),
            None => (
                format!("SELECT * FROM main.reports WHERE published <= DATE '{day}'"),
                "SELECT * FROM main.facts".to_string(),
            ),
        };
        let mut sql = format!(
            "CREATE OR REPLACE TEMP TABLE reports AS {reports};
             CREATE OR REPLACE TEMP TABLE facts AS
                SELECT * FROM ({facts})
                WHERE NOT {DERIVED_MONTH} AND report IN (SELECT id FROM temp.reports);
             {view}
             CREATE OR REPLACE TEMP TABLE current_facts AS
                SELECT * FROM main.current_facts LIMIT 0;
             {derive}
             {refresh}",
            view = all_facts_view("TEMP "),
            derive = derive(),
            refresh = refresh()
        );
        if self.holds_eurostat()? {
            let next = month.minus(-1).first_day();
            let published = crate::model::choice::download_published("s");
            let editions = format!("{published} < DATE '{next}'");
            let series = self.eurostat_series_table()?;
            let ranked = super::eurostat::ranked(&self.conn, &editions, series)?;
            sql += &super::eurostat::current_view("TEMP ", &editions, &ranked);
        }
        self.conn
            .execute_batch(&sql)
            .map_err(|e| db_error(crate::msg!("doing-as-of", month = month.to_string()), e))?;
        Ok(month)
    }

    /// The month a source named by its file or a digest was published,
    /// and, where it is an edition `--replace` took out, its id among the
    /// replaced. A name both a stored source and a replaced edition have is
    /// refused.
    fn source_month(&self, which: &str) -> Result<(Month, Option<i64>)> {
        let replaced = self.replaced_edition(which)?;
        match (self.published_month_of(which), replaced) {
            (Ok(_), Some(_)) => Err(Error::Usage(crate::msg!(
                "usage-as-of-replaced",
                which = which
            ))),
            (Ok(m), None) => Ok((m, None)),
            (Err(_), Some((id, m))) => Ok((m, Some(id))),
            (Err(e), None) => Err(e),
        }
    }

    /// The month a source was published: named by its file or a digest.
    fn published_month_of(&self, which: &str) -> Result<Month> {
        let (_, rows) = self.rows(&format!(
            "SELECT DISTINCT strftime(published, '%Y-%m') FROM reports WHERE {}",
            named("", which)
        ))?;
        let months: Vec<Month> = rows
            .iter()
            .filter_map(|r| match r.first() {
                Some(Value::Text(t)) => Month::parse(t),
                _ => None,
            })
            .collect();
        match months.as_slice() {
            [one] => Ok(*one),
            [] => Err(Error::Usage(crate::msg!(
                "usage-as-of-unknown",
                which = which
            ))),
            _ => Err(Error::Usage(crate::msg!("usage-as-of-many", which = which))),
        }
    }

    /// A replaced edition (`load --replace`) named by its file or digest:
    /// its id among the replaced and its publication month.
    fn replaced_edition(&self, which: &str) -> Result<Option<(i64, Month)>> {
        if super::schema::table_type(&self.conn, "replaced_reports")?.is_none() {
            return Ok(None);
        }
        let (_, rows) = self.rows(&format!(
            "SELECT id, strftime(published, '%Y-%m') FROM replaced_reports WHERE {}
             ORDER BY id DESC LIMIT 1",
            named("", which)
        ))?;
        Ok(rows.first().and_then(|r| {
            let id = value_text(&r[0]).parse().ok()?;
            Some((id, Month::parse(&value_text(&r[1]))?))
        }))
    }

    fn count_where(&self, condition: &str) -> Result<i64> {
        count(
            &self.conn,
            &format!("SELECT count(*) FROM reports WHERE {condition}"),
        )
    }
}

/// The sources (reports, facts) as they stood with the replaced edition
/// `id` in the place of the edition that replaced it (or of the one that
/// stands now, where that was replaced in its turn: the stored checked
/// report of the same month and publication month), published by `day`.
/// The replaced edition takes a negative id, which no stored source has.
fn in_place_of_its_replacement(id: i64, day: &str) -> (String, String) {
    let rival = format!(
        "SELECT r.id FROM main.reports r, main.replaced_reports x
         WHERE x.id = {id} AND {}",
        same_edition("x.month", "x.published")
    );
    let reports = format!(
        "SELECT * FROM main.reports WHERE published <= DATE '{day}' AND id NOT IN ({rival})
         UNION ALL BY NAME
         SELECT * EXCLUDE (replaced_by) REPLACE (-id AS id) FROM main.replaced_reports WHERE id = {id}"
    );
    let facts = format!(
        "SELECT * FROM main.facts
         UNION ALL BY NAME
         SELECT * REPLACE (-report AS report) FROM main.replaced_facts WHERE report = {id}"
    );
    (reports, facts)
}
