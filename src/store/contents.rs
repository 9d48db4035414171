//! What a store holds, asked once when a session opens: national figures
//! for spans of months (yearly overviews), statistics pages, and country
//! names beyond the reference. The embedded store answers without a query.

use super::*;

impl Store {
    /// Whether the store holds national figures for a span of months (a
    /// yearly overview's year), which a query must not add to the months
    /// inside it.
    pub fn has_national_spans(&self) -> Result<bool> {
        if self.location == Location::Embedded {
            return Ok(false);
        }
        count(
            &self.conn,
            "SELECT count(*) FROM current_facts WHERE country IS NULL AND period_start < period_end",
        )
        .map(|n| n > 0)
    }

    /// Whether the store holds figures of statistics pages.
    pub fn has_pages(&self) -> Result<bool> {
        if self.location == Location::Embedded {
            return Ok(false);
        }
        count(
            &self.conn,
            &format!(
                "SELECT count(*) FROM current_facts WHERE origin = '{}'",
                crate::model::Origin::Page.as_str()
            ),
        )
        .map(|n| n > 0)
    }

    /// Report names of countries the store holds that the reference lacks.
    pub fn unknown_countries(&self) -> Result<Vec<String>> {
        if self.location == Location::Embedded {
            // Every country of the embedded report is in the reference.
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT country FROM facts WHERE country IS NOT NULL ORDER BY 1")
            .map_err(|e| db_error("reading countries", e))?;
        let names = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| db_error("reading countries", e))?
            .filter_map(|r| r.ok())
            .filter(|n| n != countries::OTHER && !countries::COUNTRIES.iter().any(|c| c.0 == n))
            .collect();
        Ok(names)
    }
}
