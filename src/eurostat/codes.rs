//! What Eurostat's codes mean in asylq's model: reporting countries (`geo`,
//! ISO alpha-2 with Eurostat's `EL` and `UK`, their alpha-3 and names in
//! nl/fr/en) and their aggregates, citizenships through the country
//! reference with Eurostat's aggregates beside them, types of applicant and
//! outcomes of decisions as asylq's types, sex, age classes and flags.
//! An aggregate is a figure of its own, never a sum asylq makes.

use crate::model::countries;

/// A reporting country or aggregate: code, alpha-3 (empty for an
/// aggregate), English, Dutch and French names. A country's names are the
/// country reference's (`model::countries`), the one table of names.
pub type Geo = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// The reporting countries of Eurostat's asylum and population datasets,
/// by Eurostat's code (`EL` and `UK` for ISO's `GR` and `GB`).
const REPORTING: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "CH", "UK",
    "ME", "MK", "AL", "RS", "TR", "BA", "XK", "MD", "UA", "GE",
];

/// Eurostat's aggregates of reporting countries: code, English, Dutch and
/// French names. Each is a figure of its own.
const AGGREGATES: &[(&str, &str, &str, &str)] = &[
    (
        "EU27_2020",
        "European Union (27 countries, from 2020)",
        "Europese Unie (27 landen, vanaf 2020)",
        "Union européenne (27 pays, depuis 2020)",
    ),
    (
        "EU28",
        "European Union (28 countries, 2013–2020)",
        "Europese Unie (28 landen, 2013–2020)",
        "Union européenne (28 pays, 2013–2020)",
    ),
    (
        "EU27_2007",
        "European Union (27 countries, 2007–2013)",
        "Europese Unie (27 landen, 2007–2013)",
        "Union européenne (27 pays, 2007–2013)",
    ),
    (
        "TOTAL",
        "Total of the reporting countries",
        "Totaal van de rapporterende landen",
        "Total des pays déclarants",
    ),
    (
        "EFTA",
        "European Free Trade Association",
        "Europese Vrijhandelsassociatie",
        "Association européenne de libre-échange",
    ),
];

/// The member countries of an aggregate of the European Union, by
/// Eurostat's codes; none for another code.
pub fn members(aggregate: &str) -> Vec<&'static str> {
    const EU27_2020: [&str; 27] = [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE",
        "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ];
    let eu28 = EU27_2020.iter().copied().chain(["UK"]);
    match aggregate {
        "EU27_2020" => EU27_2020.to_vec(),
        "EU28" => eu28.collect(),
        "EU27_2007" => eu28.filter(|c| *c != "HR").collect(),
        _ => Vec::new(),
    }
}

/// The reporting countries, named through the country reference, then
/// the aggregates.
pub fn geos() -> &'static [Geo] {
    static GEOS: std::sync::OnceLock<Vec<Geo>> = std::sync::OnceLock::new();
    GEOS.get_or_init(|| {
        let country = |code: &&'static str| {
            let c =
                countries::by_iso2(to_iso(code)).expect("a reporting country is in the reference");
            (*code, c.4, c.1, c.0, c.2)
        };
        let aggregate =
            |a: &(&'static str, &'static str, &'static str, &'static str)| (a.0, "", a.1, a.2, a.3);
        REPORTING
            .iter()
            .map(country)
            .chain(AGGREGATES.iter().map(aggregate))
            .collect()
    })
}

/// The reporting country or aggregate of a code: Eurostat's own, its
/// ISO alpha-2 (`GR` for `EL`, `GB` for `UK`) or alpha-3, or a name.
pub fn geo(code: &str) -> Option<&'static Geo> {
    let wanted = countries::fold(code);
    let upper = code.trim().to_ascii_uppercase();
    let iso = from_iso(&upper);
    let found = geos().iter().find(|g| {
        g.0 == iso
            || (!g.1.is_empty() && g.1 == iso)
            || [g.2, g.3, g.4].iter().any(|n| countries::fold(n) == wanted)
    });
    found.or_else(|| by_alias(code))
}

/// A reporting country by another spelling the country reference accepts
/// (`Türkiye`).
fn by_alias(typed: &str) -> Option<&'static Geo> {
    let dutch = countries::lookup(typed, &[]).ok()?;
    let iso = from_iso(countries::iso2_of(&dutch)?);
    geos().iter().find(|g| g.0 == iso)
}

/// A reporting country's name as `names` asks (its ISO codes for `iso2`
/// and `iso3`); an aggregate's code, in every language.
pub fn geo_name(g: &Geo, names: countries::Names) -> &'static str {
    match names {
        _ if g.1.is_empty() => g.0,
        countries::Names::Nl => g.3,
        countries::Names::En => g.2,
        countries::Names::Fr => g.4,
        countries::Names::Iso2 => to_iso(g.0),
        countries::Names::Iso3 => g.1,
    }
}

/// The ISO 3166 alpha-2 code of one of Eurostat's: `EL` is `GR`, `UK` `GB`.
pub fn to_iso(code: &str) -> &str {
    match code {
        "EL" => "GR",
        "UK" => "GB",
        other => other,
    }
}

/// Eurostat's code of an ISO 3166 alpha-2 code: `GR` is `EL`, `GB` `UK`.
pub fn from_iso(iso: &str) -> &str {
    match iso {
        "GR" => "EL",
        "GB" => "UK",
        other => other,
    }
}

/// Whether a reporting code is an aggregate of countries.
pub fn is_aggregate_geo(code: &str) -> bool {
    geo(code).is_some_and(|g| g.1.is_empty())
}

/// Eurostat's citizenships that are no country: they are never added to
/// the countries they hold, nor the countries to them.
pub const CITIZEN_GROUPS: &[&str] = &[
    "TOTAL",
    "EXT_EU27_2020",
    "EXT_EU28",
    "EU27_2020",
    "EU28",
    "EU27_2020_FOR",
    "EU28_FOR",
    "UNK",
    "STLS",
    "RNC",
];

/// A citizenship: a country of the reference (by its name in the report),
/// or one of Eurostat's groups (by its code); `None` for a code asylq
/// cannot place, which the load reports.
pub fn citizen(code: &str) -> Option<Citizen> {
    let code = code.trim();
    if let Some(group) = CITIZEN_GROUPS.iter().find(|g| **g == code) {
        return Some(Citizen::Group(group));
    }
    countries::by_iso2(to_iso(code)).map(|c| Citizen::Country(c.0))
}

/// What a `citizen` code stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Citizen {
    /// A country, by its Dutch name as in the reports.
    Country(&'static str),
    /// A group of Eurostat's (`TOTAL`, `EXT_EU27_2020`, `UNK`, `STLS`, ...).
    Group(&'static str),
}

/// An applicant type as asylq's type: `ASY_APP` is `registered` (Eurostat
/// counts no resettlement in it), `NASY_APP` `first`, `SUBS_APP`
/// `subsequent`.
pub fn applicant(code: &str) -> Option<&'static str> {
    match code {
        "ASY_APP" => Some("registered"),
        "NASY_APP" => Some("first"),
        "SUBS_APP" => Some("subsequent"),
        _ => None,
    }
}

/// A decision's outcome as asylq's type: `positive` is refugee status,
/// subsidiary protection, humanitarian and temporary protection together,
/// `total` positive and rejected together.
pub fn decision(code: &str) -> Option<&'static str> {
    match code {
        "TOTAL" => Some("total"),
        "TOTAL_POS" => Some("positive"),
        "GENCONV" => Some("refugee_status"),
        "SUB_PROT" => Some("subsidiary_protection"),
        "HUMSTAT" => Some("humanitarian"),
        "TEMP_PROT" => Some("temporary_protection"),
        "REJECTED" => Some("rejected"),
        _ => None,
    }
}

/// The sexes Eurostat gives: total, males, females, unknown.
pub const SEXES: &[&str] = &["T", "M", "F", "UNK"];

/// The age classes of the asylum datasets and the population's total.
pub const AGES: &[&str] = &[
    "TOTAL", "Y_LT14", "Y14-17", "Y_LT18", "Y18-34", "Y35-64", "Y_GE65", "Y_GE18", "UNK",
];

/// An age class of the population: the total, each year of age (`Y_LT1`,
/// `Y1` … `Y99`, `Y_OPEN`), and unknown; the code as Eurostat writes it.
pub fn population_age(code: &str) -> bool {
    matches!(code, "TOTAL" | "UNK" | "Y_LT1" | "Y_OPEN")
        || code
            .strip_prefix('Y')
            .and_then(|n| n.parse::<u32>().ok())
            .is_some_and(|n| (1..=99).contains(&n))
}

/// Eurostat's flags, each a letter.
pub const FLAGS: &[char] = &['b', 'c', 'd', 'e', 'f', 'n', 'p', 'r', 's', 'u', 'z'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reporting_country_is_found_by_any_of_its_codes_and_names() {
        for typed in ["EL", "GR", "GRC", "Greece", "Griekenland", "grèce"] {
            assert_eq!(geo(typed).map(|g| g.0), Some("EL"), "{typed}");
        }
        assert_eq!(geo("GB").map(|g| g.0), Some("UK"));
        assert_eq!(geo("België").map(|g| g.0), Some("BE"));
        assert!(is_aggregate_geo("EU27_2020"));
        assert!(!is_aggregate_geo("BE"));
        assert_eq!(geo("ZZ"), None);
        assert_eq!(geo("Türkiye").map(|g| g.0), Some("TR"));
    }

    #[test]
    fn a_reporting_country_is_named_as_the_country_reference_names_it() {
        let bosnia = geo("BA").unwrap();
        assert_eq!(
            (bosnia.3, bosnia.2),
            ("Bosnië-Herzegovina", "Bosnia and Herzegovina")
        );
        for g in geos().iter().filter(|g| !g.1.is_empty()) {
            let c = countries::by_iso2(to_iso(g.0)).unwrap();
            assert_eq!((g.1, g.2, g.3, g.4), (c.4, c.1, c.0, c.2), "{}", g.0);
        }
        assert_eq!(geos().len(), 47);
    }

    #[test]
    fn the_union_s_aggregates_have_their_members() {
        assert_eq!(members("EU27_2020").len(), 27);
        assert_eq!(members("EU28").len(), 28);
        assert!(members("EU28").contains(&"UK") && !members("EU27_2007").contains(&"HR"));
        assert!(members("TOTAL").is_empty());
    }

    #[test]
    fn citizenships_go_through_the_country_reference() {
        assert_eq!(citizen("SY"), Some(Citizen::Country("Syrië")));
        assert_eq!(citizen("AF"), Some(Citizen::Country("Afghanistan")));
        assert_eq!(
            citizen("EXT_EU27_2020"),
            Some(Citizen::Group("EXT_EU27_2020"))
        );
        assert_eq!(citizen("STLS"), Some(Citizen::Group("STLS")));
        assert_eq!(applicant("NASY_APP"), Some("first"));
        assert_eq!(decision("TOTAL_POS"), Some("positive"));
        assert_eq!(decision("WITHDRAWN"), None);
    }
}
