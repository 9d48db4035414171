//! Where a figure comes from: the publication, and the place in it.
//!
//! A reader gives each fact a [`Provenance`]: a report's table and line, or
//! a page's language and line. The store keeps its kind as a column of its
//! own (`origin`), so that the rule of which figure wins reads a kind, never
//! the words of a table's name.

/// The languages of the pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Nl,
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The language whose pages' or overviews' facts are stored under
    /// `table`.
    pub fn of_table(table: &str) -> Option<Lang> {
        [Lang::Nl, Lang::Fr, Lang::En]
            .into_iter()
            .find(|l| l.table() == table || l.overview_table() == table)
    }

    /// The table name facts of a yearly overview in this language are
    /// stored under.
    pub fn overview_table(self) -> &'static str {
        match self {
            Lang::Nl => "overview nl",
            Lang::Fr => "overview fr",
            Lang::En => "overview en",
        }
    }

    /// The table name facts of a page in this language are stored under.
    pub fn table(self) -> &'static str {
        match self {
            Lang::Nl => "page nl",
            Lang::Fr => "page fr",
            Lang::En => "page en",
        }
    }
}

/// Where in its source a figure stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provenance {
    /// A table of a CGVS monthly report, and the 1-based line of the figure.
    Report { table: &'static str, line: usize },
    /// A CGVS yearly overview page in a language, and the figure's line.
    Yearly { lang: Lang, line: usize },
    /// A CGVS monthly statistics page in a language, and the figure's line.
    Page { lang: Lang, line: usize },
}

impl Provenance {
    /// The kind of publication.
    pub fn origin(self) -> Origin {
        match self {
            Provenance::Report { .. } => Origin::Report,
            Provenance::Yearly { .. } => Origin::Yearly,
            Provenance::Page { .. } => Origin::Page,
        }
    }

    /// The place the store keeps (`source_table`): the report's table, or
    /// `page` or `overview` and the language.
    pub fn table(self) -> &'static str {
        match self {
            Provenance::Report { table, .. } => table,
            Provenance::Yearly { lang, .. } => lang.overview_table(),
            Provenance::Page { lang, .. } => lang.table(),
        }
    }

    /// The 1-based line of the figure in its source text.
    pub fn line(self) -> usize {
        match self {
            Provenance::Report { line, .. }
            | Provenance::Yearly { line, .. }
            | Provenance::Page { line, .. } => line,
        }
    }
}

/// The kind of publication a figure was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    /// A CGVS monthly report (asielstatistieken), whose tables check their
    /// own totals.
    Report,
    /// A CGVS yearly overview page (nl, fr or en): the year's figures in
    /// prose, each for the whole year (the workload for its last month).
    Yearly,
    /// A CGVS monthly statistics page (nl, fr or en): a few figures in prose.
    Page,
    /// A Eurostat dataset, downloaded: never ranked against the CGVS's
    /// sources, which it is kept apart from.
    Eurostat,
}

impl Origin {
    /// The word the store keeps.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Report => "report",
            Origin::Yearly => "yearly",
            Origin::Page => "page",
            Origin::Eurostat => "eurostat",
        }
    }

    /// Every origin, in the order of precedence: where two sources give the
    /// same fact, the figure of the first wins (a report over a yearly
    /// overview over a monthly page).
    pub const BY_PRECEDENCE: [Origin; 3] = [Origin::Report, Origin::Yearly, Origin::Page];

    /// Every origin: the CGVS's in their order of precedence, then
    /// Eurostat, whose figures are kept apart and never ranked against them.
    pub const ALL: [Origin; 4] = [
        Origin::Report,
        Origin::Yearly,
        Origin::Page,
        Origin::Eurostat,
    ];

    /// SQL that turns a stored origin into its place in [`Self::BY_PRECEDENCE`],
    /// so that the store ranks by this enum's order, not by its words.
    pub fn precedence_sql(column: &str) -> String {
        let cases: Vec<String> = Origin::BY_PRECEDENCE
            .iter()
            .enumerate()
            .map(|(i, o)| format!("WHEN '{}' THEN {i}", o.as_str()))
            .collect();
        format!("CASE {column} {} END", cases.join(" "))
    }

    /// SQL that turns a stored origin among `origins` into one bit, its
    /// place in [`Self::ALL`]; `bit_or` over a row's facts gives the set of
    /// the origins of its figures, which [`Origin::from_mask`] reads back.
    pub fn mask_sql(column: &str, origins: &[Origin]) -> String {
        let cases: Vec<String> = Origin::ALL
            .iter()
            .enumerate()
            .filter(|(_, o)| origins.contains(o))
            .map(|(i, o)| format!("WHEN '{}' THEN {}", o.as_str(), 1 << i))
            .collect();
        format!("CASE {column} {} END", cases.join(" "))
    }

    /// The origins a mask of [`Origin::mask_sql`] holds.
    pub fn from_mask(mask: i64) -> Vec<Origin> {
        Origin::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, o)| *o)
            .collect()
    }

    /// The origin a stored word names.
    pub fn parse(word: &str) -> Option<Origin> {
        match word {
            "report" => Some(Origin::Report),
            "yearly" => Some(Origin::Yearly),
            "page" => Some(Origin::Page),
            "eurostat" => Some(Origin::Eurostat),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_read_back_as_stored() {
        for o in Origin::ALL {
            assert_eq!(Origin::parse(o.as_str()), Some(o));
        }
        assert_eq!(Origin::from_mask(8), [Origin::Eurostat]);
        assert!(Origin::Report < Origin::Yearly && Origin::Yearly < Origin::Page);
        assert_eq!(Origin::from_mask(5), [Origin::Report, Origin::Page]);
        assert_eq!(Origin::from_mask(2), [Origin::Yearly]);
        assert_eq!(Origin::from_mask(0), []);
        let page = Provenance::Page {
            lang: Lang::Fr,
            line: 7,
        };
        assert_eq!(
            (page.origin(), page.table(), page.line()),
            (Origin::Page, "page fr", 7)
        );
        let report = Provenance::Report {
            table: "workload",
            line: 90,
        };
        assert_eq!(
            (report.origin(), report.table()),
            (Origin::Report, "workload")
        );
        assert_eq!(
            Origin::mask_sql("origin", &Origin::BY_PRECEDENCE),
            "CASE origin WHEN 'report' THEN 1 WHEN 'yearly' THEN 2 WHEN 'page' THEN 4 END"
        );
        assert_eq!(
            Origin::mask_sql("origin", &[Origin::Eurostat]),
            "CASE origin WHEN 'eurostat' THEN 8 END"
        );
        assert_eq!(
            Origin::precedence_sql("f.origin"),
            "CASE f.origin WHEN 'report' THEN 0 WHEN 'yearly' THEN 1 WHEN 'page' THEN 2 END"
        );
    }
}
