//! The text of `help` (and of `help types`), in the session's language.
//!
//! The words are in the Fluent catalogues `src/locale/help.en.ftl`,
//! `help.nl.ftl` and `help.fr.ftl`, a message a topic (`help-topic-...`),
//! which the bundles of [`crate::locale`] hold beside the notes and errors.
//! This file knows the topics, the other words that lead to them, and the
//! lists the vocabulary makes (the types of each measure). The topics keep
//! their English names in every language: they are words a user types.

use crate::locale::Message;
use crate::model::vocabulary::{APPLICATION_WORDS, DECISION_WORDS, WORKLOAD_TYPES};
use crate::model::Lang;

/// Topics with a text of their own: the word a user types, and the id of
/// its message in the help catalogues.
const TOPICS: &[(&str, &str)] = &[
    ("countries", "help-topic-countries"),
    ("protection_rate", "help-topic-protection-rate"),
    ("share", "help-topic-share"),
    ("change", "help-topic-change"),
    ("rolling", "help-topic-rolling"),
    ("cumulative", "help-topic-cumulative"),
    ("quarter", "help-topic-quarter"),
    ("half", "help-topic-half"),
    ("month_of_year", "help-topic-month-of-year"),
    ("last", "help-topic-last"),
    ("average", "help-topic-average"),
    ("arithmetic", "help-topic-arithmetic"),
    ("names", "help-topic-names"),
    ("lang", "help-topic-names"),
    ("applications", "help-topic-applications"),
    ("decisions", "help-topic-decisions"),
    ("workload", "help-topic-workload"),
    ("month", "help-topic-month"),
    ("year", "help-topic-year"),
    ("country", "help-topic-country"),
    ("type", "help-topic-type"),
    ("unit", "help-topic-unit"),
    ("source", "help-topic-source"),
    ("top", "help-topic-top"),
    ("having", "help-topic-having"),
    ("index", "help-topic-index"),
    ("sort", "help-topic-sort"),
    ("limit", "help-topic-limit"),
    ("explain", "help-topic-explain"),
    ("sql", "help-topic-sql"),
    ("show", "help-topic-show"),
    ("pages", "help-topic-pages"),
    ("fetch", "help-topic-fetch"),
    ("eurostat", "help-topic-eurostat"),
    ("geo", "help-topic-geo"),
    ("sex", "help-topic-sex"),
    ("age", "help-topic-age"),
    ("publisher", "help-topic-publisher"),
    ("pending", "help-topic-pending"),
    ("capita", "help-topic-capita"),
    ("files", "help-topic-files"),
    ("set", "help-topic-set"),
    ("help", "help-topic-help"),
    (".load", "help-topic-repl-load"),
    (".format", "help-topic-repl-format"),
    (".explain", "help-topic-repl-explain"),
    (".timer", "help-topic-repl-timer"),
    (".sources", "help-topic-repl-sources"),
    (".chart", "help-topic-repl-chart"),
    (".help", "help-topic-repl-help"),
    (".quit", "help-topic-repl-quit"),
    ("measures", "help-topic-measures"),
    ("dimensions", "help-topic-dimensions"),
    ("filters", "help-topic-filters"),
    ("modifiers", "help-topic-modifiers"),
    ("charts", "help-topic-charts"),
    ("formats", "help-topic-formats"),
    ("columns", "help-topic-columns"),
    ("statements", "help-topic-statements"),
];

/// The help text, for a topic or in general, in `lang`.
pub fn text(topic: Option<&str>, lang: Lang) -> String {
    topic_text(topic, lang).unwrap_or_else(|| overview(lang))
}

/// The general help, with every topic. Fluent trims the end of a message,
/// so its final newline is added here.
fn overview(lang: Lang) -> String {
    let text = Message::new("help-overview")
        .code("topics", topic_list())
        .text(lang);
    format!("{text}\n")
}

/// The topics `help TOPIC` takes, in lines that fit the overview's column.
fn topic_list() -> String {
    let mut names: Vec<&str> = TOPICS.iter().map(|(name, _)| *name).collect();
    names.push("types");
    let mut lines = vec![String::new()];
    for name in names {
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && line.len() + name.len() + 2 > 86 {
            line.push(',');
            lines.push(name.to_string());
        } else {
            if !line.is_empty() {
                line.push_str(", ");
            }
            line.push_str(name);
        }
    }
    lines.join(&format!("\n{}", " ".repeat(12)))
}

/// The help of a topic in `lang`, or `None` for a topic there is none for.
pub fn topic_text(topic: Option<&str>, lang: Lang) -> Option<String> {
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
        Some("types") => Some(types(lang)),
        Some(t) => TOPICS
            .iter()
            .find(|(name, _)| *name == t)
            .map(|&(_, id)| Message::new(id).text(lang)),
        None => Some(overview(lang)),
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

/// The types of each measure, in `lang`: the lists of type words come from
/// the vocabulary, the words around them from the catalogue.
pub fn types(lang: Lang) -> String {
    Message::new("help-types")
        .code("applications", APPLICATION_WORDS.join(", "))
        .code("decisions", DECISION_WORDS.join(", "))
        .code("workload", WORKLOAD_TYPES.join(", "))
        .text(lang)
}
