//! The text of `help` and `show types`.

use crate::check::{APPLICATION_TYPES, DECISION_WORDS, WORKLOAD_TYPES};

const OVERVIEW: &str = "\
asylq answers questions about the CGVS monthly asylum statistics.

  MEASURE [where FILTER] [by DIM, ...] [top N] [sort by DIM|value [asc|desc]]
          [limit N] [share] [change [yoy]] [cumulative]

measures    applications, decisions, workload, protection_rate
dimensions  month (2023-11), year (2023), country, type, unit, source
filters     = != < <= > >=, in (...), between A and B, and, or, not, ( )
other       explain QUERY, sql \"...\", show measures|dimensions|types|countries|sources|revisions,
            set format = csv, set unit = dossiers, set NAME = VALUE (for $NAME), help TOPIC

examples    decisions where country = \"Syrië\" by type
            applications where year = 2023 by country top 5
            protection_rate where year = 2023 by month
";

/// The help text, for a topic or in general.
pub fn text(topic: Option<&str>) -> String {
    match topic {
        Some("types") => types(),
        Some("countries") => "Countries are written in quotes, by their Dutch name as in the report (\"Syrië\"), \
English or French name, or ISO code (\"SY\", \"SYR\"), without regard to case or accents. \
`other` is the report's \"Andere landen\". `show countries` lists them."
            .to_string(),
        Some("protection_rate") => "protection_rate = (refugee_status + subsidiary_protection) / \
(all decisions - interim - withdrawal), in dossiers as the report defines it; by country in persons, \
the only unit the report gives by country. Computed per row as a ratio of sums, in percent."
            .to_string(),
        _ => OVERVIEW.to_string(),
    }
}

/// The types of each measure.
pub fn types() -> String {
    format!(
        "applications  {}\ndecisions     {}\n              (groups: protection = refugee_status + subsidiary_protection;\n               negative = inadmissible + manifestly_unfounded + refusal; final = all but interim)\nworkload      {}",
        APPLICATION_TYPES.join(", "),
        DECISION_WORDS.join(", "),
        WORKLOAD_TYPES.join(", ")
    )
}
