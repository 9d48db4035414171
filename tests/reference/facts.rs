//! The reference's facts: every printed figure the store holds, with its
//! provenance, and the current ones chosen from them in plain Rust by the
//! rules the README states (which source wins, derived months, tables by
//! country taken whole from the newest report).

use asylq::session::Session;
use duckdb::types::Value;

/// One figure, its months as indexes (year * 12 + month - 1).
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub measure: String,
    pub ty: String,
    pub unit: String,
    pub country: Option<String>,
    pub start: i64,
    pub end: i64,
    pub value: i64,
    pub derived: bool,
    /// The kind of source: 0 a report, 1 a yearly overview, 2 a monthly page.
    pub origin: u8,
    pub report: i64,
    pub report_month: i64,
    /// The month the source was published.
    pub published: i64,
    /// The digest of the source's text.
    pub digest: String,
    pub forced: bool,
    /// The file of the source, the place in it (a report's table, or `page`
    /// or `overview` and the language; how, for a figure its reader
    /// computed) and the line.
    pub file: String,
    pub table: String,
    pub line: i64,
    /// For the rest of a yearly overview's year, the months it stands for
    /// (its span less the months shown on their own).
    pub free: Option<Vec<i64>>,
}

impl Fact {
    fn key(&self) -> (&str, &str, &str, &Option<String>, i64, i64) {
        (
            &self.measure,
            &self.ty,
            &self.unit,
            &self.country,
            self.start,
            self.end,
        )
    }

    /// The order of precedence (SPEC "Sources"): a checked figure; a
    /// printed one; a report over an overview over a page; the source published last; the
    /// later period; of the language versions of one page, the greater
    /// digest. Never the order of loading.
    fn rank(&self) -> (bool, bool, u8, i64, i64, std::cmp::Reverse<String>) {
        (
            self.forced,
            self.derived,
            self.origin,
            -self.published,
            -self.report_month,
            std::cmp::Reverse(self.digest.clone()),
        )
    }

    /// Whether this fact's source is newer than `other`'s.
    fn newer_than(&self, other: &Fact) -> bool {
        (self.published, self.report_month, &self.digest)
            > (other.published, other.report_month, &other.digest)
    }
}

fn month(text: &str) -> i64 {
    let (y, m) = text.split_once('-').unwrap();
    y.parse::<i64>().unwrap() * 12 + m.parse::<i64>().unwrap() - 1
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::Text(s) => Some(s.clone()),
        Value::Null => None,
        other => panic!("not text: {other:?}"),
    }
}

/// Every figure a source gives: printed, or computed by its reader (marked
/// derived); not the months the store derives between years to date.
pub fn printed(session: &Session) -> Vec<Fact> {
    session.store.complete().unwrap();
    let sql = "SELECT f.measure, f.type, f.unit, f.country, strftime(f.period_start, '%Y-%m'),
        strftime(f.period_end, '%Y-%m'), CAST(f.value AS VARCHAR), f.origin,
        CAST(f.report AS VARCHAR), strftime(r.month, '%Y-%m'), CAST(r.failed_checks > 0 AS VARCHAR),
        strftime(r.published, '%Y-%m'), r.digest, CAST(f.derived AS VARCHAR),
        r.file, f.source_table, CAST(f.source_line AS VARCHAR)
        FROM facts f JOIN reports r ON f.report = r.id
        WHERE NOT (f.derived AND f.country IS NOT NULL AND f.origin = 'report')";
    let (_, rows) = session.store.rows(sql).unwrap();
    rows.iter()
        .map(|r| {
            let t: Vec<Option<String>> = r.iter().map(text).collect();
            let s = |i: usize| t[i].clone().unwrap();
            Fact {
                measure: s(0),
                ty: s(1),
                unit: s(2),
                country: t[3].clone(),
                start: month(&s(4)),
                end: month(&s(5)),
                value: s(6).parse().unwrap(),
                derived: s(13) == "true",
                origin: match s(7).as_str() {
                    "report" => 0,
                    "yearly" => 1,
                    _ => 2,
                },
                report: s(8).parse().unwrap(),
                report_month: month(&s(9)),
                published: month(&s(11)),
                digest: s(12),
                forced: s(10) == "true",
                file: s(14),
                table: s(15),
                line: s(16).parse().unwrap(),
                free: None,
            }
        })
        .collect()
}

/// The figure that wins for each fact: the first by [`Fact::rank`].
fn winners(all: &[Fact]) -> Vec<Fact> {
    let mut out: Vec<Fact> = Vec::new();
    for f in all {
        match out.iter_mut().find(|w| w.key() == f.key()) {
            Some(w) if f.rank() < w.rank() => *w = f.clone(),
            Some(_) => {}
            None => out.push(f.clone()),
        }
    }
    out
}

/// Months by country derived as the difference of two consecutive
/// year-to-date figures, where no month table of that month is printed and
/// the older figure's table is the newest for its span.
fn derived(printed: &[Fact], won: &[Fact]) -> Vec<Fact> {
    let mut out = Vec::new();
    for n in won
        .iter()
        .filter(|n| n.country.as_deref().is_some_and(|c| c != "other") && n.start < n.end)
    {
        let Some(o) = won.iter().find(|o| {
            o.measure == n.measure
                && o.ty == n.ty
                && o.unit == n.unit
                && o.country == n.country
                && o.start == n.start
                && o.end == n.end - 1
        }) else {
            continue;
        };
        let superseded = printed.iter().any(|s| {
            s.country.is_some()
                && s.measure == o.measure
                && s.unit == o.unit
                && s.start == o.start
                && s.end == o.end
                && s.newer_than(o)
        });
        let month_table = printed.iter().any(|m| {
            m.measure == n.measure
                && m.unit == n.unit
                && m.country.is_some()
                && m.start == n.end
                && m.end == n.end
        });
        if !superseded && !month_table && o.start < o.end {
            out.push(Fact {
                start: n.end,
                value: n.value - o.value,
                derived: true,
                ..n.clone()
            });
        }
    }
    out
}

/// The current facts: the winners and derived months, without a page's
/// figure where a report gives the measure (or, for a published rate, the
/// decisions) for the same months (by country: for months that overlap),
/// without a by-country figure whose table a newer source of the same
/// precedence gives again, and without registered applicants where the
/// same months have first or subsequent ones (a group beside its parts).
pub fn current(printed: &[Fact]) -> Vec<Fact> {
    let won = winners(printed);
    let beside_parts = |a: &Fact| {
        let parts: &[&str] = match (a.measure.as_str(), a.ty.as_str()) {
            ("applications", "registered") => &["first", "subsequent"],
            ("decisions", "negative") => &["inadmissible", "manifestly_unfounded", "refusal"],
            _ => return false,
        };
        won.iter().any(|p| {
            p.measure == a.measure
                && p.unit == a.unit
                && p.country == a.country
                && p.start == a.start
                && p.end == a.end
                && parts.contains(&p.ty.as_str())
        })
    };
    let won: Vec<Fact> = won.iter().filter(|a| !beside_parts(a)).cloned().collect();
    let mut all = won.clone();
    all.extend(derived(printed, &won));
    all.into_iter()
        .filter(|a| {
            !printed.iter().any(|r| {
                let national = r.country.is_none() && a.country.is_none();
                let by_country = r.country.is_some() && a.country.is_some() && a.unit != "rank";
                r.origin < a.origin
                    && !r.derived
                    && (national && r.start == a.start && r.end == a.end
                        || by_country && r.start <= a.end && r.end >= a.start)
                    && ((r.measure == a.measure && r.unit == a.unit)
                        || (a.measure == "protection_rate" && r.measure == "decisions"))
            })
        })
        .filter(|a| !span_covered(a, printed))
        .filter(|a| {
            a.country.is_none()
                || a.derived
                || !printed.iter().any(|n| {
                    n.country.is_some()
                        && n.measure == a.measure
                        && n.unit == a.unit
                        && n.start == a.start
                        && n.end == a.end
                        && n.origin <= a.origin
                        && n.newer_than(a)
                })
        })
        .collect()
}

/// Whether a national figure over a span (an overview's year) has every
/// month of its span given by sources of higher precedence: then those
/// answer, and the span's figure is not current.
fn span_covered(a: &Fact, printed: &[Fact]) -> bool {
    if a.country.is_some() || a.start == a.end {
        return false;
    }
    let mut months: Vec<i64> = printed
        .iter()
        .filter(|r| {
            r.origin < a.origin
                && !r.forced
                && !r.derived
                && r.country.is_none()
                && r.start >= a.start
                && r.end <= a.end
                && ((r.measure == a.measure && r.unit == a.unit)
                    || (a.measure == "protection_rate" && r.measure == "decisions"))
        })
        .flat_map(|r| r.start..=r.end)
        .collect();
    months.sort();
    months.dedup();
    months.len() as i64 == a.end - a.start + 1
}
