//! The words a chart prints, in English, Dutch or French: measures, types,
//! units and months as a reader says them (`refugee status`, not
//! `refugee_status`), from the Fluent catalogues `src/locale/chart.*.ftl`
//! (ids `chart-...`), and numbers with that language's separators
//! (`1,234.5` in English, `1.234,5` in Dutch and French). A chart speaks
//! one language: `--lang` where given, else the language of `--names`, else
//! English; its notes are in that language too.

use crate::answer::Role;
use crate::locale::Message;
use crate::model::countries::Names;
use crate::model::month::MONTH_NAMES;
pub use crate::model::Lang;

/// The language of a chart: the one `--lang` (or `set lang`) asked for,
/// else that of `--names`, else English.
pub fn chart_lang(asked: Option<Lang>, names: Option<Names>) -> Lang {
    asked.or(names.map(Lang::of)).unwrap_or(Lang::En)
}

impl Lang {
    /// The language `--names` asks for: English words for `en` and `iso3`.
    pub fn of(names: Names) -> Lang {
        match names {
            Names::Nl => Lang::Nl,
            Names::Fr => Lang::Fr,
            Names::En | Names::Iso2 | Names::Iso3 => Lang::En,
        }
    }
}

/// The name of month `number` (1 to 12): `January`, `januari`, `janvier`.
pub(super) fn month_name(number: u32, lang: Lang) -> String {
    let (nl, fr, en, _) = MONTH_NAMES[(number.clamp(1, 12) - 1) as usize];
    match lang {
        Lang::En => en[..1].to_uppercase() + &en[1..],
        Lang::Nl => nl.to_string(),
        Lang::Fr => fr.to_string(),
    }
}

/// A period's label in words: `2012`, `May 2023` (`mei 2023`, `mai
/// 2023`), `Q3 2023` (`K3 2023`, `T3 2023`), `H1 2023` (`S1 2023` in
/// French); another text as it is.
pub(super) fn period(label: &str, lang: Lang) -> String {
    use crate::model::period::{label_span, Period};
    let nth = |m: crate::model::month::Month, len: u32| (m.number() - 1) / len + 1;
    match label_span(label).map(Period::of_span) {
        Some(Period::Month(m)) => format!("{} {}", month_name(m.number(), lang), m.year()),
        Some(Period::Quarter(m)) => format!("{} {}", part(3, nth(m, 3), lang), m.year()),
        Some(Period::Half(m)) => format!("{} {}", part(6, nth(m, 6), lang), m.year()),
        _ => label.to_string(),
    }
}

/// Part `n` of a year cut in periods of `months` months (3 or 6), without
/// its year: `Q3` (`K3`, `T3`), `H1` (`S1` in French).
pub(super) fn part(months: u32, n: u32, lang: Lang) -> String {
    let kind = if months == 6 { "half" } else { "quarter" };
    Message::new("chart-part")
        .code("kind", kind)
        .code("n", n.to_string())
        .text(lang)
}

/// A month's short name on a time axis: `Jan`, `jan`, `janv.`.
pub(super) fn month_short(number: u32, lang: Lang) -> String {
    Message::new("chart-month-short")
        .count("month", i64::from(number.clamp(1, 12)))
        .text(lang)
}

/// A measure, as the subject of a title: `Applications`; `None` for a word
/// that is no measure.
pub(super) fn measure(word: &str, lang: Lang) -> Option<String> {
    crate::model::Measure::ALL
        .iter()
        .any(|m| m.name() == word)
        .then(|| Message::new("chart-measure").code("code", word).text(lang))
}

/// "Share of applications", "Aandeel asielaanvragen", "Part des demandes d'asile".
pub(super) fn share_of(word: &str, lang: Lang) -> String {
    of_measure(word, lang, "share")
}

/// "Change in applications", "Verandering asielaanvragen", "Évolution des demandes d'asile".
pub(super) fn change_in(word: &str, lang: Lang) -> String {
    of_measure(word, lang, "change")
}

/// "Running total of applications", drawn for `cumulative`.
pub(super) fn running_total_of(word: &str, lang: Lang) -> String {
    of_measure(word, lang, "running")
}

/// "Rolling average of applications", drawn for `rolling N months`.
pub(super) fn rolling_average_of(word: &str, lang: Lang) -> String {
    of_measure(word, lang, "rolling")
}

/// A measure's share, change, running total or rolling average (`how`).
fn of_measure(word: &str, lang: Lang, how: &str) -> String {
    let what = measure(word, lang).unwrap_or_else(|| word.to_string());
    Message::new("chart-of-measure")
        .code("how", how)
        .code("measure", what.to_lowercase())
        .text(lang)
}

/// A dimension after "by": `country of origin`, `month`; another column as
/// it is.
pub(super) fn dimension(column: &str, lang: Lang) -> String {
    Message::new("chart-dimension")
        .code("code", column)
        .text(lang)
}

/// "by", "per", "par".
pub(super) fn by(lang: Lang) -> String {
    Message::new("chart-by").text(lang)
}

/// "and", "en", "et".
pub(super) fn and(lang: Lang) -> String {
    Message::new("chart-and").text(lang)
}

/// A stored word (a type, a unit, `other`) as a reader says it; any other
/// text (a country's name, a source) as it is.
pub fn term(word: &str, lang: Lang) -> String {
    Message::new("chart-term").code("code", word).text(lang)
}

/// The query a note suggests for Eurostat's figures, which a chart says in
/// words.
const ASK_EUROSTAT: &str = "… and publisher = eurostat";

/// A note's text as a chart says it: each `code` quoted in it in the
/// chart's words where the chart has words for it (`registered` is
/// "geregistreerd", `other` "andere"), else without the quotes. A chart
/// shows no query syntax.
pub(super) fn in_words(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    // Odd parts are quoted, even parts plain text.
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(&codes_in_words(part, lang));
        } else if part == crate::model::countries::OTHER {
            out.push_str(&Message::new("chart-other-countries").text(lang));
        } else if part == ASK_EUROSTAT {
            out.push_str(&Message::new("chart-ask-eurostat").text(lang));
        } else {
            out.push_str(&term(part, lang));
        }
    }
    out
}

/// Whether a word of a note is a code of the data named unquoted (a row
/// labelled `first`, a unit `persons`): the types and units, less those
/// that are words of Dutch or French too (`total`, `protection`).
fn is_unquoted_code(word: &str) -> bool {
    const ALSO_WORDS: &[&str] = &["total", "protection", "final", "normal"];
    let is_type = crate::model::vocabulary::Type::ALL
        .iter()
        .any(|t| t.as_str() == word);
    (is_type && !ALSO_WORDS.contains(&word)) || ["persons", "files"].contains(&word)
}

/// Plain text with its unquoted codes in a Dutch or French chart's words
/// (see [`is_unquoted_code`]); English keeps them.
fn codes_in_words(text: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match is_unquoted_code(word) {
            true => out.push_str(&term(word, lang)),
            false => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The words on a value axis: the unit, or what a share or a change is.
pub(super) fn axis(value: Role, over_time: bool, unit: &str, lang: Lang) -> String {
    let role = match value {
        Role::Points => "points",
        Role::Change => "change",
        Role::Index => "index",
        Role::ChangePercent => "change-percent",
        Role::Share if !over_time => "share-of-whole",
        Role::Share => "share-of-period",
        _ => return term(unit, lang),
    };
    Message::new("chart-axis")
        .code("role", role)
        .code("unit", term(unit, lang))
        .text(lang)
}

/// A whole number with the language's thousands separator.
pub(super) fn number(n: i64, lang: Lang) -> String {
    let grouped = super::grouped(&crate::answer::Cell::Int(n));
    match lang {
        Lang::En => grouped,
        Lang::Nl | Lang::Fr => grouped.replace(',', "."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_said_in_the_chart_s_words() {
        assert_eq!(
            in_words(
                "first covers 11 of 12 months; `other` is `registered`",
                Lang::En
            ),
            "first covers 11 of 12 months; other countries is registered"
        );
        assert_eq!(
            in_words("first dekt 11 van 12 maanden (`:`), `other`", Lang::Nl),
            "eerste verzoeken dekt 11 van 12 maanden (:), andere landen"
        );
        assert_eq!(in_words("firstly", Lang::Fr), "firstly");
    }

    #[test]
    fn words_and_numbers_by_language() {
        assert_eq!(term("refugee_status", Lang::En), "refugee status");
        assert_eq!(term("refugee_status", Lang::Fr), "statut de réfugié");
        assert_eq!(term("Syrië", Lang::Fr), "Syrië");
        assert_eq!(number(12345, Lang::En), "12,345");
        assert_eq!(number(-1234567, Lang::Nl), "-1.234.567");
        assert_eq!(month_short(7, Lang::Fr), "juil.");
        assert_eq!(month_short(5, Lang::Fr), "mai");
        assert_eq!(month_short(2, Lang::Fr), "févr.");
        assert_eq!(month_short(10, Lang::Nl), "okt");
        assert_eq!(share_of("applications", Lang::Nl), "Aandeel asielaanvragen");
        assert_eq!(change_in("decisions", Lang::Fr), "Évolution des décisions");
        assert_eq!(term("other", Lang::Nl), "andere");
        assert_eq!(term("Y14-17", Lang::Fr), "14 à 17 ans");
        assert_eq!(
            measure("pending", Lang::Nl).as_deref(),
            Some("Hangende personen")
        );
        assert_eq!(measure("rate", Lang::En), None);
        assert_eq!(share_of("rate", Lang::En), "Share of rate");
        assert_eq!(dimension("month_of_year", Lang::Fr), "mois de l'année");
        assert_eq!(dimension("granted", Lang::Nl), "granted");
        assert_eq!(part(3, 4, Lang::Nl), "K4");
        assert_eq!(part(6, 1, Lang::Fr), "S1");
        assert_eq!(month_short(1, Lang::En), "Jan");
        assert_eq!(month_short(3, Lang::Nl), "mrt");
        assert_eq!(
            axis(Role::Change, true, "persons", Lang::Nl),
            "verandering, personen"
        );
        assert_eq!(axis(Role::Value, true, "files", Lang::Fr), "demandes");
    }
}
