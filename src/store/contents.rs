//! What a store holds, asked once when a session opens, in one query:
//! national figures for spans of months (yearly overviews), statistics
//! pages, and country names beyond the reference. The embedded store
//! answers without a query.

use super::*;

/// What a store holds beyond the embedded report's kinds of figure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contents {
    /// National figures for a span of months (a yearly overview's year),
    /// which a query must not add to the months inside it.
    pub national_spans: bool,
    /// Figures of statistics pages or yearly overviews, whose definitions
    /// differ from a report's.
    pub pages: bool,
    /// Report names of countries that the reference lacks.
    pub unknown_countries: Vec<String>,
    /// Applications counted in files (pages and overviews up to 2015).
    pub files: bool,
    /// Eurostat's downloads (`eurostat_sources`), which some queries need.
    pub eurostat: bool,
    /// Eurostat's population on 1 January, for `per capita`.
    pub population: bool,
}

impl Store {
    /// What the store holds, read in one query.
    pub fn contents(&self) -> Result<Contents> {
        if self.location == Location::Embedded {
            // Every country of the embedded report is in the reference.
            return Ok(Contents::default());
        }
        let sql = format!(
            "SELECT CAST(bool_or(country IS NULL AND period_start < period_end) AS VARCHAR),
                CAST(bool_or(origin <> '{}') AS VARCHAR),
                list_sort(list_distinct(list(country) FILTER (WHERE country IS NOT NULL))),
                CAST(bool_or(unit = '{}') AS VARCHAR)
             FROM facts",
            crate::model::Origin::Report.as_str(),
            crate::model::Unit::Files.as_str()
        );
        let (_, rows) = self.rows(&sql)?;
        let row = rows.into_iter().next().unwrap_or_default();
        let flag = |i: usize| matches!(row.get(i), Some(Value::Text(t)) if t == "true");
        let names = match row.get(2) {
            Some(Value::List(names)) => names
                .iter()
                .filter_map(|v| match v {
                    Value::Text(n) => Some(n.clone()),
                    _ => None,
                })
                .filter(|n| n != countries::OTHER && !countries::COUNTRIES.iter().any(|c| c.0 == n))
                .collect(),
            _ => Vec::new(),
        };
        // The downloads' table is small: no figure is read to know this.
        let eurostat = self.holds_eurostat()?;
        let population = eurostat
            && count(
                &self.conn,
                "SELECT count(*) FROM eurostat_sources WHERE dataset = 'demo_pjan'",
            )? > 0;
        Ok(Contents {
            national_spans: flag(0),
            pages: flag(1),
            unknown_countries: names,
            files: flag(3),
            eurostat,
            population,
        })
    }

    /// Whether the store holds the embedded report.
    pub fn holds_embedded(&self) -> Result<bool> {
        let n = self
            .conn
            .query_row(
                "SELECT count(*) FROM reports WHERE file = ?",
                params![EMBEDDED_NAME],
                |r| r.get::<_, i64>(0),
            )
            .map_err(|e| db_error(Message::new("doing-reading-the-store"), e))?;
        Ok(n > 0)
    }
}
