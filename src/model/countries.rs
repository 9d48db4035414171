//! The country reference: the report's Dutch names with English and French names
//! and ISO 3166 codes, and the lookup that turns what a user types into the name
//! the report uses.
//!
//! Matching ignores case, accents and punctuation (`"syrie"`, `"SY"`, `"SYR"` and
//! `"Syria"` all find `Syrië`); an unknown name gets the closest known names as
//! suggestions.

use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// One country: Dutch (as in the report), English, French, alpha-2, alpha-3.
pub type Country = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// `other` stands for the report's "Andere landen".
pub const OTHER: &str = "other";

/// Applicants whose nationality is undetermined, as the pages count them.
pub const UNDETERMINED: &str = "Onbepaald";

/// Every country name (Dutch, English, French and the aliases, not the ISO
/// codes), folded, with its Dutch name: for reading names in running text.
pub fn names() -> &'static HashMap<String, &'static str> {
    static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let known = COUNTRIES
            .iter()
            .flat_map(|c| [c.0, c.1, c.2].map(|s| (fold(s), c.0)));
        let aliases = ALIASES
            .iter()
            .filter(|(_, d)| *d != OTHER)
            .map(|(a, d)| (fold(a), *d));
        known.chain(aliases).filter(|(k, _)| k.len() >= 4).collect()
    })
}

/// Known countries of origin.
pub const COUNTRIES: &[Country] = &[
    ("Afghanistan", "Afghanistan", "Afghanistan", "AF", "AFG"),
    ("Albanië", "Albania", "Albanie", "AL", "ALB"),
    ("Algerije", "Algeria", "Algérie", "DZ", "DZA"),
    ("Angola", "Angola", "Angola", "AO", "AGO"),
    ("Armenië", "Armenia", "Arménie", "AM", "ARM"),
    ("Azerbeidzjan", "Azerbaijan", "Azerbaïdjan", "AZ", "AZE"),
    ("Bangladesh", "Bangladesh", "Bangladesh", "BD", "BGD"),
    ("Belarus", "Belarus", "Biélorussie", "BY", "BLR"),
    ("Benin", "Benin", "Bénin", "BJ", "BEN"),
    (
        "Bosnië-Herzegovina",
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "BA",
        "BIH",
    ),
    ("Brazilië", "Brazil", "Brésil", "BR", "BRA"),
    ("Burkina Faso", "Burkina Faso", "Burkina Faso", "BF", "BFA"),
    ("Burundi", "Burundi", "Burundi", "BI", "BDI"),
    (
        "Centraal-Afrikaanse Republiek",
        "Central African Republic",
        "République centrafricaine",
        "CF",
        "CAF",
    ),
    ("China", "China", "Chine", "CN", "CHN"),
    ("Colombia", "Colombia", "Colombie", "CO", "COL"),
    ("Comoren", "Comoros", "Comores", "KM", "COM"),
    ("Congo (DRC)", "DR Congo", "Congo (RDC)", "CD", "COD"),
    (
        "Congo (Brazzaville)",
        "Republic of the Congo",
        "Congo (Brazzaville)",
        "CG",
        "COG",
    ),
    ("Cuba", "Cuba", "Cuba", "CU", "CUB"),
    ("Djibouti", "Djibouti", "Djibouti", "DJ", "DJI"),
    ("Egypte", "Egypt", "Égypte", "EG", "EGY"),
    ("El Salvador", "El Salvador", "Salvador", "SV", "SLV"),
    ("Eritrea", "Eritrea", "Érythrée", "ER", "ERI"),
    ("Ethiopië", "Ethiopia", "Éthiopie", "ET", "ETH"),
    ("Gambia", "Gambia", "Gambie", "GM", "GMB"),
    ("Georgië", "Georgia", "Géorgie", "GE", "GEO"),
    ("Ghana", "Ghana", "Ghana", "GH", "GHA"),
    ("Guinee", "Guinea", "Guinée", "GN", "GIN"),
    (
        "Guinee-Bissau",
        "Guinea-Bissau",
        "Guinée-Bissau",
        "GW",
        "GNB",
    ),
    ("Haïti", "Haiti", "Haïti", "HT", "HTI"),
    ("Honduras", "Honduras", "Honduras", "HN", "HND"),
    ("India", "India", "Inde", "IN", "IND"),
    ("Irak", "Iraq", "Irak", "IQ", "IRQ"),
    ("Iran", "Iran", "Iran", "IR", "IRN"),
    ("Ivoorkust", "Ivory Coast", "Côte d'Ivoire", "CI", "CIV"),
    ("Jemen", "Yemen", "Yémen", "YE", "YEM"),
    ("Jordanië", "Jordan", "Jordanie", "JO", "JOR"),
    ("Kameroen", "Cameroon", "Cameroun", "CM", "CMR"),
    ("Kazachstan", "Kazakhstan", "Kazakhstan", "KZ", "KAZ"),
    ("Kenia", "Kenya", "Kenya", "KE", "KEN"),
    ("Kirgizië", "Kyrgyzstan", "Kirghizistan", "KG", "KGZ"),
    ("Koeweit", "Kuwait", "Koweït", "KW", "KWT"),
    ("Kosovo", "Kosovo", "Kosovo", "XK", "XKX"),
    ("Libanon", "Lebanon", "Liban", "LB", "LBN"),
    ("Liberia", "Liberia", "Libéria", "LR", "LBR"),
    ("Libië", "Libya", "Libye", "LY", "LBY"),
    ("Mali", "Mali", "Mali", "ML", "MLI"),
    ("Marokko", "Morocco", "Maroc", "MA", "MAR"),
    ("Mauritanië", "Mauritania", "Mauritanie", "MR", "MRT"),
    ("Moldavië", "Moldova", "Moldavie", "MD", "MDA"),
    ("Mongolië", "Mongolia", "Mongolie", "MN", "MNG"),
    ("Montenegro", "Montenegro", "Monténégro", "ME", "MNE"),
    ("Myanmar", "Myanmar", "Myanmar", "MM", "MMR"),
    ("Nepal", "Nepal", "Népal", "NP", "NPL"),
    ("Nicaragua", "Nicaragua", "Nicaragua", "NI", "NIC"),
    ("Niger", "Niger", "Niger", "NE", "NER"),
    ("Nigeria", "Nigeria", "Nigéria", "NG", "NGA"),
    (
        "Noord-Macedonië",
        "North Macedonia",
        "Macédoine du Nord",
        "MK",
        "MKD",
    ),
    ("Oekraïne", "Ukraine", "Ukraine", "UA", "UKR"),
    ("Oezbekistan", "Uzbekistan", "Ouzbékistan", "UZ", "UZB"),
    ("Pakistan", "Pakistan", "Pakistan", "PK", "PAK"),
    ("Palestina", "Palestine", "Palestine", "PS", "PSE"),
    ("Peru", "Peru", "Pérou", "PE", "PER"),
    ("Rusland", "Russia", "Russie", "RU", "RUS"),
    ("Rwanda", "Rwanda", "Rwanda", "RW", "RWA"),
    (
        "Saoedi-Arabië",
        "Saudi Arabia",
        "Arabie saoudite",
        "SA",
        "SAU",
    ),
    ("Senegal", "Senegal", "Sénégal", "SN", "SEN"),
    ("Servië", "Serbia", "Serbie", "RS", "SRB"),
    ("Sierra Leone", "Sierra Leone", "Sierra Leone", "SL", "SLE"),
    ("Soedan", "Sudan", "Soudan", "SD", "SDN"),
    ("Somalië", "Somalia", "Somalie", "SO", "SOM"),
    ("Sri Lanka", "Sri Lanka", "Sri Lanka", "LK", "LKA"),
    ("Syrië", "Syria", "Syrie", "SY", "SYR"),
    ("Tadzjikistan", "Tajikistan", "Tadjikistan", "TJ", "TJK"),
    ("Tanzania", "Tanzania", "Tanzanie", "TZ", "TZA"),
    ("Togo", "Togo", "Togo", "TG", "TGO"),
    ("Tsjaad", "Chad", "Tchad", "TD", "TCD"),
    ("Tunesië", "Tunisia", "Tunisie", "TN", "TUN"),
    ("Turkije", "Turkey", "Turquie", "TR", "TUR"),
    ("Uganda", "Uganda", "Ouganda", "UG", "UGA"),
    ("Venezuela", "Venezuela", "Venezuela", "VE", "VEN"),
    ("Vietnam", "Vietnam", "Viêt Nam", "VN", "VNM"),
    ("Zimbabwe", "Zimbabwe", "Zimbabwe", "ZW", "ZWE"),
    ("Zuid-Soedan", "South Sudan", "Soudan du Sud", "SS", "SSD"),
];

/// The country of an ISO 3166 alpha-2 code: one the reports name, else
/// one of the rest of the world ([`super::world::WORLD`]).
pub fn by_iso2(code: &str) -> Option<&'static Country> {
    COUNTRIES
        .iter()
        .chain(super::world::WORLD)
        .find(|c| c.3 == code)
}

/// The ISO 3166 alpha-2 code of a country by its Dutch name.
pub fn iso2_of(dutch: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .chain(super::world::WORLD)
        .find(|c| c.0 == dutch)
        .map(|c| c.3)
}

/// Other accepted spellings: alias, Dutch name.
const ALIASES: &[(&str, &str)] = &[
    ("Democratic Republic of the Congo", "Congo (DRC)"),
    ("DRC", "Congo (DRC)"),
    ("RDC", "Congo (DRC)"),
    ("Türkiye", "Turkije"),
    ("RD Congo", "Congo (DRC)"),
    ("Ukrain", "Oekraïne"),
    ("Moldavia", "Moldavië"),
    ("undetermined nationality", UNDETERMINED),
    ("nationaliteit onbepaald", UNDETERMINED),
    ("nationalité indéterminée", UNDETERMINED),
    ("Côte d'Ivoire", "Ivoorkust"),
    ("Andere landen", OTHER),
    ("Other countries", OTHER),
    ("Autres pays", OTHER),
];

/// Folds a name for matching: no accents, no case, letters and digits only.
pub fn fold(name: &str) -> String {
    name.nfd()
        .filter(|c| c.is_alphanumeric() && c.is_ascii())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every spelling of a country (and of `other`), paired with its Dutch name:
/// the world's countries first, so that a report's country wins where two
/// spell alike.
fn spellings(extra: &[String]) -> impl Iterator<Item = (String, String)> + '_ {
    let known = super::world::WORLD.iter().chain(COUNTRIES).flat_map(|c| {
        [c.0, c.1, c.2, c.3, c.4]
            .into_iter()
            .map(move |s| (s.to_string(), c.0.to_string()))
    });
    let aliases = ALIASES.iter().map(|(a, d)| (a.to_string(), d.to_string()));
    let extra = extra.iter().map(|d| (d.clone(), d.clone()));
    known
        .chain(aliases)
        .chain(extra)
        .chain(std::iter::once((OTHER.to_string(), OTHER.to_string())))
}

/// The report name for what a user typed, or the closest names as suggestions.
/// `extra` holds report names the store knows that the reference lacks.
pub fn lookup(typed: &str, extra: &[String]) -> Result<String, Vec<String>> {
    let key = fold(typed);
    if let Some(dutch) = folded().get(&key) {
        return Ok(dutch.to_string());
    }
    if let Some(dutch) = extra.iter().find(|d| fold(d) == key) {
        return Ok(dutch.clone());
    }
    Err(suggest(&key, extra))
}

/// Every known spelling, folded, with its Dutch name; built once.
fn folded() -> &'static HashMap<String, String> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| spellings(&[]).map(|(s, d)| (fold(&s), d)).collect())
}

/// The closest names: the reports' countries, and the world's (which
/// Eurostat's figures name) only where they are very close.
fn suggest(key: &str, extra: &[String]) -> Vec<String> {
    let reported = |dutch: &str| {
        COUNTRIES.iter().any(|c| c.0 == dutch) || extra.iter().any(|e| e == dutch) || dutch == OTHER
    };
    let mut scored: Vec<(f64, String)> = spellings(extra)
        .filter(|(s, _)| s.chars().count() > 3)
        .map(|(s, dutch)| (strsim::jaro_winkler(key, &fold(&s)), dutch))
        .filter(|(score, dutch)| reported(dutch) || *score >= 0.9)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut names: Vec<String> = Vec::new();
    for (score, dutch) in scored {
        if names.len() == 3 || score < 0.7 {
            break;
        }
        if !names.contains(&dutch) {
            names.push(dutch);
        }
    }
    names
}

/// The names that a completion of `prefix` may offer: Dutch names first.
pub fn complete(prefix: &str, extra: &[String]) -> Vec<String> {
    let key = fold(prefix);
    let mut names: Vec<String> = Vec::new();
    for (spelling, dutch) in spellings(extra) {
        if fold(&spelling).starts_with(&key) && !names.contains(&dutch) {
            names.push(dutch);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_syria_by_any_name() {
        for typed in ["Syrië", "syrie", "Syria", "SY", "SYR", "SYRIË", "Syrie"] {
            assert_eq!(lookup(typed, &[]), Ok("Syrië".to_string()), "{typed}");
        }
        assert_eq!(lookup("Congo (RDC)", &[]), Ok("Congo (DRC)".to_string()));
        assert_eq!(lookup("andere landen", &[]), Ok("other".to_string()));
    }

    #[test]
    fn suggests_close_names() {
        assert_eq!(lookup("Syra", &[]).unwrap_err()[0], "Syrië");
        assert_eq!(lookup("Afganistan", &[]).unwrap_err()[0], "Afghanistan");
        assert!(lookup("Atlantis", &[]).is_err());
    }

    #[test]
    fn has_unique_codes() {
        let mut codes: Vec<&str> = COUNTRIES.iter().flat_map(|c| [c.3, c.4]).collect();
        codes.sort();
        let before = codes.len();
        codes.dedup();
        assert_eq!(before, codes.len());
        assert!(COUNTRIES.len() >= 60);
    }

    #[test]
    fn completes_without_accents() {
        assert_eq!(complete("syr", &[]), vec!["Syrië".to_string()]);
    }
}

/// The language country names are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Names {
    /// Dutch, as the report writes them.
    #[default]
    Nl,
    En,
    Fr,
    /// ISO 3166 alpha-2 codes (SY; GR and GB, not Eurostat's EL and UK).
    Iso2,
    /// ISO 3166 alpha-3 codes (SYR), for joining with Eurostat and UNHCR data.
    Iso3,
}

impl Names {
    pub fn parse(text: &str) -> Option<Names> {
        match text.to_lowercase().as_str() {
            "nl" => Some(Names::Nl),
            "en" => Some(Names::En),
            "fr" => Some(Names::Fr),
            "iso2" => Some(Names::Iso2),
            "iso3" => Some(Names::Iso3),
            _ => None,
        }
    }

    /// The names of a language: the report's Dutch names in Dutch.
    pub fn of(lang: super::Lang) -> Names {
        match lang {
            super::Lang::Nl => Names::Nl,
            super::Lang::Fr => Names::Fr,
            super::Lang::En => Names::En,
        }
    }
}

/// A report's (Dutch) country name in the chosen language; a name outside the
/// reference, and `other`, stay as they are.
pub fn shown_name(dutch: &str, names: Names) -> &str {
    if dutch == UNDETERMINED {
        // Eurostat's code of an unknown citizenship, for joining.
        return match names {
            Names::Nl => UNDETERMINED,
            Names::En => "Undetermined",
            Names::Fr => "Indéterminé",
            Names::Iso2 | Names::Iso3 => "UNK",
        };
    }
    let Some(c) = COUNTRIES
        .iter()
        .chain(super::world::WORLD)
        .find(|c| c.0 == dutch)
    else {
        return dutch;
    };
    match names {
        Names::Nl => c.0,
        Names::En => c.1,
        Names::Fr => c.2,
        Names::Iso2 => c.3,
        Names::Iso3 => c.4,
    }
}
