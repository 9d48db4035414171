//! An answer: the table a query gives, with the notes and sources that travel
//! with it.
//!
//! The session builds answers and the renderers draw them; this module sits
//! between the two so that neither needs the other.

use crate::locale::Message;
use crate::model::month::{Month, Span};
use crate::model::period::Period;
use crate::model::{Lang, Origin};

/// One cell of an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Int(i64),
    Float(f64),
    Text(String),
    Bool(bool),
    /// The period a row stands for (a column of time, or the months the
    /// row covers), written as its label only where shown.
    Period(Period),
    Null,
}

impl Cell {
    /// The number the cell holds, where it holds one.
    pub fn number(&self) -> Option<f64> {
        match self {
            Cell::Int(n) => Some(*n as f64),
            Cell::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The period the cell holds, where it holds one.
    pub fn period(&self) -> Option<Period> {
        match self {
            Cell::Period(p) => Some(*p),
            _ => None,
        }
    }

    /// A plain number or text, as machine formats print it.
    pub fn plain(&self) -> String {
        match self {
            Cell::Int(n) => n.to_string(),
            Cell::Float(f) => {
                // As computed (rounded in SQL), with at least one decimal: 44.0, 1.19.
                let shortest = f.to_string();
                if shortest.contains('.') || !f.is_finite() {
                    shortest
                } else {
                    format!("{f:.1}")
                }
            }
            Cell::Text(s) => s.clone(),
            Cell::Bool(b) => b.to_string(),
            Cell::Period(p) => p.to_string(),
            Cell::Null => String::new(),
        }
    }

    /// A value DuckDB gives, as a cell: numbers as numbers, a date as
    /// `2023-11-01`, a timestamp as `2023-11-01 12:00:00`, a list as
    /// `[a, b]`, anything else as its text.
    pub fn from_db(v: duckdb::types::Value) -> Cell {
        use duckdb::types::{TimeUnit, Value as V};
        match v {
            V::Null => Cell::Null,
            V::Boolean(b) => Cell::Bool(b),
            V::TinyInt(n) => Cell::Int(i64::from(n)),
            V::SmallInt(n) => Cell::Int(i64::from(n)),
            V::Int(n) => Cell::Int(i64::from(n)),
            V::BigInt(n) => Cell::Int(n),
            V::UTinyInt(n) => Cell::Int(i64::from(n)),
            V::USmallInt(n) => Cell::Int(i64::from(n)),
            V::UInt(n) => Cell::Int(i64::from(n)),
            V::UBigInt(n) => i64::try_from(n).map_or_else(|_| Cell::Text(n.to_string()), Cell::Int),
            V::HugeInt(n) => i64::try_from(n).map_or_else(|_| Cell::Text(n.to_string()), Cell::Int),
            V::Float(f) => Cell::Float(f64::from(f)),
            V::Double(f) => Cell::Float(f),
            V::Decimal(d) => Cell::Float(d.to_string().parse().unwrap_or(f64::NAN)),
            V::Text(s) => Cell::Text(s),
            V::Date32(days) => Cell::Text(crate::model::month::iso_date(days)),
            V::Timestamp(unit, n) => {
                let micros = match unit {
                    TimeUnit::Second => n.saturating_mul(1_000_000),
                    TimeUnit::Millisecond => n.saturating_mul(1_000),
                    TimeUnit::Microsecond => n,
                    TimeUnit::Nanosecond => n / 1_000,
                };
                Cell::Text(timestamp(micros))
            }
            V::List(items) | V::Array(items) => {
                let texts: Vec<String> = items
                    .into_iter()
                    .map(|v| Cell::from_db(v).plain())
                    .collect();
                Cell::Text(format!("[{}]", texts.join(", ")))
            }
            other => Cell::Text(format!("{other:?}")),
        }
    }
}

/// Microseconds since 1970 as `2023-11-01 12:00:00` (UTC).
fn timestamp(micros: i64) -> String {
    let secs = micros.div_euclid(1_000_000);
    let days = secs.div_euclid(86_400);
    let rest = secs.rem_euclid(86_400);
    let date = crate::model::month::iso_date(days as i32);
    format!(
        "{date} {:02}:{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// A table of results with the notes that travel with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub notes: Vec<Note>,
    /// The files of the measure's current figures, where asked for (the envelope).
    pub sources: Vec<String>,
    /// Those of them whose figures fall in the answer's months, as a
    /// chart's caption cites them, where asked for.
    pub citations: Vec<Citation>,
    /// What each column is, beside its name.
    pub roles: Vec<Role>,
    /// What the query asked about, where the answer is a query's.
    pub subject: Option<Subject>,
    /// For each row, the months its figures cover and how they were made.
    /// Empty for answers that are not figures (`show`, `sql`).
    pub coverage: Vec<Coverage>,
    /// Why the statement failed, for the place a failed statement keeps
    /// under `--keep-going`; such an answer has no columns.
    pub error: Option<StatementError>,
}

/// What a query asks about, for a chart's words: its measure and what its
/// filter picks beyond its periods.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Subject {
    /// The measure; `None` for a combination of measures.
    pub measure: Option<String>,
    /// A combination of measures: the first, how (`add`, `sub`, `div`),
    /// the second.
    pub combined: Option<(String, String, String)>,
    /// The countries, types and units the filter picks, as written.
    pub picked: Vec<Picked>,
    /// The whole filter, to be said in words, where it is more than an
    /// `and` of `=` and `in` (an `or`, a `not`, a comparison other than of
    /// periods): a chart's title then names no filter, and its subtitle
    /// says this one.
    pub said: Option<Said>,
    /// The base period of an `index` (`2022`), which a chart names.
    pub index: Option<String>,
    /// `having COLUMN OP N`, which a chart's subtitle says.
    pub having: Option<(String, Relation, String)>,
    /// The names the answer gives countries (`--names`, or the language
    /// asked), which its title gives them too; `None` where the answer
    /// keeps the report's names and a chart names them in its language.
    pub names: Option<crate::model::countries::Names>,
}

/// A value a filter picks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    /// A country, by the report's name.
    Country(String),
    /// A type or a unit, by its code.
    Term(String),
    /// A code of another field (`geo`, `publisher`, `sex`, `age`, and
    /// `country = TOTAL`), said as that field's word for it.
    Code { field: String, code: String },
}

/// A filter as words say it, whatever its shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// A value picked.
    Is(Picked),
    /// A period compared: `since 2012`, `except May 2023`; the period as a
    /// label (`2012`, `2023-05`, `2023-Q3`).
    Period { relation: Relation, period: String },
    /// `2014–2015`.
    Between { low: String, high: String },
    /// The last `count` months (or years) the store holds.
    Last { count: u64, years: bool },
    /// Anything but this.
    Not(Box<Said>),
    /// All of these.
    All(Vec<Said>),
    /// Any of these.
    Any(Vec<Said>),
    /// A value compared otherwise (`value`-like bounds), as written.
    Written(String),
}

/// How a period is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Is,
    IsNot,
    Since,
    After,
    Until,
    Before,
}

/// A caveat that travels with an answer: what kind it is, the periods
/// (row labels) it is about, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub kind: NoteKind,
    /// The periods or rows the note is about, as the answer labels them;
    /// empty for a note about the whole answer.
    pub periods: Vec<String>,
    /// What it says, put in words only when shown ([`Note::text`]).
    pub message: Message,
}

/// The kinds of note, as `--envelope` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// A figure computed by asylq: a month between two years to date, or
    /// the rest of a year once the months of their own rows are taken off.
    Derived,
    /// A period the data covers only in part.
    Partial,
    /// A stock shown for a period that ends after the month of its value.
    AsOf,
    /// A protection rate as a page published it, or none where only pages
    /// cover a span.
    PublishedRate,
    /// What `change` compared each row with, or the rows it had no base for.
    ChangeBase,
    /// What `index` set each row against, or the rows it had no base for.
    IndexBase,
    /// A sum over the months present of a period with gaps.
    MissingMonths,
    /// Periods whose sources count a measure differently.
    MixedDefinitions,
    /// Figures of a report stored with `--force`.
    Forced,
    /// By country, figures for a year to date rather than a month.
    YearToDate,
    /// Periods that give only a group of types, shown at that level.
    TypeLevel,
    /// How a summary, a share, a running total or a combination of two
    /// measures was taken.
    Method,
    /// Countries asked for that the answer cannot show on their own.
    Countries,
    /// What the query's measure or unit means here.
    Definition,
    /// An answer with no rows, and why.
    Empty,
    /// Rows whose figures Eurostat flags (provisional, estimated, ...).
    Flags,
    /// Rows without a figure: Eurostat marks one of theirs not available.
    Unavailable,
    /// Rows of an aggregate of Eurostat's most of whose member countries
    /// it marks not available: the figure may count only the others.
    Members,
}

impl NoteKind {
    /// The word `--envelope` writes.
    pub fn name(self) -> &'static str {
        match self {
            NoteKind::Derived => "derived",
            NoteKind::Partial => "partial",
            NoteKind::AsOf => "as_of",
            NoteKind::PublishedRate => "published_rate",
            NoteKind::ChangeBase => "change_base",
            NoteKind::IndexBase => "index_base",
            NoteKind::MissingMonths => "missing_months",
            NoteKind::MixedDefinitions => "mixed_definitions",
            NoteKind::Forced => "forced",
            NoteKind::YearToDate => "year_to_date",
            NoteKind::TypeLevel => "type_level",
            NoteKind::Method => "method",
            NoteKind::Countries => "countries",
            NoteKind::Definition => "definition",
            NoteKind::Empty => "empty",
            NoteKind::Flags => "flags",
            NoteKind::Unavailable => "unavailable",
            NoteKind::Members => "members",
        }
    }
}

impl Note {
    pub fn new(kind: NoteKind, periods: Vec<String>, message: Message) -> Note {
        Note {
            kind,
            periods,
            message,
        }
    }

    /// A note that names `periods` (as the argument `arg` of `message`), or
    /// none where there are none.
    pub fn naming(
        kind: NoteKind,
        periods: Vec<String>,
        arg: &'static str,
        message: Message,
    ) -> Option<Note> {
        if periods.is_empty() {
            return None;
        }
        let message = message.codes(arg, &periods);
        Some(Note::new(kind, periods, message))
    }

    /// A note about the whole answer.
    pub fn about_all(kind: NoteKind, message: Message) -> Note {
        Note::new(kind, Vec::new(), message)
    }

    /// The note in words, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.message.text(lang)
    }
}

/// A note in English.
impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// A source as a reader can cite it: what kind of publication, for which
/// month, in which language (a page's), and when it was published (a
/// report's `Publicatiedatum`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub origin: Origin,
    /// The month a report or page is about; an overview's December.
    pub month: Month,
    /// A page's language; none for a report.
    pub lang: Option<Lang>,
    /// The month a report states it was published in.
    pub published: Option<Month>,
    /// The file it was loaded from.
    pub file: String,
    /// A Eurostat download's dataset and its last update, where Eurostat
    /// states one.
    pub dataset: Option<(String, Option<String>)>,
}

/// Why a statement failed, as data: what kind of error, its text, and
/// where in the text that was run (1-based line and column), with what
/// the caret says and the hints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementError {
    /// `syntax` (the statement does not parse) or `query` (it parses, but
    /// asks for what the data or the language cannot give).
    pub kind: &'static str,
    pub message: Message,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// What the caret says, where it says more than the message.
    pub label: Option<Message>,
    pub hints: Vec<Message>,
}

impl StatementError {
    /// The error of a diagnostic about `source`, the text that was run.
    pub fn of(kind: &'static str, d: &crate::error::Diagnostic, source: &str) -> StatementError {
        let place = d.position(source);
        StatementError {
            kind,
            message: d.message.clone(),
            line: place.map(|p| p.0),
            column: place.map(|p| p.1),
            label: d.label.clone(),
            hints: d.hints.clone(),
        }
    }
}

/// What a column of an answer holds. The session gives each column its role
/// once; renderers read roles, never column names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A dimension the query groups by other than time and country (`type`,
    /// `unit`, `source`).
    Dimension,
    /// A dimension of time: its periods are this many months long (1 for
    /// `month`, 3 for `quarter`, 12 for `year`).
    Time(u32),
    /// The month of the year (1 to 12), set side by side across years.
    MonthOfYear,
    /// The dimension of countries, whose names follow `--names`.
    Country,
    /// The figure asked for.
    Value,
    /// The unit the value is counted in.
    Unit,
    /// The span a row covers, where it is not the row's own period.
    Period,
    /// How many months a row's figures cover.
    MonthsCovered,
    /// A percent of a whole (`share`).
    Share,
    /// A change against a base, as a difference (`change`).
    Change,
    /// A change against a base, in percent (`change_pct`).
    ChangePercent,
    /// A rate's change, in percentage points (`change_pp`).
    Points,
    /// A row as a percent of its base period's figure (`index`).
    Index,
    /// A running figure (`cumulative`, `rolling`).
    Running,
    /// A rate's figures: what it counts as granted and decided, and the
    /// unit of those (`granted`, `decided`, `basis`).
    Basis,
    /// Anything else: the columns of `show` and `sql`.
    Extra,
}

impl Role {
    /// Whether the column is a change against a base.
    pub fn is_change(self) -> bool {
        matches!(self, Role::Change | Role::ChangePercent | Role::Points)
    }

    /// Whether the column is one the query groups by.
    pub fn is_dimension(self) -> bool {
        matches!(
            self,
            Role::Dimension | Role::Time(_) | Role::MonthOfYear | Role::Country
        )
    }
}

impl Answer {
    /// The first column of a role.
    pub fn column(&self, role: Role) -> Option<usize> {
        self.roles.iter().position(|r| *r == role)
    }

    /// Whether a column has the role.
    pub fn has(&self, role: Role) -> bool {
        self.column(role).is_some()
    }

    /// The first column of time, with its months per period.
    pub fn time(&self) -> Option<(usize, u32)> {
        self.roles.iter().enumerate().find_map(|(i, r)| match r {
            Role::Time(months) => Some((i, *months)),
            _ => None,
        })
    }
}

/// What a row's figures cover and how they were made.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Coverage {
    /// The months the row's figures cover, first to last; `None` where the
    /// row has no figure.
    pub span: Option<Span>,
    /// A figure of the row is derived: a month computed as the difference of
    /// two consecutive year-to-date figures.
    pub derived: bool,
    /// The value is the rate a statistics page published, not one computed
    /// from decisions.
    pub published: bool,
    /// A figure of the row comes from a report stored with `--force`.
    pub forced: bool,
    /// The months inside `span` that no figure of the row covers: the row
    /// is the sum of the months present.
    pub missing: Vec<Month>,
    /// The kinds of source its figures come from (a report, a page, or both
    /// for a row over months of each), in order of precedence.
    pub origins: Vec<Origin>,
    /// The files of the row's figures (with those of the base of `change`),
    /// sorted: the sources it cites. Named where the answer cites them (the
    /// envelope, a chart file), else empty.
    pub sources: Vec<String>,
}

impl Answer {
    /// An answer with these columns and rows, every column `Extra`.
    pub fn table(columns: Vec<String>, rows: Vec<Vec<Cell>>) -> Answer {
        Answer {
            title: String::new(),
            roles: vec![Role::Extra; columns.len()],
            subject: None,
            columns,
            rows,
            notes: Vec::new(),
            sources: Vec::new(),
            citations: Vec::new(),
            coverage: Vec::new(),
            error: None,
        }
    }

    /// The place of a statement that failed: its text and the error.
    pub fn failed(query: &str, error: StatementError) -> Answer {
        Answer {
            title: query.to_string(),
            error: Some(error),
            ..Answer::table(Vec::new(), Vec::new())
        }
    }

    /// Whether the figure of row `n` is derived.
    pub fn is_derived(&self, n: usize) -> bool {
        self.coverage.get(n).is_some_and(|c| c.derived)
    }
}
