//! `--as-of`: the figures as they stood after a report, or after the sources
//! published by a month. The store is not changed: temporary tables of the
//! same names (`reports`, `facts`, `all_facts`, `current_facts`), which
//! DuckDB reads before the store's own, hold the sources published by then;
//! the months between years to date are derived again from them and every
//! fact is ranked again, as a load would have left the store then.
//! Eurostat's editions count by the month of their last update, or where
//! the file states none, as published in the month after its last period.

use super::*;
use crate::model::month::Month;

impl Store {
    /// Answers from here on with the sources published by `when`: a month
    /// (`2023-12`), or a source's file name or digest (the sources published
    /// by the month it was). Returns the month.
    pub fn as_of(&mut self, when: &str) -> Result<Month> {
        self.complete()?;
        let month = match Month::parse(when) {
            Some(m) => m,
            None => self.published_month_of(when)?,
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
        let mut sql = format!(
            "CREATE OR REPLACE TEMP TABLE reports AS
                SELECT * FROM main.reports WHERE published <= DATE '{day}';
             CREATE OR REPLACE TEMP TABLE facts AS
                SELECT * FROM main.facts
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
            let published = crate::eurostat::PUBLISHED;
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

    /// The month a source was published: named by its file or a digest.
    fn published_month_of(&self, which: &str) -> Result<Month> {
        let (_, rows) = self.rows(&format!(
            "SELECT DISTINCT strftime(published, '%Y-%m') FROM reports
             WHERE file = '{w}' OR (length('{w}') >= 4 AND starts_with(digest, lower('{w}')))",
            w = which.replace('\'', "''")
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

    fn count_where(&self, condition: &str) -> Result<i64> {
        count(
            &self.conn,
            &format!("SELECT count(*) FROM reports WHERE {condition}"),
        )
    }
}
