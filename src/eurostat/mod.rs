//! Eurostat's asylum downloads, read by their content: the TSV of the
//! dissemination API and of the old bulk download, and SDMX-CSV (1.0 and
//! 2.0), gzip-compressed or not. A download becomes a [`Table`]: the
//! dataset it is, the names of its dimensions in the order its header gives
//! them (a [`Head`]), and one [`Observation`] a cell, with its period, its
//! value (none for `:`, never 0) and its flags. Nothing here knows a fixed
//! order of dimensions: each dataset's header names them.
//!
//! A load reads a download series by series ([`each_series`]), so that a
//! dataset of tens of millions of cells never lies in memory as cells: each
//! series is handed on, then forgotten.
//!
//! What the codes mean for asylq's model (a reporting country, a type of
//! applicant or decision, the aggregates never added to their parts) is in
//! [`codes`]; which datasets asylq reads, and what each counts, in
//! [`datasets`].

pub mod codes;
pub mod compare;
pub mod datasets;
mod error;
pub mod facts;
pub mod labels;
pub mod request;
mod sdmx;
mod tsv;

pub use datasets::Dataset;
pub use error::{CellProblem, EurostatError};

use crate::model::period::Period;
use std::io::Read;

/// When an edition of a dataset was published, as SQL over the store's
/// `eurostat_sources s`: the last update Eurostat states (SDMX-CSV's `LAST
/// UPDATE`, the API's `Last-Modified`); NULL where the file states none
/// (an old bulk TSV), never the day it was loaded.
pub const EDITION: &str = "try_strptime(s.last_update, '%d/%m/%y %H:%M:%S')";

/// A download's last update as a reader cites it, over `eurostat_sources`:
/// its day (`2023-12-05`), or the text as stated where asylq reads no date
/// in it.
pub const UPDATED_DAY: &str =
    "coalesce(strftime(try_strptime(last_update, '%d/%m/%y %H:%M:%S'), '%Y-%m-%d'), last_update)";

/// The SHA-256 of a download's bytes, as `sha256sum` prints it.
pub fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One cell of a download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observation {
    /// The codes of the series, in the order of [`Table::dimensions`].
    pub key: Vec<String>,
    pub period: Period,
    /// `None` where Eurostat has no figure (`:`).
    pub value: Option<i64>,
    /// Eurostat's flags, each a lower-case letter (`p` provisional, ...).
    pub flags: String,
    /// The line of the file it is on (1 for the first).
    pub line: usize,
}

/// One cell of a series: an observation without its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub period: Period,
    /// `None` where Eurostat has no figure (`:`).
    pub value: Option<i64>,
    /// Eurostat's flags, each a lower-case letter (`p` provisional, ...).
    pub flags: String,
    /// The line of the file it is on (1 for the first).
    pub line: usize,
}

/// Why reading a download series by series stopped: the download itself,
/// or what was done with a series (`E`).
#[derive(Debug)]
pub enum Stop<E> {
    Read(EurostatError),
    Sink(E),
}

/// What each series is handed to: the download's head, the series' codes
/// (in the order of [`Head::dimensions`]) and its cells, those with a value
/// or flags (a series of `:` alone is not handed on).
pub type Each<'a, E> = dyn FnMut(&Head, &[String], &[Cell]) -> Result<(), E> + 'a;

/// The format a download came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The TSV of the old bulk download (`geo\time`, `2023M01`).
    BulkTsv,
    /// The TSV of the dissemination API (`geo\TIME_PERIOD`, `2023-01`).
    ApiTsv,
    /// SDMX-CSV 1.0 (`DATAFLOW`).
    SdmxCsv1,
    /// SDMX-CSV 2.0 (`STRUCTURE`, `STRUCTURE_ID`).
    SdmxCsv2,
}

/// What a download is, before its cells.
#[derive(Debug, Clone)]
pub struct Head {
    pub dataset: &'static Dataset,
    pub format: Format,
    /// The dimensions of a series key, as the header names them
    /// (lower case), without the time dimension.
    pub dimensions: Vec<String>,
    /// Eurostat's "last update" of the dataset, where the file states it
    /// (SDMX-CSV's `LAST UPDATE`), as written.
    pub last_update: Option<String>,
}

/// A download, read whole.
#[derive(Debug, Clone)]
pub struct Table {
    pub head: Head,
    pub observations: Vec<Observation>,
}

impl Head {
    /// The position of dimension `name` in a key.
    pub fn dimension(&self, name: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d == name)
    }
}

/// Reads the download `bytes`, named `name` (its file name: a TSV names its
/// dataset only there), or as dataset `code` where one is given.
pub fn read(name: &str, bytes: &[u8], code: Option<&str>) -> Result<Table, EurostatError> {
    read_text(name, &text_of(bytes.to_vec())?, code)
}

/// Reads a download's text (see [`text_of`]), named `name`, or as dataset
/// `code` where one is given.
pub fn read_text(name: &str, text: &str, code: Option<&str>) -> Result<Table, EurostatError> {
    let mut observations = Vec::new();
    let mut keep = |_: &Head, key: &[String], cells: &[Cell]| {
        observations.extend(cells.iter().map(|c| Observation {
            key: key.to_vec(),
            period: c.period,
            value: c.value,
            flags: c.flags.clone(),
            line: c.line,
        }));
        Ok::<(), std::convert::Infallible>(())
    };
    let head = each_series(name, text, code, &mut keep).map_err(|stop| match stop {
        Stop::Read(e) => e,
        Stop::Sink(never) => match never {},
    })?;
    Ok(Table { head, observations })
}

/// Reads a download's text series by series, handing each to `each`;
/// named `name`, or read as dataset `code` where one is given.
pub fn each_series<E>(
    name: &str,
    text: &str,
    code: Option<&str>,
    each: &mut Each<'_, E>,
) -> Result<Head, Stop<E>> {
    let first = text
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches('\u{feff}');
    let given = code
        .map(datasets::find_code)
        .transpose()
        .map_err(Stop::Read)?;
    if sdmx::is_sdmx(first) {
        return sdmx::each(text, given, each);
    }
    if tsv::is_tsv(first) {
        let dataset = match given {
            Some(d) => d,
            None => datasets::from_file_name(name).map_err(Stop::Read)?,
        };
        return tsv::each(text, dataset, each);
    }
    Err(Stop::Read(EurostatError::NotEurostat {
        first_line: error::shortened(first),
    }))
}

/// Whether `bytes` look like a Eurostat download (gzip, or a first line of
/// one of its formats): for telling sources apart before reading them.
pub fn looks_like(bytes: &[u8]) -> bool {
    if is_gzip(bytes) {
        return true;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let first = head
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches('\u{feff}');
    sdmx::is_sdmx(first) || tsv::is_tsv(first)
}

/// Whether `bytes` open as gzip does (its magic number).
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// The text of a download: told gzip by its first bytes, then UTF-8 (the
/// bytes become the text, not a copy: a dataset is hundreds of megabytes).
pub fn text_of(bytes: Vec<u8>) -> Result<String, EurostatError> {
    let bytes = if is_gzip(&bytes) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .map_err(|e| EurostatError::Gzip {
                reason: e.to_string(),
            })?;
        out
    } else {
        bytes
    };
    let text = String::from_utf8(bytes).map_err(|e| EurostatError::Encoding {
        at: e.utf8_error().valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(EurostatError::Empty);
    }
    Ok(text)
}

/// A period as Eurostat writes it: `2023-01` or `2023M01`, `2023-Q1` or
/// `2023Q1`, `2023-S1` / `2023S1` (a half-year), `2023`.
pub fn period(text: &str) -> Option<Period> {
    use crate::model::month::Month;
    let text = text.trim();
    let year: i32 = text.get(..4)?.parse().ok()?;
    if !text.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let rest = text[4..].trim_start_matches('-');
    let number = |s: &str, max: u32| -> Option<u32> {
        let n: u32 = s.parse().ok()?;
        (s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()) && (1..=max).contains(&n))
            .then_some(n)
    };
    let month = |n: u32| Month::new(year, n);
    match rest.as_bytes().first() {
        None if text.len() == 4 => Some(Period::Year(year)),
        Some(b'M') => Some(Period::Month(month(number(&rest[1..], 12)?)?)),
        Some(b'Q') => Some(Period::of_length(month(number(&rest[1..], 4)? * 3 - 2)?, 3)),
        Some(b'S' | b'H') => Some(Period::of_length(month(number(&rest[1..], 2)? * 6 - 5)?, 6)),
        Some(_) if text.as_bytes().get(4) == Some(&b'-') => {
            Some(Period::Month(month(number(rest, 12)?)?))
        }
        _ => None,
    }
}

/// Eurostat's flags, each a letter: break in series, confidential,
/// definition differs, estimated, forecast, not significant, provisional,
/// revised, Eurostat estimate, low reliability, not applicable. Any other
/// letter is refused, never read as a flag.
pub const FLAGS: &[u8] = b"bcdefnprsuz";

/// A cell's value and flags: `35785 `, `19455 p`, `: `, `: c`, `1177735 d`.
/// `None` for the value where it is `:`.
pub fn value_and_flags(cell: &str) -> Result<(Option<i64>, String), error::CellProblem> {
    let cell = cell.trim();
    let (value, flags) = match cell.split_once(' ') {
        Some((v, f)) => (v.trim(), f.trim()),
        None => (cell, ""),
    };
    value_and_flag_parts(value, flags)
}

/// A value (`35785`, `:`) and its flags (`p`, `de`, empty), as SDMX-CSV
/// gives them in two columns.
pub fn value_and_flag_parts(
    value: &str,
    flags: &str,
) -> Result<(Option<i64>, String), error::CellProblem> {
    if !flags.bytes().all(|b| FLAGS.contains(&b)) {
        return Err(error::CellProblem::Flags);
    }
    let value = match value {
        ":" | "" => None,
        v if v.bytes().all(|b| b.is_ascii_digit()) => {
            Some(v.parse().map_err(|_| error::CellProblem::Value)?)
        }
        _ => return Err(error::CellProblem::Value),
    };
    Ok((value, flags.to_string()))
}
