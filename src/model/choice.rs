//! Which figure answers: the one rule of SPEC "Sources" that picks, for
//! every (measure, type, unit, country, period), the figure the store
//! answers with when several sources give it.
//!
//! The rule is written here once, as SQL over the store's ranked view of
//! every figure (`all_facts`, whose rows carry their source's `origin`,
//! `forced`, `published`, `report_month` and `digest`). The store
//! materialises it into `current_facts` at each load; the compiler, the
//! envelope's sources, chart citations and `export` read that table only,
//! and `show conflicts` and `show revisions` read the same ranks. Nothing
//! else decides between sources.
//!
//! Eurostat's downloads are ranked by the same rule: an edition is never
//! forced, derived or of another origin and names no month of its own, so
//! of the rule's steps only its publication (the last update it states) and
//! its digest tell two editions apart ([`download_order`]). Among a query's
//! Eurostat figures, the same rule file says which stands for the whole of
//! its citizenships ([`WHOLE_CITIZENSHIPS`]), which of nested periods
//! answers ([`nested_instead`]) and which age class `by age` shows
//! ([`age_level`]); the compiler puts them in front of the query.

use super::vocabulary::{stored_types, Measure, STORED_GROUPS};
use super::Origin;

/// One step of the ordered rule: where two sources give the same fact, the
/// first step that tells them apart decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A checked figure over one from a report stored with `--force`.
    Checked,
    /// A printed figure over a derived one.
    Printed,
    /// A report over a yearly overview over a monthly page
    /// ([`Origin::BY_PRECEDENCE`]).
    Origin,
    /// The source published later.
    Published,
    /// Of two published in the same month, the one of the later month.
    Month,
    /// Of two of the same month (the language versions of one page), the
    /// one whose text has the greater digest: never the order of loading.
    Digest,
}

/// The rule, in order.
pub const RULE: [Step; 6] = [
    Step::Checked,
    Step::Printed,
    Step::Origin,
    Step::Published,
    Step::Month,
    Step::Digest,
];

/// The steps that tell the newer of two sources: the rule's last three.
const NEWER: [Step; 3] = [Step::Published, Step::Month, Step::Digest];

impl Step {
    /// The `ORDER BY` key of this step over the view's columns of alias
    /// `f` (the fact) and `r` (its source), best first.
    fn order_key(self, f: &str, r: &str) -> String {
        match self {
            Step::Checked => format!("{r}.failed_checks > 0"),
            Step::Printed => format!("{f}.derived"),
            Step::Origin => Origin::precedence_sql(&format!("{f}.origin")),
            Step::Published => format!("{r}.published DESC"),
            Step::Month => format!("{r}.month DESC"),
            Step::Digest => format!("{r}.digest DESC"),
        }
    }

    /// The `ORDER BY` key of this step over a Eurostat download `s`
    /// (`eurostat_sources`), where the step tells two editions of one
    /// dataset apart: published at the last update it states, one that
    /// states none after one that does; then the digest of its text.
    fn download_key(self, s: &str) -> Option<String> {
        match self {
            Step::Published => Some(format!("{} DESC NULLS LAST", stated_update(s))),
            Step::Digest => Some(format!("{s}.digest DESC")),
            Step::Checked | Step::Printed | Step::Origin | Step::Month => None,
        }
    }

    /// The column of `all_facts` this step compares, for [`newer`].
    fn column(self) -> &'static str {
        match self {
            Step::Checked => "forced",
            Step::Printed => "derived",
            Step::Origin => "origin",
            Step::Published => "published",
            Step::Month => "report_month",
            Step::Digest => "digest",
        }
    }
}

/// The `ORDER BY` of the rank that [`RULE`] gives each figure among those
/// of the same fact, over the facts `f` joined with their sources `r`.
pub fn rank_order(f: &str, r: &str) -> String {
    RULE.iter()
        .map(|s| s.order_key(f, r))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `ORDER BY` of the editions of a Eurostat figure, newest first, over
/// their downloads `s`: [`RULE`]'s steps that tell downloads apart, so that
/// the order they were loaded in never decides. Two editions of one dataset
/// with the same last update (or none) are never both stored: the second
/// is refused or replaces the first.
pub fn download_order(s: &str) -> String {
    RULE.iter()
        .filter_map(|step| step.download_key(s))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The last update a download `s` states, as a timestamp (none where it
/// states none).
fn stated_update(s: &str) -> String {
    format!("try_strptime({s}.last_update, '%d/%m/%y %H:%M:%S')")
}

/// When `--as-of` counts a download `s` as published: the last update it
/// states, else the month after its last period, as a CGVS source without
/// a date of its own.
pub fn download_published(s: &str) -> String {
    format!(
        "coalesce({},
    (SELECT max(c.period_end) FROM main.eurostat_cells c WHERE c.source = {s}.id) + INTERVAL 1 MONTH)",
        stated_update(s)
    )
}

/// Sex and age: Eurostat's classes that make up the whole, which `by sex`
/// and `by age` show.
pub const SEX_PARTS: &[&str] = &["F", "M", "UNK"];
pub const AGE_PARTS: &[&str] = &["Y_LT14", "Y14-17", "Y18-34", "Y35-64", "Y_GE65", "UNK"];

/// Eurostat's wider age classes and the classes of [`AGE_PARTS`] they
/// hold: `by age` shows a wider class where the store lacks one of its
/// parts, never both.
pub const AGE_GROUPS: &[(&str, &[&str])] = &[
    ("Y_LT18", &["Y_LT14", "Y14-17"]),
    ("Y_GE18", &["Y18-34", "Y35-64", "Y_GE65"]),
];

/// The citizenships that stand for every one, in the order a figure takes
/// them where the one before is missing: `TOTAL`, else the widest
/// aggregate the source gives for the same figure, citizens of countries
/// outside the EU (which leaves out only the EU's own citizens, who rarely
/// apply).
pub const WHOLE_CITIZENSHIPS: &[&str] = &["TOTAL", "EXT_EU27_2020", "EXT_EU28"];

/// SQL true where Eurostat's figures `x` and `y` count the same thing,
/// whatever their type and period.
pub const SAME_FIGURE: &str = "y.measure = x.measure AND y.geo = x.geo
      AND y.country IS NOT DISTINCT FROM x.country AND y.sex = x.sex AND y.age = x.age";

/// SQL true where the figure `y` of the same thing (with [`SAME_FIGURE`])
/// over another period stands in the place of `x`: of figures over nested
/// periods (an annual dataset's year and the monthly dataset's months),
/// the finer where the rows are `finer` than a year, else the coarser;
/// never both, so that a year is never counted twice.
pub fn nested_instead(finer: bool) -> &'static str {
    if finer {
        "y.period_start >= x.period_start AND y.period_end <= x.period_end
      AND (y.period_start, y.period_end) <> (x.period_start, x.period_end)"
    } else {
        "y.period_start <= x.period_start AND y.period_end >= x.period_end
      AND (y.period_start, y.period_end) <> (x.period_start, x.period_end)"
    }
}

/// SQL true where the age class of `x` is the level `by age` shows, over
/// `x.ages` (the classes given for its figure): a wider class (`Y_LT18`)
/// where its parts are not all given, its parts where they are or where
/// it is not given; never both.
pub fn age_level() -> String {
    let list = |classes: &[&str]| quoted(classes);
    let conds: Vec<String> = AGE_GROUPS
        .iter()
        .map(|(group, parts)| {
            let full = format!("list_has_all(x.ages, [{}])", list(parts));
            format!(
                "(x.age <> '{group}' OR NOT {full})\n    AND (x.age NOT IN ({}) OR {full} OR NOT list_contains(x.ages, '{group}'))",
                list(parts)
            )
        })
        .collect();
    conds.join("\n    AND ")
}

/// SQL true where the source of `n` is newer than that of `a` (two rows of
/// `all_facts`), by the rule's last steps.
pub fn newer(n: &str, a: &str) -> String {
    let cols = |x: &str| {
        NEWER
            .iter()
            .map(|s| format!("{x}.{}", s.column()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!("({}) > ({})", cols(n), cols(a))
}

/// SQL true where the figure `a` (a row of `all_facts` ranked first for its
/// fact) is the one the store answers with. Beyond its rank:
/// - a source of higher precedence wins for a whole month and measure: a
///   page's figure is not current where a report gives the measure for that
///   month (its published protection rate not where a report gives the
///   decisions); a page's count by country is not current where a report
///   gives the measure by country for a period that overlaps it (its month
///   or its year to date), and stays where the report gives only Belgium's
///   (a place in a top 10 ranks its own period only, and an overview's
///   ranking of the year leaves a month's ranking be);
/// - a table by country is taken whole from the newest source of the same
///   precedence that gives it: a country that an older report listed and
///   the newer one does not is in the newer `other` row, and keeping it
///   would count it twice;
/// - a group stored as a type (a page's `registered`) is not current where
///   its parts are given for the same months;
/// - a national figure over a span (an overview's year) is not current where
///   sources of higher precedence give every month of it.
pub fn answers(a: &str) -> String {
    format!(
        "{a}.rank = 1
  AND NOT EXISTS (
    SELECT 1 FROM all_facts r
    WHERE {precedes} AND NOT r.derived AND (
      (r.country IS NULL AND {a}.country IS NULL
        AND r.period_start = {a}.period_start AND r.period_end = {a}.period_end)
      OR (r.country IS NOT NULL AND {a}.country IS NOT NULL AND {a}.unit <> '{rank}'
        AND r.period_start <= {a}.period_end AND r.period_end >= {a}.period_start))
      AND {same_measure})
  AND ({a}.country IS NULL OR {a}.derived OR NOT EXISTS (
    SELECT 1 FROM all_facts n
    WHERE n.country IS NOT NULL AND NOT n.derived AND n.measure = {a}.measure
      AND n.unit = {a}.unit AND n.period_start = {a}.period_start AND n.period_end = {a}.period_end
      AND NOT {follows} AND {newer}
      AND ({a}.unit <> '{rank}' OR {disagree})))
  AND NOT ({parts})
  AND NOT ({covered})",
        precedes = precedes("r", a),
        same_measure = same_measure("r", a),
        follows = precedes(a, "n"),
        rank = super::Figure::Rank(Measure::Applications).words().2,
        newer = newer("n", a),
        parts = group_with_parts(a),
        covered = span_covered_by_finer(a),
        disagree = rankings_disagree("n", a),
    )
}

/// SQL true where the rankings of one period in the sources of `n` and `a`
/// disagree: one names a country at another place than the other does, or
/// another country at the same place. Rankings that agree (an overview and
/// its twin in another language whose text ends sooner) are one ranking,
/// each place from whichever names it.
fn rankings_disagree(n: &str, a: &str) -> String {
    let same = |x: &str, y: &str| {
        format!(
            "{x}.measure = {y}.measure AND {x}.unit = {y}.unit AND {x}.period_start = {y}.period_start AND {x}.period_end = {y}.period_end"
        )
    };
    format!(
        "EXISTS (SELECT 1 FROM all_facts m JOIN all_facts x ON {}
        WHERE m.report = {a}.report AND x.report = {n}.report AND {}
          AND (x.value = m.value) <> (x.country = m.country))",
        same("x", "m"),
        same("m", a)
    )
}

/// SQL true where the source of `r` comes before that of `a` in
/// [`Origin::BY_PRECEDENCE`].
fn precedes(r: &str, a: &str) -> String {
    format!(
        "{} < {}",
        Origin::precedence_sql(&format!("{r}.origin")),
        Origin::precedence_sql(&format!("{a}.origin"))
    )
}

/// SQL true where `r` gives the measure of `a`: the same measure and unit,
/// or the decisions a published protection rate is computed from.
fn same_measure(r: &str, a: &str) -> String {
    format!(
        "(({r}.measure = {a}.measure AND {r}.unit = {a}.unit)
          OR ({a}.measure = '{rate}' AND {r}.measure = '{decisions}'))",
        rate = Measure::ProtectionRate.name(),
        decisions = Measure::ProtectionRate.stored(),
    )
}

/// Whether a national figure over a span of months (a yearly overview's
/// year) has every month of its span given by sources of higher precedence
/// (a report's twelve months, or its year to date at December), none from a
/// report stored with `--force`: then those answer, with their detail by
/// type, and the span's figure is not current. `show conflicts` lists where
/// the two disagree.
fn span_covered_by_finer(a: &str) -> String {
    let index = |d: &str| format!("(date_part('year', {d}) * 12 + date_part('month', {d}))");
    format!(
        "{a}.country IS NULL AND {a}.period_start < {a}.period_end
  AND (SELECT count(DISTINCT i) FROM (
      SELECT unnest(range({rs}, {re} + 1)) AS i FROM all_facts r
      WHERE {precedes} AND NOT r.derived AND NOT r.forced AND r.country IS NULL
        AND {same_measure}
        AND r.period_start >= {a}.period_start AND r.period_end <= {a}.period_end))
    = datediff('month', {a}.period_start, {a}.period_end) + 1",
        rs = index("r.period_start"),
        re = index("r.period_end"),
        precedes = precedes("r", a),
        same_measure = same_measure("r", a),
    )
}

/// Whether a figure of a group of types that sources also store as a type
/// (a page's `registered` applicants) meets figures of its parts for the
/// same months (another language version of the page, or a report, giving
/// first and subsequent): then the parts count, and the group is not added
/// to them. Generated from the type tree.
fn group_with_parts(a: &str) -> String {
    let conds: Vec<String> = STORED_GROUPS
        .iter()
        .map(|(measure, group)| {
            format!(
                "({a}.measure = '{m}' AND {a}.type = '{g}' AND EXISTS (
    SELECT 1 FROM all_facts p WHERE p.rank = 1 AND NOT p.derived AND p.measure = {a}.measure
      AND p.unit = {a}.unit AND p.country IS NOT DISTINCT FROM {a}.country
      AND p.period_start = {a}.period_start AND p.period_end = {a}.period_end
      AND p.type IN ({parts})))",
                m = measure.stored(),
                g = group.as_str(),
                parts = quoted(&parts_of(*measure, group.as_str()))
            )
        })
        .collect();
    conds.join("\n  OR ")
}

/// The stored types a group stored as a type of its own stands for, without
/// the group itself.
fn parts_of(measure: Measure, group: &str) -> Vec<&'static str> {
    stored_types(measure, group)
        .into_iter()
        .filter(|t| *t != group)
        .collect()
}

/// SQL true where a report's figure `r` is a part of the page's or
/// overview's figure `p` of the same measure: the same type, a part of a
/// group the page stores as a type (`registered`: first and subsequent), or
/// any type of decisions (a page gives their total). Generated from the type
/// tree, for `show conflicts`.
pub fn part_of(r: &str, p: &str) -> String {
    let groups: Vec<String> = STORED_GROUPS
        .iter()
        .filter(|(m, _)| *m != Measure::Decisions)
        .map(|(measure, group)| {
            format!(
                "WHEN {p}.measure = '{m}' AND {p}.type = '{g}' THEN {r}.type IN ({parts})",
                m = measure.stored(),
                g = group.as_str(),
                parts = quoted(&parts_of(*measure, group.as_str()))
            )
        })
        .collect();
    format!(
        "CASE {} WHEN {p}.measure = '{d}' THEN TRUE ELSE {r}.type = {p}.type END",
        groups.join(" "),
        d = Measure::Decisions.stored()
    )
}

fn quoted(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("'{w}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_orders_as_spec_sources_says() {
        assert_eq!(
            rank_order("f", "r"),
            "r.failed_checks > 0, f.derived, CASE f.origin WHEN 'report' THEN 0 WHEN 'yearly' THEN 1 WHEN 'page' THEN 2 END, r.published DESC, r.month DESC, r.digest DESC"
        );
        assert_eq!(
            newer("n", "a"),
            "(n.published, n.report_month, n.digest) > (a.published, a.report_month, a.digest)"
        );
        assert_eq!(
            download_order("s"),
            "try_strptime(s.last_update, '%d/%m/%y %H:%M:%S') DESC NULLS LAST, s.digest DESC"
        );
    }

    #[test]
    fn parts_come_from_the_type_tree() {
        assert_eq!(
            part_of("r", "p"),
            "CASE WHEN p.measure = 'applications' AND p.type = 'registered' THEN r.type IN ('first', 'subsequent') WHEN p.measure = 'decisions' THEN TRUE ELSE r.type = p.type END"
        );
        assert!(group_with_parts("a").contains("a.type = 'registered'"));
        assert!(group_with_parts("a").contains("p.type IN ('first', 'subsequent')"));
    }
}
