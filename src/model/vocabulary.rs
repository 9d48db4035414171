//! The vocabulary of the language (README, grammar/asylq.ebnf): measures, dimensions, types, groups and units.
//!
//! Scripts depend on these words; they are defined once, here.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    Applications,
    Decisions,
    Workload,
    ProtectionRate,
    /// Persons with an application pending at a month's end, at every
    /// instance (Eurostat's `migr_asypenctzm`).
    Pending,
}

pub const MEASURE_NAMES: &[&str] = &[
    "applications",
    "decisions",
    "workload",
    "protection_rate",
    "pending",
];
pub const DIMENSION_NAMES: &[&str] = &[
    "month",
    "quarter",
    "half",
    "year",
    "month_of_year",
    "country",
    "type",
    "unit",
    "source",
    "geo",
    "sex",
    "age",
    "publisher",
];
pub const UNITS: &[&str] = &[
    Unit::Persons.as_str(),
    Unit::Dossiers.as_str(),
    Unit::Files.as_str(),
];
/// The types of the report's tables of applications.
pub const APPLICATION_PARTS: [Type; 3] = [Type::First, Type::Resettlement, Type::Subsequent];
pub const APPLICATION_TYPES: &[&str] = &words(APPLICATION_PARTS);
/// The type words of applications: the report's, the pages' relocation,
/// and `registered` (first + subsequent, as the pages count).
pub const APPLICATION_WORDS: &[&str] = &[
    Type::First.as_str(),
    Type::Resettlement.as_str(),
    Type::Subsequent.as_str(),
    Type::Relocation.as_str(),
    Type::Registered.as_str(),
];
/// The types of the report's tables of decisions by month.
pub const DECISION_PARTS: [Type; 7] = [
    Type::Interim,
    Type::RefugeeStatus,
    Type::SubsidiaryProtection,
    Type::Inadmissible,
    Type::ManifestlyUnfounded,
    Type::Refusal,
    Type::Withdrawal,
];
pub const DECISION_TYPES: &[&str] = &words(DECISION_PARTS);

/// The words of types.
const fn words<const N: usize>(types: [Type; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = types[i].as_str();
        i += 1;
    }
    out
}

/// Decision types and groups a user may name.
pub const DECISION_WORDS: &[&str] = &[
    Type::Interim.as_str(),
    Type::RefugeeStatus.as_str(),
    Type::SubsidiaryProtection.as_str(),
    Type::Inadmissible.as_str(),
    Type::ManifestlyUnfounded.as_str(),
    Type::Refusal.as_str(),
    Type::Withdrawal.as_str(),
    Type::Protection.as_str(),
    Type::Negative.as_str(),
    Type::Final.as_str(),
];
pub const WORKLOAD_TYPES: &[&str] = &[
    Type::Total.as_str(),
    Type::Normal.as_str(),
    Type::Backlog.as_str(),
];

/// What kind of figure a measure is, which decides how it may be combined
/// over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Counted over a period (applications, decisions): months add up.
    Flow,
    /// Counted at a moment (the workload at the end of a month): never added
    /// over months; a longer period takes its last month's value.
    Stock,
    /// A share of two flows (the protection rate): recomputed from its parts,
    /// never added or averaged.
    Rate,
}

/// What a figure counts.
/// The last year whose applications the CGVS's pages counted in files.
pub const LAST_YEAR_IN_FILES: i32 = 2015;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Persons,
    /// Dossiers: a family's application is one dossier of several persons.
    Dossiers,
    /// Applications (files), as the statistics pages counted them up to 2015.
    Files,
}

impl Unit {
    pub const fn as_str(self) -> &'static str {
        match self {
            Unit::Persons => "persons",
            Unit::Dossiers => "dossiers",
            Unit::Files => "files",
        }
    }
}

/// The type tree: which types are parts of which, per measure. It is the one
/// place that says so; a group's stored types are read off it.
///
/// - applications: total = registered + resettlement + relocation, and
///   registered = first + subsequent (a statistics page gives `registered`,
///   a report its parts);
/// - decisions: final = protection + negative + withdrawal, protection =
///   refugee_status + subsidiary_protection, negative = inadmissible +
///   manifestly_unfounded + refusal; interim decisions are not final;
/// - workload: total = normal + backlog.
pub const TYPE_TREE: &[(Measure, Type, &[Type])] = &[
    (
        Measure::Applications,
        Type::Total,
        &[Type::Registered, Type::Resettlement, Type::Relocation],
    ),
    (
        Measure::Applications,
        Type::Registered,
        &[Type::First, Type::Subsequent],
    ),
    (
        Measure::Decisions,
        Type::Final,
        &[Type::Protection, Type::Negative, Type::Withdrawal],
    ),
    (
        Measure::Decisions,
        Type::Protection,
        &[Type::RefugeeStatus, Type::SubsidiaryProtection],
    ),
    (
        Measure::Decisions,
        Type::Negative,
        &[Type::Inadmissible, Type::ManifestlyUnfounded, Type::Refusal],
    ),
    (
        Measure::Workload,
        Type::Total,
        &[Type::Normal, Type::Backlog],
    ),
];

/// A type of figure, or a group of types (see [`TYPE_TREE`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Type {
    Total,
    Registered,
    First,
    Subsequent,
    Resettlement,
    Relocation,
    Interim,
    RefugeeStatus,
    SubsidiaryProtection,
    Inadmissible,
    ManifestlyUnfounded,
    Refusal,
    Withdrawal,
    Negative,
    Protection,
    Final,
    Normal,
    Backlog,
    /// A statistics page's published protection rate.
    Published,
    /// Eurostat's decision outcomes: every positive one, a humanitarian
    /// status, temporary protection, and rejections.
    Positive,
    Humanitarian,
    TemporaryProtection,
    Rejected,
}

impl Type {
    pub const ALL: [Type; 23] = [
        Type::Total,
        Type::Registered,
        Type::First,
        Type::Subsequent,
        Type::Resettlement,
        Type::Relocation,
        Type::Interim,
        Type::RefugeeStatus,
        Type::SubsidiaryProtection,
        Type::Inadmissible,
        Type::ManifestlyUnfounded,
        Type::Refusal,
        Type::Withdrawal,
        Type::Negative,
        Type::Protection,
        Type::Final,
        Type::Normal,
        Type::Backlog,
        Type::Published,
        Type::Positive,
        Type::Humanitarian,
        Type::TemporaryProtection,
        Type::Rejected,
    ];

    /// The word the language and the store use.
    pub const fn as_str(self) -> &'static str {
        match self {
            Type::Total => "total",
            Type::Registered => "registered",
            Type::First => "first",
            Type::Subsequent => "subsequent",
            Type::Resettlement => "resettlement",
            Type::Relocation => "relocation",
            Type::Interim => "interim",
            Type::RefugeeStatus => "refugee_status",
            Type::SubsidiaryProtection => "subsidiary_protection",
            Type::Inadmissible => "inadmissible",
            Type::ManifestlyUnfounded => "manifestly_unfounded",
            Type::Refusal => "refusal",
            Type::Withdrawal => "withdrawal",
            Type::Negative => "negative",
            Type::Protection => "protection",
            Type::Final => "final",
            Type::Normal => "normal",
            Type::Backlog => "backlog",
            Type::Published => "published",
            Type::Positive => "positive",
            Type::Humanitarian => "humanitarian",
            Type::TemporaryProtection => "temporary_protection",
            Type::Rejected => "rejected",
        }
    }

    pub fn parse(word: &str) -> Option<Type> {
        Type::ALL.into_iter().find(|t| t.as_str() == word)
    }
}

impl std::fmt::Display for Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Groups that a table also stores as a type of its own: the tables by
/// country give final decisions as `negative`, not its parts; the
/// statistics pages give `registered` applicants, not first and subsequent.
pub const STORED_GROUPS: &[(Measure, Type)] = &[
    (Measure::Decisions, Type::Negative),
    (Measure::Applications, Type::Registered),
];

/// The groups that statistics pages and yearly overviews store as a type of
/// their own where a report gives the parts, each with the stored types it
/// stands for: `registered` applicants (first and subsequent), a decisions
/// `total` (every type of decision).
pub fn page_groups(measure: Measure) -> Vec<(&'static str, Vec<&'static str>)> {
    let group = match measure {
        Measure::Applications => Type::Registered,
        Measure::Decisions => Type::Total,
        _ => return Vec::new(),
    };
    let parts = match measure {
        Measure::Decisions => measure.type_names().to_vec(),
        _ => stored_types(measure, group.as_str()),
    };
    let parts = parts.into_iter().filter(|t| *t != group.as_str()).collect();
    vec![(group.as_str(), parts)]
}

/// Every type word under a group in the tree, groups and leaves, in the
/// report's order: the types a figure within the group can have.
pub fn under(measure: Measure, group: Type) -> Vec<&'static str> {
    fn walk(measure: Measure, t: Type, out: &mut Vec<&'static str>) {
        for p in parts(measure, t).unwrap_or(&[]) {
            out.push(p.as_str());
            walk(measure, *p, out);
        }
    }
    let mut out = Vec::new();
    walk(measure, group, &mut out);
    if STORED_GROUPS.contains(&(measure, group)) {
        out.push(group.as_str());
    }
    out.sort_by_key(|t| TYPE_ORDER.iter().position(|o| o == t));
    out
}

/// The stored types whose figures add up to a group's figure: the types
/// under it, or for the workload's `total` (stored beside its parts) the
/// stored total itself.
pub fn whole_of(measure: Measure, group: Type) -> Vec<&'static str> {
    if measure == Measure::Workload {
        vec![group.as_str()]
    } else {
        under(measure, group)
    }
}

/// The parts of a type, if it is a group.
pub fn parts(measure: Measure, of: Type) -> Option<&'static [Type]> {
    TYPE_TREE
        .iter()
        .find(|(m, t, _)| *m == measure && *t == of)
        .map(|(_, _, parts)| *parts)
}

/// Every stored type a group stands for: the leaves under it, and the groups
/// under it (itself included) that a table stores as a type, in the report's
/// order. A type that is no group stands for itself.
pub fn stored_types(measure: Measure, word: &str) -> Vec<&'static str> {
    fn walk(measure: Measure, t: Type, out: &mut Vec<&'static str>) {
        if STORED_GROUPS.contains(&(measure, t)) {
            out.push(t.as_str());
        }
        match parts(measure, t) {
            Some(parts) => parts.iter().for_each(|p| walk(measure, *p, out)),
            None => out.push(t.as_str()),
        }
    }
    let mut out = Vec::new();
    if let Some(t) = Type::parse(word) {
        walk(measure, t, &mut out);
    }
    out.sort_by_key(|t| TYPE_ORDER.iter().position(|o| o == t));
    out
}

/// The order types are listed in: the report's order; `negative` (by country) last.
pub const TYPE_ORDER: &[&str] = &[
    Type::Registered.as_str(),
    Type::First.as_str(),
    Type::Resettlement.as_str(),
    Type::Relocation.as_str(),
    Type::Subsequent.as_str(),
    Type::Interim.as_str(),
    Type::RefugeeStatus.as_str(),
    Type::SubsidiaryProtection.as_str(),
    Type::Inadmissible.as_str(),
    Type::ManifestlyUnfounded.as_str(),
    Type::Refusal.as_str(),
    Type::Withdrawal.as_str(),
    Type::Negative.as_str(),
    Type::Total.as_str(),
    Type::Normal.as_str(),
    Type::Backlog.as_str(),
    Type::Published.as_str(),
];

/// The measure whose countries a report and a page rank in a top 10.
pub const RANKED: Measure = Measure::Applications;

impl Measure {
    pub const ALL: [Measure; 5] = [
        Measure::Applications,
        Measure::Decisions,
        Measure::Workload,
        Measure::ProtectionRate,
        Measure::Pending,
    ];

    /// The names of the measures of a kind.
    pub fn names_of(kind: Kind) -> Vec<&'static str> {
        Measure::ALL
            .into_iter()
            .filter(|m| m.kind() == kind)
            .map(Measure::name)
            .collect()
    }

    /// A rate's stored types: those it counts as granted, and all those it
    /// counts as decided (the final decisions less withdrawals). Empty for
    /// a flow or a stock.
    pub fn rate_types(self) -> (Vec<&'static str>, Vec<&'static str>) {
        if self.kind() != Kind::Rate {
            return (Vec::new(), Vec::new());
        }
        let granted = stored_types(Measure::Decisions, Type::Protection.as_str());
        let mut decided = granted.clone();
        decided.extend(stored_types(Measure::Decisions, Type::Negative.as_str()));
        (granted, decided)
    }

    /// Whether the measure's total counts resettled persons beside the
    /// registered applicants (the applications of a report).
    pub fn counts_resettlement(self) -> bool {
        parts(self, Type::Total).is_some_and(|p| p.contains(&Type::Resettlement))
    }

    pub fn find(name: &str) -> Option<Measure> {
        match name.to_lowercase().as_str() {
            "applications" => Some(Measure::Applications),
            "decisions" => Some(Measure::Decisions),
            "workload" => Some(Measure::Workload),
            "protection_rate" => Some(Measure::ProtectionRate),
            "pending" => Some(Measure::Pending),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Measure::Applications => "applications",
            Measure::Decisions => "decisions",
            Measure::Workload => "workload",
            Measure::ProtectionRate => "protection_rate",
            Measure::Pending => "pending",
        }
    }

    /// Whether the measure is a flow, a stock or a rate.
    pub fn kind(self) -> Kind {
        match self {
            Measure::Applications | Measure::Decisions => Kind::Flow,
            Measure::Workload | Measure::Pending => Kind::Stock,
            Measure::ProtectionRate => Kind::Rate,
        }
    }

    /// The measure of the stored facts it is computed from.
    pub fn stored(self) -> &'static str {
        match self {
            Measure::ProtectionRate => "decisions",
            other => other.name(),
        }
    }

    pub fn default_unit(self) -> &'static str {
        match self {
            Measure::Applications | Measure::Decisions | Measure::Pending => "persons",
            Measure::Workload | Measure::ProtectionRate => "dossiers",
        }
    }

    pub fn units(self) -> &'static [&'static str] {
        match self {
            // Pages up to 2015 count applications (files), not persons.
            Measure::Applications => &["persons", "files"],
            Measure::Pending => &["persons"],
            _ => &["persons", "dossiers"],
        }
    }

    /// The type words a user may write for this measure.
    pub fn type_names(self) -> &'static [&'static str] {
        match self {
            Measure::Applications => APPLICATION_WORDS,
            Measure::Decisions => DECISION_WORDS,
            Measure::Workload => WORKLOAD_TYPES,
            Measure::ProtectionRate | Measure::Pending => &[],
        }
    }

    /// The stored types a type word stands for. A group lists its members and,
    /// for `negative` and `final`, the `negative` type of the tables by country
    /// (national facts never have it, facts by country never have its parts).
    pub fn expand_type(self, word: &str) -> Option<Vec<&'static str>> {
        if !self.type_names().contains(&word) {
            return None;
        }
        match (self, word) {
            (Measure::Decisions, "protection" | "negative" | "final")
            | (Measure::Applications, "registered") => Some(stored_types(self, word)),
            _ => Some(vec![self
                .type_names()
                .iter()
                .copied()
                .find(|t| *t == word)?]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_stand_for_the_stored_types_under_them() {
        let d = Measure::Decisions;
        assert_eq!(
            stored_types(d, "protection"),
            ["refugee_status", "subsidiary_protection"]
        );
        assert_eq!(
            stored_types(d, "negative"),
            [
                "inadmissible",
                "manifestly_unfounded",
                "refusal",
                "negative"
            ]
        );
        assert_eq!(
            stored_types(d, "final"),
            [
                "refugee_status",
                "subsidiary_protection",
                "inadmissible",
                "manifestly_unfounded",
                "refusal",
                "withdrawal",
                "negative"
            ]
        );
        assert_eq!(stored_types(d, "interim"), ["interim"]);
        assert_eq!(
            stored_types(Measure::Applications, "registered"),
            ["registered", "first", "subsequent"]
        );
        assert_eq!(
            stored_types(Measure::Workload, "total"),
            ["normal", "backlog"]
        );
        assert_eq!(Measure::Workload.expand_type("total"), Some(vec!["total"]));
        assert_eq!(Measure::Applications.kind(), Kind::Flow);
        for t in Type::ALL {
            assert_eq!(Type::parse(t.as_str()), Some(t));
        }
    }
}
