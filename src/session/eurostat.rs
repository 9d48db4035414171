//! What an answer from Eurostat's figures has that a CGVS answer has not:
//! reporting countries named as `--names` asks, notes on the rows whose
//! figures Eurostat flags (provisional, estimated, ...) or marks not
//! available, and citations of each dataset with its last update.

use super::rows::Meta;
use super::*;
use crate::answer::Role;
use crate::eurostat::codes;
use crate::locale::Message;
use crate::sql::MONTHS_COVERED;

/// Eurostat's flags in the order notes list them, each with the message
/// that says what it means.
const FLAG_WORDS: &[(char, &str)] = &[
    ('b', "flag-b"),
    ('c', "flag-c"),
    ('d', "flag-d"),
    ('e', "flag-e"),
    ('f', "flag-f"),
    ('n', "flag-n"),
    ('p', "flag-p"),
    ('r', "flag-r"),
    ('s', "flag-s"),
    ('u', "flag-u"),
    ('z', "flag-z"),
];

impl Session {
    /// The parts of an answer only Eurostat's figures have; after the
    /// roles of its columns are set.
    pub(super) fn eurostat_parts(&self, answer: &mut Answer, metas: &[Meta]) {
        let labels: Vec<String> = (0..answer.rows.len())
            .map(|i| row_label(answer, i))
            .collect();
        let rows_with = |keep: &dyn Fn(&Meta) -> bool| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            for (meta, label) in metas.iter().zip(&labels) {
                if keep(meta) && !out.contains(label) {
                    out.push(label.clone());
                }
            }
            out
        };
        // The flags of the figures, then those of the population a figure
        // per capita is over: each said of its own dataset.
        for (note, population) in [
            ("note-eurostat-flag", false),
            ("note-eurostat-population-flag", true),
        ] {
            for (flag, id) in FLAG_WORDS {
                let rows = rows_with(&|m: &Meta| match population {
                    false => m.flags.contains(*flag),
                    true => m.population_flags.contains(*flag),
                });
                let message = Message::new(note).code("flag", flag.to_string()).with(
                    "meaning",
                    crate::locale::Arg::Message(Box::new(Message::new(id))),
                );
                answer
                    .notes
                    .extend(Note::naming(NoteKind::Flags, rows, "rows", message));
            }
        }
        let rows = rows_with(&|m: &Meta| m.unavailable > 0);
        answer.notes.extend(Note::naming(
            NoteKind::Unavailable,
            rows,
            "rows",
            Message::new("note-eurostat-unavailable"),
        ));
        if metas.iter().any(|m| !m.wider.is_empty()) {
            // "All citizenships" is not true of the rows that take a wider
            // aggregate: the totals note points at the note naming them.
            for note in answer.notes.iter_mut() {
                if note.message.id == "note-eurostat-totals" {
                    note.message.id = "note-eurostat-totals-wider";
                }
            }
        }
        for whole in ["EXT_EU27_2020", "EXT_EU28"] {
            let rows = rows_with(&|m: &Meta| m.wider.split(',').any(|w| w == whole));
            let message = Message::new("note-eurostat-wider").code("whole", whole);
            answer
                .notes
                .extend(Note::naming(NoteKind::Definition, rows, "rows", message));
        }
        let fewer = fewer_months(answer, metas, &labels);
        answer.notes.extend(Note::naming(
            NoteKind::MissingMonths,
            fewer,
            "rows",
            Message::new("note-eurostat-fewer-months"),
        ));
    }

    /// The datasets of an answer's figures, each with its last update.
    pub(super) fn eurostat_citations(&self, metas: &[Meta]) -> Result<Vec<Citation>> {
        let mut ids: Vec<String> = metas
            .iter()
            .flat_map(|m| m.reports.iter().map(i64::to_string))
            .collect();
        ids.sort();
        ids.dedup();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT dataset, {},
               min(file), strftime(max(loaded), '%Y-%m')
             FROM eurostat_sources WHERE id IN ({}) GROUP BY 1, 2 ORDER BY 1, 2",
            crate::eurostat::UPDATED_DAY,
            ids.join(", ")
        );
        let rows = self.query(&sql)?.rows;
        Ok(rows
            .iter()
            .filter_map(|r| {
                Some(Citation {
                    origin: crate::model::Origin::Eurostat,
                    month: Month::parse(&render::plain(&r[3]))?,
                    lang: None,
                    published: None,
                    file: render::plain(&r[2]),
                    dataset: Some((
                        render::plain(&r[0]),
                        (r[1] != Cell::Null).then(|| render::plain(&r[1])),
                    )),
                })
            })
            .collect())
    }
}

/// The reporting countries the filter names that have no row of a
/// non-empty answer by `geo`: the store's downloads give no figure for
/// them that answers (a country whose series are by citizenship only, or
/// of another type), which a note says, never leaving them out unsaid.
pub(super) fn absent_geos(
    answer: &Answer,
    checked: &Checked,
    names: countries::Names,
) -> Option<Note> {
    let at = answer.columns.iter().position(|c| c == "geo")?;
    // `top`, `limit` and `having` cut rows of their own accord.
    if answer.rows.is_empty() || checked.plan.take.is_some() || checked.plan.having.is_some() {
        return None;
    }
    let mut named = Vec::new();
    super::notes::wanted(&checked.filter, "geo", &mut named);
    let shown: Vec<&str> = answer
        .rows
        .iter()
        .filter_map(|r| match &r[at] {
            Cell::Text(t) => codes::geo(t).map(|g| g.0),
            _ => None,
        })
        .collect();
    let absent: Vec<String> = named
        .iter()
        .filter(|code| !shown.contains(&code.as_str()))
        .filter_map(|code| codes::geo(code))
        .map(|g| codes::geo_name(g, names).to_string())
        .collect();
    if absent.is_empty() {
        return None;
    }
    let message = Message::new("note-eurostat-absent-geos").codes("geos", &absent);
    Some(Note::new(NoteKind::Countries, absent, message))
}

/// The reporting countries of a `geo` column by their names in the
/// language of `--names` (alpha-3 for `iso3`); an aggregate by its code.
pub(super) fn name_geos(answer: &mut Answer, names: countries::Names) {
    let Some(at) = answer.columns.iter().position(|c| c == "geo") else {
        return;
    };
    for row in &mut answer.rows {
        let Cell::Text(code) = &row[at] else { continue };
        let Some(g) = codes::geo(code) else { continue };
        row[at] = Cell::Text(codes::geo_name(g, names).to_string());
    }
}

/// The rows that cover fewer months than another row of the same time
/// (Eurostat gives no figure for some of their months), each with the
/// months it covers: set side by side, they do not compare like for like.
fn fewer_months(answer: &Answer, metas: &[Meta], labels: &[String]) -> Vec<String> {
    let times: Vec<usize> = (0..answer.columns.len())
        .filter(|i| matches!(answer.roles[*i], Role::Time(_) | Role::MonthOfYear))
        .collect();
    let time_of = |row: usize| -> Vec<String> {
        times
            .iter()
            .map(|i| render::plain(&answer.rows[row][*i]))
            .collect()
    };
    // The months a row's figures cover; a summary's rows say it in a
    // column of their own.
    let column = answer.columns.iter().position(|c| c == MONTHS_COVERED);
    let months = |row: usize| match (&metas[row].covered, column.map(|i| &answer.rows[row][i])) {
        (Some(covered), _) => Some(covered.len()),
        (None, Some(Cell::Int(n))) => Some(*n as usize),
        _ => None,
    };
    let mut out = Vec::new();
    for (row, meta) in metas.iter().enumerate() {
        let Some(n) = months(row) else { continue };
        let most = (0..metas.len())
            .filter(|other| time_of(*other) == time_of(row))
            .filter_map(months)
            .max()
            .unwrap_or(n);
        if n < most {
            let span = meta.span.map(|s| period_label(s.first, s.last));
            out.push(format!("{} ({})", labels[row], span.unwrap_or_default()));
        }
    }
    out
}

/// A row as a note names it: its dimensions' values (`Germany 2023-10`).
fn row_label(answer: &Answer, row: usize) -> String {
    let parts: Vec<String> = answer
        .roles
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r, Role::Dimension | Role::Country | Role::Time(_)))
        .map(|(i, _)| render::plain(&answer.rows[row][i]))
        .collect();
    if parts.is_empty() {
        render::plain(
            &answer.rows[row][answer
                .columns
                .iter()
                .position(|c| c == "period")
                .unwrap_or(0)],
        )
    } else {
        parts.join(" ")
    }
}

/// What `per capita` divided by, and the rows it could not: a span over
/// two years, or a year whose population the store lacks.
pub(super) fn per_capita_notes(answer: &mut Answer) {
    answer.notes.push(Note::about_all(
        NoteKind::Method,
        Message::new("note-per-capita"),
    ));
    let (Some(value), Some(count)) = (
        answer.columns.iter().position(|c| c == "value"),
        answer.columns.iter().position(|c| c == "count"),
    ) else {
        return;
    };
    let rows: Vec<String> = (0..answer.rows.len())
        .filter(|i| answer.rows[*i][value] == Cell::Null && answer.rows[*i][count] != Cell::Null)
        .map(|i| row_label(answer, i))
        .collect();
    answer.notes.extend(Note::naming(
        NoteKind::Method,
        rows,
        "rows",
        Message::new("note-per-capita-missing"),
    ));
}

impl Session {
    /// The rows of an aggregate of the Union (`EU28`) in a month for which
    /// Eurostat marks some of its member countries not available (`:`):
    /// its figure of that month may count only the others, which a note
    /// says, with how many members it marks and of how many.
    pub(super) fn thin_aggregates(
        &self,
        answer: &Answer,
        metas: &[Meta],
        checked: &Checked,
    ) -> Result<Option<Note>> {
        let column = answer.columns.iter().position(|c| c == "geo");
        // Without a column of reporting countries, the one the filter keeps.
        let named = match checked.filter.on("geo") {
            check::Cond::Set {
                values,
                negated: false,
                ..
            } if values.len() == 1 => Some(values[0].clone()),
            _ => None,
        };
        let mut rows = Vec::new();
        for (i, meta) in metas.iter().enumerate() {
            let geo = column
                .map(|at| render::plain(&answer.rows[i][at]))
                .or(named.clone());
            let code = geo.and_then(|g| codes::geo(&g)).map(|g| g.0);
            let (Some(code), Some(span)) = (code, meta.span) else {
                continue;
            };
            let members = codes::members(code);
            if !members.is_empty() {
                rows.push(format!(
                    "({i}, '{code}', DATE '{}', DATE '{}', {})",
                    span.first.first_day(),
                    span.last.first_day(),
                    members.len()
                ));
            }
        }
        if rows.is_empty() {
            return Ok(None);
        }
        let sql = thin_sql(&rows, checked.measure.stored());
        let labels: Vec<String> = (0..answer.rows.len())
            .map(|i| match (column, &named) {
                (None, Some(code)) => format!("{code} {}", row_label(answer, i)),
                _ => row_label(answer, i),
            })
            .collect();
        let named: Vec<String> = self
            .query(&sql)?
            .rows
            .iter()
            .filter_map(|r| {
                let row = usize::try_from(cell_int(&r[0])?).ok()?;
                let (month, none, all) = (render::plain(&r[1]), cell_int(&r[2])?, cell_int(&r[3])?);
                let label = labels.get(row)?;
                let label = if label.contains(&month) {
                    label.clone()
                } else {
                    format!("{label} {month}")
                };
                Some(format!("{label} ({none}/{all})"))
            })
            .collect();
        Ok(Note::naming(
            NoteKind::Members,
            named,
            "rows",
            Message::new("note-eurostat-thin-aggregate"),
        ))
    }
}

/// The SQL of the months of aggregate rows (`rows`: row, code, first and
/// last month, members) for which Eurostat marks any member `:` for
/// `measure`: a member counts as not available where its figure of the
/// same type, citizenship, sex and age as the aggregate's for that month
/// is `:` (a member whose other series alone are `:`, or that the download
/// does not give, is not counted).
fn thin_sql(rows: &[String], measure: &str) -> String {
    let members: Vec<String> = ["EU27_2020", "EU28", "EU27_2007"]
        .iter()
        .map(|a| {
            let list: Vec<String> = codes::members(a).iter().map(|m| format!("'{m}'")).collect();
            format!("WHEN '{a}' THEN [{}]", list.join(", "))
        })
        .collect();
    format!(
        "WITH r(row_at, geo, first_month, last_month, members) AS (VALUES {}),
a AS (SELECT DISTINCT r.row_at, r.geo, r.members, f.period_start, f.period_end,
    f.type, f.citizen, f.sex, f.age
  FROM r JOIN eurostat_current f ON f.geo = r.geo AND f.measure = '{measure}'
    AND f.period_start >= r.first_month AND f.period_end <= r.last_month
    AND f.period_start = f.period_end AND f.value IS NOT NULL),
m AS (SELECT geo, period_start, type, citizen, sex, age, bool_and(value IS NULL) AS none
  FROM eurostat_current WHERE measure = '{measure}' AND period_start = period_end GROUP BY ALL)
SELECT a.row_at, strftime(a.period_start, '%Y-%m'), count(DISTINCT m.geo) FILTER (WHERE m.none), a.members
FROM a JOIN m ON m.period_start = a.period_start AND m.type = a.type
  AND m.citizen = a.citizen AND m.sex = a.sex AND m.age = a.age
  AND list_contains(CASE a.geo {} END, m.geo)
GROUP BY a.row_at, a.period_start, a.members HAVING count(DISTINCT m.geo) FILTER (WHERE m.none) > 0
ORDER BY 1, 2",
        rows.join(", "),
        members.join(" ")
    )
}

/// A whole number of a cell.
fn cell_int(cell: &Cell) -> Option<i64> {
    match cell {
        Cell::Int(n) => Some(*n),
        _ => None,
    }
}

impl Session {
    /// The figures over a longer period that an answer by month, quarter
    /// or half-year leaves out, where the source gives the finer figures
    /// inside it (a year of `migr_asyappctza` beside the months of
    /// `migr_asyappctzm`): named, with their values, never dropped unsaid.
    pub(super) fn coarser_left_out(&self, checked: &Checked) -> Result<Option<Note>> {
        let (Some(sql), Some(per)) = (sql::coarser_left_out(checked), sql::finer(checked)) else {
            return Ok(None);
        };
        let names = self.shown_names();
        let mut labels = Vec::new();
        let mut figures = Vec::new();
        for row in self.query(&sql.text)?.rows {
            let geo = render::plain(&row[0]);
            let geo =
                codes::geo(&geo).map_or(geo.clone(), |g| codes::geo_name(g, names).to_string());
            let (first, last) = (
                Month::parse(&render::plain(&row[1])),
                Month::parse(&render::plain(&row[2])),
            );
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            let label = format!("{} {geo}", crate::model::month::period_label(first, last));
            figures.push(figure_of(&label, &row[3], ":"));
            labels.push(label);
        }
        if labels.is_empty() {
            return Ok(None);
        }
        let per = if per == check::Dim::MonthOfYear {
            "month"
        } else {
            per.name()
        };
        let message = Message::new("note-eurostat-coarser")
            .code("per", per)
            .with("rows", crate::locale::Arg::Messages(figures));
        Ok(Some(Note::new(NoteKind::Partial, labels, message)))
    }
}
