//! The embedded report's facts as a DuckDB table function, which a view
//! named `current_facts` reads. A one-shot query on the embedded report then
//! scans the facts straight from the binary: appending them to a table first
//! made DuckDB run an `INSERT` of its own (about 4.5 M instructions, a tenth
//! of such a run; docs/performance.md). [`super::Store::complete`] turns the
//! view into the table a load writes.

use super::embedded;
use crate::model::month::Month;
use duckdb::core::{DataChunkHandle, Inserter, LogicalTypeHandle, LogicalTypeId};
use duckdb::vtab::{BindInfo, InitInfo, TableFunctionInfo, VTab};
use std::sync::atomic::{AtomicBool, Ordering};

/// The name of the table function.
pub(super) const FUNCTION: &str = "embedded_facts";

/// The view that stands for `current_facts` in the embedded store.
pub(super) const VIEW: &str = "CREATE VIEW current_facts AS SELECT * FROM embedded_facts()";

/// The columns of `current_facts`, in order, and their types.
const COLUMNS: [(&str, LogicalTypeId); 15] = [
    ("report", LogicalTypeId::Integer),
    ("measure", LogicalTypeId::Varchar),
    ("type", LogicalTypeId::Varchar),
    ("unit", LogicalTypeId::Varchar),
    ("country", LogicalTypeId::Varchar),
    ("period_start", LogicalTypeId::Date),
    ("period_end", LogicalTypeId::Date),
    ("value", LogicalTypeId::Bigint),
    ("source_table", LogicalTypeId::Varchar),
    ("source_line", LogicalTypeId::Integer),
    ("derived", LogicalTypeId::Boolean),
    ("origin", LogicalTypeId::Varchar),
    ("report_month", LogicalTypeId::Date),
    ("report_file", LogicalTypeId::Varchar),
    ("forced", LogicalTypeId::Boolean),
];

/// The table function: one chunk holds every fact (337, fewer than a
/// chunk's 2,048 rows).
pub(super) struct EmbeddedFacts;

pub(super) struct Scan {
    done: AtomicBool,
}

impl VTab for EmbeddedFacts {
    type InitData = Scan;
    type BindData = ();

    fn bind(bind: &BindInfo) -> Result<(), Box<dyn std::error::Error>> {
        for (name, kind) in COLUMNS {
            bind.add_result_column(name, LogicalTypeHandle::from(kind));
        }
        Ok(())
    }

    fn init(_: &InitInfo) -> Result<Scan, Box<dyn std::error::Error>> {
        Ok(Scan {
            done: AtomicBool::new(false),
        })
    }

    fn func(
        func: &TableFunctionInfo<Self>,
        output: &mut DataChunkHandle,
    ) -> Result<(), Box<dyn std::error::Error>> {
        if func.get_init_data().done.swap(true, Ordering::Relaxed) {
            output.set_len(0);
            return Ok(());
        }
        fill(output);
        Ok(())
    }
}

/// Writes every embedded fact into the chunk, column by column.
fn fill(output: &mut DataChunkHandle) {
    let facts = embedded::facts();
    let n = facts.len();
    let words: Vec<_> = facts.iter().map(|f| f.figure.words()).collect();
    let day = |m: Month| m.epoch_day();
    let month = day(embedded::month());
    numbers(output, 0, n, |_| 1i32);
    texts(output, 1, n, |r| Some(words[r].0));
    texts(output, 2, n, |r| Some(words[r].1));
    texts(output, 3, n, |r| Some(words[r].2));
    texts(output, 4, n, |r| facts[r].country.as_deref());
    numbers(output, 5, n, |r| day(facts[r].start));
    numbers(output, 6, n, |r| day(facts[r].end));
    numbers(output, 7, n, |r| facts[r].value);
    texts(output, 8, n, |r| Some(facts[r].provenance.table()));
    numbers(output, 9, n, |r| facts[r].provenance.line() as i32);
    numbers(output, 10, n, |_| false);
    texts(output, 11, n, |r| Some(facts[r].origin().as_str()));
    numbers(output, 12, n, |_| month);
    texts(output, 13, n, |_| Some(crate::seed::EMBEDDED_NAME));
    numbers(output, 14, n, |_| false);
    output.set_len(n);
}

/// Fills column `i` with the texts of `n` rows, a null where there is none.
fn texts<'a>(
    output: &DataChunkHandle,
    i: usize,
    n: usize,
    text: impl Fn(usize) -> Option<&'a str>,
) {
    let mut column = output.flat_vector(i);
    for row in 0..n {
        match text(row) {
            Some(t) => column.insert(row, t),
            None => column.set_null(row),
        }
    }
}

/// Fills column `i` with the values of `n` rows, in the column's physical
/// type (a DATE is its days since 1970 as an `i32`).
fn numbers<T: Copy>(output: &DataChunkHandle, i: usize, n: usize, value: impl Fn(usize) -> T) {
    let mut column = output.flat_vector(i);
    for (row, slot) in column.as_mut_slice_with_len::<T>(n).iter_mut().enumerate() {
        *slot = value(row);
    }
}
