//! How the CGVS statistics pages write, per language: month names and the
//! sentence patterns that carry each figure.
//!
//! Patterns are written against a normalised sentence (one space between
//! words, straight apostrophes) and are matched without regard to case. `N`
//! stands for a count with or without thousands separators, `P` for a
//! percentage with an optional one-digit decimal.

pub use crate::model::provenance::Lang;

pub use crate::model::month::MONTH_NAMES as MONTHS;

/// Words that tell the languages apart, as whole words.
pub const MARKERS: [(Lang, &[&str]); 3] = [
    (
        Lang::Nl,
        &[
            "het",
            "de",
            "van",
            "werklast",
            "beslissingen",
            "registreerde",
            "asielzoekers",
            "dossiers kunnen",
            "een",
            "werden",
            "personen",
            "verzoek",
            "zijn",
            "die",
            "bij",
            "toen",
        ],
    ),
    (
        Lang::Fr,
        &[
            "le",
            "la",
            "les",
            "des",
            "décisions",
            "demandeurs",
            "charge",
            "travail",
            "enregistré",
            "une",
            "ont",
            "été",
            "personnes",
            "sont",
            "du",
        ],
    ),
    (
        Lang::En,
        &[
            "the",
            "of",
            "and",
            "were",
            "was",
            "decisions",
            "applicants",
            "workload",
            "caseload",
            "registered",
        ],
    ),
];

/// Words after which a sentence compares with another period; the figures
/// after them are not the page month's.
pub const COMPARISONS: &[&str] = &[
    "in vergelijking",
    "ten opzichte",
    "een stijging",
    "een daling",
    "dit is een",
    "par rapport",
    "une hausse",
    "une baisse",
    "compared",
    "a decrease",
    "an increase",
];

/// What a pattern finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    /// Applicants registered by the Immigration Office (persons, 2016 on).
    Registered,
    /// Applications registered (files, up to 2015).
    RegisteredFiles,
    /// Multiple (subsequent) applications among them (files, up to 2015).
    SubsequentFiles,
    /// First and subsequent applicants, where a page states them instead
    /// of the registered (persons).
    First,
    Subsequent,
    Resettlement,
    Relocation,
    /// The total of the applicants, a check.
    Total,
    DecisionsDossiers,
    DecisionsPersons,
    ProtectionRate,
    WorkloadDossiers,
    WorkloadPersons,
    Normal,
    Backlog,
}

/// The patterns of each figure, per language.
pub fn patterns(lang: Lang) -> &'static [(Figure, &'static str)] {
    use Figure::*;
    match lang {
        Lang::Nl => &[
            (
                Registered,
                r"registreerde\b[^.\d]*?(N) (?:verzoekers|asielzoekers|personen)",
            ),
            (
                RegisteredFiles,
                r"(N) asielaanvragen (?:ingediend|geregistreerd)",
            ),
            (
                SubsequentFiles,
                r"(N) \(P ?%\) van de N aanvragen[^.]*?meervoudige",
            ),
            (Resettlement, r"(N) personen[^.\d]*?hervestiging"),
            (First, r"(N) personen (?:een )?eerste verzoek"),
            (Subsequent, r"(N) personen (?:een )?volgend verzoek"),
            (Relocation, r"(N) personen[^.\d]*?relocatie"),
            (
                Total,
                r"in totaal werden (?:dus )?(N) (?:asielaanvragers|verzoekers|personen|asielzoekers)",
            ),
            (
                Total,
                r"totaal aantal (?:asielaanvragers|verzoekers)[^.\d]*?(N)",
            ),
            (
                DecisionsDossiers,
                r"nam het cgvs (?:in totaal )?(N) beslissingen",
            ),
            (DecisionsPersons, r"betrekking op (N) personen"),
            (
                ProtectionRate,
                r"beschermings(?:percentage|graad)[^%]*?\b(P) ?(?:%|procent)",
            ),
            (WorkloadDossiers, r"totale werklast[^.\d]*?(N) dossiers"),
            (
                WorkloadPersons,
                r"totale werklast[^.\d]*?N dossiers \((N) personen\)",
            ),
            (
                Normal,
                r"(N) dossiers[^.\d]*?normale (?:werklast|werkreserve)",
            ),
            (
                Backlog,
                r"(N) dossiers maken de (?:reële|eigenlijke) achterstand",
            ),
            (
                Backlog,
                r"(?:reële|eigenlijke) achterstand (?:bedraagt|bedroeg) (N)",
            ),
        ],
        Lang::Fr => &[
            (Registered, r"a enregistré (N) (?:demandeurs|personnes)"),
            (
                RegisteredFiles,
                r"(N) demandes d'asile ont été (?:introduites|enregistrées)",
            ),
            (SubsequentFiles, r"(N) \(P ?%\) sont des demandes multiples"),
            (Resettlement, r"(N) personnes[^.\d]*?réinstallation"),
            (
                First,
                r"(N) personnes (?:ont introduit )?une première demande",
            ),
            (
                Subsequent,
                r"(N) personnes (?:ont introduit )?une demande (?:ultérieure|subséquente)",
            ),
            (Relocation, r"(N) personnes[^.\d]*?relocalisation"),
            (Total, r"nombre total de demandeurs à (N)"),
            (Total, r"au total,? (N) demandeurs"),
            (DecisionsDossiers, r"a pris (?:au total )?(N) décisions"),
            (DecisionsPersons, r"concernent (N) personnes"),
            (ProtectionRate, r"taux de protection[^%]*?\b(P) ?%"),
            (
                WorkloadDossiers,
                r"charge de travail totale[^.\d]*?(N) dossiers",
            ),
            (
                WorkloadPersons,
                r"charge de travail totale[^.\d]*?N dossiers \((N) personnes\)",
            ),
            (Normal, r"(N) dossiers comme une charge de travail normale"),
            (
                Backlog,
                r"(?:véritable|réel) arriéré (?:est|s'élève)[^.\d]*?(N)",
            ),
            (
                Backlog,
                r"(N) dossiers constituent le (?:véritable|réel) arriéré",
            ),
        ],
        Lang::En => &[
            (
                Registered,
                r"registered (N) (?:asylum applicants|applicants)",
            ),
            (
                Registered,
                r"registered (N) persons as (?:asylum )?applicants",
            ),
            (
                RegisteredFiles,
                r"(N) asylum applications were (?:registered|filed|lodged)",
            ),
            (SubsequentFiles, r"(N) \(P ?%\) are multiple applications"),
            (
                SubsequentFiles,
                r"(N) \(P ?%\) of the N asylum applications[^.]*? are multiple",
            ),
            (Resettlement, r"(N) persons[^.\d]*?resettle"),
            (
                First,
                r"(N) (?:persons|people) (?:lodged|submitted|filed|made) a first application",
            ),
            (
                Subsequent,
                r"(N) (?:persons|people) (?:lodged |submitted |filed |made )?a subsequent application",
            ),
            (Relocation, r"(N) persons[^.\d]*?relocation"),
            (
                Total,
                r"a total of (N) (?:asylum applications|applicants|asylum applicants)",
            ),
            (
                Total,
                r"total number of (?:asylum )?applicants[^.\d]*? to (N)",
            ),
            (DecisionsDossiers, r"(?:took|taken) (N) decisions"),
            (
                DecisionsDossiers,
                r"total (?:amount|number) of decisions taken by the cgrs amounted to (N)",
            ),
            (
                DecisionsPersons,
                r"(?:concerning|concerned) (?:a total of )?(N) persons",
            ),
            (ProtectionRate, r"protection rate[^%]*?\b(P) ?%"),
            (
                WorkloadDossiers,
                r"total (?:workload|caseload)[^.\d]*?(N) (?:cases|dossiers)",
            ),
            (
                WorkloadPersons,
                r"total (?:workload|caseload)[^.\d]*?N (?:cases|dossiers) \((N) persons\)",
            ),
            (
                Normal,
                r"(N) (?:dossiers|cases) can be considered (?:as )?a normal (?:caseload|workload)",
            ),
            (Normal, r"normal caseload of (N)"),
            (
                Backlog,
                r"(?:actual (?:backlog|workload)|backlog) (?:amounts to|amounted to|consists of|of) (N)",
            ),
        ],
    }
}

/// Words that make the number after them a bound or an estimate ("minder
/// dan 2.800", "bijna 4.000", "more than 15,000"), which is not the figure.
const BOUNDS: [&str; 27] = [
    "minder dan",
    "meer dan",
    "minstens",
    "ten minste",
    "fewer than",
    "at least",
    "up to",
    "inférieur à",
    "inférieure à",
    "supérieur à",
    "supérieure à",
    "au moins",
    "bijna",
    "ongeveer",
    "circa",
    "zowat",
    "less than",
    "more than",
    "almost",
    "nearly",
    "approximately",
    "around",
    "moins de",
    "plus de",
    "près de",
    "presque",
    "environ",
];

/// Whether the text before a number ends in a word of [`BOUNDS`].
pub(super) fn is_bound(before: &str) -> bool {
    let lower = before.trim_end().to_lowercase();
    BOUNDS.iter().any(|b| {
        lower.ends_with(b) && !lower[..lower.len() - b.len()].ends_with(char::is_alphabetic)
    })
}
