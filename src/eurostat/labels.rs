//! Eurostat's English labels, for a download whose cells hold labels
//! where codes should stand (the Data Browser's SDMX-CSV 1.0 with labels):
//! each label is placed back on its code, countries through the country
//! reference, so that the rest of the reader sees codes only. A label this
//! table does not know is refused by the reader, never guessed.

use super::codes;
use crate::model::countries;

/// The labels of the codes of each dimension asylq reads, as Eurostat
/// writes them in English: dimension, code, label.
const LABELS: &[(&str, &str, &str)] = &[
    ("freq", "M", "Monthly"),
    ("freq", "Q", "Quarterly"),
    ("freq", "A", "Annual"),
    ("unit", "PER", "Person"),
    ("unit", "NR", "Number"),
    ("sex", "T", "Total"),
    ("sex", "M", "Males"),
    ("sex", "F", "Females"),
    ("sex", "UNK", "Unknown"),
    ("age", "TOTAL", "Total"),
    ("age", "Y_LT14", "Less than 14 years"),
    ("age", "Y14-17", "From 14 to 17 years"),
    ("age", "Y_LT18", "Less than 18 years"),
    ("age", "Y18-34", "From 18 to 34 years"),
    ("age", "Y35-64", "From 35 to 64 years"),
    ("age", "Y_GE65", "65 years or over"),
    ("age", "Y_GE18", "18 years or over"),
    ("age", "UNK", "Unknown"),
    ("applicant", "ASY_APP", "Asylum applicant"),
    ("applicant", "NASY_APP", "First time applicant"),
    ("applicant", "SUBS_APP", "Subsequent applicant"),
    ("decision", "TOTAL", "Total"),
    ("decision", "TOTAL_POS", "Total positive decisions"),
    ("decision", "GENCONV", "Geneva Convention status"),
    ("decision", "SUB_PROT", "Subsidiary protection status"),
    ("decision", "HUMSTAT", "Humanitarian status"),
    ("decision", "TEMP_PROT", "Temporary protection status"),
    ("decision", "REJECTED", "Rejected"),
    ("citizen", "TOTAL", "Total"),
    ("citizen", "EXT_EU27_2020", "Extra-EU27 (from 2020)"),
    ("citizen", "EXT_EU28", "Extra-EU28 (2013-2020)"),
    (
        "citizen",
        "EU27_2020_FOR",
        "EU27_2020 countries (from 2020) except reporting country",
    ),
    (
        "citizen",
        "EU28_FOR",
        "EU28 countries (2013-2020) except reporting country",
    ),
    ("citizen", "UNK", "Unknown"),
    ("citizen", "STLS", "Stateless"),
    ("citizen", "RNC", "Recognised non-citizens"),
    ("geo", "TOTAL", "Total"),
    ("geo", "XK", "Kosovo*"),
    ("citizen", "XK", "Kosovo*"),
];

/// The aggregates a citizenship and a reporting country share, with
/// their labels.
const UNIONS: &[(&str, &str)] = &[
    ("EU27_2020", "European Union - 27 countries (from 2020)"),
    ("EU28", "European Union - 28 countries (2013-2020)"),
    ("EU27_2007", "European Union - 27 countries (2007-2013)"),
    ("EFTA", "European Free Trade Association"),
];

/// Eurostat's flags by their labels.
const FLAGS: &[(&str, &str)] = &[
    ("p", "provisional"),
    ("e", "estimated"),
    ("d", "definition differs (see metadata)"),
    ("b", "break in time series"),
    ("c", "confidential"),
    ("f", "forecast"),
    ("n", "not significant"),
    ("r", "revised"),
    ("s", "Eurostat estimate"),
    ("u", "low reliability"),
    ("z", "not applicable"),
];

/// Whether a cell holds a code as Eurostat writes them (`BE`, `Y14-17`,
/// `EXT_EU27_2020`), not a label.
pub fn is_code(cell: &str) -> bool {
    !cell.is_empty()
        && cell
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// The code of `label` in `dimension`; a country by its English name (or
/// any name the country reference knows) in `geo` and `citizen`.
pub fn code_of(dimension: &str, label: &str) -> Option<String> {
    let wanted = countries::fold(label);
    let listed = LABELS
        .iter()
        .find(|(d, _, l)| *d == dimension && countries::fold(l) == wanted)
        .map(|(_, code, _)| code);
    let union = UNIONS
        .iter()
        .find(|(_, l)| countries::fold(l) == wanted)
        .map(|(code, _)| code)
        .filter(|_| dimension == "geo" || dimension == "citizen");
    if let Some(code) = listed.or(union) {
        return Some(code.to_string());
    }
    match dimension {
        "geo" => codes::geo(label).map(|g| g.0.to_string()),
        "citizen" => country_code(label),
        _ => None,
    }
}

/// Eurostat's code of a country the reference knows by `name`.
fn country_code(name: &str) -> Option<String> {
    let dutch = countries::lookup(name, &[]).ok()?;
    let iso = countries::iso2_of(&dutch)?;
    Some(codes::from_iso(iso).to_string())
}

/// The flags of a cell that gives them by their labels (`provisional`);
/// `None` for a label this table does not know.
pub fn flags_of(cell: &str) -> Option<String> {
    cell.split(',')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            FLAGS
                .iter()
                .find(|(_, label)| label.eq_ignore_ascii_case(l))
                .map(|(f, _)| *f)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_placed_on_their_codes() {
        assert_eq!(code_of("geo", "Belgium").as_deref(), Some("BE"));
        assert_eq!(code_of("geo", "Greece").as_deref(), Some("EL"));
        assert_eq!(code_of("citizen", "Syria").as_deref(), Some("SY"));
        assert_eq!(code_of("citizen", "Türkiye").as_deref(), Some("TR"));
        assert_eq!(code_of("citizen", "Total").as_deref(), Some("TOTAL"));
        assert_eq!(
            code_of("age", "From 14 to 17 years").as_deref(),
            Some("Y14-17")
        );
        assert_eq!(
            code_of("applicant", "Asylum applicant").as_deref(),
            Some("ASY_APP")
        );
        assert_eq!(code_of("citizen", "Narnia"), None);
        assert_eq!(flags_of("provisional").as_deref(), Some("p"));
        assert_eq!(flags_of("").as_deref(), Some(""));
        assert_eq!(flags_of("doubtful"), None);
        assert!(is_code("Y14-17") && !is_code("Total"));
    }
}
