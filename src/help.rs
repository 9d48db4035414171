//! The text of `help` (and of `help types`).

use crate::model::vocabulary::{APPLICATION_WORDS, DECISION_WORDS, WORKLOAD_TYPES};

const OVERVIEW: &str = "\
asylq answers questions about the CGVS monthly asylum statistics.

  MEASURE [- + / MEASURE] [where FILTER] [last N months|years] [by DIM, ...]
          [top N] [sort by DIM|value [asc|desc]] [limit N] [having COLUMN OP N]
          [share [of group]] [change [yoy]] [cumulative] [rolling N months] [index BASE]
          [average|min|max|median per month|quarter|year] [per capita]

measures    applications, decisions, workload, protection_rate, pending (Eurostat)
dimensions  month (2023-11), quarter (2023-Q3), half (2023-H1), year (2023), month_of_year (1-12),
            country, type, unit, source; with Eurostat's figures geo, sex, age, publisher
filters     = != < <= > >=, in (...), between A and B, and, or, not, ( ), last N months|years
other       explain QUERY, sql \"...\", show measures|dimensions|types|countries|sources|revisions,
            show conflicts, show top10, show coverage, set format = csv, set unit = dossiers,
            set names = en|fr|nl|iso3, set NAME = VALUE (for $NAME), help TOPIC (help columns)

examples    decisions where country = \"Syrië\" by type
            applications where year = 2023 by country top 5 share
            applications by year change
            applications where year = 2023 by quarter
            applications where year = 2023 average per month
            applications - decisions where year = 2023 by month
            applications where geo in (BE, NL, DE, EU27_2020) and year = 2023 by month, geo
";

/// Topics with a text of their own.
const TOPICS: &[(&str, &str)] = &[
    ("countries", "Countries are written in quotes, by their Dutch name as in the report (\"Syrië\"), \
English or French name, or ISO code (\"SY\", \"SYR\"), without regard to case or accents. \
`other` is the report's \"Andere landen\". `show countries` lists them. Answers show the report's \
Dutch names unless `set names = en` or `fr` (or --names) asks for English or French."),
    ("protection_rate", "protection_rate = (refugee_status + subsidiary_protection) / \
(all decisions - interim - withdrawal), in dossiers as the report defines it; by country in persons, \
the only unit the report gives by country. Computed per row as a ratio of sums, in percent. \
`change` gives its change in percentage points (change_pp); it is never averaged."),
    ("share", "share: each row's percent of the whole answer at its time and unit, taken before \
`top` or `limit` cut rows (`other` counts in the whole). For the workload, a share of its parts \
(normal, backlog); `total` has none. `share of <group>` (final, protection, negative; total, \
registered): each row's percent of that group of types for the same months, e.g. `decisions where \
year = 2023 and type = negative share of final`."),
    ("change", "change [yoy]: each row against the previous month, quarter or year (yoy: the same \
period a year earlier), looked up whatever `where` shows. A row that covers part of its period \
(2023 = Jan-Nov) is compared with the same months of the base period, and a note names them. \
Columns change and change_pct; for a rate change_pp. No base, no change: a note lists those rows."),
    ("rolling", "rolling N months: by month, the average of each month and the N - 1 months before \
it (2 to 12), in a column `rolling`, over whole months in a row only: a year-to-date span or a \
missing month leaves it empty, and a note names those months. Never for a rate."),
    ("cumulative", "cumulative: a running total. Over months (or quarters) it restarts each January, \
as the report's year to date; over years it runs on; with another dimension, within each value."),
    ("quarter", "quarter: `by quarter`, `quarter = 2023-Q3`, `month between 2023-Q1 and 2023-Q2`. \
A quarter the data covers in part keeps its months in the period column, and a note says so."),
    ("half", "half: half-years, January–June and July–December: `by half`, `half = 2023-H1`, \
`month between 2023-H1 and 2023-H2`. As a quarter: a half-year the data covers in part keeps its \
months in the period column and a note says so; a stock is its value at the half-year's end; \
change compares with the half-year before, like for like; index 2023-H1 sets each half-year \
against that one."),
    ("month_of_year", "month_of_year: the month of the year, 1 to 12 (a number in JSON), to set \
the years side by side: `applications where year >= 2022 by month_of_year, year` (with \
--pivot year: a row per month, a column per year). Each row is one month of one year: without \
`year` beside it the filter keeps one year (`where year = 2023`), so the same month of two years \
is never added up; a stock is its value at that month's end. A figure for a span of months (a \
year to date by country, the rest of a yearly overview) is in no month of the year: it is a row \
of its own with an empty month_of_year, and a note says so. A note names the months of the years \
shown that the store has no figure for. Not beside month, quarter or half; not a filter; no \
change, cumulative, rolling, index or summary (ask those by month). A chart draws one line a year."),
    ("last", "last N months|years: counted back from the newest month the store holds for the \
measure (`applications last 3 months by month`); years are calendar years. The period shows the months used."),
    ("average", "average|min|max|median per month|quarter|year: one figure over the periods of the \
selected span, for applications and decisions (and the workload per month, where every month-end \
value is stored). average per month divides the total by the months its figures cover, so a \
year-to-date figure by country counts as all its months. Per quarter or year, only whole periods \
count; the rest are named in a note. min and max name their period. A rate is never averaged."),
    ("arithmetic", "MEASURE - MEASURE (also + and /): applications and decisions with the same filter \
and dimensions, in one unit (persons). A row has a value only where both cover the same months. \
`/` gives a ratio to four decimals. A measure may carry a filter of its own in brackets, \
joined to the where: applications[type = subsequent] / applications where year = 2023 (the \
share of subsequent applications, 0.1685); the second column of the same measure is named \
applications_2. The answer keeps a column for each measure."),
    ("names", "set names = nl|en|fr (or --names): the language of country names in answers. \
Input accepts all three anyway."),
    ("applications", "applications: persons who applied for international protection, a flow, \
by type first (excluding resettlement), resettlement and subsequent. National figures per month \
for the report's year and the year before; by country the report's own month and the year to date \
(top 10 and `other`). Persons only."),
    ("decisions", "decisions: decisions taken by the CGVS, a flow, by type interim, refugee_status, \
subsidiary_protection, inadmissible, manifestly_unfounded, refusal, withdrawal (groups: protection, \
negative, final). National figures per month of the report's year, in persons (default) and \
dossiers; by country final decisions for the year to date, in persons."),
    ("workload", "workload: dossiers awaiting a decision at the end of a month, a stock: over a \
period it is the value at the period's end, never a sum. Types total (default), normal and backlog; \
in dossiers (default) or persons (`where unit = persons`, total only)."),
    ("month", "month: `by month`, or `month = 2023-11`, `month between 2023-01 and 2023-06`. A filter \
on months keeps a figure only if every month it covers matches."),
    ("year", "year: `by year`, or `year = 2023`. A year the data covers in part keeps its months \
in the period column (2023-01..2023-11)."),
    ("country", "country: `by country`, or `country = \"Syria\"` (Dutch, English or French names and \
ISO codes). By country the report gives its own month (applications) and the year to date, \
in persons; `other` is \"Andere landen\". `help countries` says how names are matched."),
    ("type", "type: `by type`, or `type = refugee_status`, `type in (first, subsequent)`. \
`show types` lists each measure's types and groups."),
    ("unit", "unit: persons, dossiers or files (pages up to 2015), never added together. `where unit = dossiers` picks one; \
`by unit` shows both side by side. A rate's unit is percent; persons or dossiers is its basis."),
    ("source", "source: `by source` shows the report, table and line each figure comes from. \
Figures cannot be filtered by source."),
    ("top", "top N: the N rows with the largest values; by two or more dimensions, the N largest \
of the last dimension within each combination of the others (by month, country top 2: the 2 \
largest countries of each month). By country `other` is left out of the rows (it still counts \
in a share)."),
    ("having", "having COLUMN OP N: keeps the computed rows whose column compares so (OP: = != < \
<= > >=; N a whole number, negative with a minus): having value > 3000, change having \
change_pct < 0. The column is value, or one a modifier adds (share, change, change_pct, \
change_pp, cumulative, rolling), or a rate's granted or decided. It applies before top and \
limit."),
    ("index", "index BASE: each row as a percent of its figure in the base period (= 100): \
index 2022 by year or with no time dimension, index 2023-01 by month, index 2023-Q1 by quarter. \
Like for like, as change compares: a row that covers part of its period (2023 to November) is \
set against the same months of the base (January to November 2022), with a note; a stock at \
the end of its months against the stock at the same month of the base. Each row is set \
against its own base (the same country, type, unit). A row without a whole base has no index, \
and a note names it. Not for a rate (use change), nor with change, share, cumulative, rolling \
or a summary."),
    ("sort", "sort by DIM|value [asc|desc]: the order of the rows (value sorts descending unless \
asc is given)."),
    ("limit", "limit N: the first N rows in the answer's order."),
    ("explain", "explain QUERY: prints the DuckDB SQL of a query instead of running it; it runs \
as printed in any DuckDB client over the store."),
    ("sql", "sql \"...\": runs raw SQL over the store (tables current_facts, facts, reports, \
countries; view all_facts; eurostat_sources and views eurostat_facts and eurostat_current once a \
Eurostat download is loaded), without access to files, URLs or extensions unless asylq was started \
with --allow-files, so that a script from someone else cannot read or write your files."),
    ("show", "show measures|dimensions|types|countries|sources|revisions|conflicts|coverage|top10: lists \
the vocabulary, the loaded reports and pages, the figures a newer report changed, the figures a \
statistics page gives otherwise than a report or another page, for each month the measures, \
units, types and kinds of source the store holds (coverage), or each month's top 10 countries \
of origin by rank (a page's order; a report month's table ranked by applicants)."),
    ("pages", "asylq load PAGE...: the CGVS monthly statistics pages (nl, fr, en, 2015 on; text or \
HTML) add the month's applicants (type registered, and resettlement and relocation where stated; \
up to 2015 in files, split into first and subsequent), decisions (type total, dossiers and \
persons), the published protection rate and the workload (total, normal, backlog). A report's \
figure wins over a page's for the same month; `show conflicts` lists disagreements. A month that \
only a page covers has the published rate; rates over several such months are not computed."),
    ("fetch", "asylq fetch 2019-10 | 2019 | 2019-01..2019-06 [--page-lang nl|fr|en]: downloads the \
monthly statistics pages from the CGVS site (two seconds apart, cached in the data directory) and \
loads them. A page not published (yet) names the addresses tried (status 4, also for a month not \
over); an unreachable site stores nothing (status 3). asylq fetch eurostat DATASET [--geo BE,NL] \
[--citizen AF,SY] [--since 2023-01] downloads a dataset from Eurostat's API (help eurostat)."),
    ("eurostat", "Eurostat's asylum datasets: migr_asyappctzm (applicants by month), migr_asyappctza (applicants by year), migr_asydcfstq \
and migr_asydcfsta (first-instance decisions by quarter and year), migr_asypenctzm (persons \
pending at the month's end; tps00190 reads as it), migr_asydcfina (final decisions by year) and \
demo_pjan or tps00001 (population on 1 January). `asylq load FILE` takes their TSV (the API's or \
the old bulk download's, gzip or not) and SDMX-CSV, told by content; a TSV names its dataset in \
its file name (migr_asyappctzm.tsv.gz) or with --dataset CODE. Each download is an edition of its \
dataset; the newest (by the last update Eurostat states, then by digest) is current, and a \
second download of the same last update (or none) that gives a figure otherwise needs --replace. Queries \
read them with geo, sex, age and publisher (help geo), the measure pending and `per capita`: \
several reporting countries are answered by Eurostat alone, Belgium alone by the CGVS unless \
`publisher = eurostat`, by sex or age, or where the CGVS has no figure. Eurostat's totals stand \
where a query names no citizenship, sex or age (EXT_EU27_2020 where a source gives no TOTAL); \
flags and figures not available are notes. The \
figures are also in the store's views eurostat_facts (with their flags; a missing value is \
NULL) and eurostat_current, for `sql` and the DuckDB CLI."),
    ("geo", "geo: the reporting country of Eurostat's figures: BE, NL, EL (Greece), UK, an \
aggregate such as EU27_2020, an ISO code (GR, BEL) or a name in nl/fr/en. `by geo` or \
`geo in (...)` answers from Eurostat alone, Belgium's row too (like for like); Belgium alone is \
the CGVS's. An aggregate is a row of its own, never a sum asylq makes; `top` leaves the \
aggregates out, and `share` by geo is each country's share of the one aggregate the filter \
names. A filter that keeps several countries for one row is refused: add `by geo`. Names follow \
--names (iso3 gives BEL)."),
    ("sex", "sex: Eurostat's T (total), F, M and UNK, or in words (women, vrouwen, femmes; men, \
mannen, hommes; total; unknown, onbekend, inconnu). Without it an answer takes T; `by sex` shows \
F, M and UNK. The CGVS publishes no figure by sex: Belgium's come from Eurostat, with a note."),
    ("age", "age: Eurostat's classes TOTAL, Y_LT14, \"Y14-17\", Y_LT18, \"Y18-34\", \"Y35-64\", \
Y_GE65, Y_GE18, UNK (a class with a - is quoted), or minors (minderjarigen, mineurs: Y_LT18), \
adults (meerderjarigen, majeurs, adultes: Y_GE18), \"14-17\", \"18-34\", \"35-64\", \"65+\". \
Without it an answer takes TOTAL; `by age` \
shows Y_LT14, Y14-17, Y18-34, Y35-64, Y_GE65 and UNK, which make the whole."),
    ("publisher", "publisher = cgvs | eurostat: who publishes the figures of an answer. Belgium \
alone is the CGVS's unless `publisher = eurostat`; `publisher = cgvs` refuses what only Eurostat \
has (several countries, sex, age, pending). `by publisher` is refused: `show conflicts` sets the \
two side by side where their definitions match."),
    ("pending", "pending: Eurostat's persons with an application pending at a month's end, at \
every instance (migr_asypenctzm): a stock, never added over months (a quarter gives its last \
month). Not the CGVS's workload, which counts dossiers at the CGVS only."),
    ("capita", "per capita: each row's figure per 1,000 inhabitants of its reporting country on 1 \
January of its year (Eurostat's demo_pjan or tps00001, fetched with `asylq fetch eurostat \
demo_pjan --geo BE,NL`), with count and population beside it; unit per_1000. A row over two \
years has none. It goes with top, sort, limit and having; not with a rate."),
    ("files", "files: the unit of applications on the statistics pages up to 2015, which counted \
asylum applications, not persons. Never added to persons: `where unit = files` or `by unit`."),
    ("set", "set format = table|csv|tsv|json|jsonl|markdown|chart, set unit = persons|dossiers, \
set names = nl|en|fr, set lang = nl|fr|en (the language of notes and of numbers in table and \
markdown; help stays in English), or set NAME = VALUE for a $NAME parameter."),
    ("help", "help [TOPIC]: this help; a topic is any measure, dimension, modifier, statement or \
REPL command (.load, .format, .explain, .timer, .sources, .help, .quit)."),
    (".load", ".load FILE: adds a report or a statistics page to the store, as `asylq load` \
does (REPL only)."),
    (".format", ".format NAME: the output format of the REPL, as `set format = NAME`."),
    (".explain", ".explain on|off: print the SQL of each query before its answer (REPL only)."),
    (".timer", ".timer on|off: print how long each statement took (REPL only)."),
    (".sources", ".sources: the loaded reports, as `show sources`."),
    (".chart", ".chart FILE: writes the last answer as a chart, SVG or PNG by the file's name \
(REPL only; on the command line `--output FILE.svg|.png`)."),
    (".help", ".help: the REPL's own commands."),
    (".quit", ".quit or .exit (or Ctrl-D): leaves the REPL."),
    ("measures", "measures: applications (a flow, in persons), decisions (a flow, in persons or \
dossiers), workload (a stock at each month's end, in dossiers or persons: never added over \
months) and protection_rate (a rate, recomputed from decisions: never added or averaged). \
`show measures` lists them as a table; help applications, decisions, workload, protection_rate \
say more."),
    ("dimensions", "dimensions, after `by` (several with commas): month (2023-11), quarter \
(2023-Q3), half (2023-H1), year (2023), month_of_year (1 to 12, beside year), country (the \
report's Dutch names unless --names), type, unit and source; with Eurostat's figures geo, sex, \
age (help geo). By two of them, `top N` ranks the last within each value of the first. Each has a topic \
of its own: help month, help country, ..."),
    ("filters", "filters, after `where` (several wheres are joined by and): DIM = != < <= > >= \
VALUE, DIM in (A, B), DIM not in (...), DIM between A and B (the first no later than the \
second), and, or, not, ( ), last N months|years. Months are 2023-11, quarters 2023-Q3, years \
2023, countries in quotes, types and units as words; $name takes a --param. Figures cannot be \
filtered by source. To filter the computed rows, see help having."),
    ("modifiers", "modifiers, after the filters and dimensions, in any order: top N, sort by \
DIM|value [asc|desc], limit N, having COLUMN OP N, share [of GROUP], change [yoy], cumulative, \
rolling N months, index BASE, average|min|max|median per month|quarter|year, per capita. Each \
has a topic of its own (help top, help share, help capita, ...)."),
    ("charts", "--output FILE.svg|FILE.png draws an answer: a series over time as lines (a few \
periods as columns, shares as stacked columns), anything else as bars. The title says in words \
what it shows and for when (--title overrides it), a subtitle gives the unit and the main \
caveat, the legend stands above the plot, the colours are the Okabe-Ito palette (other grey), \
a share or rate runs from 0 to 100, bars carry their values, a period covered in part is \
hollow or light, joined by a dashed line only, and named under the chart with every note and \
the sources cited by title and publication. The query is kept in the file (the SVG's <desc>, \
the PNG's Description), not drawn. A chart speaks one language: --lang (or set lang), else \
--names nl|fr, else English; its country names follow --names, else its language. The text \
is drawn as outlines of the embedded font. --chart line|columns|bars|stacked, --size WxH. In the \
REPL, .chart FILE."),
    ("formats", "--format or set format: table, markdown and chart for people (notes under the \
table); csv, tsv, json and jsonl for scripts (notes on stderr). The columns: see help columns. \
Several answers in one run: json is one array of {query, rows}; jsonl rows carry a query field; \
csv and tsv answers are separated by an empty line. Under --keep-going a failed statement keeps \
its place: {query, error} in json and jsonl, an empty block in csv and tsv. --envelope (json, \
jsonl): every statement as {query, params, status, rows, notes, sources}, each note as {kind, \
periods, text}. --output FILE.parquet (or --format parquet with --output) writes one answer \
as Parquet, typed as in json, its query and notes in the file's key-value metadata. --pivot DIM \
puts a dimension's values in columns (table, csv, tsv, markdown). asylq export FILE writes the \
facts themselves in csv, tsv, json, jsonl or parquet."),
    ("columns", "Every answer has these columns, in this order; they depend on the query only, \
never on the data.\n  the dimensions asked for: year (a number), month (2023-11, or a span by \
country), quarter (2023-Q4), country, type\n  value: the figure (empty where none can be had)\n  \
unit: persons, dossiers, files, percent (a rate), ratio (a / b), per_1000 (per capita)\n  period: the months the row's \
figures cover (2023-11, 2022 for a whole year, 2023-01..2023-11)\n  months_covered: how many \
months of period a figure covers (fewer where months are missing)\n  basis: for protection_rate, \
dossiers or persons (and for per capita, the unit counted)\n  then the extra columns asked for: granted, decided, count and population (per capita), share, cumulative, \
change, change_pct, change_pp, a summary's count of periods (months, years, quarters) and the \
period of a min or max, the operands of a - b."),
    ("statements", "Statements on one line are separated by ';'; a statement that ends its line \
needs none, and a query may run over several lines."),
];

/// The help text, for a topic or in general.
pub fn text(topic: Option<&str>) -> String {
    topic_text(topic).unwrap_or_else(|| OVERVIEW.to_string())
}

/// The help of a topic, or `None` for a topic there is none for.
pub fn topic_text(topic: Option<&str>) -> Option<String> {
    let topic = match topic {
        Some("min" | "max" | "median" | "per") => Some("average"),
        Some("yoy") => Some("change"),
        Some("-" | "+" | "/") => Some("arithmetic"),
        Some("asc" | "desc") => Some("sort"),
        Some("conflicts" | "page" | "load") => Some("pages"),
        Some("top10" | "rank") => Some("show"),
        Some("format" | "csv" | "json" | "jsonl" | "tsv" | "output" | "envelope") => {
            Some("formats")
        }
        Some("chart" | "svg" | "png") => Some("charts"),
        Some("measure") => Some("measures"),
        Some("eurostat_current" | "neighbours") => Some("eurostat"),
        Some("period" | "months_covered" | "column") => Some("columns"),
        Some(".exit") => Some(".quit"),
        Some("where" | "by") => None,
        other => other,
    };
    match topic {
        Some("types") => Some(types()),
        Some(t) => TOPICS
            .iter()
            .find(|(name, _)| *name == t)
            .map(|(_, text)| text.to_string()),
        None => Some(OVERVIEW.to_string()),
    }
}

/// The topics closest to a word there is no help for.
pub fn closest_topics(word: &str) -> Vec<&'static str> {
    let mut scored: Vec<(f64, &'static str)> = TOPICS
        .iter()
        .map(|(name, _)| (strsim::jaro_winkler(word, name), *name))
        .filter(|(score, _)| *score > 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, name)| name).collect()
}

/// The types of each measure.
pub fn types() -> String {
    format!(
        "applications  {}\n              (registered = first + subsequent: the Immigration Office's count, without resettlement,\n               as the statistics pages give it; relocation: pages of 2015-2018)\ndecisions     {}\n              (groups: protection = refugee_status + subsidiary_protection;\n               negative = inadmissible + manifestly_unfounded + refusal; final = all but interim)\nworkload      {}",
        APPLICATION_WORDS.join(", "),
        DECISION_WORDS.join(", "),
        WORKLOAD_TYPES.join(", ")
    )
}
