//! The words a chart prints, in English, Dutch or French: measures, types,
//! units and months as a reader says them (`refugee status`, not
//! `refugee_status`), and numbers with that language's separators
//! (`1,234.5` in English, `1.234,5` in Dutch and French). A chart speaks
//! one language: `--lang` where given, else the language of `--names`, else
//! English; its notes are in that language too.

use crate::answer::Role;
use crate::model::countries::Names;
use crate::model::month::MONTH_NAMES;
pub use crate::model::Lang;

/// The language of a chart: the one `--lang` (or `set lang`) asked for,
/// else that of `--names`, else English.
pub fn chart_lang(asked: Option<Lang>, names: Option<Names>) -> Lang {
    asked.or(names.map(Lang::of)).unwrap_or(Lang::En)
}

/// The country names of a chart in `lang`: the report's Dutch names in
/// Dutch.
pub(super) fn names_in(lang: Lang) -> Names {
    match lang {
        Lang::Nl => Names::Nl,
        Lang::Fr => Names::Fr,
        Lang::En => Names::En,
    }
}

impl Lang {
    /// The language `--names` asks for: English words for `en` and `iso3`.
    pub fn of(names: Names) -> Lang {
        match names {
            Names::Nl => Lang::Nl,
            Names::Fr => Lang::Fr,
            Names::En | Names::Iso3 => Lang::En,
        }
    }

    /// One of three words, by language.
    pub(in crate::render) fn pick<'a>(self, en: &'a str, nl: &'a str, fr: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Nl => nl,
            Lang::Fr => fr,
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

/// A month's short name on a time axis: `Jan`, `jan`, `janv.`.
pub(super) fn month_short(number: u32, lang: Lang) -> String {
    const FRENCH: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    match lang {
        Lang::Fr => FRENCH[(number.clamp(1, 12) - 1) as usize].to_string(),
        _ => month_name(number, lang).chars().take(3).collect(),
    }
}

/// A measure, as the subject of a title: `Applications`.
pub(super) fn measure(word: &str, lang: Lang) -> Option<&'static str> {
    Some(match word {
        "applications" => lang.pick("Applications", "Asielaanvragen", "Demandes d'asile"),
        "decisions" => lang.pick("Decisions", "Beslissingen", "Décisions"),
        "workload" => lang.pick("Workload", "Werklast", "Charge de travail"),
        "protection_rate" => {
            lang.pick("Protection rate", "Beschermingsgraad", "Taux de protection")
        }
        "pending" => lang.pick(
            "Persons pending",
            "Hangende personen",
            "Personnes en attente",
        ),
        _ => return None,
    })
}

/// "Share of applications", "Aandeel asielaanvragen", "Part des demandes d'asile".
pub(super) fn share_of(word: &str, lang: Lang) -> String {
    of_measure(word, lang, lang.pick("Share of", "Aandeel", "Part des"))
}

/// "Change in applications", "Verandering asielaanvragen", "Évolution des demandes d'asile".
pub(super) fn change_in(word: &str, lang: Lang) -> String {
    of_measure(
        word,
        lang,
        lang.pick("Change in", "Verandering", "Évolution des"),
    )
}

/// "Running total of applications", drawn for `cumulative`.
pub(super) fn running_total_of(word: &str, lang: Lang) -> String {
    of_measure(
        word,
        lang,
        lang.pick("Running total of", "Lopend totaal van", "Cumul des"),
    )
}

/// "Rolling average of applications", drawn for `rolling N months`.
pub(super) fn rolling_average_of(word: &str, lang: Lang) -> String {
    of_measure(
        word,
        lang,
        lang.pick(
            "Rolling average of",
            "Voortschrijdend gemiddelde van",
            "Moyenne mobile des",
        ),
    )
}

fn of_measure(word: &str, lang: Lang, lead: &str) -> String {
    let what = measure(word, lang).unwrap_or(word);
    format!("{lead} {}", what.to_lowercase())
}

/// A dimension after "by": `country of origin`, `month`.
pub(super) fn dimension(column: &str, lang: Lang) -> String {
    let word = match column {
        "country" => lang.pick("country of origin", "land van herkomst", "pays d'origine"),
        "month" => lang.pick("month", "maand", "mois"),
        "quarter" => lang.pick("quarter", "kwartaal", "trimestre"),
        "half" => lang.pick("half-year", "halfjaar", "semestre"),
        "year" => lang.pick("year", "jaar", "année"),
        "month_of_year" => lang.pick("month of the year", "maand van het jaar", "mois de l'année"),
        "type" => lang.pick("type", "type", "type"),
        "unit" => lang.pick("unit", "eenheid", "unité"),
        "source" => lang.pick("source", "bron", "source"),
        "geo" => lang.pick("reporting country", "rapporterend land", "pays déclarant"),
        "sex" => lang.pick("sex", "geslacht", "sexe"),
        "age" => lang.pick("age", "leeftijd", "âge"),
        other => other,
    };
    word.to_string()
}

/// "by", "per", "par".
pub(super) fn by(lang: Lang) -> &'static str {
    lang.pick("by", "per", "par")
}

/// "and", "en", "et".
pub(super) fn and(lang: Lang) -> &'static str {
    lang.pick("and", "en", "et")
}

/// A stored word (a type, a unit, `other`) as a reader says it; any other
/// text (a country's name, a source) as it is.
pub fn term(word: &str, lang: Lang) -> String {
    let said = match word {
        "total" => lang.pick("total", "totaal", "total"),
        "registered" => lang.pick("registered", "geregistreerd", "enregistrées"),
        "first" => lang.pick(
            "first applications",
            "eerste verzoeken",
            "premières demandes",
        ),
        "subsequent" => lang.pick(
            "subsequent applications",
            "volgende verzoeken",
            "demandes ultérieures",
        ),
        "resettlement" => lang.pick("resettlement", "hervestiging", "réinstallation"),
        "relocation" => lang.pick("relocation", "relocatie", "relocalisation"),
        "interim" => lang.pick(
            "interim decisions",
            "tussenbeslissingen",
            "décisions intermédiaires",
        ),
        "refugee_status" => lang.pick("refugee status", "vluchtelingenstatus", "statut de réfugié"),
        "subsidiary_protection" => lang.pick(
            "subsidiary protection",
            "subsidiaire bescherming",
            "protection subsidiaire",
        ),
        "inadmissible" => lang.pick("inadmissible", "niet-ontvankelijk", "irrecevable"),
        "manifestly_unfounded" => lang.pick(
            "manifestly unfounded",
            "kennelijk ongegrond",
            "manifestement infondé",
        ),
        "refusal" => lang.pick("refusal", "weigering", "refus"),
        "withdrawal" => lang.pick("withdrawal", "intrekking", "retrait"),
        "negative" => lang.pick("negative", "negatief", "négatif"),
        "protection" => lang.pick("protection", "bescherming", "protection"),
        "final" => lang.pick("final decisions", "eindbeslissingen", "décisions finales"),
        "normal" => lang.pick("normal workload", "normale werkvoorraad", "charge normale"),
        "backlog" => lang.pick("backlog", "achterstand", "arriéré"),
        "published" => lang.pick("published", "gepubliceerd", "publié"),
        "persons" => lang.pick("persons", "personen", "personnes"),
        "dossiers" => lang.pick("dossiers", "dossiers", "dossiers"),
        "files" => lang.pick("files", "aanvragen", "demandes"),
        "percent" => lang.pick("percent", "procent", "pour cent"),
        "per_1000" => lang.pick(
            "per 1,000 inhabitants",
            "per 1.000 inwoners",
            "pour 1 000 habitants",
        ),
        "other" => lang.pick("other", "andere", "autres"),
        "positive" => lang.pick("positive", "positief", "positive"),
        "humanitarian" => lang.pick(
            "humanitarian status",
            "humanitaire status",
            "statut humanitaire",
        ),
        "temporary_protection" => lang.pick(
            "temporary protection",
            "tijdelijke bescherming",
            "protection temporaire",
        ),
        "rejected" => lang.pick("rejected", "afgewezen", "rejetées"),
        "F" => lang.pick("women", "vrouwen", "femmes"),
        "M" => lang.pick("men", "mannen", "hommes"),
        "UNK" => lang.pick("unknown", "onbekend", "inconnu"),
        "Y_LT14" => lang.pick("under 14", "jonger dan 14", "moins de 14 ans"),
        "Y14-17" => lang.pick("14 to 17", "14 tot 17", "14 à 17 ans"),
        "Y_LT18" => lang.pick("under 18", "jonger dan 18", "moins de 18 ans"),
        "Y18-34" => lang.pick("18 to 34", "18 tot 34", "18 à 34 ans"),
        "Y35-64" => lang.pick("35 to 64", "35 tot 64", "35 à 64 ans"),
        "Y_GE65" => lang.pick("65 or older", "65 of ouder", "65 ans ou plus"),
        "Y_GE18" => lang.pick("18 or older", "18 of ouder", "18 ans ou plus"),
        other => other,
    };
    said.to_string()
}

/// The words on a value axis: the unit, or what a share or a change is.
pub(super) fn axis(value: Role, over_time: bool, unit: &str, lang: Lang) -> String {
    match value {
        Role::Points => lang
            .pick(
                "percentage points",
                "procentpunten",
                "points de pourcentage",
            )
            .to_string(),
        Role::Change => format!(
            "{}, {}",
            lang.pick("change", "verandering", "évolution"),
            term(unit, lang)
        ),
        Role::Index => lang
            .pick(
                "index, base = 100",
                "index, basis = 100",
                "indice, base = 100",
            )
            .to_string(),
        Role::ChangePercent => lang
            .pick(
                "change, percent",
                "verandering, procent",
                "évolution, pour cent",
            )
            .to_string(),
        Role::Share if !over_time => lang
            .pick(
                "percent of the whole",
                "procent van het geheel",
                "pour cent du total",
            )
            .to_string(),
        Role::Share => lang
            .pick(
                "percent of the period",
                "procent van de periode",
                "pour cent de la période",
            )
            .to_string(),
        _ => term(unit, lang),
    }
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
    }
}
