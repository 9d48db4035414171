//! Eurostat's cells on their way into `eurostat_cells`: gathered in
//! columns and handed to DuckDB's appender a batch at a time (an Arrow
//! record batch), not value by value: a dataset has tens of millions.

use crate::eurostat::Cell;
use duckdb::arrow::array::{ArrayRef, Date32Builder, Int32Builder, Int64Builder, StringBuilder};
use duckdb::arrow::record_batch::RecordBatch;
use std::sync::Arc;

/// How many cells a batch holds before it is appended.
const BATCH: usize = 64 * 1024;

/// The columns of `eurostat_cells`, filling.
pub(super) struct Cells {
    source: Int32Builder,
    series: Int32Builder,
    start: Date32Builder,
    end: Date32Builder,
    value: Int64Builder,
    flags: StringBuilder,
    line: Int64Builder,
    rows: usize,
}

impl Cells {
    pub(super) fn new() -> Cells {
        Cells {
            source: Int32Builder::with_capacity(BATCH),
            series: Int32Builder::with_capacity(BATCH),
            start: Date32Builder::with_capacity(BATCH),
            end: Date32Builder::with_capacity(BATCH),
            value: Int64Builder::with_capacity(BATCH),
            flags: StringBuilder::with_capacity(BATCH, BATCH),
            line: Int64Builder::with_capacity(BATCH),
            rows: 0,
        }
    }

    /// Adds the cells of series `series` of download `source`, appending
    /// a batch when one is full.
    pub(super) fn add(
        &mut self,
        app: &mut duckdb::Appender,
        [source, series]: [i32; 2],
        cells: &[Cell],
    ) -> duckdb::Result<()> {
        for c in cells {
            let span = c.period.span();
            self.source.append_value(source);
            self.series.append_value(series);
            self.start.append_value(span.first.epoch_day());
            self.end.append_value(span.last.epoch_day());
            self.value.append_option(c.value);
            self.flags.append_value(&c.flags);
            self.line.append_value(c.line as i64);
            self.rows += 1;
            if self.rows == BATCH {
                self.flush(app)?;
            }
        }
        Ok(())
    }

    /// Appends the cells gathered.
    pub(super) fn flush(&mut self, app: &mut duckdb::Appender) -> duckdb::Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let columns: [(&str, ArrayRef); 7] = [
            ("source", Arc::new(self.source.finish())),
            ("series", Arc::new(self.series.finish())),
            ("period_start", Arc::new(self.start.finish())),
            ("period_end", Arc::new(self.end.finish())),
            ("value", Arc::new(self.value.finish())),
            ("flags", Arc::new(self.flags.finish())),
            ("line", Arc::new(self.line.finish())),
        ];
        self.rows = 0;
        let batch = RecordBatch::try_from_iter(columns)
            .map_err(|e| duckdb::Error::ToSqlConversionFailure(Box::new(e)))?;
        app.append_record_batch(batch)
    }
}
