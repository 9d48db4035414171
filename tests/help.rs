//! The text of `help` in English, Dutch and French: the English exactly as
//! it was before it moved to the Fluent catalogues, the Dutch and French
//! translated in full (no topic falls back to English), the three
//! catalogues with the same messages, and `help` answering in the language
//! of the session.

use asylq::help::{closest_topics, text, topic_text, types};
use asylq::model::Lang;
use std::collections::BTreeSet;

const EN: &str = include_str!("../src/locale/help.en.ftl");
const NL: &str = include_str!("../src/locale/help.nl.ftl");
const FR: &str = include_str!("../src/locale/help.fr.ftl");

/// Every topic with a text of its own, as a user types it.
const TOPICS: &[&str] = &[
    "countries",
    "protection_rate",
    "share",
    "change",
    "rolling",
    "cumulative",
    "quarter",
    "half",
    "month_of_year",
    "last",
    "average",
    "arithmetic",
    "names",
    "applications",
    "decisions",
    "workload",
    "month",
    "year",
    "country",
    "type",
    "unit",
    "source",
    "top",
    "having",
    "index",
    "sort",
    "limit",
    "explain",
    "sql",
    "show",
    "pages",
    "fetch",
    "eurostat",
    "geo",
    "sex",
    "age",
    "publisher",
    "pending",
    "capita",
    "files",
    "set",
    "help",
    ".load",
    ".format",
    ".explain",
    ".timer",
    ".sources",
    ".chart",
    ".help",
    ".quit",
    "measures",
    "dimensions",
    "filters",
    "modifiers",
    "charts",
    "formats",
    "columns",
    "statements",
    "types",
];

/// The general help in English as it was before the catalogues, byte for
/// byte.
const ENGLISH_OVERVIEW: &str = "\
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
            set names|lang, set NAME = VALUE (for $NAME), help TOPIC (help columns)
topics      countries, protection_rate, share, change, rolling, cumulative, quarter, half,
            month_of_year, last, average, arithmetic, names, lang, applications, decisions,
            workload, month, year, country, type, unit, source, top, having, index, sort, limit,
            explain, sql, show, pages, fetch, eurostat, geo, sex, age, publisher, pending, capita,
            files, set, help, .load, .format, .explain, .timer, .sources, .chart, .help, .quit,
            measures, dimensions, filters, modifiers, charts, formats, columns, statements, types

examples    decisions where country = \"Syrië\" by type
            applications where year = 2023 by country top 5 share
            applications by year change
            applications where year = 2023 by quarter
            applications where year = 2023 average per month
            applications - decisions where year = 2023 by month
            applications where geo in (BE, NL, DE, EU27_2020) and year = 2023 by month, geo
";

/// The message ids of a catalogue: its lines `id = ...`.
fn ids(source: &str) -> BTreeSet<&str> {
    source
        .lines()
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
        .filter(|id| {
            id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect()
}

/// The leading spaces of a line.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The leading spaces of each line of a text.
fn indents(text: &str) -> Vec<usize> {
    text.lines().map(indent).collect()
}

/// What a text made from a catalogue never holds: Fluent's syntax, the
/// marks of an argument or message it could not resolve, an id.
const MARKERS: [&str; 8] = [
    "???",
    "{ $",
    "{$",
    "{\"",
    "help-",
    "no message",
    "\u{2068}",
    "\u{2069}",
];

#[test]
fn the_english_overview_is_unchanged() {
    let overview = text(None, Lang::En);
    assert_eq!(overview, ENGLISH_OVERVIEW);
    for line in [
        "asylq answers questions about the CGVS monthly asylum statistics.\n\n",
        "\n  MEASURE [- + / MEASURE] [where FILTER] [last N months|years] [by DIM, ...]\n",
        "\n          [top N] [sort by DIM|value [asc|desc]] [limit N] [having COLUMN OP N]\n",
        "\nmeasures    applications, decisions, workload, protection_rate, pending (Eurostat)\n",
        "\n            set names|lang, set NAME = VALUE (for $NAME), help TOPIC (help columns)\n",
        // Every topic `help TOPIC` takes is listed.
        "\ntopics      countries, protection_rate, share,",
        " statements, types\n\n",
        "\nexamples    decisions where country = \"Syrië\" by type\n",
    ] {
        assert!(overview.contains(line), "{line:?} not in\n{overview}");
    }
    // `help where`, `help by` and `help` give the overview.
    assert_eq!(
        topic_text(None, Lang::En).as_deref(),
        Some(ENGLISH_OVERVIEW)
    );
    assert_eq!(text(Some("where"), Lang::En), ENGLISH_OVERVIEW);
}

#[test]
fn the_english_topics_are_unchanged() {
    assert_eq!(
        text(Some("columns"), Lang::En),
        "Every answer has these columns, in this order; they depend on the query only, \
never on the data.\n  the dimensions asked for: year (a number), month (2023-11, or a span by \
country), quarter (2023-Q4), country, type\n  value: the figure (empty where none can be had)\n  \
unit: persons, dossiers, files, percent (a rate), ratio (a / b), per_1000 (per capita)\n  period: the months the row's \
figures cover (2023-11, 2022 for a whole year, 2023-01..2023-11)\n  months_covered: how many \
months of period a figure covers (fewer where months are missing)\n  basis: for protection_rate, \
dossiers or persons (and for per capita, the unit counted)\n  then the extra columns asked for: granted, decided, count and population (per capita), share, cumulative, \
change, change_pct, change_pp, a summary's count of periods (months, years, quarters) and the \
period of a min or max, the operands of a - b."
    );
    assert_eq!(
        text(Some(".load"), Lang::En),
        ".load FILE: adds a report or a statistics page to the store, as `asylq load` does (REPL only)."
    );
    assert_eq!(
        text(Some("statements"), Lang::En),
        "Statements on one line are separated by ';'; a statement that ends its line needs none, \
and a query may run over several lines."
    );
    let formats = text(Some("formats"), Lang::En);
    assert!(
        formats.contains("json is one array of {query, rows}; jsonl rows carry a query field;"),
        "{formats}"
    );
    assert!(
        formats.contains("each note as {kind, periods, text}."),
        "{formats}"
    );
    assert_eq!(
        types(Lang::En),
        "applications  first, resettlement, subsequent, relocation, registered\n              \
(registered = first + subsequent: the Immigration Office's count, without resettlement,\n               \
as the statistics pages give it; relocation: pages of 2015-2018)\ndecisions     interim, \
refugee_status, subsidiary_protection, inadmissible, manifestly_unfounded, refusal, withdrawal, \
protection, negative, final\n              (groups: protection = refugee_status + \
subsidiary_protection;\n               negative = inadmissible + manifestly_unfounded + refusal; \
final = all but interim)\nworkload      total, normal, backlog"
    );
    for &topic in TOPICS {
        let english = text(Some(topic), Lang::En);
        assert_ne!(english, ENGLISH_OVERVIEW, "help {topic}");
        for marker in MARKERS {
            assert!(
                !english.contains(marker),
                "help {topic}: {marker:?} in {english}"
            );
        }
    }
    assert!(closest_topics("chrats").contains(&"charts"));
}

#[test]
fn every_topic_is_translated_into_dutch_and_french() {
    for lang in [Lang::Nl, Lang::Fr] {
        let code = lang.code();
        for &topic in TOPICS {
            let english = topic_text(Some(topic), Lang::En).unwrap();
            let translated = topic_text(Some(topic), lang).unwrap();
            assert!(!translated.trim().is_empty(), "{code}: help {topic}");
            assert_ne!(translated, english, "{code}: help {topic} is in English");
            for marker in MARKERS {
                assert!(
                    !translated.contains(marker),
                    "{code}: help {topic}: {marker:?} in {translated}"
                );
            }
            // Braces only where the English has them: `{query, rows}`.
            for brace in ['{', '}'] {
                assert_eq!(
                    translated.matches(brace).count(),
                    english.matches(brace).count(),
                    "{code}: help {topic}: {translated}"
                );
            }
            // The lines (`help columns`, `help types`) keep their indentation.
            assert_eq!(
                indents(&translated),
                indents(&english),
                "{code}: help {topic}"
            );
        }
        let overview = text(None, lang);
        assert_ne!(overview, ENGLISH_OVERVIEW, "{code}");
        for marker in MARKERS {
            assert!(
                !overview.contains(marker),
                "{code}: {marker:?} in {overview}"
            );
        }
        assert!(overview.ends_with(" by month, geo\n"), "{code}: {overview}");
    }
}

#[test]
fn the_translated_overviews_keep_the_syntax_and_the_examples() {
    let english: Vec<&str> = ENGLISH_OVERVIEW.lines().collect();
    for lang in [Lang::Nl, Lang::Fr] {
        let overview = text(None, lang);
        let lines: Vec<&str> = overview.lines().collect();
        assert_eq!(lines.len(), english.len(), "{overview}");
        assert_eq!(indents(&overview), indents(ENGLISH_OVERVIEW), "{overview}");
        // The syntax, as typed, and the example queries stay as they are.
        assert_eq!(lines[2..6], english[2..6]);
        let examples = english.len() - 7;
        for (line, was) in lines[examples..].iter().zip(&english[examples..]) {
            assert_eq!(line[12..], was[12..]);
        }
    }
}

#[test]
fn the_french_and_dutch_read_as_the_cgra_and_the_cgvs_write() {
    let french = text(None, Lang::Fr);
    assert!(
        french.contains(
            "asylq répond aux questions sur les statistiques d'asile mensuelles du CGRA.\n"
        ),
        "{french}"
    );
    assert!(french.contains("\nexemples    decisions where country = \"Syrië\" by type\n"));
    let dutch = text(None, Lang::Nl);
    assert!(
        dutch.contains(
            "asylq beantwoordt vragen over de maandelijkse asielstatistieken van het CGVS.\n"
        ),
        "{dutch}"
    );
    assert_eq!(
        text(Some("statements"), Lang::Fr),
        "Les instructions sur une même ligne sont séparées par ';'\u{a0}; une instruction qui \
termine sa ligne n'en a pas besoin, et une requête peut s'étendre sur plusieurs lignes."
    );
    assert!(
        text(Some("share"), Lang::Fr).starts_with("share\u{a0}: le pourcentage de chaque ligne")
    );
    assert!(text(Some("countries"), Lang::Fr).contains("«\u{a0}Andere landen\u{a0}»"));
    assert!(types(Lang::Nl)
        .starts_with("applications  first, resettlement, subsequent, relocation, registered\n"));
    // French puts a no-break space before a colon or a semicolon; the
    // French text names the CGRA, the Dutch the CGVS.
    for topic in TOPICS.iter().copied().map(Some).chain([None]) {
        let t = text(topic, Lang::Fr);
        assert!(
            !t.contains(" :") && !t.contains(" ;"),
            "help {topic:?}: {t}"
        );
        assert!(!text(topic, Lang::Nl).contains("CGRA"), "help {topic:?}");
        assert!(!t.contains("CGVS"), "help {topic:?}: {t}");
    }
}

#[test]
fn the_three_catalogues_have_the_same_messages() {
    let english = ids(EN);
    // Every topic, the types, and the REPL's list of its commands.
    assert_eq!(english.len(), TOPICS.len() + 2, "{english:?}");
    assert!(english.contains("help-overview") && english.contains("help-types"));
    assert!(english.contains("help-repl-list"));
    assert_eq!(ids(NL), english, "help.nl.ftl");
    assert_eq!(ids(FR), english, "help.fr.ftl");
    for (name, source) in [("en", EN), ("nl", NL), ("fr", FR)] {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_string()) {
            panic!("help.{name}.ftl: {errors:?}");
        }
    }
}

/// What `asylq --embedded ARGS...` writes on stdout.
fn run(args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_asylq"))
        .env_remove("ASYLQ_DB")
        .env_remove("ASYLQ_LANG")
        .env("HOME", "/nonexistent-asylq-home")
        .env("XDG_DATA_HOME", "/nonexistent-asylq-data")
        .arg("--embedded")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// `help` answers in the language of the session: `--lang`, or `set lang`.
#[test]
fn help_answers_in_the_language_of_the_session() {
    assert_eq!(
        run(&["-c", "help share"]),
        format!("{}\n", text(Some("share"), Lang::En))
    );
    assert_eq!(
        run(&["--lang", "fr", "-c", "help share"]),
        format!("{}\n", text(Some("share"), Lang::Fr))
    );
    // In tsv (stdout is no terminal) the `set` is a block of its own.
    assert_eq!(
        run(&["-c", "set lang = nl; help types"]),
        format!("setting\tvalue\nlang\tnl\n{}\n", types(Lang::Nl))
    );
}
